// cli/validate_tabari.cc — `entente validate Validate.text`: codes the records of a TABARI
// validation file with the dictionaries of its .project and compares the events with the
// "{ SRC / TGT / CODE }" expectations. Rules and what is not honoured: docs/VALIDATION.md,
// section "TABARI suites".
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <unistd.h>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "io/tabari_validation.h"
#include "io/validation_xml.h"
#include "lexicon/tabari.h"

namespace entente::cli {

namespace {

namespace fs = std::filesystem;
using Triple = std::tuple<std::string, std::string, std::string>;

std::string FormatSet(const std::set<Triple>& s) {
  if (s.empty()) return "(no events)";
  std::string out;
  for (const auto& [src, tgt, code] : s) {
    if (!out.empty()) out += ", ";
    out += (src.empty() ? "---" : src) + ">" + (tgt.empty() ? "---" : tgt) + ":" + code;
  }
  return out;
}

// The .project file beside `file` whose <textfile> is `file` ("" when none). Several: the first
// by name, and *note says so.
std::string FindProject(const std::string& file, std::string* note) {
  std::error_code ec;
  const fs::path dir = fs::path(file).parent_path().empty() ? fs::path(".") : fs::path(file).parent_path();
  const fs::path me = fs::weakly_canonical(file, ec);
  std::vector<std::string> found;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || base::ToLower(it->path().extension().string()) != ".project") continue;
    lexicon::TabariFiles files;
    if (!lexicon::FindTabariFiles(it->path().string(), &files).ok() || files.text.empty()) continue;
    std::error_code ec2;
    if (fs::weakly_canonical(files.text, ec2) == me) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  if (found.size() > 1) *note = std::to_string(found.size()) + " .project files name this text file; using " + found[0];
  return found.empty() ? "" : found[0];
}

// The bundled files a TABARI run keeps: the CAMEO table, the grammar word classes and the
// irregular verbs. The bundled countries, organisations, agents, people, places and patterns are
// left out: TABARI codes with its own actors, agents and verbs, and a bundled sense would
// otherwise be read before the suite's ("Kuwait" KWT before KUW, "crowds" as civilians, "militia"
// as rebels, which the suite's dictionaries do not know); docs/QUALITY.md has the measured effect.
constexpr const char* kCoreFiles[] = {"cameo.tsv", "grammar.tsv", "irregular_verbs.tsv"};
// Required files written with their header row only.
constexpr const char* kEmptiedFiles[] = {"countries.tsv", "agents.tsv", "verbs.tsv", "nouns.tsv"};

// A temporary folder, removed on destruction.
class CoreDictDir {
 public:
  ~CoreDictDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  // Fills the folder from the bundled folder `native`. Returns false with *error.
  bool Make(const std::string& native, std::string* error) {
    std::error_code ec;
    path_ = fs::temp_directory_path(ec) / ("entente-tabari-core-" + std::to_string(::getpid()));
    fs::remove_all(path_, ec);
    if (!fs::create_directories(path_, ec)) {
      *error = path_.string() + ": cannot create (" + ec.message() + ")";
      return false;
    }
    for (const char* f : kCoreFiles) {
      fs::copy_file(fs::path(native) / f, path_ / f, ec);
      if (ec) {
        *error = (fs::path(native) / f).string() + ": cannot copy (" + ec.message() + ")";
        return false;
      }
    }
    for (const char* f : kEmptiedFiles) {
      std::ifstream in(fs::path(native) / f);
      std::string line;
      while (std::getline(in, line) && (line.empty() || line[0] == '#')) {
      }
      if (line.empty()) {
        *error = (fs::path(native) / f).string() + ": no header row";
        return false;
      }
      std::ofstream(path_ / f) << line << '\n';
    }
    return true;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// Loads the engine for the suite's dictionaries; `settings` are the { OPTION: } lines read so
// far (the TABARI coding mode applies them after the .options file). Dictionary notes are
// printed unless `quiet` (reloads after an option change).
std::shared_ptr<const Engine> LoadTabariEngine(const ValidateOptions& o, const std::string& dicts,
                                               const std::vector<std::string>& settings, bool quiet) {
  EngineOptions opts;
  opts.tabari_settings = settings;
  opts.dict_dir = ResolveDictDir("");
  opts.extra_dicts = {"tabari:" + dicts};
  opts.cache_dir = ResolveCacheDir(o.no_cache);
  CoreDictDir core;
  // --bundled-patterns measures Entente's own coder with every bundled dictionary beside the
  // suite's; otherwise the suite runs in the TABARI coding mode.
  opts.coder = o.bundled_patterns ? EngineOptions::Coder::kEntente : EngineOptions::Coder::kTabari;
  if (!o.bundled_patterns) {
    std::string error;
    if (!core.Make(opts.dict_dir, &error)) {
      std::fprintf(stderr, "entente validate: %s\n", error.c_str());
      return nullptr;
    }
    opts.dict_dir = core.path();
    opts.native_patterns = false;
  }
  auto engine = Engine::Load(opts);
  if (!engine.ok()) {
    std::fprintf(stderr, "entente validate: %s\n", engine.status().message().c_str());
    return nullptr;
  }
  const auto& warnings = engine.value()->warnings();
  if (quiet) return engine.value();
  constexpr size_t kListed = 5;
  for (size_t i = 0; i < warnings.size() && i < kListed; ++i) {
    std::fprintf(stderr, "entente: warning: %s\n", warnings[i].c_str());
  }
  if (warnings.size() > kListed) {
    std::fprintf(stderr, "entente: warning: %zu more dictionary notes; `entente dict check tabari:%s` lists them\n",
                 warnings.size() - kListed, dicts.c_str());
  }
  return engine.value();
}

std::string Category(const std::string& id) {
  const size_t dash = id.find('-');
  return dash == std::string::npos ? id : id.substr(0, dash);
}

}  // namespace

bool IsTabariValidation(const ValidateOptions& o, const std::string& data) {
  if (o.format == "tabari") return true;
  if (o.format == "petrarch") return false;
  return io::LooksLikeTabariValidation(data);
}

int RunValidateTabari(const ValidateOptions& o, const std::string& data) {
  io::TabariSuite suite;
  io::ParseTabariValidation(o.file, data, &suite);
  for (const auto& e : suite.errors) std::fprintf(stderr, "%s\n", e.c_str());
  for (const auto& e : suite.notes) std::fprintf(stderr, "%s\n", e.c_str());

  std::string note;
  std::string dicts = FindProject(o.file, &note);
  if (!note.empty()) std::fprintf(stderr, "entente validate: %s\n", note.c_str());
  if (dicts.empty()) {
    const fs::path dir = fs::path(o.file).parent_path();
    dicts = dir.empty() ? "." : dir.string();
    std::fprintf(stderr, "entente validate: %s: no .project names this file; reading the TABARI dictionaries of %s\n",
                 o.file.c_str(), dicts.c_str());
  }
  // The suite's dictionaries are what its expectations were written against: they run with the
  // bundled grammar only, unless --bundled-patterns (every bundled dictionary).
  std::vector<std::string> settings;
  auto engine = LoadTabariEngine(o, dicts, settings, false);
  if (!engine) return kExitError;

  Engine::Scratch scratch;
  std::vector<Event> events;
  size_t passed = 0, failed = 0, unchecked = 0, after_end = 0, option_records = 0, code_errors = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_category;  // passed, scored
  bool ended = false;
  bool reload = false;
  for (const io::TabariRecord& rec : suite.records) {
    if (ended) {
      ++after_end;
      continue;
    }
    if (rec.end_of_suite) ended = true;
    // { OPTION: } settings hold for the records after this one (the TABARI coding mode reads them
    // like .options lines): the engine is reloaded with them before the next record.
    if (reload) {
      engine = LoadTabariEngine(o, dicts, settings, true);
      if (!engine) return kExitError;
      reload = false;
    }
    if (!rec.options.empty()) {
      ++option_records;
      reload = true;
      for (const auto& opt : rec.options) {
        settings.push_back(opt);
        if (o.verbose) std::printf("OPTION %s: %s\n", rec.id.c_str(), opt.c_str());
      }
    }
    if (!o.category.empty() && Category(rec.id) != o.category) continue;
    if (!rec.checked()) {
      ++unchecked;
      continue;
    }
    Document doc;
    doc.id = rec.id;
    doc.text = base::CollapseWhitespace(rec.text);
    doc.date = rec.day;
    events.clear();
    if (Status s = engine->Code(doc, scratch, &events); !s.ok()) {
      std::fprintf(stderr, "%s:%d: record %s: %s; record skipped\n", o.file.c_str(), rec.line, rec.id.c_str(),
                   s.message().c_str());
      ++code_errors;
      continue;
    }
    std::set<Triple> expected, got;
    for (const auto& [s, t, c] : rec.expected) expected.emplace(io::NormCode(s), io::NormCode(t), c);
    std::vector<std::string> rules;
    for (const Event& e : events) {
      got.emplace(io::NormCode(e.source.code), e.target ? io::NormCode(e.target->code) : std::string(), e.cameo);
      if (std::find(rules.begin(), rules.end(), e.evidence.rule) == rules.end()) rules.push_back(e.evidence.rule);
    }
    auto& cat = by_category[Category(rec.id)];
    ++cat.second;
    if (got == expected) {
      ++passed;
      ++cat.first;
      if (o.verbose) std::printf("PASS %s %s\n", rec.id.c_str(), FormatSet(got).c_str());
      continue;
    }
    ++failed;
    std::string expected_text = FormatSet(expected);
    if (expected.empty()) expected_text += " {" + rec.no_event[0] + "}";
    std::string rule_list;
    for (const auto& r : rules) rule_list += (rule_list.empty() ? "" : " ; ") + r;
    std::printf("FAIL %s expected: %s | got: %s | rule: %s\n", rec.id.c_str(), expected_text.c_str(),
                FormatSet(got).c_str(), rules.empty() ? "-" : rule_list.c_str());
  }
  if (o.verbose) {
    for (const auto& [name, pc] : by_category) std::printf("category %-12s %zu/%zu passed\n", name.c_str(), pc.first, pc.second);
  }
  std::printf("%zu records without expectations, %zu records with { OPTION: } settings, "
              "%zu records after the end-of-suite record not run, %zu malformed records skipped\n",
              unchecked, option_records, after_end, suite.skipped + code_errors);
  std::printf("%zu passed, %zu failed\n", passed, failed);
  if (passed + failed == 0) return suite.skipped ? kExitError : kExitNothing;
  return failed ? kExitNothing : kExitOk;
}

}  // namespace entente::cli
