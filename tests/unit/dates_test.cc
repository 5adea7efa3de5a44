// Date expressions resolved through the Engine (bundled dictionaries) against the document
// date: weekdays, month-day dates, ranges, relative words, ISO dates, future events.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "base/date.h"
#include "test_support.h"

namespace entente {
namespace {

constexpr Date kDocDate{2025, 10, 30};  // a Thursday

class DatesTest : public testing_support::BundledEngineTest {
 protected:
  void SetUp() override {
    BundledEngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    if (!testing_support::BundledHasVerb("visit")) {
      GTEST_SKIP() << "bundled verbs.tsv has no 'visit' pattern: date tests need one clear event";
    }
  }

  // Codes "Russian Foreign Minister Sergei Lavrov visited Minsk <when>." and returns the date
  // range of its single event (start, optional end).
  std::pair<Date, std::optional<Date>> EventDates(const std::string& when, Date doc = kDocDate,
                                                  const std::string& verb = "visited") {
    const std::string text = "Russian Foreign Minister Sergei Lavrov " + verb + " Minsk " + when + ".";
    const auto events = Code(text, doc);
    EXPECT_EQ(events.size(), 1u) << text << "\n" << Explain(text, doc);
    if (events.empty()) return {Date{}, std::nullopt};
    EXPECT_EQ(events[0].source.code, "RUSGOV") << text;
    return {events[0].date, events[0].end_date};
  }

  static std::string Fmt(Date d) { return base::FormatIsoDate(d); }
};

TEST_F(DatesTest, DocumentWeekdayIsThursday) { EXPECT_EQ(base::Weekday(kDocDate), 3); }

TEST_F(DatesTest, NoDateExpressionUsesTheDocumentDate) {
  const auto [start, end] = EventDates("");
  EXPECT_EQ(start, kDocDate) << Fmt(start);
  EXPECT_FALSE(end.has_value());
}

TEST_F(DatesTest, WeekdayIsTheMostRecentOne) {
  EXPECT_EQ(EventDates("on Monday").first, (Date{2025, 10, 27}));
  EXPECT_EQ(EventDates("on Wednesday").first, (Date{2025, 10, 29}));
  EXPECT_EQ(EventDates("on Thursday").first, kDocDate);            // the document's own day
  EXPECT_EQ(EventDates("on Friday").first, (Date{2025, 10, 24}));  // last week's Friday
  EXPECT_EQ(EventDates("on Sunday").first, (Date{2025, 10, 26}));
}

TEST_F(DatesTest, WeekendIsASaturdayAndSunday) {
  // The document is Thursday 2025-10-30: the weekend past is 25-26, this week's 1-2 November.
  for (const char* when : {"over the weekend", "at the weekend", "last weekend"}) {
    const auto [start, end] = EventDates(when);
    EXPECT_EQ(start, (Date{2025, 10, 25})) << when << ": " << Fmt(start);
    ASSERT_TRUE(end.has_value()) << when;
    EXPECT_EQ(*end, (Date{2025, 10, 26})) << when;
  }
  EXPECT_EQ(EventDates("this weekend").first, (Date{2025, 11, 1}));
  // On a Sunday, "over the weekend" is the weekend that ends that day.
  EXPECT_EQ(EventDates("over the weekend", Date{2025, 11, 2}).first, (Date{2025, 11, 1}));
}

TEST_F(DatesTest, MonthAloneIsTheWholeMostRecentMonth) {
  auto [start, end] = EventDates("in July");
  EXPECT_EQ(start, (Date{2025, 7, 1})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 7, 31}));
  std::tie(start, end) = EventDates("in December");  // after the document's month: last year's
  EXPECT_EQ(start, (Date{2024, 12, 1})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2024, 12, 31}));
  std::tie(start, end) = EventDates("in February 2024");  // a leap year
  EXPECT_EQ(start, (Date{2024, 2, 1})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2024, 2, 29}));
  std::tie(start, end) = EventDates("last October");  // the document's own month, a year back
  EXPECT_EQ(start, (Date{2024, 10, 1})) << Fmt(start);
}

TEST_F(DatesTest, CountedDaysAndALaterVerbsOwnDate) {
  // Two sentences of one paragraph: the first states the date the others count from.
  const std::string text =
      "Russian Foreign Minister Sergei Lavrov left Moscow on Monday. He arrived in Minsk two days later "
      "and met Belarusian President Alexander Lukashenko the following day.";
  const auto events = Code(text, kDocDate);
  ASSERT_EQ(events.size(), 2u) << Explain(text, kDocDate);
  EXPECT_EQ(events[0].date, (Date{2025, 10, 29})) << Fmt(events[0].date);  // Monday 27 + 2
  EXPECT_EQ(events[1].date, (Date{2025, 10, 30})) << Fmt(events[1].date);  // the day after that
}

TEST_F(DatesTest, MonthDayInThePastYear) {
  EXPECT_EQ(EventDates("on Oct. 28").first, (Date{2025, 10, 28}));
  EXPECT_EQ(EventDates("on October 28").first, (Date{2025, 10, 28}));
  EXPECT_EQ(EventDates("on 28 October").first, (Date{2025, 10, 28}));
  EXPECT_EQ(EventDates("on Sept. 3").first, (Date{2025, 9, 3}));
  // After the document date: the most recent past occurrence, i.e. last year.
  EXPECT_EQ(EventDates("on Nov. 3").first, (Date{2024, 11, 3}));
  EXPECT_EQ(EventDates("on Dec. 31", Date{2026, 1, 2}).first, (Date{2025, 12, 31}));
}

