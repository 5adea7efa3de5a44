#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/bytestream.h>
#include <unicode/locid.h>

#include <cstring>

namespace entente::text {

size_t FindInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: 8 ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
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
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

bool NormalizeNfc(std::string_view s, std::string* out) {
  if (IsAscii(s)) {
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
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  u.toLower(icu::Locale::getRoot());
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  u.toUTF8String(*out);
}

}  // namespace entente::text
