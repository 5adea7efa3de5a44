// store/pg_store.cc — EventStore on PostgreSQL (libpq): one transaction per batch, few round
// trips per batch (a lookup of the batch's documents, one of the candidate events, COPY of the
// new rows, one recount), deduplication in memory with the rule of docs/STORE.md.
//
// Why in memory: a lookup per mention would cost a network round trip each. Instead the batch
// fetches, in one query, every stored event that could match one of its mentions (same key
// hash, window_lo within the capped window bound, as the SQLite lookup), then walks the
// documents in order exactly like the SQLite adapter: each mention joins the oldest matching
// event (stored, or created earlier in the batch) or creates one. Writers hold an advisory lock
// per schema for the whole transaction, so nothing else changes the events meanwhile.
#include "store/pg_store.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <unordered_map>

#include "base/date.h"
#include "store/dedup.h"

namespace entente::store {

namespace {

using dedup::Window;

// Migration N brings a schema from version N-1 to N. Append new migrations; never edit one that
// has shipped. Columns as in the SQLite schema (docs/STORE.md); days are counted from 1970-01-01.
constexpr const char* kMigrations[] = {
    // 1: documents, deduplicated events and their mentions.
    R"sql(
CREATE TABLE documents (
  id        bigserial PRIMARY KEY,
  doc_id    text NOT NULL UNIQUE,
  text_hash bigint NOT NULL,
  day       integer NOT NULL,
  source    text NOT NULL,
  url       text NOT NULL,
  outlet    text NOT NULL,
  events    integer NOT NULL
);
CREATE TABLE events (
  id             bigserial PRIMARY KEY,
  key_hash       bigint NOT NULL,
  source_code    text NOT NULL,
  target_code    text NOT NULL,
  cameo          text NOT NULL,
  source_country text NOT NULL,
  source_sector  text NOT NULL,
  target_country text NOT NULL,
  target_sector  text NOT NULL,
  plover         text NOT NULL,
  quad_class     integer NOT NULL,
  goldstein      double precision NOT NULL,
  anchor_day     integer NOT NULL,
  window_lo      integer NOT NULL,
  window_hi      integer NOT NULL,
  first_day      integer NOT NULL,
  last_day       integer NOT NULL,
  mentions       integer NOT NULL,
  sources        integer NOT NULL,
  articles       integer NOT NULL
);
CREATE INDEX events_by_key ON events (key_hash, window_lo);
CREATE INDEX events_by_day ON events (first_day);
CREATE TABLE mentions (
  id               bigserial PRIMARY KEY,
  event_id         bigint NOT NULL,   -- events (id); no foreign keys (as in SQLite, where they are
  document_id      bigint NOT NULL,   -- not enforced): their checks doubled the cost of storing mentions
  ordinal          integer NOT NULL,
  sentence         integer NOT NULL,
  start            integer NOT NULL,
  "end"            integer NOT NULL,
  day              integer NOT NULL,
  end_day          integer,
  outlet           text NOT NULL,
  source_text      text NOT NULL,
  target_text      text NOT NULL,
  location_name    text,
  location_country text,
  lat              double precision,
  lon              double precision,
  sentence_text    text NOT NULL,
  verb_text        text NOT NULL,
  rule             text NOT NULL
);
CREATE INDEX mentions_by_event ON mentions (event_id);
CREATE INDEX mentions_by_document ON mentions (document_id);
)sql",
};
constexpr int kVersions = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);

// The advisory lock writers (ingest, migrations) hold for their transaction: one per schema.
constexpr const char* kLockSql = "SELECT pg_advisory_xact_lock(1701737573, hashtext(current_schema()))";

int Day(Date d) { return base::DaysFromCivil(d); }

