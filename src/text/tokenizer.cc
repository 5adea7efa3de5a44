#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/strings.h"

namespace entente::text {
namespace {

// Decodes one code point at s[i]; sets *len. Invalid bytes decode as themselves with len 1.
uint32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (n == 1 || i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsHyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Non-ASCII punctuation we split on; every other non-ASCII code point counts as a letter.
bool IsUnicodePunct(uint32_t cp) {
  return (cp >= 0x2010 && cp <= 0x205E) || cp == 0xAB || cp == 0xBB || cp == 0xB7 ||
         cp == 0xA7 || cp == 0xB6 || cp == 0xBF || cp == 0xA1 || (cp >= 0x3000 && cp <= 0x303F) ||
         cp == 0xFFFD || cp == 0xD7;
}

bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return !IsSpace(cp) && !IsUnicodePunct(cp);
}

// Classes of bytes for the fast path (a non-ASCII byte is only kMayExtend: the general path
// decodes it).
enum AsciiClass : uint8_t {
  kLower = 1,        // a-z
  kUpper = 2,        // A-Z
  kDigit = 4,        // 0-9
  kAlnum = kLower | kUpper | kDigit,
  kBlank = 8,        // the ASCII characters IsSpace accepts
  kPlainPunct = 16,  // every other ASCII character except the apostrophe and the hyphen, which
                     // have their own rules: always a one-character punctuation token
  kMayExtend = 32,   // after a run of letters and digits, the general path may go on past it:
                     // an apostrophe, '.', ',' or a non-ASCII byte
};

constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x80; ++c) {
    if (c >= 'a' && c <= 'z') t[c] = kLower;
    else if (c >= 'A' && c <= 'Z') t[c] = kUpper;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] = kBlank;
    else if (c != '\'' && c != '-') t[c] = kPlainPunct;
    if (c == '\'' || c == '.' || c == ',') t[c] |= kMayExtend;
  }
  for (int c = 0x80; c < 0x100; ++c) t[c] = kMayExtend;
  return t;
}();

// The ASCII letters and digits among the 64 bytes at p: bit k is set when p[k] is one.
#if defined(__SSE2__)
inline uint64_t AlnumMask16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Adding 0x80 - lo moves the bytes lo .. lo+count-1 to the bottom of the signed range,
  // -128 .. -128+count-1, where no other byte lands: one signed compare tests the range.
  const auto in_range = [v](char lo, int count) {
    const __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + count)));
  };
  const __m128i alnum = _mm_or_si128(_mm_or_si128(in_range('a', 26), in_range('A', 26)), in_range('0', 10));
  return static_cast<unsigned>(_mm_movemask_epi8(alnum));
}

inline uint64_t AlnumMask64(const char* p) {
  return AlnumMask16(p) | AlnumMask16(p + 16) << 16 | AlnumMask16(p + 32) << 32 | AlnumMask16(p + 48) << 48;
}
#else
inline uint64_t AlnumMask64(const char* p) {  // (every x86-64 has SSE2)
  uint64_t bits = 0;
  for (int k = 0; k < 64; ++k) {
    if (kAsciiClass[static_cast<unsigned char>(p[k])] & kAlnum) bits |= uint64_t{1} << k;
  }
  return bits;
}
#endif

// Where the run of ASCII letters and digits that goes on at s[j] ends. The letters and digits
// of 64 bytes are found at once and kept (`bits` for s[base, limit)), so the words that follow
// in the same 64 bytes cost a shift and a count each.
struct AlnumRuns {
  size_t base = 0, limit = 0;
  uint64_t bits = 0;

  size_t End(std::string_view s, size_t j) {
    while (j < s.size()) {
      if (j >= limit) {
        if (s.size() - j < 64) break;  // the last bytes of the text: one at a time below
        base = j;
        limit = j + 64;
        bits = AlnumMask64(s.data() + j);
      }
      // Set where s[j..limit) is no letter or digit (the bits shifted in are past `limit`).
      const uint64_t others = ~bits >> (j - base);
      if (others != 0) return j + static_cast<size_t>(__builtin_ctzll(others));
      j = limit;
    }
    while (j < s.size() && (kAsciiClass[static_cast<unsigned char>(s[j])] & kAlnum)) ++j;
    return j;
  }
};

bool IsUpperStart(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Any script's upper-case and title-case letters (ICU character properties).
  size_t len;
  const uint32_t cp = Decode(s, i, &len);
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

}  // namespace

namespace {
template <bool kFast>
size_t TokenizeImpl(std::string_view s, Token* out, size_t room);

// The vector forms: room for the most tokens there can be, then cut to those written.
template <bool kFast>
void TokenizeToVector(std::string_view s, std::vector<Token>* out) {
  const size_t at = out->size();
  out->resize(at + s.size());
  out->resize(at + TokenizeImpl<kFast>(s, out->data() + at, s.size()));
}
}  // namespace

