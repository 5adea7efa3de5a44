// analyze/blocs.cc — signed interaction network → blocs (igraph Leiden on the signed Constant
// Potts Model, a repair step for conflict ties, a permutation test). See blocs.h, docs/ANALYSIS.md.
#include "analyze/blocs.h"

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "analyze/intern.h"

namespace entente::analyze {

namespace {

// 1 + ln(mentions): a widely reported event counts more, but sub-linearly (10 mentions ≈ 3.3×).
double MentionFactor(int mentions) {
  static const std::vector<double> table = [] {
    std::vector<double> t(256);
    t[0] = 1;
    for (size_t m = 1; m < t.size(); ++m) t[m] = 1 + std::log(static_cast<double>(m));
    return t;
  }();
  if (mentions <= 1) return 1;
  if (mentions < static_cast<int>(table.size())) return table[static_cast<size_t>(mentions)];
  return 1 + std::log(static_cast<double>(mentions));
}

// RAII for the igraph objects of one Leiden run.
struct IgraphRun {
  igraph_t graph;
  igraph_vector_int_t edges, membership;
  igraph_vector_t weights;
  bool graph_ok = false, edges_ok = false, membership_ok = false, weights_ok = false;
  ~IgraphRun() {
    if (graph_ok) igraph_destroy(&graph);
    if (edges_ok) igraph_vector_int_destroy(&edges);
    if (membership_ok) igraph_vector_int_destroy(&membership);
    if (weights_ok) igraph_vector_destroy(&weights);
  }
};

// igraph's default error handler aborts the process; library code returns statuses instead.
class IgraphErrorsReturned {
 public:
  IgraphErrorsReturned() : old_(igraph_set_error_handler(igraph_error_handler_ignore)) {}
  ~IgraphErrorsReturned() { igraph_set_error_handler(old_); }

