// lexicon/native.h — reads Entente's own dictionary folder (docs/DICTIONARIES.md).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entente/status.h"
#include "lexicon/builder.h"
#include "lexicon/lexicon.h"

namespace entente::lexicon {

// Adds every native dictionary file found in `dir` to *builder. Bad lines are appended to
// *warnings ("file:line: reason"). Fails when a required file (countries.tsv, cameo.tsv,
// verbs.tsv, grammar.tsv) is missing or has a wrong header.
// With `patterns` false, verbs.tsv and nouns.tsv are not read (nor required).
Status AddNativeDictionaries(const std::string& dir, LexiconBuilder* builder,
                             std::vector<std::string>* warnings, bool patterns = true);

// A hash of the dictionary files' names and bytes (and of the reader's version): the key of the
// compiled cache. Reads the files but parses nothing.
uint64_t HashNativeSources(const std::string& dir);

// Convenience: a builder with the native dictionaries of `dir`, finished.
Result<std::unique_ptr<Lexicon>> LoadNativeLexicon(const std::string& dir,
                                                   std::vector<std::string>* warnings);

}  // namespace entente::lexicon
