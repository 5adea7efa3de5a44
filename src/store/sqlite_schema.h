// store/sqlite_schema.h — the SQLite schema as an ordered list of migrations, and the version
// check done when a database is opened. The schema is described in docs/STORE.md.
#pragma once

#include "entente/status.h"
#include "store/sqlite_db.h"

namespace entente::store::sqlite {

// The newest schema version (the number of migrations).
int CurrentSchemaVersion();

// Checks that `conn` is an Entente event store this build can use and, unless read_only,
// creates or migrates it to the current version (each migration in its own transaction).
// Refuses, with the path and the reason: files that are not SQLite databases, SQLite databases
// that are not event stores, versions newer than this build and (read-only) older versions.
Status PrepareSchema(Connection& conn, bool read_only);

}  // namespace entente::store::sqlite