struct PgResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// libpq messages end with a newline and may span lines ("\n\tIs the server running…"): one line.
std::string OneLine(const char* message) {
  std::string out;
  for (const char* p = message ? message : ""; *p; ++p) {
    const char c = *p;
    if (c == '\n' || c == '\t' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The password of `uri` when it has one in its userinfo (to scrub it from messages).
std::string PasswordOf(const std::string& uri) {
  const size_t start = uri.find("://");
  if (start == std::string::npos) return "";
  const size_t end = std::min(uri.find_first_of("/?", start + 3), uri.size());
  const size_t at = uri.rfind('@', end - 1);
  if (at == std::string::npos || at < start + 3) return "";
  const size_t colon = uri.find(':', start + 3);
  if (colon == std::string::npos || colon > at) return "";
  return uri.substr(colon + 1, at - colon - 1);
}

// ---- values as text, for COPY rows and array parameters --------------------------------------

void AppendInt(std::string& out, int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void AppendDouble(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);  // round-trips exactly
  out += buf;
}

// A COPY text-format field: backslash, tab, newline and carriage return escaped. PostgreSQL text
// cannot hold a NUL byte: *bad is set when one is found.
void AppendCopyText(std::string& out, std::string_view s, bool* bad) {
  for (const char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\0': *bad = true; break;
      default: out += c;
    }
  }
}

// An element of a text[] literal: always quoted, with '"' and '\' escaped.
void AppendArrayText(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

template <typename T, typename F>
std::string ArrayLiteral(const std::vector<T>& items, F append) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append(out, items[i]);
  }
  out += '}';
  return out;
}

std::string IntArray(const std::vector<int64_t>& v) {
  return ArrayLiteral(v, [](std::string& out, int64_t x) { AppendInt(out, x); });
}

int64_t ToInt(const char* s) { return std::strtoll(s, nullptr, 10); }
double ToDouble(const char* s) { return std::strtod(s, nullptr); }

// The WHERE conditions of a query on `events e` (appended after "WHERE true"); each value
// becomes the next $n parameter.
std::string FilterSql(const EventQuery& q, std::vector<std::string>* params) {
  auto param = [&](std::string value, const char* type) {
    params->push_back(std::move(value));
    std::string placeholder(1, '$');  // (not "$" + …: GCC 12 warns falsely on that)
    placeholder += std::to_string(params->size());
    placeholder += "::";
    placeholder += type;
    return placeholder;
  };
  std::string sql;
  if (q.from) sql += " AND e.first_day >= " + param(std::to_string(Day(*q.from)), "integer");
  if (q.to) sql += " AND e.first_day <= " + param(std::to_string(Day(*q.to)), "integer");
  if (!q.actor.empty()) {
    const std::string a = param(q.actor, "text");
    sql += " AND (e.source_country = " + a + " OR e.target_country = " + a + ")";
  }
  if (!q.dyad_a.empty()) {
    const std::string a = param(q.dyad_a, "text"), b = param(q.dyad_b, "text");
    sql += " AND ((e.source_country = " + a + " AND e.target_country = " + b + ") OR (e.source_country = " + b +
           " AND e.target_country = " + a + "))";
  }
  if (!q.cameo_prefix.empty()) {
    const std::string p = param(q.cameo_prefix, "text");
    sql += " AND left(e.cameo, length(" + p + ")) = " + p;
  }
  if (!q.plover.empty()) sql += " AND e.plover = " + param(q.plover, "text");
  if (!q.ids.empty()) sql += " AND e.id = ANY(" + param(IntArray(q.ids), "bigint[]") + ")";
  return sql;
}

class PgStore final : public EventStore {
 public:
  PgStore(PGconn* conn, std::string server, OpenOptions options)
      : conn_(conn), server_(std::move(server)), options_(std::move(options)) {}
  ~PgStore() override { PQfinish(conn_); }

  Status PrepareSchema();
  Status Ingest(const std::vector<CodedDocument>& batch, IngestCounts* counts) override;
  Result<std::vector<bool>> Unchanged(const std::vector<Document>& docs) override;
  Status Query(const EventQuery& query, const EventSink& sink, size_t* matched) override;
  Status Scan(const EventQuery& query, const EventRowSink& sink, size_t* matched) override;
  Result<StoreTotals> Totals() override;

 private:
  // An event a mention can join: a stored one (ref = its id) or one created in this batch
  // (ref = -(index in new_events_) - 1). Stored events are older than new ones.
  struct Candidate {
    int64_t ref;
    std::string source_code, target_code, cameo;
    int anchor_day, window_lo, window_hi;
  };
  // A document of the batch as it will be once the batch is stored.
  struct DocState {
    int64_t db_id = 0;            // its row id when stored before this batch
    bool exists = false;          // stored before or earlier in this batch
    bool clear_db_mentions = false;  // stored before with another text: its old mentions go
    int64_t hash = 0;
    int new_index = -1;           // index in new_docs_ when first stored by this batch
    const Document* doc = nullptr;   // the last version seen
    int events = 0;
    std::vector<size_t> mentions;  // its mentions in mentions_ (this batch)
  };
  struct NewEvent {
    const Event* e;
    int64_t key_hash;
    int day, last_day;
    Window w;
  };
  struct Mention {
    const Event* e;
    DocState* doc;
    int64_t event_ref;
    int ordinal, day;
    std::optional<int> end_day;
    bool dropped = false;  // its document was replaced later in the same batch
  };

  Status Fail(std::string_view doing, const PGresult* r = nullptr) const;
  Result<PgResult> Run(const std::string& sql, const std::vector<std::string>& params, std::string_view doing,
                       ExecStatusType expect = PGRES_TUPLES_OK);
  Status Exec(const char* sql, std::string_view doing);
  Status Copy(const char* sql, const std::string& rows, std::string_view doing);
  Status Stream(const std::string& sql, const std::vector<std::string>& params, std::string_view doing,
                const std::function<bool(const PGresult*)>& row);
  Result<int> ReadVersion();
  Status IngestInTransaction(const std::vector<CodedDocument>& batch, IngestCounts* counts);
  Status FetchCandidates(const std::vector<CodedDocument>& batch);
  Status IngestMention(DocState& doc, const Event& e, int ordinal, IngestCounts* counts);
  Status Write(IngestCounts* counts);
  Result<int64_t> Reserve(const char* sequence, size_t n);

  PGconn* conn_;
  std::string server_;  // the URI without its password, for messages
  OpenOptions options_;

  // Per-batch state (cleared by IngestInTransaction).
  std::unordered_map<std::string, DocState> docs_;
  std::vector<DocState*> new_docs_;
  std::unordered_map<int64_t, std::vector<Candidate>> candidates_;  // by key hash
  std::vector<NewEvent> new_events_;
  std::vector<Mention> mentions_;
  enum : uint8_t { kRecount = 1, kMaybeEmpty = 2 };
  std::unordered_map<int64_t, uint8_t> touched_;  // by event ref, as in the SQLite adapter
};

Status PgStore::Fail(std::string_view doing, const PGresult* r) const {
  std::string message = server_ + ": " + std::string(doing) + ": ";
  message += OneLine(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_));
  if (PQstatus(conn_) == CONNECTION_BAD) message += " (connection lost)";
  return Status(StatusCode::kIoError, message);
}

