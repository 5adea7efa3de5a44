// entente-golden — scores the coder against the golden case files (tests/golden/README.md).
//
// Prints precision/recall/F1 overall (full actor codes, and leniently on country + CAMEO root),
// per PLOVER type and per construction tag, date and location accuracy, and false positives on
// must-code-nothing cases. Exits 1 when a metric falls below its floor (--floors FILE).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/date.h"
#include "base/strings.h"
#include "entente/engine.h"

using namespace entente;

namespace {

struct Expected {
  std::string source, target, cameo, date, loc;
};

struct Case {
  std::string file, name, tags_line;
  int line = 0;
  Date date;
  std::string text;
  std::vector<Expected> expected;
  std::vector<std::string> tags;
};

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r ? 2 * p * r / (p + r) : 0;
  }
};

bool ParseFile(const std::string& path, std::vector<Case>* cases, std::string* err) {
  std::ifstream in(path);
  if (!in) {
    *err = path + ": cannot open";
    return false;
  }
  std::string line;
  int n = 0;
  Case* c = nullptr;
  enum { kNone, kHeader, kText, kExpect } state = kNone;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("===", 0) == 0) {
      cases->push_back(Case{});
      c = &cases->back();
      c->file = path;
      c->line = n;
      c->name = std::string(base::Trim(line.substr(3)));
      state = kHeader;
      continue;
    }
    if (!c) continue;
    if (state == kHeader) {
      if (line.rfind("#", 0) == 0 || base::Trim(line).empty()) continue;
      if (line.rfind("date:", 0) == 0) {
        auto d = base::ParseIsoDate(base::Trim(line.substr(5)));
        if (!d) {
          *err = path + ":" + std::to_string(n) + ": bad date";
          return false;
        }
        c->date = *d;
        continue;
      }
      if (line.rfind("tags:", 0) == 0) {
        const std::string tags = line.substr(5);
        for (auto t : base::SplitList(tags, ',')) c->tags.emplace_back(t);
        continue;
      }
      state = kText;
    }
    if (state == kText) {
      if (line == "---") {
        state = kExpect;
        continue;
      }
      c->text += line + "\n";
      continue;
    }
    if (state == kExpect) {
      if (line.rfind("#", 0) == 0 || base::Trim(line).empty()) continue;
      std::istringstream ss(line);
      Expected e;
      ss >> e.source >> e.target >> e.cameo;
      std::string extra;
      bool in_loc = false;
      while (ss >> extra) {
        if (extra.rfind("date=", 0) == 0) {
          e.date = extra.substr(5);
          in_loc = false;
        } else if (extra.rfind("loc=", 0) == 0) {
          e.loc = extra.substr(4);
          in_loc = true;
        } else if (in_loc) {
          e.loc += " " + extra;  // "loc=Abu Dhabi" (also written loc=Abu_Dhabi)
        } else {
          *err = path + ":" + std::to_string(n) + ": unexpected '" + extra + "' after 'SOURCE TARGET CAMEO'";
          return false;
        }
      }
      if (e.cameo.empty()) {
        *err = path + ":" + std::to_string(n) + ": expected 'SOURCE TARGET CAMEO'";
        return false;
      }
      if (e.target == "-") e.target.clear();
      // loc= may contain spaces written as underscores
      std::replace(e.loc.begin(), e.loc.end(), '_', ' ');
      c->expected.push_back(e);
    }
  }
  for (const auto& k : *cases) {
    if (!k.date.known()) {
      *err = path + ":" + std::to_string(k.line) + ": case '" + k.name + "' has no date";
      return false;
    }
  }
  return true;
}

std::string Country(const std::string& code) { return code.substr(0, std::min<size_t>(3, code.size())); }

}  // namespace

