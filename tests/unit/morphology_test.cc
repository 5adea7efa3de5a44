// Unit tests for lexicon/morphology: regular verb inflection, the irregular table, plurals.
#include "lexicon/morphology.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(PluralOf("attorney"), "attorneys");
  EXPECT_EQ(PluralOf("bus"), "buses");
  EXPECT_EQ(PluralOf("tax"), "taxes");
  EXPECT_EQ(PluralOf("blitz"), "blitzes");
  EXPECT_EQ(PluralOf("church"), "churches");
  EXPECT_EQ(PluralOf("clash"), "clashes");
  EXPECT_EQ(PluralOf("talk"), "talks");
  EXPECT_EQ(PluralOf(""), "");
}

}  // namespace
}  // namespace entente::lexicon
