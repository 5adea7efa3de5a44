// cli/blocs_cmd.cc — `entente blocs`: blocs of states in the signed interaction network of a
// window, as text or JSON. Method and schema: docs/ANALYSIS.md ("Blocs"); the work is in
// analyze/blocs.h.
#include <cmath>
#include <csignal>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "analyze/blocs.h"
#include "base/date.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "store/store.h"

namespace entente::cli {

namespace {

using nlohmann::json;

// Weights are sums of Goldstein scores: four decimals are plenty and keep the JSON readable.
double Round(double v) { return std::round(v * 1e4) / 1e4; }

json TieJson(const analyze::BlocTie& t) {
  return {{"a", t.a},
          {"b", t.b},
          {"weight", Round(t.weight)},
          {"cooperative", Round(t.cooperative)},
          {"conflictual", Round(t.conflictual)},
          {"events", t.events},
          {"quad", {t.quad[0], t.quad[1], t.quad[2], t.quad[3]}},
          {"mentions", t.mentions}};
}

std::string Fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string TieText(const analyze::BlocTie& t) {
  return t.a + "-" + t.b + "  " + Fmt("%+.2f", t.weight) + "  (" + std::to_string(t.events) + " events: " +
         std::to_string(t.quad[0] + t.quad[1]) + " cooperative, " + std::to_string(t.quad[2] + t.quad[3]) +
         " conflict; " + std::to_string(t.mentions) + " mentions)";
}

}  // namespace

int RunBlocs(const BlocsOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);
  analyze::BlocOptions opts;
  auto date_flag = [&](const char* flag, const std::string& value, std::optional<Date>* out) {
    if (value.empty()) return true;
    *out = base::ParseIsoDate(value);
    if (!*out) std::fprintf(stderr, "entente blocs: %s '%s' is not a date (YYYY-MM-DD)\n", flag, value.c_str());
    return out->has_value();
  };
  if (!date_flag("--from", o.from, &opts.from) || !date_flag("--to", o.to, &opts.to)) return kExitError;
  if (opts.from && opts.to && *opts.from > *opts.to) {
    std::fprintf(stderr, "entente blocs: --from %s is after --to %s\n", o.from.c_str(), o.to.c_str());
    return kExitError;
  }
  opts.level = o.level == "actor" ? analyze::DyadLevel::kActor : analyze::DyadLevel::kCountry;
  opts.resolution = o.resolution;
  opts.seed = o.seed;
  opts.null_runs = o.null_runs;
  opts.rivalries = o.rivalries;
  if (o.null_runs > 0 && o.null_runs < 19) {
    std::fprintf(stderr, "entente blocs: --null-runs must be 0 or at least 19 (p <= 0.05 needs 19 rewired networks)\n");
    return kExitError;
  }
  auto db = OpenForReading("blocs", o.db);
  if (!db) return kExitError;
  auto computed = analyze::ComputeBlocs(*db, opts);
  if (!computed.ok()) {
    std::fprintf(stderr, "entente blocs: %s\n", computed.status().message().c_str());
    return kExitError;
  }
  const analyze::BlocResult& r = computed.value();
  if (r.events == 0) {
    std::fprintf(stderr, "entente blocs: no event between two %s in range\n",
                 o.level == "actor" ? "actors" : "countries");
    return kExitNothing;
  }
  const char* unit = o.level == "actor" ? "actors" : "states";
  std::string out;
  if (o.format == "json") {
    json blocs = json::array();
    for (const auto& b : r.blocs) {
      json ties = json::array();
      for (const auto& t : b.ties) ties.push_back(TieJson(t));
      blocs.push_back({{"members", b.members},
                       {"cohesion", Round(b.cohesion)},
                       {"density", Round(b.density)},
                       {"weight", Round(b.weight)},
                       {"quality", Round(b.quality)},
                       {"p", b.p ? json(*b.p) : json(nullptr)},
                       {"ties", ties}});
    }
    json rivalries = json::array();
    for (const auto& rv : r.rivalries) {
      json j = TieJson(rv.tie);
      j["bloc_a"] = rv.bloc_a;
      j["bloc_b"] = rv.bloc_b;
      rivalries.push_back(j);
    }
    json window = {{"from", o.from.empty() ? json(nullptr) : json(o.from)},
                   {"to", o.to.empty() ? json(nullptr) : json(o.to)}};
    json doc = {{"window", window},
                {"level", o.level},
                {"events", r.events},
                {"nodes", r.nodes},
                {"dyads", r.ties},
                {"resolution", o.resolution},
                {"gamma", Round(r.gamma)},
                {"seed", o.seed},
                {"null_runs", r.null_runs},
                {"null_threshold", Round(r.null_threshold)},
                {"blocs", blocs},
                {"rivalries", rivalries}};
    out = doc.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  } else {
    out = "Blocs " + (o.from.empty() ? std::string("start") : o.from) + ".." + (o.to.empty() ? std::string("end") : o.to) +
          " (" + o.level + " level): " + std::to_string(r.events) + " events, " + std::to_string(r.nodes) + " " + unit +
          ", " + std::to_string(r.ties) + " dyads; pair price gamma " + Fmt("%.3g", r.gamma) + " (resolution " +
          Fmt("%g", o.resolution) + "), seed " + std::to_string(o.seed) + "\n" +
          (r.null_runs > 0 ? "Test: " + std::to_string(r.null_runs) +
                                 " rewired networks; a bloc's quality must beat " + Fmt("%.2f", r.null_threshold) +
                                 " (p <= 0.05)\n"
                           : std::string("No significance test (--null-runs 0)\n"));
    if (r.blocs.empty()) out += "\nNo bloc passes the test.\n";
    for (size_t i = 0; i < r.blocs.size(); ++i) {
      const auto& b = r.blocs[i];
      std::string members;
      for (const auto& m : b.members) members += (members.empty() ? "" : " ") + m;
      out += "\nBloc " + std::to_string(i + 1) + ": " + members + "\n  cohesion " + Fmt("%.2f", b.cohesion) + "  density " +
             Fmt("%.2f", b.density) + "  weight " + Fmt("%.2f", b.weight) + "  quality " + Fmt("%.2f", b.quality) +
             (b.p ? "  p " + Fmt("%.3g", *b.p) : std::string()) + "\n";
      for (size_t j = 0; j < b.ties.size() && static_cast<int>(j) < o.top_ties; ++j) out += "  " + TieText(b.ties[j]) + "\n";
      if (b.ties.size() > static_cast<size_t>(o.top_ties))
        out += "  ... " + std::to_string(b.ties.size() - static_cast<size_t>(o.top_ties)) + " more ties\n";
    }
    if (!r.rivalries.empty()) {
      out += "\nStrongest conflict between blocs:\n";
      for (const auto& rv : r.rivalries)
        out += "  " + TieText(rv.tie) + "  [bloc " + std::to_string(rv.bloc_a + 1) + " vs bloc " + std::to_string(rv.bloc_b + 1) + "]\n";
    }
  }
  WriteAll(stdout, out);
  std::fflush(stdout);
  return r.blocs.empty() ? kExitNothing : kExitOk;
}

}  // namespace entente::cli
