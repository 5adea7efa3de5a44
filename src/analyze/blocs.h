// analyze/blocs.h — `entente blocs`: blocs of states in the signed interaction network of a window
// (method, parameters and schema: docs/ANALYSIS.md, "Blocs").
//
// Each dyad's tie is the sum over its events (either direction) of goldstein × (1 + ln mentions):
// cooperation pulls two states together, conflict pushes them apart. Blocs maximise the signed
// Constant Potts Model  Q = Σ_blocs Σ_{i<j in bloc} (w_ij − γ)  with igraph's Leiden algorithm
// (negative ties enter the objective as they are), then a repair step guarantees that no bloc
// holds two states whose net tie is negative, and a permutation test keeps only blocs that beat
// the best bloc the same procedure finds in networks rewired at random with every node keeping
// its number of partners (degree-preserving edge swaps).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyze/dyads.h"
#include "entente/status.h"
#include "store/store.h"

namespace entente::analyze {

struct BlocOptions {
  std::optional<Date> from, to;  // event dates, inclusive
  DyadLevel level = DyadLevel::kCountry;
  // ρ: the price of a pair inside a bloc is γ = ρ × the mean weight of the positive ties, so a
  // state joins a bloc when its ties to the members average more than γ (with ρ = 1: more than
  // the network's mean cooperative tie).
  double resolution = 0.75;
  uint64_t seed = 1;     // Leiden's random order and the permutation test: same seed, same output
  int null_runs = 99;    // rewired networks for the significance test (0: no test, p = null)
  double alpha = 0.05;   // report blocs with permutation p ≤ alpha
  int rivalries = 10;    // strongest conflict ties between reported blocs to return
};

// One undirected tie (a < b by name) between two states (or actors) in the window.
struct BlocTie {
  std::string a, b;
  double weight = 0;          // Σ goldstein × (1 + ln mentions), both directions
  double cooperative = 0;     // the part of `weight` from events with goldstein > 0
  double conflictual = 0;     // minus the part from events with goldstein < 0 (≥ 0)
  int64_t events = 0;         // deduplicated events
  int64_t quad[4] = {0, 0, 0, 0};  // events per QuadClass 1..4
  int64_t mentions = 0;
};

struct Bloc {
  std::vector<std::string> members;  // sorted
  // Share of the internal tie weight that is cooperative: Σ cooperative / (Σ cooperative +
  // Σ conflictual) over the ties between members (1 = no conflict inside the bloc).
  double cohesion = 0;
  double density = 0;   // share of the k(k−1)/2 member pairs with a positive tie
  double weight = 0;    // Σ weight of the ties between members
  double quality = 0;   // the bloc's term of Q: weight − γ k(k−1)/2
  std::optional<double> p;  // permutation p-value; nullopt when null_runs = 0
  std::vector<BlocTie> ties;  // ties between members, strongest (largest weight) first
};

// A conflict tie between members of two reported blocs (indexes into BlocResult::blocs).
struct Rivalry {
  BlocTie tie;
  int bloc_a = 0, bloc_b = 0;  // the blocs of tie.a and tie.b
};

struct BlocResult {
  int64_t events = 0;       // events in the window with two different states (or actors)
  int nodes = 0;            // states (or actors) with at least one such event
  int64_t ties = 0;         // dyads with at least one event
  double gamma = 0;         // γ used (weight units)
  int null_runs = 0;
  double null_threshold = 0;  // the (1 − alpha) quantile of the null's best bloc quality
  std::vector<Bloc> blocs;    // blocs of ≥ 2 members with p ≤ alpha, by decreasing quality
  std::vector<Rivalry> rivalries;  // most negative first
};

// Scans the store once (Scan) and finds the blocs. Deterministic for a given store and options
// (igraph's default random generator is reseeded; not safe to call from two threads at once).
// Errors: the store's, kInvalidArgument for from > to or a bad option, kInternal from igraph.
Result<BlocResult> ComputeBlocs(store::EventStore& store, const BlocOptions& options);

// The analysis on given ties (what ComputeBlocs does after its scan): `ties` between named
// nodes, each unordered pair at most once, a != b; `events` and the other counts are carried
// into the result. options.from/to/level are not used.
// Errors: kInvalidArgument for a bad option, a self-tie, a repeated pair or a non-finite weight.
Result<BlocResult> FindBlocs(std::vector<BlocTie> ties, const BlocOptions& options);

// The partitioning step alone, exposed for tests: n nodes, undirected edges (a != b, each pair
// at most once) with signed weights. Returns a bloc id per node (0-based, dense) such that no two
// nodes joined by a negative edge share a bloc and no single node can raise Q by moving to
// another bloc (or alone) without breaking that rule.
struct SignedEdge {
  int a = 0, b = 0;
  double w = 0;
};
Result<std::vector<int>> PartitionSigned(int n, const std::vector<SignedEdge>& edges, double gamma, uint64_t seed);

}  // namespace entente::analyze
