// entente/parse.h — what an external parser says about a sentence: tokens with byte offsets,
// CoNLL-U lemma/UPOS/head/deprel, and Penn Treebank constituents. Filled by the readers
// (io/conllu.h, io/petrarch_xml.h) and passed to Engine::CodeParsed, which uses it to attach
// each predicate's source and target (docs/FORMATS.md, "Parsed input"). Plain value types.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace entente {

// One token (a CoNLL-U syntactic word or a Penn tree leaf).
struct ParsedToken {
  std::string form;              // as written in the parse (Penn escapes such as -LRB- kept)
  std::string lemma, upos, xpos, feats, deprel;  // "" when the parse does not say
  int head = -1;                 // index in ParsedSentence::tokens of the head; -1 root/unknown
  bool aligned = false;          // false: the form was not found in the text; begin == end
  uint32_t begin = 0, end = 0;   // byte range in ParsedSentence::text (when aligned)
};

// A phrase of a Penn tree: tokens [first, end) of ParsedSentence::tokens. `label` is the
// constituent label without function tags ("NP" for "NP-SBJ"); `parent` the index of the
// enclosing constituent in ParsedSentence::constituents, -1 for the outermost.
struct Constituent {
  std::string label;
  uint32_t first = 0, end = 0;
  int parent = -1;
};

struct ParsedSentence {
  std::string id;    // sentence id from the input ("AFP0808-01", `# sent_id`), may be empty
  std::string text;  // the sentence as coded (whitespace collapsed, NFC)
  int line = 0;      // where the sentence starts in its file
  std::vector<ParsedToken> tokens;
  std::vector<Constituent> constituents;  // Penn trees only, parents before children
};

}  // namespace entente
