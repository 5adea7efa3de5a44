// `entente report`'s computation (analyze/report.h) on small hand-made stores: first leader-level
// visits inside and before the window, conflict hot spots and their order, locations of
// material conflict, and axes/dyads that agree with ComputeTrends.
#include <cmath>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "analyze/report.h"
#include "analyze/trends.h"
#include "base/date.h"
#include "store/sqlite_store.h"
#include "test_support.h"

namespace entente::analyze {
namespace {

using testing_support::TempDir;

Date D(const char* iso) { return *base::ParseIsoDate(iso); }
int Day(const char* iso) { return base::DaysFromCivil(D(iso)); }

// One event to plant: full actor codes (country + sector), the actor words, CAMEO code and QuadClass.
struct Planted {
  std::string source, target;  // actor codes, e.g. "PRKGOV", "BLR"; target may be ""
  std::string cameo;
  int quad = 1;
  Date date;
  std::string source_text = "someone", target_text = "someone else";
};

// "PRKGOV" → country PRK, sector GOV; organisations ("IGOUNO") have no country.
Actor ActorOf(const std::string& text, const std::string& code) {
  if (code.rfind("IGO", 0) == 0) return Actor{text, code, "", ""};
  return Actor{text, code, code.substr(0, 3), code.size() > 3 ? code.substr(3, 3) : ""};
}

// Builds a store through the store API, one document per event (outlet "Wire").
class StoreBuilder {
 public:
  void Add(const Planted& p, const std::string& location = "", const std::string& location_country = "") {
    const std::string id = "r" + std::to_string(docs_.size());
    Document doc;
    doc.id = id;
    doc.text = "text of " + id;
    doc.date = p.date;
    doc.source = "Wire";
    Event e;
    e.doc_id = id;
    e.date = p.date;
    e.source = ActorOf(p.source_text, p.source);
    if (!p.target.empty()) e.target = ActorOf(p.target_text, p.target);
    e.cameo = p.cameo;
    e.plover = p.quad <= 2 ? "CONSULT" : "ASSAULT";
    e.quad_class = p.quad;
    e.goldstein = p.quad <= 2 ? 3.0 : -8.0;
    if (!location.empty()) e.location = Location{location, location_country, 0, 0};
    e.evidence = Evidence{p.source_text + " and " + p.target_text + " in " + id + ".", "met", "verb", 0, 10};
    docs_.push_back(std::move(doc));
    events_.push_back({std::move(e)});
  }
  // A cooperative (quad 1) or conflict event between two countries with codes unique per event,
  // so that deduplication never merges two planted events.
  void Simple(const std::string& a, const std::string& b, int quad, int day, const std::string& cameo = "") {
    std::string tag = std::to_string(docs_.size());
    tag.insert(tag.begin(), 'X');
    Add({a + tag, b.empty() ? "" : b + tag, cameo.empty() ? (quad <= 2 ? "040" : "190") : cameo, quad, base::CivilFromDays(day), "someone", "someone else"});
  }
  std::unique_ptr<store::EventStore> Build(const std::string& path) {
    auto opened = store::OpenSqliteStore(path);
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    std::vector<store::CodedDocument> batch;
    for (size_t i = 0; i < docs_.size(); ++i) batch.push_back({&docs_[i], &events_[i]});
    const Status s = opened.value()->Ingest(batch, nullptr);
    EXPECT_TRUE(s.ok()) << s.message();
    return std::move(opened.value());
  }

