// Unit tests for base/strings: ASCII case mapping, trimming, splitting and FNV-1a hashing.
#include "base/strings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace entente::base {
namespace {

std::vector<std::string> Strings(const std::vector<std::string_view>& v) {
  return std::vector<std::string>(v.begin(), v.end());
}

TEST(StringsTest, AsciiHelpers) {
  EXPECT_EQ(AsciiLower('A'), 'a');
  EXPECT_EQ(AsciiLower('Z'), 'z');
  EXPECT_EQ(AsciiLower('a'), 'a');
  EXPECT_EQ(AsciiLower('@'), '@');
  EXPECT_EQ(AsciiLower('['), '[');
  EXPECT_TRUE(IsAsciiUpper('Q'));
  EXPECT_FALSE(IsAsciiUpper('q'));
  EXPECT_TRUE(IsAsciiDigit('0'));
  EXPECT_TRUE(IsAsciiDigit('9'));
  EXPECT_FALSE(IsAsciiDigit('a'));
}

TEST(StringsTest, ToLowerLeavesNonAsciiBytesAlone) {
  EXPECT_EQ(ToLower("Choe Son-HUI"), "choe son-hui");
  EXPECT_EQ(ToLower("\xC3\x89LYS\xC3\x89" "E"), "\xC3\x89lys\xC3\x89" "e");  // ÉLYSÉE
  EXPECT_EQ(ToLower(""), "");
}

TEST(StringsTest, AppendLowerAppends) {
  std::string out = "Keep ";
  AppendLower("MiNsK", &out);
  EXPECT_EQ(out, "Keep minsk");
}

TEST(StringsTest, TrimRemovesAsciiWhitespaceBothEnds) {
  EXPECT_EQ(Trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(Trim("\n\t"), "");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("x"), "x");
  EXPECT_EQ(Trim(" \xC2\xA0x"), "\xC2\xA0x");  // no-break space is not trimmed
}

TEST(StringsTest, SplitListTrimsAndDropsEmptyPieces) {
  EXPECT_EQ(Strings(SplitList("Belarus; Republic of Belarus ;;Byelorussia;", ';')),
            (std::vector<std::string>{"Belarus", "Republic of Belarus", "Byelorussia"}));
  EXPECT_TRUE(SplitList("", ';').empty());
  EXPECT_TRUE(SplitList(" ; ;", ';').empty());
  EXPECT_EQ(Strings(SplitList("one", ';')), (std::vector<std::string>{"one"}));
  EXPECT_EQ(Strings(SplitList("a|b|c", '|')), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(StringsTest, SplitExactKeepsEmptyPieces) {
  EXPECT_EQ(Strings(SplitExact("a\t\tb\t", '\t')), (std::vector<std::string>{"a", "", "b", ""}));
  EXPECT_EQ(Strings(SplitExact("", '\t')), (std::vector<std::string>{""}));
  EXPECT_EQ(Strings(SplitExact("\t", '\t')), (std::vector<std::string>{"", ""}));
  EXPECT_EQ(Strings(SplitExact(" x \ty", '\t')), (std::vector<std::string>{" x ", "y"}));
}

TEST(StringsTest, SplitExactPieceCountIsSeparatorsPlusOne) {
  const std::string line = "code\tname\tgoldstein\tquad_class\tplover";
  EXPECT_EQ(SplitExact(line, '\t').size(), 5u);
  EXPECT_EQ(SplitExact("042\tMake a visit\t1.9\t1\t", '\t').size(), 5u);
}

TEST(StringsTest, SplitListHandlesTabsAndSingleSeparators) {
  EXPECT_EQ(Strings(SplitList(";", ';')), (std::vector<std::string>{}));
  EXPECT_EQ(Strings(SplitList("\tvisit *\t", ';')), (std::vector<std::string>{"visit *"}));
  EXPECT_EQ(Strings(SplitList("a ; b", ';')), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Strings(SplitList("talks with *", ' ')), (std::vector<std::string>{"talks", "with", "*"}));
  EXPECT_EQ(Strings(SplitList("talks  with", ' ')), (std::vector<std::string>{"talks", "with"}));
}

TEST(StringsTest, SplitResultsPointIntoTheInput) {
  const std::string s = "alpha;beta";
  const auto parts = SplitList(s, ';');
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].data(), s.data());
  EXPECT_EQ(parts[1].data(), s.data() + 6);
  const auto exact = SplitExact(s, ';');
  ASSERT_EQ(exact.size(), 2u);
  EXPECT_EQ(exact[1].data(), s.data() + 6);
}

TEST(StringsTest, Fnv1aKnownValues) {
  // Reference values of 64-bit FNV-1a.
  EXPECT_EQ(Fnv1a(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a("foobar"), 0x85944171f73967e8ULL);
}

TEST(StringsTest, Fnv1aOfLongerTextIsTheByteByByteHash) {
  const std::string text = "The quick brown fox jumps over the lazy dog \xC3\xA9\x01\xFF";
  for (size_t len = 0; len <= text.size(); ++len) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 1099511628211ULL;
    EXPECT_EQ(Fnv1a(std::string_view(text).substr(0, len)), h) << len;
  }
}

TEST(StringsTest, Fnv1aChainsWithSeed) {
  // Hashing in two steps with the first hash as seed equals hashing the concatenation.
  EXPECT_EQ(Fnv1a("bar", Fnv1a("foo")), Fnv1a("foobar"));
  EXPECT_NE(Fnv1a("ab"), Fnv1a("ba"));
}

TEST(StringsTest, SplitBlankAndToUpper) {
  EXPECT_EQ(SplitBlank("  ARN\t[ARN >991231]\r\v GON "),
            (std::vector<std::string_view>{"ARN", "[ARN", ">991231]", "GON"}));
  EXPECT_TRUE(SplitBlank(" \t\r ").empty());
  EXPECT_EQ(SplitBlank("a\nb").size(), 1u);  // a line break is not a blank inside a line
  EXPECT_EQ(ToUpper("Gondor's ~gov 1"), "GONDOR'S ~GOV 1");
}

// The hash the compiled cache records, written the plain way (a zero-padded copy of the last
// 1-7 bytes): HashShort and LoadTail must give the same values for every length.
uint64_t ReferenceHashShort(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xC2B2AE3D27D4EB4FULL);
  for (size_t i = 0; i < s.size(); i += 8) {
    uint64_t w = 0;
    std::memcpy(&w, s.data() + i, std::min<size_t>(8, s.size() - i));
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

TEST(StringsTest, HashShortEqualsPlainDefinition) {
  const std::string text = "The quick \xE2\x80\x94 brown fox\x80\xFF jumps over 13 lazy dogs.";
  for (size_t b = 0; b < text.size(); ++b) {
    for (size_t n = 0; b + n <= text.size(); ++n) {
      const std::string_view s(text.data() + b, n);
      ASSERT_EQ(HashShort(s), ReferenceHashShort(s)) << b << " " << n;
      std::string padded(s);
      padded.resize((n + 7) / 8 * 8, '\0');
      uint64_t first = 1;
      ASSERT_EQ(HashShortPadded(padded.data(), n, &first), HashShort(s)) << b << " " << n;
      uint64_t first_chunk = 0;
      if (n > 0) std::memcpy(&first_chunk, padded.data(), 8);
      ASSERT_EQ(first, first_chunk) << b << " " << n;
      if (n < 8) {
        uint64_t w = 0;
        std::memcpy(&w, s.data(), n);
        ASSERT_EQ(LoadTail(s.data(), n), w) << b << " " << n;
      }
    }
  }
  EXPECT_EQ(HashShort("ceasefire"), 0x49b59aa0e8dd65ebULL);  // pinned: the cache format uses it
}

TEST(StringsTest, LowBytesMaskKeepsTheFirstNBytes) {
  const char bytes[8] = {'\x01', '\x80', '\xFF', 'a', 'Z', '\0', '7', '\x7F'};
  uint64_t all;
  std::memcpy(&all, bytes, 8);
  for (size_t n = 0; n <= 8; ++n) {
    uint64_t expected = 0;
    std::memcpy(&expected, bytes, n);
    EXPECT_EQ(all & LowBytesMask(n), expected) << n;
  }
}

}  // namespace
}  // namespace entente::base
