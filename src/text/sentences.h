// text/sentences.h — sentence boundaries over a token stream.
//
// Survives abbreviations ("Oct.", "Gen.", "Mr.", "No. 2"), dotted initialisms ("U.S."), initials,
// quotes after the final period, datelines ("MINSK, Oct. 30 (Reuters) —"), and headline or caption
// lines without final punctuation.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/tokenizer.h"

namespace entente::text {

// Lower-case words (without the final dot) that, followed by '.', do not end a sentence.
class AbbreviationSet {
 public:
  void Add(std::string_view lower_word) { words_.emplace(lower_word); }
  bool Contains(std::string_view lower_word) const {
    return words_.find(lower_word) != words_.end();
  }
  size_t size() const { return words_.size(); }

 private:
  // Looked up by string_view without a temporary std::string (same hash as std::string's).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

enum class SentenceKind : uint8_t { kBody, kHeadline, kDateline };

struct Sentence {
  uint32_t tok_begin = 0, tok_end = 0;  // token index range
  uint32_t begin = 0, end = 0;          // byte range in the text
  SentenceKind kind = SentenceKind::kBody;
};

// Appends the sentences of `tokens` (which tokenize `text`) to *out.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    const AbbreviationSet& abbreviations, std::vector<Sentence>* out);

}  // namespace entente::text
