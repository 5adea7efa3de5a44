// entente blocs: tie weights and bloc statistics against hand calculations on small stores, the
// conflict rule (rivals never share a bloc), two camps in conflict, pure noise, reproducibility,
// and a property check of the partition on random signed graphs.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "analyze/blocs.h"
#include "base/date.h"
#include "store/sqlite_store.h"
#include "test_support.h"

namespace entente::analyze {
namespace {

using testing_support::TempDir;

Date D(const char* iso) { return *base::ParseIsoDate(iso); }

// Builds a store through the store API. Each Add is one event; with mentions = m it is reported
// by m documents (same codes, same day), so deduplication stores it once with m mentions.
class Builder {
 public:
  void Add(const std::string& src, const std::string& tgt, double goldstein, Date date, int mentions = 1) {
    const std::string code_suffix = "X" + std::to_string(next_event_++);  // distinct events never merge
    for (int m = 0; m < mentions; ++m) {
      const std::string id = "d" + std::to_string(docs_.size());
      Document doc;
      doc.id = id;
      doc.text = "text of " + id;
      doc.date = date;
      doc.source = "Wire" + std::to_string(m);
      Event e;
      e.doc_id = id;
      e.date = date;
      e.source = Actor{src + " text", src + code_suffix, src, ""};
      if (!tgt.empty()) e.target = Actor{tgt + " text", tgt + code_suffix, tgt, ""};
      const bool coop = goldstein >= 0;
      e.cameo = coop ? "042" : "190";
      e.plover = coop ? "CONSULT" : "ASSAULT";
      e.quad_class = coop ? 1 : 4;
      e.goldstein = goldstein;
      e.evidence = Evidence{src + " and " + tgt + " in " + id + ".", "met", "verb", 0, 10};
      docs_.push_back(std::move(doc));
      events_.push_back({std::move(e)});
    }
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
  int next_event_ = 0;
  std::vector<Document> docs_;
  std::vector<std::vector<Event>> events_;
};

const Bloc* BlocWith(const BlocResult& r, const std::string& member) {
  for (const auto& b : r.blocs)
    if (std::find(b.members.begin(), b.members.end(), member) != b.members.end()) return &b;
  return nullptr;
}

// Q of a partition (the signed CPM objective) and whether any negative edge lies inside a bloc.
double Quality(const std::vector<SignedEdge>& edges, const std::vector<int>& comm, double gamma) {
  std::map<int, int64_t> size;
  for (int c : comm) ++size[c];
  double q = 0;
  for (const auto& e : edges)
    if (comm[static_cast<size_t>(e.a)] == comm[static_cast<size_t>(e.b)]) q += e.w;
  for (const auto& [c, k] : size) q -= gamma * static_cast<double>(k * (k - 1) / 2);
  return q;
}

// ---- ties and statistics by hand --------------------------------------------------------------

TEST(Blocs, TieWeightsAndBlocStatisticsMatchHandCalculation) {
  TempDir tmp;
  Builder b;
  b.Add("AAA", "BBB", 3.0, D("2025-03-01"));                 // 3 × (1 + ln 1) = 3
  b.Add("BBB", "AAA", 7.0, D("2025-03-05"), /*mentions=*/3);  // 7 × (1 + ln 3) = 14.690
  b.Add("AAA", "BBB", -2.0, D("2025-03-09"), 2);              // −2 × (1 + ln 2) = −3.386
  b.Add("CCC", "AAA", -10.0, D("2025-03-02"));                // conflict only
  b.Add("AAA", "AAA", 9.0, D("2025-03-02"));                  // domestic: not a tie
  b.Add("BBB", "", 9.0, D("2025-03-02"));                     // no target: not a tie
  b.Add("AAA", "BBB", 9.0, D("2025-05-01"));                  // outside the window
  auto db = b.Build(tmp.file("t.db"));
  BlocOptions o;
  o.from = D("2025-03-01");
  o.to = D("2025-03-31");
  o.null_runs = 0;  // two states: no permutation test can speak; check the arithmetic
  o.resolution = 0.5;
  auto r = ComputeBlocs(*db, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const double coop = 3 + 7 * (1 + std::log(3.0));
  const double conf = 2 * (1 + std::log(2.0));
  const double w = coop - conf;  // 14.3040
  EXPECT_EQ(r.value().events, 4);
  EXPECT_EQ(r.value().nodes, 3);
  EXPECT_EQ(r.value().ties, 2);
  // γ = 0.5 × the mean positive tie; AAA–BBB is the only positive one.
  EXPECT_NEAR(r.value().gamma, 0.5 * w, 1e-9);
  ASSERT_EQ(r.value().blocs.size(), 1u);
  const Bloc& bloc = r.value().blocs[0];
  EXPECT_EQ(bloc.members, (std::vector<std::string>{"AAA", "BBB"}));
  EXPECT_FALSE(bloc.p.has_value());
  EXPECT_NEAR(bloc.weight, w, 1e-9);
  EXPECT_NEAR(bloc.quality, w - 0.5 * w, 1e-9);
  EXPECT_NEAR(bloc.cohesion, coop / (coop + conf), 1e-9);  // 0.8412
  EXPECT_DOUBLE_EQ(bloc.density, 1.0);
  ASSERT_EQ(bloc.ties.size(), 1u);
  const BlocTie& t = bloc.ties[0];
  EXPECT_EQ(t.a, "AAA");
  EXPECT_EQ(t.b, "BBB");
  EXPECT_NEAR(t.weight, w, 1e-9);
  EXPECT_NEAR(t.cooperative, coop, 1e-9);
  EXPECT_NEAR(t.conflictual, conf, 1e-9);
  EXPECT_EQ(t.events, 3);
  EXPECT_EQ(t.mentions, 6);
  EXPECT_EQ(t.quad[0], 2);
  EXPECT_EQ(t.quad[3], 1);
  EXPECT_TRUE(r.value().rivalries.empty());  // CCC is in no bloc
  EXPECT_EQ(BlocWith(r.value(), "CCC"), nullptr);
}

TEST(Blocs, BadOptionsAreErrors) {
  TempDir tmp;
  Builder b;
  b.Add("AAA", "BBB", 3.0, D("2025-03-01"));
  auto db = b.Build(tmp.file("t.db"));
  BlocOptions o;
  o.from = D("2025-04-01");
  o.to = D("2025-03-01");
  EXPECT_EQ(ComputeBlocs(*db, o).status().code(), StatusCode::kInvalidArgument);
  o = BlocOptions{};
  o.null_runs = 10;  // p ≤ 0.05 needs at least 19 permutations
  EXPECT_EQ(ComputeBlocs(*db, o).status().code(), StatusCode::kInvalidArgument);
  o = BlocOptions{};
  o.resolution = -1;
  EXPECT_EQ(ComputeBlocs(*db, o).status().code(), StatusCode::kInvalidArgument);
}

// ---- the conflict rule ------------------------------------------------------------------------

TEST(Blocs, RivalsWithOnlyConflictNeverShareABloc) {
  // AAA and BBB both cooperate with CCC, DDD, EEE (+10 each pair) and only fight each other (−1).
  // The signed objective alone would keep all five together: Q = 9 × (10 − 5) + (−1 − 5) = 39 with
  // γ = 0.5 × 10. The rule removes one rival: the other four form a bloc, Q = 6 × (10 − 5) = 30.
  std::vector<SignedEdge> edges;
  const int A = 0, B = 1;
  for (int x : {2, 3, 4}) {
    edges.push_back({A, x, 10});
    edges.push_back({B, x, 10});
  }
  edges.push_back({2, 3, 10});
  edges.push_back({2, 4, 10});
  edges.push_back({3, 4, 10});
  edges.push_back({A, B, -1});
  auto comm = PartitionSigned(5, edges, 5.0, 1);
  ASSERT_TRUE(comm.ok());
  const auto& c = comm.value();
  EXPECT_NE(c[A], c[B]);
  EXPECT_EQ(c[2], c[3]);
  EXPECT_EQ(c[3], c[4]);
  EXPECT_TRUE(c[A] == c[2] || c[B] == c[2]);  // one rival stays with the others
  EXPECT_NEAR(Quality(edges, c, 5.0), 30, 1e-9);

  // The same through a store, with the permutation test off (five states).
  TempDir tmp;
  Builder b;
  const char* names[] = {"AAA", "BBB", "CCC", "DDD", "EEE"};
  for (const auto& e : edges) b.Add(names[e.a], names[e.b], e.w, D("2025-01-10"));
  auto db = b.Build(tmp.file("r.db"));
  BlocOptions o;
  o.null_runs = 0;
  o.resolution = 0.5;  // γ = 0.5 × 10, as above
  auto r = ComputeBlocs(*db, o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().blocs.size(), 1u);
  const Bloc& bloc = r.value().blocs[0];
  EXPECT_EQ(bloc.members.size(), 4u);
  EXPECT_NE(BlocWith(r.value(), "AAA"), BlocWith(r.value(), "BBB"));
  EXPECT_NEAR(bloc.quality, 30, 1e-9);
  EXPECT_NEAR(bloc.cohesion, 1.0, 1e-12);
}

TEST(Blocs, PartitionKeepsTheRuleAndIsLocallyOptimalOnRandomSignedGraphs) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    const int n = 5 + trial % 30;
    std::vector<SignedEdge> edges;
    std::bernoulli_distribution present(0.4), negative(0.35);
    std::uniform_real_distribution<double> weight(0.1, 10);
    for (int a = 0; a < n; ++a)
      for (int b = a + 1; b < n; ++b)
        if (present(rng)) edges.push_back({a, b, negative(rng) ? -weight(rng) : weight(rng)});
    const double gamma = 1.5;
    auto comm = PartitionSigned(n, edges, gamma, 100 + static_cast<uint64_t>(trial));
    ASSERT_TRUE(comm.ok());
    const auto& c = comm.value();
    ASSERT_EQ(c.size(), static_cast<size_t>(n));
    for (const auto& e : edges)
      if (e.w < 0) {
        EXPECT_NE(c[static_cast<size_t>(e.a)], c[static_cast<size_t>(e.b)]) << "trial " << trial;
      }
    // No single node can move to another bloc (without a rival in it) or leave to be alone and
    // raise Q.
    const double q = Quality(edges, c, gamma);
    std::set<int> blocs(c.begin(), c.end());
    for (int v = 0; v < n; ++v) {
      std::vector<int> targets(blocs.begin(), blocs.end());
      targets.push_back(n + 1000);  // alone
      for (int t : targets) {
        if (t == c[static_cast<size_t>(v)]) continue;
        bool rival = false;
        for (const auto& e : edges)
          if (e.w < 0 && ((e.a == v && c[static_cast<size_t>(e.b)] == t) || (e.b == v && c[static_cast<size_t>(e.a)] == t)))
            rival = true;
        if (rival) continue;
        std::vector<int> moved = c;
        moved[static_cast<size_t>(v)] = t;
        EXPECT_LE(Quality(edges, moved, gamma), q + 1e-6) << "trial " << trial << " node " << v << " to " << t;
      }
    }
  }
}

// ---- camps, noise, reproducibility ---------------------------------------------------------

// Two camps that cooperate inside and fight each other, plus neutral states with sparse random
// contact. Camp X: XA..X<k>, camp Y: YA..Y<k>, neutrals N..: names sort within their groups.
void AddCamps(Builder& b, int camp_size, int neutrals, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> day(0, 360);
  std::uniform_real_distribution<double> coop(1, 8), conflict(-10, -2);
  auto name = [](char g, int i) { return std::string{g, static_cast<char>('A' + i), 'Z'}; };
  for (char g : {'X', 'Y'})
    for (int i = 0; i < camp_size; ++i)
      for (int j = i + 1; j < camp_size; ++j)
        for (int k = 0; k < 3; ++k)
          b.Add(name(g, i), name(g, j), coop(rng), base::CivilFromDays(base::DaysFromCivil(D("2025-01-01")) + day(rng)));
  for (int i = 0; i < camp_size; ++i)
    for (int j = 0; j < camp_size; ++j)
      for (int k = 0; k < 2; ++k)
        b.Add(name('X', i), name('Y', j), conflict(rng), base::CivilFromDays(base::DaysFromCivil(D("2025-01-01")) + day(rng)));
  std::uniform_int_distribution<int> who(0, 2 * camp_size + neutrals - 1);
  std::bernoulli_distribution sign(0.5);
  auto any = [&](int i) {
    if (i < camp_size) return name('X', i);
    if (i < 2 * camp_size) return name('Y', i - camp_size);
    return name('N', i - 2 * camp_size);
  };
  for (int e = 0; e < 6 * neutrals; ++e) {
    int s = who(rng), t = who(rng);
    if (s < 2 * camp_size && t < 2 * camp_size) continue;  // only contacts of neutrals
    if (s == t) continue;
    b.Add(any(s), any(t), sign(rng) ? coop(rng) : conflict(rng) / 2,
          base::CivilFromDays(base::DaysFromCivil(D("2025-01-01")) + day(rng)));
  }
}

TEST(Blocs, TwoCampsInConflictAreTwoBlocs) {
  // Small (4 + 4 states, no neutrals): the partition alone, since the permutation test cannot
  // tell 8 states from chance (see docs/ANALYSIS.md).
  {
    TempDir tmp;
    Builder b;
    AddCamps(b, 4, 0, 11);
    auto db = b.Build(tmp.file("c.db"));
    BlocOptions o;
    o.null_runs = 0;
    auto r = ComputeBlocs(*db, o);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().blocs.size(), 2u);
    std::set<std::vector<std::string>> got{r.value().blocs[0].members, r.value().blocs[1].members};
    EXPECT_EQ(got, (std::set<std::vector<std::string>>{{"XAZ", "XBZ", "XCZ", "XDZ"}, {"YAZ", "YBZ", "YCZ", "YDZ"}}));
    for (const auto& bloc : r.value().blocs) {
      EXPECT_DOUBLE_EQ(bloc.cohesion, 1.0);
      EXPECT_DOUBLE_EQ(bloc.density, 1.0);
      EXPECT_EQ(bloc.ties.size(), 6u);
    }
    // Every one of the 16 cross-camp pairs is a rivalry between the two blocs; the top 10 come back,
    // most negative first.
    ASSERT_EQ(r.value().rivalries.size(), 10u);
    for (size_t i = 0; i < r.value().rivalries.size(); ++i) {
      const auto& rv = r.value().rivalries[i];
      EXPECT_NE(rv.bloc_a, rv.bloc_b);
      EXPECT_LT(rv.tie.weight, 0);
      if (i) {
        EXPECT_LE(r.value().rivalries[i - 1].tie.weight, rv.tie.weight);
      }
    }
  }
  // Larger camps among neutral states: both camps pass the permutation test, the neutrals join
  // neither.
  for (uint32_t seed : {21u, 22u, 23u}) {
    TempDir tmp;
    Builder b;
    AddCamps(b, 7, 16, seed);
    auto db = b.Build(tmp.file("c.db"));
    BlocOptions o;
    o.seed = seed;
    auto r = ComputeBlocs(*db, o);
    ASSERT_TRUE(r.ok());
    const Bloc* x = BlocWith(r.value(), "XAZ");
    const Bloc* y = BlocWith(r.value(), "YAZ");
    ASSERT_NE(x, nullptr) << "seed " << seed;
    ASSERT_NE(y, nullptr) << "seed " << seed;
    EXPECT_NE(x, y);
    EXPECT_EQ(x->members, (std::vector<std::string>{"XAZ", "XBZ", "XCZ", "XDZ", "XEZ", "XFZ", "XGZ"})) << "seed " << seed;
    EXPECT_EQ(y->members, (std::vector<std::string>{"YAZ", "YBZ", "YCZ", "YDZ", "YEZ", "YFZ", "YGZ"})) << "seed " << seed;
    ASSERT_TRUE(x->p.has_value());
    EXPECT_LE(*x->p, 0.05);
    EXPECT_LE(*y->p, 0.05);
  }
}

// Ties of pure noise: `events` events between random states, cooperative or conflictual with
// equal chance, Goldstein magnitude 1..10, 1..3 mentions. State i takes part with weight
// (i + 1)^-skew: skew 0 is uniform, skew 1 gives a few very active "hub" states, as in the news.
std::vector<BlocTie> NoiseTies(uint32_t seed, int states, int events, double skew) {
  std::mt19937 rng(seed);
  std::vector<double> activity;
  for (int i = 0; i < states; ++i) activity.push_back(std::pow(i + 1.0, -skew));
  std::discrete_distribution<int> who(activity.begin(), activity.end());
  std::uniform_int_distribution<int> mentions(1, 3);
  std::bernoulli_distribution sign(0.5);
  std::uniform_real_distribution<double> mag(1, 10);
  std::map<std::pair<int, int>, BlocTie> ties;
  for (int e = 0; e < events; ++e) {
    int s = who(rng), t = who(rng);
    if (s == t) continue;
    if (s > t) std::swap(s, t);
    BlocTie& tie = ties[{s, t}];
    tie.a = "S" + std::to_string(100 + s);
    tie.b = "S" + std::to_string(100 + t);
    const double w = (sign(rng) ? 1 : -1) * mag(rng) * (1 + std::log(static_cast<double>(mentions(rng))));
    tie.weight += w;
    (w > 0 ? tie.cooperative : tie.conflictual) += std::fabs(w);
    ++tie.events;
  }
  std::vector<BlocTie> out;
  for (auto& [key, tie] : ties) out.push_back(tie);
  return out;
}

// Runs `networks` noise networks; returns how many report a bloc with and without the test.
std::pair<int, int> CountNoiseBlocs(int networks, int states, int events, double skew, size_t* largest) {
  int with_bloc = 0, raw_with_bloc = 0;
  for (uint32_t seed = 1; seed <= static_cast<uint32_t>(networks); ++seed) {
    BlocOptions o;
    o.seed = seed;
    auto r = FindBlocs(NoiseTies(seed, states, events, skew), o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (!r.ok()) continue;
    if (!r.value().blocs.empty()) ++with_bloc;
    for (const auto& b : r.value().blocs) *largest = std::max(*largest, b.members.size());
    o.null_runs = 0;
    auto raw = FindBlocs(NoiseTies(seed, states, events, skew), o);
    if (raw.ok() && !raw.value().blocs.empty()) ++raw_with_bloc;
  }
  return {with_bloc, raw_with_bloc};
}

TEST(Blocs, PureNoiseRarelyGivesABloc) {
  // Without structure the permutation test reports a bloc in about alpha = 5% of networks or
  // fewer (family-wise). The partition alone (no test) finds blocs in nearly all of them.
  // Uniform activity, 20 states, 4,000 events (every pair has ties): at most 7 of 60 may report
  // one (P(more than 7 | 5%) ≈ 1%).
  size_t largest = 0;
  auto [uniform, uniform_raw] = CountNoiseBlocs(60, 20, 4000, 0.0, &largest);
  EXPECT_LE(uniform, 7);
  EXPECT_GE(uniform_raw, 54);
  // Hub states (skew 1), 60 states, 3,000 events, a sparse network: the case that a null
  // scattering ties uniformly gets wrong (it reported a bloc in 22 of 40 such networks); at most
  // 5 of 30 (P(more than 5 | 5%) ≈ 0.3%).
  size_t largest_hubs = 0;
  auto [hubs, hubs_raw] = CountNoiseBlocs(30, 60, 3000, 1.0, &largest_hubs);
  EXPECT_LE(hubs, 5);
  EXPECT_GE(hubs_raw, 27);
  std::printf("noise: uniform %d/60 report a bloc (%d without the test), hubs %d/30 (%d without; largest %zu)\n",
              uniform, uniform_raw, hubs, hubs_raw, largest_hubs);
}

TEST(Blocs, FindBlocsRejectsMalformedTies) {
  BlocTie self;
  self.a = self.b = "AAA";
  self.weight = 1;
  EXPECT_EQ(FindBlocs({self}, BlocOptions{}).status().code(), StatusCode::kInvalidArgument);
  BlocTie ab, ba;
  ab.a = ba.b = "AAA";
  ab.b = ba.a = "BBB";
  EXPECT_EQ(FindBlocs({ab, ba}, BlocOptions{}).status().code(), StatusCode::kInvalidArgument);
  // Ties come back with a < b whatever order they were given in.
  ba.weight = 5;
  BlocOptions o;
  o.null_runs = 0;
  o.resolution = 0.5;
  auto r = FindBlocs({ba}, o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().blocs.size(), 1u);
  EXPECT_EQ(r.value().blocs[0].ties[0].a, "AAA");
}

TEST(Blocs, SameSeedSameOutput) {
  TempDir tmp;
  Builder b;
  AddCamps(b, 6, 12, 5);
  auto db = b.Build(tmp.file("s.db"));
  BlocOptions o;
  o.seed = 42;
  auto first = ComputeBlocs(*db, o);
  auto second = ComputeBlocs(*db, o);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(first.value().blocs.size(), second.value().blocs.size());
  EXPECT_EQ(first.value().null_threshold, second.value().null_threshold);
  for (size_t i = 0; i < first.value().blocs.size(); ++i) {
    EXPECT_EQ(first.value().blocs[i].members, second.value().blocs[i].members);
    EXPECT_EQ(first.value().blocs[i].p, second.value().blocs[i].p);
    EXPECT_EQ(first.value().blocs[i].quality, second.value().blocs[i].quality);
  }
}

}  // namespace
}  // namespace entente::analyze
