// lexicon/morphology.h — English inflection for dictionary lemmas.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace entente::lexicon {

struct VerbForms {
  std::string base, third, past, participle, gerund;
};

// Irregular (or rule-breaking) verbs keyed by lemma.
using IrregularVerbs = std::unordered_map<std::string, VerbForms>;

// All forms of a lower-case verb lemma: the irregular table first, else the regular rules
// (+s/+es/ies, +ed/+d/ied, +ing with e-dropping, consonant doubling for short CVC words).
VerbForms InflectVerb(std::string_view lemma, const IrregularVerbs& irregular);

// Regular plural of a lower-case noun (+s, +es after s/x/z/ch/sh, consonant+y → ies).
std::string PluralOf(std::string_view noun);

}  // namespace entente::lexicon
