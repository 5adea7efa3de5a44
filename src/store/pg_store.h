// store/pg_store.h — the PostgreSQL adapter of EventStore (libpq), for a store shared by a team.
//
// The tables live in the connection's current schema (the first one of search_path), so one
// database can hold several stores: `postgresql://host/db?options=-csearch_path%3Dnews`.
// Same contract as the SQLite adapter (docs/STORE.md): one transaction per Ingest batch,
// idempotent re-ingest, the same deduplication rule, a versioned schema (meta.schema_version)
// migrated on open and refused when newer than this build.
#pragma once

#include <memory>
#include <string>

#include "store/open.h"
#include "store/store.h"

namespace entente::store {

// The schema version this build writes; stores with a higher version are refused.
int PostgresSchemaVersion();

// Connects to `uri` (a libpq connection URI or key=value string; PG* environment variables and
// ~/.pgpass apply as usual) and opens the store in its current schema, creating or migrating
// the tables unless options.read_only. Errors name the server (the URI without its password) and
// say what is wrong: cannot connect, no schema to create tables in, not an event store, a newer
// schema. Writers serialise on an advisory lock per schema, so concurrent ingests are safe.
// The returned store is not thread-safe; use one per thread.
Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& uri, const OpenOptions& options = {});

}  // namespace entente::store
