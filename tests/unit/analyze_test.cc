// Analyses over the event store: the binomial tail and rate comparison against hand
// calculations, interval bucketing, dyad counts, and trends/axes on planted data among noise.
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "analyze/dyads.h"
#include "analyze/stats.h"
#include "analyze/trends.h"
#include "base/date.h"
#include "store/sqlite_store.h"
#include "test_support.h"

namespace entente::analyze {
namespace {

using testing_support::TempDir;

Date D(const char* iso) { return *base::ParseIsoDate(iso); }
int Day(const char* iso) { return base::DaysFromCivil(D(iso)); }

// Builds a store through the store API: one document per event, each event with its own actor
// code (so that deduplication never merges two planted events).
class Builder {
 public:
  void Add(const std::string& src, const std::string& tgt, int quad, Date date, const std::string& plover = "",
           double goldstein = 0) {
    const std::string id = "d" + std::to_string(docs_.size());
    Document doc;
    doc.id = id;
    doc.text = "text of " + id;
    doc.date = date;
    doc.source = "Wire";
    Event e;
    e.doc_id = id;
    e.date = date;
    e.source = Actor{src + " text", src + "X" + id, src, ""};
    if (!tgt.empty()) e.target = Actor{tgt + " text", tgt + "X" + id, tgt, ""};
    e.cameo = quad <= 2 ? "042" : "190";
    e.plover = plover.empty() ? (quad <= 2 ? "CONSULT" : "ASSAULT") : plover;
    e.quad_class = quad;
    e.goldstein = goldstein;
    e.evidence = Evidence{src + " and " + tgt + " in " + id + ".", "met", "verb", 0, 10};
    docs_.push_back(std::move(doc));
    events_.push_back({std::move(e)});
  }
  void Add(const std::string& src, const std::string& tgt, int quad, int day) {
    Add(src, tgt, quad, base::CivilFromDays(day));
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

// ---- statistics ---------------------------------------------------------------------------

TEST(AnalyzeStats, BinomialTailMatchesHandCalculation) {
  // n = 10, p = 1/2: P(X >= 9) = (C(10,9) + C(10,10)) / 2^10 = 11/1024.
  EXPECT_NEAR(std::exp(LogBinomialUpperTail(10, 9, 0.5)), 11.0 / 1024, 1e-15);
  // n = 5, p = 0.2: P(X >= 2) = 1 - 0.8^5 - 5 * 0.2 * 0.8^4 = 0.26272.
  EXPECT_NEAR(std::exp(LogBinomialUpperTail(5, 2, 0.2)), 0.26272, 1e-12);
  // n = 12, p = 1/2: P(X >= 10) = (66 + 12 + 1) / 4096.
  EXPECT_NEAR(std::exp(LogBinomialUpperTail(12, 10, 0.5)), 79.0 / 4096, 1e-15);
  EXPECT_EQ(LogBinomialUpperTail(10, 0, 0.3), 0);
  EXPECT_TRUE(std::isinf(LogBinomialUpperTail(10, 11, 0.3)));
  // Far below the smallest double: still finite in log space (all 1000 successes, p = 0.01).
  EXPECT_NEAR(LogBinomialUpperTail(1000, 1000, 0.01), 1000 * std::log(0.01), 1e-6);
  // A large n: P(X >= 5000) for Binomial(10000, 1/2) is 1/2 + P(X = 5000)/2.
  const double mode = std::exp(std::lgamma(10001.0) - 2 * std::lgamma(5001.0) - 10000 * std::log(2.0));
  EXPECT_NEAR(std::exp(LogBinomialUpperTail(10000, 5000, 0.5)), 0.5 + mode / 2, 1e-9);
}

TEST(AnalyzeStats, ConditionalTestOfTwoRates) {
  // Equal windows: p0 = 1/2, so 10 vs 2 gives P(X >= 10 | n = 12) = 79/4096.
  const RateChange solid = CompareRates(10, 100, 2, 100);
  EXPECT_NEAR(solid.p, 79.0 / 4096, 1e-12);
  EXPECT_DOUBLE_EQ(solid.ratio, 5);
  // log(10.5 / 2.5) - 1.96 * sqrt(1/10.5 + 1/2.5) = 1.4351 - 1.3788.
  EXPECT_NEAR(solid.log_lo, std::log(10.5 / 2.5) - 1.959963984540054 * std::sqrt(1 / 10.5 + 1 / 2.5), 1e-12);
  EXPECT_GT(solid.score, 0);
  // 1 vs 0 is no evidence: score 0, and it must not outrank 10 vs 2.
  const RateChange tiny = CompareRates(1, 100, 0, 100);
  EXPECT_EQ(tiny.score, 0);
  EXPECT_NEAR(tiny.p, 0.5, 1e-12);
  EXPECT_TRUE(std::isinf(tiny.ratio));
  EXPECT_GT(solid.score, tiny.score);
  // Same rate in a short and a long window: p0 = 365 / 1826; score 0.
  const RateChange stable = CompareRates(10, 365, 40, 1461);
  EXPECT_EQ(stable.score, 0);
  EXPECT_GT(stable.p, 0.3);
  // A clear fall scores below zero; p (for a rise) is near 1.
  const RateChange fall = CompareRates(2, 365, 200, 1461);
  EXPECT_LT(fall.score, 0);
  EXPECT_GT(fall.p, 0.99);
}

TEST(AnalyzeStats, BenjaminiHochberg) {
  // m = 4, sorted p 0.01, 0.02, 0.03, 0.5: raw p*m/rank 0.04, 0.04, 0.04, 0.5; the running
  // minimum from the top keeps them; results come back in input order.
  const std::vector<double> q = BenjaminiHochberg({0.03, 0.5, 0.01, 0.02});
  ASSERT_EQ(q.size(), 4u);
  EXPECT_NEAR(q[0], 0.04, 1e-12);
  EXPECT_NEAR(q[1], 0.5, 1e-12);
  EXPECT_NEAR(q[2], 0.04, 1e-12);
  EXPECT_NEAR(q[3], 0.04, 1e-12);
  // Sorted 0.01 (rank 1: 0.02) and 0.04 (rank 2: 0.04); the minimum from the top keeps both.
  const std::vector<double> q2 = BenjaminiHochberg({0.04, 0.01});
  EXPECT_NEAR(q2[0], 0.04, 1e-12);
  EXPECT_NEAR(q2[1], 0.02, 1e-12);
  // Capped at 1.
  EXPECT_NEAR(BenjaminiHochberg({0.9, 0.8, 0.95})[2], 0.95, 1e-12);
  EXPECT_NEAR(BenjaminiHochberg({0.9, 0.8, 0.95})[1], 0.95, 1e-12);  // 0.8*3/1 = 2.4, min from top
  EXPECT_EQ(BenjaminiHochberg({1.0, 1.0})[0], 1.0);
  EXPECT_TRUE(BenjaminiHochberg({}).empty());
}

TEST(AnalyzeStats, DateRanges) {
  auto r = ParseDateRange("2025-01-01..2025-12-31");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().days(), 365);
  EXPECT_FALSE(ParseDateRange("2025-01-01").ok());
  EXPECT_FALSE(ParseDateRange("2025-01-01..2025-13-01").ok());
  EXPECT_FALSE(ParseDateRange("2025-02-01..2025-01-01").ok());
  EXPECT_FALSE(ParseDateRange("2025-01-01...2025-02-01").ok());
  EXPECT_TRUE(ParseDateRange("2025-01-01..2025-01-01").ok());
}

// ---- the store's Scan (used by every analysis) ---------------------------------------------

TEST(AnalyzeScan, MatchesQueryWithAndWithoutTheDateIndex) {
  TempDir tmp;
  Builder b;
  for (int k = 0; k < 40; ++k) b.Add(k % 2 ? "USA" : "CHN", k % 3 ? "RUS" : "FRA", 1 + k % 4, Day("2020-01-01") + 37 * k);
  auto db = b.Build(tmp.file("s.db"));
  // Narrow range (index), wide range (table scan), no range, and an id list.
  for (const auto& [from, to] : {std::pair{"2020-03-01", "2020-06-30"}, std::pair{"2019-01-01", "2030-01-01"}}) {
    store::EventQuery q;
    q.from = D(from);
    q.to = D(to);
    std::set<int64_t> scanned, queried;
    size_t matched = 0;
    ASSERT_TRUE(db->Scan(q, [&](const store::EventRow& r) { scanned.insert(r.id); return true; }, &matched).ok());
    EXPECT_EQ(matched, scanned.size());
    ASSERT_TRUE(db->Query(q, [&](const store::StoredEvent& e) { queried.insert(e.id); return true; }, nullptr).ok());
    EXPECT_EQ(scanned, queried);
    EXPECT_FALSE(scanned.empty());
  }
  store::EventQuery all;
  size_t n = 0;
  ASSERT_TRUE(db->Scan(all, [&](const store::EventRow& r) {
    EXPECT_TRUE(r.source_country == "USA" || r.source_country == "CHN");
    EXPECT_EQ(r.mentions, 1);
    return true;
  }, &n).ok());
  EXPECT_EQ(n, 40u);
  store::EventQuery some;
  some.ids = {3, 5, 999};
  std::vector<int64_t> got;
  ASSERT_TRUE(db->Query(some, [&](const store::StoredEvent& e) { got.push_back(e.id); return true; }, nullptr).ok());
  EXPECT_EQ(got, (std::vector<int64_t>{3, 5}));
}

// ---- dyads --------------------------------------------------------------------------------

TEST(AnalyzeDyads, IntervalBoundaries) {
  // 2024-12-29 is a Sunday, 2024-12-30 a Monday.
  EXPECT_EQ(PeriodOf(Day("2024-12-29"), Interval::kWeek).label, "2024-12-23");
  EXPECT_EQ(PeriodOf(Day("2024-12-30"), Interval::kWeek).label, "2024-12-30");
  EXPECT_EQ(PeriodOf(Day("2025-01-05"), Interval::kWeek).end, Day("2025-01-05"));
  EXPECT_EQ(PeriodOf(Day("2024-02-29"), Interval::kMonth).label, "2024-02");
  EXPECT_EQ(PeriodOf(Day("2024-02-29"), Interval::kMonth).end, Day("2024-02-29"));
  EXPECT_EQ(PeriodOf(Day("2025-03-31"), Interval::kQuarter).label, "2025-Q1");
  EXPECT_EQ(PeriodOf(Day("2025-04-01"), Interval::kQuarter).label, "2025-Q2");
  EXPECT_EQ(PeriodOf(Day("2025-04-01"), Interval::kQuarter).start, Day("2025-04-01"));
  EXPECT_EQ(PeriodOf(Day("2025-12-31"), Interval::kQuarter).end, Day("2025-12-31"));
  EXPECT_EQ(PeriodOf(Day("2024-12-31"), Interval::kYear).label, "2024");
  EXPECT_EQ(PeriodOf(Day("2025-01-01"), Interval::kYear).label, "2025");
  EXPECT_EQ(PeriodOf(Day("1969-12-31"), Interval::kWeek).label, "1969-12-29");
}

TEST(AnalyzeDyads, CountsPerQuadClassAndInterval) {
  TempDir tmp;
  Builder b;
  b.Add("USA", "CHN", 1, D("2024-12-29"), "CONSULT", 1.0);
  b.Add("CHN", "USA", 2, D("2024-12-30"), "AID", 7.0);
  b.Add("CHN", "USA", 4, D("2025-01-01"), "ASSAULT", -10.0);
  b.Add("USA", "USA", 1, D("2025-01-01"));  // domestic: no dyad
  b.Add("USA", "", 3, D("2025-01-01"));     // no target: no dyad
  b.Add("FRA", "DEU", 3, D("2025-04-01"), "ACCUSE", -2.0);
  auto db = b.Build(tmp.file("d.db"));

  DyadOptions o;
  o.interval = Interval::kYear;
  auto r = ComputeDyads(*db, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto& rows = r.value().rows;
  const auto& types = r.value().plover_types;
  ASSERT_EQ(types, (std::vector<std::string>{"ACCUSE", "AID", "ASSAULT", "CONSULT"}));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].a, "CHN");
  EXPECT_EQ(rows[0].b, "USA");
  EXPECT_EQ(rows[0].period.label, "2024");
  EXPECT_EQ(rows[0].events, 2);
  EXPECT_EQ(rows[0].a_to_b, 1);  // CHN → USA
  EXPECT_EQ(rows[0].b_to_a, 1);
  EXPECT_EQ(rows[0].quad[0], 1);
  EXPECT_EQ(rows[0].quad[1], 1);
  EXPECT_EQ(rows[0].quad[3], 0);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_sum, 8.0);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_mean(), 4.0);
  EXPECT_EQ(rows[0].plover, (std::vector<int64_t>{0, 1, 0, 1}));
  EXPECT_EQ(rows[0].mentions, 2);
  EXPECT_EQ(rows[1].period.label, "2025");
  EXPECT_EQ(rows[1].quad[3], 1);
  EXPECT_EQ(rows[1].a_to_b, 1);
  EXPECT_EQ(rows[2].a, "DEU");
  EXPECT_EQ(rows[2].b, "FRA");
  EXPECT_EQ(rows[2].b_to_a, 1);

