// io/validation_xml.cc — see validation_xml.h.
#include "io/validation_xml.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

#include "base/date.h"
#include "base/strings.h"
#include "text/utf8.h"

namespace entente::io {

namespace {

// ---------------------------------------------------------------------------------------------
// A small, tolerant reader for the flat XML of validation files. It knows start tags (with
// quoted or unquoted attributes, `=` with spaces around it), end tags, empty-element tags,
// comments, CDATA, processing instructions/declarations (skipped) and the five named entities
// plus numeric ones. A `<` that does not start markup is text. There is no namespace or DTD
// support and no well-formedness check beyond what the records need.

struct Token {
  enum Kind { kStart, kEnd, kText, kEof } kind = kEof;
  std::string name;
  std::vector<std::pair<std::string, std::string>> attrs;
  bool self_closing = false;
  std::string text;
  int line = 1;  // where the token starts
};

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
}

// Replaces entities; an unknown or malformed one is kept as written.
std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const std::string_view ent = s.substr(i + 1, semi - i - 1);
    bool ok = true;
    if (ent == "amp") out.push_back('&');
    else if (ent == "lt") out.push_back('<');
    else if (ent == "gt") out.push_back('>');
    else if (ent == "quot") out.push_back('"');
    else if (ent == "apos") out.push_back('\'');
    else if (ent.size() >= 2 && ent[0] == '#') {
      const bool hex = ent[1] == 'x' || ent[1] == 'X';
      const std::string digits(ent.substr(hex ? 2 : 1));
      char* end = nullptr;
      const unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && end && *end == 0 && cp > 0 && cp <= 0x10FFFF) text::AppendUtf8(static_cast<uint32_t>(cp), &out);
      else ok = false;
    } else {
      ok = false;
    }
    if (ok) i = semi;
    else out.push_back('&');
  }
  return out;
}

class XmlScanner {
 public:
  explicit XmlScanner(const std::string& data) : d_(data) {}

  // The next token. On malformed markup returns false with *error set (the token's line is in
  // t->line); the scanner has moved past the bad markup, so calling Next() again continues.
  bool Next(Token* t, std::string* error) {
    for (;;) {
      *t = Token{};
      t->line = line_;
      if (p_ >= d_.size()) return true;  // kEof
      if (d_[p_] != '<' || p_ + 1 >= d_.size() ||
          !(IsNameChar(d_[p_ + 1]) || d_[p_ + 1] == '/' || d_[p_ + 1] == '!' || d_[p_ + 1] == '?')) {
        // Text up to the next '<' that starts markup.
        size_t q = p_ + 1;
        for (; q < d_.size(); ++q) {
          if (d_[q] == '<' && q + 1 < d_.size() &&
              (IsNameChar(d_[q + 1]) || d_[q + 1] == '/' || d_[q + 1] == '!' || d_[q + 1] == '?')) {
            break;
          }
        }
        t->kind = Token::kText;
        t->text = DecodeEntities(Take(q));
        return true;
      }
      if (StartsWith("<!--")) {
        const size_t end = d_.find("-->", p_ + 4);
        if (end == std::string::npos) {
          Take(d_.size());
          *error = "unterminated comment (no -->)";
          return false;
        }
        Take(end + 3);
        continue;
      }
      if (StartsWith("<![CDATA[")) {
        const size_t end = d_.find("]]>", p_);
        if (end == std::string::npos) {
          Take(d_.size());
          *error = "unterminated CDATA section";
          return false;
        }
        t->kind = Token::kText;
        t->text = std::string(d_.substr(p_ + 9, end - p_ - 9));
        Take(end + 3);
        return true;
      }
      if (StartsWith("<?") || StartsWith("<!")) {
        const size_t end = d_.find('>', p_);
        Take(end == std::string::npos ? d_.size() : end + 1);
        continue;
      }
      if (StartsWith("</")) {
        size_t q = p_ + 2;
        while (q < d_.size() && IsNameChar(d_[q])) ++q;
        t->name = std::string(d_.substr(p_ + 2, q - p_ - 2));
        while (q < d_.size() && std::isspace(static_cast<unsigned char>(d_[q]))) ++q;
        if (t->name.empty() || q >= d_.size() || d_[q] != '>') {
          Take(Resync(p_ + 2));
          *error = "malformed end tag </" + t->name;
          return false;
        }
        Take(q + 1);
        t->kind = Token::kEnd;
        return true;
      }
      return StartTag(t, error);
    }
  }

 private:
  bool StartsWith(std::string_view s) const { return d_.compare(p_, s.size(), s) == 0; }

  // Advances to `q`, counting lines; returns the text passed over.
  std::string_view Take(size_t q) {
    q = std::min(q, d_.size());
    const std::string_view s(d_.data() + p_, q - p_);
    line_ += static_cast<int>(std::count(s.begin(), s.end(), '\n'));
    p_ = q;
    return s;
  }

