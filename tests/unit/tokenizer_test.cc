// Unit tests for text/tokenizer: token boundaries, byte offsets and flags.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace entente::text {
namespace {

std::vector<Token> Tok(std::string_view s) {
  std::vector<Token> out;
  Tokenize(s, &out);
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : Tok(s)) out.emplace_back(s.substr(t.begin, t.end - t.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, OffsetsSliceTheTokens) {
  const std::string s = "  Russia's envoy, Choe Son-hui, didn't visit the U.S. on Oct. 28.\n\nNext";
  const auto toks = Tok(s);
  ASSERT_FALSE(toks.empty());
  uint32_t prev_end = 0;
  for (const Token& t : toks) {
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, s.size());
    ASSERT_GE(t.begin, prev_end);  // ordered, non-overlapping
    // Only white space is skipped between tokens.
    for (uint32_t k = prev_end; k < t.begin; ++k) ASSERT_TRUE(s[k] == ' ' || s[k] == '\n') << k;
    prev_end = t.end;
  }
  EXPECT_EQ(Words(s), (V{"Russia", "'s", "envoy", ",", "Choe", "Son", "-", "hui", ",", "did", "n't",
                         "visit", "the", "U.S.", "on", "Oct", ".", "28", ".", "Next"}));
  EXPECT_EQ(toks[0].begin, 2u);
}

TEST(TokenizerTest, HyphenBetweenWordsIsJoinedToken) {
  const std::string s = "Choe Son-hui";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"Choe", "Son", "-", "hui"}));
  EXPECT_TRUE(toks[2].is(kPunct));
  EXPECT_TRUE(toks[2].is(kJoined));
  EXPECT_FALSE(toks[1].is(kJoined));
  EXPECT_FALSE(toks[3].is(kSpaceBefore));
  EXPECT_TRUE(toks[1].is(kSpaceBefore));
}

TEST(TokenizerTest, SpacedDashesAreNotJoined) {
  const std::string s = "Minsk - Moscow \xE2\x80\x94 Kyiv";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"Minsk", "-", "Moscow", "\xE2\x80\x94", "Kyiv"}));
  EXPECT_TRUE(toks[1].is(kPunct));
  EXPECT_FALSE(toks[1].is(kJoined));
  EXPECT_TRUE(toks[3].is(kPunct));
  EXPECT_FALSE(toks[3].is(kJoined));
  // An em dash glued on both sides is joined.
  const auto glued = Tok("Minsk\xE2\x80\x94Moscow");
  ASSERT_EQ(glued.size(), 3u);
  EXPECT_TRUE(glued[1].is(kJoined));
}

TEST(TokenizerTest, InternalApostropheJoins) {
  EXPECT_EQ(Words("O'Brien said"), (V{"O'Brien", "said"}));
  EXPECT_EQ(Words("C\xC3\xB4te d'Ivoire"), (V{"C\xC3\xB4te", "d'Ivoire"}));
  EXPECT_EQ(Words("O\xE2\x80\x99" "Brien"), (V{"O\xE2\x80\x99" "Brien"}));
}

TEST(TokenizerTest, PossessiveSplitsOff) {
  const std::string s = "Russia's army and O'Brien's plan";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"Russia", "'s", "army", "and", "O'Brien", "'s", "plan"}));
  EXPECT_TRUE(toks[1].is(kPossessive));
  EXPECT_TRUE(toks[1].is(kWord));
  EXPECT_FALSE(toks[0].is(kPossessive));
  EXPECT_TRUE(toks[5].is(kPossessive));
  // Typographic apostrophe.
  const std::string c = "Russia\xE2\x80\x99s army";
  const auto ctoks = Tok(c);
  ASSERT_EQ(Words(c), (V{"Russia", "\xE2\x80\x99s", "army"}));
  EXPECT_TRUE(ctoks[1].is(kPossessive));
  // At the very end of the text.
  EXPECT_EQ(Words("Russia's"), (V{"Russia", "'s"}));
}

TEST(TokenizerTest, PluralPossessive) {
  const std::string s = "the ministers' talks";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"the", "ministers", "'", "talks"}));
  EXPECT_TRUE(toks[2].is(kPossessive));
  const auto end = Tok("the ministers'");
  ASSERT_EQ(end.size(), 3u);
  EXPECT_TRUE(end[2].is(kPossessive));
}

