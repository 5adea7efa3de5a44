// Unit tests for text/sentences: boundaries around abbreviations, initialisms, quotes,
// datelines, headlines and paragraphs.
#include "text/sentences.h"

#include "base/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace entente::text {
namespace {

const AbbreviationSet& Abbrevs() {
  static const AbbreviationSet* set = [] {
    auto* s = new AbbreviationSet;
    for (const char* w : {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "gov", "st", "no",
                          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                          "nov", "dec", "u.s", "u.n", "a.m", "p.m", "inc", "jr"}) {
      s->Add(w);
    }
    return s;
  }();
  return *set;
}

struct Split {
  std::vector<std::string> texts;
  std::vector<SentenceKind> kinds;
  std::vector<Sentence> sentences;
};

Split SplitText(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  Split out;
  SplitSentences(text, tokens, Abbrevs(), &out.sentences);
  for (const Sentence& s : out.sentences) {
    out.texts.emplace_back(text.substr(s.begin, s.end - s.begin));
    out.kinds.push_back(s.kind);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SentencesTest, AbbreviationSetIsExact) {
  EXPECT_TRUE(Abbrevs().Contains("gen"));
  EXPECT_FALSE(Abbrevs().Contains("general"));
  EXPECT_FALSE(Abbrevs().Contains("Gen"));  // callers lower-case
}

TEST(SentencesTest, AbbreviationSetFoldsAsciiCase) {
  AbbreviationSet set;
  for (const char* w : {"gen", "u.s.s.r", "a", "abcdefgh", "abcdefghij", "\xC3\xA9t"}) set.Add(w);
  for (const char* w : {"gen", "Gen", "GEN", "U.S.S.R", "A", "a", "AbCdEfGh", "ABCDEFGHIJ", "\xC3\xA9T"}) {
    EXPECT_TRUE(set.ContainsFoldingCase(w)) << w;
  }
  for (const char* w : {"", "ge", "gen.", "gene", "Genx", "b", "abcdefg", "abcdefghi", "abcdefghijk",
                        "\xC3\x89t"}) {
    EXPECT_FALSE(set.ContainsFoldingCase(w)) << w;
  }
  EXPECT_FALSE(set.ContainsFoldingCase(std::string_view("gen\0", 4)));
  EXPECT_FALSE(AbbreviationSet().ContainsFoldingCase("gen"));
  // Every word of the dictionary's kind (a few dozen) is found whatever its case.
  for (const char* w : {"mr", "mrs", "sept", "u.n", "p.m", "jr"}) {
    const std::string upper = base::ToUpper(w);
    EXPECT_TRUE(Abbrevs().ContainsFoldingCase(upper)) << upper;
  }
}

TEST(SentencesTest, TitlesDoNotEndSentences) {
  EXPECT_EQ(SplitText("Gen. Smith met Mr. Jones. They talked.").texts,
            (V{"Gen. Smith met Mr. Jones.", "They talked."}));
}

TEST(SentencesTest, MonthAbbreviationBeforeDayDoesNotSplit) {
  EXPECT_EQ(SplitText("Lavrov arrived on Oct. 28 in Minsk. He left.").texts,
            (V{"Lavrov arrived on Oct. 28 in Minsk.", "He left."}));
}

TEST(SentencesTest, NumberAbbreviationDoesNotSplit) {
  EXPECT_EQ(SplitText("The No. 2 official met Dr. Kim. Talks followed.").texts,
            (V{"The No. 2 official met Dr. Kim.", "Talks followed."}));
}

TEST(SentencesTest, AbbreviationFollowedBySentenceStarterSplits) {
  // "Oct." closing a sentence, then a sentence starter.
  EXPECT_EQ(SplitText("The vote was moved to Oct. The opposition objected.").texts,
            (V{"The vote was moved to Oct.", "The opposition objected."}));
}

TEST(SentencesTest, DottedInitialismAtSentenceEnd) {
  EXPECT_EQ(SplitText("Russia imposed sanctions on the U.S. The move angered Washington.").texts,
            (V{"Russia imposed sanctions on the U.S.", "The move angered Washington."}));
  // In the middle of a sentence it does not split.
  EXPECT_EQ(SplitText("The U.S. State Department said so.").texts, (V{"The U.S. State Department said so."}));
}

TEST(SentencesTest, InitialsDoNotSplit) {
  EXPECT_EQ(SplitText("J. Smith met John F. Kennedy Jr. at noon.").texts,
            (V{"J. Smith met John F. Kennedy Jr. at noon."}));
}

TEST(SentencesTest, SingleLetterBeforeSentenceStarterSplits) {
  EXPECT_EQ(SplitText("Russia backed Plan B. The talks ended.").texts,
            (V{"Russia backed Plan B.", "The talks ended."}));
}

TEST(SentencesTest, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(SplitText("He said \"we will go.\" Then he left.").texts,
            (V{"He said \"we will go.\"", "Then he left."}));
  EXPECT_EQ(SplitText("He said \xE2\x80\x9Cwe will go.\xE2\x80\x9D Then he left.").texts,
            (V{"He said \xE2\x80\x9Cwe will go.\xE2\x80\x9D", "Then he left."}));
  // A question inside quotes followed by lower case continues the sentence.
  EXPECT_EQ(SplitText("\"Why?\" he asked.").texts, (V{"\"Why?\" he asked."}));
}

TEST(SentencesTest, OpeningQuoteStartsTheNextSentence) {
  EXPECT_EQ(SplitText("He left. \"We will go,\" she said.").texts,
            (V{"He left.", "\"We will go,\" she said."}));
}

TEST(SentencesTest, QuestionAndExclamationMarks) {
  EXPECT_EQ(SplitText("Will they meet? Nobody knows! Officials declined to comment.").texts,
            (V{"Will they meet?", "Nobody knows!", "Officials declined to comment."}));
}

TEST(SentencesTest, DecimalNumbersDoNotSplit) {
  EXPECT_EQ(SplitText("Growth was 3.5 percent. It slowed.").texts, (V{"Growth was 3.5 percent.", "It slowed."}));
}

TEST(SentencesTest, LowerCaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(SplitText("They met at the Embassy. officials said.").texts.size(), 1u);
}

TEST(SentencesTest, Dateline) {
  const auto r = SplitText("MINSK, Oct. 30 (Reuters) \xE2\x80\x94 Belarus said on Thursday it would host talks.");
  ASSERT_EQ(r.texts.size(), 2u);
  EXPECT_EQ(r.kinds[0], SentenceKind::kDateline);
  EXPECT_EQ(r.texts[0], "MINSK, Oct. 30 (Reuters) \xE2\x80\x94");
  EXPECT_EQ(r.kinds[1], SentenceKind::kBody);
  EXPECT_EQ(r.texts[1], "Belarus said on Thursday it would host talks.");
}

TEST(SentencesTest, DatelineWithDoubleHyphenAndNoDate) {
  const auto r = SplitText("BEIJING -- China said it would respond.");
  ASSERT_EQ(r.texts.size(), 2u);
  EXPECT_EQ(r.kinds[0], SentenceKind::kDateline);
  EXPECT_EQ(r.texts[0], "BEIJING --");
  EXPECT_EQ(r.texts[1], "China said it would respond.");
}

TEST(SentencesTest, NoDatelineWithoutAllCapsPlace) {
  const auto r = SplitText("Minsk, Oct. 30 \xE2\x80\x94 Belarus said it would host talks.");
  ASSERT_EQ(r.texts.size(), 1u);
  EXPECT_EQ(r.kinds[0], SentenceKind::kBody);
}

TEST(SentencesTest, DatelineOpeningALaterParagraph) {
  const auto r = SplitText("Russia met Belarus.\n\nMINSK \xE2\x80\x94 Officials met on Monday.");
  ASSERT_EQ(r.texts.size(), 3u);
  EXPECT_EQ(r.kinds[1], SentenceKind::kDateline);
  EXPECT_EQ(r.texts[2], "Officials met on Monday.");
}

TEST(SentencesTest, WrappedLineInsideAParagraphDoesNotSplit) {
  const auto r = SplitText("The talks went well, officials said.\nRussian President Vladimir Putin met Chinese\n"
                           "President Xi Jinping in Moscow.");
  EXPECT_EQ(r.texts, (V{"The talks went well, officials said.",
                        "Russian President Vladimir Putin met Chinese\nPresident Xi Jinping in Moscow."}));
}

TEST(SentencesTest, HeadlineBeforeBlankLine) {
  const auto r = SplitText("Belarus hosts North Korean minister\n\nChoe Son-hui arrived in Minsk. She met Lukashenko.");
  ASSERT_EQ(r.texts.size(), 3u);
  EXPECT_EQ(r.texts[0], "Belarus hosts North Korean minister");
  EXPECT_EQ(r.kinds[0], SentenceKind::kHeadline);
  EXPECT_EQ(r.kinds[1], SentenceKind::kBody);
  EXPECT_EQ(r.kinds[2], SentenceKind::kBody);
}

TEST(SentencesTest, HeadlineThenDatelineOnNextLine) {
  const auto r = SplitText("Kim meets Xi in Beijing\nBEIJING, Jan. 9 \xE2\x80\x94 Kim Jong Un met Xi Jinping.");
  ASSERT_EQ(r.texts.size(), 3u);
  EXPECT_EQ(r.kinds[0], SentenceKind::kHeadline);
  EXPECT_EQ(r.kinds[1], SentenceKind::kDateline);
  EXPECT_EQ(r.kinds[2], SentenceKind::kBody);
  EXPECT_EQ(r.texts[2], "Kim Jong Un met Xi Jinping.");
}

TEST(SentencesTest, ParagraphsAlwaysSplit) {
  const auto r = SplitText("the talks ended without a deal\n\nthe two sides agreed to meet again.");
  EXPECT_EQ(r.texts, (V{"the talks ended without a deal", "the two sides agreed to meet again."}));
  // A second paragraph whose first sentence lacks final punctuation is body text, not a headline.
  const auto r2 = SplitText("Russia met Belarus.\n\nthe talks ended\n\nThey left.");
  ASSERT_EQ(r2.texts.size(), 3u);
  EXPECT_EQ(r2.kinds[1], SentenceKind::kBody);
}

TEST(SentencesTest, SingleUnpunctuatedTextIsBody) {
  const auto r = SplitText("Russia and Belarus sign trade pact");
  ASSERT_EQ(r.texts.size(), 1u);
  EXPECT_EQ(r.kinds[0], SentenceKind::kBody);
}

TEST(SentencesTest, SentencesCoverTokensInOrder) {
  const std::string text =
      "Kim meets Xi\nBEIJING, Jan. 9 \xE2\x80\x94 Kim met Xi on Tuesday. \"We agree,\" Xi said!\n\n"
      "Talks on the U.S. The end? Yes.";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<Sentence> s;
  SplitSentences(text, tokens, Abbrevs(), &s);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.front().tok_begin, 0u);
  EXPECT_EQ(s.back().tok_end, tokens.size());
  for (size_t i = 0; i < s.size(); ++i) {
    EXPECT_LT(s[i].tok_begin, s[i].tok_end);
    EXPECT_EQ(s[i].begin, tokens[s[i].tok_begin].begin);
    EXPECT_EQ(s[i].end, tokens[s[i].tok_end - 1].end);
    if (i > 0) {
      EXPECT_EQ(s[i].tok_begin, s[i - 1].tok_end) << "gap or overlap before sentence " << i;
    }
  }
}

TEST(SentencesTest, EmptyInputHasNoSentences) {
  EXPECT_TRUE(SplitText("").texts.empty());
  EXPECT_TRUE(SplitText("  \n\n ").texts.empty());
}

}  // namespace
}  // namespace entente::text
