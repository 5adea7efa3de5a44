// analyze/dyads.h — `entente dyads`: events per dyad and interval (schema: docs/ANALYSIS.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entente/status.h"
#include "store/store.h"

namespace entente::analyze {

enum class Interval { kWeek, kMonth, kQuarter, kYear };
enum class DyadLevel { kCountry, kActor };

// "week" | "month" | "quarter" | "year" → the interval; nullopt otherwise.
std::optional<Interval> ParseInterval(const std::string& s);

// The interval containing a day (days since 1970-01-01). Weeks run Monday to Sunday and are
// labelled by their Monday ("2025-01-06"); months "2025-01", quarters "2025-Q1", years "2025".
struct Period {
  int start = 0, end = 0;  // first and last day, inclusive
  std::string label;
};
Period PeriodOf(int day, Interval interval);
// The first day of PeriodOf(day, interval), without building its label.
int PeriodStart(int day, Interval interval);

// What to aggregate.
struct DyadOptions {
  Interval interval = Interval::kMonth;
  DyadLevel level = DyadLevel::kCountry;
  std::optional<Date> from, to;  // event dates, inclusive
};

// One undirected dyad (a < b) in one interval. Events with no target, without a country (at the
// country level) or with a == b are not part of any dyad.
struct DyadPeriod {
  std::string a, b;
  Period period;
  int64_t events = 0;
  int64_t a_to_b = 0, b_to_a = 0;      // directed counts (source → target)
  int64_t quad[4] = {0, 0, 0, 0};       // QuadClass 1..4 at index 0..3
  int64_t mentions = 0;                 // mention-weighted count (sum of the events' mentions)
  int64_t quad_mentions[4] = {0, 0, 0, 0};
  std::vector<int64_t> plover;  // events per PLOVER type, as DyadTable::plover_types (01/02 have none)
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / static_cast<double>(events) : 0; }
};

struct DyadTable {
  std::vector<std::string> plover_types;  // the PLOVER types seen, sorted by name
  std::vector<DyadPeriod> rows;           // sorted by (a, b, period start)
};

// Scans the store once (Scan, no provenance) and aggregates.
// Errors: the store's (unreadable database) or kInvalidArgument for from > to.
Result<DyadTable> ComputeDyads(store::EventStore& store, const DyadOptions& options);

}  // namespace entente::analyze
