#include "lexicon/builder.h"

#include <algorithm>

#include "base/strings.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace entente::lexicon {

LexiconBuilder::LexiconBuilder() : lx_(std::make_unique<Lexicon>()) {
  Intern("");  // WordId 0 = unknown
}

Str LexiconBuilder::Pool(std::string_view s) {
  Str out{static_cast<uint32_t>(lx_->pool_.size()), static_cast<uint32_t>(s.size())};
  lx_->pool_.insert(lx_->pool_.end(), s.begin(), s.end());
  return out;
}

WordId LexiconBuilder::Intern(std::string_view lower) {
  auto [it, inserted] = word_ids_.try_emplace(std::string(lower), 0);
  if (inserted) {
    it->second = static_cast<WordId>(lx_->words_.size());
    lx_->words_.push_back(Pool(lower));
    lx_->word_flags_.push_back(0);
  }
  return it->second;
}

std::vector<WordId> LexiconBuilder::PhraseWords(std::string_view text) {
  std::vector<text::Token> tokens;
  text::Tokenize(text, &tokens);
  std::vector<WordId> out;
  std::string lower;
  for (const auto& t : tokens) {
    lower.clear();
    text::LowerForLookup(text.substr(t.begin, t.end - t.begin), &lower);
    out.push_back(Intern(lower));
  }
  return out;
}

void LexiconBuilder::AddFlags(WordId w, uint32_t flags) { lx_->word_flags_[w] |= flags; }

void LexiconBuilder::AddSense(const std::vector<WordId>& words, Sense sense) {
  if (words.empty()) return;
  auto& senses = phrases_[words];
  for (const auto& s : senses)
    if (s.kind == sense.kind && s.ref == sense.ref) return;
  senses.push_back(sense);
}

uint32_t LexiconBuilder::Sector(std::string_view sector) {
  auto [it, inserted] = sector_ids_.try_emplace(std::string(sector), 0);
  if (inserted) {
    it->second = static_cast<uint32_t>(lx_->sectors_.size());
    lx_->sectors_.push_back(Pool(sector));
  }
  return it->second;
}

uint32_t LexiconBuilder::Actor(std::string_view code, std::string_view country,
                               std::string_view sector, ActorKind kind) {
  auto [it, inserted] = actor_by_code_.try_emplace(std::string(code), 0);
  if (!inserted) return it->second;
  it->second = static_cast<uint32_t>(lx_->actors_.size());
  ActorEntry a;
  a.code = Pool(code);
  if (country.empty() && code.size() >= 3 && IsCountryCode(code.substr(0, 3))) {
    country = code.substr(0, 3);
    if (sector.empty()) sector = code.substr(3, std::min<size_t>(3, code.size() - 3));
  }
  a.country = Pool(country);
  a.sector = Pool(sector);
  a.kind = kind;
  lx_->actors_.push_back(a);
  return it->second;
}

uint32_t LexiconBuilder::AddPerson(std::string_view name) {
  auto [it, inserted] = person_by_name_.try_emplace(std::string(name), 0);
  if (inserted) {
    it->second = static_cast<uint32_t>(lx_->persons_.size());
    Person p;
    p.name = Pool(name);
    lx_->persons_.push_back(p);
    person_roles_.emplace_back();
  }
  return it->second;
}

void LexiconBuilder::AddRole(uint32_t person, Date from, Date to, uint32_t actor,
                             std::string_view description) {
  person_roles_[person].push_back(Role{from, to, actor, Pool(description)});
}

uint32_t LexiconBuilder::AddPlace(std::string_view name, std::string_view country, double lat,
                                  double lon, bool country_level) {
  lx_->places_.push_back(Place{Pool(name), Pool(country), lat, lon, country_level});
  return static_cast<uint32_t>(lx_->places_.size() - 1);
}

void LexiconBuilder::AddCameo(model::CameoInfo info) {
  auto [it, inserted] = cameo_by_code_.try_emplace(info.code, 0);
  if (inserted) {
    it->second = static_cast<uint32_t>(lx_->cameo_.size());
    lx_->cameo_.push_back(std::move(info));
  } else {
    lx_->cameo_[it->second] = std::move(info);
  }
}

