// io/conllu.cc — see conllu.h.
#include "io/conllu.h"

#include <charconv>

#include "base/date.h"
#include "base/strings.h"
#include "text/utf8.h"

namespace entente::io {

namespace {

// A non-negative decimal integer filling all of `s` (at most 9 digits), or -1.
long ParseIndex(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  long v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 0) return -1;
  return v;
}

std::string Field(std::string_view s) { return s == "_" ? std::string() : std::string(s); }

bool NoSpaceAfter(std::string_view misc) {
  for (std::string_view item : base::SplitExact(misc, '|')) {
    if (item == "SpaceAfter=No") return true;
  }
  return false;
}

std::string Clip(std::string_view s) {
  return std::string(s.substr(0, 60)) + (s.size() > 60 ? "..." : "");
}

}  // namespace

ConlluReader::ConlluReader(std::string name, std::function<void(ParsedDocument&)> on_document,
                           std::function<void(const ParseProblem&)> on_problem)
    : name_(std::move(name)), on_document_(std::move(on_document)), on_problem_(std::move(on_problem)) {}

void ConlluReader::Problem(int line, const std::string& message) {
  on_problem_(ParseProblem{name_ + ":" + std::to_string(line), doc_.id, sent_.id, message});
}

void ConlluReader::AddLine(std::string_view line, int line_no) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (base::Trim(line).empty()) {
    if (in_sentence_) EndSentence();
    return;
  }
  std::string_view key, value;
  if (line[0] == '#') {
    const std::string_view body = base::Trim(line.substr(1));
    const size_t eq = body.find('=');
    key = base::Trim(body.substr(0, eq));
    if (eq != std::string_view::npos) value = base::Trim(body.substr(eq + 1));
    if (key == "newdoc" || key == "newdoc id") {
      if (in_sentence_) EndSentence();  // tolerated: no blank line before `# newdoc`
      EndDocument();
      saw_newdoc_ = true;
      ++docs_started_;
      doc_open_ = true;
      doc_.line = line_no;
      doc_.id = value.empty() ? name_ + "#" + std::to_string(docs_started_) : std::string(value);
      return;
    }
  }
  if (!doc_open_) {
    // Input before any `# newdoc`: one document named after the file.
    doc_open_ = true;
    doc_.id = name_;
    doc_.line = line_no;
  }
  if (line[0] == '#') {
    if (!in_sentence_ && (key == "sent_id" || key == "text")) {
      sent_.line = line_no;
      in_sentence_ = true;
    }
    if (!heads_.empty() && (key == "sent_id" || key == "text")) {
      if (error_.empty()) {
        error_ = "# " + std::string(key) + " after the word lines (missing blank line before a sentence?)";
        error_line_ = line_no;
      }
      return;
    }
    if (key == "sent_id") {
      sent_.id = std::string(value);
    } else if (key == "text") {
      sent_.text = std::string(value);
      has_text_ = !value.empty();
    } else if (key == "date") {
      auto d = base::ParseIsoDate(value);
      if (!d || value.size() != 10) {
        Problem(line_no, "bad # date '" + Clip(value) + "' (expected YYYY-MM-DD); the document date is unknown");
      } else {
        doc_.date = *d;
      }
    } else if (key == "source") {
      doc_.source = std::string(value);
    } else if (key == "url") {
      doc_.url = std::string(value);
    }
    return;
  }
  // A word line.
  if (!in_sentence_) {
    sent_.line = line_no;
    in_sentence_ = true;
  }
  if (!error_.empty()) return;  // the sentence is already rejected
  auto fail = [&](const std::string& why) {
    error_ = why;
    error_line_ = line_no;
  };
  const auto cols = base::SplitExact(line, '\t');
  if (cols.size() != 10) {
    fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    return;
  }
  const std::string_view id = cols[0];
  if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
    const long a = ParseIndex(id.substr(0, dash)), b = ParseIndex(id.substr(dash + 1));
    if (a < 1 || b < a) return fail("bad multiword token ID '" + Clip(id) + "'");
    if (a != expected_id_) {
      return fail("multiword token " + std::string(id) + " does not start at the next word (" +
                  std::to_string(expected_id_) + ")");
    }
    ranges_.push_back(Range{static_cast<int>(a), static_cast<int>(b), std::string(cols[1]), std::string(cols[9])});
    if (cols[1].empty()) return fail("empty FORM");
    return;
  }
  if (id.find('.') != std::string_view::npos) {
    const size_t dot = id.find('.');
    if (ParseIndex(id.substr(0, dot)) < 0 || ParseIndex(id.substr(dot + 1)) < 1) {
      return fail("bad empty-node ID '" + Clip(id) + "'");
    }
    return;  // empty nodes (enhanced dependencies) carry no surface text
  }
  const long n = ParseIndex(id);
  if (n < 1) return fail("bad ID '" + Clip(id) + "' (expected N, N-M or N.M)");
  if (n != expected_id_) {
    return fail("word ID " + std::to_string(n) + " out of order (expected " + std::to_string(expected_id_) + ")");
  }
  if (cols[1].empty()) return fail("empty FORM");
  long head = -1;
  if (cols[6] != "_") {
    head = ParseIndex(cols[6]);
    if (head < 0) return fail("HEAD '" + Clip(cols[6]) + "' is not a word index");
    if (head == n) return fail("word " + std::to_string(n) + " is its own head");
  }
  ++expected_id_;
  ++tokens_read_;
  ParsedToken t;
  t.form = std::string(cols[1]);
  t.lemma = Field(cols[2]);
  if (cols[2] == "_" && cols[1] == "_") t.lemma = "_";
  t.upos = Field(cols[3]);
  t.xpos = Field(cols[4]);
  t.feats = Field(cols[5]);
  t.deprel = Field(cols[7]);
  sent_.tokens.push_back(std::move(t));
  heads_.push_back(head);
  misc_.emplace_back(cols[9]);
}

