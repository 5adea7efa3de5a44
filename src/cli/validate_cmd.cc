// cli/validate_cmd.cc — `entente validate FILE.xml`: codes the records of a PETRARCH-style
// validation file and compares the events with the expected ones. What counts as a match, the
// exit codes and what is ignored: docs/VALIDATION.md.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "base/date.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "io/petrarch_xml.h"
#include "io/validation_xml.h"

namespace entente::cli {

namespace {

namespace fs = std::filesystem;
using io::NormCode;
using io::Record;
using io::Suite;
using io::Triple;

std::string FormatTriple(const Triple& t) {
  auto side = [](const std::string& s) { return s.empty() ? std::string("---") : s; };
  return side(std::get<0>(t)) + ">" + side(std::get<1>(t)) + ":" + std::get<2>(t);
}

std::string FormatSet(const std::set<Triple>& s) {
  if (s.empty()) return "(no events)";
  std::string out;
  for (const auto& t : s) {
    if (!out.empty()) out += ", ";
    out += FormatTriple(t);
  }
  return out;
}

// Whether the OEDA reader (lexicon/oeda.cc, KindOf) loads a file of this name from a folder.
bool IsOedaDictionaryName(const std::string& name) {
  const std::string lower = base::ToLower(name);
  auto ends = [&](std::string_view s) {
    return lower.size() >= s.size() && lower.compare(lower.size() - s.size(), s.size(), s) == 0;
  };
  return ends(".actors.txt") || ends(".agents.txt") || ends(".discards.txt") || ends(".verbs.txt") ||
         (lower.rfind("cameo", 0) == 0 && ends(".txt"));
}

// The folder of the suite's own dictionaries, loaded as "oeda:DIR" ("" when <Environment> names
// none). The engine loads OEDA files by folder, so the named files must share one folder, be named
// like OEDA files, and be the only OEDA dictionary files there; otherwise *error explains.
bool SuiteDictionaryDir(const std::string& path, const Suite& suite, std::string* dir, std::string* error) {
  dir->clear();
  const fs::path base = fs::path(path).parent_path();
  std::set<std::string> named;
  std::error_code ec;
  for (const char* field : {"Verbfile", "Actorfile", "Agentfile", "Discardfile"}) {
    auto it = suite.env.find(field);
    if (it == suite.env.end() || it->second.empty()) continue;
    const fs::path file = base / it->second;
    if (!fs::is_regular_file(file, ec)) {
      *error = path + ": <" + field + "> names " + file.string() + ", which is not a readable file";
      return false;
    }
    if (!IsOedaDictionaryName(file.filename().string())) {
      *error = path + ": <" + field + "> file " + file.filename().string() +
               " is not named like an OEDA dictionary (*.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt)";
      return false;
    }
    const std::string folder = fs::weakly_canonical(file.parent_path().empty() ? fs::path(".") : file.parent_path(), ec).string();
    if (!dir->empty() && *dir != folder) {
      *error = path + ": the <Environment> dictionaries are in different folders (" + *dir + ", " + folder +
               "); Entente loads them by folder";
      return false;
    }
    *dir = folder;
    named.insert(file.filename().string());
  }
  if (dir->empty()) return true;
  for (fs::directory_iterator it(*dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file(ec) && IsOedaDictionaryName(name) && !named.count(name)) {
      *error = path + ": " + *dir + " also holds the OEDA dictionary " + name +
               ", which <Environment> does not name (it would be loaded too)";
      return false;
    }
  }
  return true;
}

}  // namespace

int RunValidate(const ValidateOptions& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "entente validate: %s: cannot open\n", o.file.c_str());
    return kExitError;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string data = buf.str();
  if (IsTabariValidation(o, data)) return RunValidateTabari(o, data);
  Suite suite;
  io::ParseValidationSuite(o.file, data, &suite);
  for (const auto& e : suite.errors) std::fprintf(stderr, "%s\n", e.c_str());
  // CoNLL-U parses (the UDPipe form of the suite): read and checked as `code --in conllu` does.
  // With --use-parse, each record's parse (Penn tree or CoNLL-U) is kept for CodeParsed;
  // otherwise the coder codes <Text> alone (docs/VALIDATION.md).
  size_t ud_parses = 0, ud_bad = 0, ud_words = 0, ud_aligned = 0, parses_used = 0;
  std::vector<ParsedSentence> record_parse(suite.records.size());
  for (size_t ri = 0; ri < suite.records.size(); ++ri) {
    const Record& rec = suite.records[ri];
    const std::string_view body = base::Trim(rec.parse);
    const bool penn = !body.empty() && body.front() == '(';
    if (body.empty() || (penn && !o.use_parse)) continue;
    io::ParsedSentence sent;
    sent.text = base::CollapseWhitespace(rec.text);
    bool conllu = false;
    if (!penn) ++ud_parses;
    if (const std::string bad = io::ReadParse(o.file, rec.parse, rec.parse_line, &sent, &conllu); !bad.empty()) {
      if (penn) continue;  // a malformed tree: the record is coded from its text
      ++ud_bad;
      std::fprintf(stderr, "%s:%d: record %s: <Parse>: %s\n", o.file.c_str(), rec.parse_line, rec.id.c_str(), bad.c_str());
      continue;
    }
    if (!penn) {
      ud_words += sent.tokens.size();
      for (const io::ParsedToken& t : sent.tokens) ud_aligned += t.aligned;
    }
    if (o.use_parse) record_parse[ri] = std::move(sent);
  }