Result<PgResult> PgStore::Run(const std::string& sql, const std::vector<std::string>& params, std::string_view doing,
                              ExecStatusType expect) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const std::string& p : params) values.push_back(p.c_str());
  PgResult r(PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                          nullptr, 0));
  if (!r || PQresultStatus(r.get()) != expect) return Fail(doing, r.get());
  return r;
}

Status PgStore::Exec(const char* sql, std::string_view doing) {
  PgResult r(PQexec(conn_, sql));
  const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Fail(doing, r.get());
  return Status::Ok();
}

Status PgStore::Copy(const char* sql, const std::string& rows, std::string_view doing) {
  PgResult start(PQexec(conn_, sql));
  if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) return Fail(doing, start.get());
  // Sent in pieces so libpq's buffer stays small.
  constexpr size_t kChunk = 1 << 20;
  for (size_t at = 0; at < rows.size(); at += kChunk) {
    const size_t n = std::min(kChunk, rows.size() - at);
    if (PQputCopyData(conn_, rows.data() + at, static_cast<int>(n)) != 1) return Fail(doing);
  }
  if (PQputCopyEnd(conn_, nullptr) != 1) return Fail(doing);
  Status status = Status::Ok();
  while (PGresult* r = PQgetResult(conn_)) {
    PgResult owned(r);
    if (status.ok() && PQresultStatus(r) != PGRES_COMMAND_OK) status = Fail(doing, r);
  }
  return status;
}

// Runs a query in single-row mode, so a large result is never held in memory whole; `row` is
// called per row and may return false to stop (the rest of the query is cancelled).
Status PgStore::Stream(const std::string& sql, const std::vector<std::string>& params, std::string_view doing,
                       const std::function<bool(const PGresult*)>& row) {
  std::vector<const char*> values;
  for (const std::string& p : params) values.push_back(p.c_str());
  if (PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                        nullptr, 0) != 1) {
    return Fail(doing);
  }
  PQsetSingleRowMode(conn_);
  Status status = Status::Ok();
  bool stopped = false;
  while (PGresult* r = PQgetResult(conn_)) {
    PgResult owned(r);
    const ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_SINGLE_TUPLE) {
      if (!stopped && status.ok() && !row(r)) {
        stopped = true;
        if (PGcancel* cancel = PQgetCancel(conn_)) {
          char err[256];
          PQcancel(cancel, err, sizeof err);
          PQfreeCancel(cancel);
        }
      }
    } else if (st != PGRES_TUPLES_OK && !stopped && status.ok()) {
      status = Fail(doing, r);
    }
  }
  return status;
}

Result<int> PgStore::ReadVersion() {
  auto schema = Run("SELECT current_schema()", {}, "reading the schema");
  if (!schema.ok()) return schema.status();
  if (PQgetisnull(schema.value().get(), 0, 0)) {
    return Status(StatusCode::kInvalidArgument,
                  server_ + ": no schema to use (the schemas of search_path do not exist); create one or set "
                            "search_path, e.g. ?options=-csearch_path%3Dpublic");
  }
  const std::string name = PQgetvalue(schema.value().get(), 0, 0);
  auto tables = Run("SELECT count(*), count(*) FILTER (WHERE tablename = 'meta') FROM pg_catalog.pg_tables"
                    " WHERE schemaname = current_schema()",
                    {}, "reading the schema");
  if (!tables.ok()) return tables.status();
  if (ToInt(PQgetvalue(tables.value().get(), 0, 0)) == 0) return 0;
  if (ToInt(PQgetvalue(tables.value().get(), 0, 1)) == 0) {
    return Status(StatusCode::kCorrupt, server_ + ": schema " + name +
                                            " holds tables but is not an Entente event store (no meta table)");
  }
  auto version = Run("SELECT value FROM meta WHERE key = 'schema_version'", {}, "reading the schema version");
  if (!version.ok()) return version.status();
  if (PQntuples(version.value().get()) == 0) {
    return Status(StatusCode::kCorrupt, server_ + ": schema " + name +
                                            " is not an Entente event store (meta has no schema_version)");
  }
  const std::string text = PQgetvalue(version.value().get(), 0, 0);
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 6) {
    return Status(StatusCode::kCorrupt, server_ + ": bad schema_version '" + text + "' in meta");
  }
  return std::stoi(text);
}