  o.interval = Interval::kWeek;
  r = ComputeDyads(*db, o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().rows.size(), 3u);
  EXPECT_EQ(r.value().rows[0].period.label, "2024-12-23");
  EXPECT_EQ(r.value().rows[0].events, 1);
  EXPECT_EQ(r.value().rows[1].period.label, "2024-12-30");
  EXPECT_EQ(r.value().rows[1].events, 2);  // Monday 30th and Wednesday 1st: one week

  o.interval = Interval::kQuarter;
  r = ComputeDyads(*db, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().rows[0].period.label, "2024-Q4");
  EXPECT_EQ(r.value().rows[1].period.label, "2025-Q1");
  EXPECT_EQ(r.value().rows[2].period.label, "2025-Q2");

  o.interval = Interval::kMonth;
  o.from = D("2025-01-01");
  o.to = D("2025-03-31");
  r = ComputeDyads(*db, o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().rows.size(), 1u);
  EXPECT_EQ(r.value().rows[0].period.label, "2025-01");
  EXPECT_EQ(r.value().rows[0].quad[3], 1);

  o.level = DyadLevel::kActor;
  o.from.reset();
  o.to.reset();
  r = ComputeDyads(*db, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().rows.size(), 4u);  // actor codes differ per event here (and USA→USA too)