int LexiconBuilder::FindCameo(std::string_view code) const {
  auto it = cameo_by_code_.find(std::string(code));
  return it == cameo_by_code_.end() ? -1 : static_cast<int>(it->second);
}

WordId LexiconBuilder::AddVerb(std::string_view lemma, uint32_t flags) {
  const VerbForms f = InflectVerb(lemma, irregular_);
  const WordId lemma_id = Intern(f.base);
  auto set = [&](const std::string& form, VerbForm kind, uint32_t extra) {
    if (form.empty()) return;
    const WordId w = Intern(form);
    AddFlags(w, flags | kAnyVerb | extra);
    if (lx_->verb_lemma_.size() <= w) {
      lx_->verb_lemma_.resize(w + 1, 0);
      lx_->verb_form_.resize(w + 1, 0);
    }
    if (lx_->verb_lemma_[w] == 0 || lx_->verb_lemma_[w] == lemma_id) {
      lx_->verb_lemma_[w] = lemma_id;
      auto& slot = lx_->verb_form_[w];
      const auto old = static_cast<VerbForm>(slot);
      if ((old == VerbForm::kPast && kind == VerbForm::kParticiple) ||
          (old == VerbForm::kParticiple && kind == VerbForm::kPast)) {
        slot = static_cast<uint8_t>(VerbForm::kPastOrParticiple);
      } else if (old == VerbForm::kNone || old == VerbForm::kBase) {
        slot = static_cast<uint8_t>(kind);
      }
    }
  };
  // British doubling of a final -l after a vowel: travel → travelled, travelling; also after
  // "ia", "ua", "ue": initial → initialled, dial → dialled, equal → equalled, fuel → fuelled.
  // (A spelling no text uses, "appealled", costs nothing.)
  const std::string& b = f.base;
  if (b.size() > 3 && b.back() == 'l' && std::string_view("aeiou").find(b[b.size() - 2]) != std::string_view::npos &&
      (std::string_view("aeiou").find(b[b.size() - 3]) == std::string_view::npos || b[b.size() - 3] == 'i' ||
       b[b.size() - 3] == 'u') &&
      f.past == b + "ed") {
    set(b + "led", VerbForm::kPastOrParticiple, kPastTense | kPastParticiple);
    set(b + "ling", VerbForm::kGerund, kGerund);
  }
  set(f.base, VerbForm::kBase, 0);
  set(f.third, VerbForm::kThird, 0);
  set(f.past, VerbForm::kPast, kPastTense);
  set(f.participle, VerbForm::kParticiple, kPastParticiple);
  set(f.gerund, VerbForm::kGerund, kGerund);
  if (f.base == "be") {  // (the one verb with more forms than the table's five columns)
    set("are", VerbForm::kBase, 0);
    set("am", VerbForm::kBase, 0);
    set("were", VerbForm::kPast, kPastTense);
  }
  return lemma_id;
}

WordId LexiconBuilder::AddNoun(std::string_view lemma, uint32_t flags) {
  const WordId id = Intern(lemma);
  const WordId plural = Intern(PluralOf(lemma));
  for (WordId w : {id, plural}) {
    AddFlags(w, flags);
    if (lx_->noun_lemma_.size() <= w) lx_->noun_lemma_.resize(w + 1, 0);
    if (lx_->noun_lemma_[w] == 0) lx_->noun_lemma_[w] = id;
  }
  return id;
}

