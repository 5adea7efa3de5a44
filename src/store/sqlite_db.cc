#include "store/sqlite_db.h"

namespace entente::store::sqlite {

Status ErrorStatus(sqlite3* db, int rc, const std::string& path, std::string_view doing) {
  const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string what;
  StatusCode code = StatusCode::kIoError;
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
      code = StatusCode::kCorrupt;
      what = "not an SQLite database (garbage or damaged file)";
      break;
    case SQLITE_CORRUPT:
      code = StatusCode::kCorrupt;
      what = "the database is damaged";
      break;
    case SQLITE_READONLY:
      what = "the database is read-only";
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      what = "the database is locked by another process";
      break;
    case SQLITE_CANTOPEN:
      code = StatusCode::kNotFound;
      what = "cannot open the database file";
      break;
    case SQLITE_FULL:
      what = "the disk is full";
      break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      what = "permission denied";
      break;
    default:
      what = "database error";
  }
  std::string msg = path + ": " + what;
  if (!doing.empty()) msg += " while " + std::string(doing);
  msg += " (" + detail + ")";
  return Status(code, std::move(msg));
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = ErrorStatus(db, rc, path, "opening");
    sqlite3_close_v2(db);
    return s;
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::~Connection() { sqlite3_close_v2(db_); }

Status Connection::Exec(const char* sql, std::string_view doing) {
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::Ok() : Error(rc, doing);
}

Result<Statement> Connection::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "preparing a statement");
  return Statement(stmt);
}

Status Connection::Run(Statement& s, std::string_view doing) {
  const int rc = s.Step();
  s.Reset();
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status::Ok() : Error(rc, doing);
}

}  // namespace entente::store::sqlite