Status PgStore::PrepareSchema() {
  auto read = ReadVersion();
  if (!read.ok()) return read.status();
  const int version = read.value();
  auto newer = [&](int v) {
    return Status(StatusCode::kCorrupt, server_ + ": schema version " + std::to_string(v) +
                                            " is newer than this build of entente supports (" +
                                            std::to_string(kVersions) + "); use a newer entente");
  };
  if (version > kVersions) return newer(version);
  if (options_.read_only) {
    if (version == 0) return Status(StatusCode::kCorrupt, server_ + ": no event store here (no tables)");
    if (version < kVersions) {
      return Status(StatusCode::kCorrupt, server_ + ": schema version " + std::to_string(version) + " is older than " +
                                              std::to_string(kVersions) + "; run `entente ingest` on it once to migrate");
    }
    // Nothing this connection does may write.
    return Exec("SET default_transaction_read_only = on", "opening read-only");
  }
  for (int v = version + 1; v <= kVersions; ++v) {
    if (Status s = Exec("BEGIN", "starting a migration"); !s.ok()) return s;
    Status s = Exec(kLockSql, "locking the schema");
    // Re-read under the lock: another process may have migrated meanwhile.
    Result<int> now = s.ok() ? ReadVersion() : Result<int>(s);
    if (now.ok() && now.value() >= v) {
      Exec("ROLLBACK", "");
      if (now.value() > kVersions) return newer(now.value());
      v = now.value();
      continue;
    }
    s = now.ok() ? Status::Ok() : now.status();
    if (s.ok() && now.value() == 0) {
      s = Exec("CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);"
               "INSERT INTO meta VALUES ('application', 'entente event store')",
               "creating the meta table");
    }
    if (s.ok()) s = Exec(kMigrations[v - 1], "migrating to schema version " + std::to_string(v));
    if (s.ok()) {
      auto set = Run("INSERT INTO meta VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = $1",
                     {std::to_string(v)}, "recording the schema version", PGRES_COMMAND_OK);
      if (!set.ok()) s = set.status();
    }
    if (s.ok()) s = Exec("COMMIT", "committing a migration");
    if (!s.ok()) {
      Exec("ROLLBACK", "");
      return s;
    }
  }
  return Status::Ok();
}

Status PgStore::Ingest(const std::vector<CodedDocument>& batch, IngestCounts* counts) {
  if (options_.read_only) {
    return Status(StatusCode::kIoError, server_ + ": the store was opened read-only (cannot store events in it)");
  }
  Status s = Exec("BEGIN", "starting a batch");
  if (s.ok()) s = Exec(kLockSql, "locking the store for writing");
  IngestCounts local;
  if (s.ok()) s = IngestInTransaction(batch, &local);
  if (s.ok() && options_.before_commit) s = options_.before_commit();
  if (s.ok()) {
    PgResult r(PQexec(conn_, "COMMIT"));
    // COMMIT of a failed transaction "succeeds" as ROLLBACK: check the command tag too.
    if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK || std::string_view(PQcmdStatus(r.get())) != "COMMIT") {
      s = Fail("committing a batch", r.get());
    }
  }
  docs_.clear();
  new_docs_.clear();
  candidates_.clear();
  new_events_.clear();
  mentions_.clear();
  touched_.clear();
  if (!s.ok()) {
    // Roll back everything this batch wrote; the store keeps its previous state.
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) Exec("ROLLBACK", "");
    return s;
  }
  if (counts) *counts += local;
  return Status::Ok();
}

Status PgStore::IngestInTransaction(const std::vector<CodedDocument>& batch, IngestCounts* counts) {
  // 1. The batch's documents as stored.
  std::vector<std::string> ids;
  for (const CodedDocument& c : batch) {
    DocState& d = docs_[c.doc->id];
    if (d.doc == nullptr) ids.push_back(c.doc->id);
    d.doc = c.doc;
  }
  if (!ids.empty()) {
    auto found = Run("SELECT doc_id, id, text_hash FROM documents WHERE doc_id = ANY($1::text[])",
                     {ArrayLiteral(ids, AppendArrayText)}, "looking up documents");
    if (!found.ok()) return found.status();
    const PGresult* r = found.value().get();
    for (int i = 0; i < PQntuples(r); ++i) {
      DocState& d = docs_[PQgetvalue(r, i, 0)];
      d.exists = true;
      d.db_id = ToInt(PQgetvalue(r, i, 1));
      d.hash = ToInt(PQgetvalue(r, i, 2));
    }
  }
  // 2. Every stored event one of the batch's mentions could join.
  if (Status s = FetchCandidates(batch); !s.ok()) return s;
  // 3. The documents in order, as the SQLite adapter does them one by one.
  for (const CodedDocument& c : batch) {
    const Document& doc = *c.doc;
    DocState& d = docs_[doc.id];
    const auto hash = static_cast<int64_t>(base::Fnv1a(doc.text));
    if (d.exists && d.hash == hash) {
      ++counts->documents_unchanged;
      continue;
    }
    if (d.exists) {
      // Changed text: drop the old mentions (their events are recounted, emptied ones removed).
      if (d.db_id != 0) d.clear_db_mentions = true;  // those stored before: deleted in Write
      for (const size_t m : d.mentions) {
        mentions_[m].dropped = true;
        touched_[mentions_[m].event_ref] |= kRecount | kMaybeEmpty;
        ++counts->mentions_removed;
      }
      d.mentions.clear();
      ++counts->documents_replaced;
    } else {
      d.exists = true;
      d.new_index = static_cast<int>(new_docs_.size());
      new_docs_.push_back(&d);
      ++counts->documents_new;
    }
    d.hash = hash;
    d.doc = &doc;
    d.events = static_cast<int>(c.events->size());
    int ordinal = 0;
    for (const Event& e : *c.events) {
      if (Status s = IngestMention(d, e, ordinal++, counts); !s.ok()) return s;
    }
  }
  // 4. Everything to the server.
  return Write(counts);
}

