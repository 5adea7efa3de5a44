// coder/shallow.h — the TABARI coding mode: a sequential shallow parse of each sentence, as
// TABARI (Schrodt) codes with KEDS/TABARI dictionaries. Selected by Engine::Load when the
// dictionaries come from "tabari:PATH" (EngineOptions::coder, include/entente/engine.h).
//
// Per sentence: words are matched against the actors, agents and verbs of a lexicon::KedsModel
// (stems match as prefixes, "_" words must be adjacent); a verb after a determiner, a
// capitalised verb inside the sentence and a <NOUN> word are nouns; actors joined by "and" or
// commas are compounds; agents combine with the actor before them or after "of"; pronouns take
// the nearest actor before them. The sentence is cut into clauses at conjunctions that do not
// join actors; in each clause the first verb whose code is not null codes one event (CODE BY
// CLAUSE; the settings can ask for one per sentence or one per verb): its patterns are tried
// longest first, the source is the pattern's "$" or the first actor of the clause before the
// verb (else the previous clause's source), the target the pattern's "+" or the first actor
// after the verb; compounds are distributed. [###] discards and [+++] (or the COMPLEX limits)
// make the sentence code nothing. Rules: docs/DICTIONARIES.md, "The TABARI coding mode".
#pragma once

#include <string>
#include <vector>

#include "entente/event.h"
#include "entente/status.h"
#include "lexicon/keds_model.h"
#include "lexicon/lexicon.h"

namespace entente::coder {

// What the TABARI mode carries from one document to the next (per thread, in Engine::Scratch):
// with the FORWARD setting, the actor a pronoun in the next record of the same story stands for.
struct ShallowMemory {
  std::string story;  // the story of the last document coded
  std::string actor;  // the actor code forwarded from it ("" when none)
};

class ShallowCoder {
 public:
  // `model` and `lx` (for the event codes' Goldstein scores and quad classes) must outlive it.
  ShallowCoder(const lexicon::KedsModel& model, const lexicon::Lexicon& lx) : model_(model), lx_(lx) {}

  // Codes `doc` and appends its events in sentence order. Non-ok (nothing appended) for empty,
  // oversized (coder::kMaxDocumentBytes) or invalid UTF-8 text, or an unknown date, as Coder. Thread-safe: the only state kept between calls is *memory (may be
  // null), read and updated for FORWARD. When `trace` is not null, each step is appended to it.
  Status CodeDocument(const Document& doc, ShallowMemory* memory, std::vector<Event>* out,
                      std::string* trace = nullptr) const;

 private:
  const lexicon::KedsModel& model_;
  const lexicon::Lexicon& lx_;
};

}  // namespace entente::coder
