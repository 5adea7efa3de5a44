// entente/status.h — error reporting used across the public API.
//
// Library code never prints or exits: every fallible call returns a Status (or Result<T>), and
// only the command-line front end turns them into messages and exit codes.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace entente {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something malformed (bad date, bad option value)
  kParseError,       // input text/dictionary/JSON could not be read; message says where
  kNotFound,         // a file or entry does not exist
  kIoError,          // the operating system refused a read or write
  kCorrupt,          // a binary file (cache, database) is damaged or of another version
  kInternal,         // a bug: an invariant did not hold
};

// A success or an error with a human-readable message ("file:line: what was wrong").
// Cheap to copy on success. Thread-compatible.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status. Access value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}   // NOLINT: must not be ok
  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace entente