Status PgStore::FetchCandidates(const std::vector<CodedDocument>& batch) {
  // One probe per distinct (key, window) of the batch's mentions; the server joins them with
  // the key index. Unchanged documents' mentions are probed too (harmless, rare).
  std::vector<int64_t> keys;
  std::vector<int64_t> los, his;
  std::unordered_map<int64_t, std::vector<std::pair<int, int>>> seen;
  for (const CodedDocument& c : batch) {
    for (const Event& e : *c.events) {
      if (!e.date.known() || !base::IsValid(e.date)) continue;  // refused in IngestMention
      const int day = Day(e.date);
      std::optional<int> end_day;
      if (e.end_date && e.end_date->known() && base::IsValid(*e.end_date) && Day(*e.end_date) > day) {
        end_day = Day(*e.end_date);
      }
      const Window w = dedup::MentionWindow(day, end_day);
      const int64_t key = dedup::KeyHash(e.source.code, e.target ? e.target->code : "", e.cameo);
      auto& windows = seen[key];
      const std::pair<int, int> lohi{w.lo, w.hi};
      if (std::find(windows.begin(), windows.end(), lohi) != windows.end()) continue;
      windows.push_back(lohi);
      keys.push_back(key);
      los.push_back(w.lo - dedup::kMaxRangeDays);
      his.push_back(w.hi);
    }
  }
  if (keys.empty()) return Status::Ok();
  static_assert(dedup::kMaxRangeDays == 31, "window_lo is bounded because windows are capped");
  auto found = Run(
      "SELECT DISTINCT e.id, e.key_hash, e.source_code, e.target_code, e.cameo, e.anchor_day, e.window_lo,"
      " e.window_hi FROM unnest($1::bigint[], $2::integer[], $3::integer[]) AS q(k, lo, hi)"
      " JOIN events e ON e.key_hash = q.k AND e.window_lo BETWEEN q.lo AND q.hi",
      {IntArray(keys), IntArray(los), IntArray(his)}, "looking up events");
  if (!found.ok()) return found.status();
  const PGresult* r = found.value().get();
  for (int i = 0; i < PQntuples(r); ++i) {
    candidates_[ToInt(PQgetvalue(r, i, 1))].push_back(
        Candidate{ToInt(PQgetvalue(r, i, 0)), PQgetvalue(r, i, 2), PQgetvalue(r, i, 3), PQgetvalue(r, i, 4),
                  static_cast<int>(ToInt(PQgetvalue(r, i, 5))), static_cast<int>(ToInt(PQgetvalue(r, i, 6))),
                  static_cast<int>(ToInt(PQgetvalue(r, i, 7)))});
  }
  return Status::Ok();
}

Status PgStore::IngestMention(DocState& doc, const Event& e, int ordinal, IngestCounts* counts) {
  if (!e.date.known() || !base::IsValid(e.date)) {
    return Status(StatusCode::kInvalidArgument, "event of document " + e.doc_id + " has no valid date");
  }
  const int day = Day(e.date);
  std::optional<int> end_day;
  if (e.end_date && e.end_date->known() && base::IsValid(*e.end_date) && Day(*e.end_date) > day) {
    end_day = Day(*e.end_date);  // a range; an end on or before the start is ignored
  }
  const Window w = dedup::MentionWindow(day, end_day);
  static const std::string kNoCode;
  const std::string& target_code = e.target ? e.target->code : kNoCode;
  const int64_t key = dedup::KeyHash(e.source.code, target_code, e.cameo);
  std::vector<Candidate>& cands = candidates_[key];
  // The oldest matching event wins: stored ones (ref > 0, by id) before new ones (by creation).
  auto older = [](int64_t a, int64_t b) {
    if ((a > 0) != (b > 0)) return a > 0;
    return a > 0 ? a < b : a > b;  // new refs are -1, -2, … in creation order
  };
  int64_t ref = 0;
  for (const Candidate& c : cands) {
    if (ref != 0 && !older(c.ref, ref)) continue;
    if (c.cameo != e.cameo || c.source_code != e.source.code || c.target_code != target_code) continue;
    if (dedup::DatesMatch(day, w, c.anchor_day, c.window_lo, c.window_hi)) ref = c.ref;
  }
  if (ref == 0) {
    ref = -static_cast<int64_t>(new_events_.size()) - 1;
    new_events_.push_back(NewEvent{&e, key, day, end_day.value_or(day), w});
    cands.push_back(Candidate{ref, e.source.code, target_code, e.cameo, day, w.lo, w.hi});
    ++counts->events_created;
  } else {
    touched_[ref] |= kRecount;
  }
  doc.mentions.push_back(mentions_.size());
  mentions_.push_back(Mention{&e, &doc, ref, ordinal, day, end_day});
  ++counts->mentions_added;
  return Status::Ok();
}

// Reserves n consecutive values of a sequence (writers hold the schema lock); returns the first.
Result<int64_t> PgStore::Reserve(const char* sequence, size_t n) {
  const std::string seq = std::string("'") + sequence + "'";
  auto r = Run("SELECT setval(" + seq + ", nextval(" + seq + ") + $1::bigint - 1)", {std::to_string(n)},
               "reserving row ids");
  if (!r.ok()) return r.status();
  return ToInt(PQgetvalue(r.value().get(), 0, 0)) - static_cast<int64_t>(n) + 1;
}

