// lexicon/lexicon.h — the compiled, immutable dictionary shared by all coding threads.
//
// Every word of every dictionary is interned to a WordId (0 = unknown). Multi-word entries
// (names, agents, titles, places, grammar phrases) are Phrases indexed by their first word.
// All tables are flat vectors of plain structs plus one character pool, so the whole lexicon
// saves to and loads from a binary cache without rebuilding anything (see cache.h).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "entente/event.h"
#include "model/cameo.h"
#include "text/sentences.h"

namespace entente::lexicon {

using WordId = uint32_t;
constexpr WordId kUnknownWord = 0;

// A string stored in the lexicon's character pool.
struct Str {
  uint32_t off = 0, len = 0;
};

// Closed-class and role flags per word (any inflected form carries its lemma's flags).
enum WordFlag : uint32_t {
  kNegation = 1u << 0,
  kModal = 1u << 1,
  kDeterminer = 1u << 2,
  kPreposition = 1u << 3,
  kConjunction = 1u << 4,
  kSubordinator = 1u << 5,
  kPronounPerson = 1u << 6,
  kPronounGroup = 1u << 7,
  kPronounThing = 1u << 8,
  kReport = 1u << 9,
  kLight = 1u << 10,
  kIntent = 1u << 11,
  kRefusal = 1u << 12,
  kWeekday = 1u << 13,
  kMonth = 1u << 14,
  kBe = 1u << 15,
  kAuxiliary = 1u << 16,      // have/has/had/do/does/did/been/being
  kHypothetical = 1u << 17,
  kEventVerb = 1u << 18,      // a form of a verb with patterns
  kEventNoun = 1u << 19,      // a form of a noun with patterns
  kAbbreviation = 1u << 20,
  kAnyVerb = 1u << 21,        // any known verb form (patterns, grammar verbs, irregulars)
  kPastParticiple = 1u << 22,
  kRelTime = 1u << 23,        // yesterday, today, tomorrow, last, next, ...
  kGerund = 1u << 24,
  kPastTense = 1u << 25,
  kWeaponAir = 1u << 26,        // missiles, warplanes, airstrikes → CAMEO 195
  kWeaponDrone = 1u << 27,      // drones → CAMEO 1952
  kWeaponArtillery = 1u << 28,  // shelling, rockets, tanks → CAMEO 194
  kComplementNoun = 1u << 29,   // "decision to", "efforts to": the infinitive is not an event
  kPhone = 1u << 30,            // "by phone", "video call": a consultation at a distance (041)
};

enum class SenseKind : uint8_t {
  kCountryName,   // "Belarus"  → actor
  kCountryAdj,    // "Belarusian" → actor (country)
  kCapital,       // "Minsk" → actor (country); also a place
  kMetonym,       // "Kremlin" → actor (country+sector)
  kOrganization,  // "KCNA" → actor
  kPerson,        // "Choe Son-hui" → person
  kPersonShort,   // "Choe" → person (needs a title or an earlier full mention)
  kAgent,         // "foreign minister" → sector
  kTitle,         // "President" → sector
  kPlace,         // "Geneva" → place
  kGrammar,       // "according to" → grammar class flags in `ref`
  kPair,          // "the two sides" → the last pair of actors
};

struct Sense {
  SenseKind kind;
  uint32_t ref;  // index into actors / persons / sectors pool / places, or flags for kGrammar
};

struct Phrase {
  uint32_t words_off = 0;  // into phrase_words
  uint16_t len = 0;
  uint32_t senses_off = 0;  // into senses
  uint16_t senses_len = 0;
};

enum class ActorKind : uint8_t { kState, kTerritory, kOrganization, kMedia, kArmed, kParty, kPerson };

struct ActorEntry {
  Str code;      // "PRK", "IGOUNO", "PRKMED"
  Str country;   // "PRK" or ""
  Str sector;    // "GOV", "IGO", "" ...
  ActorKind kind = ActorKind::kState;
};

// One dated role of a person.
struct Role {
  Date from, to;      // unknown year = open end
  uint32_t actor;     // index into actors (the role's code as an actor entry)
  Str description;
};

struct Person {
  Str name;           // display name (first of `names`)
  uint32_t roles_off = 0, roles_len = 0;
};

struct Place {
  Str name;
  Str country;
  double lat = 0, lon = 0;
  // A state itself (gazetteer kind `country`, at its centre): found through the country's actor
  // ("met in Malta"), never through a phrase sense of its own.
  bool country_level = false;
};

// One element of a verb/noun pattern.
enum class ElemKind : uint8_t { kLiteral, kOptional, kTarget };
struct PatternElem {
  ElemKind kind;
  uint32_t alts_off = 0;  // word ids of the alternatives (kLiteral/kOptional) in pattern_words
  uint16_t alts_len = 0;
};

struct Pattern {
  uint32_t cameo = 0;     // index into cameo table
  uint32_t elems_off = 0;
  uint16_t elems_len = 0;
  uint16_t literals = 0;  // number of required literals (specificity)
  bool has_target = false;
  bool noun = false;
  Str text;               // the pattern as written, for evidence
  Str source;             // "verbs.tsv:123"
};

enum class VerbForm : uint8_t { kNone, kBase, kThird, kPast, kParticiple, kPastOrParticiple, kGerund };

class Lexicon;
// True when every offset, index and string reference in `lx`'s tables is in range (cache.cc).
bool Consistent(const Lexicon& lx);

class Lexicon {
 public:
  // --- words ---
  WordId Find(std::string_view lower_word) const;
  // The same for a word in a padded buffer: word[len] up to the next multiple of 8 are zero
  // bytes (the coder lower-cases tokens into one), so hashing and comparing take whole 8-byte
  // chunks.
  WordId FindPadded(const char* lower_word, size_t len) const;
  // The word table for a loop over many tokens (Coder::Prepare): FindPadded and Flags through
  // pointers taken once, which the compiler keeps in registers instead of reloading the
  // vectors for each token. Valid while the lexicon lives.
  class PaddedWords;
  PaddedWords padded_words() const;
  std::string_view Word(WordId id) const { return id < words_.size() ? str(words_[id]) : std::string_view(); }
  // Word without the bounds test, for an id below word_count() (a token's: the coder's loops).
  std::string_view WordOf(WordId id) const { return str(words_[id]); }
  // WordOf through these, for a loop that reads many words (the pointers taken once, not reloaded
  // through the lexicon for each word): the spelling of id is
  // (word_pool() + word_strs()[id].off, word_strs()[id].len). Valid while the lexicon lives.
  const Str* word_strs() const { return words_.data(); }
  const char* word_pool() const { return pool_.data(); }
  uint32_t Flags(WordId id) const { return id < word_flags_.size() ? word_flags_[id] : 0; }
  size_t word_count() const { return word_flags_.size(); }