 private:
  std::vector<Document> docs_;
  std::vector<std::vector<Event>> events_;
};

ReportOptions Year2025() {
  ReportOptions o;
  o.window = {D("2025-01-01"), D("2025-12-31")};
  o.blocs = false;
  return o;
}

TEST(Report, PrecedingWindowHasTheSameLength) {
  const DateRange w{D("2025-01-01"), D("2025-12-31")};
  const DateRange b = PrecedingWindow(w);
  EXPECT_EQ(b.to, D("2024-12-31"));
  EXPECT_EQ(b.days(), w.days());
  EXPECT_EQ(b.from, D("2024-01-02"));  // 2024 is a leap year
  const DateRange one = PrecedingWindow({D("2025-03-01"), D("2025-03-01")});
  EXPECT_EQ(one.from, D("2025-02-28"));
  EXPECT_EQ(one.to, D("2025-02-28"));
}

TEST(Report, LowerOffices) {
  EXPECT_TRUE(NamesLowerOffice("Deputy Foreign Minister Andrei Rudenko"));
  EXPECT_TRUE(NamesLowerOffice("a Russian delegation"));
  EXPECT_TRUE(NamesLowerOffice("the trade minister"));
  EXPECT_TRUE(NamesLowerOffice("a diplomat"));
  EXPECT_TRUE(NamesLowerOffice("US Ambassador"));
  EXPECT_TRUE(NamesLowerOffice("Russian officials"));
  EXPECT_TRUE(NamesLowerOffice("Vice President JD Vance"));
  EXPECT_FALSE(NamesLowerOffice("North Korean Foreign Minister Choe Son-hui"));
  EXPECT_FALSE(NamesLowerOffice("Belarusian Prime Minister Alexander Turchin"));
  EXPECT_FALSE(NamesLowerOffice("Russia's top diplomat"));
  EXPECT_FALSE(NamesLowerOffice("the minister of foreign affairs"));
  EXPECT_FALSE(NamesLowerOffice("Vladimir Putin"));
  EXPECT_FALSE(NamesLowerOffice("his"));  // a pronoun: the coder resolved it to a GOV person
  EXPECT_FALSE(NamesLowerOffice("Secretary of State Marco Rubio"));
}

TEST(Report, FirstVisitsInsideTheWindowOnly) {
  TempDir tmp;
  StoreBuilder b;
  // PRK → BLR: first ever visit inside the window (a foreign minister): reported.
  b.Add({"PRKGOV", "BLR", "042", 1, D("2025-05-10"), "North Korean Foreign Minister Choe Son-hui", "Minsk"});
  // RUS → PRK: first in 2023, again in 2025: not a first of the window.
  b.Add({"RUSGOV", "PRK", "042", 1, D("2023-06-01"), "Vladimir Putin", "Pyongyang"});
  b.Add({"RUSGOV", "PRK", "042", 1, D("2025-03-01"), "Vladimir Putin", "Pyongyang"});
  // BLR → PRK: a delegation in 2024 (lower office, excluded), then the president hosted by PRK
  // (043 reversed) in the window: reported, with one earlier lower-office visit.
  b.Add({"BLRGOV", "PRK", "042", 1, D("2024-04-01"), "a Belarusian government delegation", "Pyongyang"});
  b.Add({"PRKGOV", "BLRGOV", "043", 1, D("2025-07-01"), "Kim Jong Un", "Alexander Lukashenko"});
  // CHN → RUS: only a military visitor (sector MIL): never a leader-level visit.
  b.Add({"CHNMIL", "RUS", "042", 1, D("2025-02-02"), "Chinese Defence Minister Dong Jun", "Moscow"});
  // JPN → USA: a minister of something else, then the foreign minister after the window.
  b.Add({"JPNGOV", "USA", "042", 1, D("2025-08-08"), "Japan's trade minister", "Washington"});
  b.Add({"JPNGOV", "USA", "042", 1, D("2026-02-02"), "Japanese Foreign Minister", "Washington"});
  // Domestic travel and visits to an organisation are no visits between states.
  b.Add({"FRAGOV", "FRA", "042", 1, D("2025-03-03"), "Emmanuel Macron", "Marseille"});
  b.Add({"FRAGOV", "IGOUNO", "042", 1, D("2025-03-04"), "Emmanuel Macron", "the UN"});
  // IND → PAK: the first visit is exactly on the window's first day: reported.
  b.Add({"INDGOV", "PAK", "042", 1, D("2025-01-01"), "Indian Prime Minister", "Islamabad"});
  // KOR → JPN: the day before the window: not reported.
  b.Add({"KORGOV", "JPN", "042", 1, D("2024-12-31"), "South Korean President", "Tokyo"});
  auto db = b.Build(tmp.file("f.db"));

  auto r = ComputeReport(*db, Year2025());
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::vector<std::tuple<std::string, std::string, Date>> got;
  for (const FirstVisit& f : r.value().firsts) got.emplace_back(f.visitor, f.host, f.event.date);
  const std::vector<std::tuple<std::string, std::string, Date>> want = {
      {"IND", "PAK", D("2025-01-01")}, {"PRK", "BLR", D("2025-05-10")}, {"BLR", "PRK", D("2025-07-01")}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(r.value().firsts_total, 3u);
  ASSERT_TRUE(r.value().first_event.has_value());
  EXPECT_EQ(*r.value().first_event, D("2023-06-01"));
  for (const FirstVisit& f : r.value().firsts) {
    EXPECT_FALSE(f.event.sentence.empty());
    EXPECT_EQ(f.event.outlet, "Wire");
    if (f.visitor == "BLR") {
      EXPECT_EQ(f.earlier_lower_visits, 1);
      EXPECT_EQ(f.event.cameo, "043");
      EXPECT_EQ(f.event.target_text, "Alexander Lukashenko");
    } else {
      EXPECT_EQ(f.earlier_lower_visits, 0);
    }
  }

  // The same store with a window ending before 2025: KOR → JPN (2024-12-31) is now a first,
  // and the 2025 visits are not.
  ReportOptions late2024 = Year2025();
  late2024.window = {D("2024-07-01"), D("2024-12-31")};
  auto r2 = ComputeReport(*db, late2024);
  ASSERT_TRUE(r2.ok()) << r2.status().message();
  ASSERT_EQ(r2.value().firsts.size(), 1u);
  EXPECT_EQ(r2.value().firsts[0].visitor, "KOR");
  EXPECT_EQ(r2.value().firsts[0].host, "JPN");

  // max_firsts keeps the earliest and counts the rest.
  ReportOptions capped = Year2025();
  capped.max_firsts = 1;
  auto r3 = ComputeReport(*db, capped);
  ASSERT_TRUE(r3.ok());
  ASSERT_EQ(r3.value().firsts.size(), 1u);
  EXPECT_EQ(r3.value().firsts[0].visitor, "IND");
  EXPECT_EQ(r3.value().firsts_total, 3u);
}

TEST(Report, HotSpotsOrderedByConflictInTheWindow) {
  TempDir tmp;
  StoreBuilder b;
  // Window 2025 (365 days), default baseline 2024-01-02..2024-12-31 (365 days).
  for (int k = 0; k < 10; ++k) {  // RUS–UKR: 10 material conflict events in each period
    b.Simple(k % 2 ? "RUS" : "UKR", k % 2 ? "UKR" : "RUS", 4, Day("2025-01-05") + 30 * k, k < 7 ? "190" : "195");
    b.Simple("RUS", "UKR", 4, Day("2024-01-05") + 30 * k);
  }
  for (int k = 0; k < 6; ++k) b.Simple("ISR", "PSE", 4, Day("2025-02-01") + 40 * k, "195");
  for (int k = 0; k < 3; ++k) b.Simple("IND", "PAK", 3, Day("2025-03-01") + 50 * k, "111");
  b.Simple("IND", "", 3, Day("2025-04-01"), "112");  // no target: counts for IND alone
  b.Simple("IND", "PAK", 1, Day("2025-04-01"));      // cooperation: not a hot spot
  b.Simple("ISR", "PSE", 4, Day("2023-05-01"));      // before the baseline: ignored
  // Locations: material conflict only.
  b.Add({"RUSGOV", "UKR", "195", 4, D("2025-06-01"), "Russia", "Ukraine"}, "Kyiv", "UKR");
  b.Add({"RUSMIL", "UKR", "190", 4, D("2025-06-10"), "Russian forces", "Ukraine"}, "Kyiv", "UKR");
  b.Add({"ISRMIL", "PSE", "195", 4, D("2025-07-01"), "Israeli jets", "Gaza"}, "Rafah", "PSE");
  b.Add({"INDGOV", "PAKGOV", "111", 3, D("2025-07-02"), "India", "Pakistan"}, "New Delhi", "IND");
  auto db = b.Build(tmp.file("h.db"));

  auto r = ComputeReport(*db, Year2025());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Report& rep = r.value();
  EXPECT_TRUE(rep.baseline_default);
  EXPECT_EQ(rep.baseline.from, D("2024-01-02"));

  // RUS and UKR 12 each (10 + 2 located), ISR and PSE 7, IND 5 (3 + 1 untargeted + 1 located),
  // PAK 4; ties by name.
  std::vector<std::pair<std::string, int64_t>> countries;
  for (const HotSpot& h : rep.hot_countries) countries.emplace_back(h.a, h.recent);
  const std::vector<std::pair<std::string, int64_t>> want = {{"RUS", 12}, {"UKR", 12}, {"ISR", 7},
                                                             {"PSE", 7},  {"IND", 5},  {"PAK", 4}};
  EXPECT_EQ(countries, want);
  const HotSpot& rus = rep.hot_countries[0];
  EXPECT_EQ(rus.baseline, 10);
  EXPECT_EQ(rus.recent_material, 12);
  ASSERT_FALSE(rus.top_codes.empty());
  EXPECT_EQ(rus.top_codes[0].cameo, "190");
  EXPECT_EQ(rus.top_codes[0].events, 8);  // 7 planted + 1 located
  EXPECT_NEAR(rus.change.ratio, 1.2, 1e-12);
  const HotSpot& ind = rep.hot_countries[4];
  EXPECT_EQ(ind.recent_material, 0);
  EXPECT_EQ(ind.baseline, 0);
  EXPECT_TRUE(std::isinf(ind.change.ratio));
  EXPECT_EQ(ind.top_codes[0].cameo, "111");

  std::vector<std::string> dyads;
  for (const HotSpot& h : rep.hot_dyads) dyads.push_back(h.a + "-" + h.b);
  EXPECT_EQ(dyads, (std::vector<std::string>{"RUS-UKR", "ISR-PSE", "IND-PAK"}));
  EXPECT_EQ(rep.hot_dyads[2].recent, 4);

  // Material conflict: 10 + 6 + 3 located = 19 events, 3 of them with a place.
  EXPECT_EQ(rep.material_conflict_events, 19);
  EXPECT_EQ(rep.located_material_conflict, 3);
  ASSERT_EQ(rep.conflict_locations.size(), 2u);
  EXPECT_EQ(rep.conflict_locations[0].name, "Kyiv");
  EXPECT_EQ(rep.conflict_locations[0].events, 2);
  EXPECT_EQ(rep.conflict_locations[1].name, "Rafah");

  // QuadClass totals of the window.
  EXPECT_EQ(rep.window_quad[0], 1);
  EXPECT_EQ(rep.window_quad[2], 5);
  EXPECT_EQ(rep.window_quad[3], 19);
  EXPECT_EQ(rep.window_events, 25);
  EXPECT_EQ(rep.baseline_events, 10);

  ReportOptions few = Year2025();
  few.hot_spots = 3;
  auto r2 = ComputeReport(*db, few);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2.value().hot_countries.size(), 3u);
  EXPECT_EQ(r2.value().hot_dyads.size(), 2u);
}

TEST(Report, AxesAndDyadsAgreeWithTrends) {
  TempDir tmp;
  StoreBuilder b;
  // A triad rising from 2024 to 2025, a pair falling, a stable pair, a rising pair.
  const std::vector<std::string> triad = {"AAA", "BBB", "CCC"};
  for (size_t i = 0; i < 3; ++i) {
    for (size_t j = i + 1; j < 3; ++j) {
      b.Simple(triad[i], triad[j], 1, Day("2024-06-15"));
      for (int k = 0; k < 10; ++k) b.Simple(triad[i], triad[j], 2, Day("2025-01-10") + 30 * k);
    }
  }
  for (int k = 0; k < 12; ++k) b.Simple("FFA", "FFB", 1, Day("2024-01-10") + 25 * k);
  b.Simple("FFA", "FFB", 1, Day("2025-03-03"));
  for (int day = Day("2024-01-05"); day <= Day("2025-12-31"); day += 20) b.Simple("SSA", "SSB", 1, day);
  for (int k = 0; k < 9; ++k) b.Simple("RRA", "RRB", 1, Day("2025-02-01") + 30 * k);
  // Conflict between the triad and others, so blocs have something to separate.
  for (int k = 0; k < 6; ++k) b.Simple("AAA", "FFA", 4, Day("2025-02-01") + 45 * k);
  auto db = b.Build(tmp.file("a.db"));

  ReportOptions o = Year2025();
  o.top_dyads = 3;
  o.blocs = true;
  o.bloc_null_runs = 0;  // every bloc (the permutation test is blocs_test.cc's business)
  auto r = ComputeReport(*db, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Report& rep = r.value();

  TrendOptions t;
  t.recent = o.window;
  t.baseline = PrecedingWindow(o.window);
  t.examples = o.examples;
  auto tr = ComputeTrends(*db, t);
  ASSERT_TRUE(tr.ok());
  const Trends& trends = tr.value();

  ASSERT_EQ(rep.axes.size(), trends.axes.size());
  ASSERT_FALSE(rep.axes.empty());
  EXPECT_EQ(rep.axes[0].axis.members, (std::vector<std::string>{"AAA", "BBB", "CCC"}));
  for (size_t i = 0; i < rep.axes.size(); ++i) {
    EXPECT_EQ(rep.axes[i].axis.members, trends.axes[i].members);
    EXPECT_EQ(rep.axes[i].axis.change.p, trends.axes[i].change.p);
    ASSERT_EQ(rep.axes[i].examples.size(), trends.axes[i].examples.size());
    for (size_t k = 0; k < rep.axes[i].examples.size(); ++k) {
      const ExampleEvent& e = rep.axes[i].examples[k];
      EXPECT_EQ(e.event_id, trends.axes[i].examples[k].event_id);
      EXPECT_EQ(e.sentence, trends.axes[i].examples[k].sentence);
      EXPECT_EQ(e.outlet, "Wire");
    }
  }
  EXPECT_EQ(rep.dyads_compared, trends.dyads.size());

  // Rising: the trends table's first dyads with a positive score, in its order.
  std::vector<const DyadTrend*> rising, falling;
  for (const DyadTrend& d : trends.dyads) {
    if (d.change.score > 0) rising.push_back(&d);
  }
  for (auto it = trends.dyads.rbegin(); it != trends.dyads.rend(); ++it) {
    if (it->change.score < 0) falling.push_back(&*it);
  }
  ASSERT_GE(rising.size(), 3u);
  ASSERT_EQ(rep.rising.size(), 3u);
  for (size_t i = 0; i < rep.rising.size(); ++i) {
    EXPECT_EQ(rep.rising[i].trend.a, rising[i]->a);
    EXPECT_EQ(rep.rising[i].trend.b, rising[i]->b);
    EXPECT_EQ(rep.rising[i].trend.q, rising[i]->q);
    EXPECT_EQ(rep.rising[i].examples.size(), 3u);
    for (const ExampleEvent& e : rep.rising[i].examples) {
      EXPECT_GE(e.date, o.window.from);
      EXPECT_LE(e.quad_class, 2);
      const std::set<std::string> sides = {e.source.substr(0, 3), e.target.substr(0, 3)};
      EXPECT_EQ(sides, (std::set<std::string>{rep.rising[i].trend.a, rep.rising[i].trend.b}));
    }
  }
  ASSERT_EQ(rep.falling.size(), falling.size());
  ASSERT_FALSE(rep.falling.empty());
  EXPECT_EQ(rep.falling[0].trend.a, "FFA");
  for (size_t i = 0; i < rep.falling.size(); ++i) {
    EXPECT_EQ(rep.falling[i].trend.a, falling[i]->a);
    for (const ExampleEvent& e : rep.falling[i].examples) EXPECT_LE(e.date, rep.baseline.to);  // the baseline's
  }
  for (const ReportDyad& d : rep.rising) EXPECT_NE(d.trend.a, "SSA");  // stable: neither list
  for (const ReportDyad& d : rep.falling) EXPECT_NE(d.trend.a, "SSA");

  // Blocs come from ComputeBlocs on the window; their evidence joins two members.
  EXPECT_TRUE(rep.blocs_computed);
  ASSERT_FALSE(rep.blocs.empty());
  for (const ReportBloc& bl : rep.blocs) {
    for (const ExampleEvent& e : bl.examples) {
      const std::set<std::string> members(bl.bloc.members.begin(), bl.bloc.members.end());
      EXPECT_TRUE(members.count(e.source.substr(0, 3)) && members.count(e.target.substr(0, 3)));
      EXPECT_LE(e.quad_class, 2);
      EXPECT_GE(e.date, o.window.from);
    }
  }
}

TEST(Report, BadWindows) {
  TempDir tmp;
  StoreBuilder b;
  b.Simple("AAA", "BBB", 1, Day("2025-01-01"));
  auto db = b.Build(tmp.file("e.db"));
  ReportOptions o = Year2025();
  o.window = {D("2025-02-01"), D("2025-01-01")};
  EXPECT_EQ(ComputeReport(*db, o).status().code(), StatusCode::kInvalidArgument);
  o = Year2025();
  o.baseline = DateRange{D("2024-06-01"), D("2025-01-01")};  // overlaps by one day
  EXPECT_EQ(ComputeReport(*db, o).status().code(), StatusCode::kInvalidArgument);
  o.baseline = DateRange{D("2026-01-01"), D("2026-12-31")};  // after the window: allowed
  EXPECT_TRUE(ComputeReport(*db, o).ok());
}

}  // namespace
}  // namespace entente::analyze
