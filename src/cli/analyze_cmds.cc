// cli/analyze_cmds.cc — `entente dyads` (events per dyad and interval) and `entente trends`
// (cooperation, recent vs baseline, and rising axes). Statistics and schemas: docs/ANALYSIS.md.
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "analyze/dyads.h"
#include "analyze/trends.h"
#include "base/date.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "store/open.h"

namespace entente::cli {

// Opens the store read-only, or prints why not (the same rules as `entente events`; common.h).
std::unique_ptr<store::EventStore> OpenForReading(const char* cmd, const std::string& flag) {
  std::string path = flag;
  if (path.empty()) {
    const char* env = std::getenv("ENTENTE_DB");
    path = env && *env ? env : "entente.db";
  }
  std::error_code ec;
  if (!store::IsPostgresUri(path) && !std::filesystem::exists(path, ec)) {
    std::fprintf(stderr, "entente %s: %s: no such database (create it with `entente ingest`)\n", cmd, path.c_str());
    return nullptr;
  }
  store::OpenOptions options;
  options.read_only = true;
  auto opened = store::OpenStore(path, options);
  if (!opened.ok()) {
    std::fprintf(stderr, "entente %s: %s\n", cmd, opened.status().message().c_str());
    return nullptr;
  }
  return std::move(opened.value());
}

namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// JSON has no infinity: an unbounded ratio (no baseline events) is null.
json Number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

std::string Fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

json WindowJson(const analyze::WindowCount& w) {
  return {{"events", w.events}, {"mentions", w.mentions}, {"rate", w.rate}};
}

}  // namespace

int RunDyads(const DyadsOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);
  analyze::DyadOptions opts;
  auto interval = analyze::ParseInterval(o.interval);
  if (!interval) {
    std::fprintf(stderr, "entente dyads: --interval '%s' is not week, month, quarter or year\n", o.interval.c_str());
    return kExitError;
  }
  opts.interval = *interval;
  opts.level = o.level == "actor" ? analyze::DyadLevel::kActor : analyze::DyadLevel::kCountry;
  auto date_flag = [&](const char* flag, const std::string& value, std::optional<Date>* out) {
    if (value.empty()) return true;
    *out = base::ParseIsoDate(value);
    if (!*out) std::fprintf(stderr, "entente dyads: %s '%s' is not a date (YYYY-MM-DD)\n", flag, value.c_str());
    return out->has_value();
  };
  if (!date_flag("--from", o.from, &opts.from) || !date_flag("--to", o.to, &opts.to)) return kExitError;
  if (opts.from && opts.to && *opts.from > *opts.to) {
    std::fprintf(stderr, "entente dyads: --from %s is after --to %s\n", o.from.c_str(), o.to.c_str());
    return kExitError;
  }
  auto db = OpenForReading("dyads", o.db);
  if (!db) return kExitError;
  auto rows = analyze::ComputeDyads(*db, opts);
  if (!rows.ok()) {
    std::fprintf(stderr, "entente dyads: %s\n", rows.status().message().c_str());
    return kExitError;
  }
  const analyze::DyadTable& table = rows.value();
  if (table.rows.empty()) {
    std::fprintf(stderr, "entente dyads: no dyadic events in range\n");
    return kExitNothing;
  }
  // Written by hand and in chunks: a month table of a large store has millions of rows.
  const bool json_out = o.format == "json";
  std::string out;
  if (json_out) {
    out = "{\"interval\":\"" + o.interval + "\",\"level\":\"" + o.level + "\",\"dyads\":[";
  } else {
    out = "a,b,period,start,end,events,a_to_b,b_to_a,quad1,quad2,quad3,quad4,mentions,quad1_mentions,"
          "quad2_mentions,quad3_mentions,quad4_mentions,goldstein_sum,goldstein_mean";
    for (const auto& t : table.plover_types) out += ",plover_" + t;
    out += '\n';
  }
  bool first = true;
  for (const auto& d : table.rows) {
    const std::string start = base::FormatIsoDate(base::CivilFromDays(d.period.start));
    const std::string end = base::FormatIsoDate(base::CivilFromDays(d.period.end));
    if (json_out) {
      if (!first) out += ',';
      out += "{\"a\":" + Dump(d.a) + ",\"b\":" + Dump(d.b) + ",\"period\":\"" + d.period.label + "\",\"start\":\"" +
             start + "\",\"end\":\"" + end + "\",\"events\":" + std::to_string(d.events) +
             ",\"a_to_b\":" + std::to_string(d.a_to_b) + ",\"b_to_a\":" + std::to_string(d.b_to_a) + ",\"quad\":[";
      for (int i = 0; i < 4; ++i) {
        if (i) out += ',';
        out += std::to_string(d.quad[i]);
      }
      out += "],\"mentions\":" + std::to_string(d.mentions) + ",\"quad_mentions\":[";
      for (int i = 0; i < 4; ++i) {
        if (i) out += ',';
        out += std::to_string(d.quad_mentions[i]);
      }
      out += "],\"plover\":{";
      bool first_type = true;
      for (size_t i = 0; i < table.plover_types.size(); ++i) {
        if (!d.plover[i]) continue;
        out += (first_type ? "\"" : ",\"") + table.plover_types[i] + "\":" + std::to_string(d.plover[i]);
        first_type = false;
      }
      out += "},\"goldstein_sum\":" + Fmt("%.10g", d.goldstein_sum) + ",\"goldstein_mean\":" +
             Fmt("%.10g", d.goldstein_mean()) + "}";
    } else {
      out += CsvField(d.a) + ',' + CsvField(d.b) + ',' + d.period.label + ',' + start + ',' + end + ',' +
             std::to_string(d.events) + ',' + std::to_string(d.a_to_b) + ',' + std::to_string(d.b_to_a);
      for (int i = 0; i < 4; ++i) out += ',' + std::to_string(d.quad[i]);
      out += ',' + std::to_string(d.mentions);
      for (int i = 0; i < 4; ++i) out += ',' + std::to_string(d.quad_mentions[i]);
      out += ',' + Fmt("%.10g", d.goldstein_sum) + ',' + Fmt("%.10g", d.goldstein_mean());
      for (int64_t n : d.plover) out += ',' + std::to_string(n);
      out += '\n';
    }
    first = false;
    if (out.size() > (1 << 16)) {
      if (!WriteAll(stdout, out)) return kExitOk;  // a closed pipe is a clean exit
      out.clear();
    }
  }
  if (json_out) out += "]}\n";
  WriteAll(stdout, out);
  std::fflush(stdout);
  return kExitOk;
}