  std::string dict_dir, why;
  if (!SuiteDictionaryDir(o.file, suite, &dict_dir, &why)) {
    std::fprintf(stderr, "entente validate: %s\n", why.c_str());
    return kExitError;
  }
  if (dict_dir.empty()) {
    std::fprintf(stderr, "entente validate: %s: no dictionaries in <Environment>; bundled dictionaries only\n",
                 o.file.c_str());
  }
  // The suite's own verb dictionary is what its expected codes were written against, so by
  // default it runs alone; without suite dictionaries the bundled patterns are all there is.
  auto engine = LoadEngineOrReport(dict_dir.empty() ? "" : "oeda:" + dict_dir, o.no_cache,
                                   dict_dir.empty() || o.bundled_patterns);
  if (!engine) return kExitError;

  Engine::Scratch scratch;
  std::vector<Event> events;
  size_t passed = 0, failed = 0, not_scored = 0, code_errors = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_category;  // passed, scored
  std::vector<ParsedSentence> one_parse(1);
  const std::vector<uint32_t> zero_offset{0};
  for (size_t ri = 0; ri < suite.records.size(); ++ri) {
    const Record& rec = suite.records[ri];
    // The UDPipe suite names the category in `source`.
    const std::string& category = rec.category.empty() ? rec.source : rec.category;
    if (!o.category.empty() && category != o.category) continue;
    if (base::ToLower(base::Trim(rec.sentence_attr)) == "false") {
      ++not_scored;
      if (o.verbose) std::printf("NOT SCORED %s [%s] (sentence=\"false\")\n", rec.id.c_str(), category.c_str());
      continue;
    }
    Document doc;
    doc.id = rec.id;
    doc.text = base::CollapseWhitespace(rec.text);
    doc.date = rec.day;
    events.clear();
    const bool parsed = o.use_parse && !record_parse[ri].tokens.empty();
    if (parsed) {
      one_parse[0] = record_parse[ri];
      ++parses_used;
    }
    if (Status s = parsed ? engine->CodeParsed(doc, one_parse, zero_offset, scratch, &events)
                          : engine->Code(doc, scratch, &events);
        !s.ok()) {
      std::fprintf(stderr, "%s:%d: record %s: %s; record skipped\n", o.file.c_str(), rec.line, rec.id.c_str(),
                   s.message().c_str());
      ++code_errors;
      continue;
    }
    std::set<Triple> got;
    std::vector<std::string> rules;
    for (const Event& e : events) {
      got.emplace(NormCode(e.source.code), e.target ? NormCode(e.target->code) : std::string(), e.cameo);
      if (std::find(rules.begin(), rules.end(), e.evidence.rule) == rules.end()) rules.push_back(e.evidence.rule);
    }
    const bool ok = got == rec.expected;
    auto& cat = by_category[category];
    ++cat.second;
    if (ok) {
      ++passed;
      ++cat.first;
      if (o.verbose) std::printf("PASS %s [%s] %s\n", rec.id.c_str(), category.c_str(), FormatSet(got).c_str());
      continue;
    }
    ++failed;
    std::string rule_list;
    for (const auto& r : rules) rule_list += (rule_list.empty() ? "" : " ; ") + r;
    std::printf("FAIL %s [%s] expected: %s | got: %s | rule: %s\n", rec.id.c_str(), category.c_str(),
                FormatSet(rec.expected).c_str(), FormatSet(got).c_str(), rules.empty() ? "-" : rule_list.c_str());
  }
  if (o.verbose) {
    for (const auto& [name, pc] : by_category) {
      std::printf("category %-10s %zu/%zu passed\n", name.c_str(), pc.first, pc.second);
    }
    if (suite.configs) std::printf("%zu <Config> options ignored\n", suite.configs);
  }
  if (o.use_parse) std::printf("%zu records coded with their parse\n", parses_used);
  if (ud_parses) {
    std::printf("%zu CoNLL-U parses read (%zu words, %zu found in <Text>), %zu malformed\n", ud_parses, ud_words,
                ud_aligned, ud_bad);
  }
  const size_t malformed = suite.skipped + code_errors, other_errors = suite.errors.size() - suite.skipped + ud_bad;
  if (not_scored || malformed || other_errors) {
    std::printf("%zu not scorable (sentence=\"false\"), %zu malformed or refused records skipped", not_scored,
                malformed);
    if (other_errors) std::printf(", %zu other markup errors", other_errors);
    std::printf("\n");
  }
  std::printf("%zu passed, %zu failed\n", passed, failed);
  if (malformed || other_errors) return kExitError;
  return failed || passed == 0 ? kExitNothing : kExitOk;
}

}  // namespace entente::cli
