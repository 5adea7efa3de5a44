// The coder's general rules, one construction per test, through the bundled dictionaries.
// Each test states the rule it pins; the sentences are ours, written for this file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entente/engine.h"
#include "test_support.h"

namespace entente {
namespace {

using testing_support::BundledEngineTest;

constexpr Date kDate{2025, 10, 30};  // a Thursday

// "SRC TGT CAMEO" for every event, in order.
std::vector<std::string> Triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) {
    out.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo);
  }
  return out;
}

bool Has(const std::vector<Event>& events, const std::string& triple) {
  for (const auto& t : Triples(events))
    if (t == triple) return true;
  return false;
}

std::string List(const std::vector<Event>& events) {
  std::string out;
  for (const auto& t : Triples(events)) out += "  " + t + "\n";
  return out.empty() ? "  (none)\n" : out;
}

class CoderRulesTest : public BundledEngineTest {};

TEST_F(CoderRulesTest, CompoundSubjectOfASymmetricEventCodesBothWays) {
  const auto ev = Code("Russia and Belarus signed an agreement on Monday.", kDate);
  EXPECT_TRUE(Has(ev, "RUS BLR 057")) << List(ev);
  EXPECT_TRUE(Has(ev, "BLR RUS 057")) << List(ev);
}

TEST_F(CoderRulesTest, TheTwoSidesAreTwoDifferentSidesNotACityAndItsGovernment) {
  // "Minsk" (BLR) and "her Belarusian counterpart" (BLRGOV) are one side: "the two ministers"
  // are the North Korean and the Belarusian minister.
  const auto ev = Code(
      "North Korean Foreign Minister Choe Son-hui arrived in Minsk on Monday for talks with her Belarusian "
      "counterpart Maxim Ryzhenkov, and the two ministers signed a plan to expand cooperation.",
      kDate);
  EXPECT_TRUE(Has(ev, "PRKGOV BLRGOV 057")) << List(ev);
  EXPECT_TRUE(Has(ev, "BLRGOV PRKGOV 057")) << List(ev);
  EXPECT_FALSE(Has(ev, "BLR BLRGOV 057")) << List(ev);
  EXPECT_FALSE(Has(ev, "BLRGOV BLR 057")) << List(ev);
}

TEST_F(CoderRulesTest, CompoundSubjectOfAnAsymmetricEventIsNotPaired) {
  // Praise is not something two countries do to each other by being named together.
  const auto ev = Code("Russia and Belarus praised the decision.", kDate);
  EXPECT_FALSE(Has(ev, "RUS BLR 051")) << List(ev);
  EXPECT_FALSE(Has(ev, "BLR RUS 051")) << List(ev);
}

TEST_F(CoderRulesTest, AdjectivesAfterTheConjunctionKeepTheCompound) {
  // "and the mighty stubborn Belarus": two plain words between the link and the next actor.
  const auto ev = Code("Russia and the mighty stubborn Belarus signed an agreement on Monday.", kDate);
  EXPECT_TRUE(Has(ev, "RUS BLR 057")) << List(ev);
  EXPECT_TRUE(Has(ev, "BLR RUS 057")) << List(ev);
}

TEST_F(CoderRulesTest, RoleFromACountryAtTheStartOfAClause) {
  const auto ev = Code("Soldiers from Russia attacked Ukraine on Monday.", kDate);
  ASSERT_FALSE(ev.empty()) << List(ev);
  EXPECT_EQ(ev[0].source.code, "RUSMIL") << List(ev);
}

TEST_F(CoderRulesTest, CompoundTargetGivesOneEventPerMember) {
  const auto ev = Code("North Korea denounced the United States, Japan and South Korea.", kDate);
  EXPECT_TRUE(Has(ev, "PRK USA 111")) << List(ev);
  EXPECT_TRUE(Has(ev, "PRK JPN 111")) << List(ev);
  EXPECT_TRUE(Has(ev, "PRK KOR 111")) << List(ev);
}

TEST_F(CoderRulesTest, RequestedActIsNotAnEvent) {
  // "asked Russia to help Israel": Russia helping Israel has not happened.
  const auto ev = Code("Turkey asked Russia to help Israel.", kDate);
  EXPECT_FALSE(Has(ev, "RUS ISR 070")) << List(ev);
}

TEST_F(CoderRulesTest, NegatedFutureIsARefusal) {
  const auto ev = Code("Russia said it would not sign the agreement with Ukraine.", kDate);
  ASSERT_FALSE(ev.empty()) << Explain("Russia said it would not sign the agreement with Ukraine.", kDate);
  EXPECT_EQ(ev[0].cameo.substr(0, 2), "12") << List(ev);
}

TEST_F(CoderRulesTest, NegatedPastIsNothing) {
  EXPECT_TRUE(Code("Russia did not attack Ukraine on Monday.", kDate).empty());
}

