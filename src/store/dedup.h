// store/dedup.h — the pieces of the deduplication rule (docs/STORE.md) that do not depend on a
// database: a document's outlet, a mention's matching window, the key hash and the match test.
// Used by both adapters (the SQLite one does the date match in SQL, with the same rule;
// tests/unit/store_test.cc runs the same suite on both and compares them).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "entente/event.h"

namespace entente::store::dedup {

// Stated ranges longer than this are capped for matching.
inline constexpr int kMaxRangeDays = 31;

// The outlet a document counts as for `sources`: its source, else its url's host, else itself.
inline std::string Outlet(const Document& doc) {
  if (!doc.source.empty()) return doc.source;
  std::string_view url = doc.url;
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find('/'));
    if (!url.empty()) return std::string(url);
  }
  return "doc:" + doc.id;
}

// The matching window of a mention: its stated range (capped), else its date +- 1 day.
struct Window {
  int lo, hi;
};
inline Window MentionWindow(int day, std::optional<int> end_day) {
  if (end_day && *end_day > day) return {day, std::min(*end_day, day + kMaxRangeDays)};
  return {day - 1, day + 1};
}

// FNV-1a 64 of the three codes (stored as a signed 64-bit integer): the dedup lookup key.
inline int64_t KeyHash(const std::string& source_code, const std::string& target_code, const std::string& cameo) {
  return static_cast<int64_t>(
      base::Fnv1a(cameo, base::Fnv1a(target_code + '\x1f', base::Fnv1a(source_code + '\x1f'))));
}

// Whether a mention (date `day`, window `w`) matches an event whose anchor has date
// `anchor_day` and window [window_lo, window_hi] (the codes are compared by the caller).
inline bool DatesMatch(int day, Window w, int anchor_day, int window_lo, int window_hi) {
  return (day >= window_lo && day <= window_hi) || (anchor_day >= w.lo && anchor_day <= w.hi);
}

}  // namespace entente::store::dedup
