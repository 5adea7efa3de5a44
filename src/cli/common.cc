#include "cli/common.h"

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace entente::cli {

namespace fs = std::filesystem;

std::string ResolveDictDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("ENTENTE_DICT"); env && *env) return env;
  if (fs::exists("data/dict/countries.tsv")) return "data/dict";
#ifdef ENTENTE_SOURCE_DATA_DIR
  return std::string(ENTENTE_SOURCE_DATA_DIR) + "/dict";
#else
  return "data/dict";
#endif
}

EngineOptions DictOptions(const std::string& flag) {
  EngineOptions opts;
  if (flag.rfind("oeda:", 0) == 0 || flag.rfind("tabari:", 0) == 0) {
    opts.dict_dir = ResolveDictDir("");
    opts.extra_dicts.push_back(flag);
  } else {
    opts.dict_dir = ResolveDictDir(flag);
  }
  return opts;
}

std::string ResolveCacheDir(bool disabled) {
  if (disabled) return "";
  if (const char* env = std::getenv("ENTENTE_CACHE"); env) return env;  // "" disables
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/entente";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/entente";
  return "";
}

Date Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::shared_ptr<const Engine> LoadEngineOrReport(const std::string& dict_flag, bool no_cache,
                                                 bool native_patterns) {
  EngineOptions opts = DictOptions(dict_flag);
  opts.native_patterns = native_patterns;
  opts.cache_dir = ResolveCacheDir(no_cache);
  auto engine = Engine::Load(opts);
  if (!engine.ok()) {
    std::fprintf(stderr, "entente: %s\n", engine.status().message().c_str());
    return nullptr;
  }
  // A few dictionary problems are listed; many (third-party dictionaries) are counted, and
  // `entente dict check` lists them all.
  const auto& warnings = engine.value()->warnings();
  constexpr size_t kListed = 5;
  for (size_t i = 0; i < warnings.size() && i < kListed; ++i) {
    std::fprintf(stderr, "entente: warning: %s\n", warnings[i].c_str());
  }
  if (warnings.size() > kListed) {
    std::fprintf(stderr, "entente: warning: %zu more dictionary problems; `entente dict check %s` lists them\n",
                 warnings.size() - kListed, dict_flag.empty() ? "DIR" : dict_flag.c_str());
  }
  return engine.value();
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

bool WriteAll(FILE* f, const std::string& s) {
  if (s.empty()) return true;
  return std::fwrite(s.data(), 1, s.size(), f) == s.size();
}

}  // namespace entente::cli