  // After malformed markup: the position of the next '<' (so that tag is read normally) or the
  // one after the next '>', whichever comes first.
  size_t Resync(size_t from) const {
    const size_t lt = d_.find('<', from), gt = d_.find('>', from);
    if (gt != std::string::npos && (lt == std::string::npos || gt < lt)) return gt + 1;
    return lt == std::string::npos ? d_.size() : lt;
  }

  bool StartTag(Token* t, std::string* error) {
    size_t q = p_ + 1;
    while (q < d_.size() && IsNameChar(d_[q])) ++q;
    t->name = std::string(d_.substr(p_ + 1, q - p_ - 1));
    auto fail = [&](const std::string& why, size_t resync_from) {
      Take(Resync(resync_from));
      *error = "malformed <" + t->name + "> tag: " + why;
      return false;
    };
    auto skip_space = [&] {
      while (q < d_.size() && std::isspace(static_cast<unsigned char>(d_[q]))) ++q;
    };
    for (;;) {
      skip_space();
      if (q >= d_.size()) return fail("unterminated at end of file", q);
      const char c = d_[q];
      if (c == '>') {
        Take(q + 1);
        t->kind = Token::kStart;
        return true;
      }
      if (c == '/' && q + 1 < d_.size() && d_[q + 1] == '>') {
        Take(q + 2);
        t->kind = Token::kStart;
        t->self_closing = true;
        return true;
      }
      if (c == '<') return fail("unterminated (no '>' before the next tag)", q);
      if (!IsNameChar(c)) return fail(std::string("unexpected character '") + c + "'", q + 1);
      const size_t name_start = q;
      while (q < d_.size() && IsNameChar(d_[q])) ++q;
      std::string name(d_.substr(name_start, q - name_start));
      skip_space();
      std::string value;
      if (q < d_.size() && d_[q] == '=') {
        ++q;
        skip_space();
        if (q >= d_.size()) return fail("unterminated at end of file", q);
        if (d_[q] == '"' || d_[q] == '\'') {
          const char quote = d_[q];
          const size_t end = d_.find(quote, q + 1);
          const size_t lt = d_.find('<', q + 1);
          if (end == std::string::npos || (lt != std::string::npos && lt < end)) {
            return fail("attribute " + name + ": unterminated quoted value", q + 1);
          }
          value = DecodeEntities(d_.substr(q + 1, end - q - 1));
          q = end + 1;
        } else {  // tolerated: an unquoted value
          const size_t start = q;
          while (q < d_.size() && !std::isspace(static_cast<unsigned char>(d_[q])) && d_[q] != '>' && d_[q] != '<' &&
                 !(d_[q] == '/' && q + 1 < d_.size() && d_[q + 1] == '>')) {
            ++q;
          }
          if (q == start) return fail("attribute " + name + " has no value", q);
          value = DecodeEntities(d_.substr(start, q - start));
        }
      }
      t->attrs.emplace_back(std::move(name), std::move(value));
    }
  }

  std::string_view d_;
  size_t p_ = 0;
  int line_ = 1;
};

std::string Attr(const Token& t, std::string_view name, bool* found = nullptr) {
  for (const auto& [k, v] : t.attrs) {
    if (base::ToLower(k) == base::ToLower(name)) {
      if (found) *found = true;
      return v;
    }
  }
  if (found) *found = false;
  return "";
}

}  // namespace

std::string NormCode(std::string_view code) {
  std::string c(base::Trim(code));
  while (c.rfind("---", 0) == 0) c.erase(0, 3);
  return c;
}