void ConlluReader::EndSentence() {
  const int words = static_cast<int>(sent_.tokens.size());
  if (error_.empty()) {
    if (words == 0) {
      error_ = "a sentence without word lines";
      error_line_ = sent_.line;
    } else {
      for (int i = 0; i < words && error_.empty(); ++i) {
        if (heads_[i] > words) {
          error_ = "word " + std::to_string(i + 1) + " has HEAD " + std::to_string(heads_[i]) + " but the sentence has " +
                   std::to_string(words) + " words";
          error_line_ = sent_.line;
        }
      }
      for (const Range& r : ranges_) {
        if (r.last > words && error_.empty()) {
          error_ = "multiword token " + std::to_string(r.first) + "-" + std::to_string(r.last) + " goes past the last word";
          error_line_ = sent_.line;
        }
      }
    }
  }
  // Surface tokens: a multiword token's form stands for its words.
  std::vector<ParsedToken> surface;
  std::vector<int> surface_of(words, -1);
  const bool malformed = !error_.empty();
  if (malformed) {
    Problem(error_line_, error_ + "; sentence skipped");
  } else {
    std::vector<bool> no_space;
    size_t r = 0;
    for (int i = 0; i < words;) {
      ParsedToken s;
      if (r < ranges_.size() && ranges_[r].first == i + 1) {
        s.form = ranges_[r].form;
        no_space.push_back(NoSpaceAfter(ranges_[r].misc));
        for (int k = i; k < ranges_[r].last; ++k) surface_of[k] = static_cast<int>(surface.size());
        i = ranges_[r].last;
        ++r;
      } else {
        s.form = sent_.tokens[i].form;
        no_space.push_back(NoSpaceAfter(misc_[i]));
        surface_of[i] = static_cast<int>(surface.size());
        ++i;
      }
      surface.push_back(std::move(s));
    }
    if (!has_text_) {
      sent_.text.clear();
      for (size_t k = 0; k < surface.size(); ++k) {
        sent_.text += surface[k].form;
        if (!no_space[k] && k + 1 < surface.size()) sent_.text += ' ';
      }
    }
    sent_.text = base::CollapseWhitespace(sent_.text);
    std::string nfc;
    if (text::FindInvalidUtf8(sent_.text) != std::string::npos) {
      error_ = "invalid UTF-8 in the sentence text";
    } else if (!text::IsAscii(sent_.text)) {
      // The coder works on NFC text; normalising here keeps the token offsets valid for it.
      if (!text::NormalizeNfc(sent_.text, &nfc)) error_ = "sentence text refused by Unicode normalisation";
      else sent_.text = std::move(nfc);
    }
  }
  if (malformed) {
    // reported above
  } else if (!error_.empty()) {
    Problem(sent_.line, error_ + "; sentence skipped");
  } else {
    AlignTokens(sent_.text, &surface);
    for (int i = 0; i < words; ++i) {
      ParsedToken& t = sent_.tokens[i];
      const ParsedToken& s = surface[surface_of[i]];
      t.aligned = s.aligned;
      t.begin = s.begin;
      t.end = s.end;
      if (t.aligned) ++tokens_aligned_;
      t.head = heads_[i] > 0 ? static_cast<int>(heads_[i] - 1) : -1;
    }
    ++sentences_read_;
    doc_.sentences.push_back(std::move(sent_));
  }
  sent_ = ParsedSentence{};
  in_sentence_ = has_text_ = false;
  error_.clear();
  error_line_ = 0;
  expected_id_ = 1;
  ranges_.clear();
  misc_.clear();
  heads_.clear();
}

void ConlluReader::EndDocument() {
  if (doc_open_ && !doc_.sentences.empty()) on_document_(doc_);
  doc_ = ParsedDocument{};
  doc_open_ = false;
}

void ConlluReader::Finish() {
  if (in_sentence_) EndSentence();
  EndDocument();
}

void ParseConllu(const std::string& name, std::string_view data, int first_line,
                 std::vector<ParsedDocument>* docs, std::vector<ParseProblem>* problems) {
  ConlluReader reader(
      name, [&](ParsedDocument& d) { docs->push_back(std::move(d)); },
      [&](const ParseProblem& p) { problems->push_back(p); });
  int line_no = first_line;
  while (!data.empty()) {
    const size_t nl = data.find('\n');
    reader.AddLine(data.substr(0, nl), line_no++);
    if (nl == std::string_view::npos) break;
    data.remove_prefix(nl + 1);
  }
  reader.Finish();
}

}  // namespace entente::io
