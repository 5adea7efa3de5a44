// cli/report_cmd.cc — `entente report`: renders analyze::ComputeReport as Markdown or as one
// self-contained HTML page (inline CSS, no external resources, every text HTML-escaped).
// What each section means: docs/ANALYSIS.md ("Report").
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "analyze/report.h"
#include "base/date.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace entente::cli {

namespace {

// ---- a tiny document model, rendered twice -------------------------------------------------

struct Span {
  enum Style { kPlain, kStrong, kEm, kCode, kQuote } style = kPlain;
  std::string text;
};
using Line = std::vector<Span>;

struct Block {
  enum Kind { kH1, kH2, kH3, kPara, kTable, kList } kind = kPara;
  Line line;                                    // headings and paragraphs
  std::vector<std::string> header;              // tables
  std::vector<std::vector<std::string>> rows;   // tables
  std::vector<Line> items;                      // lists
};

class Doc {
 public:
  void H(Block::Kind kind, std::string text) { blocks_.push_back({kind, {{Span::kPlain, std::move(text)}}, {}, {}, {}}); }
  void Para(Line line) { blocks_.push_back({Block::kPara, std::move(line), {}, {}, {}}); }
  void Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    blocks_.push_back({Block::kTable, {}, std::move(header), std::move(rows), {}});
  }
  void List(std::vector<Line> items) {
    if (!items.empty()) blocks_.push_back({Block::kList, {}, {}, {}, std::move(items)});
  }
  const std::vector<Block>& blocks() const { return blocks_; }

 private:
  std::vector<Block> blocks_;
};

// Markdown: backslash-escape what would turn text into markup (CommonMark), and keep every
// value on one line.
std::string MdEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]|<>").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string MdLine(const Line& line) {
  std::string out;
  for (const Span& s : line) {
    switch (s.style) {
      case Span::kPlain: out += MdEscape(s.text); break;
      case Span::kStrong: out += "**" + MdEscape(s.text) + "**"; break;
      case Span::kEm: out += "*" + MdEscape(s.text) + "*"; break;
      case Span::kCode: out += "`" + MdEscape(s.text) + "`"; break;
      case Span::kQuote: out += "“" + MdEscape(s.text) + "”"; break;
    }
  }
  return out;
}

std::string RenderMarkdown(const Doc& doc) {
  std::string out;
  for (const Block& b : doc.blocks()) {
    switch (b.kind) {
      case Block::kH1: out += "# " + MdLine(b.line) + "\n\n"; break;
      case Block::kH2: out += "## " + MdLine(b.line) + "\n\n"; break;
      case Block::kH3: out += "### " + MdLine(b.line) + "\n\n"; break;
      case Block::kPara: out += MdLine(b.line) + "\n\n"; break;
      case Block::kTable: {
        std::string sep = "|";
        out += "|";
        for (const auto& h : b.header) {
          out.append(" ").append(MdEscape(h)).append(" |");
          sep += "---|";
        }
        out += "\n" + sep + "\n";
        for (const auto& row : b.rows) {
          out += "|";
          for (const auto& cell : row) out.append(" ").append(MdEscape(cell)).append(" |");
          out += "\n";
        }
        out += "\n";
        break;
      }
      case Block::kList:
        for (const Line& item : b.items) out += "- " + MdLine(item) + "\n";
        out += "\n";
        break;
    }
  }
  return out;
}

std::string HtmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlLine(const Line& line) {
  std::string out;
  for (const Span& s : line) {
    const std::string t = HtmlEscape(s.text);
    switch (s.style) {
      case Span::kPlain: out += t; break;
      case Span::kStrong: out += "<strong>" + t + "</strong>"; break;
      case Span::kEm: out += "<em>" + t + "</em>"; break;
      case Span::kCode: out += "<code>" + t + "</code>"; break;
      case Span::kQuote: out += "<q>" + t + "</q>"; break;
    }
  }
  return out;
}