Status PgStore::Write(IngestCounts* counts) {
  // Old mentions of replaced documents.
  std::vector<int64_t> cleared;
  std::vector<DocState*> updated;
  for (auto& [id, d] : docs_) {
    if (d.clear_db_mentions) cleared.push_back(d.db_id);
    if (d.db_id != 0 && d.clear_db_mentions) updated.push_back(&d);
  }
  if (!cleared.empty()) {
    auto r = Run("DELETE FROM mentions WHERE document_id = ANY($1::bigint[]) RETURNING event_id", {IntArray(cleared)},
                 "removing replaced documents' mentions");
    if (!r.ok()) return r.status();
    for (int i = 0; i < PQntuples(r.value().get()); ++i) {
      touched_[ToInt(PQgetvalue(r.value().get(), i, 0))] |= kRecount | kMaybeEmpty;
    }
    counts->mentions_removed += static_cast<size_t>(PQntuples(r.value().get()));
  }
  if (!updated.empty()) {
    std::vector<int64_t> ids, hashes, days, events;
    std::vector<std::string> sources, urls, outlets;
    for (const DocState* d : updated) {
      ids.push_back(d->db_id);
      hashes.push_back(d->hash);
      days.push_back(d->doc->date.known() ? Day(d->doc->date) : 0);
      events.push_back(d->events);
      sources.push_back(d->doc->source);
      urls.push_back(d->doc->url);
      outlets.push_back(dedup::Outlet(*d->doc));
    }
    auto r = Run("UPDATE documents d SET text_hash = u.h, day = u.day, source = u.src, url = u.url, outlet = u.outlet,"
                 " events = u.ev FROM unnest($1::bigint[], $2::bigint[], $3::integer[], $4::text[], $5::text[],"
                 " $6::text[], $7::integer[]) AS u(id, h, day, src, url, outlet, ev) WHERE d.id = u.id",
                 {IntArray(ids), IntArray(hashes), IntArray(days), ArrayLiteral(sources, AppendArrayText),
                  ArrayLiteral(urls, AppendArrayText), ArrayLiteral(outlets, AppendArrayText), IntArray(events)},
                 "storing documents", PGRES_COMMAND_OK);
    if (!r.ok()) return r.status();
  }
  bool nul = false;
  std::string rows;
  // New documents.
  if (!new_docs_.empty()) {
    auto first = Reserve("documents_id_seq", new_docs_.size());
    if (!first.ok()) return first.status();
    for (DocState* d : new_docs_) {
      d->db_id = first.value() + d->new_index;
      AppendInt(rows, d->db_id);
      rows += '\t';
      AppendCopyText(rows, d->doc->id, &nul);
      rows += '\t';
      AppendInt(rows, d->hash);
      rows += '\t';
      AppendInt(rows, d->doc->date.known() ? Day(d->doc->date) : 0);
      rows += '\t';
      AppendCopyText(rows, d->doc->source, &nul);
      rows += '\t';
      AppendCopyText(rows, d->doc->url, &nul);
      rows += '\t';
      AppendCopyText(rows, dedup::Outlet(*d->doc), &nul);
      rows += '\t';
      AppendInt(rows, d->events);
      rows += '\n';
    }
    if (nul) return Status(StatusCode::kInvalidArgument, server_ + ": a document field holds a NUL byte");
    if (Status s = Copy("COPY documents (id, doc_id, text_hash, day, source, url, outlet, events) FROM STDIN", rows,
                        "storing documents");
        !s.ok()) {
      return s;
    }
  }
  // New events, with the counts of a single mention (recounted below when others joined).
  int64_t first_event = 0;
  if (!new_events_.empty()) {
    auto first = Reserve("events_id_seq", new_events_.size());
    if (!first.ok()) return first.status();
    first_event = first.value();
    rows.clear();
    static const Actor kNoActor;
    for (size_t i = 0; i < new_events_.size(); ++i) {
      const NewEvent& n = new_events_[i];
      const Event& e = *n.e;
      const Actor& target = e.target ? *e.target : kNoActor;
      AppendInt(rows, first_event + static_cast<int64_t>(i));
      rows += '\t';
      AppendInt(rows, n.key_hash);
      for (const std::string* s : {&e.source.code, &target.code, &e.cameo, &e.source.country, &e.source.sector,
                                   &target.country, &target.sector, &e.plover}) {
        rows += '\t';
        AppendCopyText(rows, *s, &nul);
      }
      rows += '\t';
      AppendInt(rows, e.quad_class);
      rows += '\t';
      AppendDouble(rows, e.goldstein);
      for (const int v : {n.day, n.w.lo, n.w.hi, n.day, n.last_day, 1, 1, 1}) {
        rows += '\t';
        AppendInt(rows, v);
      }
      rows += '\n';
    }
    if (nul) return Status(StatusCode::kInvalidArgument, server_ + ": an actor or event code holds a NUL byte");
    if (Status s = Copy("COPY events (id, key_hash, source_code, target_code, cameo, source_country, source_sector,"
                        " target_country, target_sector, plover, quad_class, goldstein, anchor_day, window_lo,"
                        " window_hi, first_day, last_day, mentions, sources, articles) FROM STDIN",
                        rows, "storing events");
        !s.ok()) {
      return s;
    }
  }
  auto event_id = [&](int64_t ref) { return ref > 0 ? ref : first_event + (-ref - 1); };
  // Mentions, in batch order (their ids give the storage order of provenance).
  rows.clear();
  for (const Mention& m : mentions_) {
    if (m.dropped) continue;
    const Event& e = *m.e;
    AppendInt(rows, event_id(m.event_ref));
    for (const int64_t v : {m.doc->db_id, int64_t{m.ordinal}, int64_t{e.sentence}, int64_t{e.evidence.start},
                            int64_t{e.evidence.end}, int64_t{m.day}}) {
      rows += '\t';
      AppendInt(rows, v);
    }
    rows += '\t';
    if (m.end_day) AppendInt(rows, *m.end_day); else rows += "\\N";
    rows += '\t';
    AppendCopyText(rows, dedup::Outlet(*m.doc->doc), &nul);
    rows += '\t';
    AppendCopyText(rows, e.source.text, &nul);
    rows += '\t';
    AppendCopyText(rows, e.target ? e.target->text : std::string(), &nul);
    if (e.location) {
      rows += '\t';
      AppendCopyText(rows, e.location->name, &nul);
      rows += '\t';
      AppendCopyText(rows, e.location->country, &nul);
      rows += '\t';
      AppendDouble(rows, e.location->lat);
      rows += '\t';
      AppendDouble(rows, e.location->lon);
    } else {
      rows += "\t\\N\t\\N\t\\N\t\\N";
    }
    for (const std::string* s : {&e.evidence.sentence_text, &e.evidence.verb_text, &e.evidence.rule}) {
      rows += '\t';
      AppendCopyText(rows, *s, &nul);
    }
    rows += '\n';
  }
  if (nul) return Status(StatusCode::kInvalidArgument, server_ + ": a mention's text holds a NUL byte");
  if (!rows.empty()) {
    if (Status s = Copy("COPY mentions (event_id, document_id, ordinal, sentence, start, \"end\", day, end_day, outlet,"
                        " source_text, target_text, location_name, location_country, lat, lon, sentence_text,"
                        " verb_text, rule) FROM STDIN",
                        rows, "storing mentions");
        !s.ok()) {
      return s;
    }
  }
  // Events left without mentions go; the other touched ones are recounted.
  std::vector<int64_t> maybe_empty, recount;
  for (const auto& [ref, flags] : touched_) {
    if (flags & kMaybeEmpty) maybe_empty.push_back(event_id(ref));
    recount.push_back(event_id(ref));
  }
  if (!maybe_empty.empty()) {
    auto r = Run("DELETE FROM events e WHERE e.id = ANY($1::bigint[])"
                 " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)",
                 {IntArray(maybe_empty)}, "removing events without mentions", PGRES_COMMAND_OK);
    if (!r.ok()) return r.status();
  }
  if (!recount.empty()) {
    auto r = Run("UPDATE events e SET mentions = c.n, articles = c.a, sources = c.s, first_day = c.f, last_day = c.l"
                 " FROM (SELECT event_id, count(*) AS n, count(DISTINCT document_id) AS a, count(DISTINCT outlet) AS s,"
                 " min(day) AS f, max(coalesce(end_day, day)) AS l FROM mentions"
                 " WHERE event_id = ANY($1::bigint[]) GROUP BY event_id) c WHERE e.id = c.event_id",
                 {IntArray(recount)}, "counting mentions", PGRES_COMMAND_OK);
    if (!r.ok()) return r.status();
  }
  return Status::Ok();
}

