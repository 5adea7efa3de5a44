// lexicon/builder.h — assembles a Lexicon from dictionary entries (any source format).
//
// Readers (native TSV, and later OEDA/TABARI) call the Add* methods; Finish() freezes the result
// into the flat tables of lexicon.h. Not thread-safe; the finished Lexicon is.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/morphology.h"
#include "text/sentences.h"

namespace entente::lexicon {

class LexiconBuilder {
 public:
  LexiconBuilder();

  // Interns a lower-case word.
  WordId Intern(std::string_view lower);
  // Tokenizes `text` like document text, lower-cases and interns each token.
  std::vector<WordId> PhraseWords(std::string_view text);
  Str Pool(std::string_view s);

  void AddFlags(WordId w, uint32_t flags);
  // Attaches a sense to a phrase (created on first use). Duplicate senses are ignored.
  void AddSense(const std::vector<WordId>& words, Sense sense);
  // Returns the actor with this code, creating it. `country` is derived when empty and the code
  // starts with a known country code.
  uint32_t Actor(std::string_view code, std::string_view country, std::string_view sector,
                 ActorKind kind);
  uint32_t Sector(std::string_view sector);
  void AddCountryCode(std::string_view code) { country_codes_.emplace(code); }
  bool IsCountryCode(std::string_view code) const {
    return country_codes_.count(std::string(code)) != 0;
  }
  uint32_t AddPerson(std::string_view name);
  void AddRole(uint32_t person, Date from, Date to, uint32_t actor, std::string_view description);
  uint32_t AddPlace(std::string_view name, std::string_view country, double lat, double lon, bool country_level = false);
  void AddCameo(model::CameoInfo info);
  int FindCameo(std::string_view code) const;

  IrregularVerbs& irregular() { return irregular_; }
  // Registers every form of a verb lemma with `flags` (and kAnyVerb). Returns the lemma's id.
  WordId AddVerb(std::string_view lemma, uint32_t flags);
  // Registers a noun and its regular plural with `flags`. Returns the lemma's id.
  WordId AddNoun(std::string_view lemma, uint32_t flags);

  // Adds a pattern; `spec` is the pattern text after the head word ("talks with *").
  // Returns an error message, or "" on success.
  std::string AddPattern(bool noun, std::string_view head, std::string_view spec, int cameo,
                         std::string_view text, std::string_view where);

  void SetSourceHash(uint64_t h);

  std::unique_ptr<Lexicon> Finish();

 private:
  std::unique_ptr<Lexicon> lx_;
  std::unordered_map<std::string, WordId> word_ids_;
  std::map<std::vector<WordId>, std::vector<Sense>> phrases_;
  std::unordered_map<std::string, uint32_t> actor_by_code_;
  std::unordered_map<std::string, uint32_t> sector_ids_;
  std::unordered_map<std::string, uint32_t> cameo_by_code_;
  std::unordered_map<std::string, uint32_t> person_by_name_;
  std::unordered_map<WordId, std::vector<uint32_t>> verb_pats_, noun_pats_;
  std::unordered_set<std::string> country_codes_;
  IrregularVerbs irregular_;
  std::vector<std::vector<Role>> person_roles_;
};

}  // namespace entente::lexicon