constexpr const char* kCss =
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;"
    "padding:0 1rem;line-height:1.45;color:#1d2430}"
    "h1{font-size:1.6rem;border-bottom:2px solid #33415c;padding-bottom:.3rem}"
    "h2{font-size:1.25rem;margin-top:2rem;color:#33415c}h3{font-size:1.05rem}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}"
    "th,td{border:1px solid #ccd3df;padding:.25rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#eef1f6}td.n{text-align:right;font-variant-numeric:tabular-nums}"
    "ul{padding-left:1.2rem}li{margin:.3rem 0}q{font-style:italic;color:#3a4a63}"
    "code{background:#f2f4f8;padding:0 .2rem;border-radius:3px}";

bool Numeric(const std::string& cell) {
  if (cell.empty()) return false;
  for (char c : cell) {
    if (std::string_view("0123456789.-+e×x%").find(c) == std::string_view::npos &&
        static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return true;
}

std::string RenderHtml(const Doc& doc, const std::string& title) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    HtmlEscape(title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n";
  for (const Block& b : doc.blocks()) {
    switch (b.kind) {
      case Block::kH1: out += "<h1>" + HtmlLine(b.line) + "</h1>\n"; break;
      case Block::kH2: out += "<h2>" + HtmlLine(b.line) + "</h2>\n"; break;
      case Block::kH3: out += "<h3>" + HtmlLine(b.line) + "</h3>\n"; break;
      case Block::kPara: out += "<p>" + HtmlLine(b.line) + "</p>\n"; break;
      case Block::kTable:
        out += "<table>\n<tr>";
        for (const auto& h : b.header) out += "<th>" + HtmlEscape(h) + "</th>";
        out += "</tr>\n";
        for (const auto& row : b.rows) {
          out += "<tr>";
          for (const auto& cell : row) {
            out += (Numeric(cell) ? "<td class=\"n\">" : "<td>") + HtmlEscape(cell) + "</td>";
          }
          out += "</tr>\n";
        }
        out += "</table>\n";
        break;
      case Block::kList:
        out += "<ul>\n";
        for (const Line& item : b.items) out += "<li>" + HtmlLine(item) + "</li>\n";
        out += "</ul>\n";
        break;
    }
  }
  return out + "</body>\n</html>\n";
}

// ---- labels from the dictionary folder (codes alone when it cannot be read) ----------------

struct Labels {
  std::map<std::string, std::string> cameo;    // "042" → "Make a visit"
  std::map<std::string, std::string> country;  // "BLR" → "Belarus"
};

// Reads `column`s 0 and `name_col` of a TSV file (after its header; '#' lines skipped).
void ReadNames(const std::string& path, size_t key_col, size_t name_col, std::map<std::string, std::string>* out) {
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      cols.push_back(line.substr(start, tab - start));
    }
    cols.push_back(line.substr(start));
    if (cols.size() <= std::max(key_col, name_col)) continue;
    std::string name = cols[name_col].substr(0, cols[name_col].find(';'));
    if (!cols[key_col].empty() && !name.empty()) out->emplace(cols[key_col], name);
  }
}

Labels LoadLabels() {
  Labels l;
  const std::string dir = ResolveDictDir("");
  ReadNames(dir + "/cameo.tsv", 0, 1, &l.cameo);
  ReadNames(dir + "/countries.tsv", 1, 3, &l.country);
  return l;
}

// ---- formatting numbers ----------------------------------------------------------------------

std::string Fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}
std::string Sci(double p) { return Fmt("%.1e", p); }
std::string Ratio(double r) {
  if (std::isinf(r)) return "new";
  if (r == 0) return "0";
  return Fmt(r < 10 ? "%.2f×" : r < 100 ? "%.1f×" : "%.0f×", r);
}
std::string Score(double s) { return s == 0 ? "0" : Fmt("%+.2f", s); }
std::string N(int64_t n) { return std::to_string(n); }
std::string Day(Date d) { return base::FormatIsoDate(d); }

// ---- the briefing ------------------------------------------------------------------------------

class Writer {
 public:
  Writer(const analyze::Report& r, Labels labels) : r_(r), labels_(std::move(labels)) {}