  // --- phrases: longest first ---
  // Phrases whose first word is `first` (ordered by decreasing length).
  std::pair<const uint32_t*, const uint32_t*> PhrasesStartingWith(WordId first) const;
  const Phrase& phrase(uint32_t i) const { return phrases_[i]; }
  size_t phrase_count() const { return phrases_.size(); }
  const WordId* phrase_words(const Phrase& p) const { return &phrase_words_[p.words_off]; }
  const Sense* senses(const Phrase& p) const { return &senses_[p.senses_off]; }

  // --- verbs and nouns ---
  WordId VerbLemma(WordId form) const { return form < verb_lemma_.size() ? verb_lemma_[form] : 0; }
  VerbForm VerbFormOf(WordId form) const {
    return form < verb_form_.size() ? static_cast<VerbForm>(verb_form_[form]) : VerbForm::kNone;
  }
  WordId NounLemma(WordId form) const { return form < noun_lemma_.size() ? noun_lemma_[form] : 0; }
  // The lemma tables themselves, one entry per word id (below word_count()), for a loop that
  // reads many (the coder's pattern search): VerbLemma and NounLemma without the bounds test.
  const WordId* verb_lemmas() const { return verb_lemma_.data(); }
  const WordId* noun_lemmas() const { return noun_lemma_.data(); }
  // Patterns of a verb lemma or noun lemma (by WordId of the lemma), most specific first.
  std::pair<const uint32_t*, const uint32_t*> VerbPatterns(WordId lemma) const;
  std::pair<const uint32_t*, const uint32_t*> NounPatterns(WordId lemma) const;
  const Pattern& pattern(uint32_t i) const { return patterns_[i]; }
  const PatternElem& elem(uint32_t i) const { return elems_[i]; }
  const WordId* pattern_words(const PatternElem& e) const { return &pattern_words_[e.alts_off]; }
  size_t pattern_count() const { return patterns_.size(); }

  // --- entities ---
  const ActorEntry& actor(uint32_t i) const { return actors_[i]; }
  size_t actor_count() const { return actors_.size(); }
  const Person& person(uint32_t i) const { return persons_[i]; }
  size_t person_count() const { return persons_.size(); }
  const Role& role(uint32_t i) const { return roles_[i]; }
  const Place& place(uint32_t i) const { return places_[i]; }
  size_t place_count() const { return places_.size(); }
  // The role of person `p` in force on `date`: the covering role with the latest start, else the
  // nearest role in time (then *in_role is false). Returns the actor index.
  uint32_t ResolvePerson(uint32_t p, Date date, bool* in_role) const;

