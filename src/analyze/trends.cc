#include "analyze/trends.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "analyze/intern.h"
#include "base/date.h"

namespace entente::analyze {

int DateRange::days() const { return base::DaysFromCivil(to) - base::DaysFromCivil(from) + 1; }

Result<DateRange> ParseDateRange(std::string_view text) {
  const size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    return Status(StatusCode::kInvalidArgument, "'" + std::string(text) + "' is not a range D1..D2");
  }
  auto from = base::ParseIsoDate(text.substr(0, dots));
  auto to = base::ParseIsoDate(text.substr(dots + 2));
  if (!from || !to) {
    return Status(StatusCode::kInvalidArgument,
                  "'" + std::string(text) + "' is not a range of dates YYYY-MM-DD..YYYY-MM-DD");
  }
  if (*from > *to) {
    return Status(StatusCode::kInvalidArgument, "'" + std::string(text) + "': the start is after the end");
  }
  return DateRange{*from, *to};
}

namespace {

using Pair = std::pair<std::string, std::string>;

// Two candidate examples: (mentions, -id), the larger the better (most mentioned, then oldest).
using Candidate = std::pair<int, int64_t>;

struct Counts {
  int64_t x1 = 0, m1 = 0, x2 = 0, m2 = 0;
  Candidate best[2] = {{-1, 0}, {-1, 0}};  // the recent window's two best cooperative events
};

WindowCount Window(int64_t events, int64_t mentions, int days, bool weighted) {
  WindowCount w;
  w.events = events;
  w.mentions = mentions;
  w.rate = static_cast<double>(weighted ? mentions : events) / days;
  return w;
}

// The test on event counts; the ratio on the reported (possibly mention-weighted) rates.
RateChange Change(const WindowCount& r, const WindowCount& b, int t1, int t2) {
  RateChange c = CompareRates(r.events, t1, b.events, t2);
  if (r.rate == 0) c.ratio = 0;
  else if (b.rate == 0) c.ratio = INFINITY;
  else c.ratio = r.rate / b.rate;
  return c;
}

bool Before(const RateChange& x, const RateChange& y) {
  if (x.score != y.score) return x.score > y.score;
  return x.p < y.p;
}

}  // namespace

