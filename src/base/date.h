// base/date.h — calendar arithmetic on entente::Date (proleptic Gregorian).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "entente/event.h"

namespace entente::base {

// Days since 1970-01-01 (negative before). Requires a valid date.
int DaysFromCivil(Date d);
Date CivilFromDays(int days);
// 0 = Monday ... 6 = Sunday.
int Weekday(Date d);
Date AddDays(Date d, int days);
int DaysInMonth(int year, int month);
bool IsValid(Date d);

// Parses "YYYY-MM-DD" exactly; nullopt otherwise (also for impossible dates like 2023-02-30).
std::optional<Date> ParseIsoDate(std::string_view s);
// "YYYY-MM-DD".
std::string FormatIsoDate(Date d);
// The KEDS/TABARI compact dates: YYMMDD (YY <= 30 → 20YY, else 19YY) or YYYYMMDD, digits only,
// a valid calendar date; false otherwise.
bool ParseCompactDate(std::string_view s, Date* out);

}  // namespace entente::base