  Doc Build() {
    const std::string title = "Entente briefing: " + Day(r_.window.from) + " to " + Day(r_.window.to);
    doc_.H(Block::kH1, title);
    Summary();
    Axes();
    Blocs();
    Dyads(true);
    Dyads(false);
    Firsts();
    HotSpots();
    doc_.H(Block::kH2, "How to read this");
    doc_.Para({{Span::kPlain,
                "Counts are deduplicated events coded automatically from news text, not verified facts; "
                "rates reflect what was reported and caught by the coder. p is the one-sided exact test of a "
                "rise (uncorrected), q its Benjamini-Hochberg correction over all compared dyads; the score "
                "is the bound of the 95% interval of the log rate ratio nearest zero (0: no clear change). "
                "Definitions and limits: docs/ANALYSIS.md, section Report."}});
    return std::move(doc_);
  }

 private:
  std::string Country(const std::string& iso3) const {
    auto it = labels_.country.find(iso3);
    return it == labels_.country.end() ? iso3 : it->second + " (" + iso3 + ")";
  }
  std::string Cameo(const std::string& code) const {
    auto it = labels_.cameo.find(code);
    return it == labels_.cameo.end() ? code : code + " " + it->second;
  }
  std::string DyadName(const std::string& a, const std::string& b) const { return a + "–" + b; }

  // "2025-10-30 · PRKGOV → BLR · 042 Make a visit · Outlet: “sentence”".
  Line Evidence(const analyze::ExampleEvent& e) const {
    Line l;
    l.push_back({Span::kPlain, Day(e.date) + " · "});
    l.push_back({Span::kCode, e.source + " → " + (e.target.empty() ? "—" : e.target)});
    l.push_back({Span::kPlain, " · " + Cameo(e.cameo)});
    if (e.mentions > 1) l.push_back({Span::kPlain, " · " + N(e.mentions) + " mentions"});
    l.push_back({Span::kPlain, " · "});
    l.push_back({Span::kEm, e.outlet.empty() ? "unknown outlet" : e.outlet});
    if (!e.sentence.empty()) {
      l.push_back({Span::kPlain, ": "});
      l.push_back({Span::kQuote, e.sentence});
    }
    return l;
  }

  void Summary() {
    const auto& r = r_;
    Line l;
    l.push_back({Span::kStrong, "Window"});
    l.push_back({Span::kPlain, " " + Day(r.window.from) + " to " + Day(r.window.to) + " (" + N(r.window.days()) +
                                   " days), compared with the " +
                                   (r.baseline_default ? "preceding period of equal length, " : "baseline ") +
                                   Day(r.baseline.from) + " to " + Day(r.baseline.to) + " (" +
                                   N(r.baseline.days()) + " days)."});
    doc_.Para(l);
    doc_.Para({{Span::kPlain, N(r.window_events) + " events in the window (" + N(r.window_quad[0]) +
                                  " verbal and " + N(r.window_quad[1]) + " material cooperation, " +
                                  N(r.window_quad[2]) + " verbal and " + N(r.window_quad[3]) +
                                  " material conflict); " + N(r.baseline_events) + " in the baseline. " +
                                  N(static_cast<int64_t>(r.dyads_compared)) +
                                  (r.dyads_compared == 1 ? " country pair" : " country pairs") +
                                  " cooperated in either period."}});
  }

  void Axes() {
    doc_.H(Block::kH2, "Emerging axes");
    if (r_.axes.empty()) {
      doc_.Para({{Span::kPlain,
                  "No axis: no group of three or more states in which every pair cooperated in the window and "
                  "whose joint cooperation rose significantly (Bonferroni-corrected) without one pair carrying it."}});
      return;
    }
    doc_.Para({{Span::kPlain, "Groups of three or more states in which every pair cooperated in the window and "
                              "whose joint cooperation rose significantly (p adjusted for every group tested)."}});
    for (const auto& ra : r_.axes) {
      const analyze::Axis& ax = ra.axis;
      std::string members, names;
      for (const auto& m : ax.members) {
        members += (members.empty() ? "" : "–") + m;
        names += (names.empty() ? "" : ", ") + Country(m);
      }
      doc_.H(Block::kH3, members);
      doc_.Para({{Span::kPlain, names + ". " + N(ax.recent.events) + " cooperative events in the window, " +
                                    N(ax.baseline.events) + " in the baseline; rate ratio " + Ratio(ax.change.ratio) +
                                    ", score " + Score(ax.change.score) + ", p " + Sci(ax.change.p) +
                                    " (adjusted " + Sci(ax.p_adjusted) + ")."}});
      std::vector<Line> items;
      for (const auto& e : ra.examples) items.push_back(Evidence(e));
      doc_.List(std::move(items));
    }
  }

