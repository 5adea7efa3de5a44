// Unit tests for text/utf8: validation, NFC normalisation and lookup lower-casing.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace entente::text {
namespace {

constexpr size_t npos = std::string_view::npos;

TEST(Utf8Test, ValidTextHasNoInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8(""), npos);
  EXPECT_EQ(FindInvalidUtf8("Plain ASCII text, long enough for the 8-byte fast path."), npos);
  EXPECT_EQ(FindInvalidUtf8("\xC3\xA9lys\xC3\xA9" "e"), npos);          // élysée (2 bytes)
  EXPECT_EQ(FindInvalidUtf8("\xE2\x80\x94 \xE2\x80\x99"), npos);       // — ’ (3 bytes)
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98\x80"), npos);                 // U+1F600 (4 bytes)
  EXPECT_EQ(FindInvalidUtf8("\xF4\x8F\xBF\xBF"), npos);                 // U+10FFFF, the maximum
  EXPECT_EQ(FindInvalidUtf8("\xEF\xBF\xBF"), npos);                     // U+FFFF
  EXPECT_EQ(FindInvalidUtf8("\xED\x9F\xBF"), npos);                     // U+D7FF, before surrogates
  EXPECT_EQ(FindInvalidUtf8("\xEE\x80\x80"), npos);                     // U+E000, after surrogates
  EXPECT_EQ(FindInvalidUtf8("\xC2\x80"), npos);                         // U+0080, smallest 2-byte
  EXPECT_EQ(FindInvalidUtf8("\xE0\xA0\x80"), npos);                     // U+0800, smallest 3-byte
  EXPECT_EQ(FindInvalidUtf8("\xF0\x90\x80\x80"), npos);                 // U+10000, smallest 4-byte
  EXPECT_EQ(FindInvalidUtf8("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA"), npos);  // Минск
}

TEST(Utf8Test, RejectsOverlongForms) {
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xC1\xBF"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xE0\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xE0\x9F\xBF"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x80\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x8F\xBF\xBF"), 0u);
}

TEST(Utf8Test, RejectsSurrogates) {
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);  // U+D800
  EXPECT_EQ(FindInvalidUtf8("\xED\xBF\xBF"), 0u);  // U+DFFF
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xB0\x80"), 2u);
}

TEST(Utf8Test, RejectsCodePointsAboveMax) {
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // U+110000
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xF7\xBF\xBF\xBF"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xF8\x88\x80\x80\x80"), 0u);  // 5-byte form
  EXPECT_EQ(FindInvalidUtf8("\xFF"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xFE"), 0u);
}

TEST(Utf8Test, RejectsTruncatedAndStrayBytes) {
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x80"), 3u);           // truncated at end of input
  EXPECT_EQ(FindInvalidUtf8("abc\xC3"), 3u);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xE2\x80" "abc"), 0u);        // continuation byte missing
  EXPECT_EQ(FindInvalidUtf8("x\x80y"), 1u);                // stray continuation byte
  EXPECT_EQ(FindInvalidUtf8("\xC3\xA9\xBF"), 2u);          // stray after a valid character
}

TEST(Utf8Test, ReportsOffsetOfFirstBadByteAfterLongAsciiRun) {
  // Past the 8-byte ASCII fast path, the offset must still be exact.
  std::string s(37, 'a');
  s += "\xC3\xA9";  // valid
  s += std::string(9, 'b');
  const size_t bad = s.size();
  s += "\xC0\xAF";  // overlong '/'
  s += "tail";
  EXPECT_EQ(FindInvalidUtf8(s), bad);
  // Each prefix ending at a valid boundary is valid.
  EXPECT_EQ(FindInvalidUtf8(std::string_view(s).substr(0, bad)), npos);
}

TEST(Utf8Test, IsAscii) {
  EXPECT_TRUE(IsAscii(""));
  EXPECT_TRUE(IsAscii("Minsk, Oct. 30"));
  EXPECT_FALSE(IsAscii("Minsk \xE2\x80\x94"));
}

TEST(Utf8Test, NormalizeNfcComposesCombiningMarks) {
  std::string out;
  ASSERT_TRUE(NormalizeNfc("e\xCC\x81", &out));  // e + U+0301
  EXPECT_EQ(out, "\xC3\xA9");                    // é
  ASSERT_TRUE(NormalizeNfc("Ele\xCC\x81na Zelens\xCC\x8Cka", &out));
  EXPECT_EQ(out, "El\xC3\xA9na Zelen\xC5\xA1ka");  // Eléna Zelenška
}

TEST(Utf8Test, NormalizeNfcLeavesNormalizedTextUnchanged) {
  for (const char* s : {"", "Plain ASCII.", "\xC3\x89lys\xC3\xA9" "e", "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA",
                        "\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 dash"}) {
    std::string out = "garbage";
    ASSERT_TRUE(NormalizeNfc(s, &out)) << s;
    EXPECT_EQ(out, s);
  }
}

TEST(Utf8Test, NormalizeNfcIsIdempotent) {
  std::string once, twice;
  ASSERT_TRUE(NormalizeNfc("A\xCC\x8A" "ngstr\xC3\xB6m o\xCC\x88", &once));
  ASSERT_TRUE(NormalizeNfc(once, &twice));
  EXPECT_EQ(once, twice);
  EXPECT_EQ(once, "\xC3\x85ngstr\xC3\xB6m \xC3\xB6");
}

TEST(Utf8Test, LowerForLookupAscii) {
  std::string out;
  LowerForLookup("MINSK", &out);
  EXPECT_EQ(out, "minsk");
  LowerForLookup("-Son", &out);  // appends
  EXPECT_EQ(out, "minsk-son");
}

TEST(Utf8Test, LowerForLookupNonAscii) {
  std::string out;
  LowerForLookup("\xC3\x89LYS\xC3\x89" "E", &out);  // ÉLYSÉE
  EXPECT_EQ(out, "\xC3\xA9lys\xC3\xA9" "e");         // élysée
  out.clear();
  LowerForLookup("\xD0\x9C\xD0\x98\xD0\x9D\xD0\xA1\xD0\x9A", &out);  // МИНСК
  EXPECT_EQ(out, "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA");      // минск
}

TEST(Utf8Test, LowerForLookupMapsTypographicApostrophe) {
  std::string out;
  LowerForLookup("N\xE2\x80\x99T", &out);  // N’T
  EXPECT_EQ(out, "n't");
  out.clear();
  LowerForLookup("\xE2\x80\x99s", &out);  // ’s
  EXPECT_EQ(out, "'s");
  out.clear();
  LowerForLookup("C\xC3\xB4te d\xE2\x80\x99Ivoire", &out);
  EXPECT_EQ(out, "c\xC3\xB4te d'ivoire");
}

}  // namespace
}  // namespace entente::text
