// coder/analysis.h — the working structures of one document's analysis (internal).
//
// Everything here lives in per-thread scratch memory and is reused across documents: tokens
// carry offsets into the text and interned word ids, never copies of words.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "entente/event.h"
#include "entente/parse.h"
#include "lexicon/lexicon.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace entente::coder {

using lexicon::WordId;

struct Tok {
  uint32_t begin = 0, end = 0;
  uint16_t tflags = 0;      // text::TokenFlag
  WordId word = 0;
  uint32_t wflags = 0;      // lexicon::WordFlag
  int32_t mention = -1;     // index of the mention covering this token
  int32_t phrase_span = -1; // index of the phrase span starting here
  uint32_t reserved = 0;    // (unused: pads Tok to 32 bytes, a power of two, so that indexing
                            // the tokens is a shift rather than three instructions)
};
static_assert(sizeof(Tok) == 32);

// A dictionary phrase found in the text.
struct Span {
  uint32_t tb = 0, te = 0;  // token range [tb, te)
  uint32_t phrase = 0;      // lexicon phrase index
  uint32_t sense_mask = 0;  // bit per SenseKind present (after the capitalisation check)
};

// Copies len <= 19 bytes from src to dst with a few loads of fixed size (overlapping where the
// length is not one of theirs), all read before any is written; reads and writes no byte
// outside [src, src + len) and [dst, dst + len). (A byte loop or a memcpy call of a variable
// length costs several times as much for these short codes.)
[[gnu::always_inline]] inline void CopyShort(char* dst, const char* src, size_t len) {
  if (len >= 8) {
    uint64_t x, y, z = 0;
    std::memcpy(&x, src, 8);
    std::memcpy(&y, src + len - 8, 8);
    if (len > 16) std::memcpy(&z, src + 8, 8);
    std::memcpy(dst, &x, 8);
    if (len > 16) std::memcpy(dst + 8, &z, 8);
    std::memcpy(dst + len - 8, &y, 8);
  } else if (len >= 4) {
    uint32_t x, y;
    std::memcpy(&x, src, 4);
    std::memcpy(&y, src + len - 4, 4);
    std::memcpy(dst, &x, 4);
    std::memcpy(dst + len - 4, &y, 4);
  } else if (len >= 2) {
    uint16_t x, y;
    std::memcpy(&x, src, 2);
    std::memcpy(&y, src + len - 2, 2);
    std::memcpy(dst, &x, 2);
    std::memcpy(dst + len - 2, &y, 2);
  } else if (len == 1) {
    dst[0] = src[0];
  }
}

// A short actor code held inline (no allocation): "PRKGOV", "IGOUNOWHO".
struct Code {
  char s[20] = {};
  uint8_t n = 0;
  std::string_view view() const { return std::string_view(s, n); }
  void Set(std::string_view v) {
    n = static_cast<uint8_t>(v.size() < sizeof s ? v.size() : sizeof s - 1);
    CopyShort(s, v.data(), n);
  }
  void Append(std::string_view v) {
    // (as many of v's bytes as fit before the last byte of s)
    const size_t room = sizeof s - 1 > n ? sizeof s - 1 - n : 0;
    const size_t k = v.size() < room ? v.size() : room;
    CopyShort(s + n, v.data(), k);
    n = static_cast<uint8_t>(n + k);
  }
  bool empty() const { return n == 0; }
  friend bool operator==(const Code& a, const Code& b) { return a.view() == b.view(); }
};

enum class MentionKind : uint8_t { kCountry, kOrganization, kPerson, kAgent, kPronoun, kPair };

// One resolved actor.
struct ActorValue {
  Code code;
  Code country;
  Code sector;
  MentionKind kind = MentionKind::kCountry;
  int32_t person = -1;   // lexicon person index, when a person
  bool inferred = false; // country taken from where the sentence is set, not from the text
  bool role_in_text = false;  // a person's capacity named by the text ("Sudan's army chief, al-Burhan,"),
                              // kept over the dictionary's dated role
  uint32_t text_begin = 0, text_end = 0;  // the words that named it (byte offsets)
};

