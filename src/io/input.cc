#include "io/input.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <stdio.h>
#include <cstring>
#include <memory>
#include <simdjson.h>

#include "base/date.h"
#include "base/strings.h"
#include "io/conllu.h"
#include "io/petrarch_xml.h"
#include "text/utf8.h"

namespace entente::io {

namespace {

// Best-effort "id" of a record that does not parse, for error messages only.
std::string GuessId(std::string_view line) {
  const size_t key = line.find("\"id\"");
  if (key == std::string_view::npos) return "";
  size_t q = line.find('"', line.find(':', key + 4) + 1);
  if (q == std::string_view::npos) return "";
  const size_t end = line.find('"', q + 1);
  if (end == std::string_view::npos || end - q > 200) return "";
  return std::string(line.substr(q + 1, end - q - 1));
}

// "file:line", where a document was read.
std::string Where(const std::string& name, long long line) {
  char number[24];
  char* end = std::to_chars(number, number + sizeof number, line).ptr;
  std::string at;
  at.reserve(name.size() + 1 + static_cast<size_t>(end - number));
  at += name;
  at += ':';
  at.append(number, end);
  return at;
}

// ParseJsonlRecord on a line followed by at least simdjson::SIMDJSON_PADDING readable bytes
// (simdjson reads a little past the end of its input), which is parsed where it lies.
std::string ParsePaddedJsonlRecord(std::string_view line, Document* doc) {
  thread_local simdjson::dom::parser parser;  // (one per thread, reused)
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size(), false).get(root)) {
    // simdjson validates UTF-8 as it parses, so only a line it refuses needs the (slower) search
    // for the first invalid byte, which makes the clearer message.
    if (size_t bad = text::FindInvalidUtf8(line); bad != std::string_view::npos) {
      doc->id = GuessId(line.substr(0, bad));
      return "invalid UTF-8 at byte " + std::to_string(bad) + " of the line";
    }
    doc->id = GuessId(line);
    return "malformed JSON";
  }
  simdjson::dom::object obj;
  if (root.get(obj)) return "expected a JSON object";
  // The first value of each key we read (as obj[key] would find it), in one pass over the
  // record's fields rather than one search per key.
  enum Field { kId, kText, kSource, kUrl, kDate, kFields };
  static constexpr std::string_view kKeys[kFields] = {"id", "text", "source", "url", "date"};
  simdjson::dom::element values[kFields];
  bool found[kFields] = {};
  for (const simdjson::dom::key_value_pair field : obj) {
    for (int k = 0; k < kFields; ++k) {
      if (!found[k] && field.key == kKeys[k]) {
        values[k] = field.value;
        found[k] = true;
        break;
      }
    }
  }
  auto str_field = [&](Field k, std::string* out, bool required) -> std::string {
    const std::string_view key = kKeys[k];
    if (!found[k] || values[k].is_null()) return required ? "missing \"" + std::string(key) + "\"" : "";
    std::string_view sv;
    if (values[k].get(sv)) return "\"" + std::string(key) + "\" must be a string";
    out->assign(sv);
    return "";
  };
  if (auto e = str_field(kId, &doc->id, true); !e.empty()) return e;
  if (doc->id.empty()) return "empty \"id\"";
  if (auto e = str_field(kText, &doc->text, true); !e.empty()) return e;
  if (auto e = str_field(kSource, &doc->source, false); !e.empty()) return e;
  if (auto e = str_field(kUrl, &doc->url, false); !e.empty()) return e;
  std::string date;
  if (auto e = str_field(kDate, &date, false); !e.empty()) return e;
  if (!date.empty()) {
    auto d = base::ParseIsoDate(date.substr(0, 10));
    if (!d || (date.size() > 10 && date[10] != 'T' && date[10] != ' ')) {
      return "bad \"date\" '" + date + "' (expected YYYY-MM-DD)";
    }
    doc->date = *d;
  }
  return "";
}

}  // namespace

