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

namespace {

// The first 8 bytes of `s`, zero past its end.
uint64_t First8(std::string_view s) {
  if (s.size() < 8) return base::LoadTail(s.data(), s.size());
  uint64_t w;
  std::memcpy(&w, s.data(), 8);
  return w;
}

}  // namespace

int Lexicon::FindCameo(std::string_view code) const {
  if (cameo_slots_.empty()) return -1;
  const size_t mask = cameo_slots_.size() - 1;
  const uint64_t first8 = First8(code);
  for (size_t i = base::HashShort(code) & mask;; i = (i + 1) & mask) {
    const CameoSlot& slot = cameo_slots_[i];
    if (slot.index < 0) return -1;
    if (slot.len != code.size() || slot.first8 != first8) continue;
    if (code.size() <= 8 || cameo_[static_cast<size_t>(slot.index)].code == code) return slot.index;
  }
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
  for (WordId w = 0; w < words_.size(); ++w) word_first8_[w] = First8(str(words_[w]));
  abbreviations_ = text::AbbreviationSet();
  for (WordId w = 1; w < words_.size(); ++w) {
    if (word_flags_[w] & kAbbreviation) abbreviations_.Add(str(words_[w]));
  }
  // (At most half full, so probes stay short and an absent code ends at an empty slot. A code
  // listed twice keeps its last index.)
  size_t slots = 16;
  while (slots < 2 * cameo_.size()) slots *= 2;
  cameo_slots_.assign(slots, CameoSlot{});
  for (size_t c = 0; c < cameo_.size(); ++c) {
    const std::string& code = cameo_[c].code;
    size_t i = base::HashShort(code) & (slots - 1);
    while (cameo_slots_[i].index >= 0 && cameo_[static_cast<size_t>(cameo_slots_[i].index)].code != code) {
      i = (i + 1) & (slots - 1);
    }
    cameo_slots_[i] = CameoSlot{static_cast<int32_t>(c), static_cast<uint32_t>(code.size()), First8(code)};
  }
}

}  // namespace entente::lexicon
