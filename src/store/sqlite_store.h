// store/sqlite_store.h — the SQLite adapter of EventStore (one database file, WAL mode).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "store/store.h"

namespace entente::store {

// The schema version this build writes; databases with a higher version are refused.
int SqliteSchemaVersion();

struct SqliteOptions {
  // Open without writing: the file must exist and already have the current schema.
  bool read_only = false;
  // How long to wait for another writer's lock before failing with "database is locked".
  int busy_timeout_ms = 5000;
  // Test hook: called inside each Ingest transaction just before COMMIT. A non-ok status rolls
  // the transaction back and is returned (used to simulate a crash or a failing disk).
  std::function<Status()> before_commit;
};

// Opens (and, unless read_only, creates and migrates) the SQLite event store at `path`.
// Errors name the path and say what is wrong: cannot open, read-only, locked, not a database
// (garbage or damaged file), or a schema version newer than this build knows.
// The returned store is not thread-safe; use one per thread.
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const SqliteOptions& options = {});

}  // namespace entente::store
