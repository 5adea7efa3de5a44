// text/sentences.h — sentence boundaries over a token stream.
//
// Survives abbreviations ("Oct.", "Gen.", "Mr.", "No. 2"), dotted initialisms ("U.S."), initials,
// quotes after the final period, datelines ("MINSK, Oct. 30 (Reuters) —"), and headline or caption
// lines without final punctuation.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/strings.h"
#include "text/tokenizer.h"

namespace entente::text {

// Lower-case words (without the final dot) that, followed by '.', do not end a sentence.
class AbbreviationSet {
 public:
  void Add(std::string_view lower_word);
  // Whether the set holds `lower_word` exactly.
  bool Contains(std::string_view lower_word) const {
    return Possible(lower_word.size(), lower_word.empty() ? 0 : lower_word[0]) && words_.count(lower_word) != 0;
  }
  // Whether the set holds `word` once its ASCII capitals are lower-cased ("Gen" -> "gen"). Once
  // per period after a word: most words are rejected by their length or first letter, the
  // rest (up to 8 bytes, as every real abbreviation) looked up without a string or hashing.
  bool ContainsFoldingCase(std::string_view word) const {
    return Possible(word.size(), word.empty() ? 0 : base::AsciiLower(word[0])) && LookUpFoldingCase(word);
  }
  size_t size() const { return words_.size(); }

 private:
  static uint64_t LengthBit(size_t len) { return uint64_t{1} << (len < 63 ? len : 63); }
  static uint64_t FirstBit(char c) { return uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
  bool Possible(size_t len, char lower_first) const {
    return (lengths_ & LengthBit(len)) &&
           (len == 0 || (first_bytes_[static_cast<unsigned char>(lower_first) >> 6] & FirstBit(lower_first)));
  }
  // A word of up to 8 bytes as an integer: its bytes, lower-cased, little-endian, zero-filled.
  static uint64_t Pack(std::string_view word);
  size_t Slot(uint64_t packed, size_t len) const {
    return static_cast<size_t>(((packed ^ len) * 0x9E3779B97F4A7C15ULL) >> 40) & (short_len_.size() - 1);
  }
  bool LookUpFoldingCase(std::string_view word) const;
  void InsertShort(std::string_view lower_word);

  uint64_t lengths_ = 0;              // bit min(len, 63) for every word's length
  uint64_t first_bytes_[4] = {};      // bit per first byte of a word
  // Looked up by string_view without a temporary std::string (same hash as std::string's).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  // The words of up to 8 bytes, packed (Pack), in an open-addressing table at least twice their
  // number in size; a length of 0 marks an empty slot.
  std::vector<uint64_t> short_packed_;
  std::vector<uint8_t> short_len_;
  size_t short_count_ = 0;
};

enum class SentenceKind : uint8_t { kBody, kHeadline, kDateline };

struct Sentence {
  uint32_t tok_begin = 0, tok_end = 0;  // token index range
  uint32_t begin = 0, end = 0;          // byte range in the text
  SentenceKind kind = SentenceKind::kBody;
};

// Appends the sentences of `tokens` (which tokenize `text`) to *out.
void SplitSentences(std::string_view text, std::span<const Token> tokens,
                    const AbbreviationSet& abbreviations, std::vector<Sentence>* out);

}  // namespace entente::text
