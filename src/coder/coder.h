// coder/coder.h — turns a document's text into CAMEO events (pure logic, no I/O).
#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

#include "coder/analysis.h"
#include "entente/event.h"
#include "entente/status.h"
#include "lexicon/lexicon.h"

namespace entente::coder {

// Limits on input the coder accepts.
constexpr size_t kMaxDocumentBytes = 8u << 20;  // 8 MiB of text per document

// How each pattern of a lexicon is to be read, derived once per loaded lexicon (PatternStyles).
// Patterns from the native files (verbs.tsv, nouns.tsv) follow Entente's rules. Patterns read
// from KEDS-family dictionaries (OEDA/PETRARCH, TABARI) follow that family's conventions
// (docs/DICTIONARIES.md, "How OEDA patterns are coded"): the target is the first actor after the
// pattern when the pattern names none, the dictionary spells out modality and voice itself
// (NOT *, SAID WOULD *, + WAS_ *), so Entente's mood and passive rules do not apply, words may
// stand before the verb, and a paired code "032:033" codes both directions.
struct PatternStyles {
  std::vector<uint8_t> keds;              // per pattern: 1 when it follows the KEDS conventions
  lexicon::WordId before_marker = 0;      // "(*)" element: the elements after it precede the verb
  lexicon::WordId compound_marker = 0;    // "(%)" before the verb: the compound subject acts on itself
  lexicon::WordId skip_marker = 0;        // "(^)": skip one actor phrase
  lexicon::WordId next_marker = 0;        // "(_)": the next word follows the previous one directly
  lexicon::WordId source_marker = 0;      // "($)" after the verb: the next actor phrase is the source
  lexicon::WordId target_marker = 0;      // "(+)" before the verb: the subject is the target
  lexicon::WordId not_word = 0;           // "not" (matches the clitic "n't" too)
  // Coder's words looked for by id, found once here rather than for every document's Coder.
  lexicon::WordId where_word = 0, that_word = 0, between_word = 0, the_word = 0;
  lexicon::WordId after_word = 0, since_word = 0, for_word = 0, days_word = 0;  // (the unknown word when missing)
  bool truce_words = false;  // some word of kTruceMark is in the lexicon
  lexicon::WordId counterpart_word = 0, counterparts_word = 0;
  // Prepositions a mention's `prep` (a word id) is compared with: the id whose spelling is the
  // word, so `prep == of_word` is Word(prep) == "of" for any prep other than 0.
  lexicon::WordId of_word = 0, by_word = 0, in_word = 0;
  // Per word id: kRelativeDateStart when MayStartRelativeDate(its text) (dates.cc);
  // kWeekendWord for "weekend" (for every word when the lexicon lacks it, as a token "weekend"
  // then has no id of its own); kDateWord for a month, weekday or relative-time word (by its
  // lexicon flags, which are a token's word flags); one entry for every word id. FindDate passes
  // over a token that is no number and whose word has no entry here with one lookup.
  static constexpr uint8_t kRelativeDateStart = 1, kWeekendWord = 2, kDateWord = 4;
  std::vector<uint8_t> date_start;
  bool relative_date_start(lexicon::WordId w) const {
    return w < date_start.size() && (date_start[w] & kRelativeDateStart);
  }
  bool keds_at(uint32_t pattern) const { return pattern < keds.size() && keds[pattern]; }
  // Per pattern: model::CameoRoot of its own CAMEO code (-1 when malformed), which the coder's
  // rules ask for often.
  std::vector<int8_t> pattern_root;
  int root_of(uint32_t pattern) const { return pattern_root[pattern]; }
  // Per CAMEO table index i: 1 when Lexicon::FindCameo(cameo(i).code) is i (every code, unless
  // the table repeats one), so that a pattern's own code needs no lookup.
  std::vector<uint8_t> cameo_found_at;

