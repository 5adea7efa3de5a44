// text/utf8.h — UTF-8 validation and Unicode normalisation (ICU).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace entente::text {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
size_t FindInvalidUtf8(std::string_view s);

// True when `s` contains only ASCII bytes.
bool IsAscii(std::string_view s);

// NFC-normalises valid UTF-8. Returns false (leaving *out untouched) when ICU refuses the input.
// ASCII and already-normalised text is copied without ICU work on the characters.
bool NormalizeNfc(std::string_view s, std::string* out);

// Lower-cases one token for dictionary lookup: ASCII letters directly, other text through ICU's
// full case mapping; typographic apostrophes (U+2019) become "'". Appends to *out.
void LowerForLookup(std::string_view token, std::string* out);

}  // namespace entente::text