  void Blocs() {
    if (!r_.blocs_computed) return;
    doc_.H(Block::kH2, "Blocs");
    const auto& s = r_.bloc_summary;
    doc_.Para({{Span::kPlain,
                "Groups of states held together by the window's signed interaction network (each event weighs its "
                "Goldstein score: cooperation pulls two states together, conflict pushes them apart; Leiden "
                "partition, no member pair with a net conflict tie, kept when a permutation test over " +
                    N(s.null_runs) + " scatterings of the same ties gives p ≤ 0.05). " + N(s.nodes) + " states, " +
                    N(s.ties) + " ties, " + N(s.events) + " events between two states."}});
    if (r_.blocs.empty()) {
      doc_.Para({{Span::kPlain, "No bloc beat the permutation test in this window."}});
      return;
    }
    for (size_t i = 0; i < r_.blocs.size(); ++i) {
      const auto& b = r_.blocs[i].bloc;
      std::string members, names;
      for (const auto& m : b.members) {
        members += (members.empty() ? "" : "–") + m;
        names += (names.empty() ? "" : ", ") + Country(m);
      }
      doc_.H(Block::kH3, "Bloc " + N(static_cast<int64_t>(i + 1)) + ": " + members);
      doc_.Para({{Span::kPlain, names + ". Cohesion " + Fmt("%.2f", b.cohesion) + " (cooperative share of the tie "
                                "weight inside), density " + Fmt("%.2f", b.density) + ", p " +
                                (b.p ? Fmt("%.2f", *b.p) : std::string("not tested")) + "."}});
      std::vector<Line> items;
      for (const auto& e : r_.blocs[i].examples) items.push_back(Evidence(e));
      doc_.List(std::move(items));
    }
    if (!r_.rivalries.empty()) {
      doc_.Para({{Span::kPlain, "Strongest conflict ties between blocs, with the window's most reported conflict "
                                "event of the pair:"}});
      std::vector<Line> items;
      for (const auto& rv : r_.rivalries) {
        const auto& t = rv.rivalry.tie;
        Line l{{Span::kStrong, DyadName(t.a, t.b)},
               {Span::kPlain, " (bloc " + N(rv.rivalry.bloc_a + 1) + " vs bloc " + N(rv.rivalry.bloc_b + 1) + ", " +
                                  N(t.quad[2] + t.quad[3]) + " conflict and " + N(t.quad[0] + t.quad[1]) +
                                  " cooperative events)"}};
        for (const auto& e : rv.examples) {
          l.push_back({Span::kPlain, " · "});
          for (auto& sp : Evidence(e)) l.push_back(std::move(sp));
        }
        items.push_back(std::move(l));
      }
      doc_.List(std::move(items));
    }
  }

