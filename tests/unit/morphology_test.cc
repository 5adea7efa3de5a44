// Unit tests for lexicon/morphology: regular verb inflection, the irregular table, plurals.
#include "lexicon/morphology.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace entente::lexicon {
namespace {

VerbForms Regular(std::string_view lemma) { return InflectVerb(lemma, IrregularVerbs{}); }

void ExpectForms(std::string_view lemma, const char* third, const char* past, const char* gerund) {
  const VerbForms f = Regular(lemma);
  EXPECT_EQ(f.base, lemma);
  EXPECT_EQ(f.third, third) << lemma;
  EXPECT_EQ(f.past, past) << lemma;
  EXPECT_EQ(f.participle, past) << lemma;  // regular verbs: participle == past
  EXPECT_EQ(f.gerund, gerund) << lemma;
}

TEST(MorphologyTest, PlainVerbs) {
  ExpectForms("visit", "visits", "visited", "visiting");
  ExpectForms("attack", "attacks", "attacked", "attacking");
  ExpectForms("condemn", "condemns", "condemned", "condemning");
  ExpectForms("open", "opens", "opened", "opening");  // two vowel groups: no doubling
  ExpectForms("aid", "aids", "aided", "aiding");      // vowel pair: no doubling
}

TEST(MorphologyTest, ConsonantYVerbs) {
  ExpectForms("deny", "denies", "denied", "denying");
  ExpectForms("accompany", "accompanies", "accompanied", "accompanying");
  // Vowel + y keeps the y.
  ExpectForms("obey", "obeys", "obeyed", "obeying");
  ExpectForms("destroy", "destroys", "destroyed", "destroying");
}

TEST(MorphologyTest, SibilantAndOVerbsTakeEs) {
  ExpectForms("discuss", "discusses", "discussed", "discussing");
  ExpectForms("reach", "reaches", "reached", "reaching");
  ExpectForms("push", "pushes", "pushed", "pushing");
  ExpectForms("fax", "faxes", "faxed", "faxing");  // x never doubles
  ExpectForms("veto", "vetoes", "vetoed", "vetoing");
}

TEST(MorphologyTest, ShortCvcVerbsDoubleFinalConsonant) {
  ExpectForms("stop", "stops", "stopped", "stopping");
  ExpectForms("ban", "bans", "banned", "banning");
  ExpectForms("plan", "plans", "planned", "planning");
  ExpectForms("bar", "bars", "barred", "barring");
  ExpectForms("row", "rows", "rowed", "rowing");  // w never doubles
}

TEST(MorphologyTest, FinalEVerbs) {
  ExpectForms("agree", "agrees", "agreed", "agreeing");  // -ee keeps its e
  ExpectForms("free", "frees", "freed", "freeing");
  ExpectForms("welcome", "welcomes", "welcomed", "welcoming");
  ExpectForms("praise", "praises", "praised", "praising");
  ExpectForms("sue", "sues", "sued", "suing");
}

TEST(MorphologyTest, FinalIeVerbs) {
  ExpectForms("tie", "ties", "tied", "tying");
  ExpectForms("die", "dies", "died", "dying");
}

TEST(MorphologyTest, IrregularTableOverridesRules) {
  IrregularVerbs irregular;
  irregular["meet"] = VerbForms{"meet", "meets", "met", "met", "meeting"};
  irregular["visit"] = VerbForms{"visit", "visits", "VISITED", "VISITED", "visiting"};
  const VerbForms meet = InflectVerb("meet", irregular);
  EXPECT_EQ(meet.past, "met");
  EXPECT_EQ(meet.participle, "met");
  EXPECT_EQ(meet.gerund, "meeting");
  // The table wins even over a perfectly regular verb.
  EXPECT_EQ(InflectVerb("visit", irregular).past, "VISITED");
  // Verbs missing from the table still follow the rules.
  EXPECT_EQ(InflectVerb("deny", irregular).past, "denied");
  // Without the table, "meet" is inflected regularly.
  EXPECT_EQ(Regular("meet").past, "meeted");
}

TEST(MorphologyTest, PluralOfRegularNouns) {
  EXPECT_EQ(PluralOf("minister"), "ministers");
  EXPECT_EQ(PluralOf("embassy"), "embassies");
  EXPECT_EQ(PluralOf("ally"), "allies");
  EXPECT_EQ(PluralOf("day"), "days");
  // "ch" said as k
  EXPECT_EQ(PluralOf("oligarch"), "oligarchs");
  EXPECT_EQ(PluralOf("monarch"), "monarchs");
  EXPECT_EQ(PluralOf("patriarch"), "patriarchs");
  EXPECT_EQ(PluralOf("tech"), "techs");
  EXPECT_EQ(PluralOf("march"), "marches");
  EXPECT_EQ(PluralOf("search"), "searches");
  EXPECT_EQ(PluralOf("speech"), "speeches");
  EXPECT_EQ(PluralOf("church"), "churches");
  EXPECT_EQ(PluralOf("attorney"), "attorneys");
  EXPECT_EQ(PluralOf("bus"), "buses");
  EXPECT_EQ(PluralOf("tax"), "taxes");
  EXPECT_EQ(PluralOf("blitz"), "blitzes");
  EXPECT_EQ(PluralOf("church"), "churches");
  EXPECT_EQ(PluralOf("clash"), "clashes");
  EXPECT_EQ(PluralOf("talk"), "talks");
  EXPECT_EQ(PluralOf(""), "");
}

TEST(MorphologyTest, RegularFormsAreWellShaped) {
  for (const char* lemma : {"accuse", "condemn", "urge", "warn", "threaten", "sign", "expel",
                            "mediate", "praise", "reject", "host", "veto", "apologize"}) {
    const VerbForms f = Regular(lemma);
    EXPECT_EQ(f.base, lemma);
    EXPECT_EQ(f.third.back(), 's') << lemma;
    EXPECT_EQ(f.past.substr(f.past.size() - 2), "ed") << lemma;
    EXPECT_EQ(f.participle, f.past) << lemma;
    EXPECT_EQ(f.gerund.substr(f.gerund.size() - 3), "ing") << lemma;
    EXPECT_EQ(f.third.substr(0, 2), f.base.substr(0, 2)) << lemma;
  }
}

// irregular_verbs.tsv pins a few rule-regular verbs; where the rules already get every form
// right, the table and the rules must agree (a disagreement means one of them has a typo).
TEST(MorphologyTest, PinnedRegularVerbsAgreeWithTheRules) {
  const std::string path = ENTENTE_SOURCE_DIR "/data/dict/irregular_verbs.tsv";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " is absent";
  int checked = 0;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
    if (cells.size() != 5) continue;
    for (const char* lemma : {"agree", "guarantee", "free", "burn", "ban", "stop", "plan", "tie", "die"}) {
      if (cells[0] != lemma) continue;
      const VerbForms f = Regular(lemma);
      EXPECT_EQ(f.third, cells[1]) << lemma;
      EXPECT_EQ(f.past, cells[2]) << lemma;
      EXPECT_EQ(f.participle, cells[3]) << lemma;
      EXPECT_EQ(f.gerund, cells[4]) << lemma;
      ++checked;
    }
  }
  EXPECT_GE(checked, 5);
}

}  // namespace
}  // namespace entente::lexicon
