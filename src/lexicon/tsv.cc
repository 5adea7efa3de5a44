#include "lexicon/tsv.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/strings.h"

namespace entente::lexicon {

Status CannotOpen(const std::string& path) {
  return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                path + ": cannot open: " + std::strerror(errno));
}

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return CannotOpen(path);
  // Room for the whole file first, then one read into it: copied through a string stream, the
  // bytes were copied again each time its buffer grew. (What follows the expected size, and
  // everything of a file whose size is unknown, is read on in blocks.)
  std::error_code ec;
  const uintmax_t expected = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
  out->resize(ec ? 0 : static_cast<size_t>(expected));
  std::streambuf* buf = in.rdbuf();
  if (!out->empty()) out->resize(static_cast<size_t>(buf->sgetn(out->data(), static_cast<std::streamsize>(out->size()))));
  char block[1 << 16];
  while (true) {
    const std::streamsize n = buf->sgetn(block, sizeof block);
    if (n <= 0) break;
    out->append(block, static_cast<size_t>(n));
  }
  if (in.bad()) return Status(StatusCode::kIoError, path + ": read error");
  return Status::Ok();
}

Status ReadTsv(const std::string& path, const std::vector<std::string>& columns,
               std::string* content, std::vector<std::string>* warnings,
               const std::function<void(const TsvRow&)>& row) {
  if (Status s = ReadFile(path, content); !s.ok()) return s;
  std::string_view text(*content);
  bool header_seen = false;
  int line_no = 0;
  size_t pos = 0;
  TsvRow r;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (base::Trim(line).empty() || line[0] == '#') continue;
    auto cells = base::SplitExact(line, '\t');
    if (!header_seen) {
      bool same = cells.size() == columns.size();
      for (size_t i = 0; same && i < cells.size(); ++i) same = base::Trim(cells[i]) == columns[i];
      if (!same) {
        std::string expected;
        for (const auto& c : columns) expected += (expected.empty() ? "" : "\\t") + c;
        return Status(StatusCode::kParseError, path + ":" + std::to_string(line_no) +
                                                   ": expected header '" + expected + "'");
      }
      header_seen = true;
      continue;
    }
    if (cells.size() != columns.size()) {
      warnings->push_back(path + ":" + std::to_string(line_no) + ": expected " +
                          std::to_string(columns.size()) + " tab-separated columns, found " +
                          std::to_string(cells.size()));
      continue;
    }
    for (auto& c : cells) c = base::Trim(c);
    r.line = line_no;
    r.cells = std::move(cells);
    row(r);
  }
  if (!header_seen) {
    return Status(StatusCode::kParseError, path + ": empty file (no header line)");
  }
  return Status::Ok();
}

}  // namespace entente::lexicon
