// analyze/report.h — `entente report`: a briefing on one window of the event store. It gathers,
// without printing anything, what the command line renders as Markdown or HTML: the emerging
// axes and the most rising and falling dyads (from ComputeTrends, with example events), the first
// recorded leader-level visits between two states, and conflict hot spots. Definitions and
// limits: docs/ANALYSIS.md ("Report").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyze/blocs.h"
#include "analyze/stats.h"
#include "analyze/trends.h"
#include "entente/status.h"
#include "store/store.h"

namespace entente::analyze {

struct ReportOptions {
  DateRange window;                   // the period the briefing is about (inclusive)
  std::optional<DateRange> baseline;  // default: the window's length right before it
  size_t top_dyads = 8;               // rising and falling dyads listed (each)
  size_t examples = 3;                // example events per axis and per listed dyad
  size_t hot_spots = 10;              // countries listed; conflict dyads: half as many
  size_t locations = 8;               // conflict locations listed
  size_t max_firsts = 30;             // first visits listed (the earliest first)
  bool blocs = true;                  // run ComputeBlocs on the window (country level)
  int bloc_null_runs = 99;            // BlocOptions::null_runs
  uint64_t seed = 1;                  // BlocOptions::seed
};

// The baseline used when none is given: the `window.days()` days ending the day before the
// window starts (so rates compare like with like, and the window's own history is the yardstick).
DateRange PrecedingWindow(const DateRange& window);

// One stored event quoted as evidence: its representative mention's sentence and outlet.
struct ExampleEvent {
  int64_t event_id = 0;
  Date date;
  std::string source, target;  // actor codes
  std::string source_text, target_text;
  std::string cameo;
  int quad_class = 0;
  int mentions = 0;
  std::string sentence;  // "" when unknown
  std::string outlet;    // the representative mention's document source ("" when unknown)
  std::string url;
};

struct ReportAxis {
  Axis axis;  // as ComputeTrends returned it (its AxisExample list included)
  std::vector<ExampleEvent> examples;  // the same events with outlet and actor words
};

// A dyad of the trends table with evidence. Rising dyads quote the window's most mentioned
// cooperative events; falling dyads the baseline's (the cooperation that thinned out).
struct ReportDyad {
  DyadTrend trend;
  std::vector<ExampleEvent> examples;
};

// A bloc of the window (ComputeBlocs, country level) with evidence: the window's most reported
// cooperative event of each of its strongest ties (up to `examples` ties).
struct ReportBloc {
  Bloc bloc;
  std::vector<ExampleEvent> examples;
};

// A conflict tie between two blocs with the window's most reported conflict event of the pair.
struct ReportRivalry {
  Rivalry rivalry;
  std::vector<ExampleEvent> examples;
};

// The first recorded visit by a leader or foreign minister of `visitor` to `host` (ISO3) in the
// whole store, listed when it falls inside the window. A visit is CAMEO 042 (source visits
// target) with the visitor as source, or 043 (source hosts target) with the visitor as target;
// the visitor's actor code has the government sector (GOV) and its words do not name a lower
// office (delegation, envoy, ambassador, embassy, official, deputy, ...). See docs/ANALYSIS.md.
struct FirstVisit {
  std::string visitor, host;
  ExampleEvent event;
  int64_t earlier_lower_visits = 0;  // earlier GOV visits of the pair excluded as lower office
};

struct CodeCount {
  std::string cameo;
  int64_t events = 0;
};

// Conflict (QuadClass 3 or 4) involving one country (`b` empty) or one undirected dyad (a < b).
// An event counts once for each distinct country on its two sides.
struct HotSpot {
  std::string a, b;
  int64_t recent = 0, baseline = 0;      // events in the window / in the baseline
  int64_t recent_material = 0;           // QuadClass 4 among `recent`
  RateChange change;                     // recent vs baseline rate (per day)
  std::vector<CodeCount> top_codes;      // the window's most frequent CAMEO codes (up to 3)
};

struct LocationCount {
  std::string name, country;
  int64_t events = 0;
};

struct Report {
  DateRange window, baseline;
  bool baseline_default = true;  // the baseline is PrecedingWindow(window)
  // Events dated in the window / baseline, all and by QuadClass 1..4 (index 0..3).
  int64_t window_events = 0, baseline_events = 0;
  int64_t window_quad[4] = {0, 0, 0, 0};
  size_t dyads_compared = 0;  // country pairs in the trends table
  std::vector<ReportAxis> axes;
  bool blocs_computed = false;  // false when options.blocs is off
  BlocResult bloc_summary;      // ComputeBlocs' result without its blocs and rivalries
  std::vector<ReportBloc> blocs;
  std::vector<ReportRivalry> rivalries;
  std::vector<ReportDyad> rising;   // score > 0, by score (desc)
  std::vector<ReportDyad> falling;  // score < 0, by score (asc: the steepest fall first)
  std::vector<FirstVisit> firsts;   // by date, then visitor, host
  size_t firsts_total = 0;          // firsts in the window before the max_firsts cut
  std::optional<Date> first_event;  // the store's earliest event date (up to the window's end)
  std::vector<HotSpot> hot_countries;  // by recent conflict events (desc), then name
  std::vector<HotSpot> hot_dyads;
  std::vector<LocationCount> conflict_locations;  // material conflict (QuadClass 4) in the window
  int64_t material_conflict_events = 0;           // QuadClass 4 events in the window
  int64_t located_material_conflict = 0;          // ... of which have a stored location
};

// Computes the briefing. Reads the store with Scan and Query only.
// Errors: kInvalidArgument for an inverted window or a baseline overlapping it; the store's
// errors (unreadable database).
Result<Report> ComputeReport(store::EventStore& store, const ReportOptions& options);

// True when actor words name an office below leader or foreign minister ("delegation",
// "deputy foreign minister", "ambassador", ...). Exposed for tests.
bool NamesLowerOffice(std::string_view actor_text);

}  // namespace entente::analyze