  o.from = D("2026-01-01");
  o.to = D("2025-01-01");
  EXPECT_EQ(ComputeDyads(*db, o).status().code(), StatusCode::kInvalidArgument);
}

// ---- trends and axes ----------------------------------------------------------------------

TrendOptions Windows() {
  TrendOptions o;
  o.baseline = {D("2019-01-01"), D("2022-12-31")};
  o.recent = {D("2025-01-01"), D("2025-12-31")};
  return o;
}

// Noise: `events` random dyads among `states` states named "<c>A<c>", "<c>B<c>", ... (c = tag),
// random QuadClass, dates uniform over 2019..2025, so every rate is constant.
void AddNoise(Builder& b, uint32_t seed, int states, int events, char tag) {
  std::mt19937 rng(seed);
  const int lo = Day("2019-01-01"), hi = Day("2025-12-31");
  const unsigned n = static_cast<unsigned>(states);
  for (int k = 0; k < events; ++k) {
    const unsigned x = rng() % n, y = (x + 1 + rng() % (n - 1)) % n;
    const std::string sx = std::string(1, tag) + static_cast<char>('A' + x) + tag;
    const std::string sy = std::string(1, tag) + static_cast<char>('A' + y) + tag;
    b.Add(sx, sy, 1 + static_cast<int>(rng() % 4), lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)));
  }
}