// A country's role ("BLR" + "GOV" = BLRGOV) as an actor named by text[text_begin, text_end).
inline ActorValue CountryRole(const Code& country, std::string_view sector, MentionKind kind, uint32_t text_begin,
                              uint32_t text_end, bool inferred = false) {
  ActorValue v;
  v.country = country;
  v.code = country;
  v.code.Append(sector);
  v.sector.Set(sector);
  v.kind = kind;
  v.inferred = inferred;
  v.text_begin = text_begin;
  v.text_end = text_end;
  return v;
}

// An actor phrase in the sentence (or a pronoun resolved to earlier actors).
struct Mention {
  uint32_t tb = 0, te = 0;       // tokens covered
  uint32_t actors_off = 0;       // into Analysis::mention_actors (1 for most, 2+ for pairs)
  uint32_t actors_len = 0;
  WordId prep = 0;               // preposition right before the phrase, or 0
  bool possessive = false;       // followed by 's
  bool modifier = false;         // an adjective/possessive modifying the next noun
  bool place_only = false;       // a gazetteer place that is not an actor ("in Istanbul"): only
                                 // a prepositional target, coded as its country
  int32_t group = -1;            // compound group id
  int32_t place = -1;            // gazetteer place when the phrase is also a place
  int32_t spread_sector = -1;    // "the leaders of X, Y and Z": sector for the whole group
  bool from_last_event = false;  // "the two leaders" resolved to the sides of an earlier event
};

// A coordinated list of mentions ("Russia, Belarus and North Korea").
struct Group {
  uint32_t first = 0, count = 0;  // mentions [first, first+count)
};

struct DateRange {
  Date start;
  std::optional<Date> end;
  bool explicit_ = false;
  uint32_t tok = 0;  // token where the expression starts (when explicit_)
  bool vague = false;  // a whole month ("in March"): dates its own sentence only
};

// Coreference memory across the sentences of one document.
struct DocMemory {
  std::vector<ActorValue> last_persons;  // most recent last
  std::vector<ActorValue> last_things;   // states/organisations
  std::vector<ActorValue> last_group;    // the last compound group or event pair
  std::vector<ActorValue> last_pair;     // the last event's two sides
  std::vector<ActorValue> last_dyad;     // the two sides of the last event with a target
  std::vector<ActorValue> last_state_pair;  // ... of the last event between two countries
  std::vector<ActorValue> person_pair;   // the last event between two persons ("hosted Zelensky")
  std::vector<ActorValue> government_pair;  // ... between two governments' people ("met his counterpart")
  Date government_pair_date;
  uint32_t last_pair_sentence = 0, person_pair_sentence = 0;  // where they were coded
  Date last_pair_date, person_pair_date, last_dyad_date;  // when their event happened, when stated (else unknown)
  std::vector<ActorValue> all;           // every resolved actor in order (for agent coref)
  std::vector<ActorValue> subjects;      // each sentence's first actor outside a prepositional phrase
  bool last_subject_listed = false;      // the last of `subjects` opened a list ("India and the UAE")
  std::vector<ActorValue> subject_person;  // the last person who was an event's source (0 or 1)
  std::vector<ActorValue> speaker_thing;   // the last sentence's opening speaker, a state or body (0 or 1)
  std::vector<ActorValue> agreement_pair;  // the sides of the last agreement signed (057): "the pact"
  std::vector<ActorValue> meeting_pair;    // ... of the last visit, meeting or talks (04x): "the summit"
  std::vector<ActorValue> protesters;      // the people of the last protest or riot (14x), 0 or 1
  std::vector<ActorValue> attackers;       // the non-state source of the last act of force (18-20), 0 or 1
  std::vector<ActorValue> meeting_group;   // every side of the meetings (04x) of one sentence: "the three leaders"
  uint32_t meeting_group_sentence = 0;     // ... that sentence's index + 1 (0: none)
  std::vector<ActorValue> guest;           // the visitor of the last visit or talks abroad (0 or 1): "his guest"
  Date guest_date;                         // ... when that visit was, when stated (else unknown)
  uint32_t guest_sentence = 0;             // ... the sentence that named the guest, + 1 (0: none)
  int32_t visit_place = -1;                // where the last visit with a place went (lexicon place)
  Code visitor, visit_host;                // ... the visitor's country and the host country
  void Clear() {
    visit_place = -1;
    visitor = visit_host = Code();
    subject_person.clear();
    speaker_thing.clear();
    agreement_pair.clear();
    meeting_pair.clear();
    protesters.clear();
    attackers.clear();
    meeting_group.clear();
    meeting_group_sentence = 0;
    guest.clear();
    guest_date = Date{};
    guest_sentence = 0;
    last_persons.clear();
    last_things.clear();
    last_group.clear();
    last_pair.clear();
    last_dyad.clear();
    last_state_pair.clear();
    subjects.clear();
    last_subject_listed = false;
    person_pair.clear();
    government_pair.clear();
    government_pair_date = Date{};
    last_pair_sentence = person_pair_sentence = 0;
    last_pair_date = person_pair_date = last_dyad_date = Date{};
    all.clear();
  }
};