  void Dyads(bool rising) {
    const auto& list = rising ? r_.rising : r_.falling;
    doc_.H(Block::kH2, rising ? "Rising cooperation" : "Falling cooperation");
    if (list.empty()) {
      doc_.Para({{Span::kPlain, rising ? "No country pair's cooperation clearly rose (every score is 0 or below)."
                                       : "No country pair's cooperation clearly fell (every score is 0 or above)."}});
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : list) {
      const auto& t = d.trend;
      rows.push_back({DyadName(t.a, t.b), N(t.recent.events), N(t.baseline.events), Ratio(t.change.ratio),
                      Score(t.change.score), Sci(t.change.p), Sci(t.q)});
    }
    doc_.Table({"dyad", "window", "baseline", "rate ratio", "score", "p (rise)", "q"}, std::move(rows));
    doc_.Para({{Span::kPlain, rising ? "Evidence: the window's most reported cooperative events per pair."
                                     : "Evidence: the baseline's most reported cooperative events per pair "
                                       "(the cooperation that thinned out)."}});
    std::vector<Line> items;
    for (const auto& d : list) {
      for (const auto& e : d.examples) {
        Line l{{Span::kStrong, DyadName(d.trend.a, d.trend.b)}, {Span::kPlain, " · "}};
        for (auto& s : Evidence(e)) l.push_back(std::move(s));
        items.push_back(std::move(l));
      }
    }
    doc_.List(std::move(items));
  }

  void Firsts() {
    doc_.H(Block::kH2, "Firsts: first recorded leader-level visits");
    doc_.Para({{Span::kPlain,
                "The first visit in the whole store by a head of state or government or a foreign minister of one "
                "state to another (CAMEO 042, or 043 reversed; visitor coded GOV and not named as a lower office) "
                "that falls inside the window. First in this data, not necessarily first ever" +
                    (r_.first_event ? " (the store's events start on " + Day(*r_.first_event) + ")." : ".")}});
    if (r_.firsts.empty()) {
      doc_.Para({{Span::kPlain, "None in the window."}});
      return;
    }
    std::vector<Line> items;
    for (const auto& f : r_.firsts) {
      const auto& e = f.event;
      const std::string& who = e.cameo.rfind("043", 0) == 0 ? e.target_text : e.source_text;
      Line l{{Span::kStrong, Day(e.date) + " " + Country(f.visitor) + " → " + Country(f.host)},
             {Span::kPlain, ": " + (who.empty() ? std::string("(unnamed)") : who) + " · " + Cameo(e.cameo) + " · "},
             {Span::kEm, e.outlet.empty() ? "unknown outlet" : e.outlet}};
      if (!e.sentence.empty()) {
        l.push_back({Span::kPlain, ": "});
        l.push_back({Span::kQuote, e.sentence});
      }
      if (f.earlier_lower_visits > 0) {
        l.push_back({Span::kPlain, " (after " + N(f.earlier_lower_visits) + " earlier visit(s) by lower officials)"});
      }
      items.push_back(std::move(l));
    }
    doc_.List(std::move(items));
    if (r_.firsts_total > r_.firsts.size()) {
      doc_.Para({{Span::kPlain, N(static_cast<int64_t>(r_.firsts_total - r_.firsts.size())) +
                                    " more not listed (the earliest are shown)."}});
    }
  }

  std::vector<std::string> HotRow(const analyze::HotSpot& h, const std::string& name) const {
    std::string codes;
    for (const auto& c : h.top_codes) codes += (codes.empty() ? "" : "; ") + Cameo(c.cameo) + " (" + N(c.events) + ")";
    const double ratio = h.change.ratio;
    return {name, N(h.recent), N(h.recent_material), N(h.baseline), Ratio(ratio), Score(h.change.score),
            Sci(h.change.p), codes};
  }

  void HotSpots() {
    doc_.H(Block::kH2, "Conflict hot spots");
    if (r_.hot_countries.empty()) {
      doc_.Para({{Span::kPlain, "No conflict event (QuadClass 3 or 4) in the window."}});
      return;
    }
    doc_.Para({{Span::kPlain, "Conflict events (verbal: QuadClass 3, material: 4) in the window, against the "
                              "baseline's rate; an event counts for each country on its two sides."}});
    const std::vector<std::string> header = {"", "window", "material", "baseline", "rate ratio", "score",
                                             "p (rise)", "top CAMEO codes"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& h : r_.hot_countries) rows.push_back(HotRow(h, Country(h.a)));
    auto hdr = header;
    hdr[0] = "country";
    doc_.Table(hdr, std::move(rows));
    if (!r_.hot_dyads.empty()) {
      rows.clear();
      for (const auto& h : r_.hot_dyads) rows.push_back(HotRow(h, DyadName(h.a, h.b)));
      hdr[0] = "dyad";
      doc_.Table(hdr, std::move(rows));
    }
    if (r_.material_conflict_events > 0 && r_.conflict_locations.empty()) {
      doc_.Para({{Span::kPlain, "No location is stored for the window's " + N(r_.material_conflict_events) +
                                    " material conflict events."}});
    } else if (r_.material_conflict_events > 0) {
      doc_.Para({{Span::kPlain, "Where material conflict was reported (" + N(r_.located_material_conflict) + " of " +
                                    N(r_.material_conflict_events) + " events have a location):"}});
      std::vector<Line> items;
      for (const auto& l : r_.conflict_locations) {
        items.push_back({{Span::kPlain, l.name + (l.country.empty() ? "" : " (" + l.country + ")") + ": " +
                                            N(l.events)}});
      }
      doc_.List(std::move(items));
    }
  }