  // Per word id: the rare words some rules look for anywhere before a predicate ("hope", a
  // "poll" and what it "found", a verb whose lemma is "deny", "reports" or "claims" before
  // "that": coder.cc). The coder ORs the marks
  // of a sentence's words once and skips those rules' scans where a mark is absent. (The rules
  // test the hope, poll and finding words on the token's text, and the lexicon may lack some
  // of them: for an unknown word the coder takes the marks of its text; word 0 has none.)
  // kWhenMark: "when" (tested on the token's text too); kWhereMark: the word "where" (by id);
  // kCapitalMark: "capital" (on the text too). kAfterSinceMark: the words "after" and "since",
  // kForMark: "for" (by id: the background test of every predicate). kClauseOpenerMark: "after",
  // "before", "following", "since", "amid", "until" (by id: the time adjunct and the later clause
  // of a place); kDaysMark: "days" (by id; with no id for it, `days_word` is 0 and the rule
  // looks anyway). kTruceMark: "ceasefire", "truce", "armistice", "cease" (by id; with none of
  // them known, `truce_words` is false and the rule looks anyway).

  static constexpr uint16_t kHopeMark = 1, kPollMark = 2, kFindingMark = 4, kDenialMark = 8, kReportNounMark = 16,
                            kWhenMark = 32, kWhereMark = 64, kCapitalMark = 128, kAfterSinceMark = 256,
                            kForMark = 512, kClauseOpenerMark = 1024, kDaysMark = 2048, kTruceMark = 4096;
  std::vector<uint16_t> word_marks;  // one entry for every word id
  // Bit n set when a word of length n that the marks test on the text is missing from the
  // lexicon: only a token with no word id and such a length can have a mark of its text (the
  // lower-cased text of every other token with no id is none of those words).
  uint32_t unknown_mark_lengths = UINT32_MAX;
  // Each country's capital as a gazetteer place (a phrase that is both a capital and a place:
  // "Minsk"), for "the Belarusian capital"; sorted by country code.
  std::vector<std::pair<std::string, int32_t>> capital_places;
  // Each state as a country-level place (gazetteer kind `country`: "met in Malta"); sorted by
  // country code.
  std::vector<std::pair<std::string, int32_t>> country_places;
  // The states one of whose names has the word "kingdom" ("Kingdom of Saudi Arabia"), sorted:
  // what "the kingdom" can take up.
  std::vector<std::string> kingdoms;

