// store/sqlite_db.h — thin RAII wrappers over the SQLite C API: a connection and prepared
// statements, with SQLite errors turned into entente::Status messages that name the file.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "entente/status.h"

namespace entente::store::sqlite {

// A status for SQLite result code `rc`, "PATH: what is wrong (sqlite's message)".
// Not-a-database and corruption map to kCorrupt; read-only, locked, full, cannot-open to kIoError.
Status ErrorStatus(sqlite3* db, int rc, const std::string& path, std::string_view doing);

// A prepared statement. Text bound with BindText is NOT copied: the caller keeps it alive until
// the statement has been stepped and reset. Not thread-safe (like its connection).
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}  // NOLINT: takes ownership
  Statement(Statement&& o) noexcept : stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept {
    std::swap(stmt_, o.stmt_);
    return *this;
  }
  ~Statement() { sqlite3_finalize(stmt_); }

  Statement& Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); return *this; }
  Statement& Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); return *this; }
  Statement& BindText(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
  }
  Statement& BindNull(int i) { sqlite3_bind_null(stmt_, i); return *this; }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() { sqlite3_reset(stmt_); }

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string_view Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// One open connection. Closing happens in the destructor (uncommitted work is rolled back).
class Connection {
 public:
  // Opens `path` with sqlite3_open_v2 flags; errors name the path.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, int flags);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more statements without results.
  Status Exec(const char* sql, std::string_view doing);
  Result<Statement> Prepare(std::string_view sql);
  // Steps a statement expected to finish (SQLITE_DONE) and resets it.
  Status Run(Statement& s, std::string_view doing);
  Status Error(int rc, std::string_view doing) const { return ErrorStatus(db_, rc, path_, doing); }

  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace entente::store::sqlite
