// store/open.h — opens the event store named on the command line: a PostgreSQL URI
// (`postgresql://…`, `postgres://…`) selects the PostgreSQL adapter, anything else is an SQLite
// file path. Both adapters implement the same EventStore contract (docs/STORE.md).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "entente/status.h"
#include "store/store.h"

namespace entente::store {

struct OpenOptions {
  // Open without writing: the store must exist and already have the current schema.
  bool read_only = false;
  // Test hook: called inside each Ingest transaction just before COMMIT. A non-ok status rolls
  // the transaction back and is returned (used to simulate a crash or a failing disk).
  std::function<Status()> before_commit;
};

// Whether `db` is a PostgreSQL connection URI (starts with postgresql:// or postgres://).
bool IsPostgresUri(std::string_view db);

// `db` with any password removed (user:secret@host → user@host, password=… dropped): safe to print.
std::string RedactedDbName(std::string_view db);

// Opens (and, unless read_only, creates and migrates) the store `db`: OpenPostgresStore for a
// PostgreSQL URI, else OpenSqliteStore. Errors name the file or the server (never a password).
Result<std::unique_ptr<EventStore>> OpenStore(const std::string& db, const OpenOptions& options = {});

}  // namespace entente::store