int main(int argc, char** argv) {
  std::string dict = "data/dict", floors_path;
  int threads = 1;
  bool quiet = false, verbose = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dict" && i + 1 < argc) dict = argv[++i];
    else if (a == "--floors" && i + 1 < argc) floors_path = argv[++i];
    else if (a == "--threads" && i + 1 < argc) threads = std::max(1, std::atoi(argv[++i]));
    else if (a == "--quiet") quiet = true;
    else if (a == "--verbose" || a == "-v") verbose = true;
    else files.push_back(a);
  }
  std::vector<Case> cases;
  for (const auto& f : files) {
    std::string err;
    if (!ParseFile(f, &cases, &err)) {
      std::fprintf(stderr, "entente-golden: %s\n", err.c_str());
      return 2;
    }
  }
  // CAMEO → PLOVER from the dictionary's own table.
  std::map<std::string, std::string> plover_of;
  {
    std::ifstream in(dict + "/cameo.tsv");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto cells = base::SplitExact(line, '\t');
      if (cells.size() >= 5) plover_of[std::string(cells[0])] = std::string(base::Trim(cells[4]));
    }
  }
  auto plover = [&](const std::string& code) {
    auto it = plover_of.find(code);
    return it == plover_of.end() || it->second.empty() ? std::string("(01/02)") : it->second;
  };
  EngineOptions opts;
  opts.dict_dir = dict;
  auto loaded = Engine::Load(opts);
  if (!loaded.ok()) {
    std::fprintf(stderr, "entente-golden: %s\n", loaded.status().message().c_str());
    return 2;
  }
  const Engine& engine = *loaded.value();
  // Code every case (in parallel when asked); results are per case, so order never matters.
  std::vector<std::vector<Event>> got(cases.size());
  std::vector<std::string> errors(cases.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    Engine::Scratch scratch;
    while (true) {
      const size_t i = next.fetch_add(1);
      if (i >= cases.size()) return;
      Document d;
      d.id = cases[i].name;
      d.text = cases[i].text;
      d.date = cases[i].date;
      Status s = engine.Code(d, scratch, &got[i]);
      if (!s.ok()) errors[i] = s.message();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  Counts full, lenient, nothing;
  std::map<std::string, Counts> by_type, by_tag;
  size_t date_checked = 0, date_ok = 0, loc_checked = 0, loc_ok = 0, cases_ok = 0, nothing_cases = 0,
         nothing_clean = 0, expected_total = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    expected_total += c.expected.size();
    std::vector<bool> used(got[i].size(), false);
    std::vector<std::string> misses;
    bool detail_wrong = false;  // a matched event with a wrong date or place
    size_t case_tp = 0;
    for (const Expected& e : c.expected) {
      int hit = -1;
      for (size_t k = 0; k < got[i].size(); ++k) {
        const Event& g = got[i][k];
        if (used[k] || g.cameo != e.cameo || g.source.code != e.source) continue;
        const std::string tgt = g.target ? g.target->code : "";
        if (tgt != e.target) continue;
        hit = static_cast<int>(k);
        break;
      }
      const std::string type = plover(e.cameo);
      if (hit >= 0) {
        used[hit] = true;
        ++full.tp, ++by_type[type].tp, ++case_tp;
        for (const auto& t : c.tags) ++by_tag[t].tp;
        const Event& g = got[i][hit];
        if (!e.date.empty()) {
          ++date_checked;
          std::string d = base::FormatIsoDate(g.date);
          if (g.end_date) d += ".." + base::FormatIsoDate(*g.end_date);
          if (d == e.date) {
            ++date_ok;
          } else {
            detail_wrong = true;
            if (verbose) misses.push_back("date " + d + " != " + e.date);
          }
        }
        if (!e.loc.empty()) {
          ++loc_checked;
          // ("loc=-": the event must have no place, e.g. when the only place is another clause's.)
          const bool right = e.loc == "-" ? !g.location : g.location && g.location->name == e.loc;
          if (right) {
            ++loc_ok;
          } else {
            detail_wrong = true;
            if (verbose) misses.push_back("location " + (g.location ? g.location->name : "none") + " != " + e.loc);
          }
        }
      } else {
        ++full.fn, ++by_type[type].fn;
        for (const auto& t : c.tags) ++by_tag[t].fn;
        misses.push_back("missed " + e.source + " " + (e.target.empty() ? "-" : e.target) + " " + e.cameo);
      }
    }
    for (size_t k = 0; k < got[i].size(); ++k) {
      if (used[k]) continue;
      const Event& g = got[i][k];
      ++full.fp, ++by_type[plover(g.cameo)].fp;
      for (const auto& t : c.tags) ++by_tag[t].fp;
      misses.push_back("extra  " + g.source.code + " " + (g.target ? g.target->code : "-") + " " + g.cameo +
                       "  (" + g.evidence.rule + ")");
    }
    // Lenient: country + CAMEO root, as multisets.
    {
      std::vector<std::string> exp, gv;
      for (const auto& e : c.expected) exp.push_back(Country(e.source) + "|" + Country(e.target) + "|" + e.cameo.substr(0, 2));
      for (const auto& g : got[i]) gv.push_back(Country(g.source.code) + "|" + Country(g.target ? g.target->code : "") + "|" + g.cameo.substr(0, 2));
      std::sort(exp.begin(), exp.end());
      std::sort(gv.begin(), gv.end());
      std::vector<std::string> common;
      std::set_intersection(exp.begin(), exp.end(), gv.begin(), gv.end(), std::back_inserter(common));
      lenient.tp += common.size();
      lenient.fn += exp.size() - common.size();
      lenient.fp += gv.size() - common.size();
    }
    if (c.expected.empty()) {
      ++nothing_cases;
      if (got[i].empty()) ++nothing_clean;
      nothing.fp += got[i].size();
    }
    // (A wrong date or place fails the case whether or not it is printed.)
    const bool ok = misses.empty() && !detail_wrong && errors[i].empty();
    if (ok) ++cases_ok;
    if (verbose && !ok) {
      std::printf("FAIL %s:%d %s\n", c.file.c_str(), c.line, c.name.c_str());
      if (!errors[i].empty()) std::printf("  error: %s\n", errors[i].c_str());
      for (const auto& m : misses) std::printf("  %s\n", m.c_str());
    }
  }
  if (!quiet) {
    std::printf("golden: %zu cases, %zu expected events, %zu coded\n", cases.size(), expected_total,
                full.tp + full.fp);
    std::printf("%-28s %6s %6s %6s %7s %7s %7s\n", "", "tp", "fp", "fn", "prec", "recall", "f1");
    auto row = [](const std::string& name, const Counts& k) {
      std::printf("%-28s %6zu %6zu %6zu %7.3f %7.3f %7.3f\n", name.c_str(), k.tp, k.fp, k.fn, k.precision(),
                  k.recall(), k.f1());
    };
    row("ALL (full codes)", full);
    row("ALL (country+root)", lenient);
    std::printf("-- by PLOVER type (of the expected / coded CAMEO code)\n");
    for (const auto& [k, v] : by_type) row(k, v);
    std::printf("-- by construction tag (events in cases with the tag)\n");
    for (const auto& [k, v] : by_tag) row(k, v);
    std::printf("dates right: %zu/%zu   locations right: %zu/%zu   must-code-nothing cases clean: %zu/%zu\n",
                date_ok, date_checked, loc_ok, loc_checked, nothing_clean, nothing_cases);
  }
  // Floors: "metric value" lines; metrics: precision recall f1 lenient_f1 dates locations nothing
  int failed_floors = 0;
  if (!floors_path.empty()) {
    std::ifstream in(floors_path);
    std::string name;
    double floor;
    std::map<std::string, double> metrics = {
        {"precision", full.precision()}, {"recall", full.recall()}, {"f1", full.f1()},
        {"lenient_f1", lenient.f1()},
        {"dates", date_checked ? double(date_ok) / date_checked : 1.0},
        {"locations", loc_checked ? double(loc_ok) / loc_checked : 1.0},
        {"nothing", nothing_cases ? double(nothing_clean) / nothing_cases : 1.0}};
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream ss(line);
      if (!(ss >> name >> floor)) continue;
      auto it = metrics.find(name);
      if (it == metrics.end()) {
        std::printf("floors: unknown metric '%s'\n", name.c_str());
        ++failed_floors;
      } else if (it->second + 1e-9 < floor) {
        std::printf("floors: %s = %.3f is below the floor %.3f\n", name.c_str(), it->second, floor);
        ++failed_floors;
      }
    }
  }
  std::printf("cases fully right: %zu of %zu\n", cases_ok, cases.size());
  return failed_floors ? 1 : 0;
}
