// cli/main.cc — `entente` subcommands. The flag table here is the single source of -h/--help.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/common.h"

int main(int argc, char** argv) {
  using namespace entente::cli;
  CLI::App app{"Entente: news text in, political events out (CAMEO, PLOVER)."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente 0.1.0");

  CodeOptions code;
  auto* code_cmd = app.add_subcommand("code", "Code documents into events (output in input order).");
  code_cmd->add_option("--in", code.in, "Input format (auto: by extension .jsonl .xml .conllu, else text)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "petrarch-xml", "conllu"}));
  code_cmd->add_option("--out", code.out, "Output format (tsv: PETRARCH2 event file; phoenix: Phoenix-style TSV)")
      ->check(CLI::IsMember({"jsonl", "tsv", "phoenix", "plover"}));
  code_cmd->add_option("--date", code.date, "Default document date YYYY-MM-DD (default: today)");
  code_cmd->add_option("--dict", code.dict, "Dictionary folder (default: $ENTENTE_DICT or data/dict); oeda:DIR = bundled + OEDA/PETRARCH2 files of DIR; tabari:PATH = TABARI dictionaries (.project, folder or file), coded in the TABARI coding mode");
  code_cmd->add_option("--threads", code.threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 256));
  code_cmd->add_option("-o,--output", code.output, "Write events here (atomically) instead of stdout");
  code_cmd->add_flag("--no-cache", code.no_cache, "Do not read or write the compiled dictionary cache");
  code_cmd->add_flag("-q,--quiet", code.quiet, "No progress or totals on stderr");
  code_cmd->add_option("inputs", code.inputs, "Files to code ('-' or none: stdin)");

  std::string ex_sentence, ex_date, ex_dict;
  bool ex_no_cache = false;
  auto* explain = app.add_subcommand("explain", "Show how one sentence is coded, step by step.");
  explain->add_option("sentence", ex_sentence, "The sentence")->required();
  explain->add_option("--date", ex_date, "Document date YYYY-MM-DD (default: today)");
  explain->add_option("--dict", ex_dict, "Dictionary folder, or oeda:DIR (bundled + OEDA files)");
  explain->add_flag("--no-cache", ex_no_cache, "Do not use the compiled dictionary cache");

  auto* dict = app.add_subcommand("dict", "Dictionary tools.");
  dict->require_subcommand(1);
  std::string check_dir;
  auto* check = dict->add_subcommand("check", "Load a dictionary folder; list every bad line and statistics.");
  check->add_option("dir", check_dir, "Dictionary folder, oeda:DIR (bundled + OEDA files) or tabari:PATH (bundled + TABARI .project/folder/file)")->required();

  std::vector<std::string> sum_inputs;
  int sum_examples = 6;
  auto* summary = app.add_subcommand("summary", "Summarise event JSON Lines (types, dyads, examples).");
  summary->add_option("inputs", sum_inputs, "Event files (default: stdin)");
  summary->add_option("--examples", sum_examples, "How many example events to show");

  IngestOptions ingest;
  auto* ingest_cmd = app.add_subcommand("ingest", "Code documents and store them, deduplicated, in the event store.");
  ingest_cmd->add_option("--db", ingest.db, "event store: SQLite file or postgresql:// URI (default: $ENTENTE_DB or ./entente.db)");
  ingest_cmd->add_option("--in", ingest.in, "Input format")->check(CLI::IsMember({"auto", "text", "jsonl"}));
  ingest_cmd->add_option("--date", ingest.date, "Default document date YYYY-MM-DD (default: today)");
  ingest_cmd->add_option("--dict", ingest.dict, "Dictionary folder (default: $ENTENTE_DICT or data/dict)");
  ingest_cmd->add_option("--threads", ingest.threads, "Coding threads (default: all cores)")->check(CLI::Range(1, 256));
  ingest_cmd->add_flag("--no-cache", ingest.no_cache, "Do not read or write the compiled dictionary cache");
  ingest_cmd->add_flag("-q,--quiet", ingest.quiet, "No progress or totals on stderr");
  ingest_cmd->add_option("inputs", ingest.inputs, "Files to ingest ('-' or none: stdin)");

  EventsOptions events;
  auto* events_cmd = app.add_subcommand("events", "Stream deduplicated events with provenance from the event store.");
  events_cmd->add_option("--db", events.db, "event store: SQLite file or postgresql:// URI (default: $ENTENTE_DB or ./entente.db)");
  events_cmd->add_option("--from", events.from, "Events on or after YYYY-MM-DD");
  events_cmd->add_option("--to", events.to, "Events on or before YYYY-MM-DD");
  events_cmd->add_option("--actor", events.actor, "Source or target country (ISO3)");
  events_cmd->add_option("--dyad", events.dyad, "Country pair A,B in either direction (ISO3,ISO3)");
  events_cmd->add_option("--type", events.type, "PLOVER type (CONSULT) or CAMEO code/prefix (042, 04)");
  events_cmd->add_option("--format", events.format, "Output format")->check(CLI::IsMember({"jsonl", "csv", "tsv"}));

  DyadsOptions dyads;
  auto* dyads_cmd = app.add_subcommand("dyads", "Event counts per dyad and interval (QuadClass, PLOVER, Goldstein).");
  dyads_cmd->add_option("--db", dyads.db, "event store: SQLite file or postgresql:// URI (default: $ENTENTE_DB or ./entente.db)");
  dyads_cmd->add_option("--interval", dyads.interval, "Interval")->check(CLI::IsMember({"week", "month", "quarter", "year"}));
  dyads_cmd->add_option("--from", dyads.from, "Events on or after YYYY-MM-DD");
  dyads_cmd->add_option("--to", dyads.to, "Events on or before YYYY-MM-DD");
  dyads_cmd->add_option("--level", dyads.level, "Dyads of countries or of actor codes")->check(CLI::IsMember({"country", "actor"}));
  dyads_cmd->add_option("--format", dyads.format, "Output format")->check(CLI::IsMember({"json", "csv"}));

  TrendsOptions trends;
  auto* trends_cmd = app.add_subcommand("trends", "Cooperation per dyad, recent vs baseline window; rising axes.");
  trends_cmd->add_option("--db", trends.db, "event store: SQLite file or postgresql:// URI (default: $ENTENTE_DB or ./entente.db)");
  trends_cmd->add_option("--recent", trends.recent, "Recent window YYYY-MM-DD..YYYY-MM-DD")->required();
  trends_cmd->add_option("--baseline", trends.baseline, "Baseline window YYYY-MM-DD..YYYY-MM-DD")->required();
  trends_cmd->add_flag("--weighted", trends.weighted, "Rates and ratios in mentions (the test stays on events)");
  trends_cmd->add_option("--top", trends.top, "Show only the N highest-scoring dyads (0: all)")->check(CLI::NonNegativeNumber);
  trends_cmd->add_option("--format", trends.format, "Output format")->check(CLI::IsMember({"text", "json"}));

  ReportCmdOptions report;
  auto* report_cmd = app.add_subcommand("report", "A readable briefing on one window: axes, rising/falling dyads, firsts, conflict hot spots.");
  report_cmd->add_option("--db", report.db, "event store: SQLite file or postgresql:// URI (default: $ENTENTE_DB or ./entente.db)");
  report_cmd->add_option("--from", report.from, "First day of the window YYYY-MM-DD")->required();
  report_cmd->add_option("--to", report.to, "Last day of the window YYYY-MM-DD")->required();
  report_cmd->add_option("--baseline", report.baseline, "Baseline D3..D4 (default: the equally long period right before the window)");
  report_cmd->add_option("--format", report.format, "Output format")->check(CLI::IsMember({"md", "html"}));
  report_cmd->add_option("-o,--output", report.output, "Write the report here (atomically) instead of stdout");
  report_cmd->add_option("--top", report.top, "Rising and falling dyads listed (each)")->check(CLI::Range(1, 1000));
  report_cmd->add_option("--examples", report.examples, "Example events per axis and dyad")->check(CLI::Range(0, 50));
  report_cmd->add_flag("--no-blocs", report.no_blocs, "Leave out the blocs section (Leiden + permutation test)");

  BlocsOptions blocs;
  auto* blocs_cmd = app.add_subcommand("blocs", "Blocs of states in the signed cooperation/conflict network of a window (igraph Leiden).");
  blocs_cmd->add_option("--db", blocs.db, "event store: SQLite file or postgresql:// URI (default: $ENTENTE_DB or ./entente.db)");
  blocs_cmd->add_option("--from", blocs.from, "Events on or after YYYY-MM-DD");
  blocs_cmd->add_option("--to", blocs.to, "Events on or before YYYY-MM-DD");
  blocs_cmd->add_option("--level", blocs.level, "Blocs of countries or of actor codes")->check(CLI::IsMember({"country", "actor"}));
  blocs_cmd->add_option("--resolution", blocs.resolution, "Price of a pair in a bloc, in mean positive ties (default 0.75)")->check(CLI::NonNegativeNumber);
  blocs_cmd->add_option("--seed", blocs.seed, "Random seed (same seed, same output)");
  blocs_cmd->add_option("--null-runs", blocs.null_runs, "Rewired networks for the significance test (0: none; else >= 19)")->check(CLI::Range(0, 100000));
  blocs_cmd->add_option("--top-ties", blocs.top_ties, "Ties listed per bloc in text (JSON lists all)")->check(CLI::NonNegativeNumber);
  blocs_cmd->add_option("--rivalries", blocs.rivalries, "Strongest conflict ties between blocs listed")->check(CLI::NonNegativeNumber);
  blocs_cmd->add_option("--format", blocs.format, "Output format")->check(CLI::IsMember({"text", "json"}));

  ValidateOptions validate;
  auto* validate_cmd = app.add_subcommand("validate", "Score the coder on PETRARCH-style (XML) or TABARI (Validate.text) validation records.");
  validate_cmd->add_option("file", validate.file, "Validation records file (e.g. PETR.UnitTest.records.xml)")->required();
  validate_cmd->add_option("--category", validate.category, "Only records of this category");
  validate_cmd->add_flag("-v,--verbose", validate.verbose, "Also list passing and unscored records, per-category totals");
  validate_cmd->add_flag("--no-cache", validate.no_cache, "Do not use the compiled dictionary cache");
  validate_cmd->add_flag("--bundled-patterns", validate.bundled_patterns,
                         "Use the bundled verb/noun patterns too (default: the suite's verbs alone)");
  validate_cmd->add_flag("--use-parse", validate.use_parse,
                         "Use each record's <Parse> (Penn tree or CoNLL-U) to attach sources and targets");
  validate_cmd->add_option("--format", validate.format, "Validation file format (auto: TABARI when it looks like Validate.text)")
      ->check(CLI::IsMember({"auto", "petrarch", "tabari"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitError;
  }
  if (*code_cmd) return RunCode(code);
  if (*explain) return RunExplain(ex_sentence, ex_date, ex_dict, ex_no_cache);
  if (*check) return RunDictCheck(check_dir);
  if (*summary) return RunSummary(sum_inputs, sum_examples);
  if (*ingest_cmd) return RunIngest(ingest);
  if (*events_cmd) return RunEvents(events);
  if (*dyads_cmd) return RunDyads(dyads);
  if (*trends_cmd) return RunTrends(trends);
  if (*report_cmd) return RunReport(report);
  if (*blocs_cmd) return RunBlocs(blocs);
  if (*validate_cmd) return RunValidate(validate);
  return kExitError;
}
