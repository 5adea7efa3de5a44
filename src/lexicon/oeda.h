// lexicon/oeda.h — reads OEDA/PETRARCH2 dictionaries (CAMEO verb patterns, Phoenix actors with
// date-restricted roles, agents, discards) into a LexiconBuilder. Format notes and what maps to
// what: docs/DICTIONARIES.md, section "OEDA / PETRARCH dictionaries".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/status.h"
#include "lexicon/builder.h"

namespace entente::lexicon {

// Discard phrases are stored as grammar senses (SenseKind::kGrammar) whose flags are these bits
// (bit 31 is not a WordFlag): the coder codes nothing from a sentence holding a sentence discard
// phrase, and nothing from a document holding a story discard phrase ("+PHRASE").
constexpr uint32_t kDiscardSentence = 1u << 31;
constexpr uint32_t kDiscardStory = (1u << 31) | (1u << 30);

// Adds every OEDA dictionary file found in folder `dir` to *builder, which must already hold the
// native dictionaries (the CAMEO table, country codes, grammar and irregular verbs are taken from
// it; native irregular verbs are never overridden). Files are recognised by name, in sorted order:
//   *.actors.txt   actors; an entry with date-restricted codes becomes a person with dated roles
//   *.agents.txt   agent nouns (kAgent senses, sector = code without '~')
//   *.verbs.txt, CAMEO*.txt   verb blocks, synsets and patterns (mapped to AddPattern)
//   *.discards.txt sentence and story discard phrases (kDiscardSentence, kDiscardStory), matched
//                  as whole words, case-insensitively
// Issue files (*Issue*.txt) are noted and not read; other files are ignored.
// Every malformed line is appended to *warnings as "DIR/FILE:LINE: reason" and skipped; after
// each file one or more summary lines "DIR/FILE: N ... skipped (reason)" count what could not be
// mapped. Fails only when `dir` is not a folder or holds no OEDA dictionary file.
Status AddOedaDictionaries(const std::string& dir, LexiconBuilder* builder,
                           std::vector<std::string>* warnings);

// The issue-coding file of `dir` (`*issue*.txt`, e.g. Phoenix.IssueCoding.txt; read by
// lexicon/issues.h, not by AddOedaDictionaries), or "" when there is none. With several, the
// first by name.
std::string FindOedaIssueFile(const std::string& dir);

// A hash of the OEDA files' names and bytes (and of this reader's version) for the cache key.
// Reads the files but parses nothing; a missing folder hashes like an empty one.
uint64_t HashOedaSources(const std::string& dir);

}  // namespace entente::lexicon