TEST(AnalyzeTrends, PureNoiseGivesNoAxisAndNoDiscovery) {
  // 20 states, cooperative and other events at one constant rate over 2019..2025: nothing rose,
  // so after the corrections no dyad is a discovery and no group is an axis.
  for (uint32_t seed : {1u, 2u, 3u}) {
    TempDir tmp;
    Builder b;
    AddNoise(b, seed, 20, 4000, 'Q');
    auto db = b.Build(tmp.file("n.db"));
    auto r = ComputeTrends(*db, Windows());
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(r.value().axes.empty()) << "seed " << seed << ": " << r.value().axes.size() << " axes";
    for (const DyadTrend& d : r.value().dyads) {
      EXPECT_GE(d.q, 0.05) << "seed " << seed << ": " << d.a << "-" << d.b;
      EXPECT_GE(d.q, d.change.p);
    }
  }
}

TEST(AnalyzeTrends, PlantedRisingTriadIsAnAxis) {
  TempDir tmp;
  Builder b;
  const std::vector<std::string> triad = {"AAA", "BBB", "CCC"};
  for (size_t i = 0; i < 3; ++i) {
    for (size_t j = i + 1; j < 3; ++j) {
      b.Add(triad[i], triad[j], 1, D("2020-06-15"));
      for (int k = 0; k < 6; ++k) b.Add(k % 2 ? triad[j] : triad[i], k % 2 ? triad[i] : triad[j], 2, Day("2025-01-10") + 50 * k);
    }
  }
  // A stable pair: one cooperative event every ~36 days throughout.
  for (int day = Day("2019-01-05"); day <= Day("2025-12-31"); day += 36) b.Add("SSA", "SSB", 1, day);
  // Rivals: conflict only, rising sharply.
  for (int k = 0; k < 5; ++k) b.Add("RVA", "RVB", 4, Day("2020-01-01") + 30 * k);
  for (int k = 0; k < 30; ++k) b.Add("RVB", "RVA", 3, Day("2025-01-01") + 10 * k);
  for (int k = 0; k < 10; ++k) b.Add("RVA", "AAA", 4, Day("2025-02-01") + 20 * k);
  // Tiny (1 vs 0) and solid (10 vs 2 in windows of equal length would be weaker than here).
  b.Add("TNA", "TNB", 1, D("2025-05-05"));
  for (int k = 0; k < 10; ++k) b.Add("SDA", "SDB", 1, Day("2025-01-03") + 30 * k);
  for (int k = 0; k < 2; ++k) b.Add("SDA", "SDB", 1, Day("2020-01-03") + 300 * k);
  AddNoise(b, 20261128, 12, 600, 'N');
  auto db = b.Build(tmp.file("t.db"));

  auto r = ComputeTrends(*db, Windows());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Trends& t = r.value();

  // The axis: A, B, C with 18 recent vs 3 baseline events.
  ASSERT_FALSE(t.axes.empty());
  const Axis& ax = t.axes[0];
  EXPECT_EQ(ax.members, (std::vector<std::string>{"AAA", "BBB", "CCC"}));
  EXPECT_EQ(ax.recent.events, 18);
  EXPECT_EQ(ax.baseline.events, 3);
  EXPECT_LT(ax.change.p, 0.05);
  EXPECT_LT(ax.p_adjusted, 0.05);
  EXPECT_GE(ax.p_adjusted, ax.change.p);
  EXPECT_GT(ax.change.score, 0);
  EXPECT_EQ(ax.dyads.size(), 3u);
  ASSERT_EQ(ax.examples.size(), 5u);
  for (const AxisExample& e : ax.examples) {
    EXPECT_GE(e.date, D("2025-01-01"));
    EXPECT_NE(e.sentence.find(" in d"), std::string::npos) << e.sentence;
  }

  auto find = [&](const std::string& a, const std::string& bb) -> const DyadTrend* {
    for (const DyadTrend& d : t.dyads) if (d.a == a && d.b == bb) return &d;
    return nullptr;
  };
  // Each triad pair: 6 in 365 days vs 1 in 1461; p = P(X >= 6 | n = 7, p0 = 365/1826).
  const DyadTrend* ab = find("AAA", "BBB");
  ASSERT_NE(ab, nullptr);
  const double p0 = 365.0 / 1826;
  EXPECT_NEAR(ab->change.p, 7 * std::pow(p0, 6) * (1 - p0) + std::pow(p0, 7), 1e-12);
  EXPECT_NEAR(ab->change.ratio, (6.0 / 365) / (1.0 / 1461), 1e-9);
  EXPECT_GT(ab->change.score, 0);

  // The stable pair scores 0 and is in no axis.
  const DyadTrend* stable = find("SSA", "SSB");
  ASSERT_NE(stable, nullptr);
  EXPECT_EQ(stable->change.score, 0);
  EXPECT_NEAR(stable->change.ratio, 1.0, 0.15);
  // Rivals have no cooperation rate: no dyad entry, never in an axis.
  EXPECT_EQ(find("RVA", "RVB"), nullptr);
  EXPECT_EQ(find("AAA", "RVA"), nullptr);
  for (const Axis& a : t.axes) {
    for (const std::string& m : a.members) {
      EXPECT_NE(m, "RVA");
      EXPECT_NE(m, "RVB");
      EXPECT_NE(m, "SSA");
      EXPECT_NE(m, "SSB");
    }
    EXPECT_GE(a.members.size(), 3u);
    EXPECT_LT(a.change.p, 0.05);
  }
  // Tiny counts do not outrank a solid increase.
  const DyadTrend* tiny = find("TNA", "TNB");
  const DyadTrend* solid = find("SDA", "SDB");
  ASSERT_NE(tiny, nullptr);
  ASSERT_NE(solid, nullptr);
  EXPECT_EQ(tiny->change.score, 0);
  EXPECT_GT(solid->change.score, 0);
  EXPECT_LT(solid - t.dyads.data(), tiny - t.dyads.data());
  // Sorted by score.
  for (size_t i = 1; i < t.dyads.size(); ++i) EXPECT_GE(t.dyads[i - 1].change.score, t.dyads[i].change.score);
}

