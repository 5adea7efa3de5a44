// Unit tests for the fast paths of text/utf8 against slow references: IsAscii and
// FindInvalidUtf8 against byte-by-byte loops, IsTriviallyNfc and NormalizeNfc against ICU's
// normaliser itself (every code point, then random strings of ASCII, Latin letters, combining
// marks, Hangul, punctuation, canonical singletons, supplementary characters and invalid bytes).
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace entente::text {
namespace {

std::string Utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  EXPECT_TRUE(U_SUCCESS(status));
  return *nfc;
}

bool IcuIsNormalized(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = Nfc().isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  EXPECT_TRUE(U_SUCCESS(status));
  return yes;
}

std::string IcuNormalize(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  Nfc().normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, status);
  EXPECT_TRUE(U_SUCCESS(status));
  return out;
}

bool SlowIsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// The first invalid sequence, decoding one code point at a time (no fast path).
size_t SlowFindInvalidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t k = 1; k < len; ++k) {
      const unsigned char b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

// Random text: ASCII runs of random length (so the 16- and 8-byte paths and their tails are
// crossed at every offset) mixed with pieces that do and do not need normalising.
std::string RandomText(std::mt19937& rng, bool allow_invalid) {
  static const std::vector<std::string> kPieces = [] {
    std::vector<std::string> p;
    for (uint32_t cp : {0xE9u, 0xC9u, 0x161u, 0x10Du, 0x2BBu, 0x2FFu, 0x80u, 0xFFu,  // inert-ish Latin
                        0x300u, 0x301u, 0x308u, 0x30Cu, 0x323u, 0x327u, 0x345u, 0x36Fu,   // combining marks
                        0x340u, 0x341u, 0x343u, 0x344u, 0x374u, 0x37Eu, 0x387u,          // NFC_QC=No
                        0x1100u, 0x1161u, 0x11A8u, 0xAC00u, 0xAC01u, 0xD7A3u,            // Hangul
                        0x2000u, 0x2001u, 0x2002u, 0x200Bu, 0x200Du, 0x2010u, 0x2014u, 0x2019u, 0x201Cu,
                        0x201Du, 0x2026u, 0x2027u, 0x2028u, 0x202Fu, 0x2030u, 0x2033u, 0x205Eu, 0x205Fu,
                        0x2060u, 0x20ACu, 0x2126u, 0x212Au, 0x212Bu,                     // punctuation, singletons
                        0x0915u, 0x093Cu, 0x0958u, 0x05D0u, 0x05B4u, 0x0627u, 0x0653u,   // Indic, Hebrew, Arabic
                        0x3099u, 0x304Bu, 0xF900u, 0xFB1Du, 0x1D15Eu, 0x1F600u, 0x2F800u}) {
      p.push_back(Utf8(cp));
    }
    for (const char* s : {"e\xCC\x81", "A\xCC\x8A", "\xE1\x84\x80\xE1\x85\xA1", "\xC3\xA9\xCC\x81"}) p.push_back(s);
    return p;
  }();
  static const std::vector<std::string> kInvalid = {"\x80", "\xC0\x80", "\xC2", "\xE2\x80", "\xED\xA0\x80",
                                                    "\xF4\x90\x80\x80", "\xFF", "\xCB"};
  std::string s;
  const int parts = static_cast<int>(rng() % 8);
  for (int k = 0; k < parts; ++k) {
    const int run = static_cast<int>(rng() % 40);
    for (int j = 0; j < run; ++j) s += static_cast<char>('a' + rng() % 26);
    if (rng() % 4 == 0) s += ' ';
    if (allow_invalid && rng() % 10 == 0) s += kInvalid[rng() % kInvalid.size()];
    else s += kPieces[rng() % kPieces.size()];
  }
  const int tail = static_cast<int>(rng() % 20);
  for (int j = 0; j < tail; ++j) s += static_cast<char>('A' + rng() % 26);
  return s;
}

TEST(Utf8FastTest, IsAsciiMatchesByteLoop) {
  std::mt19937 rng(7);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s(rng() % 70, 'x');
    for (char& c : s) c = static_cast<char>(rng() % 128);
    if (!s.empty() && rng() % 2) s[rng() % s.size()] = static_cast<char>(0x80 + rng() % 128);
    ASSERT_EQ(IsAscii(s), SlowIsAscii(s)) << s.size();
  }
}

TEST(Utf8FastTest, FindInvalidUtf8MatchesSlowDecoder) {
  std::mt19937 rng(11);
  for (int iter = 0; iter < 20000; ++iter) {
    const std::string s = RandomText(rng, /*allow_invalid=*/true);
    ASSERT_EQ(FindInvalidUtf8(s), SlowFindInvalidUtf8(s)) << s;
  }
  // Random bytes too.
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s(rng() % 40, 'x');
    for (char& c : s) c = static_cast<char>(rng() % 3 ? 'a' + rng() % 26 : rng() % 256);
    ASSERT_EQ(FindInvalidUtf8(s), SlowFindInvalidUtf8(s)) << s;
  }
}

