// io/conllu.h — reading CoNLL-U (Universal Dependencies) files from any UD parser (UDPipe,
// Stanza, spaCy exports) into documents of parsed sentences.
//
// Documents start at `# newdoc` (`# newdoc id = X`); without any, the whole input is one
// document. Sentences end at a blank line; `# sent_id = ...` and `# text = ...` give their id and
// text (without `# text`, the text is rebuilt from the word forms and SpaceAfter=No). Entente
// also reads `# date = YYYY-MM-DD`, `# source = ...` and `# url = ...` as document metadata
// (before or inside the document's first sentence). Format and rules: docs/FORMATS.md.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/event.h"
#include "io/parsed.h"

namespace entente::io {

struct ParsedDocument {
  std::string id;             // `# newdoc id`, else "<file>#N" (N-th document), else the file name
  Date date;                  // unknown unless the input says
  std::string source, url;
  int line = 0;               // where the document starts
  std::vector<ParsedSentence> sentences;  // well-formed sentences only, in input order
};

// One problem: "file:line", the document and sentence ids when known, and what was wrong.
struct ParseProblem {
  std::string where, doc_id, sentence_id, message;
};

// A streaming CoNLL-U reader: feed it lines (without the newline), then Finish(). It calls
// `on_document` with each finished document that has at least one well-formed sentence and
// `on_problem` for each malformed sentence (which is then left out; the rest of the document is
// kept) or bad metadata. Never throws; safe on any bytes. Not thread-safe.
//
// A sentence is malformed when a word line does not have 10 tab-separated columns, an ID is not
// N, N-M or N.M, word IDs are not 1, 2, 3, ... in order, a HEAD is not an integer within the
// sentence (or "_" on a multiword-token or empty-node line), FORM is empty, or it has no words.
class ConlluReader {
 public:
  ConlluReader(std::string name, std::function<void(ParsedDocument&)> on_document,
               std::function<void(const ParseProblem&)> on_problem);

  // `line_no` is 1-based in the file (for messages). A trailing '\r' is ignored.
  void AddLine(std::string_view line, int line_no);
  // Ends the last sentence and document.
  void Finish();

  size_t sentences_read() const { return sentences_read_; }
  size_t tokens_read() const { return tokens_read_; }
  size_t tokens_aligned() const { return tokens_aligned_; }

 private:
  void EndSentence();
  void EndDocument();
  void Problem(int line, const std::string& message);

  std::string name_;
  std::function<void(ParsedDocument&)> on_document_;
  std::function<void(const ParseProblem&)> on_problem_;

  ParsedDocument doc_;
  bool doc_open_ = false;
  int docs_started_ = 0;
  bool saw_newdoc_ = false;

  // The sentence being read.
  ParsedSentence sent_;
  bool in_sentence_ = false;  // a comment or word line has been seen since the last blank line
  bool has_text_ = false;
  std::string error_;
  int error_line_ = 0;
  int expected_id_ = 1;
  struct Range {
    int first = 0, last = 0;
    std::string form, misc;
  };
  std::vector<Range> ranges_;              // multiword tokens of the sentence
  std::vector<std::string> misc_;          // MISC of each word
  std::vector<long> heads_;                // raw HEAD of each word (-1 for "_")

  size_t sentences_read_ = 0, tokens_read_ = 0, tokens_aligned_ = 0;
};

// Parses a whole CoNLL-U text (e.g. one record's <Parse> in a validation file). `first_line` is
// the file line of data's first line. Appends documents and problems.
void ParseConllu(const std::string& name, std::string_view data, int first_line,
                 std::vector<ParsedDocument>* docs, std::vector<ParseProblem>* problems);

}  // namespace entente::io
