// io/tabari_validation.h — reading TABARI validation files (Validate.text): records of a header
// line "YYMMDD ID [more]", the text, and a comment block "/* ... */" whose "{ SRC / TGT / CODE }"
// entries are the events TABARI must code. The rules are in docs/VALIDATION.md (section
// "TABARI suites"); `entente validate` (cli/validate_tabari.cc) scores the records.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "entente/event.h"

namespace entente::io {

struct TabariRecord {
  std::string date;   // as written (YYMMDD or YYYYMMDD)
  Date day;           // `date` parsed; valid in every record kept
  std::string id;     // second field of the header ("DEMO-01")
  int line = 0;       // header line
  std::string text;   // the record text, lines joined with '\n'
  bool has_comment = false;
  // Expected events, codes as written ("---" kept), from "{ SRC / TGT / CODE }".
  std::set<std::tuple<std::string, std::string, std::string>> expected;
  // Markers for "no event": "---" (nothing coded), "###" (discarded), "+++" (complex, not coded).
  std::vector<std::string> no_event;
  std::vector<std::string> options;  // "{ OPTION: ... }" contents: settings for later records
  size_t disabled = 0;               // "-{ ... }" entries (switched off by the suite's authors)
  // The record that ends the standard records: no comment block, and its text says "end of the
  // standard validation records" (what the suite's first record announces).
  bool end_of_suite = false;

  // Scored: it states what must (or must not) be coded.
  bool checked() const { return !expected.empty() || !no_event.empty(); }
};

struct TabariSuite {
  std::vector<TabariRecord> records;  // well-formed records, in file order
  std::vector<std::string> errors;    // "path:line: reason" (one per skipped record)
  std::vector<std::string> notes;     // "path:line: reason" for problems read past (an unclosed
                                      // "{ OPTION: ... */" is read to the end of its block)
  size_t skipped = 0;                 // malformed records left out
};

// Parses the whole of `data` (read from `path`, used in messages). Never fails as a whole:
// malformed records are reported in suite->errors and left out of suite->records. Safe on any
// bytes.
void ParseTabariValidation(const std::string& path, std::string_view data, TabariSuite* suite);

// Whether `data` looks like a TABARI validation file: its first line that is not blank or a
// '#' comment is a record header "YYMMDD ID", and it holds a "/*" comment block.
bool LooksLikeTabariValidation(std::string_view data);

}  // namespace entente::io
