// coder/dates.cc — explicit and relative date expressions, resolved against the document date.
#include <charconv>

#include "base/date.h"
#include "coder/coder.h"

namespace entente::coder {

namespace lx = lexicon;

namespace {

int MonthNumber(std::string_view w) {
  static const char* kPrefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (w[0] == kPrefixes[m][0] && w[1] == kPrefixes[m][1] && w[2] == kPrefixes[m][2]) return m + 1;
  }
  return 0;
}

int WeekdayNumber(std::string_view w) {
  // Every weekday name has 6 to 9 letters and ends in "day": most words fail that at once. The
  // rest are told apart by their first two letters, then compared whole once.
  if (w.size() < 6 || w.size() > 9 || !w.ends_with("day")) return -1;
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  int d = -1;
  switch (w[0]) {
    case 'm': d = 0; break;
    case 't': d = w[1] == 'u' ? 1 : 3; break;
    case 'w': d = 2; break;
    case 'f': d = 4; break;
    case 's': d = w[1] == 'a' ? 5 : 6; break;
    default: return -1;
  }
  return w == kDays[d] ? d : -1;
}

// The most recent (month, day) on or before `ref` (or the next on/after it when `future`).
Date Anchor(int month, int day, Date ref, bool future, int year = 0) {
  if (year) return Date{year, month, std::min(day, base::DaysInMonth(year, month))};
  // Choose the year first (comparing month/day), then clamp: "Feb. 29" written in March 2025
  // is 2024-02-29.
  int y = ref.year;
  const bool after_ref = month > ref.month || (month == ref.month && day > ref.day);
  const bool before_ref = month < ref.month || (month == ref.month && day < ref.day);
  if (!future && after_ref) y -= 1;
  if (future && before_ref) y += 1;
  if (month == 2 && day == 29) {
    // The most recent (or next) leap year.
    while (base::DaysInMonth(y, 2) != 29) y += future ? 1 : -1;
  }
  return Date{y, month, std::min(day, base::DaysInMonth(y, month))};
}

}  // namespace

// (coder.h; the coder tests it once per word at load, PatternStyles::date_start.) A switch on
// the length, so that a word costs one or two comparisons rather than a dozen.
bool MayStartRelativeDate(std::string_view w) {
  switch (w.size()) {
    case 1: return w[0] == 'a';
    case 3: return Is(w, "one") || Is(w, "two") || Is(w, "six") || Is(w, "ten");
    case 4: return Is(w, "last") || Is(w, "next") || Is(w, "four") || Is(w, "five") || Is(w, "nine") || Is(w, "that") ||
                   Is(w, "same") || Is(w, "this");
    case 5: return Is(w, "three") || Is(w, "seven") || Is(w, "eight") || Is(w, "hours") || Is(w, "later");
    case 7: return Is(w, "earlier");
    case 8: return Is(w, "previous");
    case 9: return Is(w, "following");
    default: return false;
  }
}

int SmallNumber(std::string_view s, int max) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 1 || v > max) return 0;
  return v;
}

int CountWordValue(std::string_view w) {
  if (w.size() < 3 || w.size() > 6) return 0;
  char b[6];
  for (size_t k = 0; k < w.size(); ++k) b[k] = base::AsciiLower(w[k]);
  const std::string_view l(b, w.size());
  // (By length, each word compared as Is does.)
  switch (l.size()) {
    case 3:
      return Is(l, "one") ? 1 : Is(l, "two") ? 2 : Is(l, "six") ? 6 : Is(l, "ten") ? 10 : 0;
    case 4:
      return Is(l, "four") ? 4 : Is(l, "five") ? 5 : Is(l, "nine") ? 9 : 0;
    case 5:
      return Is(l, "three") ? 3 : Is(l, "seven") ? 7 : Is(l, "eight") ? 8 : 0;
    default:
      return Is(l, "eleven") ? 11 : Is(l, "twelve") ? 12 : 0;
  }
}

