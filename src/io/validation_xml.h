// io/validation_xml.h — reading PETRARCH-style validation files (flat XML: <Environment>,
// <Sentence> records with <Text> and expected <EventCoding>s). The rules are in
// docs/VALIDATION.md; `entente validate` (cli/validate_cmd.cc) scores the records.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "entente/event.h"

namespace entente::io {

// ---------------------------------------------------------------------------------------------
// Records.

// One (source, target, event code) triple, codes normalised (NormCode).
using Triple = std::tuple<std::string, std::string, std::string>;

// Actor codes are compared in full after dropping PETRARCH's "---" (unknown country) prefix, so
// "---GOV" equals Entente's "GOV" and "---" equals no actor.
std::string NormCode(std::string_view code);

// One <Sentence> record. `in_text`, `in_parse` are parser state.
struct Record {
  std::string id, category, date, sentence_attr, source;  // attributes as written
  Date day;  // `date` parsed (valid in every record kept)
  int line = 0;
  std::string text;
  std::string parse;   // the text of <Parse> (Penn tree or CoNLL-U), entities decoded
  int parse_line = 0;  // line of <Parse>
  bool has_text = false, in_text = false, in_parse = false;
  bool noevents = false;
  std::string error_kind;  // from <EventCoding error="...">
  std::set<Triple> expected;
  std::string error;  // first problem; the record is then skipped
  int error_line = 0;
  void Fail(int at, const std::string& why) {
    if (error.empty()) {
      error = why;
      error_line = at;
    }
  }
};

struct Suite {
  std::map<std::string, std::string> env;  // Verbfile/Actorfile/Agentfile/Discardfile -> name
  bool has_environment = false;
  std::vector<Record> records;  // well-formed records, in file order
  std::vector<std::string> errors;
  size_t configs = 0;
  size_t skipped = 0;  // malformed records
  bool stopped = false;
};

// Parses the whole of `data` (read from `path`, used in messages). Never fails as a whole:
// malformed records are reported in suite->errors ("path:line: reason") and left out of
// suite->records. Safe on any bytes.
void ParseValidationSuite(const std::string& path, const std::string& data, Suite* suite);

}  // namespace entente::io
