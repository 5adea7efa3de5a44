// io/tabari_validation.cc — TABARI validation file reader (see tabari_validation.h).
#include "io/tabari_validation.h"

#include <algorithm>

#include "base/date.h"
#include "base/strings.h"

namespace entente::io {
namespace {

// "YYMMDD ID ..." or "YYYYMMDD ID ...": the number of date digits, or 0.
size_t HeaderDigits(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && base::IsAsciiDigit(line[n])) ++n;
  if (n != 6 && n != 8) return 0;
  size_t k = n;
  if (k >= line.size() || !base::IsAsciiBlank(line[k])) return 0;
  while (k < line.size() && base::IsAsciiBlank(line[k])) ++k;
  return k < line.size() ? n : 0;
}

bool HasInnerSpace(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return base::IsAsciiBlank(c) || c == '\n'; });
}

struct Pending {
  TabariRecord rec;
  std::string comment;  // the comment block's text (without /* and */)
  int comment_line = 0;
  std::string error;
  int error_line = 0;
  std::string note;  // a problem that does not stop the record
  int note_line = 0;
  void Fail(int line, const std::string& why) {
    if (error.empty()) {
      error = why;
      error_line = line;
    }
  }
};

// Reads the "{...}" entries of a record's comment block.
void ParseExpectations(Pending* p) {
  const std::string& c = p->comment;
  int line = p->comment_line;
  size_t i = 0;
  while (i < c.size()) {
    if (c[i] == '\n') {
      ++line;
      ++i;
      continue;
    }
    if (c[i] != '{') {
      ++i;
      continue;
    }
    const bool disabled = i > 0 && c[i - 1] == '-';
    const size_t close = c.find('}', i + 1);
    const size_t next_open = c.find('{', i + 1);
    if (close == std::string::npos && next_open == std::string::npos &&
        base::Trim(std::string_view(c).substr(i + 1)).rfind("OPTION", 0) == 0) {
      // "{ OPTION: SET: MINIMUM WORDS = 4  */": TABARI reads the setting to the end of the block.
      const std::string_view rest = base::Trim(std::string_view(c).substr(i + 1));
      std::string opt(base::Trim(rest.substr(6)));
      if (!opt.empty() && opt.front() == ':') opt = std::string(base::Trim(std::string_view(opt).substr(1)));
      p->rec.options.push_back(opt);
      p->note = "'{ OPTION:' without '}'; read to the end of the comment block";
      p->note_line = line;
      return;
    }
    if (close == std::string::npos || (next_open != std::string::npos && next_open < close)) {
      p->Fail(line, "'{' without '}' in the comment block");
      return;
    }
    const std::string_view inner = base::Trim(std::string_view(c).substr(i + 1, close - i - 1));
    const int at = line;
    line += static_cast<int>(std::count(c.begin() + static_cast<std::ptrdiff_t>(i), c.begin() + static_cast<std::ptrdiff_t>(close), '\n'));
    i = close + 1;
    if (disabled) {
      ++p->rec.disabled;
      continue;
    }
    if (inner.empty()) continue;  // "{}" in prose
    if (inner.rfind("OPTION", 0) == 0) {
      std::string opt(base::Trim(inner.substr(6)));
      if (!opt.empty() && opt.front() == ':') opt = std::string(base::Trim(std::string_view(opt).substr(1)));
      p->rec.options.push_back(opt);
      continue;
    }
    if (inner == "---" || inner == "+++" || inner == "###") {
      p->rec.no_event.emplace_back(inner);
      continue;
    }
    const auto parts = base::SplitExact(inner, '/');
    if (parts.size() != 3) {
      p->Fail(at, "expected '{ SOURCE / TARGET / CODE }', '{---}', '{+++}', '{###}' or '{ OPTION: ... }', got '{" +
                      std::string(inner) + "}'");
      return;
    }
    std::string f[3];
    for (int k = 0; k < 3; ++k) {
      const std::string_view v = base::Trim(parts[k]);
      if (v.empty() || HasInnerSpace(v)) {
        p->Fail(at, "malformed event '{" + std::string(inner) + "}' (each of SOURCE / TARGET / CODE is one word)");
        return;
      }
      f[k] = std::string(v);
    }
    p->rec.expected.emplace(f[0], f[1], f[2]);
  }
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  return base::ToLower(hay).find(needle) != std::string::npos;
}

}  // namespace