std::string LexiconBuilder::AddPattern(bool noun, std::string_view head, std::string_view spec,
                                       int cameo, std::string_view text, std::string_view where) {
  if (cameo < 0) return "unknown CAMEO code";
  if (head.find('|') != std::string_view::npos) {
    return "the verb or noun '" + std::string(head) + "' holds alternatives ('|'); write one line per head word";
  }
  Pattern p;
  p.cameo = static_cast<uint32_t>(cameo);
  p.noun = noun;
  p.elems_off = static_cast<uint32_t>(lx_->elems_.size());
  p.text = Pool(text);
  p.source = Pool(where);
  for (std::string_view piece : base::SplitList(spec, ' ')) {
    PatternElem e;
    if (piece == "*") {
      // A second '*' ("mediate between * and *") adds nothing: the first slot takes the
      // whole compound group.
      if (p.has_target) continue;
      e.kind = ElemKind::kTarget;
      p.has_target = true;
      lx_->elems_.push_back(e);
      continue;
    }
    e.kind = ElemKind::kLiteral;
    if (piece.size() > 2 && piece.front() == '(' && piece.back() == ')') {
      e.kind = ElemKind::kOptional;
      piece = piece.substr(1, piece.size() - 2);
    } else if (piece.front() == '(' || piece.back() == ')') {
      return "unbalanced '(' in '" + std::string(piece) + "'";
    }
    e.alts_off = static_cast<uint32_t>(lx_->pattern_words_.size());
    for (std::string_view alt : base::SplitList(piece, '|')) {
      std::string lower = base::ToLower(alt);
      std::vector<WordId> ws = PhraseWords(lower);
      if (ws.size() != 1) {
        // A hyphenated literal ("cease-fire", "sit-in") is matched by its first word: text
        // tokenizes it the same way, and the first word is the distinctive one.
        if (!ws.empty()) lx_->pattern_words_.push_back(ws[0]);
      } else {
        lx_->pattern_words_.push_back(ws[0]);
        // Literal nouns match their plural too ("sign agreement" ~ "signed agreements").
        if (lower.size() >= 3 && !(lx_->word_flags_[ws[0]] &
                                   (kPreposition | kDeterminer | kConjunction | kAnyVerb))) {
          AddNoun(lower, 0);
        }
      }
    }
    e.alts_len = static_cast<uint16_t>(lx_->pattern_words_.size() - e.alts_off);
    if (e.alts_len == 0) return "empty literal";
    if (e.kind == ElemKind::kLiteral) ++p.literals;
    lx_->elems_.push_back(e);
  }
  p.elems_len = static_cast<uint16_t>(lx_->elems_.size() - p.elems_off);
  const std::string head_lower = base::ToLower(head);
  WordId lemma = noun ? AddNoun(head_lower, kEventNoun) : AddVerb(head_lower, kEventVerb);
  const uint32_t idx = static_cast<uint32_t>(lx_->patterns_.size());
  lx_->patterns_.push_back(p);
  (noun ? noun_pats_ : verb_pats_)[lemma].push_back(idx);
  return "";
}

void LexiconBuilder::SetSourceHash(uint64_t h) { lx_->source_hash_ = h; }

namespace {

uint64_t HashWord(std::string_view w) { return base::HashShort(w); }

// Builds a CSR index: for each key (WordId) the list of values.
void BuildCsr(size_t keys, const std::unordered_map<WordId, std::vector<uint32_t>>& lists,
              std::vector<uint32_t>* off, std::vector<uint32_t>* values) {
  off->assign(keys + 1, 0);
  for (const auto& [k, v] : lists) (*off)[k + 1] = static_cast<uint32_t>(v.size());
  for (size_t i = 1; i <= keys; ++i) (*off)[i] += (*off)[i - 1];
  values->assign((*off)[keys], 0);
  for (const auto& [k, v] : lists) std::copy(v.begin(), v.end(), values->begin() + (*off)[k]);
}

}  // namespace

