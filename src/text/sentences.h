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
  void Add(std::string_view lower_word) {
    words_.emplace(lower_word);
    lengths_ |= LengthBit(lower_word.size());
    if (!lower_word.empty()) first_bytes_[static_cast<unsigned char>(lower_word[0]) >> 6] |= FirstBit(lower_word[0]);
  }
  bool Contains(std::string_view lower_word) const {
    // Most words are rejected by their length or first byte before any hashing.
    if (!(lengths_ & LengthBit(lower_word.size()))) return false;
    if (!lower_word.empty() &&
        !(first_bytes_[static_cast<unsigned char>(lower_word[0]) >> 6] & FirstBit(lower_word[0]))) {
      return false;
    }
    return words_.find(lower_word) != words_.end();
  }
  size_t size() const { return words_.size(); }

 private:
  static uint64_t LengthBit(size_t len) { return uint64_t{1} << (len < 63 ? len : 63); }
  static uint64_t FirstBit(char c) { return uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
  uint64_t lengths_ = 0;              // bit min(len, 63) for every word's length
  uint64_t first_bytes_[4] = {};      // bit per first byte of a word
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