bool LooksLikeTabariValidation(std::string_view data) {
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    const std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (base::Trim(line).empty() || line.front() == '#') continue;
    return HeaderDigits(line) != 0 && data.find("/*") != std::string_view::npos;
  }
  return false;
}

void ParseTabariValidation(const std::string& path, std::string_view data, TabariSuite* suite) {
  Pending cur;
  bool have = false;
  enum class State { kText, kComment, kAfter } state = State::kText;
  auto finish = [&]() {
    if (!have) return;
    have = false;
    if (state == State::kComment) cur.Fail(cur.comment_line, "comment block '/*' not closed by '*/'");
    if (cur.error.empty()) ParseExpectations(&cur);
    while (!cur.rec.text.empty() && (cur.rec.text.back() == '\n' || base::IsAsciiBlank(cur.rec.text.back()))) {
      cur.rec.text.pop_back();
    }
    if (cur.error.empty() && base::Trim(cur.rec.text).empty()) cur.Fail(cur.rec.line, "record without text");
    // The suite's first record announces that coding runs "until it hits a record that says
    // 'end of the standard validation records'"; that record has no comment block.
    cur.rec.end_of_suite =
        !cur.rec.has_comment && ContainsNoCase(cur.rec.text, "end of the standard validation records");
    if (!cur.error.empty()) {
      suite->errors.push_back(path + ":" + std::to_string(cur.error_line) + ": record " + cur.rec.id + ": " +
                              cur.error + "; record skipped");
      ++suite->skipped;
      return;
    }
    if (!cur.note.empty()) {
      suite->notes.push_back(path + ":" + std::to_string(cur.note_line) + ": record " + cur.rec.id + ": " + cur.note);
    }
    suite->records.push_back(std::move(cur.rec));
  };
  base::ForEachLine(data, [&](int line_no, std::string_view line) {
    if (state == State::kComment) {
      const size_t end = line.find("*/");
      cur.comment.append(line.substr(0, end));
      if (end == std::string_view::npos) {
        cur.comment.push_back('\n');
      } else {
        state = State::kAfter;
        cur.rec.has_comment = true;
      }
      return;
    }
    if (const size_t digits = HeaderDigits(line)) {
      finish();
      cur = Pending{};
      have = true;
      state = State::kText;
      cur.rec.line = line_no;
      cur.rec.date = std::string(line.substr(0, digits));
      // Skip the same blanks HeaderDigits does (base::Trim keeps '\v' and '\f', which would
      // leave the id empty).
      std::string_view rest = line.substr(digits);
      while (!rest.empty() && base::IsAsciiBlank(rest.front())) rest.remove_prefix(1);
      size_t sp = 0;
      while (sp < rest.size() && !base::IsAsciiBlank(rest[sp])) ++sp;
      cur.rec.id = std::string(rest.substr(0, sp));
      if (!base::ParseCompactDate(cur.rec.date, &cur.rec.day)) cur.Fail(line_no, "invalid date '" + cur.rec.date + "'");
      return;
    }
    if (!have || state == State::kAfter) return;
    if (!line.empty() && line.front() == '#') return;  // separator blocks
    if (const size_t open = line.find("/*"); open != std::string_view::npos) {
      cur.rec.text.append(line.substr(0, open));
      cur.rec.text.push_back('\n');
      state = State::kComment;
      cur.comment_line = line_no;
      const std::string_view after = line.substr(open + 2);
      const size_t end = after.find("*/");
      cur.comment.append(after.substr(0, end));
      if (end == std::string_view::npos) {
        cur.comment.push_back('\n');
      } else {
        state = State::kAfter;
        cur.rec.has_comment = true;
      }
      return;
    }
    cur.rec.text.append(line);
    cur.rec.text.push_back('\n');
  });
  finish();
}

}  // namespace entente::io
