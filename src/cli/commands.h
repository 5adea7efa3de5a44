// cli/commands.h — one function per subcommand; main() parses flags and calls them.
#pragma once

#include <string>
#include <vector>

namespace entente::cli {

struct CodeOptions {
  std::string in = "auto", out = "jsonl", date, dict, output;
  int threads = 0;
  bool no_cache = false, quiet = false;
  std::vector<std::string> inputs;
};
int RunCode(const CodeOptions& o);

int RunExplain(const std::string& sentence, const std::string& date, const std::string& dict, bool no_cache);
int RunDictCheck(const std::string& dir);
// Reads event JSONL (files or stdin) and prints a readable summary.
int RunSummary(const std::vector<std::string>& inputs, int examples);

// `entente ingest` and `entente events` (cli/store_cmds.cc): the SQLite event store.
struct IngestOptions {
  std::string db, in = "auto", date, dict;
  int threads = 0;
  bool no_cache = false, quiet = false;
  std::vector<std::string> inputs;
};
int RunIngest(const IngestOptions& o);

struct EventsOptions {
  std::string db, from, to, actor, dyad, type, format = "jsonl";
};
int RunEvents(const EventsOptions& o);

// `entente dyads` and `entente trends` (cli/analyze_cmds.cc): analyses of the event store.
struct DyadsOptions {
  std::string db, interval = "month", from, to, level = "country", format = "json";
};
int RunDyads(const DyadsOptions& o);

struct TrendsOptions {
  std::string db, recent, baseline, format = "text";
  bool weighted = false;
  int top = 0;  // dyads shown (0: all)
};
int RunTrends(const TrendsOptions& o);

// `entente report` (cli/report_cmd.cc): a Markdown or HTML briefing on one window of the store
// (docs/ANALYSIS.md, "Report"). Exit 0 written, 2 bad input or unreadable store (nothing written).
struct ReportCmdOptions {
  std::string db, from, to, baseline, format = "md", output;
  int top = 8, examples = 3;
  bool no_blocs = false;  // leave the blocs section out (it costs the most on large stores)
};
int RunReport(const ReportCmdOptions& o);

// `entente blocs` (cli/blocs_cmd.cc): blocs in the signed interaction network of a window
// (docs/ANALYSIS.md, "Blocs"). Exit 0 blocs printed, 1 none found, 2 error.
struct BlocsOptions {
  std::string db, from, to, level = "country", format = "text";
  double resolution = 0.75;
  unsigned long long seed = 1;
  int null_runs = 99, top_ties = 5, rivalries = 10;
};
int RunBlocs(const BlocsOptions& o);

// `entente validate` (cli/validate_cmd.cc): scores the coder on PETRARCH-style validation records
// (docs/VALIDATION.md). Exit 0 all passed, 1 some failed (or none scored), 2 malformed/error.
struct ValidateOptions {
  std::string file, category;
  bool verbose = false, no_cache = false;
  // Also load the bundled verb and noun patterns beside the suite's own dictionaries.
  bool bundled_patterns = false;
  // Code each record with its <Parse> (Engine::CodeParsed); default: from <Text> alone.
  bool use_parse = false;
  // "auto" (by content), "petrarch" (XML records) or "tabari" (Validate.text records).
  std::string format = "auto";
};
int RunValidate(const ValidateOptions& o);
// The TABARI runner (cli/validate_tabari.cc), called by RunValidate for TABARI files.
int RunValidateTabari(const ValidateOptions& o, const std::string& data);
bool IsTabariValidation(const ValidateOptions& o, const std::string& data);

}  // namespace entente::cli
