// Unit tests for lexicon::IssueCoder (PETRARCH2/Phoenix issue coding): phrases with noun plurals,
// '+'-joined words, blocking '~' phrases, the longest match, counts, bad lines; and the OEDA
// issues file from ../shared when it is there.
#include "lexicon/issues.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/oeda.h"

namespace entente::lexicon {
namespace {

using Coded = std::vector<std::pair<std::string, int>>;

// Written for this test.
constexpr const char* kIssues = R"(# test issues
<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
n:school [SCHOOLS]
n:university [UNIVERSITIES]
early+childhood education [EARLY_EDUCATION]
head start [EARLY_EDUCATION]
~a head start
</ISSUE>

<ISSUE CATEGORY="HEALTH" TYPE="ALL">
n:pandemic [PANDEMIC]
n:pandemic treaty [HEALTH_DIPLOMACY]
</ISSUE>
)";

IssueCoder Parsed(std::vector<std::string>* warnings = nullptr) {
  return IssueCoder::Parse(kIssues, "test.txt", warnings);
}

TEST(IssuesTest, ReadsPhrasesAndCodes) {
  std::vector<std::string> warnings;
  const IssueCoder ic = Parsed(&warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  EXPECT_EQ(ic.phrase_count(), 7u);
  EXPECT_EQ(ic.issue_count(), 5u);
}

TEST(IssuesTest, NounsMatchTheirPluralsAndCountsAdd) {
  const IssueCoder ic = Parsed();
  EXPECT_EQ(ic.Code("Two universities and a school closed; three more schools followed."),
            (Coded{{"UNIVERSITIES", 1}, {"SCHOOLS", 2}}));
  EXPECT_EQ(ic.Code("Schooling resumed."), Coded{});  // a word, not a prefix
}

TEST(IssuesTest, PlusJoinsHyphenOrSpace) {
  const IssueCoder ic = Parsed();
  EXPECT_EQ(ic.Code("Early-childhood education is free."), (Coded{{"EARLY_EDUCATION", 1}}));
  EXPECT_EQ(ic.Code("Early childhood education is free."), (Coded{{"EARLY_EDUCATION", 1}}));
}

TEST(IssuesTest, LongestPhraseWinsAndTildeBlocks) {
  const IssueCoder ic = Parsed();
  EXPECT_EQ(ic.Code("Talks on a pandemic treaty stalled."), (Coded{{"HEALTH_DIPLOMACY", 1}}));
  EXPECT_EQ(ic.Code("The team got a head start."), Coded{});
  EXPECT_EQ(ic.Code("The Head Start programme grew."), (Coded{{"EARLY_EDUCATION", 1}}));
}

TEST(IssuesTest, BlockCategoryAndVerbForms) {
  const IssueCoder ic = IssueCoder::Parse(
      "<ISSUE CATEGORY=\"KIDNAP\" TYPE=\"COUNTEVENT\">\nv:kidnap\nabduction\n</ISSUE>\n"
      "<ISSUE CATEGORY=\"PRESS\">\nv:arrest n:journalist [MEDIA_CENSORSHIP]\n</ISSUE>\n",
      "cat.txt", nullptr);
  EXPECT_EQ(ic.Code("Gunmen kidnapped two aid workers; another abduction followed."), (Coded{{"KIDNAP", 2}}));
  EXPECT_EQ(ic.Code("Police are arresting journalists."), (Coded{{"MEDIA_CENSORSHIP", 1}}));
}

TEST(IssuesTest, BadLinesAreReportedWithFileAndLine) {
  std::vector<std::string> warnings;
  const IssueCoder ic =
      IssueCoder::Parse("phrase [X]\n<ISSUE>\nno code\n[]\nfine [OK]\nbad [OK] tail\n", "bad.txt", &warnings);
  ASSERT_EQ(warnings.size(), 5u);
  EXPECT_EQ(warnings[0].rfind("bad.txt:1: phrase outside an <ISSUE> block", 0), 0u) << warnings[0];
  EXPECT_EQ(warnings[1].rfind("bad.txt:3: a phrase without [CODE] in a block without CATEGORY", 0), 0u) << warnings[1];
  EXPECT_EQ(warnings[2].rfind("bad.txt:4: expected 'phrase [CODE]'", 0), 0u) << warnings[2];
  EXPECT_EQ(warnings[3].rfind("bad.txt:6: expected 'phrase [CODE]'", 0), 0u) << warnings[3];
  EXPECT_NE(warnings[4].find("not closed"), std::string::npos) << warnings[4];
  EXPECT_EQ(ic.Code("It is fine."), (Coded{{"OK", 1}}));
}

TEST(IssuesTest, MissingFileIsAnError) {
  EXPECT_FALSE(IssueCoder::Read("/nonexistent/issues.txt", nullptr).ok());
}

TEST(IssuesTest, OedaIssueFileFromShared) {
  const std::string dir = ENTENTE_SOURCE_DIR "/../shared/dictionaries/oeda";
  if (!std::filesystem::is_directory(dir)) {
    GTEST_SKIP() << dir << " is absent (OEDA dictionaries live beside the repository, in ../shared)";
  }
  const std::string file = FindOedaIssueFile(dir);
  ASSERT_FALSE(file.empty()) << "no *issue*.txt in " << dir;
  std::vector<std::string> warnings;
  auto read = IssueCoder::Read(file, &warnings);
  ASSERT_TRUE(read.ok()) << read.status().message();
  // The file has one stray "</ISSUE>" and one <ISSUE> block inside another; nothing else is bad.
  EXPECT_LE(warnings.size(), 2u) << warnings.size() << " warnings, e.g. " << warnings.front();
  EXPECT_GT(read.value().phrase_count(), 3000u);
  const Coded coded = read.value().Code("Students and teachers marched against cuts to kindergartens.");
  auto has = [&](const std::string& code) {
    for (const auto& [c, n] : coded)
      if (c == code) return true;
    return false;
  };
  EXPECT_TRUE(has("STUDENTS"));
  EXPECT_TRUE(has("TEACHERS"));
  EXPECT_TRUE(has("EARLY_CHILDHOOD_EDUCATION"));
}

}  // namespace
}  // namespace entente::lexicon
