// analyze/trends.h — `entente trends`: cooperation between countries, recent vs baseline window,
// with a rate test per dyad and "axes" (groups of >= 3 states whose cooperation rose together).
// Statistics, the score and the axis rule: docs/ANALYSIS.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/stats.h"
#include "entente/status.h"
#include "store/store.h"

namespace entente::analyze {

// An inclusive range of event dates.
struct DateRange {
  Date from, to;
  int days() const;  // to - from + 1
};

// Parses "YYYY-MM-DD..YYYY-MM-DD" (from <= to); kInvalidArgument with the reason otherwise.
Result<DateRange> ParseDateRange(std::string_view text);

struct TrendOptions {
  DateRange recent, baseline;  // must not overlap
  bool weighted = false;       // rates and ratio from mentions instead of events (test: events)
  size_t max_axes = 20;
  size_t examples = 5;         // example events per axis
};

// Cooperative events (QuadClass 1 or 2) of one window.
struct WindowCount {
  int64_t events = 0;
  int64_t mentions = 0;
  double rate = 0;  // per day: events (or mentions when weighted) / days
};

// One undirected country pair (a < b) with at least one cooperative event in either window.
struct DyadTrend {
  std::string a, b;
  WindowCount recent, baseline;
  RateChange change;  // on event counts; change.ratio uses the weighted rates when asked
  double q = 1;       // Benjamini-Hochberg q-value of change.p over all dyads of the table
};

struct AxisExample {
  int64_t event_id = 0;
  Date date;
  std::string source, target, cameo;  // actor codes
  std::string sentence;               // the representative mention's sentence ("" when unknown)
};

// A group of >= 3 states: every pair cooperated in the recent window, the pairs' summed counts
// rose significantly after a Bonferroni correction for every group examined (p_adjusted < 0.05),
// and without its strongest pair the rest still rose (p < 0.05).
struct Axis {
  std::vector<std::string> members;  // sorted ISO3
  WindowCount recent, baseline;      // summed over the group's pairs
  RateChange change;
  double p_adjusted = 1;  // min(1, change.p * number of groups examined in the search)
  std::vector<std::pair<std::string, std::string>> dyads;
  std::vector<AxisExample> examples;
};

struct Trends {
  std::vector<DyadTrend> dyads;  // by score (desc), then p, then names
  std::vector<Axis> axes;        // by score (desc)
};

// Errors: kInvalidArgument for overlapping or inverted windows; the store's errors.
Result<Trends> ComputeTrends(store::EventStore& store, const TrendOptions& options);

}  // namespace entente::analyze
