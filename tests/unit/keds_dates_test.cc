// Date restrictions shared by the OEDA/PETRARCH and TABARI actor readers.
#include <gtest/gtest.h>

#include "base/date.h"
#include "lexicon/keds_dates.h"
#include "test_support.h"

namespace entente::lexicon {
namespace {

TEST(KedsDates, SixAndEightDigitDates) {
  Date d;
  ASSERT_TRUE(base::ParseCompactDate("240315", &d));
  EXPECT_EQ(d, (Date{2024, 3, 15}));
  ASSERT_TRUE(base::ParseCompactDate("990101", &d));
  EXPECT_EQ(d, (Date{1999, 1, 1}));
  ASSERT_TRUE(base::ParseCompactDate("19450508", &d));
  EXPECT_EQ(d, (Date{1945, 5, 8}));
  EXPECT_FALSE(base::ParseCompactDate("20240230", &d));  // no Feb 30
  EXPECT_FALSE(base::ParseCompactDate("2024031", &d));
  EXPECT_FALSE(base::ParseCompactDate("24-3-15", &d));
}

TEST(KedsDates, Restrictions) {
  Date from, to;
  EXPECT_EQ(ParseKedsRestriction(">20240101", &from, &to), KedsRestriction::kOk);
  EXPECT_EQ(from, (Date{2024, 1, 1}));
  from = to = Date{};
  EXPECT_EQ(ParseKedsRestriction("<150630", &from, &to), KedsRestriction::kOk);
  EXPECT_EQ(from, (Date{1, 1, 1}));
  EXPECT_EQ(to, (Date{2015, 6, 30}));
  EXPECT_EQ(ParseKedsRestriction("20100101-20121231", &from, &to), KedsRestriction::kOk);
  EXPECT_EQ(from, (Date{2010, 1, 1}));
  EXPECT_EQ(to, (Date{2012, 12, 31}));
  EXPECT_EQ(ParseKedsRestriction("20121231-20100101", &from, &to), KedsRestriction::kEndBeforeStart);
  EXPECT_EQ(ParseKedsRestriction(">2024", &from, &to), KedsRestriction::kBadDate);
  EXPECT_EQ(ParseKedsRestriction("20100101-x", &from, &to), KedsRestriction::kBadDate);
  EXPECT_EQ(ParseKedsRestriction("20240101", &from, &to), KedsRestriction::kNoOperator);
}

}  // namespace
}  // namespace entente::lexicon