 private:
  igraph_error_handler_t* old_;
};

Status IgraphError(const char* what, igraph_error_t rc) {
  return Status(StatusCode::kInternal, std::string("igraph: ") + what + ": " + igraph_strerror(rc));
}

// Leiden (CPM, unit node weights, resolution γ) on the signed graph, iterated until an
// iteration changes nothing.
Result<std::vector<int>> Leiden(int n, const std::vector<SignedEdge>& edges, double gamma, uint64_t seed) {
  IgraphErrorsReturned guard;
  IgraphRun run;
  igraph_error_t rc;
  if ((rc = igraph_vector_int_init(&run.edges, static_cast<igraph_integer_t>(2 * edges.size()))) != IGRAPH_SUCCESS)
    return IgraphError("edges", rc);
  run.edges_ok = true;
  if ((rc = igraph_vector_init(&run.weights, static_cast<igraph_integer_t>(edges.size()))) != IGRAPH_SUCCESS)
    return IgraphError("weights", rc);
  run.weights_ok = true;
  for (size_t i = 0; i < edges.size(); ++i) {
    VECTOR(run.edges)[2 * i] = edges[i].a;
    VECTOR(run.edges)[2 * i + 1] = edges[i].b;
    VECTOR(run.weights)[i] = edges[i].w;
  }
  if ((rc = igraph_create(&run.graph, &run.edges, n, IGRAPH_UNDIRECTED)) != IGRAPH_SUCCESS)
    return IgraphError("graph", rc);
  run.graph_ok = true;
  if ((rc = igraph_vector_int_init_range(&run.membership, 0, n)) != IGRAPH_SUCCESS) return IgraphError("membership", rc);
  run.membership_ok = true;
  igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(seed));
  igraph_integer_t clusters = 0;
  // n_iterations < 0: iterate until an iteration leaves the partition unchanged.
  rc = igraph_community_leiden(&run.graph, &run.weights, nullptr, gamma, /*beta=*/0.01, /*start=*/true,
                               /*n_iterations=*/-1, &run.membership, &clusters, nullptr);
  if (rc != IGRAPH_SUCCESS) return IgraphError("community_leiden", rc);
  std::vector<int> out(static_cast<size_t>(n));
  for (int v = 0; v < n; ++v) out[static_cast<size_t>(v)] = static_cast<int>(VECTOR(run.membership)[v]);
  return out;
}

// Adjacency in compressed rows: neighbours of v are nbr[start[v] .. start[v + 1]).
struct Adjacency {
  std::vector<size_t> start;
  std::vector<int> nbr;
  std::vector<double> w;
  Adjacency(int n, const std::vector<SignedEdge>& edges) : start(static_cast<size_t>(n) + 1, 0) {
    for (const auto& e : edges) {
      ++start[static_cast<size_t>(e.a) + 1];
      ++start[static_cast<size_t>(e.b) + 1];
    }
    for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    nbr.resize(start.back());
    w.resize(start.back());
    std::vector<size_t> fill(start.begin(), start.end() - 1);
    for (const auto& e : edges) {
      nbr[fill[static_cast<size_t>(e.a)]] = e.b;
      w[fill[static_cast<size_t>(e.a)]++] = e.w;
      nbr[fill[static_cast<size_t>(e.b)]] = e.a;
      w[fill[static_cast<size_t>(e.b)]++] = e.w;
    }
  }
};

bool Better(double candidate, double best) { return candidate > best + 1e-9 * (1 + std::fabs(best)); }

// Makes the partition respect conflict ties, then moves single nodes while that raises Q.
// 1. While a bloc holds a hostile pair (net tie < 0), the member of such a pair with the
//    smallest contribution Σ_{u in bloc} w_vu − γ (k − 1) leaves it for a bloc of its own.
// 2. Sweeps the nodes in index order, moving each to the bloc (or solitude) that raises Q most
//    among those holding none of its rivals, until a sweep moves nothing (at most 100 sweeps).
void RepairAndPolish(int n, const Adjacency& adj, double gamma, std::vector<int>& comm) {
  const size_t un = static_cast<size_t>(n);
  std::vector<int> size(un, 0);
  for (int c : comm) ++size[static_cast<size_t>(c)];
  std::vector<int> empty;
  for (int c = n - 1; c >= 0; --c)
    if (size[static_cast<size_t>(c)] == 0) empty.push_back(c);
  auto move = [&](int v, int to) {
    --size[static_cast<size_t>(comm[static_cast<size_t>(v)])];
    if (size[static_cast<size_t>(comm[static_cast<size_t>(v)])] == 0) empty.push_back(comm[static_cast<size_t>(v)]);
    if (to < 0) {
      to = empty.back();
      empty.pop_back();
    }
    comm[static_cast<size_t>(v)] = to;
    ++size[static_cast<size_t>(to)];
  };

  // 1. Repair, bloc by bloc (blocs are disjoint, so the work is bounded by their volume). Each
  //    member's summed tie to its bloc and count of rivals in it are kept up to date on removal.
  std::vector<std::vector<int>> members(un);
  for (int v = 0; v < n; ++v) members[static_cast<size_t>(comm[static_cast<size_t>(v)])].push_back(v);
  std::vector<double> sum(un, 0);
  std::vector<int> rivals(un, 0);
  for (int c = 0; c < n; ++c) {
    std::vector<int>& m = members[static_cast<size_t>(c)];
    if (m.size() < 2) continue;
    bool any = false;
    for (int v : m) {
      for (size_t i = adj.start[static_cast<size_t>(v)]; i < adj.start[static_cast<size_t>(v) + 1]; ++i) {
        if (comm[static_cast<size_t>(adj.nbr[i])] != c) continue;
        sum[static_cast<size_t>(v)] += adj.w[i];
        if (adj.w[i] < 0) ++rivals[static_cast<size_t>(v)];
      }
      any |= rivals[static_cast<size_t>(v)] > 0;
    }
    while (any) {
      // The contribution Σ w − γ (k − 1) differs from `sum` by the same amount for every member.
      size_t worst = m.size();
      for (size_t j = 0; j < m.size(); ++j) {
        const size_t v = static_cast<size_t>(m[j]);
        if (rivals[v] > 0 && (worst == m.size() || sum[v] < sum[static_cast<size_t>(m[worst])])) worst = j;
      }
      if (worst == m.size()) break;
      const int v = m[worst];
      for (size_t i = adj.start[static_cast<size_t>(v)]; i < adj.start[static_cast<size_t>(v) + 1]; ++i) {
        const size_t u = static_cast<size_t>(adj.nbr[i]);
        if (comm[u] != c) continue;
        sum[u] -= adj.w[i];
        if (adj.w[i] < 0) --rivals[u];
      }
      move(v, -1);
      m.erase(m.begin() + static_cast<std::ptrdiff_t>(worst));
    }
  }

  // 2. Local moves under the constraint: first from a queue (every node once, then the
  //    neighbours of each node that moved), then full sweeps until one moves nothing (a move also
  //    changes the sizes the other nodes compare with, which the queue does not follow).
  std::vector<double> link(un, 0);
  std::vector<char> hostile(un, 0);
  std::vector<int> touched;
  auto consider = [&](int v) {  // moves v to its best allowed place; true when it moved
    const int cur = comm[static_cast<size_t>(v)];
    touched.clear();
    for (size_t i = adj.start[static_cast<size_t>(v)]; i < adj.start[static_cast<size_t>(v) + 1]; ++i) {
      const int c = comm[static_cast<size_t>(adj.nbr[i])];
      if (link[static_cast<size_t>(c)] == 0 && !hostile[static_cast<size_t>(c)]) touched.push_back(c);
      link[static_cast<size_t>(c)] += adj.w[i];
      if (adj.w[i] < 0) hostile[static_cast<size_t>(c)] = 1;
      // An exact cancellation to 0 would re-add c: harmless (duplicates are compared twice).
    }
    double best = link[static_cast<size_t>(cur)] - gamma * (size[static_cast<size_t>(cur)] - 1);
    int target = cur;
    if (size[static_cast<size_t>(cur)] > 1 && Better(0, best)) {
      best = 0;
      target = -1;
    }
    for (int c : touched) {
      if (c == cur || hostile[static_cast<size_t>(c)]) continue;
      const double gain = link[static_cast<size_t>(c)] - gamma * size[static_cast<size_t>(c)];
      if (Better(gain, best)) {
        best = gain;
        target = c;
      }
    }
    for (int c : touched) {
      link[static_cast<size_t>(c)] = 0;
      hostile[static_cast<size_t>(c)] = 0;
    }
    link[static_cast<size_t>(cur)] = 0;
    hostile[static_cast<size_t>(cur)] = 0;
    if (target == cur) return false;
    move(v, target);
    return true;
  };
  std::vector<int> queue(un);
  std::iota(queue.begin(), queue.end(), 0);
  std::vector<char> queued(un, 1);
  for (size_t head = 0; head < queue.size() && head < 100 * un; ++head) {
    const int v = queue[head];
    queued[static_cast<size_t>(v)] = 0;
    if (!consider(v)) continue;
    for (size_t i = adj.start[static_cast<size_t>(v)]; i < adj.start[static_cast<size_t>(v) + 1]; ++i) {
      const size_t u = static_cast<size_t>(adj.nbr[i]);
      if (!queued[u]) {
        queued[u] = 1;
        queue.push_back(static_cast<int>(u));
      }
    }
  }
  for (int sweep = 0; sweep < 100; ++sweep) {
    bool moved = false;
    for (int v = 0; v < n; ++v) moved |= consider(v);
    if (!moved) break;
  }
}

// Dense bloc ids in order of each bloc's lowest node.
void Relabel(std::vector<int>& comm) {
  std::unordered_map<int, int> ids;
  for (int& c : comm) c = ids.emplace(c, static_cast<int>(ids.size())).first->second;
}

// The best (largest) bloc term of Q among blocs of ≥ 2 members; 0 when there is none.
double BestBlocQuality(int n, const std::vector<SignedEdge>& edges, const std::vector<int>& comm, double gamma) {
  std::vector<double> weight(static_cast<size_t>(n), 0);
  std::vector<int64_t> size(static_cast<size_t>(n), 0);
  for (int c : comm) ++size[static_cast<size_t>(c)];
  for (const auto& e : edges)
    if (comm[static_cast<size_t>(e.a)] == comm[static_cast<size_t>(e.b)]) weight[static_cast<size_t>(comm[static_cast<size_t>(e.a)])] += e.w;
  double best = 0;
  for (int c = 0; c < n; ++c) {
    const int64_t k = size[static_cast<size_t>(c)];
    if (k >= 2) best = std::max(best, weight[static_cast<size_t>(c)] - gamma * static_cast<double>(k * (k - 1) / 2));
  }
  return best;
}

// Which pairs are joined: a bit matrix for up to kDenseNodes nodes, a hash set beyond.
class PairSet {
 public:
  PairSet(int n, const std::vector<SignedEdge>& edges) : n_(static_cast<uint64_t>(n)) {
    if (n <= kDenseNodes) bits_.assign((n_ * n_ + 63) / 64, 0);
    for (const auto& e : edges) Insert(e.a, e.b);
  }
  bool Has(int a, int b) const {
    const uint64_t k = Key(a, b);
    return bits_.empty() ? set_.count(k) > 0 : (bits_[k >> 6] >> (k & 63)) & 1;
  }
  void Insert(int a, int b) {
    const uint64_t k = Key(a, b);
    if (bits_.empty()) set_.insert(k);
    else bits_[k >> 6] |= uint64_t{1} << (k & 63);
  }
  void Erase(int a, int b) {
    const uint64_t k = Key(a, b);
    if (bits_.empty()) set_.erase(k);
    else bits_[k >> 6] &= ~(uint64_t{1} << (k & 63));
  }

