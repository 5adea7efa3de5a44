// io/parsed.h — what an external parser says about a sentence, in one small struct shared by the
// CoNLL-U reader (io/conllu.h) and the PETRARCH XML reader (io/petrarch_xml.h, Penn Treebank
// parses). Tokens are byte offsets into the sentence text, like text/tokenizer.h's tokens.
//
// The structs are defined in include/entente/parse.h; Engine::CodeParsed uses them to attach
// sources and targets (docs/FORMATS.md, "Parsed input").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/parse.h"

namespace entente::io {

// The structs live in the public header so the engine can take them (Engine::CodeParsed).
using entente::Constituent;
using entente::ParsedSentence;
using entente::ParsedToken;

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


}  // namespace entente::io
