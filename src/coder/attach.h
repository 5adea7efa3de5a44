// coder/attach.h — a predicate's subject, agent and objects as an external parse states them
// (Penn Treebank constituents or Universal Dependencies relations). Pure logic on
// entente/parse.h; the coder maps the byte ranges onto its actor mentions (coder.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "entente/parse.h"

namespace entente::coder {

// A phrase of the parse as a byte range of ParsedSentence::text, and the byte where its head
// word starts (UD: the dependent itself; Penn: the last word of the innermost leading NP).
struct ParseArg {
  uint32_t begin = 0, end = 0, head = 0;
  bool by = false;  // a prepositional object whose preposition (case word) is "by"
};

struct ParseRoles {
  bool has_subject = false;
  ParseArg subject;
  bool passive = false;           // UD: nsubj:pass or aux:pass on the verb
  std::vector<ParseArg> objects;  // direct/indirect objects first, then prepositional objects
  // The verb's own phrase (Penn: its lowest VP; UD: its subtree, which holds the subject too).
  bool has_phrase = false;
  ParseArg phrase;
};

// The roles of the verb whose parse token is `verb` (an index into s.tokens). Penn when
// s.constituents is not empty, else UD when the tokens carry deprels. Returns false when the
// parse says nothing usable about this verb (no enclosing VP, no deprels): the caller then keeps
// its own analysis.
bool FindParseRoles(const ParsedSentence& s, uint32_t verb, ParseRoles* out);

// The token of `s` that covers byte `b` of s.text (aligned tokens only), or -1.
int ParseTokenAt(const ParsedSentence& s, uint32_t b);

}  // namespace entente::coder
