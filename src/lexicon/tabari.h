// lexicon/tabari.h — reads TABARI dictionaries (.actors, .verbs, .agents, .options) into a
// LexiconBuilder. What maps to what, and what is counted and skipped: docs/DICTIONARIES.md,
// section "TABARI dictionaries".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/status.h"
#include "lexicon/builder.h"

namespace entente::lexicon {

// The dictionary files of a TABARI setup.
struct TabariFiles {
  std::vector<std::string> actors, verbs, agents, options;
  std::string text;  // the project's <textfile> ("" when not a project or none named)
};

// Resolves `path`: a TABARI .project file (its <actorsfile>, <verbsfile>, <agentsfile> and
// <optionsfile> entries, relative to the project's folder), a folder (every *.actors, *.verbs,
// *.agents and *.options file in it, sorted), or one dictionary file (kind by extension).
// Fails when nothing usable is named or a named file does not exist.
Status FindTabariFiles(const std::string& path, TabariFiles* files);

// Adds the TABARI dictionaries of `path` (see FindTabariFiles) to *builder, which must already
// hold the native dictionaries. Every 3-letter actor code becomes a country-like code so agents
// compose with it (ARN + ~GOV → ARNGOV), as TABARI does. Every malformed line is appended to
// *warnings as "FILE:LINE: reason" and skipped; after each file, summary lines "FILE: N ..."
// count what was read and what could not be expressed (with the reason).
Status AddTabariDictionaries(const std::string& path, LexiconBuilder* builder,
                             std::vector<std::string>* warnings);

// A hash of the files' names and bytes (and of this reader's version) for the cache key.
uint64_t HashTabariSources(const std::string& path);

// Expansion of a TABARI stem (a name or verb word written without a final '_', which TABARI
// matches as a prefix of longer words) into the lower-case words the lexicon will match: the
// stem and the stem with common English endings. Exposed for tests.
std::vector<std::string> TabariNounStemForms(const std::string& lower_stem);
std::vector<std::string> TabariVerbStemLemmas(const std::string& lower_stem);

}  // namespace entente::lexicon
