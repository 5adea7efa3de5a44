#include "lexicon/morphology.h"

namespace entente::lexicon {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Short consonant-vowel-consonant words double the final consonant: ban → banned, stop → stopping.
bool DoublesFinal(std::string_view w) {
  if (w.size() < 3 || w.size() > 4) return false;
  const char last = w.back(), mid = w[w.size() - 2], before = w[w.size() - 3];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(mid) || IsVowel(before)) return false;
  int vowel_groups = 0;
  for (size_t i = 0; i < w.size(); ++i)
    if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1]))) ++vowel_groups;
  return vowel_groups == 1;
}

}  // namespace

std::string PluralOf(std::string_view n) {
  std::string s(n);
  if (s.empty()) return s;
  // A "ch" said as k takes "s": the Greek rulers ("monarch", "oligarch", "patriarch",
  // "hierarch", "exarch", not "march" or "search") and "tech", "Czech" (not "speech").
  const bool hard_ch = (EndsWith(n, "arch") && n.size() > 5 &&
                        std::string_view("ngirx").find(n[n.size() - 5]) != std::string_view::npos) ||
                       (EndsWith(n, "ech") && !EndsWith(n, "eech"));
  if (EndsWith(n, "s") || EndsWith(n, "x") || EndsWith(n, "z") || (EndsWith(n, "ch") && !hard_ch) ||
      EndsWith(n, "sh")) {
    return s + "es";
  }
  if (n.size() >= 2 && n.back() == 'y' && !IsVowel(n[n.size() - 2])) {
    return s.substr(0, s.size() - 1) + "ies";
  }
  return s + "s";
}

VerbForms InflectVerb(std::string_view lemma, const IrregularVerbs& irregular) {
  if (auto it = irregular.find(std::string(lemma)); it != irregular.end()) return it->second;
  VerbForms f;
  const std::string w(lemma);
  f.base = w;
  const bool cy = w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]);
  // third person singular
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || EndsWith(w, "o")) {
    f.third = w + "es";
  } else if (cy) {
    f.third = w.substr(0, w.size() - 1) + "ies";
  } else {
    f.third = w + "s";
  }
  const bool dbl = DoublesFinal(w);
  // past / participle
  if (EndsWith(w, "e")) {
    f.past = w + "d";
  } else if (cy) {
    f.past = w.substr(0, w.size() - 1) + "ied";
  } else if (dbl) {
    f.past = w + w.back() + "ed";
  } else {
    f.past = w + "ed";
  }
  f.participle = f.past;
  // gerund
  if (EndsWith(w, "ie")) {
    f.gerund = w.substr(0, w.size() - 2) + "ying";
  } else if (EndsWith(w, "e") && !EndsWith(w, "ee") && !EndsWith(w, "ye") && !EndsWith(w, "oe") &&
             w.size() > 2) {
    f.gerund = w.substr(0, w.size() - 1) + "ing";
  } else if (dbl) {
    f.gerund = w + w.back() + "ing";
  } else {
    f.gerund = w + "ing";
  }
  return f;
}

}  // namespace entente::lexicon