std::unique_ptr<Lexicon> LexiconBuilder::Finish() {
  Lexicon& lx = *lx_;
  const size_t nwords = lx.words_.size();
  lx.word_flags_.resize(nwords, 0);
  lx.verb_lemma_.resize(nwords, 0);
  lx.verb_form_.resize(nwords, 0);
  lx.noun_lemma_.resize(nwords, 0);
  // Word hash table (open addressing, load <= 0.5).
  size_t cap = 16;
  while (cap < nwords * 2) cap <<= 1;
  lx.hash_slots_.assign(cap, 0);
  for (WordId w = 1; w < nwords; ++w) {
    size_t h = HashWord(lx.str(lx.words_[w])) & (cap - 1);
    while (lx.hash_slots_[h] != 0) h = (h + 1) & (cap - 1);
    lx.hash_slots_[h] = w;
  }
  // Phrases grouped by first word, longest first.
  std::unordered_map<WordId, std::vector<uint32_t>> by_first;
  for (const auto& [words, senses] : phrases_) {
    Phrase p;
    p.words_off = static_cast<uint32_t>(lx.phrase_words_.size());
    p.len = static_cast<uint16_t>(words.size());
    lx.phrase_words_.insert(lx.phrase_words_.end(), words.begin(), words.end());
    p.senses_off = static_cast<uint32_t>(lx.senses_.size());
    p.senses_len = static_cast<uint16_t>(senses.size());
    lx.senses_.insert(lx.senses_.end(), senses.begin(), senses.end());
    by_first[words[0]].push_back(static_cast<uint32_t>(lx.phrases_.size()));
    lx.phrases_.push_back(p);
  }
  for (auto& [w, list] : by_first) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return lx.phrases_[a].len > lx.phrases_[b].len;
    });
  }
  BuildCsr(nwords, by_first, &lx.phrase_index_off_, &lx.phrase_index_);
  // A plural registered as its own lemma (a plural literal read before its noun) gets its
  // singular when that word is known: "exercises" → "exercise".
  for (WordId w = 1; w < nwords; ++w) {
    if (lx.noun_lemma_[w] != w) continue;
    const std::string word(lx.str(lx.words_[w]));
    for (const std::string& single : {word.size() > 3 && word.ends_with("ies") ? word.substr(0, word.size() - 3) + "y" : "",
                                      word.size() > 2 && word.ends_with("es") ? word.substr(0, word.size() - 2) : "",
                                      word.size() > 1 && word.ends_with("s") ? word.substr(0, word.size() - 1) : ""}) {
      if (single.empty() || PluralOf(single) != word) continue;
      auto it = word_ids_.find(single);
      if (it != word_ids_.end()) {
        lx.noun_lemma_[w] = it->second;
        break;
      }
    }
  }
  // A noun head's patterns are filed under the lemma its form resolves to, as the coder looks
  // them up: "talks" (a head of its own) resolves to "talk", a known word.
  {
    std::unordered_map<WordId, std::vector<uint32_t>> by_lemma;
    for (auto& [w, list] : noun_pats_) {
      const WordId key = lx.noun_lemma_[w] != 0 ? lx.noun_lemma_[w] : w;
      by_lemma[key].insert(by_lemma[key].end(), list.begin(), list.end());
    }
    noun_pats_ = std::move(by_lemma);
  }
  // Patterns: most specific (most literals, then with a target) first.
  auto order = [&](std::unordered_map<WordId, std::vector<uint32_t>>& m) {
    for (auto& [w, list] : m) {
      std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
        const Pattern &pa = lx.patterns_[a], &pb = lx.patterns_[b];
        if (pa.literals != pb.literals) return pa.literals > pb.literals;
        if (pa.has_target != pb.has_target) return pa.has_target > pb.has_target;
        return a < b;  // (file order; merged lists stay deterministic)
      });
    }
  };
  order(verb_pats_);
  order(noun_pats_);
  BuildCsr(nwords, verb_pats_, &lx.verb_pat_off_, &lx.verb_pat_);
  BuildCsr(nwords, noun_pats_, &lx.noun_pat_off_, &lx.noun_pat_);
  // Persons' roles, sorted by start date.
  for (size_t p = 0; p < person_roles_.size(); ++p) {
    auto& roles = person_roles_[p];
    std::sort(roles.begin(), roles.end(), [](const Role& a, const Role& b) { return a.from < b.from; });
    lx.persons_[p].roles_off = static_cast<uint32_t>(lx.roles_.size());
    lx.persons_[p].roles_len = static_cast<uint32_t>(roles.size());
    lx.roles_.insert(lx.roles_.end(), roles.begin(), roles.end());
  }
  for (const auto& c : country_codes_) lx.country_codes_.push_back(Pool(c));
  std::sort(lx.country_codes_.begin(), lx.country_codes_.end(),
            [&](Str a, Str b) { return lx.str(a) < lx.str(b); });
  lx.FinishDerived();
  return std::move(lx_);
}

}  // namespace entente::lexicon
