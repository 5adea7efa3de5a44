#include "analyze/report.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

#include "analyze/intern.h"
#include "base/date.h"

namespace entente::analyze {

DateRange PrecedingWindow(const DateRange& window) {
  const int days = window.days();
  return DateRange{base::AddDays(window.from, -days), base::AddDays(window.from, -1)};
}

namespace {

// (mentions, -id): the larger the better (most mentioned, then oldest).
using Candidate = std::pair<int, int64_t>;

// Keeps the k best candidates, best first.
void Offer(std::vector<Candidate>* best, size_t k, Candidate c) {
  if (k == 0) return;
  if (best->size() == k && !(c > best->back())) return;
  best->insert(std::upper_bound(best->begin(), best->end(), c, std::greater<>()), c);
  if (best->size() > k) best->pop_back();
}

uint64_t PairKey(int a, int b) { return uint64_t{static_cast<uint32_t>(a)} << 32 | static_cast<uint32_t>(b); }

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      cur += static_cast<char>(std::tolower(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Conflict tallies of one window.
struct ConflictCounts {
  std::unordered_map<int, int64_t> country, country_material;
  std::unordered_map<uint64_t, int64_t> dyad, dyad_material;
  std::unordered_map<int, std::unordered_map<int, int64_t>> country_codes;      // country → cameo → n
  std::unordered_map<uint64_t, std::unordered_map<int, int64_t>> dyad_codes;   // dyad → cameo → n
};

// Reads up to `chunk` ids per Query (the ids go into the SQL text).
Status QueryIds(store::EventStore& store, const std::vector<int64_t>& ids, const store::EventSink& sink) {
  constexpr size_t kChunk = 2000;
  for (size_t i = 0; i < ids.size(); i += kChunk) {
    store::EventQuery q;
    q.ids.assign(ids.begin() + static_cast<std::ptrdiff_t>(i),
                 ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), i + kChunk)));
    Status s = store.Query(q, sink, nullptr);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

ExampleEvent ToExample(const store::StoredEvent& se) {
  const Event& e = se.event;
  ExampleEvent x;
  x.event_id = se.id;
  x.date = e.date;
  x.source = e.source.code;
  x.source_text = e.source.text;
  if (e.target) {
    x.target = e.target->code;
    x.target_text = e.target->text;
  }
  x.cameo = e.cameo;
  x.quad_class = e.quad_class;
  x.mentions = se.mentions;
  x.sentence = e.evidence.sentence_text;
  x.outlet = se.doc_source;
  x.url = se.doc_url;
  return x;
}

std::vector<CodeCount> TopCodes(const std::unordered_map<int, int64_t>& codes, const Interner& names, size_t k) {
  std::vector<CodeCount> out;
  for (const auto& [id, n] : codes) out.push_back({names.Name(id), n});
  std::sort(out.begin(), out.end(), [](const CodeCount& x, const CodeCount& y) {
    return x.events != y.events ? x.events > y.events : x.cameo < y.cameo;
  });
  if (out.size() > k) out.resize(k);
  return out;
}

bool HotBefore(const HotSpot& x, const HotSpot& y) {
  if (x.recent != y.recent) return x.recent > y.recent;
  if (x.a != y.a) return x.a < y.a;
  return x.b < y.b;
}

// A visit that may be a leader-level first: which event, when, and which side is the visitor.
struct VisitCandidate {
  int day = 0;
  int64_t id = 0;
  bool hosted = false;  // CAMEO 043: the visitor is the target
};

// The first recorded leader-level visits (see FirstVisit in report.h).
Status FindFirsts(store::EventStore& store, const ReportOptions& o, Report* out) {
  const int from = base::DaysFromCivil(o.window.from);
  std::map<std::pair<std::string, std::string>, std::vector<VisitCandidate>> pairs;  // (visitor, host)
  // One pass over everything up to the window's end ("first" is over the whole store, not the
  // window): a scan filtered in the sink costs one table read, a cameo filter per code two.
  store::EventQuery q;
  q.to = o.window.to;
  int first_day = std::numeric_limits<int>::max();
  Status s = store.Scan(
      q,
      [&](const store::EventRow& r) {
        first_day = std::min(first_day, r.day);
        if (r.cameo.size() < 3 || r.cameo[0] != '0' || r.cameo[1] != '4' || (r.cameo[2] != '2' && r.cameo[2] != '3')) {
          return true;
        }
        const bool hosted = r.cameo[2] == '3';
        const std::string_view visitor_code = hosted ? r.target_code : r.source_code;
        const std::string_view visitor = hosted ? r.target_country : r.source_country;
        const std::string_view host = hosted ? r.source_country : r.target_country;
        if (visitor.size() != 3 || host.size() != 3 || visitor == host) return true;
        if (visitor_code.size() < 6 || visitor_code.substr(0, 3) != visitor || visitor_code.substr(3, 3) != "GOV") {
          return true;
        }
        pairs[{std::string(visitor), std::string(host)}].push_back({r.day, r.id, hosted});
        return true;
      },
      nullptr);
  if (!s.ok()) return s;
  if (first_day != std::numeric_limits<int>::max()) out->first_event = base::CivilFromDays(first_day);
  // Pairs with a candidate in the window: walk their candidates in date order until one passes
  // the office test. Most pairs resolve at their first candidate, so fetch a few per round.
  struct Pending {
    const std::pair<std::string, std::string>* pair;
    std::vector<VisitCandidate>* candidates;
    size_t next = 0;
    int64_t lower = 0;
  };
  std::vector<Pending> pending;
  for (auto& [pair, cands] : pairs) {
    std::sort(cands.begin(), cands.end(), [](const VisitCandidate& x, const VisitCandidate& y) {
      return x.day != y.day ? x.day < y.day : x.id < y.id;
    });
    if (cands.back().day >= from) pending.push_back({&pair, &cands});
  }
  constexpr size_t kPerRound = 4;
  while (!pending.empty()) {
    std::vector<int64_t> ids;
    for (const Pending& p : pending) {
      for (size_t i = p.next; i < p.candidates->size() && i < p.next + kPerRound; ++i) {
        ids.push_back((*p.candidates)[i].id);
      }
    }
    std::unordered_map<int64_t, store::StoredEvent> found;
    s = QueryIds(store, ids, [&](const store::StoredEvent& se) {
      found[se.id] = se;
      return true;
    });
    if (!s.ok()) return s;
    std::vector<Pending> still;
    for (Pending& p : pending) {
      bool resolved = false;
      const size_t end = std::min(p.candidates->size(), p.next + kPerRound);
      for (; p.next < end && !resolved; ++p.next) {
        const VisitCandidate& c = (*p.candidates)[p.next];
        auto it = found.find(c.id);
        if (it == found.end()) continue;  // removed meanwhile: nothing to judge
        const Event& e = it->second.event;
        const std::string& words = c.hosted ? (e.target ? e.target->text : std::string()) : e.source.text;
        if (NamesLowerOffice(words)) {
          ++p.lower;
          continue;
        }
        resolved = true;
        if (c.day >= from) {
          FirstVisit f;
          f.visitor = p.pair->first;
          f.host = p.pair->second;
          f.event = ToExample(it->second);
          f.earlier_lower_visits = p.lower;
          out->firsts.push_back(std::move(f));
        }
      }
      if (!resolved && p.next < p.candidates->size()) still.push_back(p);
    }
    pending = std::move(still);
  }
  std::sort(out->firsts.begin(), out->firsts.end(), [](const FirstVisit& x, const FirstVisit& y) {
    if (x.event.date != y.event.date) return x.event.date < y.event.date;
    if (x.visitor != y.visitor) return x.visitor < y.visitor;
    return x.host < y.host;
  });
  out->firsts_total = out->firsts.size();
  if (out->firsts.size() > o.max_firsts) out->firsts.resize(o.max_firsts);
  return Status::Ok();
}

}  // namespace

bool NamesLowerOffice(std::string_view actor_text) {
  const std::vector<std::string> w = Words(actor_text);
  auto has = [&](std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    for (size_t i = 0; i < w.size(); ++i) {
      if (w[i] != a) continue;
      if (b.empty()) return true;
      if (i + 1 < w.size() && w[i + 1] == b && (c.empty() || (i + 2 < w.size() && w[i + 2] == c))) return true;
    }
    return false;
  };
  // Offices below a head of state or government and the foreign minister.
  static constexpr std::string_view kLower[] = {
      "delegation", "delegations", "delegate", "delegates", "official", "officials", "envoy", "envoys",
      "emissary", "ambassador", "ambassadors", "embassy", "consul", "consulate", "spokesman", "spokeswoman",
      "spokesperson", "deputy", "vice", "governor", "mayor", "negotiator", "negotiators", "representative",
      "representatives", "adviser", "advisor", "aide", "aides", "ministry", "ministries", "team", "staff",
      "mission", "diplomats", "lawmakers", "parliamentarians"};
  for (std::string_view x : kLower) {
    if (has(x)) return true;
  }
  // A diplomat, unless the top or chief one (the foreign minister).
  if (has("diplomat") && !has("top", "diplomat") && !has("chief", "diplomat")) return true;
  // Ministers other than the prime and foreign ministers.
  if (has("minister") || has("ministers")) {
    const bool leader_or_fm = has("prime", "minister") || has("foreign", "minister") ||
                              has("affairs", "minister") || has("minister", "of", "foreign");
    if (!leader_or_fm) return true;
  }
  for (std::string_view x : {"press", "treasury", "commerce", "home", "homeland", "trade"}) {
    if (has(x, "secretary")) return true;
  }
  return false;
}

Result<Report> ComputeReport(store::EventStore& store, const ReportOptions& o) {
  if (o.window.from > o.window.to) return Status(StatusCode::kInvalidArgument, "the window starts after it ends");
  Report out;
  out.window = o.window;
  out.baseline_default = !o.baseline.has_value();
  out.baseline = o.baseline ? *o.baseline : PrecedingWindow(o.window);
  if (out.baseline.from > out.baseline.to) {
    return Status(StatusCode::kInvalidArgument, "the baseline starts after it ends");
  }
  if (!(o.window.to < out.baseline.from || out.baseline.to < o.window.from)) {
    return Status(StatusCode::kInvalidArgument, "the window and the baseline overlap");
  }
  const int t1 = out.window.days(), t2 = out.baseline.days();

  // 1. Trends: axes and dyads.
  TrendOptions topts;
  topts.recent = out.window;
  topts.baseline = out.baseline;
  topts.examples = o.examples;
  auto trends = ComputeTrends(store, topts);
  if (!trends.ok()) return trends.status();
  Trends& tr = trends.value();
  out.dyads_compared = tr.dyads.size();
  for (const DyadTrend& d : tr.dyads) {
    if (out.rising.size() >= o.top_dyads || d.change.score <= 0) break;
    out.rising.push_back({d, {}});
  }
  for (auto it = tr.dyads.rbegin(); it != tr.dyads.rend() && out.falling.size() < o.top_dyads; ++it) {
    if (it->change.score >= 0) break;
    out.falling.push_back({*it, {}});
  }
  for (Axis& ax : tr.axes) out.axes.push_back({std::move(ax), {}});

  // Blocs of the window (country level), when asked.
  if (o.blocs) {
    BlocOptions bopts;
    bopts.from = out.window.from;
    bopts.to = out.window.to;
    bopts.null_runs = o.bloc_null_runs;
    bopts.seed = o.seed;
    auto blocs = ComputeBlocs(store, bopts);
    if (!blocs.ok()) return blocs.status();
    out.blocs_computed = true;
    for (Bloc& b : blocs.value().blocs) out.blocs.push_back({std::move(b), {}});
    for (Rivalry& r : blocs.value().rivalries) out.rivalries.push_back({std::move(r), {}});
    out.bloc_summary = std::move(blocs.value());
    out.bloc_summary.blocs.clear();
    out.bloc_summary.rivalries.clear();
  }

  // 2. One scan per window: totals, conflict tallies, and the best example candidates of every
  // listed dyad, bloc tie and rivalry (each a "slot": which window, which kind of event, how many).
  Interner countries, codes;
  struct Slot {
    int window = 0;         // 0 the window, 1 the baseline
    bool conflict = false;  // QuadClass 3-4 events, else 1-2
    size_t k = 0;
    std::vector<Candidate> best;
    std::vector<ExampleEvent>* to = nullptr;
  };
  std::vector<Slot> slots;
  std::unordered_multimap<uint64_t, size_t> slots_of;  // dyad → slots
  auto want = [&](const std::string& x, const std::string& y, int window, bool conflict, size_t k,
                  std::vector<ExampleEvent>* to) {
    const bool fwd = x < y;
    const uint64_t key = PairKey(countries.Id(fwd ? x : y), countries.Id(fwd ? y : x));
    slots_of.emplace(key, slots.size());
    slots.push_back({window, conflict, k, {}, to});
  };
  for (ReportDyad& d : out.rising) want(d.trend.a, d.trend.b, 0, false, o.examples, &d.examples);
  for (ReportDyad& d : out.falling) want(d.trend.a, d.trend.b, 1, false, o.examples, &d.examples);
  for (ReportBloc& b : out.blocs) {
    for (size_t i = 0; i < b.bloc.ties.size() && i < o.examples; ++i) {
      if (b.bloc.ties[i].weight > 0) want(b.bloc.ties[i].a, b.bloc.ties[i].b, 0, false, 1, &b.examples);
    }
  }
  for (ReportRivalry& r : out.rivalries) want(r.rivalry.tie.a, r.rivalry.tie.b, 0, true, 1, &r.examples);

  ConflictCounts conflict[2];
  std::vector<int64_t> material_ids;
  for (int w = 0; w < 2; ++w) {
    const DateRange& range = w == 0 ? out.window : out.baseline;
    store::EventQuery q;
    q.from = range.from;
    q.to = range.to;
    ConflictCounts& cc = conflict[w];
    Status s = store.Scan(
        q,
        [&](const store::EventRow& r) {
          (w == 0 ? out.window_events : out.baseline_events) += 1;
          if (w == 0 && r.quad_class >= 1 && r.quad_class <= 4) ++out.window_quad[r.quad_class - 1];
          const bool dyadic = !r.source_country.empty() && !r.target_country.empty() &&
                              r.source_country != r.target_country;
          const bool is_conflict = r.quad_class == 3 || r.quad_class == 4;
          int a = -1, b = -1;
          if (dyadic) {
            const bool fwd = r.source_country < r.target_country;
            a = countries.Id(fwd ? r.source_country : r.target_country);
            b = countries.Id(fwd ? r.target_country : r.source_country);
            const auto [lo, hi] = slots_of.equal_range(PairKey(a, b));
            for (auto it = lo; it != hi; ++it) {
              Slot& slot = slots[it->second];
              if (slot.window != w || slot.conflict != is_conflict) continue;
              if (!is_conflict && r.quad_class != 1 && r.quad_class != 2) continue;
              Offer(&slot.best, slot.k, {r.mentions, -r.id});
            }
          }
          if (!is_conflict) return true;
          const bool material = r.quad_class == 4;
          if (w == 0 && material) {
            ++out.material_conflict_events;
            material_ids.push_back(r.id);
          }
          const int code = codes.Id(r.cameo);
          auto count_country = [&](int c) {
            ++cc.country[c];
            if (material) ++cc.country_material[c];
            if (w == 0) ++cc.country_codes[c][code];
          };
          if (!r.source_country.empty()) count_country(countries.Id(r.source_country));
          if (!r.target_country.empty() && r.target_country != r.source_country) {
            count_country(countries.Id(r.target_country));
          }
          if (dyadic) {
            const uint64_t key = PairKey(a, b);
            ++cc.dyad[key];
            if (material) ++cc.dyad_material[key];
            if (w == 0) ++cc.dyad_codes[key][code];
          }
          return true;
        },
        nullptr);
    if (!s.ok()) return s;
  }

  // 3. Hot spots: the window's conflict counts against the baseline's.
  for (const auto& [c, n] : conflict[0].country) {
    HotSpot h;
    h.a = countries.Name(c);
    h.recent = n;
    auto b = conflict[1].country.find(c);
    h.baseline = b == conflict[1].country.end() ? 0 : b->second;
    auto m = conflict[0].country_material.find(c);
    h.recent_material = m == conflict[0].country_material.end() ? 0 : m->second;
    h.change = CompareRates(h.recent, t1, h.baseline, t2);
    h.top_codes = TopCodes(conflict[0].country_codes[c], codes, 3);
    out.hot_countries.push_back(std::move(h));
  }
  for (const auto& [key, n] : conflict[0].dyad) {
    HotSpot h;
    h.a = countries.Name(static_cast<int>(key >> 32));
    h.b = countries.Name(static_cast<int>(key & 0xffffffffu));
    h.recent = n;
    auto b = conflict[1].dyad.find(key);
    h.baseline = b == conflict[1].dyad.end() ? 0 : b->second;
    auto m = conflict[0].dyad_material.find(key);
    h.recent_material = m == conflict[0].dyad_material.end() ? 0 : m->second;
    h.change = CompareRates(h.recent, t1, h.baseline, t2);
    h.top_codes = TopCodes(conflict[0].dyad_codes[key], codes, 3);
    out.hot_dyads.push_back(std::move(h));
  }
  std::sort(out.hot_countries.begin(), out.hot_countries.end(), HotBefore);
  std::sort(out.hot_dyads.begin(), out.hot_dyads.end(), HotBefore);
  if (out.hot_countries.size() > o.hot_spots) out.hot_countries.resize(o.hot_spots);
  const size_t dyad_spots = (o.hot_spots + 1) / 2;
  if (out.hot_dyads.size() > dyad_spots) out.hot_dyads.resize(dyad_spots);

  // 4. Where material conflict was reported: the representative mention's location.
  {
    std::map<std::pair<std::string, std::string>, int64_t> places;
    Status s = QueryIds(store, material_ids, [&](const store::StoredEvent& se) {
      if (se.event.location && !se.event.location->name.empty()) {
        ++out.located_material_conflict;
        ++places[{se.event.location->name, se.event.location->country}];
      }
      return true;
    });
    if (!s.ok()) return s;
    for (const auto& [place, n] : places) out.conflict_locations.push_back({place.first, place.second, n});
    std::sort(out.conflict_locations.begin(), out.conflict_locations.end(),
              [](const LocationCount& x, const LocationCount& y) {
                if (x.events != y.events) return x.events > y.events;
                return x.name != y.name ? x.name < y.name : x.country < y.country;
              });
    if (out.conflict_locations.size() > o.locations) out.conflict_locations.resize(o.locations);
  }

  // 5. Evidence: one query for every example event (the axes' and every slot's).
  std::vector<int64_t> wanted;
  for (const ReportAxis& ax : out.axes) {
    for (const AxisExample& x : ax.axis.examples) wanted.push_back(x.event_id);
  }
  for (const Slot& slot : slots) {
    for (const Candidate& c : slot.best) wanted.push_back(-c.second);
  }
  std::unordered_map<int64_t, ExampleEvent> examples;
  Status s = QueryIds(store, wanted, [&](const store::StoredEvent& se) {
    examples[se.id] = ToExample(se);
    return true;
  });
  if (!s.ok()) return s;
  auto attach = [&](int64_t id, std::vector<ExampleEvent>* to) {
    if (auto it = examples.find(id); it != examples.end()) to->push_back(it->second);
  };
  for (ReportAxis& ax : out.axes) {
    for (const AxisExample& x : ax.axis.examples) attach(x.event_id, &ax.examples);
  }
  for (const Slot& slot : slots) {
    for (const Candidate& c : slot.best) attach(-c.second, slot.to);
  }

  // 6. First leader-level visits.
  s = FindFirsts(store, o, &out);
  if (!s.ok()) return s;
  return out;
}

}  // namespace entente::analyze
