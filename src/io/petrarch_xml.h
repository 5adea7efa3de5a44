// io/petrarch_xml.h — reading PETRARCH input files: <Sentences><Sentence id="..." date="YYYYMMDD"
// source="..." sentence="true"><Text>...</Text><Parse>...</Parse></Sentence>...</Sentences>.
//
// The same tolerant XML reader as validation files (io/validation_xml.h), so a validation file is
// also a valid input. Sentences are grouped into stories as PETRARCH2 does: with sentence="true"
// (or no `sentence` attribute) an id "STORY-NN" is sentence NN of story STORY; an id without '-',
// or sentence="false" (the text is a whole story), is a story of its own. <Parse> may hold a Penn
// Treebank bracketing or CoNLL-U lines; it is checked and kept in ParsedSentence. Format and what
// the coder does with the parse: docs/FORMATS.md.
#pragma once

#include <string>
#include <vector>

#include "entente/event.h"
#include "io/conllu.h"
#include "io/parsed.h"

namespace entente::io {

struct PetrarchStory {
  std::string id;      // story id
  Date date;           // from the first sentence's `date`
  std::string source;  // `source` attribute of the first sentence
  int line = 0;        // line of the first sentence
  std::vector<ParsedSentence> sentences;  // in file order; ParsedSentence::id is the record id
  std::vector<std::string> sentence_ids;  // PETRARCH2's output ids, "STORY_NN" (or the record id)
};

struct PetrarchStats {
  size_t records = 0, parses = 0, penn_trees = 0, conllu_parses = 0, bad_parses = 0;
  size_t tokens = 0, tokens_aligned = 0;  // of the parses read
};

// Parses the whole of `data` (read from `path`, used in messages). Malformed records (no id, bad
// date, no text, invalid UTF-8, broken markup) are reported in *problems and left out; a malformed
// <Parse> is reported and dropped while its sentence is kept (coded from its text). Stories are
// in order of first appearance. Never fails as a whole; safe on any bytes.
void ParsePetrarchXml(const std::string& path, const std::string& data, std::vector<PetrarchStory>* stories,
                      std::vector<ParseProblem>* problems, PetrarchStats* stats = nullptr);

// Reads one <Parse> body into out->tokens (and constituents for a Penn tree) and aligns the
// tokens with out->text. A body whose first non-blank character is '(' is a Penn tree, anything
// else CoNLL-U (`first_line`: the file line of its first line, for messages). Returns "" or what
// was wrong; `*conllu` tells which reader ran.
std::string ReadParse(const std::string& path, const std::string& body, int first_line, ParsedSentence* out,
                      bool* conllu);

}  // namespace entente::io
