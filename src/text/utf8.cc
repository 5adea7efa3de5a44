#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/bytestream.h>
#include <unicode/locid.h>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace entente::text {

namespace {

// The length of the leading run of ASCII bytes of p[0, n).
size_t AsciiPrefix(const unsigned char* p, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  // 64 bytes at a time while they are all ASCII (one test for four blocks; the whole text when
  // it is English), then the block that holds the first other byte, 16 at a time.
  for (; i + 64 <= n; i += 64) {
    const auto* b = reinterpret_cast<const __m128i*>(p + i);
    const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(b), _mm_loadu_si128(b + 1)),
                                     _mm_or_si128(_mm_loadu_si128(b + 2), _mm_loadu_si128(b + 3)));
    if (_mm_movemask_epi8(any) != 0) break;
  }
  for (; i + 16 <= n; i += 16) {
    const unsigned high = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(high));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      i += AsciiPrefix(p + i, n - i);  // fast path: 16 ASCII bytes at a time
      continue;
    }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

bool IsAscii(std::string_view s) {
  return AsciiPrefix(reinterpret_cast<const unsigned char*>(s.data()), s.size()) == s.size();
}

bool IsTriviallyNfc(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (true) {
    i += AsciiPrefix(p + i, n - i);
    if (i == n) return true;
    const unsigned char c = p[i];
    if (c >= 0xC2 && c <= 0xCB) {
      // U+0080..U+02FF: every one is NFC_QC=Yes with combining class 0 (ICU's own quick check
      // starts at U+0300, the first combining mark).
      if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return false;
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81) && (p[i + 2] & 0xC0) == 0x80) {
      // General Punctuation: U+2010..U+2027 (dashes, quotes, bullets, ellipsis) and
      // U+2030..U+205E (per mille, primes, ...), all NFC_QC=Yes with combining class 0. The
      // spaces U+2000/U+2001 (canonical singletons) and the format controls are left to ICU.
      const uint32_t cp = 0x2000 + ((p[i + 1] & 0x3Fu) << 6) + (p[i + 2] & 0x3Fu);
      if (!((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E))) return false;
      i += 3;
    } else {
      return false;
    }
  }
}

bool NormalizeNfc(std::string_view s, std::string* out) {
  if (IsTriviallyNfc(s)) {
    out->assign(s);
    return true;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    out->assign(s);
    return true;
  }
  status = U_ZERO_ERROR;
  std::string result;
  icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(s.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return false;
  *out = std::move(result);
  return true;
}

bool AppendLowerWithoutIcuStrings(std::string_view token, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(token.data());
  const size_t n = token.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
    } else if (c >= 0xC2 && c <= 0xC9 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      // U+0080..U+024F (Latin-1, Latin Extended-A and -B): lower-casing depends on no context
      // here, and the full lower case is the simple one but for U+0130 (SpecialCasing.txt).
      const uint32_t cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
      if (cp >= 0x250 || cp == 0x130) return false;
      AppendUtf8(static_cast<uint32_t>(u_tolower(static_cast<UChar32>(cp))), out);
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81) && (p[i + 2] & 0xC0) == 0x80) {
      // General Punctuation U+2010..U+205E: no case; U+2019 becomes "'".
      const uint32_t cp = 0x2000 + ((p[i + 1] & 0x3Fu) << 6) + (p[i + 2] & 0x3Fu);
      if (cp < 0x2010 || cp > 0x205E) return false;
      if (cp == 0x2019) out->push_back('\'');
      else out->append(token.data() + i, 3);
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

void LowerForLookup(std::string_view token, std::string* out) {
  bool ascii = true;
  for (unsigned char c : token) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (char c : token) out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    return;
  }
  const size_t start = out->size();
  if (AppendLowerWithoutIcuStrings(token, out)) return;
  out->resize(start);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  u.toLower(icu::Locale::getRoot());
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  u.toUTF8String(*out);
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace entente::text