void Tokenize(std::string_view s, std::vector<Token>* out) { TokenizeToVector<true>(s, out); }
size_t TokenizeInto(std::string_view s, Token* out, size_t room) { return TokenizeImpl<true>(s, out, room); }
void TokenizeWithoutFastPath(std::string_view s, std::vector<Token>* out) { TokenizeToVector<false>(s, out); }

namespace {
// Writes the tokens of s to out[0, ...) and returns their number (through a local cursor `o`),
// or kNoRoom when out[0, room) is full before the end (each pass of the loop below writes at
// most one token, so the room is tested once per pass).
template <bool kFast>
size_t TokenizeImpl(std::string_view s, Token* const out, size_t room) {
  Token* o = out;
  const Token* const out_end = out + room;
  const size_t n = s.size();
  AlnumRuns runs;  // (the fast path's)
  // Stores a word of the general path, flagging it when it ends with a period (on valid UTF-8
  // only dotted initialisms do, but the flag stays exact on any input). The fast path's words
  // never do.
  const auto push_general = [&o, s](Token t) {
    if (s[t.end - 1] == '.') t.flags |= kFinalPeriod;
    *o++ = t;
  };
  size_t i = 0;
  uint16_t pending = 0;  // kSpaceBefore / kNewlineBefore / kParagraphBefore for the next token
  int newlines = 0;
  while (i < n) {
    if (o == out_end) return kNoRoom;
    // Fast path for ASCII (the common case in English text), one table look-up per byte. It
    // takes only what the general path below would do the same way and leaves the rest
    // (apostrophes, hyphens, dotted initialisms, number separators, non-ASCII) to it. Words
    // first: most tokens are words.
    if constexpr (kFast) {
      const auto b = static_cast<unsigned char>(s[i]);
      const uint8_t cls = kAsciiClass[b];
      if (cls & kAlnum) {
        const size_t j = runs.End(s, i + 1);  // the run of ASCII letters and digits
        const bool digit_start = cls & kDigit;
        // Where the general path would go on past the run: a non-ASCII byte (maybe a letter or
        // a right single quote), an apostrophe, "U." (an initialism), "10,000" / "3.5". Most
        // runs end at a byte that can do none of this (one look-up tells).
        const auto stop = j < n ? static_cast<unsigned char>(s[j]) : ' ';
        const bool space_after = j < n && stop == ' ';  // (most words; taken with the word)
        const bool simple_end =
            space_after || !(kAsciiClass[stop] & kMayExtend) ||
            (stop < 0x80 && stop != '\'' &&
             (digit_start ? !((stop == ',' || stop == '.') && j + 1 < n && base::IsAsciiDigit(s[j + 1]))
                          : !(stop == '.' && j - i == 1)));
        if (simple_end) {
          Token t{static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                  static_cast<uint16_t>(pending | (digit_start ? kNumber : kWord))};
          if (cls & kUpper) {
            t.flags |= kCapitalized;
            // All caps: no lower-case letter and at least two capitals ("UN", not "A1"). Most
            // capitalised words show a lower-case letter at once.
            int uppers = 0;
            size_t k = i;
            for (; k < j && !(kAsciiClass[static_cast<unsigned char>(s[k])] & kLower); ++k) {
              uppers += base::IsAsciiUpper(s[k]);
            }
            if (k == j && uppers >= 2) t.flags |= kAllCaps;
          }
          *o++ = t;
          pending = 0;
          newlines = 0;
          i = j;
          // The space after a word (most words have one), as the blank branch below takes it.
          if (space_after) {
            pending = kSpaceBefore;
            ++i;
          }
          continue;
        }
      }
      if (cls & kBlank) {
        pending |= kSpaceBefore;
        if (b == '\n') {
          ++newlines;
          pending |= kNewlineBefore;
          if (newlines >= 2) pending |= kParagraphBefore;
        }
        ++i;
        continue;
      }
      if (cls & kPlainPunct) {
        const bool space_after = i + 1 < n && s[i + 1] == ' ';  // as after a word (above)
        *o++ = Token{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1),
                     static_cast<uint16_t>(pending | kPunct)};
        pending = 0;
        newlines = 0;
        ++i;
        if (space_after) {
          pending = kSpaceBefore;
          ++i;
        }
        continue;
      }
    }
    size_t len;
    uint32_t cp = Decode(s, i, &len);
    if (IsSpace(cp)) {
      pending |= kSpaceBefore;
      if (cp == '\n') {
        ++newlines;
        pending |= kNewlineBefore;
        if (newlines >= 2) pending |= kParagraphBefore;
      }
      i += len;
      continue;
    }
    newlines = 0;
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.flags = pending;
    pending = 0;
    if (IsWordChar(cp)) {
      const bool digit_start = cp >= '0' && cp <= '9';
      size_t j = i + len;
      bool all_caps = IsUpperStart(s, i);
      int letters = all_caps ? 1 : 0;
      while (j < n) {
        size_t l2;
        uint32_t c2 = Decode(s, j, &l2);
        if (IsWordChar(c2)) {
          if (c2 >= 'a' && c2 <= 'z') all_caps = false;
          if ((c2 >= 'A' && c2 <= 'Z')) ++letters;
          j += l2;
          continue;
        }
        // Internal apostrophe: O'Brien, d'Ivoire — but not the possessive 's or n't.
        if (IsApostrophe(c2) && j + l2 < n) {
          size_t l3;
          uint32_t c3 = Decode(s, j + l2, &l3);
          if (IsWordChar(c3)) {
            const bool poss_s = (c3 == 's' || c3 == 'S') &&
                                (j + l2 + l3 >= n || !IsWordChar(Decode(s, j + l2 + l3, &l3)));
            const bool nt = (c3 == 't' || c3 == 'T') && j > i &&
                            (s[j - 1] == 'n' || s[j - 1] == 'N');
            if (!poss_s && !nt) {
              j += l2;
              continue;
            }
          }
        }
        // Number separators: 10,000  3.5
        if (digit_start && (c2 == ',' || c2 == '.') && j + 1 < n && s[j + 1] >= '0' &&
            s[j + 1] <= '9') {
          j += 1;
          continue;
        }
        break;
      }
      // n't clitic: "didn't" → "did" + "n't".
      if (j < n && j - i >= 2 && (s[j - 1] == 'n' || s[j - 1] == 'N')) {
        size_t l2;
        uint32_t c2 = Decode(s, j, &l2);
        if (IsApostrophe(c2) && j + l2 < n && (s[j + l2] == 't' || s[j + l2] == 'T') &&
            (j + l2 + 1 >= n || !IsWordChar(static_cast<unsigned char>(s[j + l2 + 1])))) {
          // "can't" keeps "ca"; fine for our purposes (the clitic carries the negation).
          t.end = static_cast<uint32_t>(j - 1);
          t.flags |= kWord;
          if (IsUpperStart(s, i)) t.flags |= kCapitalized;
          push_general(t);
          Token neg{static_cast<uint32_t>(j - 1), static_cast<uint32_t>(j + l2 + 1),
                    static_cast<uint16_t>(kWord | kNegClitic)};
          push_general(neg);
          i = j + l2 + 1;
          continue;
        }
      }
      // Dotted initialisms: U.S. U.N. D.P.R.K. F. — letter(s) separated by dots.
      if (!digit_start && j < n && s[j] == '.' && j - i == 1) {
        size_t k = j;
        while (k + 2 < n && s[k] == '.' && IsWordChar(static_cast<unsigned char>(s[k + 1])) &&
               static_cast<unsigned char>(s[k + 1]) < 0x80 && s[k + 2] == '.') {
          k += 2;
        }
        j = k + 1;  // include the final dot
      }
      t.end = static_cast<uint32_t>(j);
      t.flags |= digit_start ? kNumber : kWord;
      if (!digit_start && IsUpperStart(s, i)) t.flags |= kCapitalized;
      if (!digit_start && all_caps && letters >= 2) t.flags |= kAllCaps;
      push_general(t);
      i = j;
      continue;
    }
    // Possessive 's / s' directly after a word.
    if (IsApostrophe(cp) && o != out && o[-1].end == i && (o[-1].flags & (kWord | kNumber))) {
      size_t l2 = 0;
      const bool next_s = i + len < n && (s[i + len] == 's' || s[i + len] == 'S') &&
                          (i + len + 1 >= n || !IsWordChar(Decode(s, i + len + 1, &l2)));
      if (next_s) {
        t.end = static_cast<uint32_t>(i + len + 1);
        t.flags |= kWord | kPossessive;
        push_general(t);
        i = t.end;
        continue;
      }
      const char prev = s[i - 1];
      const bool next_word = i + len < n && IsWordChar(Decode(s, i + len, &l2));
      if ((prev == 's' || prev == 'S') && !next_word) {
        t.end = static_cast<uint32_t>(i + len);
        t.flags |= kWord | kPossessive;
        push_general(t);
        i = t.end;
        continue;
      }
    }
    // Everything else: one punctuation character ("--" stays two tokens).
    t.end = static_cast<uint32_t>(i + len);
    t.flags |= kPunct;
    if (IsHyphen(cp) || cp == 0x2013 || cp == 0x2014) {
      const bool glued_left = o != out && o[-1].end == i;
      const bool glued_right = i + len < n && !IsSpace(Decode(s, i + len, &len));
      if (glued_left && glued_right) t.flags |= kJoined;
      len = t.end - t.begin;
    }
    *o++ = t;
    i = t.end;
  }
  return static_cast<size_t>(o - out);
}

}  // namespace

}  // namespace entente::text