TEST_F(DatesTest, ExplicitYearWins) {
  EXPECT_EQ(EventDates("on Oct. 28, 2023").first, (Date{2023, 10, 28}));
  EXPECT_EQ(EventDates("on Nov. 3 2026").first, (Date{2026, 11, 3}));
  EXPECT_EQ(EventDates("on 2024-10-28").first, (Date{2024, 10, 28}));
}

TEST_F(DatesTest, DayRanges) {
  auto [start, end] = EventDates("from Oct. 28 to 30");
  EXPECT_EQ(start, (Date{2025, 10, 28})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 10, 30})) << Fmt(*end);
  std::tie(start, end) = EventDates("on Oct. 28-30");
  EXPECT_EQ(start, (Date{2025, 10, 28}));
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 10, 30}));
  std::tie(start, end) = EventDates("from Sept. 29 to Oct. 2");
  EXPECT_EQ(start, (Date{2025, 9, 29}));
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 10, 2}));
  // A range across the new year.
  std::tie(start, end) = EventDates("from Dec. 30 to Jan. 2", Date{2026, 1, 5});
  EXPECT_EQ(start, (Date{2025, 12, 30}));
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2026, 1, 2}));
}

TEST_F(DatesTest, RangeEndingOnLeapDayOfTheNextYear) {
  const auto [start, end] = EventDates("from Dec. 30 to Feb. 29", Date{2024, 3, 5});
  EXPECT_EQ(start, (Date{2023, 12, 30}));
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2024, 2, 29})) << Fmt(*end);
}

TEST_F(DatesTest, LeapDayInANonLeapYear) {
  EXPECT_EQ(EventDates("on Feb. 29", Date{2025, 3, 5}).first, (Date{2024, 2, 29}));
}

TEST_F(DatesTest, NextWeekdayIsNeverInThePast) {
  const Date d = EventDates("next Monday", kDocDate, "visits").first;
  EXPECT_NE(d, (Date{2025, 10, 27}));
  EXPECT_GE(d, kDocDate);
}

TEST_F(DatesTest, RelativeWords) {
  EXPECT_EQ(EventDates("yesterday").first, (Date{2025, 10, 29}));
  auto [start, end] = EventDates("last week");
  EXPECT_EQ(start, (Date{2025, 10, 20})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 10, 26})) << Fmt(*end);
  std::tie(start, end) = EventDates("last month");
  EXPECT_EQ(start, (Date{2025, 9, 1}));
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 9, 30}));
  std::tie(start, end) = EventDates("last month", Date{2025, 1, 15});
  EXPECT_EQ(start, (Date{2024, 12, 1}));
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2024, 12, 31}));
}

TEST_F(DatesTest, AgoThisSpansPastYearsAndMidMonth) {
  EXPECT_EQ(EventDates("two weeks ago").first, (Date{2025, 10, 16}));
  EXPECT_EQ(EventDates("a week ago").first, (Date{2025, 10, 23}));
  EXPECT_EQ(EventDates("three days ago").first, (Date{2025, 10, 27}));
  auto [start, end] = EventDates("this week");  // Monday 27 to the document's Thursday
  EXPECT_EQ(start, (Date{2025, 10, 27})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, kDocDate);
  std::tie(start, end) = EventDates("earlier this month");
  EXPECT_EQ(start, (Date{2025, 10, 1})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, kDocDate);
  std::tie(start, end) = EventDates("in 1999");  // a past year alone: the whole year
  EXPECT_EQ(start, (Date{1999, 1, 1})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{1999, 12, 31}));
  EXPECT_EQ(EventDates("in 2025").first, kDocDate);  // the document's own year adds nothing
  std::tie(start, end) = EventDates("in mid-September");
  EXPECT_EQ(start, (Date{2025, 9, 1})) << Fmt(start);
  ASSERT_TRUE(end.has_value());
  EXPECT_EQ(*end, (Date{2025, 9, 30}));
}

TEST_F(DatesTest, IntentEventsAreDatedWhenExpressed) {
  // An announced visit is an intent event (036) dated when the intention is expressed (the
  // document date), not on the day the visit is to happen.
  for (const char* when : {"on Monday", "on Nov. 3", "tomorrow", "next week"}) {
    const std::string text = std::string("Russian Foreign Minister Sergei Lavrov will visit Minsk ") + when + ".";
    auto events = Code(text, kDocDate);
    ASSERT_EQ(events.size(), 1u) << Explain(text, kDocDate);
    EXPECT_EQ(events[0].cameo, "036") << when;
    EXPECT_EQ(events[0].date, kDocDate) << when << ": " << Fmt(events[0].date);
  }
  // A past date stated with the announcement is kept.
  const std::string past = "Russian Foreign Minister Sergei Lavrov said on Monday he would visit Minsk.";
  auto events = Code(past, kDocDate);
  ASSERT_EQ(events.size(), 1u) << Explain(past, kDocDate);
  EXPECT_EQ(events[0].date, (Date{2025, 10, 27})) << Fmt(events[0].date);
}

TEST_F(DatesTest, LowerCaseMonthWordIsNotADate) {
  // "may" is a modal, not May; without a capital it never starts a date.
  const std::string text = "Russian Foreign Minister Sergei Lavrov visited Minsk, officials said, and may 5 more.";
  const auto events = Code(text, kDocDate);
  ASSERT_FALSE(events.empty()) << Explain(text, kDocDate);
  EXPECT_EQ(events[0].date, kDocDate) << Fmt(events[0].date);
}

}  // namespace
}  // namespace entente