TEST(AnalyzeTrends, GroupRiseWithAnAlreadyCloseMemberIsAnAxis) {
  // The mission's case: two pairs rise sharply, the third (already close) cooperates at a steady
  // rate. Every pair cooperates in the recent window and the group rose: an axis.
  TempDir tmp;
  Builder b;
  for (int k = 0; k < 8; ++k) b.Add("RRR", "PPP", 1, Day("2025-01-10") + 40 * k);   // rising
  for (int k = 0; k < 8; ++k) b.Add("BBB", "PPP", 1, Day("2025-01-15") + 40 * k);   // rising
  for (int k = 0; k < 4; ++k) b.Add("BBB", "RRR", 1, Day("2025-02-01") + 80 * k);   // steady:
  for (int k = 0; k < 16; ++k) b.Add("BBB", "RRR", 1, Day("2019-02-01") + 90 * k);  // 4/yr before
  auto db = b.Build(tmp.file("m.db"));
  auto r = ComputeTrends(*db, Windows());
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().axes.size(), 1u);
  EXPECT_EQ(r.value().axes[0].members, (std::vector<std::string>{"BBB", "PPP", "RRR"}));
}

TEST(AnalyzeTrends, GroupCarriedByOnePairIsNotAnAxis) {
  // One pair rises sharply; the two pairs with the third state are flat. Summed, the group
  // "rises" — but only because of that one pair, so it is not an axis.
  TempDir tmp;
  Builder b;
  for (int k = 0; k < 20; ++k) b.Add("RRR", "PPP", 1, Day("2025-01-10") + 15 * k);
  for (const char* x : {"RRR", "PPP"}) {
    b.Add(x, "UUU", 1, D("2025-03-01"));
    for (int k = 0; k < 4; ++k) b.Add(x, "UUU", 1, Day("2019-03-01") + 365 * k);
  }
  auto db = b.Build(tmp.file("c.db"));
  auto r = ComputeTrends(*db, Windows());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r.value().axes.empty());
}

