#include "base/date.h"

#include <cstdio>

namespace entente::base {

// Howard Hinnant's civil-from-days algorithms (public domain description, own implementation).
int DaysFromCivil(Date d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const int mp = d.month + (d.month > 2 ? -3 : 9);
  const unsigned doy = static_cast<unsigned>((153 * mp + 2) / 5 + d.day - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Date CivilFromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{y + (m <= 2 ? 1 : 0), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(Date d) {
  const int days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return ((days % 7) + 7 + 3) % 7;
}

Date AddDays(Date d, int days) { return CivilFromDays(DaysFromCivil(d) + days); }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool IsValid(Date d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.year < 0 || d.month < 0 || d.day < 0 || !IsValid(d)) return std::nullopt;
  return d;
}

std::string FormatIsoDate(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

bool ParseCompactDate(std::string_view s, Date* out) {
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s)
    if (!(c >= '0' && c <= '9')) return false;
  auto num = [&](size_t off, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; ++i) v = v * 10 + (s[off + i] - '0');
    return v;
  };
  Date d;
  if (s.size() == 6) {
    const int yy = num(0, 2);
    d = Date{yy <= 30 ? 2000 + yy : 1900 + yy, num(2, 2), num(4, 2)};
  } else {
    d = Date{num(0, 4), num(4, 2), num(6, 2)};
  }
  if (d.year < 1 || !IsValid(d)) return false;
  *out = d;
  return true;
}

}  // namespace entente::base