TEST_F(CoderRulesTest, QuestionsAssertNothing) {
  EXPECT_TRUE(Code("Will Russia and Belarus sign an agreement?", kDate).empty());
}

TEST_F(CoderRulesTest, PlanToVisitIsAnIntentDatedWhenSaid) {
  const auto ev = Code("Belarus plans to visit Pyongyang next week.", kDate);
  ASSERT_EQ(ev.size(), 1u) << List(ev);
  EXPECT_EQ(ev[0].cameo, "036");
  EXPECT_EQ(ev[0].date, kDate);
}

TEST_F(CoderRulesTest, MeetingWhereNeitherSideIsAtHomeIs044) {
  const auto ev = Code("Russia met Ukraine in Geneva on Monday.", kDate);
  EXPECT_TRUE(Has(ev, "RUS UKR 044")) << List(ev);
}

TEST_F(CoderRulesTest, WeaponsRefineFighting) {
  const auto ev = Code("Russian forces attacked Kharkiv with drones on Monday.", kDate);
  ASSERT_FALSE(ev.empty()) << Explain("Russian forces attacked Kharkiv with drones on Monday.", kDate);
  EXPECT_EQ(ev[0].cameo, "1952") << List(ev);
}

TEST_F(CoderRulesTest, ParticipleClauseSharesTheMainSubject) {
  const auto ev = Code("Belarus met Russia in Moscow before flying to China.", kDate);
  EXPECT_TRUE(Has(ev, "BLR CHN 042")) << List(ev);
  EXPECT_FALSE(Has(ev, "RUS CHN 042")) << List(ev);
}

TEST_F(CoderRulesTest, NonActorSubjectIsNotReplacedByAnEarlierActor) {
  // The subject of "would help" is "the plan", not France.
  const auto ev = Code("France said the plan would help Germany.", kDate);
  EXPECT_FALSE(Has(ev, "FRA DEU 070")) << List(ev);
}

TEST_F(CoderRulesTest, TheTwoLeadersAreTheSidesNamedBefore) {
  const auto ev = Code("Kim Jong Un hosted Vladimir Putin, and the two leaders held talks.", Date{2024, 6, 19});
  EXPECT_TRUE(Has(ev, "PRKGOV RUSGOV 043")) << List(ev);
  EXPECT_TRUE(Has(ev, "RUSGOV PRKGOV 046")) << List(ev);
}

TEST_F(CoderRulesTest, PlaceThatIsNotAnActorIsCodedAsItsCountry) {
  const auto ev = Code("Belarus flew to Vladivostok on Monday.", kDate);
  EXPECT_TRUE(Has(ev, "BLR RUS 042")) << List(ev);
}

TEST_F(CoderRulesTest, AttitudeAdjectivesAreNotActors) {
  const auto ev = Code("Police arrested pro-Russian activists in Chisinau.", kDate);
  for (const Event& e : ev) {
    EXPECT_NE(e.target ? e.target->country : "", "RUS") << List(ev);
  }
}

TEST_F(CoderRulesTest, PartOfANameMentionedEarlierIsThatPerson) {
  const auto ev = Code("Kim Jong Un arrived in Vladivostok on Monday. Putin and Kim then held talks.", Date{2024, 6, 1});
  EXPECT_TRUE(Has(ev, "RUSGOV PRKGOV 046")) << List(ev);
  EXPECT_TRUE(Has(ev, "PRKGOV RUSGOV 046")) << List(ev);
}

TEST_F(CoderRulesTest, NextDayIsRelativeToTheParagraphsDate) {
  const auto ev = Code("Belarus flew to Moscow on Monday. The next day Belarus met Russia.", kDate);
  ASSERT_TRUE(Has(ev, "BLR RUS 040")) << List(ev);
  for (const Event& e : ev) {
    if (e.cameo == "040") {
      EXPECT_EQ(e.date, (Date{2025, 10, 28}));
    }
  }
}

TEST_F(CoderRulesTest, ShortNameThenAParticleIsAnotherPersonsName) {
  // "Haitham" is Oman's sultan's short name; "Haitham al-Ghais" after a title is somebody else,
  // as subject and as object.
  const auto ev = Code(
      "OPEC Secretary General Haitham al-Ghais met Nigerian oil officials in Abuja on Thursday. Nigeria's oil "
      "minister hosted OPEC Secretary General Haitham al-Ghais at a dinner.",
      kDate);
  EXPECT_TRUE(Has(ev, "NGAGOV IGOOPC 043")) << List(ev);
  for (const Event& e : ev) {
    EXPECT_NE(e.source.country, "OMN") << List(ev);
    if (e.target) {
      EXPECT_NE(e.target->country, "OMN") << List(ev);
    }
  }
}

}  // namespace
}  // namespace entente