Result<Trends> ComputeTrends(store::EventStore& store, const TrendOptions& o) {
  const DateRange& rw = o.recent;
  const DateRange& bw = o.baseline;
  if (rw.from > rw.to || bw.from > bw.to) {
    return Status(StatusCode::kInvalidArgument, "a window starts after it ends");
  }
  if (!(rw.to < bw.from || bw.to < rw.from)) {
    return Status(StatusCode::kInvalidArgument, "the recent and baseline windows overlap");
  }
  const int t1 = rw.days(), t2 = bw.days();

  // Pairs of interned country ids (a < b by name) → counts.
  Interner countries;
  std::unordered_map<uint64_t, Counts> by_ids;
  for (int w = 0; w < 2; ++w) {
    store::EventQuery q;
    q.from = w == 0 ? rw.from : bw.from;
    q.to = w == 0 ? rw.to : bw.to;
    Status s = store.Scan(
        q,
        [&](const store::EventRow& r) {
          if (r.quad_class != 1 && r.quad_class != 2) return true;
          if (r.source_country.empty() || r.target_country.empty() || r.source_country == r.target_country) {
            return true;
          }
          const bool fwd = r.source_country < r.target_country;
          const auto a = static_cast<uint32_t>(countries.Id(fwd ? r.source_country : r.target_country));
          const auto b = static_cast<uint32_t>(countries.Id(fwd ? r.target_country : r.source_country));
          Counts& c = by_ids[uint64_t{a} << 32 | b];
          if (w == 0) {
            ++c.x1;
            c.m1 += r.mentions;
            const Candidate cand{r.mentions, -r.id};
            if (cand > c.best[0]) {
              c.best[1] = c.best[0];
              c.best[0] = cand;
            } else if (cand > c.best[1]) {
              c.best[1] = cand;
            }
          } else {
            ++c.x2;
            c.m2 += r.mentions;
          }
          return true;
        },
        nullptr);
    if (!s.ok()) return s;
  }

  std::map<Pair, Counts> counts;
  for (const auto& [key, c] : by_ids) {
    counts[{countries.Name(static_cast<int>(key >> 32)), countries.Name(static_cast<int>(key & 0xffffffffu))}] = c;
  }
  Trends out;
  for (const auto& [pair, c] : counts) {
    DyadTrend d;
    d.a = pair.first;
    d.b = pair.second;
    d.recent = Window(c.x1, c.m1, t1, o.weighted);
    d.baseline = Window(c.x2, c.m2, t2, o.weighted);
    d.change = Change(d.recent, d.baseline, t1, t2);
    out.dyads.push_back(std::move(d));
  }
  {
    std::vector<double> ps;
    ps.reserve(out.dyads.size());
    for (const DyadTrend& d : out.dyads) ps.push_back(d.change.p);
    const std::vector<double> qs = BenjaminiHochberg(ps);
    for (size_t i = 0; i < out.dyads.size(); ++i) out.dyads[i].q = qs[i];
  }
  std::stable_sort(out.dyads.begin(), out.dyads.end(),
                   [](const DyadTrend& x, const DyadTrend& y) { return Before(x.change, y.change); });

  // Axes (the rule): groups of >= 3 states in which every pair cooperated in the recent
  // window and whose cooperation, summed over the pairs, rose significantly. Edges are the
  // dyads with recent cooperation; searches start from triangles that contain a rising dyad.
  std::map<Pair, const DyadTrend*> present;
  std::vector<const DyadTrend*> rising;
  std::map<std::string, std::set<std::string>> adj;
  for (const DyadTrend& d : out.dyads) {
    if (d.recent.events < 1) continue;
    present[{d.a, d.b}] = &d;
    adj[d.a].insert(d.b);
    adj[d.b].insert(d.a);
    if (d.change.score > 0) rising.push_back(&d);
  }
  auto edge = [&](const std::string& x, const std::string& y) -> const DyadTrend* {
    auto it = present.find(x < y ? Pair{x, y} : Pair{y, x});
    return it == present.end() ? nullptr : it->second;
  };
  size_t examined = 0;  // groups whose rise was tested: the Bonferroni factor
  auto group = [&](const std::vector<std::string>& members) {
    ++examined;
    Axis ax;
    ax.members = members;
    std::sort(ax.members.begin(), ax.members.end());
    int64_t x1 = 0, m1 = 0, x2 = 0, m2 = 0;
    for (size_t i = 0; i < ax.members.size(); ++i) {
      for (size_t j = i + 1; j < ax.members.size(); ++j) {
        const DyadTrend* d = edge(ax.members[i], ax.members[j]);
        x1 += d->recent.events;
        m1 += d->recent.mentions;
        x2 += d->baseline.events;
        m2 += d->baseline.mentions;
        ax.dyads.emplace_back(ax.members[i], ax.members[j]);
      }
    }
    ax.recent = Window(x1, m1, t1, o.weighted);
    ax.baseline = Window(x2, m2, t2, o.weighted);
    ax.change = Change(ax.recent, ax.baseline, t1, t2);
    return ax;
  };
  // No single pair may carry the group: without its strongest pair, the rest must still rise
  // significantly ("PRK-RUS-USA" riding on PRK-RUS alone is not an axis).
  auto carried_by_all = [&](const Axis& ax) {
    const DyadTrend* top = nullptr;
    for (const auto& [x, y] : ax.dyads) {
      const DyadTrend* d = edge(x, y);
      if (!top || d->change.score > top->change.score ||
          (d->change.score == top->change.score && d->recent.events > top->recent.events)) {
        top = d;
      }
    }
    int64_t x1 = 0, m1 = 0, x2 = 0, m2 = 0;
    for (const auto& [x, y] : ax.dyads) {
      const DyadTrend* d = edge(x, y);
      if (d == top) continue;
      x1 += d->recent.events, m1 += d->recent.mentions;
      x2 += d->baseline.events, m2 += d->baseline.mentions;
    }
    const RateChange rest = Change(Window(x1, m1, t1, o.weighted), Window(x2, m2, t2, o.weighted), t1, t2);
    return rest.p < 0.05 && rest.score > 0;
  };
  constexpr double kAlpha = 0.05;
  constexpr size_t kMaxMembers = 12;
  std::vector<Axis> triangles;
  std::set<std::vector<std::string>> seen;
  for (const DyadTrend* d : rising) {
    const auto& nu = adj[d->a];
    const auto& nv = adj[d->b];
    for (const std::string& w : nu) {
      if (w == d->b || !nv.count(w)) continue;
      std::vector<std::string> key = {d->a, d->b, w};
      std::sort(key.begin(), key.end());
      if (!seen.insert(key).second) continue;  // each triangle once
      Axis ax = group(key);
      if (ax.change.p < kAlpha && ax.change.score > 0 && carried_by_all(ax)) triangles.push_back(std::move(ax));
    }
  }
  std::stable_sort(triangles.begin(), triangles.end(),
                   [](const Axis& x, const Axis& y) { return Before(x.change, y.change); });
  for (Axis& tri : triangles) {
    if (out.axes.size() >= o.max_axes) break;
    // A triangle inside an axis already found adds nothing.
    bool covered = false;
    for (const Axis& ax : out.axes) {
      covered = std::includes(ax.members.begin(), ax.members.end(), tri.members.begin(), tri.members.end());
      if (covered) break;
    }
    if (covered) continue;
    Axis cur = std::move(tri);
    // Greedy growth: add the state, linked by a rising dyad to every member, that gives the
    // best group score while the group stays significant.
    while (cur.members.size() < kMaxMembers) {
      std::optional<Axis> best;
      for (const std::string& w : adj[cur.members[0]]) {
        if (std::find(cur.members.begin(), cur.members.end(), w) != cur.members.end()) continue;
        bool all = true;
        for (const std::string& m : cur.members) all = all && edge(m, w) != nullptr;
        if (!all) continue;
        std::vector<std::string> grown = cur.members;
        grown.push_back(w);
        Axis g = group(grown);
        if (g.change.p < kAlpha && g.change.score > 0 && carried_by_all(g) &&
            (!best || Before(g.change, best->change))) {
          best = std::move(g);
        }
      }
      if (!best) break;
      cur = std::move(*best);
    }
    out.axes.push_back(std::move(cur));
  }
  // Many groups were tested; an axis must survive the correction for all of them.
  for (Axis& ax : out.axes) ax.p_adjusted = std::min(1.0, ax.change.p * static_cast<double>(examined));
  out.axes.erase(std::remove_if(out.axes.begin(), out.axes.end(),
                                [&](const Axis& ax) { return !(ax.p_adjusted < kAlpha); }),
                 out.axes.end());
  std::stable_sort(out.axes.begin(), out.axes.end(),
                   [](const Axis& x, const Axis& y) { return Before(x.change, y.change); });

  // Examples: the two most mentioned cooperative events of the recent window per dyad (kept
  // during the scan), dyads by decreasing score, until there are enough; then one query for
  // their sentences.
  std::vector<int64_t> wanted;
  for (Axis& ax : out.axes) {
    std::vector<Pair> order = ax.dyads;
    std::stable_sort(order.begin(), order.end(), [&](const Pair& x, const Pair& y) {
      return Before(edge(x.first, x.second)->change, edge(y.first, y.second)->change);
    });
    for (const Pair& p : order) {
      for (const Candidate& c : counts[p].best) {
        if (c.first >= 0 && ax.examples.size() < o.examples) {
          AxisExample x;
          x.event_id = -c.second;
          ax.examples.push_back(x);
          wanted.push_back(x.event_id);
        }
      }
    }
  }
  if (!wanted.empty()) {
    std::unordered_map<int64_t, AxisExample> found;
    store::EventQuery q;
    q.ids = wanted;
    Status s = store.Query(
        q,
        [&](const store::StoredEvent& se) {
          const Event& e = se.event;
          AxisExample& x = found[se.id];
          x.event_id = se.id;
          x.date = e.date;
          x.source = e.source.code;
          x.target = e.target ? e.target->code : "";
          x.cameo = e.cameo;
          x.sentence = e.evidence.sentence_text;
          return true;
        },
        nullptr);
    if (!s.ok()) return s;
    for (Axis& ax : out.axes) {
      for (AxisExample& x : ax.examples) {
        if (auto it = found.find(x.event_id); it != found.end()) x = it->second;
      }
    }
  }
  return out;
}

}  // namespace entente::analyze