  const analyze::Report& r_;
  Labels labels_;
  Doc doc_;
};

}  // namespace

int RunReport(const ReportCmdOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);
  auto from = base::ParseIsoDate(o.from);
  auto to = base::ParseIsoDate(o.to);
  if (!from || !to) {
    std::fprintf(stderr, "entente report: --%s '%s' is not a date (YYYY-MM-DD)\n", !from ? "from" : "to",
                 (!from ? o.from : o.to).c_str());
    return kExitError;
  }
  if (*from > *to) {
    std::fprintf(stderr, "entente report: --from %s is after --to %s\n", o.from.c_str(), o.to.c_str());
    return kExitError;
  }
  analyze::ReportOptions opts;
  opts.window = {*from, *to};
  if (!o.baseline.empty()) {
    auto b = analyze::ParseDateRange(o.baseline);
    if (!b.ok()) {
      std::fprintf(stderr, "entente report: --baseline %s\n", b.status().message().c_str());
      return kExitError;
    }
    if (!(b.value().to < *from || *to < b.value().from)) {
      std::fprintf(stderr, "entente report: --baseline %s overlaps the window %s..%s\n", o.baseline.c_str(),
                   o.from.c_str(), o.to.c_str());
      return kExitError;
    }
    opts.baseline = b.value();
  }
  opts.top_dyads = static_cast<size_t>(o.top);
  opts.examples = static_cast<size_t>(o.examples);
  opts.blocs = !o.no_blocs;
  auto db = OpenForReading("report", o.db);  // cli/common.h: SQLite file or postgresql:// URI
  if (!db) return kExitError;
  auto report = analyze::ComputeReport(*db, opts);
  if (!report.ok()) {
    std::fprintf(stderr, "entente report: %s\n", report.status().message().c_str());
    return kExitError;
  }
  if (report.value().window_events == 0) {
    std::fprintf(stderr, "entente report: warning: no events in the window %s..%s\n", o.from.c_str(), o.to.c_str());
  }
  const Doc doc = Writer(report.value(), LoadLabels()).Build();
  const std::string text =
      o.format == "html" ? RenderHtml(doc, "Entente briefing: " + o.from + " to " + o.to) : RenderMarkdown(doc);

  if (o.output.empty() || o.output == "-") {
    WriteAll(stdout, text);  // a closed pipe is a clean exit
    std::fflush(stdout);
    return kExitOk;
  }
  // A regular file is written atomically (temp file + rename): never a half-written report.
  // Devices and pipes (/dev/null, /dev/stdout) are written directly: never renamed over.
  std::error_code ec;
  const auto st = std::filesystem::status(o.output, ec);
  const bool special = !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
  const std::string tmp = special ? o.output : o.output + ".partial";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  bool ok = f && WriteAll(f, text);
  if (f) ok = std::fclose(f) == 0 && ok;
  if (!ok || (!special && std::rename(tmp.c_str(), o.output.c_str()) != 0)) {
    if (!special) std::remove(tmp.c_str());
    std::fprintf(stderr, "entente report: cannot write %s\n", o.output.c_str());
    return kExitError;
  }
  return kExitOk;
}

}  // namespace entente::cli