Result<std::vector<bool>> PgStore::Unchanged(const std::vector<Document>& docs) {
  std::vector<bool> out(docs.size(), false);
  if (docs.empty()) return out;
  std::vector<std::string> ids;
  for (const Document& d : docs) ids.push_back(d.id);
  auto found = Run("SELECT doc_id, text_hash FROM documents WHERE doc_id = ANY($1::text[])",
                   {ArrayLiteral(ids, AppendArrayText)}, "looking up documents");
  if (!found.ok()) return found.status();
  std::unordered_map<std::string, int64_t> hashes;
  const PGresult* r = found.value().get();
  for (int i = 0; i < PQntuples(r); ++i) hashes[PQgetvalue(r, i, 0)] = ToInt(PQgetvalue(r, i, 1));
  for (size_t i = 0; i < docs.size(); ++i) {
    const auto it = hashes.find(docs[i].id);
    out[i] = it != hashes.end() && it->second == static_cast<int64_t>(base::Fnv1a(docs[i].text));
  }
  return out;
}

Status PgStore::Query(const EventQuery& q, const EventSink& sink, size_t* matched) {
  if (matched) *matched = 0;
  std::vector<std::string> params;
  std::string sql =
      "SELECT e.id, e.source_code, e.target_code, e.source_country, e.source_sector, e.target_country,"
      " e.target_sector, e.cameo, e.plover, e.quad_class, e.goldstein, e.first_day, e.last_day, e.mentions,"
      " e.sources, e.articles, m.sentence, m.start, m.\"end\", m.source_text, m.target_text, m.location_name,"
      " m.location_country, m.lat, m.lon, m.sentence_text, m.verb_text, m.rule, d.doc_id, d.source, d.url"
      " FROM events e JOIN mentions m ON m.event_id = e.id JOIN documents d ON d.id = m.document_id WHERE true";
  sql += FilterSql(q, &params);
  sql += " ORDER BY e.first_day, e.id, m.id";

  StoredEvent cur;
  bool have = false, stopped = false;
  size_t n = 0;
  auto flush = [&]() -> bool {
    if (!have) return true;
    ++n;
    have = false;
    return sink(cur);
  };
  Status s = Stream(sql, params, "reading events", [&](const PGresult* r) {
    auto text = [r](int col) { return std::string(PQgetvalue(r, 0, col), PQgetlength(r, 0, col)); };
    auto num = [r](int col) { return ToInt(PQgetvalue(r, 0, col)); };
    const int64_t id = num(0);
    Provenance p;
    p.sentence = static_cast<uint32_t>(num(16));
    p.start = static_cast<uint32_t>(num(17));
    p.end = static_cast<uint32_t>(num(18));
    p.doc_id = text(28);
    p.source = text(29);
    p.url = text(30);
    if (!have || cur.id != id) {
      if (!flush()) {
        stopped = true;
        return false;
      }
      cur = StoredEvent();
      have = true;
      cur.id = id;
      Event& e = cur.event;
      e.doc_id = p.doc_id;
      e.sentence = p.sentence;
      e.source.code = text(1);
      e.source.country = text(3);
      e.source.sector = text(4);
      e.source.text = text(19);
      if (PQgetlength(r, 0, 2) > 0) {
        e.target.emplace();
        e.target->code = text(2);
        e.target->country = text(5);
        e.target->sector = text(6);
        e.target->text = text(20);
      }
      e.cameo = text(7);
      e.plover = text(8);
      e.quad_class = static_cast<int>(num(9));
      e.goldstein = ToDouble(PQgetvalue(r, 0, 10));
      const int first = static_cast<int>(num(11)), last = static_cast<int>(num(12));
      e.date = base::CivilFromDays(first);
      if (last > first) e.end_date = base::CivilFromDays(last);
      cur.mentions = static_cast<int>(num(13));
      cur.sources = static_cast<int>(num(14));
      cur.articles = static_cast<int>(num(15));
      if (!PQgetisnull(r, 0, 21)) {
        e.location.emplace();
        e.location->name = text(21);
        e.location->country = text(22);
        e.location->lat = ToDouble(PQgetvalue(r, 0, 23));
        e.location->lon = ToDouble(PQgetvalue(r, 0, 24));
      }
      e.evidence.sentence_text = text(25);
      e.evidence.verb_text = text(26);
      e.evidence.rule = text(27);
      e.evidence.start = p.start;
      e.evidence.end = p.end;
      cur.doc_source = p.source;
      cur.doc_url = p.url;
    }
    cur.provenance.push_back(std::move(p));
    return true;
  });
  if (!s.ok()) return s;
  if (!stopped) flush();
  if (matched) *matched = n;
  return Status::Ok();
}

