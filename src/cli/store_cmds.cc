// cli/store_cmds.cc — `entente ingest` (code documents into the event store) and `entente events`
// (stream deduplicated events with provenance). The store and its rules: docs/STORE.md.
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "base/date.h"
#include "base/strings.h"
#include "cli/code_batch.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "io/input.h"
#include "io/output.h"
#include "store/open.h"

namespace entente::cli {

namespace {

using Clock = std::chrono::steady_clock;

// Documents per batch, and so per transaction: big enough that each index page dirtied by a
// batch takes many rows (less WAL traffic), small enough to keep memory flat.
constexpr size_t kBatchDocuments = 4096;

// The database: the flag, else $ENTENTE_DB, else ./entente.db.
std::string ResolveDb(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("ENTENTE_DB"); env && *env) return env;
  return "entente.db";
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU time of the calling thread, in seconds (to tell store work from waiting for a core).
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

bool IsIso3(const std::string& s) {
  return s.size() == 3 && base::IsAsciiUpper(s[0]) && base::IsAsciiUpper(s[1]) && base::IsAsciiUpper(s[2]);
}

std::string JsonString(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// CSV (RFC 4180 quoting) or TSV (tabs and newlines become spaces) field.
std::string Field(const std::string& s, bool csv) {
  if (!csv) {
    std::string out = s;
    for (char& c : out) if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
  }
  return CsvField(s);
}

constexpr const char* kTableColumns[] = {
    "event_id", "date", "end_date", "source_code", "source_country", "target_code", "target_country",
    "cameo", "plover", "quad_class", "goldstein", "mentions", "sources", "articles", "doc_ids", "urls"};

void FormatStored(const store::StoredEvent& se, const std::string& format, std::string* out) {
  const Event& e = se.event;
  if (format == "jsonl") {
    Document doc;  // FormatEvent reads only the outlet and url of the document
    doc.id = e.doc_id;
    doc.source = se.doc_source;
    doc.url = se.doc_url;
    const size_t start = out->size();
    io::FormatEvent(e, &doc, io::OutputFormat::kJsonl, std::to_string(se.id), out);
    if (out->size() < start + 2) return;
    out->resize(out->size() - 2);  // reopen the object: drop "}\n"
    *out += ",\"mentions\":" + std::to_string(se.mentions) + ",\"sources\":" + std::to_string(se.sources) +
            ",\"articles\":" + std::to_string(se.articles) + ",\"provenance\":[";
    bool first = true;
    for (const store::Provenance& p : se.provenance) {
      if (!first) *out += ',';
      first = false;
      *out += "{\"doc_id\":" + JsonString(p.doc_id) + ",\"sentence\":" + std::to_string(p.sentence) +
              ",\"start\":" + std::to_string(p.start) + ",\"end\":" + std::to_string(p.end) +
              ",\"source\":" + (p.source.empty() ? "null" : JsonString(p.source)) +
              ",\"url\":" + (p.url.empty() ? "null" : JsonString(p.url)) + "}";
    }
    *out += "]}\n";
    return;
  }
  const bool csv = format == "csv";
  const char sep = csv ? ',' : '\t';
  std::string doc_ids, urls;
  std::set<std::string> seen;
  for (const store::Provenance& p : se.provenance) {
    if (seen.insert(p.doc_id).second) {  // each article once
      if (!doc_ids.empty()) doc_ids += ';';
      doc_ids += p.doc_id;
      if (!p.url.empty()) urls += (urls.empty() ? "" : ";") + p.url;
    }
  }
  const Actor none;
  const Actor& t = e.target ? *e.target : none;
  char goldstein[32];
  std::snprintf(goldstein, sizeof goldstein, "%g", e.goldstein);
  const std::string fields[] = {std::to_string(se.id), base::FormatIsoDate(e.date),
                                e.end_date ? base::FormatIsoDate(*e.end_date) : "", e.source.code,
                                e.source.country, t.code, t.country, e.cameo, e.plover,
                                std::to_string(e.quad_class), goldstein, std::to_string(se.mentions),
                                std::to_string(se.sources), std::to_string(se.articles), doc_ids, urls};
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) *out += sep;
    first = false;
    *out += Field(f, csv);
  }
  *out += '\n';
}

}  // namespace

