// io/input.h — reading documents from files: plain text, JSON Lines, PETRARCH XML
// (io/petrarch_xml.h) or CoNLL-U (io/conllu.h).
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "entente/event.h"
#include "entente/parse.h"
#include "entente/status.h"

namespace entente::io {

// kAuto: JSON Lines for *.jsonl/*.ndjson or a first line starting with '{', PETRARCH XML for
// *.xml, CoNLL-U for *.conllu/*.conll, otherwise text.
enum class InputFormat { kAuto, kText, kJsonl, kPetrarchXml, kConllu };

// Where one input sentence lies in a document's text, and its id from the input (PETRARCH2-style
// "STORY_NN" for PETRARCH XML, `# sent_id` for CoNLL-U; "" when the input has none). Parsed
// inputs give one per sentence; their document text is the sentences joined by blank lines, so
// the coder's sentences are the input's.
struct SentenceSpan {
  uint32_t begin = 0, end = 0;
  std::string id;
};

// One problem with the input: where and what.
struct InputError {
  std::string where;   // "file:line" or "file"
  std::string doc_id;  // when known
  std::string message;
};

// Parses one JSON Lines record into *doc: {"id": str, "text": str, "date": "YYYY-MM-DD"?,
// "source": str?, "url": str?}. A missing date leaves doc->date unknown. Returns an error message,
// or "" on success.
std::string ParseJsonlRecord(std::string_view line, Document* doc);

// Streams documents from `path` ("-" = stdin) in batches of up to `batch` documents. Calls
// `on_batch` with each batch, `on_error` for each bad record (the rest of the file continues).
// `default_date` fills documents without a date. Returns non-ok only when the file cannot be read.
// When `where` is given, it holds "file:line" of each document of the batch passed to on_batch;
// when `spans` is given, the input's sentences of each document (empty for text and JSON Lines);
// when `parses` is given, each document's parsed sentences (PETRARCH XML, CoNLL-U; a sentence
// whose <Parse> is absent or malformed has no tokens), one per span, for Engine::CodeParsed.
Status ReadDocuments(const std::string& path, InputFormat format, Date default_date, size_t batch,
                     const std::function<void(std::vector<Document>&)>& on_batch,
                     const std::function<void(const InputError&)>& on_error,
                     std::vector<std::string>* where = nullptr,
                     std::vector<std::vector<SentenceSpan>>* spans = nullptr,
                     std::vector<std::vector<ParsedSentence>>* parses = nullptr);

}  // namespace entente::io