int RunTrends(const TrendsOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);
  analyze::TrendOptions opts;
  auto recent = analyze::ParseDateRange(o.recent);
  if (!recent.ok()) {
    std::fprintf(stderr, "entente trends: --recent %s\n", recent.status().message().c_str());
    return kExitError;
  }
  auto baseline = analyze::ParseDateRange(o.baseline);
  if (!baseline.ok()) {
    std::fprintf(stderr, "entente trends: --baseline %s\n", baseline.status().message().c_str());
    return kExitError;
  }
  opts.recent = recent.value();
  opts.baseline = baseline.value();
  if (!(opts.recent.to < opts.baseline.from || opts.baseline.to < opts.recent.from)) {
    std::fprintf(stderr, "entente trends: --recent %s and --baseline %s overlap\n", o.recent.c_str(),
                 o.baseline.c_str());
    return kExitError;
  }
  opts.weighted = o.weighted;
  auto db = OpenForReading("trends", o.db);
  if (!db) return kExitError;
  auto r = analyze::ComputeTrends(*db, opts);
  if (!r.ok()) {
    std::fprintf(stderr, "entente trends: %s\n", r.status().message().c_str());
    return kExitError;
  }
  const analyze::Trends& t = r.value();
  if (t.dyads.empty()) {
    std::fprintf(stderr, "entente trends: no cooperative events between countries in either window\n");
    return kExitNothing;
  }
  const size_t top = o.top > 0 ? static_cast<size_t>(o.top) : t.dyads.size();
  std::string out;
  if (o.format == "json") {
    json dyads = json::array();
    for (size_t i = 0; i < t.dyads.size() && i < top; ++i) {
      const auto& d = t.dyads[i];
      dyads.push_back({{"a", d.a}, {"b", d.b}, {"recent", WindowJson(d.recent)},
                       {"baseline", WindowJson(d.baseline)}, {"ratio", Number(d.change.ratio)},
                       {"p", d.change.p}, {"q", d.q}, {"score", d.change.score}});
    }
    json axes = json::array();
    for (const auto& ax : t.axes) {
      json pairs = json::array();
      for (const auto& [a, b] : ax.dyads) pairs.push_back({a, b});
      json examples = json::array();
      for (const auto& e : ax.examples) {
        examples.push_back({{"event_id", e.event_id}, {"date", base::FormatIsoDate(e.date)}, {"source", e.source},
                            {"target", e.target}, {"cameo", e.cameo},
                            {"sentence", e.sentence.empty() ? json(nullptr) : json(e.sentence)}});
      }
      axes.push_back({{"members", ax.members}, {"score", ax.change.score}, {"p", ax.change.p},
                      {"p_adjusted", ax.p_adjusted},
                      {"ratio", Number(ax.change.ratio)}, {"recent", WindowJson(ax.recent)},
                      {"baseline", WindowJson(ax.baseline)}, {"dyads", pairs}, {"examples", examples}});
    }
    json windows = {
        {"recent", {{"from", base::FormatIsoDate(opts.recent.from)}, {"to", base::FormatIsoDate(opts.recent.to)},
                    {"days", opts.recent.days()}}},
        {"baseline", {{"from", base::FormatIsoDate(opts.baseline.from)}, {"to", base::FormatIsoDate(opts.baseline.to)},
                      {"days", opts.baseline.days()}}},
        {"weighted", opts.weighted}};
    out = Dump(json{{"windows", windows}, {"dyads", dyads}, {"axes", axes}}) + "\n";
  } else {
    const char* unit = opts.weighted ? "mentions" : "events";
    out += "Cooperation (QuadClass 1-2) per day, recent " + o.recent + " (" + std::to_string(opts.recent.days()) +
           " days) vs baseline " + o.baseline + " (" + std::to_string(opts.baseline.days()) + " days), rates in " +
           unit + "/day\n\n";
    char line[256];
    std::snprintf(line, sizeof line, "%-9s %8s %10s %8s %10s %8s %10s %10s %7s\n", "dyad", "recent", "rate",
                  "baseline", "rate", "ratio", "p", "q", "score");
    out += line;
    for (size_t i = 0; i < t.dyads.size() && i < top; ++i) {
      const auto& d = t.dyads[i];
      std::snprintf(line, sizeof line, "%-9s %8lld %10.4f %8lld %10.4f %8.2f %10.3g %10.3g %7.3f\n",
                    (d.a + "-" + d.b).c_str(), static_cast<long long>(d.recent.events), d.recent.rate,
                    static_cast<long long>(d.baseline.events), d.baseline.rate, d.change.ratio, d.change.p, d.q,
                    d.change.score);
      out += line;
    }
    out += "\nq: Benjamini-Hochberg over the " + std::to_string(t.dyads.size()) + " dyads (rising when q < 0.05)\n";
    out += "\nAxes (>= 3 states, every pair cooperating, group rise p_adj < 0.05 after Bonferroni over the groups examined, no pair carrying it alone): " + std::to_string(t.axes.size()) + "\n";
    for (const auto& ax : t.axes) {
      std::string members;
      for (const auto& m : ax.members) members += (members.empty() ? "" : "-") + m;
      std::snprintf(line, sizeof line, "\n%s  score %.3f  p %.3g  p_adj %.3g  recent %lld  baseline %lld  ratio %.2f\n",
                    members.c_str(), ax.change.score, ax.change.p, ax.p_adjusted, static_cast<long long>(ax.recent.events),
                    static_cast<long long>(ax.baseline.events), ax.change.ratio);
      out += line;
      for (const auto& e : ax.examples) {
        out += "  #" + std::to_string(e.event_id) + " " + base::FormatIsoDate(e.date) + " " + e.source + " -> " +
               e.target + " " + e.cameo + (e.sentence.empty() ? "" : ": " + e.sentence) + "\n";
      }
    }
  }
  WriteAll(stdout, out);
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace entente::cli
