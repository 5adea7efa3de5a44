// lexicon/keds_dates.h — date restrictions as the KEDS-family dictionaries (OEDA/PETRARCH and
// TABARI actor files) write them: `[CODE >YYMMDD]`, `[CODE <YYYYMMDD]`, `[CODE D1-D2]`.
#pragma once

#include <string_view>

#include "entente/event.h"

namespace entente::lexicon {

// YYMMDD (years 00-30 are 20xx, 31-99 19xx) or YYYYMMDD, a valid calendar date.
bool ParseKedsDate(std::string_view s, Date* out);

enum class KedsRestriction {
  kOk,
  kBadDate,          // a date that ParseKedsDate refuses
  kEndBeforeStart,   // D1-D2 with D2 < D1
  kNoOperator,       // none of <, > or -
};

// Reads `rest` (the text after the code, e.g. ">20240101"): sets *from and/or *to. "<D" ("before
// D") gets the known, very early start 0001-01-01 so that it sorts after, and wins over, an
// entry's undated fallback code.
KedsRestriction ParseKedsRestriction(std::string_view rest, Date* from, Date* to);

}  // namespace entente::lexicon
