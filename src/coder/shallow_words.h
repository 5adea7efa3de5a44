// coder/shallow_words.h — words and dictionary phrases for the TABARI coding mode (internal to
// coder/shallow.cc): the tokenizer TABARI's matching expects and the stem / exact-word / adjacency
// rules of TABARI dictionaries (docs/DICTIONARIES.md, "The TABARI coding mode").
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/keds_model.h"

namespace entente::coder::shallow {

struct Word {
  std::string up;        // upper case; "," "." ";" ... for punctuation; "'S" for a possessive
  uint32_t begin = 0, end = 0;
  bool punct = false;
  bool cap = false;      // written with a capital first letter
};

// Splits text into words and punctuation (hyphenated words are split, "'s" stands alone).
std::vector<Word> Tokenize(std::string_view text);

// Whether word i ends a sentence ('.', '!' or '?' before a capital or the end; not after an
// abbreviation or an initial).
bool EndsSentence(const std::vector<Word>& w, size_t i);

// How a dictionary word written as exact ("ESTONIA_", "DEPART_") may still be inflected:
// nouns take -S/-ES ("Estonias"), verbs the regular endings ("departs", "departed",
// "departing", "departen", "armed", "donating"); pattern words are matched as written.
enum class Endings : uint8_t { kNone, kNoun, kVerb };

// Whether the upper-case word `tok` matches dictionary word `k` (a stem matches as a prefix).
bool WordMatches(const lexicon::KedsWord& k, const std::string& tok, Endings endings = Endings::kNone);

// One sentence: the word range [b, e) of a tokenized document.
struct Sentence {
  const std::vector<Word>* w = nullptr;
  size_t b = 0, e = 0;
  const Word& at(size_t i) const { return (*w)[i]; }
};

// Matches `ph` with its first word at `i`; the other words follow (directly when adjacent,
// else anywhere before `limit`, not across a comma or semicolon). Fills the matched positions.
// Verbs (`endings` kVerb) inflect their first word, names their last.
bool MatchPhrase(const lexicon::KedsPhrase& ph, const Sentence& s, size_t i, size_t limit, std::vector<uint32_t>* pos,
                 Endings endings = Endings::kNone);

// Characters of a phrase (exact words count one more): the more specific of two matches.
size_t PhraseChars(const lexicon::KedsPhrase& ph);

// The entries of a KedsModel index whose first word starts like `tok` (its first n letters).
const std::vector<uint32_t>* Candidates(const std::map<std::string, std::vector<uint32_t>>& index,
                                        const std::string& tok, size_t n);

}  // namespace entente::coder::shallow