  // Per lemma, its patterns in the order the coder tries them (the lexicon's order: most literals
  // first), each with what the coder needs to reject it without reading the pattern itself: its
  // required literals, each flattened to the words that can match it (the alternatives and their
  // singulars), stored in `need` as [n, w1..wn] groups right after the previous candidate's. A
  // pattern can match after a head only when every group has a word within reach of the head.
  // Laid out contiguously per lemma, so trying a lemma's patterns reads memory in order.
  //
  // Most candidates fail on their first group, so the coder does not visit a long list one by
  // one: in a lemma of kKeyedFrom candidates or more, a candidate whose first group holds only
  // content words is *keyed* by that group, and each (lemma, key word) pair lists, as a bitset
  // over the lemma's candidates, the candidates it keys. The coder ORs the bitsets of the key
  // words within reach of the head into the bitset of the lemma's unkeyed candidates and visits
  // only the candidates set there, in the same order. (A word that only its own tokens stamp
  // and whose singular is in the same group leaves the key to the singular: "reporters" stamps
  // "reporter" too.) A shorter list is visited in full, each candidate's first group tested
  // inline.
  struct Quick {
    uint32_t pattern = 0;
    uint32_t need_off = 0;
    // The score a match must reach for this and the later candidates to be skipped:
    // Pattern::literals * 4 + 2, or INT32_MAX for KEDS patterns (which may score more).
    int32_t beat = 0;
    // The index (within the lemma's candidates) of the first later candidate with another
    // `beat`: the candidates before it share this one's, so a search for the first candidate a
    // score beats steps over them at once.
    uint32_t run_end = 0;
    uint8_t groups = 0;     // number of groups in `need` (at most 255; more are not checked)
    uint8_t keds = 0;
    // 1 when the first group in `need` is this candidate's key (content words only): it is
    // visited only when a word of that group is within reach, so that group needs no test.
    uint8_t keyed = 0;
    // For a candidate not keyed, the first group inline when it has one or two words (nearly
    // always): most patterns fail on it, and then nothing else of theirs is read. Otherwise
    // both are word 0, which every window stamps.
    uint8_t first_inline = 0;
    lexicon::WordId first[2] = {0, 0};
  };
  struct Candidates {
    std::vector<uint32_t> off;  // per lemma id: its candidates are quick[off[l], off[l + 1])
    std::vector<Quick> quick;
    std::vector<lexicon::WordId> need;
    // Bitsets over a lemma's candidates (bit j: its candidate j), each of
    // words_of(lemma) words: per lemma, at unkeyed_off[l], its unkeyed candidates; and one per
    // (lemma, key word), found through `keys`.
    std::vector<uint32_t> unkeyed_off;
    std::vector<uint64_t> bits;
    // Open addressing over (lemma, key word) pairs (a slot with word 0 is empty: word 0, the
    // unknown word, keys nothing); key_mask + 1 slots, a power of two.
    struct KeySlot {
      lexicon::WordId lemma = 0, word = 0;
      uint32_t bits_off = 0;
    };
    std::vector<KeySlot> keys;
    uint64_t key_mask = 0;
    // Per lemma: bit (w % 64) set for each word w that keys some of its candidates, so that
    // most words keying only other lemmas' candidates are passed over without a lookup.
    std::vector<uint64_t> key_bloom;
    static size_t KeyHash(lexicon::WordId lemma, lexicon::WordId word) {
      return static_cast<size_t>(((static_cast<uint64_t>(lemma) << 32 | word) * 0x9E3779B97F4A7C15ull) >> 32);
    }
    // The offset in `bits` of the bitset of the lemma's candidates keyed by `word`, or
    // UINT32_MAX when it keys none.
    uint32_t KeyedBy(lexicon::WordId lemma, lexicon::WordId word) const {
      for (size_t i = KeyHash(lemma, word) & key_mask;; i = (i + 1) & key_mask) {
        const KeySlot& s = keys[i];
        if (s.word == 0) return UINT32_MAX;
        if (s.word == word && s.lemma == lemma) return s.bits_off;
      }
    }
    std::pair<const Quick*, const Quick*> of(lexicon::WordId lemma) const {
      if (lemma + 1 >= off.size()) return {nullptr, nullptr};
      return {quick.data() + off[lemma], quick.data() + off[lemma + 1]};
    }
    // `of` for a word id of the lexicon these candidates were made from (below its word_count(),
    // as every token's word and lemma is): off has an entry for each and one more, so no bounds
    // test.
    std::pair<const Quick*, const Quick*> of_word(lexicon::WordId lemma) const {
      const uint32_t* const o = off.data() + lemma;
      return {quick.data() + o[0], quick.data() + o[1]};
    }
    // Only the candidates of a lemma with this many or more are keyed (measured: 16, 24 and 64
    // cost more instructions on news text).
    static constexpr uint32_t kKeyedFrom = 32;
    static uint32_t words_of(size_t candidates) { return static_cast<uint32_t>((candidates + 63) / 64); }
  };
  Candidates verb_candidates, noun_candidates;
  // Per word id: kKeyWord when it keys some verb or noun candidate; kKeyReach when it, its noun
  // lemma or its verb lemma does (a token of that word may bring a key within reach).
  static constexpr uint8_t kKeyWord = 1, kKeyReach = 2;
  std::vector<uint8_t> key_words;

