#include "lexicon/keds_dates.h"

#include "base/date.h"
#include "base/strings.h"

namespace entente::lexicon {

KedsRestriction ParseKedsRestriction(std::string_view rest, Date* from, Date* to) {
  if (!rest.empty() && (rest[0] == '<' || rest[0] == '>')) {
    Date d;
    if (!base::ParseCompactDate(rest.substr(1), &d)) return KedsRestriction::kBadDate;
    if (rest[0] == '<') {
      *from = Date{1, 1, 1};
      *to = d;
    } else {
      *from = d;
    }
    return KedsRestriction::kOk;
  }
  if (const size_t dash = rest.find('-'); dash != std::string_view::npos) {
    if (!base::ParseCompactDate(rest.substr(0, dash), from) || !base::ParseCompactDate(rest.substr(dash + 1), to)) {
      return KedsRestriction::kBadDate;
    }
    return *to < *from ? KedsRestriction::kEndBeforeStart : KedsRestriction::kOk;
  }
  return KedsRestriction::kNoOperator;
}

std::string DescribeKedsRestriction(KedsRestriction r, std::string_view group) {
  const std::string g = "'[" + std::string(group) + "]'";
  switch (r) {
    case KedsRestriction::kOk: return "";
    case KedsRestriction::kBadDate: return "bad date in " + g + " (YYMMDD or YYYYMMDD)";
    case KedsRestriction::kEndBeforeStart: return "end date before start date in " + g;
    case KedsRestriction::kNoOperator: return "date restriction needs <, > or - in " + g;
  }
  return "";
}

}  // namespace entente::lexicon
