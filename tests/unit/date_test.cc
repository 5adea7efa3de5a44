// Unit tests for base/date: civil-day arithmetic, weekdays, validity and ISO parsing.
#include "base/date.h"

#include <gtest/gtest.h>

#include "test_support.h"  // Date printer

namespace entente::base {
namespace {

TEST(DateTest, EpochIsDayZero) {
  EXPECT_EQ(DaysFromCivil(Date{1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil(Date{1970, 1, 2}), 1);
  EXPECT_EQ(DaysFromCivil(Date{1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil(Date{2000, 3, 1}), 11017);
  EXPECT_EQ(CivilFromDays(0), (Date{1970, 1, 1}));
  EXPECT_EQ(CivilFromDays(-1), (Date{1969, 12, 31}));
}

TEST(DateTest, RoundTripOverAWideRangeOfDays) {
  // Every day from 1600-01-01 to 2400-12-31: consecutive day numbers map to consecutive,
  // valid dates, and back.
  const int first = DaysFromCivil(Date{1600, 1, 1});
  const int last = DaysFromCivil(Date{2400, 12, 31});
  Date prev = CivilFromDays(first - 1);
  for (int z = first; z <= last; ++z) {
    const Date d = CivilFromDays(z);
    ASSERT_TRUE(IsValid(d)) << FormatIsoDate(d);
    ASSERT_EQ(DaysFromCivil(d), z) << FormatIsoDate(d);
    ASSERT_LT(prev, d) << FormatIsoDate(prev) << " vs " << FormatIsoDate(d);
    // The next day is either the next day of the month or the first of the next month/year.
    if (d.day != 1) {
      ASSERT_EQ(d.year, prev.year);
      ASSERT_EQ(d.month, prev.month);
      ASSERT_EQ(d.day, prev.day + 1);
    } else {
      ASSERT_EQ(prev.day, DaysInMonth(prev.year, prev.month));
    }
    prev = d;
  }
}

TEST(DateTest, WeekdayKnownDates) {
  EXPECT_EQ(Weekday(Date{2024, 10, 28}), 0);  // Monday
  EXPECT_EQ(Weekday(Date{2025, 10, 30}), 3);  // Thursday
  EXPECT_EQ(Weekday(Date{1970, 1, 1}), 3);    // Thursday
  EXPECT_EQ(Weekday(Date{1969, 12, 31}), 2);  // Wednesday (negative day number)
  EXPECT_EQ(Weekday(Date{2000, 1, 1}), 5);    // Saturday
  EXPECT_EQ(Weekday(Date{1900, 1, 1}), 0);    // Monday
  EXPECT_EQ(Weekday(Date{2023, 12, 31}), 6);  // Sunday
}

TEST(DateTest, WeekdayAdvancesByOneEachDay) {
  Date d{1899, 12, 25};
  int wd = Weekday(d);
  for (int i = 0; i < 3000; ++i) {
    d = AddDays(d, 1);
    const int next = Weekday(d);
    ASSERT_GE(next, 0);
    ASSERT_LE(next, 6);
    ASSERT_EQ(next, (wd + 1) % 7) << FormatIsoDate(d);
    wd = next;
  }
}

TEST(DateTest, LeapYears) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);  // divisible by 400
  EXPECT_EQ(DaysInMonth(1900, 2), 28);  // divisible by 100, not 400
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 4), 30);
  EXPECT_EQ(DaysInMonth(2024, 12), 31);
  EXPECT_TRUE(IsValid(Date{2024, 2, 29}));
  EXPECT_FALSE(IsValid(Date{2023, 2, 29}));
  EXPECT_EQ(AddDays(Date{2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(AddDays(Date{2023, 2, 28}, 1), (Date{2023, 3, 1}));
  EXPECT_EQ(DaysFromCivil(Date{2025, 1, 1}) - DaysFromCivil(Date{2024, 1, 1}), 366);
  EXPECT_EQ(DaysFromCivil(Date{2024, 1, 1}) - DaysFromCivil(Date{2023, 1, 1}), 365);
}

TEST(DateTest, AddDaysAcrossBoundaries) {
  EXPECT_EQ(AddDays(Date{2024, 12, 31}, 1), (Date{2025, 1, 1}));
  EXPECT_EQ(AddDays(Date{2025, 1, 1}, -1), (Date{2024, 12, 31}));
  EXPECT_EQ(AddDays(Date{2025, 10, 30}, -3), (Date{2025, 10, 27}));
  EXPECT_EQ(AddDays(Date{2025, 10, 30}, 0), (Date{2025, 10, 30}));
  EXPECT_EQ(AddDays(Date{2025, 3, 1}, -1), (Date{2025, 2, 28}));
}

TEST(DateTest, IsValidRejectsOutOfRangeFields) {
  EXPECT_FALSE(IsValid(Date{}));
  EXPECT_FALSE(IsValid(Date{2024, 0, 1}));
  EXPECT_FALSE(IsValid(Date{2024, 13, 1}));
  EXPECT_FALSE(IsValid(Date{2024, 1, 0}));
  EXPECT_FALSE(IsValid(Date{2024, 1, 32}));
  EXPECT_FALSE(IsValid(Date{2024, 4, 31}));
  EXPECT_FALSE(IsValid(Date{0, 1, 1}));
  EXPECT_FALSE(IsValid(Date{10000, 1, 1}));
  EXPECT_TRUE(IsValid(Date{1, 1, 1}));
  EXPECT_TRUE(IsValid(Date{9999, 12, 31}));
}

TEST(DateTest, ParseIsoDateAcceptsValidDates) {
  auto d = ParseIsoDate("2024-10-28");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Date{2024, 10, 28}));
  d = ParseIsoDate("2024-02-29");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Date{2024, 2, 29}));
  d = ParseIsoDate("0001-01-01");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Date{1, 1, 1}));
}

TEST(DateTest, ParseIsoDateRejectsMalformedOrImpossible) {
  for (const char* bad : {"2023-02-30", "2023-02-29", "2024-1-01", "2024-01-1", "abcd-ef-gh",
                          "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01", "2024/01/01",
                          "2024-01-01 ", " 2024-01-01", "2024-01-011", "", "2024-+1-01",
                          "2024--1-01", "20240101", "2024-01-0a"}) {
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << "accepted '" << bad << "'";
  }
}

TEST(DateTest, FormatIsoDatePadsFields) {
  EXPECT_EQ(FormatIsoDate(Date{2024, 1, 5}), "2024-01-05");
  EXPECT_EQ(FormatIsoDate(Date{987, 12, 31}), "0987-12-31");
  // Format and parse round-trip.
  for (Date d : {Date{2024, 10, 28}, Date{1999, 12, 31}, Date{2000, 2, 29}}) {
    auto back = ParseIsoDate(FormatIsoDate(d));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, d);
  }
}

TEST(DateTest, DatesOrderChronologically) {
  EXPECT_LT((Date{2024, 1, 31}), (Date{2024, 2, 1}));
  EXPECT_LT((Date{2023, 12, 31}), (Date{2024, 1, 1}));
  EXPECT_FALSE((Date{}).known());
  EXPECT_TRUE((Date{2024, 1, 1}).known());
}

}  // namespace
}  // namespace entente::base