 private:
  static constexpr int kDenseNodes = 8192;
  uint64_t Key(int a, int b) const {
    if (a > b) std::swap(a, b);
    return static_cast<uint64_t>(a) * n_ + static_cast<uint64_t>(b);
  }
  uint64_t n_;
  std::vector<uint64_t> bits_;
  std::unordered_set<uint64_t> set_;
};

// The null model of the permutation test: the observed ties rewired by degree-preserving edge
// swaps (Maslov–Sneppen). kSwapsPerTie × ties swaps are attempted; each picks two ties (a, b) and
// (c, d) and, when neither (a, d) nor (c, b) is a tie yet, replaces them by those two, each
// keeping its weight (so a keeps the weight it had with b, c the one it had with d). Every node
// keeps its number of partners; which partners, and so which triangles, is random. In a nearly
// complete network few swaps succeed and the null stays close to the data (a conservative test).
constexpr int kSwapsPerTie = 5;

// SplitMix64 (Steele, Lea & Flood): a small, fast generator, plenty for choosing swaps.
struct SplitMix64 {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

std::vector<SignedEdge> Rewire(int n, const std::vector<SignedEdge>& edges, SplitMix64& rng) {
  std::vector<SignedEdge> out = edges;
  if (out.size() < 2) return out;
  PairSet present(n, out);
  const uint64_t m = out.size();
  const size_t attempts = kSwapsPerTie * out.size();
  for (size_t t = 0; t < attempts; ++t) {
    const uint64_t r = rng.Next();
    // Two ties (multiply-shift on 32-bit halves; the bias for m < 2^32 is negligible here).
    const size_t i = static_cast<size_t>(((r & 0xFFFFFFFFULL) * m) >> 32);
    const size_t j = static_cast<size_t>(((r >> 32) * m) >> 32);
    if (i == j) continue;
    const int a = out[i].a, b = out[i].b;
    int c = out[j].a, d = out[j].b;
    if (rng.Next() & 1) std::swap(c, d);
    if (a == c || a == d || b == c || b == d) continue;
    if (present.Has(a, d) || present.Has(c, b)) continue;
    present.Erase(a, b);
    present.Erase(c, d);
    present.Insert(a, d);
    present.Insert(c, b);
    out[i] = {std::min(a, d), std::max(a, d), out[i].w};
    out[j] = {std::min(c, b), std::max(c, b), out[j].w};
  }
  return out;
}

// Dense ids for node names. Three upper-case letters (ISO3 country codes, nearly every name at
// the country level) go through a direct table; anything else through the Interner.
class NodeIds {
 public:
  int Id(std::string_view s) {
    if (s.size() == 3 && Upper(s[0]) && Upper(s[1]) && Upper(s[2])) {
      int& slot = iso3_[static_cast<size_t>(((s[0] - 'A') * 26 + (s[1] - 'A')) * 26 + (s[2] - 'A'))];
      if (slot < 0) slot = names_.Id(s);
      return slot;
    }
    return names_.Id(s);
  }
  const Interner& names() const { return names_; }

