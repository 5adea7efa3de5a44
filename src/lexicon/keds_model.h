// lexicon/keds_model.h — a TABARI dictionary set read as TABARI reads it, for the TABARI-style
// shallow coder (coder/shallow.h). The Lexicon (tabari.cc) maps the same files onto Entente's
// own senses and patterns; this model keeps what TABARI's coding needs and the Lexicon has no
// place for: words as stems or exact words, "_" (adjacent) against " " (words may stand between),
// null [---], discard [###] and complex [+++] codes, <NOUN>/<ADJECTIVE> words, synsets, pattern
// slots (+ $ ^ %) and the .options settings. Rules: docs/DICTIONARIES.md, "The TABARI coding mode".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "entente/event.h"
#include "entente/status.h"

namespace entente::lexicon {

// One dictionary word, upper case. A word written with a final '_' or '=' (or joined to the next
// by '_') is `exact`: it matches that word (with regular endings unless `bare`); otherwise it is a stem and matches every word
// that starts with it (TABARI's rule). `adjacent`: the word must directly follow the previous one
// (written "A_B"); words separated by a blank may have other words between them.
struct KedsWord {
  std::string text;
  bool exact = false;
  bool adjacent = false;
  bool bare = false;  // written with a final '=': this word exactly, without any ending
};
using KedsPhrase = std::vector<KedsWord>;

// An actor code: "ARN", "" (null code [---]), "###" (discard), "+++" (complex), or several
// actors "FRO/BIL/SAM" (one name for a compound); optionally in force only between two dates.
struct KedsCode {
  std::string code;
  bool dated = false;
  Date from, to;  // unknown year = open end
};

struct KedsActor {
  KedsPhrase name;
  uint32_t entry = 0;  // index into KedsModel::actor_codes (synonyms share it)
};

struct KedsAgent {
  KedsPhrase name;
  std::string code;     // "GOV", "MOSREB"
  bool prefix = false;  // "[NGM~]": written before the actor's code
};

// One element of a verb pattern.
enum class KedsSlot : uint8_t {
  kWords,     // one of `choices` (a word, a {A | B} list or a &SYNSET)
  kVerb,      // "*": the verb
  kTarget,    // "+"
  kSource,    // "$"
  kSkip,      // "^": skip one actor
  kCompound,  // "%": the compound subject acts on itself
};
struct KedsElem {
  KedsSlot slot = KedsSlot::kWords;
  std::vector<KedsPhrase> choices;  // kWords
  bool adjacent = false;            // joined by '_' to the element before it
};

// An event code: "064", "" (null [---]), "###", "+++"; `back` is the reverse code of a paired
// code "[032:033]" (target to source), else "".
struct KedsEventCode {
  std::string code, back;
  // "[023?]": a subordinate code ("X said ..."): coded only when no other verb of the clause
  // codes an event.
  bool subordinate = false;
  // "[031!]": a dominant code: when it codes, the sentence's other events are dropped.
  bool dominant = false;
};

struct KedsPattern {
  std::vector<KedsElem> before;  // elements before "*", in text order
  std::vector<KedsElem> after;   // elements after "*"
  KedsEventCode code;
  bool verb_adjacent = false;  // "RECENT_*": the last element before "*" directly precedes the verb
  uint32_t words = 0;  // number of word elements (longer patterns are tried first)
  std::string text;    // as written, for evidence
  int line = 0;
};

struct KedsVerb {
  KedsPhrase name;  // "BURN DOWN": the first word is the verb, the rest must follow it
  KedsEventCode code;
  std::vector<KedsPattern> patterns;  // most word elements first, then file order
  int line = 0;                       // line in its verbs file (evidence)
};

// How TABARI chooses what to code (the .options file and { OPTION: } settings).
struct KedsSettings {
  enum class CodeBy : uint8_t { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER — codes used when no actor is found; PRIOR/AFTER:
  // also when the actor found is not before (source) or after (target) the verb.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR — sentences with n or more verbs or conjunctions, or
  // (with NOACTPRIOR) no actor before the first verb, are complex and not coded (0: no limit).
  int complex_verbs = 0, complex_conj = 0;
  bool complex_no_actor_prior = false;
  bool convert_agent = false;   // SET: CONVERT AGENT — an agent alone is the actor "~SECTOR"
  int minimum_words = 8;        // SET: MINIMUM WORDS — shorter sentences are not coded (TABARI: 8)
  bool time_shift = true;       // SET: TIME SHIFT — <TIME> phrases are read
  // COMMA: MIN MAX EMIN EMAX BMIN BMAX — comma-delimited subordinate phrases of MIN..MAX words
  // (EMIN..EMAX at the end of the sentence, BMIN..BMAX at its start) are skipped.
  bool comma = true;  // (TABARI: on, MIN 2 MAX 10, EMIN 2 EMAX 10, BMIN 255 BMAX 0 — never at the start)
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
  // FORWARD: FORMAT — records of one story pass actors to the pronouns of the next record. The
  // format describes record ids: the characters after its last 'N' are the sentence number, the
  // id without them names the story ("^^*****NNN*SSS": FRWD-001-002 is story FRWD-001). "" = off.
  std::string forward;
};

// Applies one .options command ("SET: CODE ALL", "DEFAULT: OFF", ...) to *s. Returns false for a
// line that is not a setting the coder uses (LABEL:, OUTPUT:, unknown commands).
bool ApplyKedsSetting(std::string_view line, KedsSettings* s);

struct KedsModel {
  std::vector<KedsActor> actors;
  std::vector<std::vector<KedsCode>> actor_codes;
  std::vector<KedsAgent> agents;
  std::vector<KedsVerb> verbs;
  std::vector<KedsPhrase> nouns, adjectives;  // <NOUN>, <ADJECTIVE>
  // <TIME> phrases coded [###] (discard) or [+++] (complex); shifts are not kept.
  std::vector<std::pair<KedsPhrase, std::string>> time_marks;
  KedsSettings settings;
  // First-word index: words starting with a letter pair → candidates (built by Index()).
  std::map<std::string, std::vector<uint32_t>> actor_index, agent_index, verb_index;
  std::map<std::string, std::vector<uint32_t>> noun_index, adjective_index;  // one-word entries
  void Index();
};

// Reads the TABARI files named by `path` (lexicon::FindTabariFiles: a .project, a folder or one
// file) into *model, then applies `extra_settings` (option lines) after the .options files.
// Malformed lines are skipped (the Lexicon reader, tabari.cc, reports them). Fails only when
// the files cannot be found or read.
Status ReadKedsModel(const std::string& path, const std::vector<std::string>& extra_settings, KedsModel* model);

// Same, from file contents (for tests and fuzzing): each vector holds whole files.
void ParseKedsModel(const std::vector<std::string>& actors, const std::vector<std::string>& verbs,
                    const std::vector<std::string>& agents, const std::vector<std::string>& options, KedsModel* model);

// Splits dictionary text "AL_GORE", "BARAD-DUR", "LEFT_" into words (see KedsWord).
KedsPhrase ParseKedsPhrase(std::string_view text);

}  // namespace entente::lexicon
