#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "base/date.h"
#include "base/strings.h"

namespace entente::lexicon {

namespace {

// a[0, n) == b[0, n). Most words are short: under 8 bytes they compare as integers, no call.
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n < 8) return base::LoadTail(a, n) == base::LoadTail(b, n);
  return std::memcmp(a, b, n) == 0;
}

}  // namespace

WordId Lexicon::Find(std::string_view w) const {
  if (word_slots_.empty()) return kUnknownWord;
  const size_t mask = word_slots_.size() - 1;
  const uint64_t h = base::HashShort(w);
  const uint32_t tag = WordSlot::Tag(h, w.size());
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const WordSlot slot = word_slots_[i];
    if (slot.id == kUnknownWord) return kUnknownWord;
    if (slot.tag != tag) continue;  // another word: no need to read its characters
    const Str s = words_[slot.id];
    if (s.len == w.size() && SameBytes(pool_.data() + s.off, w.data(), w.size())) {
      return slot.id;
    }
  }
}

std::pair<const uint32_t*, const uint32_t*> Lexicon::PhrasesStartingWith(WordId first) const {
  if (first == kUnknownWord || first + 1 >= phrase_index_off_.size()) return {nullptr, nullptr};
  const uint32_t* base = phrase_index_.data();
  return {base + phrase_index_off_[first], base + phrase_index_off_[first + 1]};
}

std::pair<const uint32_t*, const uint32_t*> Lexicon::VerbPatterns(WordId lemma) const {
  if (lemma == kUnknownWord || lemma + 1 >= verb_pat_off_.size()) return {nullptr, nullptr};
  return {verb_pat_.data() + verb_pat_off_[lemma], verb_pat_.data() + verb_pat_off_[lemma + 1]};
}

std::pair<const uint32_t*, const uint32_t*> Lexicon::NounPatterns(WordId lemma) const {
  if (lemma == kUnknownWord || lemma + 1 >= noun_pat_off_.size()) return {nullptr, nullptr};
  return {noun_pat_.data() + noun_pat_off_[lemma], noun_pat_.data() + noun_pat_off_[lemma + 1]};
}

uint32_t Lexicon::ResolvePerson(uint32_t p, Date date, bool* in_role) const {
  const Person& person = persons_[p];
  const Role* best = nullptr;
  int best_distance = 0;
  const int d = base::DaysFromCivil(date);
  for (uint32_t i = 0; i < person.roles_len; ++i) {
    const Role& r = roles_[person.roles_off + i];
    const int from = r.from.known() ? base::DaysFromCivil(r.from) : -1000000;
    const int to = r.to.known() ? base::DaysFromCivil(r.to) : 1000000;
    const int distance = d < from ? from - d : d > to ? d - to : 0;
    // Covering roles have distance 0; among them the latest start wins (roles are sorted).
    if (best == nullptr || distance < best_distance ||
        (distance == 0 && best_distance == 0)) {
      best = &r;
      best_distance = distance;
    }
  }
  *in_role = best != nullptr && best_distance == 0;
  return best ? best->actor : 0;
}

int Lexicon::FindCameo(std::string_view code) const {
  auto it = cameo_index_.find(code);
  return it == cameo_index_.end() ? -1 : it->second;
}

bool Lexicon::IsCountryCode(std::string_view code) const {
  auto it = std::lower_bound(country_codes_.begin(), country_codes_.end(), code,
                             [&](Str a, std::string_view b) { return str(a) < b; });
  return it != country_codes_.end() && str(*it) == code;
}

void Lexicon::FinishDerived() {
  // Consistent() (or the builder) guarantees ids in range and at least one empty slot.
  word_slots_.assign(hash_slots_.size(), WordSlot{});
  for (size_t i = 0; i < hash_slots_.size(); ++i) {
    const WordId id = hash_slots_[i];
    if (id != kUnknownWord) word_slots_[i] = WordSlot{id, WordSlot::Tag(base::HashShort(str(words_[id])), words_[id].len)};
  }
  word_first8_.assign(words_.size(), 0);
  for (WordId w = 0; w < words_.size(); ++w) {
    const std::string_view s = str(words_[w]);
    if (s.size() < 8) word_first8_[w] = base::LoadTail(s.data(), s.size());
    else std::memcpy(&word_first8_[w], s.data(), 8);
  }
  abbreviations_ = text::AbbreviationSet();
  for (WordId w = 1; w < words_.size(); ++w) {
    if (word_flags_[w] & kAbbreviation) abbreviations_.Add(str(words_[w]));
  }
  cameo_index_.clear();
  for (size_t i = 0; i < cameo_.size(); ++i) cameo_index_[cameo_[i].code] = static_cast<int>(i);
}

}  // namespace entente::lexicon