TEST(TokenizerTest, NegativeClitic) {
  const std::string s = "Russia didn't attend";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"Russia", "did", "n't", "attend"}));
  EXPECT_TRUE(toks[2].is(kNegClitic));
  EXPECT_TRUE(toks[2].is(kWord));
  EXPECT_FALSE(toks[1].is(kNegClitic));
  EXPECT_EQ(Words("It won't go"), (V{"It", "wo", "n't", "go"}));
  EXPECT_EQ(Words("DOESN'T"), (V{"DOES", "N'T"}));
  const std::string curly = "didn\xE2\x80\x99t";
  const auto ct = Tok(curly);
  ASSERT_EQ(Words(curly), (V{"did", "n\xE2\x80\x99t"}));
  EXPECT_TRUE(ct[1].is(kNegClitic));
}

TEST(TokenizerTest, DottedInitialismsKeepTheirDots) {
  EXPECT_EQ(Words("the U.S. and U.N. said"), (V{"the", "U.S.", "and", "U.N.", "said"}));
  EXPECT_EQ(Words("the D.P.R.K."), (V{"the", "D.P.R.K."}));
  EXPECT_EQ(Words("J. Smith"), (V{"J.", "Smith"}));
  EXPECT_EQ(Words("at 3 p.m. today"), (V{"at", "3", "p.m.", "today"}));
  // An ordinary word's final period splits off.
  EXPECT_EQ(Words("in Minsk."), (V{"in", "Minsk", "."}));
  EXPECT_EQ(Words("Gen. Smith"), (V{"Gen", ".", "Smith"}));
}

TEST(TokenizerTest, NumbersKeepSeparators) {
  const std::string s = "10,000 troops and 3.5 percent in 2024.";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"10,000", "troops", "and", "3.5", "percent", "in", "2024", "."}));
  EXPECT_TRUE(toks[0].is(kNumber));
  EXPECT_FALSE(toks[0].is(kWord));
  EXPECT_TRUE(toks[3].is(kNumber));
  EXPECT_TRUE(toks[6].is(kNumber));
  EXPECT_TRUE(toks[7].is(kPunct));
  // A separator not followed by a digit is punctuation.
  EXPECT_EQ(Words("1, 2"), (V{"1", ",", "2"}));
  EXPECT_EQ(Words("2024-10-28"), (V{"2024", "-", "10", "-", "28"}));
}

TEST(TokenizerTest, CurlyQuotesArePunctuation) {
  const std::string s = "\xE2\x80\x9CWe will go,\xE2\x80\x9D he said";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"\xE2\x80\x9C", "We", "will", "go", ",", "\xE2\x80\x9D", "he", "said"}));
  EXPECT_TRUE(toks[0].is(kPunct));
  EXPECT_TRUE(toks[5].is(kPunct));
  EXPECT_EQ(Words("\xC2\xAB" "Da\xC2\xBB"), (V{"\xC2\xAB", "Da", "\xC2\xBB"}));
}

TEST(TokenizerTest, EmDashIsPunctuation) {
  const std::string s = "MINSK \xE2\x80\x94 Belarus";
  const auto toks = Tok(s);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_TRUE(toks[1].is(kPunct));
  EXPECT_EQ(toks[1].end - toks[1].begin, 3u);
}

TEST(TokenizerTest, LineAndParagraphFlags) {
  const std::string s = "One\nTwo\n\nThree \n \r\nFour Five";
  const auto toks = Tok(s);
  ASSERT_EQ(Words(s), (V{"One", "Two", "Three", "Four", "Five"}));
  EXPECT_FALSE(toks[0].is(kNewlineBefore));
  EXPECT_TRUE(toks[1].is(kNewlineBefore));
  EXPECT_FALSE(toks[1].is(kParagraphBefore));
  EXPECT_TRUE(toks[2].is(kNewlineBefore));
  EXPECT_TRUE(toks[2].is(kParagraphBefore));
  EXPECT_TRUE(toks[3].is(kParagraphBefore));  // lines holding only white space are blank
  EXPECT_TRUE(toks[4].is(kSpaceBefore));
  EXPECT_FALSE(toks[4].is(kNewlineBefore));
}

