#include "store/sqlite_schema.h"

#include <string>

namespace entente::store::sqlite {

namespace {

// Migration N brings a database from version N-1 to N. Append new migrations; never edit one
// that has shipped. Days are counted from 1970-01-01 (base::DaysFromCivil).
constexpr const char* kMigrations[] = {
    // 1: documents, deduplicated events and their mentions.
    R"sql(
CREATE TABLE documents (
  id        INTEGER PRIMARY KEY,
  doc_id    TEXT NOT NULL UNIQUE,
  text_hash INTEGER NOT NULL,           -- FNV-1a 64 of the text: same id + hash = unchanged
  day       INTEGER NOT NULL,           -- document date
  source    TEXT NOT NULL,              -- outlet as given ('' when unknown)
  url       TEXT NOT NULL,
  outlet    TEXT NOT NULL,              -- source, else the url's host, else 'doc:' || doc_id
  events    INTEGER NOT NULL            -- events coded from it
);
CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  key_hash       INTEGER NOT NULL,      -- FNV-1a 64 of source_code, target_code, cameo (dedup lookup)
  source_code    TEXT NOT NULL,
  target_code    TEXT NOT NULL,         -- '' when the event has no target
  cameo          TEXT NOT NULL,
  source_country TEXT NOT NULL,
  source_sector  TEXT NOT NULL,
  target_country TEXT NOT NULL,
  target_sector  TEXT NOT NULL,
  plover         TEXT NOT NULL,
  quad_class     INTEGER NOT NULL,
  goldstein      REAL NOT NULL,
  anchor_day     INTEGER NOT NULL,      -- date of the mention that created the event
  window_lo      INTEGER NOT NULL,      -- that mention's window (its range, else date +- 1)
  window_hi      INTEGER NOT NULL,
  first_day      INTEGER NOT NULL,      -- earliest mention date
  last_day       INTEGER NOT NULL,      -- latest mention end (end date, else date)
  mentions       INTEGER NOT NULL,
  sources        INTEGER NOT NULL,      -- distinct outlets
  articles       INTEGER NOT NULL       -- distinct documents
);
CREATE INDEX events_by_key ON events (key_hash, window_lo);
CREATE INDEX events_by_day ON events (first_day);
CREATE TABLE mentions (
  id               INTEGER PRIMARY KEY,
  event_id         INTEGER NOT NULL REFERENCES events (id),
  document_id      INTEGER NOT NULL REFERENCES documents (id),
  ordinal          INTEGER NOT NULL,    -- position among the document's events
  sentence         INTEGER NOT NULL,
  start            INTEGER NOT NULL,    -- sentence byte offsets in the (NFC) document text
  end              INTEGER NOT NULL,
  day              INTEGER NOT NULL,
  end_day          INTEGER,             -- NULL unless the text gave a range
  outlet           TEXT NOT NULL,
  source_text      TEXT NOT NULL,
  target_text      TEXT NOT NULL,
  location_name    TEXT,                -- NULL when no location
  location_country TEXT,
  lat              REAL,
  lon              REAL,
  sentence_text    TEXT NOT NULL,
  verb_text        TEXT NOT NULL,
  rule             TEXT NOT NULL
);
CREATE INDEX mentions_by_event ON mentions (event_id);
CREATE INDEX mentions_by_document ON mentions (document_id);
)sql",
    // 2: a document's mentions are always written together, so their ids form one range; the
    // documents row keeps it and replacing a document deletes by id range. This drops the
    // mentions (document_id) index, one index write per mention. (An empty range is lo > hi.)
    R"sql(
ALTER TABLE documents ADD COLUMN mention_lo INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN mention_hi INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET (mention_lo, mention_hi) =
  (SELECT coalesce(min(m.id), 1), coalesce(max(m.id), 0) FROM mentions m WHERE m.document_id = documents.id);
DROP INDEX mentions_by_document;
)sql",
};

constexpr int kVersions = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);

// Reads meta.schema_version: 0 for an empty database; -1 (with *status set) on error.
int ReadVersion(Connection& conn, Status* status) {
  auto tables = conn.Prepare("SELECT count(*), sum(name = 'meta') FROM sqlite_master WHERE type = 'table'");
  if (!tables.ok()) {
    *status = tables.status();
    return -1;
  }
  Statement& t = tables.value();
  int rc = t.Step();
  if (rc != SQLITE_ROW) {
    *status = conn.Error(rc, "reading the schema");
    return -1;
  }
  const int64_t n_tables = t.Int(0), has_meta = t.Int(1);
  if (n_tables == 0) return 0;
  if (!has_meta) {
    *status = Status(StatusCode::kCorrupt, conn.path() + ": an SQLite database but not an Entente event store "
                                                         "(no meta table)");
    return -1;
  }
  auto version = conn.Prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version.ok()) {
    *status = version.status();
    return -1;
  }
  Statement& v = version.value();
  rc = v.Step();
  if (rc == SQLITE_DONE) {
    *status = Status(StatusCode::kCorrupt, conn.path() + ": not an Entente event store (meta has no schema_version)");
    return -1;
  }
  if (rc != SQLITE_ROW) {
    *status = conn.Error(rc, "reading the schema version");
    return -1;
  }
  const std::string text(v.Text(0));
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 6) {
    *status = Status(StatusCode::kCorrupt, conn.path() + ": bad schema_version '" + text + "' in meta");
    return -1;
  }
  return std::stoi(text);
}

}  // namespace

int CurrentSchemaVersion() { return kVersions; }

Status PrepareSchema(Connection& conn, bool read_only) {
  Status status;
  const int version = ReadVersion(conn, &status);
  if (version < 0) return status;
  if (version > kVersions) {
    return Status(StatusCode::kCorrupt, conn.path() + ": schema version " + std::to_string(version) +
                                            " is newer than this build of entente supports (" +
                                            std::to_string(kVersions) + "); use a newer entente");
  }
  if (read_only) {
    if (version == 0) return Status(StatusCode::kCorrupt, conn.path() + ": an empty database, not an Entente event store");
    if (version < kVersions) {
      return Status(StatusCode::kCorrupt, conn.path() + ": schema version " + std::to_string(version) +
                                              " is older than " + std::to_string(kVersions) +
                                              "; run `entente ingest` on it once to migrate");
    }
    return Status::Ok();
  }
  for (int v = version + 1; v <= kVersions; ++v) {
    // BEGIN IMMEDIATE takes the write lock now, so two processes cannot both migrate.
    if (Status s = conn.Exec("BEGIN IMMEDIATE", "starting a migration"); !s.ok()) return s;
    // Re-read under the lock: another process may have migrated meanwhile.
    const int now = ReadVersion(conn, &status);
    if (now < 0 || now >= v) {
      conn.Exec("ROLLBACK", "");
      if (now < 0) return status;
      if (now > kVersions) return PrepareSchema(conn, read_only);
      v = now;
      continue;
    }
    Status s = now == 0 ? conn.Exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
                                    "INSERT INTO meta VALUES ('application', 'entente event store');",
                                    "creating the meta table")
                        : Status::Ok();
    if (s.ok()) s = conn.Exec(kMigrations[v - 1], ("migrating to schema version " + std::to_string(v)).c_str());
    if (s.ok()) {
      const std::string set = "INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + std::to_string(v) + "')";
      s = conn.Exec(set.c_str(), "recording the schema version");
    }
    if (s.ok()) s = conn.Exec("COMMIT", "committing a migration");
    if (!s.ok()) {
      conn.Exec("ROLLBACK", "");
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace entente::store::sqlite
