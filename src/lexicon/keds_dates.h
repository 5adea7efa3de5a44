// lexicon/keds_dates.h — date restrictions as the KEDS-family dictionaries (OEDA/PETRARCH and
// TABARI actor files) write them: `[CODE >YYMMDD]`, `[CODE <YYYYMMDD]`, `[CODE D1-D2]`.
#pragma once

#include <string>
#include <string_view>

#include "entente/event.h"

namespace entente::lexicon {

enum class KedsRestriction {
  kOk,
  kBadDate,          // a date that base::ParseCompactDate refuses
  kEndBeforeStart,   // D1-D2 with D2 < D1
  kNoOperator,       // none of <, > or -
};

// Reads `rest` (the text after the code, e.g. ">20240101"): sets *from and/or *to. "<D" ("before
// D") gets the known, very early start 0001-01-01 so that it sorts after, and wins over, an
// entry's undated fallback code.
KedsRestriction ParseKedsRestriction(std::string_view rest, Date* from, Date* to);

// The reader's message for a refused restriction in the code group `group` (the text between
// '[' and ']'), e.g. "bad date in '[ARN >991350]' (YYMMDD or YYYYMMDD)"; "" for kOk.
std::string DescribeKedsRestriction(KedsRestriction r, std::string_view group);

}  // namespace entente::lexicon