 private:
  static bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
  std::vector<int> iso3_ = std::vector<int>(26 * 26 * 26, -1);
  Interner names_;
};

// Index of each unordered pair of ids (a < b) in order of first appearance: a direct table while
// both ids are below kDense (the country level), a hash map beyond.
class PairIndex {
 public:
  // The pair's index and whether it was just added.
  std::pair<uint32_t, bool> Find(int a, int b) {
    if (b < kDense) {
      uint32_t& slot = dense_[static_cast<size_t>(a) * kDense + static_cast<size_t>(b)];
      if (slot != 0) return {slot - 1, false};
      slot = ++size_;
      return {slot - 1, true};
    }
    auto [it, added] = sparse_.emplace(static_cast<uint64_t>(a) << 32 | static_cast<uint32_t>(b), size_);
    if (added) ++size_;
    return {it->second, added};
  }

 private:
  static constexpr int kDense = 1024;
  std::vector<uint32_t> dense_ = std::vector<uint32_t>(static_cast<size_t>(kDense) * kDense, 0);  // index + 1
  std::unordered_map<uint64_t, uint32_t> sparse_;
  uint32_t size_ = 0;
};

struct TieAcc {
  double weight = 0, cooperative = 0, conflictual = 0;
  int64_t events = 0, mentions = 0;
  int64_t quad[4] = {0, 0, 0, 0};
};

}  // namespace

Result<std::vector<int>> PartitionSigned(int n, const std::vector<SignedEdge>& edges, double gamma, uint64_t seed) {
  if (n <= 0) return std::vector<int>{};
  for (const auto& e : edges)
    if (e.a < 0 || e.b < 0 || e.a >= n || e.b >= n || e.a == e.b || !std::isfinite(e.w))
      return Status(StatusCode::kInvalidArgument, "PartitionSigned: bad edge");
  auto leiden = Leiden(n, edges, gamma, seed);
  if (!leiden.ok()) return leiden.status();
  std::vector<int> comm = std::move(leiden.value());
  RepairAndPolish(n, Adjacency(n, edges), gamma, comm);
  Relabel(comm);
  return comm;
}

Result<BlocResult> ComputeBlocs(store::EventStore& store, const BlocOptions& o) {
  if (o.from && o.to && *o.to < *o.from)
    return Status(StatusCode::kInvalidArgument, "the date range ends before it starts");

  // One scan: ties per undirected pair, keyed by interned ids.
  NodeIds ids;
  PairIndex index;
  std::vector<std::pair<int, int>> keys;
  std::vector<TieAcc> acc;
  const bool country = o.level == DyadLevel::kCountry;
  store::EventQuery q;
  q.from = o.from;
  q.to = o.to;
  Status s = store.Scan(
      q,
      [&](const store::EventRow& r) {
        const std::string_view src = country ? r.source_country : r.source_code;
        const std::string_view tgt = country ? r.target_country : r.target_code;
        if (src.empty() || tgt.empty() || r.target_code.empty() || src == tgt) return true;
        int a = ids.Id(src), b = ids.Id(tgt);
        if (a > b) std::swap(a, b);
        const auto [at, added] = index.Find(a, b);
        if (added) {
          keys.emplace_back(a, b);
          acc.emplace_back();
        }
        TieAcc& t = acc[at];
        const double w = r.goldstein * MentionFactor(r.mentions);
        t.weight += w;
        if (w > 0) t.cooperative += w;
        if (w < 0) t.conflictual -= w;
        ++t.events;
        t.mentions += r.mentions;
        if (r.quad_class >= 1 && r.quad_class <= 4) ++t.quad[r.quad_class - 1];
        return true;
      },
      nullptr);
  if (!s.ok()) return s;
  std::vector<BlocTie> ties(acc.size());
  for (size_t i = 0; i < acc.size(); ++i) {
    BlocTie& t = ties[i];
    t.a = ids.names().Name(keys[i].first);
    t.b = ids.names().Name(keys[i].second);
    t.weight = acc[i].weight;
    t.cooperative = acc[i].cooperative;
    t.conflictual = acc[i].conflictual;
    t.events = acc[i].events;
    t.mentions = acc[i].mentions;
    std::copy(acc[i].quad, acc[i].quad + 4, t.quad);
  }
  return FindBlocs(std::move(ties), o);
}

Result<BlocResult> FindBlocs(std::vector<BlocTie> ties, const BlocOptions& o) {
  if (!(o.resolution >= 0) || !std::isfinite(o.resolution))
    return Status(StatusCode::kInvalidArgument, "the resolution must be a number >= 0");
  if (!(o.alpha > 0 && o.alpha < 1)) return Status(StatusCode::kInvalidArgument, "alpha must lie in (0, 1)");
  if (o.null_runs < 0 || (o.null_runs > 0 && std::floor(o.alpha * (o.null_runs + 1)) < 1))
    return Status(StatusCode::kInvalidArgument,
                  "too few permutations: with alpha " + std::to_string(o.alpha) + " at least " +
                      std::to_string(static_cast<int>(std::ceil(1 / o.alpha)) - 1) + " are needed (or 0)");
  BlocResult result;
  result.null_runs = o.null_runs;

  // Nodes in name order and edges sorted by (a, b), so the result does not depend on the order
  // of the ties (or of the store's scan).
  std::vector<std::string> names;
  names.reserve(2 * ties.size());
  for (auto& t : ties) {
    if (!std::isfinite(t.weight)) return Status(StatusCode::kInvalidArgument, "tie weight is not finite");
    if (t.b < t.a) std::swap(t.a, t.b);
    if (t.a == t.b) return Status(StatusCode::kInvalidArgument, "a tie of " + t.a + " with itself");
    names.push_back(t.a);
    names.push_back(t.b);
    result.events += t.events;
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  const int n = static_cast<int>(names.size());
  result.nodes = n;
  result.ties = static_cast<int64_t>(ties.size());
  auto rank = [&](const std::string& name) {
    return static_cast<int>(std::lower_bound(names.begin(), names.end(), name) - names.begin());
  };
  std::vector<SignedEdge> edges;
  edges.reserve(ties.size());
  for (const auto& t : ties) edges.push_back({rank(t.a), rank(t.b), t.weight});
  std::vector<size_t> by_pair(ties.size());
  std::iota(by_pair.begin(), by_pair.end(), 0);
  std::sort(by_pair.begin(), by_pair.end(), [&](size_t x, size_t y) {
    return std::make_pair(edges[x].a, edges[x].b) < std::make_pair(edges[y].a, edges[y].b);
  });
  {
    std::vector<SignedEdge> sorted;
    sorted.reserve(edges.size());
    for (size_t i : by_pair) sorted.push_back(edges[i]);
    edges = std::move(sorted);
  }
  double positive_sum = 0;
  int64_t positive_ties = 0;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (i && edges[i].a == edges[i - 1].a && edges[i].b == edges[i - 1].b)
      return Status(StatusCode::kInvalidArgument, "two ties between " + names[static_cast<size_t>(edges[i].a)] +
                                                      " and " + names[static_cast<size_t>(edges[i].b)]);
    if (edges[i].w > 0) {
      positive_sum += edges[i].w;
      ++positive_ties;
    }
  }
  if (positive_ties == 0) return result;  // no cooperation, no bloc
  const double gamma = o.resolution * positive_sum / static_cast<double>(positive_ties);
  result.gamma = gamma;

  // 3. The partition, and each bloc's term of Q.
  auto partition = PartitionSigned(n, edges, gamma, o.seed);
  if (!partition.ok()) return partition.status();
  const std::vector<int>& comm = partition.value();
  std::vector<std::vector<int>> members(static_cast<size_t>(n));
  for (int v = 0; v < n; ++v) members[static_cast<size_t>(comm[static_cast<size_t>(v)])].push_back(v);
  std::vector<double> internal(static_cast<size_t>(n), 0);
  for (const auto& e : edges)
    if (comm[static_cast<size_t>(e.a)] == comm[static_cast<size_t>(e.b)]) internal[static_cast<size_t>(comm[static_cast<size_t>(e.a)])] += e.w;
  auto quality = [&](int c) {
    const double k = static_cast<double>(members[static_cast<size_t>(c)].size());
    return internal[static_cast<size_t>(c)] - gamma * k * (k - 1) / 2;
  };

  // 4. The permutation test: the best bloc found in networks rewired at random (Rewire).
  std::vector<double> null_best;
  if (o.null_runs > 0) {
    SplitMix64 rng{o.seed * 0x2545F4914F6CDD1DULL + 0x5851F42D4C957F2DULL};
    for (int r = 0; r < o.null_runs; ++r) {
      std::vector<SignedEdge> scattered = Rewire(n, edges, rng);
      auto null_partition = PartitionSigned(n, scattered, gamma, o.seed + 1 + static_cast<uint64_t>(r));
      if (!null_partition.ok()) return null_partition.status();
      null_best.push_back(BestBlocQuality(n, scattered, null_partition.value(), gamma));
    }
    std::sort(null_best.begin(), null_best.end(), std::greater<>());
    const size_t k = static_cast<size_t>(std::floor(o.alpha * (o.null_runs + 1)));  // ≥ 1 (checked)
    result.null_threshold = null_best[k - 1];
  }

  // 5. Reported blocs.
  std::vector<int> bloc_of(static_cast<size_t>(n), -1);
  std::vector<int> kept;
  std::vector<std::optional<double>> p_of(static_cast<size_t>(n));
  for (int c = 0; c < n; ++c) {
    if (members[static_cast<size_t>(c)].size() < 2) continue;
    const double qc = quality(c);
    if (qc <= 0) continue;
    if (o.null_runs > 0) {
      const size_t as_good = static_cast<size_t>(
          std::upper_bound(null_best.begin(), null_best.end(), qc, std::greater<>()) - null_best.begin());
      const double p = static_cast<double>(1 + as_good) / static_cast<double>(o.null_runs + 1);
      if (p > o.alpha) continue;
      p_of[static_cast<size_t>(c)] = p;
    }
    kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(), [&](int x, int y) {
    if (quality(x) != quality(y)) return quality(x) > quality(y);
    return members[static_cast<size_t>(x)][0] < members[static_cast<size_t>(y)][0];
  });
  auto tie_of = [&](size_t i) { return ties[by_pair[i]]; };  // edges[i] is ties[by_pair[i]]
  for (size_t i = 0; i < kept.size(); ++i) {
    const int c = kept[i];
    Bloc bloc;
    for (int v : members[static_cast<size_t>(c)]) {
      bloc.members.push_back(names[static_cast<size_t>(v)]);  // node order is name order
      bloc_of[static_cast<size_t>(v)] = static_cast<int>(i);
    }
    bloc.weight = internal[static_cast<size_t>(c)];
    bloc.quality = quality(c);
    bloc.p = p_of[static_cast<size_t>(c)];
    result.blocs.push_back(std::move(bloc));
  }
  std::vector<double> cooperative(kept.size(), 0), conflictual(kept.size(), 0);
  std::vector<int64_t> positive_pairs(kept.size(), 0);
  std::vector<size_t> rivals;
  for (size_t i = 0; i < edges.size(); ++i) {
    const int ba = bloc_of[static_cast<size_t>(edges[i].a)], bb = bloc_of[static_cast<size_t>(edges[i].b)];
    if (ba < 0 || bb < 0) continue;
    if (ba == bb) {
      Bloc& bloc = result.blocs[static_cast<size_t>(ba)];
      bloc.ties.push_back(tie_of(i));
      cooperative[static_cast<size_t>(ba)] += bloc.ties.back().cooperative;
      conflictual[static_cast<size_t>(ba)] += bloc.ties.back().conflictual;
      if (edges[i].w > 0) ++positive_pairs[static_cast<size_t>(ba)];
    } else if (edges[i].w < 0) {
      rivals.push_back(i);
    }
  }
  for (size_t i = 0; i < result.blocs.size(); ++i) {
    Bloc& bloc = result.blocs[i];
    const double k = static_cast<double>(bloc.members.size());
    const double total = cooperative[i] + conflictual[i];
    bloc.cohesion = total > 0 ? cooperative[i] / total : 0;
    bloc.density = static_cast<double>(positive_pairs[i]) / (k * (k - 1) / 2);
    std::stable_sort(bloc.ties.begin(), bloc.ties.end(),
                     [](const BlocTie& x, const BlocTie& y) { return x.weight > y.weight; });
  }
  std::stable_sort(rivals.begin(), rivals.end(), [&](size_t x, size_t y) { return edges[x].w < edges[y].w; });
  for (size_t j = 0; j < rivals.size() && static_cast<int>(j) < o.rivalries; ++j) {
    const size_t i = rivals[j];
    Rivalry r;
    r.tie = tie_of(i);
    r.bloc_a = bloc_of[static_cast<size_t>(edges[i].a)];
    r.bloc_b = bloc_of[static_cast<size_t>(edges[i].b)];
    result.rivalries.push_back(std::move(r));
  }
  return result;
}

}  // namespace entente::analyze