// Parses the whole file; malformed records are reported in suite->errors and left out.
void ParseValidationSuite(const std::string& path, const std::string& data, Suite* suite) {
  XmlScanner scanner(data);
  bool in_env = false, in_record = false;
  std::string env_field, env_text;
  Record rec;
  auto error = [&](int line, const std::string& why) {
    suite->errors.push_back(path + ":" + std::to_string(line) + ": " + why);
  };
  auto finish = [&](bool closed, int line) {
    in_record = false;
    if (!closed) rec.Fail(rec.line, "<Sentence> not closed before line " + std::to_string(line));
    if (rec.error.empty() && rec.in_text) rec.Fail(rec.line, "<Text> not closed");
    if (rec.error.empty() && rec.id.empty()) rec.Fail(rec.line, "<Sentence> without an id attribute");
    if (rec.error.empty()) {
      const bool digits = rec.date.size() == 8 &&
                          std::all_of(rec.date.begin(), rec.date.end(), [](char c) { return c >= '0' && c <= '9'; });
      Date d;
      if (digits) d = Date{std::stoi(rec.date.substr(0, 4)), std::stoi(rec.date.substr(4, 2)), std::stoi(rec.date.substr(6, 2))};
      if (!digits || !base::IsValid(d)) rec.Fail(rec.line, "date '" + rec.date + "' is not a valid YYYYMMDD date");
      rec.day = d;
    }
    if (rec.error.empty() && (!rec.has_text || base::Trim(rec.text).empty())) rec.Fail(rec.line, "no <Text> or empty text");
    if (rec.error.empty() && rec.noevents && !rec.expected.empty()) {
      rec.Fail(rec.line, "both noevents and expected events");
    }
    if (!rec.error.empty()) {
      ++suite->skipped;
      error(rec.error_line, "record " + (rec.id.empty() ? std::string("(no id)") : rec.id) + ": " + rec.error +
                                "; record skipped");
    } else {
      suite->records.push_back(std::move(rec));
    }
    rec = Record{};
  };
  for (;;) {
    Token t;
    std::string why;
    if (!scanner.Next(&t, &why)) {
      if (t.name == "Sentence") {  // a broken record start: skip the record up to its end
        if (in_record) finish(false, t.line);
        in_record = true;
        rec.line = t.line;
        rec.Fail(t.line, why);
      } else if (in_record) {
        rec.Fail(t.line, why);
      } else {
        error(t.line, why);
      }
      continue;
    }
    if (t.kind == Token::kEof) break;
    if (t.kind == Token::kText) {
      if (in_record && rec.in_text) rec.text += t.text;
      else if (in_record && rec.in_parse) rec.parse += t.text;
      else if (in_env && !env_field.empty()) env_text += t.text;
      continue;
    }
    const std::string name = t.name;
    if (t.kind == Token::kStart) {
      if (name == "Sentence") {
        if (in_record) finish(false, t.line);
        if (t.self_closing) {
          error(t.line, "empty <Sentence/> record; skipped");
          continue;
        }
        in_record = true;
        rec.line = t.line;
        rec.id = Attr(t, "id");
        rec.category = Attr(t, "category");
        rec.date = Attr(t, "date");
        rec.sentence_attr = Attr(t, "sentence");
        rec.source = Attr(t, "source");
      } else if (name == "Environment") {
        in_env = !t.self_closing;
        suite->has_environment = true;
      } else if (in_env && (name == "Verbfile" || name == "Actorfile" || name == "Agentfile" || name == "Discardfile")) {
        env_field = t.self_closing ? "" : name;
        env_text.clear();
      } else if (name == "Config") {
        ++suite->configs;
      } else if (name == "Stop" && !in_record) {
        suite->stopped = true;
        break;
      } else if (in_record && name == "EventCoding") {
        bool has_error = false;
        const std::string err = Attr(t, "error", &has_error);
        if (base::ToLower(base::Trim(Attr(t, "noevents"))) == "true") {
          rec.noevents = true;
        } else if (has_error && !base::Trim(err).empty()) {
          // PETRARCH rejects or discards the sentence (error="dateline", "storydiscard", ...):
          // no events are expected.
          rec.noevents = true;
          rec.error_kind = std::string(base::Trim(err));
        } else {
          bool hs = false, ht = false, he = false;
          const std::string s = Attr(t, "sourcecode", &hs), g = Attr(t, "targetcode", &ht),
                            e = Attr(t, "eventcode", &he);
          if (!hs || !ht || !he || base::Trim(e).empty()) {
            rec.Fail(t.line,
                     "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents=\"True\" or error=\"...\")");
          } else {
            rec.expected.emplace(NormCode(s), NormCode(g), std::string(base::Trim(e)));
          }
        }
      } else if (in_record && name == "Text" && !t.self_closing) {
        if (rec.has_text || rec.in_text) rec.Fail(t.line, "more than one <Text>");
        rec.in_text = true;
      } else if (in_record && name == "Parse" && !t.self_closing) {
        rec.in_parse = true;
        if (rec.parse_line == 0) rec.parse_line = t.line;
      } else if (name == "EventCoding" || name == "Text") {
        error(t.line, "<" + name + "> outside a <Sentence> record; ignored");
      }
      continue;
    }
    // End tag.
    if (name == "Sentence") {
      if (in_record) finish(true, t.line);
      else error(t.line, "</Sentence> without <Sentence>");
    } else if (name == "Environment") {
      in_env = false;
    } else if (in_env && name == env_field) {
      suite->env[env_field] = std::string(base::Trim(env_text));
      env_field.clear();
    } else if (in_record && name == "Text") {
      if (!rec.in_text) rec.Fail(t.line, "</Text> without <Text>");
      rec.in_text = false;
      rec.has_text = true;
    } else if (in_record && name == "Parse") {
      rec.in_parse = false;
    }
  }
  if (in_record) finish(false, 1 + static_cast<int>(std::count(data.begin(), data.end(), '\n')));
}

}  // namespace entente::io
