// text/utf8.h — UTF-8 validation and Unicode normalisation (ICU).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace entente::text {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
size_t FindInvalidUtf8(std::string_view s);

// True when `s` contains only ASCII bytes.
bool IsAscii(std::string_view s);

// True when `s` is certainly in NFC without asking ICU: it holds only ASCII, U+0080..U+02FF and
// the General Punctuation characters U+2010..U+2027 and U+2030..U+205E (each NFC_QC=Yes with
// combining class 0, so the Unicode quick check answers YES). False says nothing: the text may
// still be normalised (or even be invalid UTF-8).
bool IsTriviallyNfc(std::string_view s);

// NFC-normalises valid UTF-8. Returns false (leaving *out untouched) when ICU refuses the input.
// Text that IsTriviallyNfc accepts, and other already-normalised text, is copied unchanged.
bool NormalizeNfc(std::string_view s, std::string* out);

// Lower-cases one token for dictionary lookup: ASCII letters directly, other text through ICU's
// full case mapping; typographic apostrophes (U+2019) become "'". Appends to *out.
void LowerForLookup(std::string_view token, std::string* out);

// LowerForLookup's fast path, exposed for tests: appends the same bytes and returns true when the
// token holds only ASCII, U+0080..U+024F (but U+0130) and U+2010..U+205E; otherwise returns
// false, having appended some bytes the caller must drop.
bool AppendLowerWithoutIcuStrings(std::string_view token, std::string* out);

// Appends the UTF-8 encoding of code point `cp` (<= 0x10FFFF; surrogates are not checked).
void AppendUtf8(uint32_t cp, std::string* out);

}  // namespace entente::text