// An event predicate found in a sentence (a verb or an event noun with a matching pattern).
enum class Mood : uint8_t { kPlain, kIntent, kRefusal, kNegated, kHypothetical };

struct Predicate {
  uint32_t tok = 0;          // the head verb/noun token
  uint32_t last = 0;         // last token the pattern used
  uint32_t pattern = 0;      // lexicon pattern index
  bool noun = false;
  bool passive = false;
  int32_t source = -1;       // mention index
  int32_t target = -1;       // mention index
  Mood mood = Mood::kPlain;
  std::string_view why_source;  // explanation of the source choice (static strings)
  char refined[6] = {};      // a more specific code found later ("urged X to provide aid": 0233)
  bool keds = false;         // the pattern follows the KEDS conventions (coder.h, PatternStyles)
  bool compound = false;     // KEDS "%" before the verb: the compound subject acts on itself
  uint32_t pre_first = 0;    // KEDS: first token matched before the verb (== tok when none)
  int32_t keds_source = -1;  // KEDS "$" after the verb: the source's mention
  bool subject_target = false;  // KEDS "+" before the verb: the subject is the target
  bool people_source = false;   // a protest noun with no named protesters: the people protest
  bool police_source = false;   // "were arrested" with no agent: the police of the place arrest
  bool by_agent = false;        // an event noun's source is the agent after "by": "after mediation by the UAE"
  bool other_clause_before = false;  // "a deal brokered by Qatar", "during talks in Beijing": the words before are another clause's
  bool background = false;     // a visit or talks in an "after" adjunct: an earlier act, no pair to take up later
};

