// io/parsed.h — what an external parser says about a sentence, in one small struct shared by the
// CoNLL-U reader (io/conllu.h) and the PETRARCH XML reader (io/petrarch_xml.h, Penn Treebank
// parses). Tokens are byte offsets into the sentence text, like text/tokenizer.h's tokens.
//
// The coder does not read these yet (it runs its own analysis on the text); the readers check
// and keep them so a coder hook can use them (docs/FORMATS.md, "Parsed input").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente::io {

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

// Sets begin/end/aligned of each token by finding its form in `text` left to right (ASCII case
// ignored; Penn escapes -LRB- -RRB- -LSB- -RSB- -LCB- -RCB- `` '' and UD/PTB quote forms match
// their characters). A form not found within a short window after the previous token stays
// unaligned and does not move the cursor. Returns the number of aligned tokens.
size_t AlignTokens(std::string_view text, std::vector<ParsedToken>* tokens);

// Parses one Penn Treebank bracketing ("(ROOT (S (NP (NNP Arnor)) (VP ...)))") into leaf tokens
// (xpos = the preterminal's tag) and constituents (every labelled node that is not a
// preterminal). Returns "" or what was wrong ("unbalanced brackets: 2 '(' not closed").
// Safe on any bytes; no recursion.
std::string ParsePennTree(std::string_view tree, ParsedSentence* out);

// Collapses runs of whitespace (space, tab, CR, LF) to one space and trims the ends.
std::string CollapseWhitespace(std::string_view s);

}  // namespace entente::io