std::string ParseJsonlRecord(std::string_view line, Document* doc) {
  // A padded copy (one per thread, reused).
  thread_local std::string padded;
  padded.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(line.data(), line.size());
  return ParsePaddedJsonlRecord(padded, doc);
}

namespace {

struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};

// Reads lines (without '\n') of any length, NUL bytes included, into one buffer reused from line
// to line, each followed by at least simdjson::SIMDJSON_PADDING readable bytes (so a JSON Lines
// record is parsed where it lies).
class LineReader {
 public:
  explicit LineReader(FILE* f) : file_(f) {}
  ~LineReader() { std::free(buf_); }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, valid until the next call. Returns false at end of file.
  bool Next(std::string_view* line) {
    const ssize_t n = ::getline(&buf_, &cap_, file_);
    if (n < 0) return false;
    size_t len = static_cast<size_t>(n);
    if (cap_ < len + simdjson::SIMDJSON_PADDING) {  // (getline keeps using the larger buffer)
      char* bigger = static_cast<char*>(std::realloc(buf_, len + simdjson::SIMDJSON_PADDING));
      if (!bigger) return false;
      buf_ = bigger;
      cap_ = len + simdjson::SIMDJSON_PADDING;
    }
    if (len > 0 && buf_[len - 1] == '\n') --len;
    *line = std::string_view(buf_, len);
    return true;
  }

 private:
  FILE* file_;
  char* buf_ = nullptr;
  size_t cap_ = 0;
};

// Joins parsed sentences into one document text, a blank line between sentences (the coder
// always ends a sentence there), and records where each one lies.
void JoinSentences(const std::vector<ParsedSentence>& sentences, const std::vector<std::string>& ids,
                   Document* doc, std::vector<SentenceSpan>* spans) {
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!doc->text.empty()) doc->text += "\n\n";
    SentenceSpan span;
    span.begin = static_cast<uint32_t>(doc->text.size());
    doc->text += sentences[i].text;
    span.end = static_cast<uint32_t>(doc->text.size());
    span.id = i < ids.size() ? ids[i] : sentences[i].id;
    spans->push_back(std::move(span));
  }
}

InputError FromProblem(const ParseProblem& p) {
  std::string message = p.message;
  if (!p.sentence_id.empty() && p.sentence_id != p.doc_id) message = "sentence " + p.sentence_id + ": " + message;
  return InputError{p.where, p.doc_id, message};
}

}  // namespace

