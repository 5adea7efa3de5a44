#include "lexicon/keds_dates.h"

#include "base/date.h"
#include "base/strings.h"

namespace entente::lexicon {

bool ParseKedsDate(std::string_view s, Date* out) {
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s)
    if (!base::IsAsciiDigit(c)) return false;
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
  if (d.year < 1 || !base::IsValid(d)) return false;
  *out = d;
  return true;
}

KedsRestriction ParseKedsRestriction(std::string_view rest, Date* from, Date* to) {
  if (!rest.empty() && (rest[0] == '<' || rest[0] == '>')) {
    Date d;
    if (!ParseKedsDate(rest.substr(1), &d)) return KedsRestriction::kBadDate;
    if (rest[0] == '<') {
      *from = Date{1, 1, 1};
      *to = d;
    } else {
      *from = d;
    }
    return KedsRestriction::kOk;
  }
  if (const size_t dash = rest.find('-'); dash != std::string_view::npos) {
    if (!ParseKedsDate(rest.substr(0, dash), from) || !ParseKedsDate(rest.substr(dash + 1), to)) {
      return KedsRestriction::kBadDate;
    }
    return *to < *from ? KedsRestriction::kEndBeforeStart : KedsRestriction::kOk;
  }
  return KedsRestriction::kNoOperator;
}

}  // namespace entente::lexicon