TEST(AnalyzeTrends, SolidOutranksTinyInEqualWindows) {
  TempDir tmp;
  Builder b;
  b.Add("TNA", "TNB", 1, D("2025-06-01"));
  for (int k = 0; k < 10; ++k) b.Add("SDA", "SDB", 1, Day("2025-01-03") + 30 * k);
  for (int k = 0; k < 2; ++k) b.Add("SDA", "SDB", 1, Day("2024-01-03") + 100 * k);
  auto db = b.Build(tmp.file("e.db"));
  TrendOptions o;
  o.baseline = {D("2024-01-01"), D("2024-12-31")};
  o.recent = {D("2025-01-01"), D("2025-12-31")};  // 366 vs 365 days
  auto r = ComputeTrends(*db, o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().dyads.size(), 2u);
  EXPECT_EQ(r.value().dyads[0].a, "SDA");
  EXPECT_GT(r.value().dyads[0].change.score, 0);
  EXPECT_EQ(r.value().dyads[1].change.score, 0);
  EXPECT_TRUE(r.value().axes.empty());
}

TEST(AnalyzeTrends, RejectsOverlappingWindows) {
  TempDir tmp;
  Builder b;
  b.Add("AAA", "BBB", 1, D("2025-01-01"));
  auto db = b.Build(tmp.file("o.db"));
  TrendOptions o;
  o.baseline = {D("2024-01-01"), D("2025-01-01")};
  o.recent = {D("2025-01-01"), D("2025-12-31")};
  EXPECT_EQ(ComputeTrends(*db, o).status().code(), StatusCode::kInvalidArgument);
  o.baseline = {D("2024-01-01"), D("2024-12-31")};
  EXPECT_TRUE(ComputeTrends(*db, o).ok());
}

}  // namespace
}  // namespace entente::analyze