DateRange Coder::FindDate(std::string_view text, const Analysis& a, uint32_t sb, uint32_t se,
                          Date doc, bool future, bool outside_relative) const {
  DateRange r;
  r.start = doc;
  // (A token's id is in range. The tokens and the word table through pointers taken once.)
  const Tok* const toks = a.toks.data();
  const lx::Str* const word_strs = lx_.word_strs();
  const char* const word_pool = lx_.word_pool();
  auto word = [word_strs, word_pool, toks](uint32_t i) {
    const lx::Str w = word_strs[toks[i].word];
    return std::string_view(word_pool + w.off, w.len);
  };
  auto tok = [&](uint32_t i) { return TokenText(text, toks[i]); };
  auto is_range_sep = [&](uint32_t i) {
    const std::string_view w = tok(i);
    return Is(w, "to") || Is(w, "-") || Is(w, "\xE2\x80\x93") || Is(w, "through") || Is(w, "until") ||
           Is(w, "and");
  };
  // (Most tokens: no date starts there, as the tests in the loop find one by one.)
  const uint8_t* const date_start = styles_->date_start.data();  // (an entry for every word id)
  // (A month, weekday or relative-time word has PatternStyles::kDateWord.)
  auto cannot_start = [date_start](const Tok& t) { return !(t.tflags & text::kNumber) && !date_start[t.word]; };
  for (uint32_t i = sb; i < se; ++i) {
    {
      // (Passed over in a loop of their own: in the loop below, with its many paths, the
      // compiler reloads the token array and the table for each token.)
      // (Four tokens per test first, through a pointer, as in MarkSkips: date starts are rare.)
      const Tok* p = toks + i;
      const Tok* const end = toks + se;
      while (end - p >= 4 && !((p[0].tflags | p[1].tflags | p[2].tflags | p[3].tflags) & text::kNumber) &&
             !(date_start[p[0].word] | date_start[p[1].word] | date_start[p[2].word] | date_start[p[3].word])) {
        p += 4;
      }
      while (p < end && cannot_start(*p)) ++p;
      if (p == end) break;
      i = static_cast<uint32_t>(p - toks);
    }
    const Tok& t = a.toks[i];
    if (outside_relative && a.skip[i] == 2) continue;
    // ("a 30-day ceasefire starting on Monday", "effective Monday": when something else is to
    // start, not when this happened.)
    {
      const uint32_t b = i > sb && Is(word(i - 1), "on") ? i - 1 : i;
      if (b > sb && (Is(word(b - 1), "starting") || Is(word(b - 1), "beginning") || Is(word(b - 1), "effective"))) continue;
    }
    // "over the weekend", "at the weekend", "last weekend": the most recent Saturday and Sunday
    // (for "last", before this week's); "this weekend", "next weekend": this week's or next.
    if (i > sb && TokenIs(text, t, "weekend")) {
      const std::string_view prev = word(i - 1);
      const int wd = base::Weekday(doc);  // (Monday 0 .. Sunday 6)
      const Date monday = base::AddDays(doc, -wd);
      Date saturday{};
      bool found = true;
      if (Is(prev, "this")) {
        saturday = base::AddDays(monday, 5);
      } else if (Is(prev, "next")) {
        saturday = base::AddDays(monday, 12);
      } else if (Is(prev, "last")) {
        saturday = base::AddDays(monday, -2);
      } else if (Is(prev, "the") && i > sb + 1 &&
                 (Is(word(i - 2), "over") || Is(word(i - 2), "at") || Is(word(i - 2), "during") || Is(word(i - 2), "on"))) {
        saturday = base::AddDays(doc, -((wd - 5 + 7) % 7));
      } else {
        found = false;
      }
      if (found) {
        r.start = saturday;
        r.end = base::AddDays(saturday, 1);
        r.explicit_ = true;
        r.tok = i;
        return r;
      }
    }
    // Only numbers, month and weekday names and relative-time words can start a date.
    if (!(t.tflags & text::kNumber) && !(t.wflags & (lx::kMonth | lx::kWeekday | lx::kRelTime))) {
      if (t.word == lx::kUnknownWord) continue;
      if (!styles_->relative_date_start(t.word)) continue;  // what the test below rejects, sooner
      const std::string_view w = word(i);
      const std::string_view next_word = i + 1 < se ? word(i + 1) : std::string_view();
      // ("last", "next", ...; "a day", "one day"; "two days", "a week"): the unit is tested first,
      // as it rarely follows.
      const bool unit_next = Is(next_word, "day") || Is(next_word, "days") || Is(next_word, "week") || Is(next_word, "weeks");
      const int count_value = unit_next ? CountWordValue(w) : 0;
      const bool count_word = unit_next && (Is(w, "a") || (count_value >= 1 && count_value <= 10));
      const bool that_day = (Is(w, "that") || Is(w, "same")) && Is(next_word, "day");
      const bool this_span = Is(w, "this") && (Is(next_word, "week") || Is(next_word, "month"));
      const bool hours_later = Is(w, "hours") && (Is(next_word, "later") || Is(next_word, "earlier"));
      const bool in_the_day = (Is(w, "earlier") || Is(w, "later")) && Is(next_word, "in");
      if (!count_word && !that_day && !this_span && !hours_later && !in_the_day && !Is(w, "last") && !Is(w, "next") &&
          !Is(w, "following") && !Is(w, "previous")) {
        continue;
      }
    }
    // ISO date: 2024-10-28
    if ((t.tflags & text::kNumber) && t.end - t.begin == 4 && i + 4 < se &&
        TokenIs(text, a.toks[i + 1], "-") && TokenIs(text, a.toks[i + 3], "-")) {
      std::string iso(tok(i));
      iso += "-";
      iso += tok(i + 2);
      iso += "-";
      iso += tok(i + 4);
      if (auto d = base::ParseIsoDate(iso)) {
        r.start = *d;
        r.explicit_ = true;
      r.tok = i;
        return r;
      }
    }
    // Month Day[, Year] [to [Month] Day]   /   Day Month [Year]
    int month = 0, day = 0, year = 0;
    uint32_t next = i;
    if ((t.wflags & lx::kMonth) && (t.tflags & text::kCapitalized)) {
      month = MonthNumber(word(i));
      uint32_t j = i + 1;
      if (j < se && TokenIs(text, a.toks[j], ".")) ++j;
      if (j < se && (a.toks[j].tflags & text::kNumber)) {
        day = SmallNumber(tok(j), 31);
        next = j + 1;
      }
    } else if ((t.tflags & text::kNumber) && i + 1 < se && (a.toks[i + 1].wflags & lx::kMonth) &&
               (a.toks[i + 1].tflags & text::kCapitalized)) {
      day = SmallNumber(tok(i), 31);
      month = MonthNumber(word(i + 1));
      next = i + 2;
      if (next < se && TokenIs(text, a.toks[next], ".")) ++next;
    }
    // ("near the May 13 Square", "the October 6 Bridge", "the July 26 Movement": a date that
    // names a place, a street or a movement is no date of the event.)
    if (month && day && next < se && (a.toks[next].tflags & text::kCapitalized) &&
        IsAny(tok(next), "Square", "Street", "Avenue", "Bridge", "Stadium", "Movement", "Road", "Boulevard", "Park",
              "Plaza", "Memorial", "Monument", "University", "Hospital", "Mosque", "Airport", "Brigade", "Uprising",
              "Revolution", "Front", "Coalition", "Alliance", "Group", "Agreement", "Accords")) {
      continue;
    }
    if (month && day) {
      uint32_t j = next;
      if (j + 1 < se && TokenIs(text, a.toks[j], ",") && (a.toks[j + 1].tflags & text::kNumber) &&
          a.toks[j + 1].end - a.toks[j + 1].begin == 4) {
        year = SmallNumber(tok(j + 1), 2100);
        j += 2;
      } else if (j < se && (a.toks[j].tflags & text::kNumber) && a.toks[j].end - a.toks[j].begin == 4) {
        year = SmallNumber(tok(j), 2100);
        j += 1;
      } else if (j + 1 < se && Is(tok(j + 1), "year") && (Is(tok(j), "last") || Is(tok(j), "this") || Is(tok(j), "next"))) {
        // ("on Oct. 23 last year")
        year = doc.year + (Is(tok(j), "last") ? -1 : Is(tok(j), "next") ? 1 : 0);
        j += 2;
      }
      r.start = Anchor(month, day, doc, future, year);
      r.explicit_ = true;
      r.tok = i;
      // Range: "Oct. 28 to 30", "Oct. 28-30", "Oct. 28 to Nov. 2"
      if (j + 1 < se && is_range_sep(j)) {
        uint32_t k = j + 1;
        int end_month = month;
        if ((a.toks[k].wflags & lx::kMonth) && (a.toks[k].tflags & text::kCapitalized)) {
          end_month = MonthNumber(word(k));
          ++k;
          if (k < se && TokenIs(text, a.toks[k], ".")) ++k;
        }
        if (k < se && (a.toks[k].tflags & text::kNumber)) {
          if (int end_day = SmallNumber(tok(k), 31); end_day) {
            const int end_year = r.start.year + (end_month < month ? 1 : 0);
            Date e{end_year, end_month, std::min(end_day, base::DaysInMonth(end_year, end_month))};
            if (e > r.start) r.end = e;
          }
        }
      }
      return r;
    }
    // A past year alone: "In 1979, China invaded Vietnam" → that whole year. (The document's own
    // year says nothing the document date does not.)
    // ("in early 2024", "in late 2023": the whole year too.)
    const bool part_of_year = i > sb + 1 && Is(word(i - 2), "in") &&
                              (Is(tok(i - 1), "early") || Is(tok(i - 1), "late") || Is(tok(i - 1), "mid"));
    if ((t.tflags & text::kNumber) && t.end - t.begin == 4 && i > sb &&
        (Is(word(i - 1), "in") || Is(word(i - 1), "during") || part_of_year)) {
      const int y = SmallNumber(tok(i), 2100);
      if (y >= 1900 && y < doc.year) {
        r.start = Date{y, 1, 1};
        r.end = Date{y, 12, 31};
        r.explicit_ = true;
        r.vague = true;
        r.tok = i;
        return r;
      }
    }
    // A month alone: "in July", "last March", "in July 2024" → the whole month, the most
    // recent one (the next one for future events; the current month is itself).
    if (month && !day && i > sb) {
      // ("in mid-October": the word before the hyphen)
      const uint32_t b = i >= sb + 2 && Is(tok(i - 1), "-") ? i - 2 : i - 1;
      const std::string_view before = word(b);
      // ("mid" and "late" are not in the lexicon: their text.)
      const bool mid_or_late = Is(tok(b), "mid") || Is(tok(b), "Mid") || Is(tok(b), "late") || Is(tok(b), "Late");
      const bool year_follows = i + 1 < se && (a.toks[i + 1].tflags & text::kNumber) &&
                                a.toks[i + 1].end - a.toks[i + 1].begin == 4;
      if (Is(before, "in") || Is(before, "last") || Is(before, "during") || Is(before, "early") || mid_or_late ||
          Is(before, "next") || year_follows) {
        int y = year_follows ? SmallNumber(tok(i + 1), 2100) : 0;
        if (!y) {
          const bool ahead = future || Is(before, "next");
          y = doc.year;
          if (ahead && month < doc.month) ++y;
          if (!ahead && month > doc.month) --y;
          if (Is(before, "last") && month == doc.month) --y;
          if (Is(before, "next") && month == doc.month) ++y;
        }
        if (y) {
          r.start = Date{y, month, 1};
          r.end = Date{y, month, base::DaysInMonth(y, month)};
          r.explicit_ = true;
          r.vague = true;
          r.tok = i;
          return r;
        }
      }
    }
    // Weekdays: "on Monday" → the most recent Monday (the next one for future events).
    if (int wd = WeekdayNumber(word(i)); wd >= 0 && (t.tflags & text::kCapitalized)) {
      // ("a ceasefire starting on Monday", "ready to observe a truce from Monday", "until
      // Friday": when something is to begin or end, not when any act was.)
      const std::string_view before = i > sb ? word(i - 1) : std::string_view();
      const bool range_follows = i + 2 < se && is_range_sep(i + 1);
      if (Is(before, "until") || Is(before, "till") || Is(before, "starting") || Is(before, "effective") ||
          (Is(before, "from") && !range_follows) ||
          (Is(before, "on") && i >= sb + 2 && (Is(word(i - 2), "starting") || Is(word(i - 2), "effective")))) {
        continue;
      }
      const int today = base::Weekday(doc);
      // "next Monday" is always ahead; otherwise past unless the event is in the future.
      const bool ahead = future || (i > sb && Is(word(i - 1), "next"));
      int delta = ahead ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
      if (ahead && delta == 0 && i > sb && Is(word(i - 1), "next")) delta = 7;
      r.start = base::AddDays(doc, delta);
      r.explicit_ = true;
      r.tok = i;
      // "on Monday and Tuesday", "from Monday to Wednesday": the second day ends the range.
      if (i + 2 < se && is_range_sep(i + 1) && (a.toks[i + 2].tflags & text::kCapitalized)) {
        if (const int wd2 = WeekdayNumber(word(i + 2)); wd2 >= 0 && wd2 != wd) {
          const int span = (wd2 - wd + 7) % 7;
          if (ahead || delta + span <= 0) r.end = base::AddDays(r.start, span);
        }
      }
      return r;
    }
    const std::string_view w = word(i);
    const std::string_view w2 = i + 1 < se ? word(i + 1) : std::string_view();
    if (Is(w, "yesterday")) {
      r.start = base::AddDays(doc, -1);
      r.explicit_ = true;
      r.tok = i;
      return r;
    }
    if (Is(w, "tomorrow")) {
      r.start = base::AddDays(doc, 1);
      r.explicit_ = true;
      r.tok = i;
      return r;
    }
    // "two days later", "three days earlier", "a week later", "10 days later": counted from the
    // paragraph's (else the story's) last stated date.
    {
      int count = Is(w, "a") && (Is(w2, "week") || Is(w2, "weeks")) ? 1 : 0;
      if (const int v = CountWordValue(w); v >= 1 && v <= 10) count = v;
      if (!count && (t.tflags & text::kNumber)) count = SmallNumber(tok(i), 60);
      const std::string_view w3 = i + 2 < se ? word(i + 2) : std::string_view();
      const int unit = Is(w2, "days") || Is(w2, "day") ? 1 : Is(w2, "weeks") || Is(w2, "week") ? 7 : 0;
      // ("two weeks ago", "three days ago": before the document's date.)
      if (count > 0 && unit > 0 && i + 2 < se && Is(tok(i + 2), "ago")) {
        r.start = base::AddDays(doc, -count * unit);
        r.explicit_ = true;
        r.tok = i;
        return r;
      }
      if (count > 0 && unit > 0 && (Is(w3, "later") || Is(w3, "earlier")) && (a.paragraph_date.explicit_ || a.story_date.explicit_)) {
        const Date base = a.paragraph_date.explicit_ ? a.paragraph_date.start : a.story_date.start;
        r.start = base::AddDays(base, (Is(w3, "later") ? 1 : -1) * count * unit);
        r.explicit_ = true;
        r.tok = i;
        return r;
      }
    }
    // "the next day", "the following day", "a day later", "the previous day", "a day earlier":
    // relative to the date the paragraph last stated, else the story did (else the document date).
    {
      const std::string_view w3 = i + 2 < se ? word(i + 2) : std::string_view();
      int shift = 0;
      // ("later that day", "the same day", "hours later": the date just stated.)
      // ("earlier in the day", "later in the day")
      const bool same_day = ((Is(w, "that") || Is(w, "same")) && Is(w2, "day")) ||
                            (Is(w, "hours") && (Is(w2, "later") || Is(w2, "earlier"))) ||
                            ((Is(w, "earlier") || Is(w, "later")) && Is(w2, "in") && Is(w3, "the") && i + 3 < se &&
                             Is(word(i + 3), "day"));
      if ((Is(w, "next") || Is(w, "following")) && Is(w2, "day")) shift = 1;
      else if (Is(w, "previous") && Is(w2, "day")) shift = -1;
      else if ((Is(w, "a") || Is(w, "one")) && Is(w2, "day") && (Is(w3, "later") || Is(w3, "earlier"))) shift = Is(w3, "later") ? 1 : -1;
      if (shift != 0 || (same_day && (a.paragraph_date.explicit_ || a.story_date.explicit_))) {
        // (the paragraph's date, else the story's last: "A day earlier, the United States ...")
        const Date base = a.paragraph_date.explicit_ ? a.paragraph_date.start
                          : a.story_date.explicit_   ? a.story_date.start
                                                     : doc;
        r.start = base::AddDays(base, shift);
        r.explicit_ = true;
        r.tok = i;
        return r;
      }
    }
    // "this week", "earlier this month": from the week's Monday or the month's first day to the
    // document's date (for an intention, "later this month": from it to the end).
    if (Is(w, "this") && (Is(w2, "week") || Is(w2, "month"))) {
      const Date first = Is(w2, "week") ? base::AddDays(doc, -base::Weekday(doc)) : Date{doc.year, doc.month, 1};
      const Date last = Is(w2, "week") ? base::AddDays(first, 6) : Date{doc.year, doc.month, base::DaysInMonth(doc.year, doc.month)};
      r.start = future ? doc : first;
      r.end = future ? last : doc;
      if (r.start == *r.end) r.end.reset();
      r.explicit_ = true;
      r.vague = true;
      r.tok = i;
      return r;
    }
    // ("ahead of next month's parliamentary elections": a possessive date names when what
    // follows is, not when the clause's act was.)
    if (Is(w, "next") && (Is(w2, "week") || Is(w2, "month")) && i + 2 < se &&
        ((a.toks[i + 1].tflags & text::kPossessive) || Is(tok(i + 2), "'s") || Is(tok(i + 2), "\xE2\x80\x99s"))) {
      continue;
    }
    if ((Is(w, "last") || Is(w, "next")) && (Is(w2, "week") || Is(w2, "month"))) {
      const int sign = Is(w, "last") ? -1 : 1;
      if (Is(w2, "week")) {
        const Date monday = base::AddDays(doc, -base::Weekday(doc) + 7 * sign);
        r.start = monday;
        r.end = base::AddDays(monday, 6);
      } else {
        int y = doc.year, m = doc.month + sign;
        if (m == 0) m = 12, --y;
        if (m == 13) m = 1, ++y;
        r.start = Date{y, m, 1};
        r.end = Date{y, m, base::DaysInMonth(y, m)};
      }
      r.explicit_ = true;
      r.tok = i;
      return r;
    }
  }
  return r;
}

}  // namespace entente::coder