Status PgStore::Scan(const EventQuery& q, const EventRowSink& sink, size_t* matched) {
  if (matched) *matched = 0;
  std::vector<std::string> params;
  std::string sql =
      "SELECT e.id, e.source_code, e.target_code, e.source_country, e.target_country, e.cameo, e.plover,"
      " e.quad_class, e.goldstein, e.first_day, e.mentions FROM events e WHERE true";
  sql += FilterSql(q, &params);
  size_t n = 0;
  EventRow row;
  Status s = Stream(sql, params, "reading events", [&](const PGresult* r) {
    auto text = [r](int col) { return std::string_view(PQgetvalue(r, 0, col), PQgetlength(r, 0, col)); };
    row.id = ToInt(PQgetvalue(r, 0, 0));
    row.source_code = text(1);
    row.target_code = text(2);
    row.source_country = text(3);
    row.target_country = text(4);
    row.cameo = text(5);
    row.plover = text(6);
    row.quad_class = static_cast<int>(ToInt(PQgetvalue(r, 0, 7)));
    row.goldstein = ToDouble(PQgetvalue(r, 0, 8));
    row.day = static_cast<int>(ToInt(PQgetvalue(r, 0, 9)));
    row.mentions = static_cast<int>(ToInt(PQgetvalue(r, 0, 10)));
    ++n;
    return sink(row);
  });
  if (matched) *matched = n;
  return s;
}

Result<StoreTotals> PgStore::Totals() {
  auto r = Run("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)",
               {}, "counting rows");
  if (!r.ok()) return r.status();
  StoreTotals t;
  t.documents = static_cast<size_t>(ToInt(PQgetvalue(r.value().get(), 0, 0)));
  t.events = static_cast<size_t>(ToInt(PQgetvalue(r.value().get(), 0, 1)));
  t.mentions = static_cast<size_t>(ToInt(PQgetvalue(r.value().get(), 0, 2)));
  return t;
}

}  // namespace

int PostgresSchemaVersion() { return kVersions; }

Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& uri, const OpenOptions& options) {
  const std::string server = RedactedDbName(uri);
  // Later entries override earlier ones: the URI may set its own connect_timeout and
  // application_name, but the client encoding is always UTF-8 (the texts are UTF-8).
  const char* keys[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
  const char* values[] = {"10", "entente", uri.c_str(), "UTF8", nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, 1);
  if (conn == nullptr) return Status(StatusCode::kIoError, server + ": cannot connect (out of memory)");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string why = OneLine(PQerrorMessage(conn));
    PQfinish(conn);
    // libpq does not print passwords, but a malformed URI may be echoed: scrub it anyway.
    if (const std::string pw = PasswordOf(uri); !pw.empty()) {
      for (size_t at; (at = why.find(pw)) != std::string::npos;) why.replace(at, pw.size(), "***");
    }
    return Status(StatusCode::kIoError, server + ": cannot connect to the PostgreSQL server: " + why);
  }
  auto store = std::make_unique<PgStore>(conn, server, options);
  // Quiet NOTICEs (e.g. from CREATE TABLE): library code never prints.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  if (Status s = store->PrepareSchema(); !s.ok()) return s;
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace entente::store