  // Per first word, the dictionary phrases that start with it, each with its length and second
  // word, so most are rejected without reading the phrase. The lexicon lists them longest first
  // (the first that matches is taken); here the phrases of two words or more come first, sorted
  // by second word (a stable sort: among those with the same second word, the lexicon's order),
  // then the one-word phrases from phrase_single[w], in the lexicon's order. Only one second
  // word can match, so the first match is the same. (Were a word's one-word phrases not all
  // last in the lexicon, its phrases would all stay in the lexicon's order after
  // phrase_single[w].)
  struct PhraseStart {
    uint32_t phrase = 0;
    uint32_t len = 0;
    lexicon::WordId second = 0;  // (unused when len == 1)
    uint32_t sense_mask = 0;     // bit per SenseKind of the phrase's senses
  };
  std::vector<uint32_t> phrase_off;  // per word id: phrase_starts[phrase_off[w], phrase_off[w + 1])
  std::vector<uint32_t> phrase_single;  // per word id: see above
  // Per word id: bit (second word % 64) set for each of its phrases before phrase_single[w], so
  // FindSpans passes over them at once when the next token's bit is clear (most tokens).
  std::vector<uint64_t> phrase_seconds;
  std::vector<PhraseStart> phrase_starts;
  // Per word id: 1 when some phrase starts with it (phrase_off[w] != phrase_off[w + 1]), else 0;
  // for the unknown word 0. One byte, so Prepare lists such tokens without a branch.
  std::vector<uint8_t> phrase_first;
  // Per ASCII byte: the word id of the one-byte token of that byte, lower-cased (punctuation,
  // "a"), so Prepare finds a sixth of all tokens without hashing them.
  lexicon::WordId byte_word[128] = {};
};

// Whether a word (lower case) can start a relative date that is not a number, month or weekday
// token: a count word ("a", "one" .. "ten") or "last", "next", "following", "previous" (dates.cc).
bool MayStartRelativeDate(std::string_view w);

// Classifies the patterns of `lx` (one pass over the pattern table, at load time).
PatternStyles ClassifyPatterns(const lexicon::Lexicon& lx);

class Coder {
 public:
  // `styles` must be ClassifyPatterns(lx) and outlive the coder.
  Coder(const lexicon::Lexicon& lx, const PatternStyles& styles)
      : lx_(lx), styles_(&styles), where_word_(styles.where_word), that_word_(styles.that_word),
        between_word_(styles.between_word), the_word_(styles.the_word) {}

  // Codes `doc` (whose date must be known) and appends its events to *out in sentence order.
  // Non-ok for empty, oversized or invalid UTF-8 text; then nothing is appended.
  Status CodeDocument(const Document& doc, Analysis& a, std::vector<Event>* out) const;

 private:
  // Per-document steps (coder.cc).
  void Prepare(std::string_view text, Analysis& a) const;
  void CodeSentence(const Document& doc, std::string_view text, uint32_t index, Analysis& a,
                    std::vector<Event>* out) const;

  // mentions.cc
  void FindSpans(std::string_view text, Analysis& a, uint32_t sb, uint32_t se) const;
  void BuildMentions(std::string_view text, Date date, Analysis& a, uint32_t sb, uint32_t se) const;
  void MarkSkips(std::string_view text, Analysis& a, uint32_t sb, uint32_t se) const;
  void Remember(Analysis& a, uint32_t mention_begin) const;
  // The country of the first place or capital among the current spans ("" if none).
  Code SentenceCountry(const Analysis& a) const;
  // Whether the phrase at token `tb` names where a gathering was: "a summit in Harare", "the
  // conference at".
  bool AtGathering(const Analysis& a, uint32_t tb) const;

  // trace.cc: appends the mentions, predicates and events of the sentence just coded.
  void TraceSentence(std::string_view text, const Analysis& a, size_t first_event,
                     const std::vector<Event>& events, std::string* trace) const;

  // dates.cc: the first date expression in tokens [sb, se); with outside_relative, not one inside
  // a relative clause (", who met in July,").
  DateRange FindDate(std::string_view text, const Analysis& a, uint32_t sb, uint32_t se,
                     Date doc_date, bool future, bool outside_relative = false) const;

