// lexicon/tsv.h — reads our tab-separated dictionary files with exact headers and line numbers.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::lexicon {

struct TsvRow {
  int line = 0;                          // 1-based line number in the file
  std::vector<std::string_view> cells;   // exactly the header's number of cells
};

// Reads `path`, checks the header equals `columns`, and calls `row` for every well-formed data
// line. Malformed lines are appended to *warnings as "path:line: reason" and skipped.
// Returns non-ok only when the file cannot be read or its header is wrong. `content` receives
// the file bytes (callers hash them); the string_views in rows point into it.
Status ReadTsv(const std::string& path, const std::vector<std::string>& columns,
               std::string* content, std::vector<std::string>* warnings,
               const std::function<void(const TsvRow&)>& row);

// Reads a whole file. Returns kNotFound / kIoError with the path in the message.
Status ReadFile(const std::string& path, std::string* out);

// The error ReadFile returns for a file that could not be opened (from errno as the failed open
// left it), for readers that open files themselves.
Status CannotOpen(const std::string& path);

}  // namespace entente::lexicon