int RunIngest(const IngestOptions& o) {
  Date default_date = Today();
  if (!o.date.empty()) {
    auto d = base::ParseIsoDate(o.date);
    if (!d) {
      std::fprintf(stderr, "entente ingest: --date '%s' is not YYYY-MM-DD\n", o.date.c_str());
      return kExitError;
    }
    default_date = *d;
  }
  io::InputFormat in = io::InputFormat::kAuto;
  if (o.in == "text") in = io::InputFormat::kText;
  else if (o.in == "jsonl") in = io::InputFormat::kJsonl;

  // Open the store before loading dictionaries, so a bad database fails fast.
  const std::string db_path = ResolveDb(o.db);
  auto opened = store::OpenStore(db_path);
  if (!opened.ok()) {
    std::fprintf(stderr, "entente ingest: %s\n", opened.status().message().c_str());
    return kExitError;
  }
  store::EventStore& db = *opened.value();
  auto engine = LoadEngineOrReport(o.dict, o.no_cache);
  if (!engine) return kExitError;

  const int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::unique_ptr<Engine::Scratch>> scratch;
  for (int i = 0; i < threads; ++i) scratch.push_back(std::make_unique<Engine::Scratch>());
  const bool progress = isatty(STDERR_FILENO) && !o.quiet;
  size_t n_docs = 0, n_errors = 0;
  bool store_failed = false;
  store::IngestCounts counts;
  Clock::duration coding{}, storing{};
  double storing_cpu = 0;
  const auto started = Clock::now();

  // A coded batch waiting to be stored. Batch N is stored (one transaction, on its own thread)
  // while batch N+1 is coded, so end-to-end time is about max(coding, storing), not the sum.
  struct Coded {
    std::vector<Document> docs;
    std::vector<std::vector<Event>> events;
    std::vector<Status> statuses;
  };
  Coded current, pending;
  bool have_pending = false;
  std::vector<std::string> where;
  auto store_batch = [&](const Coded& c) {
    const auto t0 = Clock::now();
    const double cpu0 = ThreadCpuSeconds();
    std::vector<store::CodedDocument> batch;
    for (size_t i = 0; i < c.docs.size(); ++i) {
      if (c.statuses[i].ok()) batch.push_back({&c.docs[i], &c.events[i]});
    }
    Status s = db.Ingest(batch, &counts);
    storing += Clock::now() - t0;
    storing_cpu += ThreadCpuSeconds() - cpu0;
    return s;
  };

  auto report = [&](const io::InputError& e) {
    ++n_errors;
    std::fprintf(stderr, "%s%s: %s%s%s\n", progress ? "\r\033[K" : "", e.where.c_str(),
                 e.doc_id.empty() ? "" : "document ", e.doc_id.c_str(),
                 (e.doc_id.empty() ? e.message : ": " + e.message).c_str());
  };
  auto report_store_failure = [&](const Status& s) {
    store_failed = true;
    ++n_errors;
    std::fprintf(stderr, "%sentente ingest: %s\n", progress ? "\r\033[K" : "", s.message().c_str());
  };
  std::vector<std::string> inputs = o.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& path : inputs) {
    if (store_failed) break;
    Status s = io::ReadDocuments(
        path, in, default_date, kBatchDocuments,
        [&](std::vector<Document>& docs) {
          if (store_failed) return;
          std::swap(current.docs, docs);
          docs.clear();
          // Documents already stored with the same text are not coded again (a re-run after a
          // crash is fast); asked before the storer thread takes the connection.
          auto unchanged = db.Unchanged(current.docs);
          if (!unchanged.ok()) {
            report_store_failure(unchanged.status());
            return;
          }
          Status stored;
          std::thread storer;
          if (have_pending) storer = std::thread([&] { stored = store_batch(pending); });
          const auto t0 = Clock::now();
          const size_t n = current.docs.size();
          current.events.resize(n);
          current.statuses.resize(n);
          ForEachDocument(n, threads, [&](size_t i, int w) {
            current.events[i].clear();
            current.statuses[i] = unchanged.value()[i] ? Status::Ok()
                                                       : engine->Code(current.docs[i], *scratch[w], &current.events[i]);
          });
          coding += Clock::now() - t0;
          for (size_t i = 0; i < n; ++i) {
            if (!current.statuses[i].ok()) report(io::InputError{where[i], current.docs[i].id, current.statuses[i].message()});
          }
          if (storer.joinable()) storer.join();
          if (!stored.ok()) {
            report_store_failure(stored);
            return;
          }
          if (have_pending) n_docs += pending.docs.size();
          std::swap(current, pending);
          have_pending = true;
          if (progress) {
            std::fprintf(stderr, "\r\033[Kingested %zu documents, %zu mentions", n_docs, counts.mentions_added);
          }
        },
        report, &where);
    if (!s.ok()) {
      ++n_errors;
      std::fprintf(stderr, "%sentente ingest: %s\n", progress ? "\r\033[K" : "", s.message().c_str());
    }
  }
  if (have_pending && !store_failed) {
    if (Status s = store_batch(pending); s.ok()) n_docs += pending.docs.size(); else report_store_failure(s);
  }
  const double elapsed = Seconds(Clock::now() - started);
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (!o.quiet) {
    auto totals = db.Totals();
    const double st = Seconds(storing), ct = Seconds(coding);
    std::fprintf(stderr,
                 "entente ingest: %zu documents (%zu new, %zu replaced, %zu unchanged), %zu mentions stored, "
                 "%zu new events, %zu problems\n",
                 n_docs, counts.documents_new, counts.documents_replaced, counts.documents_unchanged,
                 counts.mentions_added, counts.events_created, n_errors);
    std::fprintf(stderr,
                 "entente ingest: %.3f s (%.0f documents/s); coding %.3f s, store %.3f s = %.0f mentions/s "
                 "(store CPU %.3f s = %.0f mentions/s), overlapped\n",
                 elapsed, elapsed > 0 ? static_cast<double>(n_docs) / elapsed : 0.0, ct, st,
                 st > 0 ? static_cast<double>(counts.mentions_added) / st : 0.0, storing_cpu,
                 storing_cpu > 0 ? static_cast<double>(counts.mentions_added) / storing_cpu : 0.0);
    if (totals.ok()) {
      std::fprintf(stderr, "entente ingest: %s holds %zu documents, %zu events, %zu mentions\n", db_path.c_str(),
                   totals.value().documents, totals.value().events, totals.value().mentions);
    }
  }
  return n_errors ? kExitError : kExitOk;
}

