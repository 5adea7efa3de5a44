// cli/other_cmds.cc — `entente explain`, `entente dict check`, `entente summary`.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "base/date.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace entente::cli {

int RunExplain(const std::string& sentence, const std::string& date, const std::string& dict, bool no_cache) {
  Date d = Today();
  if (!date.empty()) {
    auto parsed = base::ParseIsoDate(date);
    if (!parsed) {
      std::fprintf(stderr, "entente explain: --date '%s' is not YYYY-MM-DD\n", date.c_str());
      return kExitError;
    }
    d = *parsed;
  }
  auto engine = LoadEngineOrReport(dict, no_cache);
  if (!engine) return kExitError;
  std::fputs(engine->Explain(sentence, d).c_str(), stdout);
  return kExitOk;
}

int RunDictCheck(const std::string& dir) {
  EngineOptions opts = DictOptions(dir);
  auto engine = Engine::Load(opts);  // no cache: every line is read and checked
  if (!engine.ok()) {
    std::fprintf(stderr, "entente dict check: %s\n", engine.status().message().c_str());
    return kExitError;
  }
  for (const auto& w : engine.value()->warnings()) std::printf("%s\n", w.c_str());
  for (const auto& [name, value] : engine.value()->stats()) {
    if (name != "from_cache") std::printf("%-14s %zu\n", name.c_str(), value);
  }
  const size_t problems = engine.value()->warnings().size();
  std::printf("%zu problems\n", problems);
  return problems ? kExitError : kExitOk;
}

int RunSummary(const std::vector<std::string>& inputs, int examples) {
  std::map<std::string, size_t> by_plover, by_quad;
  std::map<std::pair<std::string, std::string>, size_t> dyads;
  std::vector<nlohmann::json> samples;
  size_t n = 0, bad = 0;
  auto consume = [&](std::istream& in, const std::string& name) {
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("cameo")) {
        std::fprintf(stderr, "%s:%zu: not an event record\n", name.c_str(), line_no);
        ++bad;
        continue;
      }
      ++n;
      const std::string plover = j["plover"].is_string() ? j["plover"].get<std::string>() : "(none: CAMEO 01/02)";
      by_plover[plover]++;
      by_quad[std::to_string(j.value("quad_class", 0))]++;
      auto country = [](const nlohmann::json& a) {
        if (!a.is_object()) return std::string("-");
        std::string c = a.value("country", "");
        return c.empty() ? a.value("code", "-") : c;
      };
      const std::string s = country(j["source"]), t = country(j["target"]);
      if (t != "-" && s != t) dyads[{std::min(s, t), std::max(s, t)}]++;
      if (samples.size() < static_cast<size_t>(examples) && (n % 7 == 1)) samples.push_back(j);
    }
  };
  if (inputs.empty()) {
    consume(std::cin, "<stdin>");
  } else {
    for (const auto& p : inputs) {
      std::ifstream f(p);
      if (!f) {
        std::fprintf(stderr, "entente summary: cannot open %s\n", p.c_str());
        ++bad;
        continue;
      }
      consume(f, p);
    }
  }
  static const char* kQuad[] = {"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
  std::printf("%zu events\n\nBy QuadClass\n", n);
  for (const auto& [q, c] : by_quad) {
    const int qi = std::atoi(q.c_str());
    std::printf("  %-22s %6zu\n", qi >= 1 && qi <= 4 ? kQuad[qi] : q.c_str(), c);
  }
  std::printf("\nBy PLOVER type\n");
  std::vector<std::pair<size_t, std::string>> pl;
  for (const auto& [k, c] : by_plover) pl.push_back({c, k});
  std::sort(pl.rbegin(), pl.rend());
  for (const auto& [c, k] : pl) std::printf("  %-22s %6zu\n", k.c_str(), c);
  std::printf("\nTop dyads (country level, both directions)\n");
  std::vector<std::pair<size_t, std::pair<std::string, std::string>>> dy;
  for (const auto& [k, c] : dyads) dy.push_back({c, k});
  std::sort(dy.rbegin(), dy.rend());
  for (size_t i = 0; i < dy.size() && i < 15; ++i)
    std::printf("  %-4s - %-4s %6zu\n", dy[i].second.first.c_str(), dy[i].second.second.c_str(), dy[i].first);
  std::printf("\nExample events\n");
  for (const auto& j : samples) {
    const std::string tgt = j["target"].is_object() ? j["target"].value("code", "") : "-";
    std::printf("  %s  %s -> %s  %s (%s)\n    \"%s\"\n    rule: %s\n", j.value("date", "").c_str(),
                j["source"].value("code", "").c_str(), tgt.c_str(), j.value("cameo", "").c_str(),
                j["plover"].is_string() ? j["plover"].get<std::string>().c_str() : "-",
                j["evidence"].value("sentence_text", "").c_str(), j["evidence"].value("rule", "").c_str());
  }
  if (bad) return kExitError;
  return n ? kExitOk : kExitNothing;
}

}  // namespace entente::cli