  // --- CAMEO ---
  const model::CameoInfo& cameo(uint32_t i) const { return cameo_[i]; }
  size_t cameo_count() const { return cameo_.size(); }
  // Index of a CAMEO code, or -1.
  int FindCameo(std::string_view code) const;

  std::string_view str(Str s) const { return std::string_view(pool_.data() + s.off, s.len); }
  // Country (ISO3) of a country code used in actor codes; "" when `code` is not a country.
  bool IsCountryCode(std::string_view code) const;

  // Sector strings are interned in the pool: an agent/title sense's ref is a Str index here.
  Str sector(uint32_t i) const { return sectors_[i]; }

  uint64_t source_hash() const { return source_hash_; }
  // Words that, followed by '.', do not end a sentence (from grammar.tsv).
  const text::AbbreviationSet& abbreviations() const { return abbreviations_; }
  // Rebuilds derived tables (word hash tags, abbreviations) after the flat tables were filled.
  void FinishDerived();

 private:
  friend class LexiconBuilder;
  friend class CacheIo;
  friend bool Consistent(const Lexicon& lx);

  std::vector<char> pool_;
  // words: open-addressing hash table of word ids; words_ holds each word's Str.
  std::vector<Str> words_;
  std::vector<uint32_t> word_flags_;
  std::vector<uint32_t> hash_slots_;  // WordId or 0, size is a power of two (the cached form)
  // phrases
  std::vector<Phrase> phrases_;
  std::vector<WordId> phrase_words_;
  std::vector<Sense> senses_;
  std::vector<uint32_t> phrase_index_off_;  // per first word: offset into phrase_index_ (CSR)
  std::vector<uint32_t> phrase_index_;
  // verbs / nouns
  std::vector<WordId> verb_lemma_;
  std::vector<uint8_t> verb_form_;
  std::vector<WordId> noun_lemma_;
  std::vector<uint32_t> verb_pat_off_;  // per lemma word id (CSR)
  std::vector<uint32_t> verb_pat_;
  std::vector<uint32_t> noun_pat_off_;
  std::vector<uint32_t> noun_pat_;
  std::vector<Pattern> patterns_;
  std::vector<PatternElem> elems_;
  std::vector<WordId> pattern_words_;
  // entities
  std::vector<ActorEntry> actors_;
  std::vector<Person> persons_;
  std::vector<Role> roles_;
  std::vector<Place> places_;
  std::vector<Str> sectors_;
  std::vector<Str> country_codes_;  // sorted
  // CAMEO (not POD: rebuilt from cameo rows in the cache as strings)
  std::vector<model::CameoInfo> cameo_;
  uint64_t source_hash_ = 0;
  // The probed form of hash_slots_ (derived, same positions): each id beside a tag of its word,
  // so a probe compares the tag before it touches words_ and the pool, and a miss usually costs
  // one cache line. The tag is 24 hash bits the slot index does not use (tables have far fewer
  // than 2^40 slots) and the word's length (255 for 255 bytes or more): equal tags mean equal
  // lengths below 255.
  struct WordSlot {
    WordId id = kUnknownWord;
    uint32_t tag = 0;
    static uint32_t Tag(uint64_t h, size_t len) {
      return (static_cast<uint32_t>(h >> 40) << 8) | static_cast<uint32_t>(len < 255 ? len : 255);
    }
  };
  std::vector<WordSlot> word_slots_;
  // Per word id (derived): its first 8 bytes, zero past its end for words of less than 8 bytes:
  // with the length in the tag, one compare decides FindPadded for words of up to 8 bytes.
  std::vector<uint64_t> word_first8_;
  text::AbbreviationSet abbreviations_;  // derived from kAbbreviation words
  // Derived: FindCameo's table, open addressing on base::HashShort of the code (a few bytes: the
  // coder looks codes up for every event, where a std::hash of the string and a string compare
  // cost more than the rest of the look-up). Each slot holds an index into cameo_ (or -1) beside
  // the code's length and first 8 bytes (zero past its end), which decide codes of up to 8
  // bytes without reading the string. Size a power of two.
  struct CameoSlot {
    int32_t index = -1;
    uint32_t len = 0;
    uint64_t first8 = 0;
  };
  std::vector<CameoSlot> cameo_slots_;
};

class Lexicon::PaddedWords {
 public:
  // Lexicon::FindPadded.
  WordId Find(const char* lower_word, size_t len) const;
  // The same for a word of 1 to 8 bytes given as its 8 padded bytes (little-endian, zero past
  // len): nearly every token, found by a loop that reads no byte of the word again.
  WordId FindShort(uint64_t first, size_t len) const;
  // The same for a word of 9 to 16 bytes given as its two padded 8-byte chunks (zero past len):
  // the longer tokens, found without storing them to a buffer and reading them back.
  WordId FindMedium(uint64_t first, uint64_t second, size_t len) const;
  // Lexicon::Flags of an id Find returned (without a bounds test: every word of the table has
  // its flags, as Consistent checks).
  uint32_t Flags(WordId id) const { return flags_[id]; }