struct Analysis {
  std::string normalized;              // NFC text when normalisation changed it
  std::vector<text::Token> raw_tokens; // the tokens in [0, toks.size()); room kept across documents (Prepare)
  std::vector<Tok> toks;
  std::vector<text::Sentence> sentences;
  std::vector<Span> spans;
  // The tokens whose word starts some dictionary phrase, in order, then UINT32_MAX (Coder::Prepare):
  // FindSpans visits only these. phrase_cursor is where its last call stopped (sentences come in
  // order).
  std::vector<uint32_t> phrase_tokens;
  size_t phrase_cursor = 0;
  std::vector<Mention> mentions;
  std::vector<ActorValue> mention_actors;
  std::vector<Group> groups;
  std::vector<uint8_t> mention_links;  // BuildMentions' working list (each mention's link to the next)
  std::vector<uint8_t> skip;           // per token: 0, or inside a delimited clause or parenthesis (1), a relative clause (2), a role in apposition to a name (3: names no actor)
  std::vector<uint8_t> used;           // per token: consumed by a predicate's pattern
  std::vector<Predicate> preds;
  std::string lower;                   // lookup buffer
  std::string padded_text;             // Prepare: the text and 16 zero bytes, so that its loads of
                                       // a token's whole 8-byte words never pass the end
  // Per word: the stamp of its last occurrence in the sentence (the coder's quick "cannot
  // match" test for patterns); window_epoch is above every stamp given so far.
  std::vector<uint32_t> word_stamp;
  uint32_t window_epoch = 0;
  // The sentence's tokens stamped so far whose word, noun lemma or verb lemma keys pattern
  // candidates (PatternStyles::Candidates), in token order, one entry per such word; and the
  // pattern search's bitset of the candidates it visits.
  struct KeyTok {
    uint32_t tok = 0;
    uint32_t word = 0;
  };
  std::vector<KeyTok> key_toks;
  std::vector<uint64_t> live_candidates;
  DocMemory memory;
  DateRange paragraph_date;            // last explicit date in the current paragraph
  DateRange story_date;                // last explicit date anywhere earlier in the document
  Date antecedent_date;                // date of the earlier event "the two sides" refer to (or unknown)
  Code doc_country;                    // from the dateline place, when there is one
  int32_t doc_place = -1;              // the dateline's place (lexicon index), or -1 ("arrived here")
  size_t doc_first_event = 0;          // the document's first event in the output list
  Code sentence_country;               // the first place named in the sentence, else doc_country
  Code story_country;                  // the place an earlier sentence last named itself
  bool country_from_dateline = false;  // sentence_country is doc_country (no place in the sentence)
  Code named_country;                  // the first country named in the sentence
  uint32_t named_country_tok = 0;      // and the token where it is named
  // Event building (the end of Coder::CodeSentence): per-predicate working lists and strings,
  // kept here so their memory is reused across predicates, sentences and documents.
  std::vector<const ActorValue*> ev_sources, ev_targets;
  ActorValue ev_protesters;  // the protesters a repression with no target is aimed at
  ActorValue ev_inviter;     // who made the invitation "accepted the invitation" takes up
  std::vector<std::pair<const ActorValue*, const ActorValue*>> ev_pairs, ev_implied;
  std::vector<ActorValue> ev_militaries, ev_governments;
  std::vector<ActorValue> ev_envoys_of;  // the governments whose diplomats were expelled "from" a state
  std::vector<const ActorValue*> title_candidates;  // BuildMentions: persons "the president" may take up
  std::string ev_mood_note, ev_rule;
  // Actors the event rules make up for one predicate (the victims, the people, what was reacted
  // to, the dateline's place, who was yielded to, where force struck): here rather than locals
  // of the predicate loop, which were cleared for every predicate. Each rule sets its own before
  // its use.
  struct EventActors {
    ActorValue victims, people, here, yielded_to, where, mourned, ruler, ruled, held;
    std::vector<ActorValue> reacted_to;  // (all the authors of the act reacted to)
    std::vector<ActorValue> mediated;    // (the two sides of an act a passive mediation names)
  } ev_actors;
  // The memory of the long strings of events the caller handed back (Engine::Scratch::Recycle):
  // a new event's sentence text, rule, actor and predicate texts take it instead of allocating their own.
  // Contents are stale.
  std::vector<std::string> pool_sentence, pool_rule, pool_text;
  std::string* trace = nullptr;        // explain output, when requested
  bool discard_story = false;          // a story discard phrase was found: code nothing of it
  // External parses (Engine::CodeParsed): sentence k's text starts at byte parse_offsets[k] of
  // the document text. Null when coding from the text alone.
  const std::vector<ParsedSentence>* parses = nullptr;
  const std::vector<uint32_t>* parse_offsets = nullptr;
};

}  // namespace entente::coder
