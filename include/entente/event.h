// entente/event.h — one coded political event and the document it came from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace entente {

// A calendar date (proleptic Gregorian). Zero year means "unknown".
struct Date {
  int year = 0, month = 0, day = 0;
  bool known() const { return year != 0; }
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// An input document. `text` is UTF-8; byte offsets in events refer to it after NFC normalisation
// (for text already in NFC — nearly all news text — that is the text as given).
struct Document {
  std::string id;
  std::string text;
  Date date;            // the document (publication) date; unknown → the caller's default
  std::string source;   // outlet name, optional
  std::string url;      // optional
};

// One side of an event. `code` is the full CAMEO actor code ("PRKGOV"), `country` the ISO3 code
// or "" for international/transnational actors, `sector` the first sector code or "".
struct Actor {
  std::string text;     // the words in the sentence that named the actor (or the antecedent)
  std::string code;
  std::string country;
  std::string sector;
};

struct Location {
  std::string name;     // gazetteer name ("Minsk")
  std::string country;  // ISO3
  double lat = 0, lon = 0;
};

// Where an event comes from: the sentence, the predicate words and the rule that fired.
struct Evidence {
  std::string sentence_text;
  std::string verb_text;
  std::string rule;         // e.g. "verb:meet with *" or "noun:visit to *" + modifiers
  uint32_t start = 0;       // byte offsets of the sentence in the document
  uint32_t end = 0;
};

struct Event {
  // (Every member has its own initialiser. A constructor of our own: a value-initialised Event,
  // as `events.emplace_back()` makes, is then not zero-filled first.)
  Event() {}
  std::string doc_id;
  uint32_t sentence = 0;            // 0-based sentence index within the document
  Date date;                        // event (start) date
  std::optional<Date> end_date;     // set for ranges ("Oct. 28 to 30")
  Actor source;
  std::optional<Actor> target;
  std::string cameo;                // "042"
  std::string plover;               // "CONSULT"; empty for CAMEO 01/02
  int quad_class = 0;               // 1..4
  double goldstein = 0;
  std::optional<Location> location;
  Evidence evidence;
  // Issues the sentence names (PETRARCH2/Phoenix issue coding, loaded with an OEDA dictionary
  // folder that has an issues file): code and how often, in order of first mention. Empty when
  // no issue coding is loaded.
  std::vector<std::pair<std::string, int>> issues;
};

}  // namespace entente