TEST(TokenizerTest, CapitalisationFlags) {
  const std::string s = "MINSK Belarus minsk US A \xC3\x89lys\xC3\xA9" "e \xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA";
  const auto toks = Tok(s);
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_TRUE(toks[0].is(kCapitalized));
  EXPECT_TRUE(toks[0].is(kAllCaps));
  EXPECT_TRUE(toks[1].is(kCapitalized));
  EXPECT_FALSE(toks[1].is(kAllCaps));
  EXPECT_FALSE(toks[2].is(kCapitalized));
  EXPECT_TRUE(toks[3].is(kAllCaps));     // two letters
  EXPECT_FALSE(toks[4].is(kAllCaps));    // a single letter is not "all caps"
  EXPECT_TRUE(toks[4].is(kCapitalized));
  EXPECT_TRUE(toks[5].is(kCapitalized));  // É
  EXPECT_TRUE(toks[6].is(kCapitalized));  // Cyrillic М
}

TEST(TokenizerTest, LatinExtendedCapitals) {
  // Even code points are upper case in most of Latin Extended-A: Č (U+010C), Š (U+0160).
  EXPECT_TRUE(Tok("\xC4\x8C" "ech")[0].is(kCapitalized));   // Čech
  EXPECT_TRUE(Tok("\xC5\xA0" "oigu")[0].is(kCapitalized));  // Šoigu
  EXPECT_FALSE(Tok("\xC5\xA1" "oigu")[0].is(kCapitalized)); // šoigu
}

TEST(TokenizerTest, LatinExtendedOddCapitals) {
  EXPECT_TRUE(Tok("\xC5\x81ukashenka")[0].is(kCapitalized));  // Ł U+0141
  EXPECT_TRUE(Tok("\xC5\xBDilina")[0].is(kCapitalized));      // Ž U+017D
  EXPECT_TRUE(Tok("\xC5\xB9r\xC3\xB3" "d\xC5\x82o")[0].is(kCapitalized));  // Źródło
  EXPECT_FALSE(Tok("\xC5\x82" "od\xC5\xBA")[0].is(kCapitalized));  // łodź: ł U+0142
  EXPECT_FALSE(Tok("\xC5\xBE" "ilina")[0].is(kCapitalized));        // žilina: ž U+017E
}

TEST(TokenizerTest, InvalidBytesBecomeOneBytePunctuation) {
  const std::string s = "a\xFF" "b";
  const auto toks = Tok(s);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_TRUE(toks[1].is(kPunct));
  EXPECT_EQ(toks[1].end - toks[1].begin, 1u);
}

TEST(TokenizerTest, RandomInputNeverBreaksOffsets) {
  // Any byte soup: tokens stay ordered, non-empty and inside the text.
  std::mt19937 rng(12345);
  const std::string alphabet[] = {"a", "B", "1", ".", ",", "'", "-", " ", "\n", "s", "t", "n",
                                  "\xE2\x80\x99", "\xE2\x80\x94", "\xC3\xA9", "\xFF", "\xE2\x80"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 24);
    for (int k = 0; k < len; ++k) s += alphabet[rng() % std::size(alphabet)];
    uint32_t prev_end = 0;
    for (const Token& t : Tok(s)) {
      ASSERT_LT(t.begin, t.end) << s;
      ASSERT_LE(t.end, s.size()) << s;
      ASSERT_GE(t.begin, prev_end) << s;
      prev_end = t.end;
    }
  }
}

}  // namespace
}  // namespace entente::text