int RunEvents(const EventsOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);
  store::EventQuery q;
  auto date_flag = [&](const std::string& flag, const std::string& value, std::optional<Date>* out) {
    if (value.empty()) return true;
    *out = base::ParseIsoDate(value);
    if (!*out) std::fprintf(stderr, "entente events: %s '%s' is not a date (YYYY-MM-DD)\n", flag.c_str(), value.c_str());
    return out->has_value();
  };
  if (!date_flag("--from", o.from, &q.from) || !date_flag("--to", o.to, &q.to)) return kExitError;
  if (q.from && q.to && *q.from > *q.to) {
    std::fprintf(stderr, "entente events: --from %s is after --to %s\n", o.from.c_str(), o.to.c_str());
    return kExitError;
  }
  if (!o.actor.empty()) {
    q.actor = base::ToUpper(o.actor);
    if (!IsIso3(q.actor)) {
      std::fprintf(stderr, "entente events: --actor '%s' is not an ISO3 country code\n", o.actor.c_str());
      return kExitError;
    }
  }
  if (!o.dyad.empty()) {
    const size_t comma = o.dyad.find(',');
    if (comma != std::string::npos) {
      q.dyad_a = base::ToUpper(std::string(base::Trim(std::string_view(o.dyad).substr(0, comma))));
      q.dyad_b = base::ToUpper(std::string(base::Trim(std::string_view(o.dyad).substr(comma + 1))));
    }
    if (!IsIso3(q.dyad_a) || !IsIso3(q.dyad_b)) {
      std::fprintf(stderr, "entente events: --dyad '%s' is not two ISO3 codes (A,B)\n", o.dyad.c_str());
      return kExitError;
    }
  }
  if (!o.type.empty()) {
    if (o.type.find_first_not_of("0123456789") == std::string::npos && o.type.size() >= 2 && o.type.size() <= 4) {
      q.cameo_prefix = o.type;
    } else if (o.type.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_") ==
               std::string::npos) {
      q.plover = base::ToUpper(o.type);
    } else {
      std::fprintf(stderr, "entente events: --type '%s' is neither a PLOVER type nor a CAMEO code\n",
                   o.type.c_str());
      return kExitError;
    }
  }
  const std::string db_path = ResolveDb(o.db);
  std::error_code ec;
  if (!store::IsPostgresUri(db_path) && !std::filesystem::exists(db_path, ec)) {
    std::fprintf(stderr, "entente events: %s: no such database (create it with `entente ingest`)\n", db_path.c_str());
    return kExitError;
  }
  store::OpenOptions options;
  options.read_only = true;
  auto opened = store::OpenStore(db_path, options);
  if (!opened.ok()) {
    std::fprintf(stderr, "entente events: %s\n", opened.status().message().c_str());
    return kExitError;
  }
  std::string buf;
  if (o.format != "jsonl") {
    const bool csv = o.format == "csv";
    for (const char* c : kTableColumns) {
      if (c != kTableColumns[0]) buf += csv ? ',' : '\t';
      buf += c;
    }
    buf += '\n';
  }
  bool broken_pipe = false;
  size_t matched = 0;
  const Status s = opened.value()->Query(
      q,
      [&](const store::StoredEvent& e) {
        FormatStored(e, o.format, &buf);
        if (buf.size() > (1 << 16)) {
          if (!WriteAll(stdout, buf)) broken_pipe = true;
          buf.clear();
        }
        return !broken_pipe;
      },
      &matched);
  if (!broken_pipe && matched > 0 && !WriteAll(stdout, buf)) broken_pipe = true;
  if (std::fflush(stdout) != 0) broken_pipe = true;
  if (!s.ok()) {
    std::fprintf(stderr, "entente events: %s\n", s.message().c_str());
    return kExitError;
  }
  if (broken_pipe) return kExitOk;
  return matched ? kExitOk : kExitNothing;
}

}  // namespace entente::cli
