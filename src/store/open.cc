#include "store/open.h"

#include "store/pg_store.h"
#include "store/sqlite_store.h"

namespace entente::store {

bool IsPostgresUri(std::string_view db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

std::string RedactedDbName(std::string_view db) {
  if (!IsPostgresUri(db)) return std::string(db);
  std::string out(db);
  // user:password@host → user@host (the userinfo ends at the last '@' of the authority).
  const size_t start = out.find("://") + 3;
  const size_t authority_end = std::min(out.find_first_of("/?", start), out.size());
  const size_t at = out.rfind('@', authority_end == 0 ? 0 : authority_end - 1);
  if (at != std::string::npos && at >= start) {
    const size_t colon = out.find(':', start);
    if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
  }
  // password=… in the query string.
  for (size_t q = out.find('?'); q != std::string::npos;) {
    const size_t key = out.find("password=", q);
    if (key == std::string::npos) break;
    if (out[key - 1] != '?' && out[key - 1] != '&') {
      q = key + 1;
      continue;
    }
    size_t end = out.find('&', key);
    if (end == std::string::npos) {
      out.erase(key - 1);  // with its '?' or '&'
    } else {
      out.erase(key, end + 1 - key);
    }
    q = key - 1;
  }
  return out;
}

Result<std::unique_ptr<EventStore>> OpenStore(const std::string& db, const OpenOptions& options) {
  if (IsPostgresUri(db)) return OpenPostgresStore(db, options);
  SqliteOptions sqlite;
  sqlite.read_only = options.read_only;
  sqlite.before_commit = options.before_commit;
  return OpenSqliteStore(db, sqlite);
}

}  // namespace entente::store