// The fast set is exactly what the quick check of ICU's data calls YES with combining class 0.
TEST(Utf8FastTest, TriviallyNfcCodePointsAreQuickCheckYesStarters) {
  size_t accepted = 0;
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string s = Utf8(cp);
    if (!IsTriviallyNfc(s)) continue;
    ++accepted;
    EXPECT_EQ(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << cp;
    EXPECT_EQ(u_getCombiningClass(static_cast<UChar32>(cp)), 0) << std::hex << cp;
    EXPECT_TRUE(IcuIsNormalized("a" + s + "a")) << std::hex << cp;
  }
  EXPECT_EQ(accepted, 0x300u + (0x2028u - 0x2010u) + (0x205Fu - 0x2030u));
  EXPECT_FALSE(IsTriviallyNfc(Utf8(0x2000)));  // EN QUAD, a canonical singleton (→ U+2002)
  EXPECT_FALSE(IsTriviallyNfc(Utf8(0x300)));   // combining grave
  EXPECT_FALSE(IsTriviallyNfc("e\xCC\x81"));
  EXPECT_FALSE(IsTriviallyNfc("\xC3"));        // truncated
  EXPECT_FALSE(IsTriviallyNfc("\xE2\x80"));    // truncated
  EXPECT_TRUE(IsTriviallyNfc("\xE2\x80\x9CKyiv\xE2\x80\x9D \xE2\x80\x94 Zelens\xCA\xBB\xC5\xA1ka"));
}

TEST(Utf8FastTest, NormalizeNfcMatchesIcuOnRandomText) {
  std::mt19937 rng(3);
  int trivially = 0, composed = 0;
  for (int iter = 0; iter < 30000; ++iter) {
    const std::string s = RandomText(rng, /*allow_invalid=*/false);
    ASSERT_EQ(FindInvalidUtf8(s), std::string_view::npos);
    const bool normalized = IcuIsNormalized(s);
    if (IsTriviallyNfc(s)) {
      ++trivially;
      ASSERT_TRUE(normalized) << s;
    }
    std::string out = "garbage";
    ASSERT_TRUE(NormalizeNfc(s, &out));
    ASSERT_EQ(out, IcuNormalize(s)) << s;
    composed += !normalized;
  }
  // Both kinds of text were seen.
  EXPECT_GT(trivially, 1000);
  EXPECT_GT(composed, 1000);
}

// LowerForLookup as it was before its fast path: ICU's full lower case, then U+2019 -> "'".
std::string IcuLowerForLookup(const std::string& token) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  u.toLower(icu::Locale::getRoot());
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  std::string out;
  u.toUTF8String(out);
  return out;
}

TEST(Utf8FastTest, LowerFastPathMatchesIcuOnEveryCodePointItTakes) {
  size_t taken = 0;
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string s = "A" + Utf8(cp) + "B";
    std::string fast = "x";
    if (!AppendLowerWithoutIcuStrings(s, &fast)) continue;
    ++taken;
    ASSERT_EQ(fast, "x" + IcuLowerForLookup(s)) << std::hex << cp;
  }
  EXPECT_EQ(taken, 128u + (0x250u - 0x80u - 1) + (0x205Fu - 0x2010u));
  std::string out;
  EXPECT_FALSE(AppendLowerWithoutIcuStrings("\xC4\xB0stanbul", &out));  // U+0130: "i" + U+0307 in full
  out.clear();
  EXPECT_FALSE(AppendLowerWithoutIcuStrings("\xCE\xA3", &out));  // Greek: final sigma is contextual
}

TEST(Utf8FastTest, LowerForLookupMatchesIcuOnRandomTokens) {
  std::mt19937 rng(17);
  std::vector<std::string> pieces = {"A", "z", "Q", "'", "-", "9"};
  for (uint32_t cp : {0xC9u, 0xE9u, 0xD7u, 0xDFu, 0x100u, 0x130u, 0x131u, 0x149u, 0x178u, 0x17Fu, 0x1C4u, 0x1C5u,
                      0x1F0u, 0x23Au, 0x23Eu, 0x24Fu, 0x250u, 0x3A3u, 0x3C2u, 0x41Cu, 0x2019u, 0x201Cu, 0x2014u,
                      0x2126u, 0x212Au, 0x1E9Eu, 0xFB00u, 0x10400u}) {
    pieces.push_back(Utf8(cp));
  }
  for (int iter = 0; iter < 30000; ++iter) {
    std::string token;
    const int parts = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < parts; ++k) token += pieces[rng() % pieces.size()];
    std::string out = "prefix";
    LowerForLookup(token, &out);
    ASSERT_EQ(out, "prefix" + IcuLowerForLookup(token)) << token;
  }
}

}  // namespace
}  // namespace entente::text