  const lexicon::Lexicon& lx_;
  const PatternStyles* styles_;
  lexicon::WordId where_word_, that_word_, between_word_;  // words some rules look for, by id
  // "the" (the unknown word when the lexicon lacks it): a token spelled "the" has this id, so
  // the id is tested before the spelling.
  lexicon::WordId the_word_;
};

// Helpers shared by the coder's files.
// (Inline: the coder compares tokens with literal words everywhere, and the compiler then
// tests the length before any byte.)
inline std::string_view TokenText(std::string_view text, const Tok& t) {
  return std::string_view(text.data() + t.begin, t.end - t.begin);
}
// Nouns for a part of a place ("the city of Kherson", "residential areas of Kherson"),
// lower case (coder.cc).
bool IsPlaceNoun(std::string_view w);
// The value of a number token's digits, 1 .. max, else 0 (dates.cc).
int SmallNumber(std::string_view s, int max);
// The value of a count word "one" .. "twelve", in any case ("Two", "six"), else 0 (dates.cc).
int CountWordValue(std::string_view w);
// A crowd counted without naming it, lower-case: "thousands", "hundreds", "dozens", "millions",
// "crowds" (coder.cc).
bool IsCrowdCount(std::string_view w);
// An adverb by its spelling: longer than four letters, ending in "ly" ("formally", "jointly").
inline bool EndsWithLy(std::string_view w) { return w.size() > 4 && w[w.size() - 2] == 'l' && w.back() == 'y'; }
// The reference of the span's first sense of `kind`, or -1 (mentions.cc).
int32_t SenseRef(const lexicon::Lexicon& lex, const Span& s, lexicon::SenseKind kind);
// The union of the grammar-class flags (lexicon::kIntent, kLight, ...) of span `s`'s grammar senses
// (0 when it has none).
uint32_t GrammarFlags(const lexicon::Lexicon& lex, const Span& s);
// `s == lit` for a string literal, always inline: a length test and a compare of a known
// size, which the compiler does in a few instructions (std::string_view's == is often an
// out-of-line call and a memcmp call).
// The first and the last sizeof(W) bytes of p and q are equal (n >= sizeof(W); for n up to
// 2 * sizeof(W) that is all n bytes).
template <typename W>
[[gnu::always_inline]] inline bool SameEnds(const char* p, const char* q, size_t n) {
  W x0, y0, x1, y1;
  std::memcpy(&x0, p, sizeof(W));
  std::memcpy(&y0, q, sizeof(W));
  std::memcpy(&x1, p + n - sizeof(W), sizeof(W));
  std::memcpy(&y1, q + n - sizeof(W), sizeof(W));
  return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}
template <size_t N>
[[gnu::always_inline]] inline bool Is(std::string_view s, const char (&lit)[N]) {
  constexpr size_t n = N - 1;
  if (s.size() != n) return false;
  const char* p = s.data();
  // (Loads of a size known here: the literal's side folds to a constant. Where the loads
  // overlap, the shared bytes are compared twice.)
  if constexpr (n == 0) {
    return true;
  } else if constexpr (n == 1) {
    return p[0] == lit[0];
  } else if constexpr (n <= 3) {
    uint16_t x, y;
    std::memcpy(&x, p, 2);
    std::memcpy(&y, lit, 2);
    return x == y && p[n - 1] == lit[n - 1];
  } else if constexpr (n <= 8) {
    return SameEnds<uint32_t>(p, lit, n);
  } else if constexpr (n <= 16) {
    return SameEnds<uint64_t>(p, lit, n);
  } else {
    return std::memcmp(p, lit, n) == 0;
  }
}
// s equals one of the literals (tested in order, each as Is does: the lengths first).
template <size_t... N>
[[gnu::always_inline]] inline bool IsAny(std::string_view s, const char (&... lits)[N]) {
  return (Is(s, lits) || ...);
}
template <size_t N>
[[gnu::always_inline]] inline bool TokenIs(std::string_view text, const Tok& t, const char (&lit)[N]) {
  return Is(TokenText(text, t), lit);
}
inline bool TokenIs(std::string_view text, const Tok& t, std::string_view s) { return TokenText(text, t) == s; }
// A possessive pronoun as written ("its", "Their"; "her" may also be an object).
inline bool IsPossessivePronounWord(std::string_view w) {
  return IsAny(w, "its", "their", "his", "her", "our", "my", "your", "Its", "Their", "His", "Her", "Our", "My", "Your");
}
// An adverb that may stand between a subject or auxiliary and its verb: "-ly" words and "also",
// "then", "later", "again", "already", "still" ("was also received by", "Guterres also met").
// (Through IsAny: std::string_view's == called memcmp for every four-letter word.)
inline bool IsAdverbWord(std::string_view w) {
  return EndsWithLy(w) || IsAny(w, "also", "then", "later", "again", "already", "still");
}

}  // namespace entente::coder