// The ASCII fast path must produce exactly the tokens of the general path.
TEST(TokenizerTest, FastPathMatchesReferenceOnCorpusAndRandomText) {
  std::vector<std::string> texts;
  std::ifstream in(std::string(ENTENTE_SOURCE_DIR) + "/data/sample/articles.jsonl");
  std::string line;
  while (std::getline(in, line)) texts.push_back(line);  // raw JSON lines: plenty of punctuation
  ASSERT_GT(texts.size(), 100u);
  std::mt19937 rng(7);
  const std::string alphabet = "aZ09 .,'\"-;:!?()\n\t\xE2\x80\x94\xC3\xA9" "U.S.n't's"
                               "\r\v/&%\x01" "AB7\xE2\x80\x99";
  for (int k = 0; k < 2000; ++k) {
    std::string t;
    const int len = static_cast<int>(rng() % 40);
    for (int i = 0; i < len; ++i) t.push_back(alphabet[rng() % alphabet.size()]);
    texts.push_back(t);
  }
  // Word runs of every length up to 40 (the fast path scans 16 bytes at a time where SSE2 is
  // there), mixed case and digits, ending at every kind of separator and at the end of the text.
  const std::string word_chars = "abcxyzABCXYZ0189";
  const std::string separators[] = {" ", ".", ",", "'", "-", "\n", "\xE2\x80\x99", "\xC3\xA9",
                                    "'s ", "n't ", ". The ", "\xFF", "@", "[", "`", "{", "/", ":"};
  for (int k = 0; k < 3000; ++k) {
    std::string t;
    const int words = 1 + static_cast<int>(rng() % 8);
    for (int w = 0; w < words; ++w) {
      const int len = 1 + static_cast<int>(rng() % 40);
      const int style = static_cast<int>(rng() % 4);  // any, lower, upper, digits
      for (int i = 0; i < len; ++i) {
        char c = word_chars[rng() % word_chars.size()];
        if (style == 1 && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (style == 2 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        if (style == 3) c = static_cast<char>('0' + rng() % 10);
        t.push_back(c);
      }
      if (w + 1 < words || rng() % 2) t += separators[rng() % std::size(separators)];
    }
    texts.push_back(t);
  }
  for (const auto& t : texts) {
    std::vector<entente::text::Token> fast, slow;
    entente::text::Tokenize(t, &fast);
    entente::text::TokenizeWithoutFastPath(t, &slow);
    ASSERT_EQ(fast.size(), slow.size()) << t;
    for (size_t i = 0; i < fast.size(); ++i) {
      ASSERT_EQ(fast[i].begin, slow[i].begin) << t;
      ASSERT_EQ(fast[i].end, slow[i].end) << t;
      ASSERT_EQ(fast[i].flags, slow[i].flags) << t << " token " << i;
      // kFinalPeriod marks exactly the words that end with a period (the sentence splitter
      // relies on it).
      const bool final_period = !(fast[i].flags & entente::text::kPunct) && t[fast[i].end - 1] == '.';
      ASSERT_EQ((fast[i].flags & entente::text::kFinalPeriod) != 0, final_period) << t << " token " << i;
    }
  }
}

// TokenizeInto with too little room says so (kNoRoom) instead of writing past it, and with
// exactly enough room writes the same tokens as Tokenize: the coder tries a quarter of the
// text's bytes first and retries with room for every byte.
TEST(TokenizerTest, TokenizeIntoReportsTooLittleRoom) {
  for (const std::string t : {std::string("a.b.c.d.e.f.g.h"), std::string("Russia and Belarus signed a pact."),
                              std::string(",,,,,,,,,,,,,,,,"), std::string("   "), std::string()}) {
    std::vector<entente::text::Token> want;
    entente::text::Tokenize(t, &want);
    std::vector<entente::text::Token> room(t.size() + 1);
    for (size_t r = 0; r <= t.size(); ++r) {
      const size_t n = entente::text::TokenizeInto(t, room.data(), r);
      if (r < want.size()) {
        EXPECT_EQ(n, entente::text::kNoRoom) << t << " room " << r;
        continue;
      }
      // (All tokens fit; trailing blanks past a full room may still report kNoRoom.)
      if (n == entente::text::kNoRoom) {
        EXPECT_EQ(r, want.size()) << t;
        continue;
      }
      ASSERT_EQ(n, want.size()) << t << " room " << r;
      for (size_t i = 0; i < n; ++i) {
        EXPECT_EQ(room[i].begin, want[i].begin);
        EXPECT_EQ(room[i].end, want[i].end);
        EXPECT_EQ(room[i].flags, want[i].flags);
      }
    }
  }
}
