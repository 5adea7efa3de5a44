// text/tokenizer.h — splits UTF-8 text into tokens that are byte offsets into the input.
//
// Rules (English news text):
// - Letters, digits and all non-ASCII code points other than known punctuation form words.
// - An internal apostrophe joins (O'Brien); a possessive 's / s' and a clitic n't split off.
// - A hyphen between two word characters becomes its own token flagged kJoined
//   (Choe Son-hui → "Choe" "Son" "-" "hui"), so names and compounds match the same way in
//   dictionaries and text.
// - Dotted initialisms keep their dots (U.S., U.N., F.); other final periods split off.
// - Numbers keep internal separators (10,000  3.5).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace entente::text {

enum TokenFlag : uint16_t {
  kWord = 1 << 0,          // letters (maybe with digits, apostrophes, dots)
  kNumber = 1 << 1,        // starts with a digit
  kPunct = 1 << 2,         // any other single character
  kCapitalized = 1 << 3,   // first character is an upper-case letter
  kAllCaps = 1 << 4,       // two or more letters, all upper-case
  kPossessive = 1 << 5,    // the token is 's or ' after a word
  kJoined = 1 << 6,        // a hyphen/dash with no space on either side
  kSpaceBefore = 1 << 7,   // white space precedes the token
  kNewlineBefore = 1 << 8, // a line break precedes the token
  kParagraphBefore = 1 << 9,  // a blank line precedes the token
  kNegClitic = 1 << 10,    // the token is n't
  kFinalPeriod = 1 << 11,  // a word that ends with its own '.' (a dotted initialism: "U.S.")
};

struct Token {
  uint32_t begin = 0;  // byte offset in the text
  uint32_t end = 0;
  uint16_t flags = 0;
  bool is(TokenFlag f) const { return (flags & f) != 0; }
};

// Appends the tokens of text[begin, end) to *out. Never fails; invalid UTF-8 bytes become
// one-byte punctuation tokens (callers validate first).
void Tokenize(std::string_view text, std::vector<Token>* out);

// The same tokens written to out[0, n), returning n, or kNoRoom when the text has more than
// `room` tokens (out[0, room) is then unspecified). Room for text.size() tokens is always
// enough (every token takes at least one byte). The coder's form: it keeps its room from
// document to document, so no token is cleared first.
inline constexpr size_t kNoRoom = static_cast<size_t>(-1);
size_t TokenizeInto(std::string_view text, Token* out, size_t room);

// The same tokens without the ASCII fast path: the reference that tests compare Tokenize with.
void TokenizeWithoutFastPath(std::string_view text, std::vector<Token>* out);

}  // namespace entente::text
