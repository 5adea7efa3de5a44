// fuzz/fuzz_tokenizer.cc — text::Tokenize + text::SplitSentences on arbitrary bytes.
//
// Invariants (a violation traps, so libFuzzer and the replay driver report it):
// - tokens are non-empty, inside the text, in order and non-overlapping;
// - sentences are non-empty token ranges that tile the token stream exactly (each starts where
//   the previous ended, the first at token 0, the last at the final token), and their byte
//   ranges match their first and last tokens.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "text/tokenizer.h"

using entente::text::AbbreviationSet;
using entente::text::Sentence;
using entente::text::SplitSentences;
using entente::text::Token;
using entente::text::Tokenize;

namespace {

const AbbreviationSet& Abbreviations() {
  static const AbbreviationSet* set = [] {
    auto* s = new AbbreviationSet();
    for (const char* w : {"mr", "mrs", "dr", "gen", "col", "lt", "sen", "rep", "gov", "pres",
                          "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no", "st", "u.s",
                          "u.n", "inc", "co", "corp", "vs", "e.g", "i.e"}) {
      s->Add(w);
    }
    return s;
  }();
  return *set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  uint32_t prev_end = 0;
  for (const Token& t : tokens) {
    if (t.begin >= t.end || t.end > size || t.begin < prev_end) __builtin_trap();
    prev_end = t.end;
  }

  std::vector<Sentence> sentences;
  SplitSentences(text, tokens, Abbreviations(), &sentences);
  uint32_t next_tok = 0;
  for (const Sentence& s : sentences) {
    if (s.tok_begin != next_tok || s.tok_end <= s.tok_begin || s.tok_end > tokens.size()) {
      __builtin_trap();
    }
    if (s.begin != tokens[s.tok_begin].begin || s.end != tokens[s.tok_end - 1].end) {
      __builtin_trap();
    }
    next_tok = s.tok_end;
  }
  if (next_tok != tokens.size()) __builtin_trap();

  // Appending to non-empty vectors must not disturb what is already there.
  std::vector<Token> again(1);
  Tokenize(text, &again);
  if (again.size() != tokens.size() + 1) __builtin_trap();
  return 0;
}