 private:
  friend class Lexicon;
  const WordSlot* slots_ = nullptr;
  size_t mask_ = 0;
  const uint64_t* first8_ = nullptr;
  const Str* words_ = nullptr;
  const char* pool_ = nullptr;
  const uint32_t* flags_ = nullptr;
};

inline Lexicon::PaddedWords Lexicon::padded_words() const {
  PaddedWords p;
  if (word_slots_.empty()) {
    // (No words: one empty slot, so every lookup ends at once with the unknown word.)
    static constexpr WordSlot kNoSlot{};
    static constexpr uint32_t kNoFlags = 0;
    p.slots_ = &kNoSlot;
    p.flags_ = &kNoFlags;
    return p;
  }
  p.slots_ = word_slots_.data();
  p.mask_ = word_slots_.size() - 1;
  p.first8_ = word_first8_.data();
  p.words_ = words_.data();
  p.pool_ = pool_.data();
  p.flags_ = word_flags_.data();
  return p;
}

// Inline: the coder calls it once per token.
[[gnu::always_inline]] inline WordId Lexicon::PaddedWords::Find(const char* w, size_t len) const {
  uint64_t first;  // the first 8 bytes of the padded word: zero past len
  const uint64_t h = base::HashShortPadded(w, len, &first);
  const uint32_t tag = WordSlot::Tag(h, len);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const WordSlot slot = slots_[i];
    if (slot.id == kUnknownWord) return kUnknownWord;
    if (slot.tag != tag) continue;
    // (The tag has matched the length: the first 8 bytes decide words of up to 8 bytes, nearly
    // every word; up to 16 bytes, the last 8 bytes too.)
    if (first8_[slot.id] != first) continue;
    if (len <= 8) return slot.id;
    const Str s = words_[slot.id];
    if (len <= 16) {
      uint64_t x, y;
      std::memcpy(&x, pool_ + s.off + len - 8, 8);
      std::memcpy(&y, w + len - 8, 8);
      if (x == y) return slot.id;
      continue;
    }
    if (s.len == len && std::memcmp(pool_ + s.off, w, len) == 0) return slot.id;
  }
}

[[gnu::always_inline]] inline WordId Lexicon::PaddedWords::FindShort(uint64_t first, size_t len) const {
  // (base::HashShortPadded of the padded word: its one chunk.)
  const uint64_t h = base::hash_short::Finish(base::hash_short::Mix(base::hash_short::Start(len), first));
  const uint32_t tag = WordSlot::Tag(h, len);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const WordSlot slot = slots_[i];
    if (slot.id == kUnknownWord) return kUnknownWord;
    // (As in Find: the tag has matched the length, and the first 8 bytes are the whole word.)
    if (slot.tag == tag && first8_[slot.id] == first) return slot.id;
  }
}

[[gnu::always_inline]] inline WordId Lexicon::PaddedWords::FindMedium(uint64_t first, uint64_t second,
                                                                      size_t len) const {
  // (base::HashShortPadded of the padded word: its two chunks.)
  namespace hs = base::hash_short;
  const uint64_t h = hs::Finish(hs::Mix(hs::Mix(hs::Start(len), first), second));
  const uint32_t tag = WordSlot::Tag(h, len);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const WordSlot slot = slots_[i];
    if (slot.id == kUnknownWord) return kUnknownWord;
    if (slot.tag != tag || first8_[slot.id] != first) continue;
    // (The tag has matched the length. The word's last 8 bytes, moved down past its first 8,
    // are its bytes 8 to len, zero-extended: the second chunk when the words are equal.)
    uint64_t last;
    std::memcpy(&last, pool_ + words_[slot.id].off + len - 8, 8);
    if ((last >> (8 * (16 - len))) == second) return slot.id;
  }
}

[[gnu::always_inline]] inline WordId Lexicon::FindPadded(const char* w, size_t len) const {
  return padded_words().Find(w, len);
}

}  // namespace entente::lexicon