Status ReadDocuments(const std::string& path, InputFormat format, Date default_date, size_t batch,
                     const std::function<void(std::vector<Document>&)>& on_batch,
                     const std::function<void(const InputError&)>& on_error,
                     std::vector<std::string>* where, std::vector<std::vector<SentenceSpan>>* spans,
                     std::vector<std::vector<ParsedSentence>>* parses) {
  if (where) where->clear();
  if (spans) spans->clear();
  if (parses) parses->clear();
  std::unique_ptr<FILE, FileCloser> file(path == "-" ? stdin : std::fopen(path.c_str(), "rb"));
  if (!file) return Status(StatusCode::kNotFound, path + ": cannot open: " + std::strerror(errno));
  const std::string name = path == "-" ? "<stdin>" : path;
  LineReader reader(file.get());
  std::string_view line;
  const bool have_first = reader.Next(&line);
  const std::string first(have_first ? line : std::string_view());
  if (format == InputFormat::kAuto) {
    const bool ext_jsonl = path.size() > 6 && (path.ends_with(".jsonl") || path.ends_with(".ndjson"));
    const std::string_view t = base::Trim(first);
    if (ext_jsonl || (!t.empty() && t.front() == '{')) format = InputFormat::kJsonl;
    else if (path.ends_with(".xml")) format = InputFormat::kPetrarchXml;
    else if (path.ends_with(".conllu") || path.ends_with(".conll")) format = InputFormat::kConllu;
    else format = InputFormat::kText;
  }
  std::vector<Document> docs;
  // Hands a document to the batch; `at` is its "file:line".
  auto add = [&](Document&& d, std::string at, std::vector<SentenceSpan>&& doc_spans,
                 std::vector<ParsedSentence>&& doc_parses) {
    if (!d.date.known()) d.date = default_date;
    docs.push_back(std::move(d));
    if (where) where->push_back(std::move(at));
    if (spans) spans->push_back(std::move(doc_spans));
    if (parses) parses->push_back(std::move(doc_parses));
    if (docs.size() >= batch) {
      on_batch(docs);
      docs.clear();
      if (where) where->clear();
      if (spans) spans->clear();
      if (parses) parses->clear();
    }
  };
  if (format == InputFormat::kConllu) {
    ConlluReader conllu(
        name,
        [&](ParsedDocument& pd) {
          Document d;
          d.id = pd.id;
          d.date = pd.date;
          d.source = pd.source;
          d.url = pd.url;
          std::vector<SentenceSpan> doc_spans;
          std::vector<std::string> ids;
          for (size_t i = 0; i < pd.sentences.size(); ++i) {
            const std::string& sid = pd.sentences[i].id;
            ids.push_back(sid.empty() ? pd.id + "_" + std::to_string(i + 1) : sid);
          }
          JoinSentences(pd.sentences, ids, &d, &doc_spans);
          add(std::move(d), Where(name, pd.line), std::move(doc_spans), std::move(pd.sentences));
        },
        [&](const ParseProblem& p) { on_error(FromProblem(p)); });
    int line_no = 0;
    if (have_first) conllu.AddLine(first, ++line_no);
    while (reader.Next(&line)) conllu.AddLine(line, ++line_no);
    if (std::ferror(file.get())) return Status(StatusCode::kIoError, name + ": read error");
    conllu.Finish();
    if (!docs.empty()) on_batch(docs);
    return Status::Ok();
  }
  if (format == InputFormat::kPetrarchXml) {
    std::string data;
    if (have_first) data = first + "\n";
    while (reader.Next(&line)) {
      data += line;
      data += '\n';
    }
    if (std::ferror(file.get())) return Status(StatusCode::kIoError, name + ": read error");
    std::vector<PetrarchStory> stories;
    std::vector<ParseProblem> problems;
    ParsePetrarchXml(name, data, &stories, &problems);
    for (const ParseProblem& p : problems) on_error(FromProblem(p));
    for (PetrarchStory& story : stories) {
      Document d;
      d.id = story.id;
      d.date = story.date;
      d.source = story.source;
      std::vector<SentenceSpan> doc_spans;
      JoinSentences(story.sentences, story.sentence_ids, &d, &doc_spans);
      add(std::move(d), Where(name, story.line), std::move(doc_spans), std::move(story.sentences));
    }
    if (!docs.empty()) on_batch(docs);
    return Status::Ok();
  }
  if (format == InputFormat::kText) {
    Document d;
    d.id = name;
    d.date = default_date;
    if (have_first) d.text = first + "\n";
    while (reader.Next(&line)) {
      d.text += line;
      d.text += '\n';
    }
    if (std::ferror(file.get())) return Status(StatusCode::kIoError, name + ": read error");
    docs.push_back(std::move(d));
    if (where) where->push_back(name);
    if (spans) spans->emplace_back();
    if (parses) parses->emplace_back();
    on_batch(docs);
    return Status::Ok();
  }
  size_t line_no = 0;
  // `padded`: the line is followed by simdjson's padding (LineReader's lines are).
  auto handle = [&](std::string_view l, bool padded) {
    ++line_no;
    if (base::Trim(l).empty()) return;
    Document d;
    std::string err = padded ? ParsePaddedJsonlRecord(l, &d) : ParseJsonlRecord(l, &d);
    if (!err.empty()) {
      on_error(InputError{Where(name, line_no), d.id, err});
      return;
    }
    add(std::move(d), Where(name, line_no), {}, {});
  };
  if (have_first) handle(first, false);
  while (reader.Next(&line)) handle(line, true);
  if (std::ferror(file.get())) return Status(StatusCode::kIoError, name + ": read error");
  if (!docs.empty()) on_batch(docs);
  return Status::Ok();
}

}  // namespace entente::io
