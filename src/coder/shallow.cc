// coder/shallow.cc — the TABARI coding mode (see shallow.h and docs/DICTIONARIES.md).
#include "coder/shallow.h"

#include "coder/coder.h"
#include "coder/shallow_words.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "model/cameo.h"
#include "text/utf8.h"

namespace entente::coder {
namespace {

using shallow::Candidates;
using shallow::Endings;
using shallow::MatchPhrase;
using shallow::PhraseChars;
using shallow::Sentence;
using shallow::Word;
using shallow::WordMatches;

using lexicon::KedsElem;
using lexicon::KedsModel;
using lexicon::KedsPattern;
using lexicon::KedsPhrase;
using lexicon::KedsSettings;
using lexicon::KedsSlot;
using lexicon::KedsVerb;
using lexicon::KedsWord;

enum class Kind : uint8_t { kNone, kActor, kAgent, kVerb, kNull };

// A dictionary match in the sentence.
struct Match {
  Kind kind = Kind::kNone;
  uint32_t id = 0;               // actor / agent / verb index
  std::vector<uint32_t> pos;     // matched word positions
  std::string code;              // actors: the code in force ("" null, "###", "+++")
};

// An actor phrase: an actor with its agents, or a pronoun.
struct Unit {
  uint32_t first = 0, last = 0;
  std::string code;
  std::string actor;   // the actor's own code, without agents (what FORWARD passes on)
  int group = -1;      // compound
  int refers = -1;     // pronoun: the group it stands for
  bool pronoun = false;
};

struct Picked {
  std::string code, back;
  bool subordinate = false;
  bool dominant = false;
  int source = -1, target = -1;  // group ids
  bool compound = false;         // "%": compound_group's members act on each other
  int compound_group = -1;
  std::vector<int> skipped;      // groups passed over by "^"
  bool has_slots = false;
  std::string rule;
  uint32_t last = 0;             // last word the pattern used
  int line = 0;                  // the pattern's line in the verbs file
  std::vector<uint32_t> used;    // words the pattern used
};

// "FRO/BIL/SAM" (one name for several actors) → its codes; "ARN" → {"ARN"}.
std::vector<std::string> SplitCodes(const std::string& code) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= code.size()) {
    size_t slash = code.find('/', from);
    if (slash == std::string::npos) slash = code.size();
    if (slash > from) out.push_back(code.substr(from, slash - from));
    from = slash + 1;
  }
  return out;
}

std::string FirstCode(const std::string& code) {
  auto all = SplitCodes(code);
  return all.empty() ? std::string() : all.front();
}

bool Skipped(const Picked& p, int group) { return std::find(p.skipped.begin(), p.skipped.end(), group) != p.skipped.end(); }

// Whether `tok` is a one-word entry of the <ADJECTIVE> (or <NOUN>) section.
bool InWordList(const std::map<std::string, std::vector<uint32_t>>& index, const std::vector<KedsPhrase>& list,
                const std::string& tok) {
  for (size_t n : {2, 1}) {
    if (auto* c = Candidates(index, tok, n))
      for (uint32_t i : *c)
        if (WordMatches(list[i][0], tok)) return true;
  }
  return false;
}
bool IsAdjective(const KedsModel& m, const std::string& tok) { return InWordList(m.adjective_index, m.adjectives, tok); }
bool IsNoun(const KedsModel& m, const std::string& tok) { return InWordList(m.noun_index, m.nouns, tok); }

class SentenceCoder {
 public:
  SentenceCoder(const KedsModel& m, const lexicon::Lexicon& lx, const Document& doc, std::string* trace)
      : m_(m), s_(m.settings), lx_(lx), doc_(doc), trace_(trace) {}

  // In: what a pronoun with no actor before it in the sentence stands for (forwarded from the
  // previous sentence or record).
  std::vector<std::string> previous_source;
  // Out: the first event's source and target (first member, actor code only) and whether the
  // source was such a forwarded pronoun.
  std::string first_source, first_target;
  bool source_forwarded = false;

  void Code(const Sentence& s, uint32_t index, std::vector<Event>* out);

 private:
  void Log(const std::string& line) {
    if (trace_) *trace_ += line + "\n";
  }
  std::string ActorCode(uint32_t entry) const;
  void FindMatches();
  void BuildUnits();
  void BuildGroups();
  void BuildClauses();
  std::vector<uint8_t> HideCommaPhrases();
  std::vector<uint8_t> hidden_;  // per word: inside a left-out comma phrase (COMMA:)
  bool TryPattern(const KedsPattern& p, size_t verb_first, size_t verb_last, size_t clause_b, size_t clause_e, Picked* r) const;
  int UnitStartingAtOrAfter(size_t pos, size_t limit, bool exactly) const;
  int UnitEndingAtOrBefore(size_t pos, size_t floor, bool exactly) const;
  bool MatchChoiceForward(const KedsElem& e, size_t pos, size_t limit, bool exactly, size_t* last,
                          std::vector<uint32_t>* used) const;
  bool MatchChoiceBackward(const KedsElem& e, size_t pos, size_t floor, bool exactly, size_t* first,
                           std::vector<uint32_t>* used) const;
  std::vector<std::string> Members(int group) const;
  void Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt, const std::string& code,
            const std::string& back, const Picked& p, size_t verb, uint32_t index, std::vector<Event>* out);

  const KedsModel& m_;
  const KedsSettings& s_;
  const lexicon::Lexicon& lx_;
  const Document& doc_;
  std::string* trace_;
  Sentence sent_;
  std::vector<Match> matches_;
  std::vector<int> at_;          // per word (sentence-relative): match index or -1
  std::vector<uint8_t> noun_;    // per word: a verb read as a noun
  std::vector<Unit> units_;
  std::vector<std::vector<int>> groups_;  // group → unit indices
  std::vector<int> unit_at_;     // per word: unit index or -1
  std::vector<std::pair<size_t, size_t>> clauses_;  // word ranges
  std::vector<size_t> verbs_;    // match indices of verbs, in order
  bool discard_ = false, complex_ = false;
  int conjunctions_ = 0;
  std::set<std::tuple<std::string, std::string, std::string>> emitted_;
};

std::string SentenceCoder::ActorCode(uint32_t entry) const {
  const auto& codes = m_.actor_codes[entry];
  const Date d = doc_.date;
  for (const auto& c : codes) {
    if (!c.dated) continue;
    const bool after = !c.from.known() || d >= c.from;
    const bool before = !c.to.known() || d <= c.to;
    if (after && before) return c.code;
  }
  for (const auto& c : codes)
    if (!c.dated) return c.code;
  return "";
}

void SentenceCoder::FindMatches() {
  const size_t n = sent_.e - sent_.b;
  at_.assign(n, -1);
  noun_.assign(n, 0);
  std::vector<uint32_t> pos;
  static const std::set<std::string> kDeterminers = {"THE", "A", "AN"};
  auto rel = [&](uint32_t abs) { return abs - static_cast<uint32_t>(sent_.b); };
  // All-capital text (headlines, wire copy): capitalisation says nothing about nouns.
  size_t lower = 0;
  for (size_t i = sent_.b; i < sent_.e; ++i)
    if (!sent_.at(i).punct && !sent_.at(i).cap) ++lower;
  const bool all_caps = lower == 0;
  for (size_t i = sent_.b; i < sent_.e; ++i) {
    if (at_[rel(static_cast<uint32_t>(i))] >= 0 || sent_.at(i).punct) continue;
    const std::string& tok = sent_.at(i).up;
    // Actors and agents: the longest name wins (then the one with fewer words between).
    Match best;
    std::array<size_t, 3> best_score{0, 0, 0};
    auto consider = [&](Kind kind, uint32_t id, const KedsPhrase& name) {
      if (!MatchPhrase(name, sent_, i, sent_.e, &pos, Endings::kNoun)) return;
      for (uint32_t p : pos)
        if (at_[rel(p)] >= 0) return;
      const size_t span = pos.back() - pos.front();
      std::array<size_t, 3> score{name.size(), 1000 - span, PhraseChars(name)};
      if (best.kind == Kind::kNone || score > best_score) {
        best.kind = kind;
        best.id = id;
        best.pos = pos;
        best_score = score;
      }
    };
    for (size_t n2 : {2, 1}) {
      if (auto* c = Candidates(m_.actor_index, tok, n2))
        for (uint32_t id : *c) consider(Kind::kActor, id, m_.actors[id].name);
    }
    for (size_t n2 : {2, 1}) {
      if (auto* c = Candidates(m_.agent_index, tok, n2))
        for (uint32_t id : *c) consider(Kind::kAgent, id, m_.agents[id].name);
    }
    if (best.kind == Kind::kActor) {
      best.code = ActorCode(m_.actors[best.id].entry);
      if (best.code.empty()) best.kind = Kind::kNull;
      if (best.code == "###") discard_ = true;
      if (best.code == "+++") complex_ = true;
    }
    if (best.kind != Kind::kNone) {
      const int mi = static_cast<int>(matches_.size());
      for (uint32_t p : best.pos) at_[rel(p)] = mi;
      matches_.push_back(std::move(best));
      continue;
    }
    // <NOUN> words are never verbs.
    if (IsNoun(m_, tok)) continue;
    // Verbs: the longest entry, then the most specific word.
    Match vb;
    std::array<size_t, 2> vscore{0, 0};
    for (size_t n2 : {2, 1}) {
      auto* c = Candidates(m_.verb_index, tok, n2);
      if (!c) continue;
      for (uint32_t id : *c) {
        const KedsVerb& v = m_.verbs[id];
        if (!MatchPhrase(v.name, sent_, i, sent_.e, &pos, Endings::kVerb)) continue;
        bool free = true;
        for (uint32_t p : pos) free = free && at_[rel(p)] < 0;
        if (!free) continue;
        std::array<size_t, 2> score{v.name.size(), PhraseChars(v.name)};
        if (vb.kind == Kind::kNone || score > vscore) {
          vb.kind = Kind::kVerb;
          vb.id = id;
          vb.pos = pos;
          vscore = score;
        }
      }
    }
    if (vb.kind == Kind::kNone) continue;
    // A verb after a determiner, before a possessive ("donate's"), or capitalised inside the
    // sentence, is a noun.
    const bool after_det = (i > sent_.b && kDeterminers.count(sent_.at(i - 1).up)) ||
                           (vb.pos.back() + 1 < sent_.e && sent_.at(vb.pos.back() + 1).up == "'S");
    const bool capital = !all_caps && sent_.at(i).cap && i > sent_.b && !sent_.at(i - 1).punct;
    if (after_det || capital) {
      // (A discard code still discards: "the football match".)
      if (m_.verbs[vb.id].code.code == "###") discard_ = true;
      noun_[rel(static_cast<uint32_t>(i))] = 1;
      Log("noun: " + tok + (after_det ? " (after a determiner)" : " (capitalised)"));
      continue;
    }
    const int mi = static_cast<int>(matches_.size());
    for (uint32_t p : vb.pos) at_[rel(p)] = mi;
    verbs_.push_back(matches_.size());
    matches_.push_back(std::move(vb));
  }
  // <TIME> phrases marked as discard or complex.
  if (s_.time_shift) {
    for (const auto& [ph, code] : m_.time_marks) {
      for (size_t i = sent_.b; i < sent_.e; ++i) {
        if (MatchPhrase(ph, sent_, i, sent_.e, &pos)) {
          if (code == "###") discard_ = true;
          else complex_ = true;
        }
      }
    }
  }
}



void SentenceCoder::BuildUnits() {
  static const std::set<std::string> kPronouns = {"HE", "HIS", "HIM", "SHE", "HER", "IT", "ITS", "THEY", "THEIR", "THEM"};
  const size_t n = sent_.e - sent_.b;
  unit_at_.assign(n, -1);
  auto rel = [&](size_t abs) { return abs - sent_.b; };
  auto match_starting = [&](size_t i) -> const Match* {
    if (i >= sent_.e) return nullptr;
    const int mi = at_[rel(i)];
    if (mi < 0 || matches_[mi].pos.front() != i) return nullptr;
    const Match& m = matches_[mi];
    return m.kind == Kind::kActor || m.kind == Kind::kAgent || m.kind == Kind::kNull ? &m : nullptr;
  };
  size_t i = sent_.b;
  while (i < sent_.e) {
    const Match* first = match_starting(i);
    const std::string& tok = sent_.at(i).up;
    if (!first && kPronouns.count(tok)) {
      Unit u;
      u.first = u.last = static_cast<uint32_t>(i);
      u.pronoun = true;
      unit_at_[rel(i)] = static_cast<int>(units_.size());
      units_.push_back(u);
      ++i;
      continue;
    }
    if (!first) {
      ++i;
      continue;
    }
    // Collect the actor and agents of one phrase: "Arnor's foreign minister", "Bree Prime
    // Minister Romendacil", "the ambassadors of Arnor".
    std::vector<const Match*> parts{first};
    size_t last = first->pos.back();
    size_t j = last + 1;
    while (j < sent_.e) {
      size_t k = j;
      if (sent_.at(k).up == "'S") ++k;
      const Match* next = match_starting(k);
      bool has_actor = false;
      for (const Match* p : parts) has_actor = has_actor || p->kind == Kind::kActor;
      if (!next && !has_actor && (sent_.at(j).up == "OF" || sent_.at(j).up == "IN" || sent_.at(j).up == "FROM")) {
        k = j + 1;
        if (k < sent_.e && sent_.at(k).up == "THE") ++k;
        next = match_starting(k);
        if (next && next->kind != Kind::kActor) next = nullptr;
      }
      if (!next) break;
      if (next->kind == Kind::kActor && has_actor) break;  // two actors: a compound without "and"
      parts.push_back(next);
      last = next->pos.back();
      j = last + 1;
    }
    std::string actor;
    std::vector<const lexicon::KedsAgent*> agents;
    bool null_only = true;
    for (const Match* p : parts) {
      if (p->kind == Kind::kActor && actor.empty()) actor = p->code;
      if (p->kind == Kind::kAgent) agents.push_back(&m_.agents[p->id]);
      if (p->kind != Kind::kNull) null_only = false;
    }
    std::string code;
    if (!actor.empty()) {
      // One agent per actor, on each of an "A/B" actor's codes.
      const lexicon::KedsAgent* agent = agents.empty() ? nullptr : agents.front();
      size_t from = 0;
      while (from <= actor.size()) {
        size_t slash = actor.find('/', from);
        if (slash == std::string::npos) slash = actor.size();
        std::string one = actor.substr(from, slash - from);
        if (agent && agent->prefix) {
          if (one.compare(0, agent->code.size(), agent->code) != 0) one = agent->code + one;  // NGM + NGM: once
        } else if (agent && (one.size() < agent->code.size() ||
                             one.compare(one.size() - agent->code.size(), agent->code.size(), agent->code) != 0)) {
          one += agent->code;
        }
        code += (code.empty() ? "" : "/") + one;
        from = slash + 1;
      }
    } else if (!agents.empty() && s_.convert_agent) {
      code = "~" + agents.front()->code;
    }
    if (!null_only && !code.empty()) {
      Unit u;
      u.first = static_cast<uint32_t>(i);
      u.last = static_cast<uint32_t>(last);
      u.code = code;
      u.actor = actor.empty() ? code : actor;
      for (size_t k = i; k <= last; ++k) unit_at_[rel(k)] = static_cast<int>(units_.size());
      units_.push_back(u);
    }
    i = last + 1;
  }
}

void SentenceCoder::BuildGroups() {
  // Units inside a left-out comma phrase are gone before compounds are built.
  std::vector<Unit> kept;
  for (const Unit& u : units_)
    if (!hidden_[u.first - sent_.b]) kept.push_back(u);
  units_ = std::move(kept);
  unit_at_.assign(sent_.e - sent_.b, -1);
  for (size_t u = 0; u < units_.size(); ++u)
    for (size_t k = units_[u].first; k <= units_[u].last; ++k) unit_at_[k - sent_.b] = static_cast<int>(u);
  // Compounds: units joined by commas and "and" (adjectives and "the" may stand between).
  std::vector<uint8_t> comma_link(units_.size(), 0);  // joined to the previous unit by a comma only
  for (size_t u = 0; u < units_.size(); ++u) {
    if (u > 0 && !units_[u].pronoun && !units_[u - 1].pronoun) {
      // "and" between two adjectives ("awful and evil minister") joins the adjectives, not actors;
      // adjectives alone between two actors ("the evil Arnor awful Gondor") keep the list going.
      bool joiner = false, conj = false, other = false, adjectives = false;
      for (size_t k = units_[u - 1].last + 1; k < units_[u].first; ++k) {
        const std::string& t = sent_.at(k).up;
        const bool between_adjectives = k > 0 && k + 1 < sent_.e && IsAdjective(m_, sent_.at(k - 1).up) &&
                                        IsAdjective(m_, sent_.at(k + 1).up);
        if ((t == "," || t == "AND" || t == "OR" || t == "NOR") && !between_adjectives) {
          joiner = true;
          conj = conj || t != ",";
        } else if (IsAdjective(m_, t)) {
          adjectives = true;
        } else if (t != "THE" && !(t == "AND" && between_adjectives)) {
          other = true;
        }
      }
      if (!other && (joiner || (adjectives && groups_[units_[u - 1].group].size() > 1))) {
        units_[u].group = units_[u - 1].group;
        groups_[units_[u].group].push_back(static_cast<int>(u));
        comma_link[u] = joiner && !conj;
        continue;
      }
    }
    units_[u].group = static_cast<int>(groups_.size());
    groups_.push_back({static_cast<int>(u)});
  }
  // A list ends with a conjunction ("A, B and C"): members joined by a comma after its last
  // conjunction are appositions ("..., and Ithilen and Dagolath, the Osgiliath newspaper").
  const size_t group_count = groups_.size();
  for (size_t g = 0; g < group_count; ++g) {
    while (groups_[g].size() > 1 && comma_link[groups_[g].back()]) {
      bool any_conj = false;
      for (size_t k = 1; k < groups_[g].size(); ++k) any_conj = any_conj || !comma_link[groups_[g][k]];
      if (!any_conj) break;  // "Arnor, Gondor": commas only, kept as a list
      const int u = groups_[g].back();
      groups_[g].pop_back();
      units_[u].group = static_cast<int>(groups_.size());
      groups_.push_back({u});
    }
  }
  // A pronoun stands for the sentence's first actor phrase before it (the subject TABARI carries
  // along: "Elrond urged Bree ... and Gondor asked him" is Elrond); with none, for the actor
  // forwarded from the previous sentence or record.
  int first_group = -1;
  for (size_t u = 0; u < units_.size(); ++u) {
    if (!units_[u].pronoun) {
      if (first_group < 0) first_group = units_[u].group;
      continue;
    }
    units_[u].refers = first_group;
  }
}

std::vector<std::string> SentenceCoder::Members(int group) const {
  std::vector<std::string> out;
  if (group < 0) return out;
  for (int u : groups_[group]) {
    const Unit& un = units_[u];
    if (un.pronoun) {
      if (un.refers >= 0 && un.refers != group) {
        auto more = Members(un.refers);
        out.insert(out.end(), more.begin(), more.end());
      } else if (un.refers < 0) {
        out.insert(out.end(), previous_source.begin(), previous_source.end());
      }
    } else {
      for (auto& one : SplitCodes(un.code)) out.push_back(std::move(one));
    }
  }
  return out;
}

void SentenceCoder::BuildClauses() {
  // A conjunction that does not join two actor phrases of one compound starts a new clause.
  size_t start = sent_.b;
  for (size_t i = sent_.b; i < sent_.e; ++i) {
    const std::string& t = sent_.at(i).up;
    const bool conj = t == "AND" || t == "BUT" || t == "OR" || t == ";" || t == "WHILE" || t == "WHEREAS";
    // (A conjunction inside a dictionary phrase, SHOT_AND_WOUND, is a word of that phrase.)
    if (!conj || at_[i - sent_.b] >= 0 || hidden_[i - sent_.b]) continue;
    // Inside a compound: the units around it share a group.
    int before = -1, after = -1;
    for (size_t k = i; k-- > sent_.b;) {
      if (unit_at_[k - sent_.b] >= 0) {
        before = unit_at_[k - sent_.b];
        break;
      }
      if (!(sent_.at(k).up == "," || sent_.at(k).up == "THE" || IsAdjective(m_, sent_.at(k).up))) break;
    }
    for (size_t k = i + 1; k < sent_.e; ++k) {
      if (unit_at_[k - sent_.b] >= 0) {
        after = unit_at_[k - sent_.b];
        break;
      }
      if (!(sent_.at(k).up == "THE" || IsAdjective(m_, sent_.at(k).up))) break;
    }
    if (before >= 0 && after >= 0 && units_[before].group == units_[after].group) continue;
    // "sheep and evil awful goats": a conjunction between <NOUN>/<ADJECTIVE> words joins nouns.
    auto noun_like = [&](size_t k) {
      if (k < sent_.b || k >= sent_.e) return false;
      return !sent_.at(k).punct && (IsNoun(m_, sent_.at(k).up) || IsAdjective(m_, sent_.at(k).up));
    };
    if (t != ";" && i > sent_.b && noun_like(i - 1) && noun_like(i + 1)) continue;
    ++conjunctions_;
    if (i > start) clauses_.emplace_back(start, i);
    start = i + 1;
  }
  if (start < sent_.e) clauses_.emplace_back(start, sent_.e);
}

int SentenceCoder::UnitStartingAtOrAfter(size_t pos, size_t limit, bool exactly) const {
  for (size_t k = pos; k < limit; ++k) {
    const int u = unit_at_[k - sent_.b];
    if (u >= 0 && units_[u].first == k) return u;
    if (exactly) return -1;
  }
  return -1;
}

int SentenceCoder::UnitEndingAtOrBefore(size_t pos, size_t floor, bool exactly) const {
  for (size_t k = pos + 1; k-- > floor;) {
    const int u = unit_at_[k - sent_.b];
    if (u >= 0) return u;
    if (exactly) return -1;
  }
  return -1;
}

bool SentenceCoder::MatchChoiceForward(const KedsElem& e, size_t pos, size_t limit, bool exactly, size_t* last,
                                       std::vector<uint32_t>* used) const {
  std::vector<uint32_t> p;
  for (size_t j = pos; j < limit; ++j) {
    for (const auto& ph : e.choices) {
      if (MatchPhrase(ph, sent_, j, limit, &p)) {
        *last = p.back();
        used->insert(used->end(), p.begin(), p.end());
        return true;
      }
    }
    if (exactly) return false;
  }
  return false;
}

bool SentenceCoder::MatchChoiceBackward(const KedsElem& e, size_t pos, size_t floor, bool exactly, size_t* first,
                                        std::vector<uint32_t>* used) const {
  std::vector<uint32_t> p;
  for (size_t j = pos + 1; j-- > floor;) {
    for (const auto& ph : e.choices) {
      if (MatchPhrase(ph, sent_, j, pos + 1, &p) && (!exactly || p.back() == pos)) {
        *first = j;
        used->insert(used->end(), p.begin(), p.end());
        return true;
      }
    }
    if (exactly && j + 4 < pos) return false;
  }
  return false;
}

bool SentenceCoder::TryPattern(const KedsPattern& p, size_t vf, size_t vl, size_t clause_b, size_t clause_e, Picked* r) const {
  Picked out;
  // After the verb, left to right.
  size_t pos = vl + 1;
  for (size_t k = 0; k < p.after.size(); ++k) {
    const KedsElem& e = p.after[k];
    const bool exactly = e.adjacent;
    switch (e.slot) {
      case KedsSlot::kWords: {
        size_t last = 0;
        if (!MatchChoiceForward(e, pos, clause_e, exactly, &last, &out.used)) return false;
        pos = last + 1;
        break;
      }
      case KedsSlot::kTarget:
      case KedsSlot::kSource:
      case KedsSlot::kSkip: {
        const int u = UnitStartingAtOrAfter(pos, sent_.e, exactly);
        if (u < 0) return false;
        if (e.slot == KedsSlot::kTarget) out.target = units_[u].group;
        if (e.slot == KedsSlot::kSource) out.source = units_[u].group;
        if (e.slot == KedsSlot::kSkip) out.skipped.push_back(units_[u].group);
        out.has_slots = out.has_slots || e.slot != KedsSlot::kSkip;
        pos = units_[u].last + 1;
        break;
      }
      case KedsSlot::kCompound: {
        // "%": the next compound actor (two or more members).
        int found = -1;
        for (size_t j = pos; j < sent_.e && found < 0; ++j) {
          const int u = unit_at_[j - sent_.b];
          if (u >= 0 && units_[u].first == j && groups_[units_[u].group].size() > 1) found = units_[u].group;
        }
        if (found < 0) return false;
        out.compound = true;
        out.compound_group = found;
        pos = units_[groups_[found].back()].last + 1;
        break;
      }
      case KedsSlot::kVerb:
        break;
    }
  }
  out.last = static_cast<uint32_t>(pos - 1);
  // Before the verb, right to left; element k must end right before element k+1 when k+1 is
  // adjacent to it.
  long bpos = static_cast<long>(vf) - 1;
  bool next_adjacent = p.verb_adjacent;  // the element after the current one is joined to it
  for (size_t k = p.before.size(); k-- > 0;) {
    const KedsElem& e = p.before[k];
    const bool exactly = next_adjacent;
    next_adjacent = e.adjacent;
    if (bpos < static_cast<long>(clause_b)) return false;
    switch (e.slot) {
      case KedsSlot::kWords: {
        size_t first = 0;
        if (!MatchChoiceBackward(e, static_cast<size_t>(bpos), clause_b, exactly, &first, &out.used)) return false;
        bpos = static_cast<long>(first) - 1;
        break;
      }
      case KedsSlot::kTarget:
      case KedsSlot::kSource:
      case KedsSlot::kSkip: {
        const int u = UnitEndingAtOrBefore(static_cast<size_t>(bpos), clause_b, exactly);
        if (u < 0) return false;
        if (e.slot == KedsSlot::kTarget) out.target = units_[u].group;
        if (e.slot == KedsSlot::kSource) out.source = units_[u].group;
        if (e.slot == KedsSlot::kSkip) out.skipped.push_back(units_[u].group);
        out.has_slots = out.has_slots || e.slot != KedsSlot::kSkip;
        bpos = static_cast<long>(units_[u].first) - 1;
        break;
      }
      case KedsSlot::kCompound: {
        // "%" before the verb: the nearest compound actor before this point.
        int found = -1;
        for (long j = bpos; j >= static_cast<long>(clause_b) && found < 0; --j) {
          const int u = unit_at_[static_cast<size_t>(j) - sent_.b];
          if (u >= 0 && groups_[units_[u].group].size() > 1) found = units_[u].group;
          if (exactly && found < 0 && j < bpos) break;
        }
        if (found < 0) return false;
        out.compound = true;
        out.compound_group = found;
        bpos = static_cast<long>(units_[groups_[found].front()].first) - 1;
        break;
      }
      case KedsSlot::kVerb:
        break;
    }
  }
  out.code = p.code.code;
  out.back = p.code.back;
  out.subordinate = p.code.subordinate;
  out.dominant = p.code.dominant;
  *r = std::move(out);
  return true;
}

void SentenceCoder::Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
                         const std::string& code, const std::string& back, const Picked& p, size_t verb,
                         uint32_t index, std::vector<Event>* out) {
  auto one = [&](const std::string& s, const std::string& t, const std::string& c) {
    if (c.empty() || s == t) return;
    if (!emitted_.emplace(s, t, c).second) return;
    Event e;
    e.doc_id = doc_.id;
    e.sentence = index;
    e.date = doc_.date;
    e.source.code = s;
    e.source.country = s.size() >= 3 && s[0] != '~' ? s.substr(0, 3) : "";
    if (!t.empty()) {
      Actor a;
      a.code = t;
      a.country = t.size() >= 3 && t[0] != '~' ? t.substr(0, 3) : "";
      e.target = a;
    }
    e.cameo = c;
    if (int ci = lx_.FindCameo(c); ci >= 0) {
      const auto& info = lx_.cameo(static_cast<uint32_t>(ci));
      e.goldstein = info.goldstein;
      e.quad_class = info.quad_class;
      e.plover = info.plover;
    }
    const Word& vw = sent_.at(verb);
    e.evidence.verb_text = std::string(doc_.text.substr(vw.begin, vw.end - vw.begin));
    e.evidence.rule = p.rule;
    e.evidence.start = sent_.at(sent_.b).begin;
    e.evidence.end = sent_.at(sent_.e - 1).end;
    e.evidence.sentence_text = doc_.text.substr(e.evidence.start, e.evidence.end - e.evidence.start);
    Log("event: " + s + " > " + t + " : " + c + "  (" + p.rule + ")");
    out->push_back(std::move(e));
  };
  if (p.compound && tgt.empty()) {
    // "%": the members of the compound do it to each other (a paired code gives the reverse).
    for (size_t i = 0; i < src.size(); ++i) {
      for (size_t j = i + 1; j < src.size(); ++j) {
        one(src[i], src[j], code);
        one(src[j], src[i], back.empty() ? code : back);
      }
    }
    return;
  }
  for (const auto& s : src) {
    for (const auto& t : tgt) {
      one(s, t, code);
      if (!back.empty()) one(t, s, back);
    }
  }
}

// COMMA: marks (per word) the comma-delimited phrases to leave out and drops their actors.
std::vector<uint8_t> SentenceCoder::HideCommaPhrases() {
  const Sentence& s = sent_;
  std::vector<uint8_t> hidden(s.e - s.b, 0);
  if (s_.comma) {
    // A phrase of nothing but actors (with "the", adjectives, "and") is part of a list ("Evil
    // Mordor, the awful Fornost, and good Gondor"), not a subordinate phrase.
    auto list_member = [&](size_t a, size_t b) {
      bool actor = false;
      for (size_t k = a; k < b; ++k) {
        const int mi = at_[k - s.b];
        const std::string& t = s.at(k).up;
        if (mi >= 0 && matches_[mi].kind != Kind::kVerb) actor = true;
        else if (!(t == "THE" || t == "'S" || t == "AND" || t == "OR" || t == "NOR" || IsAdjective(m_, t))) return false;
      }
      return actor;
    };
    // A comma before a conjunction ("Gondor, and Ithilen and Dagolath") opens no phrase.
    auto opens = [&](size_t i) {
      const std::string& n = i + 1 < s.e ? s.at(i + 1).up : std::string();
      return !(n == "AND" || n == "OR" || n == "BUT" || n == "NOR");
    };
    std::vector<size_t> commas;
    for (size_t i = s.b; i < s.e; ++i)
      if (s.at(i).up == ",") commas.push_back(i);
    size_t end_word = s.e;
    while (end_word > s.b && s.at(end_word - 1).punct) --end_word;
    auto words_between = [&](size_t a, size_t b) {
      int len = 0;
      for (size_t k = a; k < b; ++k) len += s.at(k).punct || s.at(k).up == "'S" ? 0 : 1;
      return len;
    };
    // Left to right: a phrase between two commas is internal; the comma that closes one opens
    // nothing. A comma left at the end opens the terminal phrase.
    for (size_t c = 0; c < commas.size();) {
      const size_t a = commas[c];
      if (!opens(a)) {
        ++c;
        continue;
      }
      if (c + 1 < commas.size()) {
        const int len = words_between(a + 1, commas[c + 1]);
        if (len >= s_.comma_min && len <= s_.comma_max && !list_member(a + 1, commas[c + 1])) {
          for (size_t k = a; k < commas[c + 1]; ++k) hidden[k - s.b] = 1;
          c += 2;
          continue;
        }
        ++c;
        continue;
      }
      const int len = words_between(a + 1, end_word);
      if (len >= s_.comma_emin && len <= s_.comma_emax && !list_member(a + 1, end_word))
        for (size_t k = a; k < end_word; ++k) hidden[k - s.b] = 1;
      ++c;
    }
    if (!commas.empty()) {
      int len = 0;
      for (size_t k = s.b; k < commas[0]; ++k) len += s.at(k).punct ? 0 : 1;
      if (len >= s_.comma_bmin && len <= s_.comma_bmax)
        for (size_t k = s.b; k < commas[0]; ++k) hidden[k - s.b] = 1;
    }
  }
  return hidden;
}

void SentenceCoder::Code(const Sentence& s, uint32_t index, std::vector<Event>* out) {
  sent_ = s;
  const size_t first_event = out->size();  // this sentence's events are appended from here
  size_t words = 0;
  for (size_t i = s.b; i < s.e; ++i) words += s.at(i).punct || s.at(i).up == "'S" ? 0 : 1;
  if (s_.minimum_words > 0 && words < static_cast<size_t>(s_.minimum_words)) {
    Log("sentence shorter than MINIMUM WORDS: not coded");
    return;
  }
  FindMatches();
  BuildUnits();
  hidden_ = HideCommaPhrases();
  BuildGroups();
  BuildClauses();
  if (trace_) {
    for (const Match& m : matches_) {
      std::string line = m.kind == Kind::kVerb ? "verb " : m.kind == Kind::kAgent ? "agent " : m.kind == Kind::kNull ? "null actor " : "actor ";
      for (uint32_t p : m.pos) line += s.at(p).up + " ";
      if (m.kind == Kind::kActor) line += "[" + m.code + "]";
      if (m.kind == Kind::kAgent) line += "[~" + m_.agents[m.id].code + "]";
      Log(line);
    }
    for (const Unit& u : units_) {
      Log("unit " + std::to_string(u.first) + ".." + std::to_string(u.last) + " group " + std::to_string(u.group) +
          (u.pronoun ? " pronoun of group " + std::to_string(u.refers) : " " + u.code));
    }
    for (const auto& [cb, ce] : clauses_) Log("clause " + std::to_string(cb) + ".." + std::to_string(ce));
  }
  if (discard_) {
    Log("discard [###]: sentence not coded");
    return;
  }
  if (complex_) {
    Log("complex [+++]: sentence not coded");
    return;
  }
  if (s_.complex_verbs > 0 && static_cast<int>(verbs_.size()) >= s_.complex_verbs) {
    Log("complex: more verbs than COMPLEX VERBS");
    return;
  }
  if (s_.complex_conj > 0 && conjunctions_ >= s_.complex_conj) {
    Log("complex: more conjunctions than COMPLEX CONJ");
    return;
  }
  // Comma-delimited subordinate phrases (COMMA:) are left out of the actors and verbs.
  const std::vector<uint8_t>& hidden = hidden_;
  if (trace_) {
    for (size_t k = s.b; k < s.e; ++k)
      if (hidden[k - s.b] && (k == s.b || !hidden[k - 1 - s.b])) Log("comma phrase left out from word " + std::to_string(k));
  }
  // NOACTPRIOR: an actor must stand before the first verb with a code of its own (a null-coded
  // verb, "On accord Gondor repelled ...", and one in a left-out comma phrase do not count).
  size_t first_verb = s.e;
  for (size_t vi : verbs_) {
    if (!m_.verbs[matches_[vi].id].code.code.empty() && !hidden[matches_[vi].pos.front() - s.b]) {
      first_verb = matches_[vi].pos.front();
      break;
    }
  }
  if (s_.complex_no_actor_prior && first_verb < s.e) {
    bool prior = false;
    for (const Unit& u : units_) prior = prior || (u.first < first_verb && !hidden[u.first - s.b]);
    if (!prior) {
      Log("complex: no actor before the first verb (NOACTPRIOR)");
      return;
    }
  }
  std::vector<uint8_t> used(s.e - s.b, 0);
  int clause_source = -1;
  std::vector<std::string> default_src, default_tgt;
  if (!s_.default_source.empty()) default_src.push_back(s_.default_source);
  if (!s_.default_target.empty()) default_tgt.push_back(s_.default_target);
  bool first_source_saved = false;
  std::set<size_t> dominant;  // indices in *out of events from a dominant code "[031!]"
  struct Deferred {
    bool active = false;
    std::vector<std::string> src, tgt;
    Picked pick;
    size_t verb = 0;
  };
  for (const auto& [cb, ce] : clauses_) {
    bool coded = false;
    Deferred deferred;
    for (size_t vi : verbs_) {
      const Match& vm = matches_[vi];
      const size_t vf = vm.pos.front(), vl = vm.pos.back();
      if (vf < cb || vf >= ce || used[vf - s.b] || hidden[vf - s.b]) continue;
      const KedsVerb& verb = m_.verbs[vm.id];
      Picked pick;
      bool found = false;
      // The pattern that matches the most words of the sentence wins ("RESIST { TO THE END OF THE
      // EARTH | ... }" over "RESIST { TO THE END | ... }"); among equals, the first tried.
      for (const KedsPattern& p : verb.patterns) {
        Picked cand;
        if (!TryPattern(p, vf, vl, cb, ce, &cand)) continue;
        if (found && cand.used.size() <= pick.used.size()) continue;
        pick = std::move(cand);
        pick.line = p.line;
        pick.rule = "tabari:" + verb.name[0].text + " - " + p.text + " [" + (p.code.code.empty() ? "---" : p.code.code) +
                    "] (verbs line " + std::to_string(p.line) + ")";
        found = true;
      }
      if (!found) {
        pick = Picked{};
        pick.code = verb.code.code;
        pick.back = verb.code.back;
        pick.subordinate = verb.code.subordinate;
        pick.dominant = verb.code.dominant;
        pick.last = static_cast<uint32_t>(vl);
        pick.rule = "tabari:" + verb.name[0].text + " [" + (verb.code.code.empty() ? "---" : verb.code.code) +
                    "] (verbs line " + std::to_string(verb.line) + ")";
      }
      for (uint32_t u : pick.used) used[u - s.b] = 1;
      for (uint32_t u : vm.pos) used[u - s.b] = 1;
      if (pick.code == "###") {
        Log("discard [###] from " + pick.rule);
        out->resize(first_event);
        return;
      }
      if (pick.code == "+++") {
        Log("complex [+++] from " + pick.rule);
        out->resize(first_event);
        return;
      }
      if (pick.code.empty()) {
        Log("null code: " + pick.rule);
        continue;
      }
      // Source: the pattern's "$", else the first actor of the clause before the verb (not the
      // pattern's target), else the previous clause's.
      int src = pick.source;
      if (src < 0) {
        for (size_t k = cb; k < vf; ++k) {
          const int u = unit_at_[k - s.b];
          // (A pronoun standing for nothing, "Among them was ...", is no source.)
          if (u >= 0 && units_[u].group != pick.target && !Members(units_[u].group).empty()) {
            src = units_[u].group;
            break;
          }
        }
      }
      int tgt = pick.target;
      // Passive voice: "X was attacked by Y".
      bool passive = false;
      if (!pick.has_slots && vf > cb) {
        static const std::set<std::string> kBe = {"WAS", "WERE", "IS", "ARE", "BEEN", "BE", "BEING"};
        const bool be = kBe.count(s.at(vf - 1).up) || (vf >= cb + 2 && kBe.count(s.at(vf - 2).up));
        if (be) {
          for (size_t k = vl + 1; k < s.e && k <= vl + 3; ++k) {
            if (s.at(k).up == "BY") {
              const int u = UnitStartingAtOrAfter(k + 1, s.e, true);
              if (u >= 0) {
                tgt = src;
                src = units_[u].group;
                passive = true;
              }
              break;
            }
          }
        }
      }
      if (src < 0 && !passive) src = clause_source;
      if (src < 0 && !passive) {
        // A clause with no actor before its verb and no earlier event: the sentence's first actor
        // before the clause.
        for (size_t k = s.b; k < cb; ++k) {
          const int u = unit_at_[k - s.b];
          if (u >= 0 && !units_[u].pronoun && units_[u].group != pick.target) {
            src = units_[u].group;
            break;
          }
        }
      }
      // No actor before the verb: DEFAULT ... PRIOR gives the default source; otherwise the
      // first actor after the verb is the source (and the target is looked for after it).
      size_t target_from = vl + 1;
      int split_source = -1, split_target = -1;  // one member of a compound acting on another
      if (src < 0 && !passive && !(s_.default_source_prior && !s_.default_source.empty())) {
        for (size_t k = vl + 1; k < s.e; ++k) {
          const int u = unit_at_[k - s.b];
          if (u >= 0 && !hidden[k - s.b] && units_[u].group != pick.target && !units_[u].pronoun) {
            src = units_[u].group;
            target_from = k + 1;
            while (target_from < s.e && unit_at_[target_from - s.b] >= 0 &&
                   units_[unit_at_[target_from - s.b]].group == src)
              ++target_from;
            // A compound after the verb: its first member acts on the next one.
            const auto& members = groups_[src];
            if (members.size() > 1 && members[0] == u) {
              split_source = members[0];
              split_target = members[1];
            }
            break;
          }
        }
      }
      const std::vector<std::string> src_members = src >= 0 ? Members(src) : std::vector<std::string>{};
      // The target: the first actor after the verb that is not the source (a pronoun standing for
      // the source, or a possessive pronoun, "its embassy", is passed over).
      static const std::set<std::string> kPossessive = {"ITS", "THEIR", "HIS"};
      if (tgt < 0 && !passive) {
        for (size_t k = target_from; k < ce; ++k) {
          const int u = unit_at_[k - s.b];
          if (u < 0 || hidden[k - s.b] || units_[u].group == src || Skipped(pick, units_[u].group)) continue;
          if (units_[u].pronoun && Members(units_[u].group) == src_members) continue;
          if (units_[u].pronoun && kPossessive.count(s.at(k).up)) continue;
          tgt = units_[u].group;
          break;
        }
      }
      // No actor after the verb (and no DEFAULT: target): the first actor of the clause after the
      // source, before the verb.
      if (tgt < 0 && !passive && src >= 0 && !pick.compound && s_.default_target.empty()) {
        for (size_t k = std::max<size_t>(cb, units_[groups_[src].back()].last + 1); k < vf; ++k) {
          const int u = unit_at_[k - s.b];
          if (u < 0 || hidden[k - s.b] || units_[u].group == src || units_[u].pronoun || Skipped(pick, units_[u].group))
            continue;
          tgt = units_[u].group;
          break;
        }
      }
      // With a DEFAULT: target but without AFTER, a source compound with no target after the verb
      // is split: its first member acts on the next one.
      if (tgt < 0 && !passive && src >= 0 && !pick.compound && !s_.default_target.empty() &&
          !s_.default_target_after && groups_[src].size() > 1) {
        split_source = groups_[src][0];
        split_target = groups_[src][1];
      }
      std::vector<std::string> sm = src >= 0 ? src_members : default_src;
      std::vector<std::string> tm = tgt >= 0 ? Members(tgt) : default_tgt;
      if (split_source >= 0) {
        sm = SplitCodes(units_[split_source].code);
        tm = SplitCodes(units_[split_target].code);
      }
      if (pick.compound_group >= 0) {
        sm = Members(pick.compound_group);
        tm.clear();
      }
      if (src >= 0 && !first_source_saved && !sm.empty()) {
        const Unit& head = units_[groups_[src][0]];
        source_forwarded = head.pronoun && head.refers < 0;
        first_source = head.pronoun ? sm[0] : FirstCode(head.actor);
        if (tgt >= 0) {
          const Unit& th = units_[groups_[tgt][0]];
          auto tmem = Members(tgt);
          first_target = th.pronoun ? (tmem.empty() ? "" : tmem[0]) : FirstCode(th.actor);
        }
        first_source_saved = true;
      }
      if (src >= 0) clause_source = src;
      if (sm.empty() || (tm.empty() && !pick.compound)) {
        Log("no " + std::string(sm.empty() ? "source" : "target") + " for " + pick.rule);
        continue;
      }
      if (pick.subordinate) {
        // "[023?]": kept in case no other verb of the clause codes an event.
        if (!deferred.active) deferred = {true, sm, tm, pick, vf};
        Log("subordinate code kept for later: " + pick.rule);
        continue;
      }
      const size_t before = out->size();
      Emit(sm, tm, pick.code, pick.back, pick, vf, index, out);
      if (out->size() > before) coded = true;
      if (pick.dominant)
        for (size_t k = before; k < out->size(); ++k) dominant.insert(k);
      if (coded && s_.code_by != KedsSettings::CodeBy::kAll) break;
    }
    if (!coded && deferred.active) {
      const size_t before = out->size();
      Emit(deferred.src, deferred.tgt, deferred.pick.code, deferred.pick.back, deferred.pick, deferred.verb, index, out);
      coded = out->size() > before;
    }
    if (coded && s_.code_by == KedsSettings::CodeBy::kSentence) break;
  }
  if (!dominant.empty()) {
    // A dominant code's events are the sentence's only events.
    size_t w = first_event;
    for (size_t k = first_event; k < out->size(); ++k)
      if (dominant.count(k)) (*out)[w++] = std::move((*out)[k]);
    if (w != out->size()) Log("dominant code: the sentence's other events dropped");
    out->resize(w);
  }
}

std::string StoryOf(const std::string& id, const std::string& format) {
  const size_t last_n = format.rfind('N');
  if (last_n == std::string::npos) return id;
  const size_t tail = format.size() - last_n - 1;
  return id.size() > tail ? id.substr(0, id.size() - tail) : id;
}

}  // namespace

Status ShallowCoder::CodeDocument(const Document& doc, ShallowMemory* memory, std::vector<Event>* out,
                                  std::string* trace) const {
  if (doc.text.empty()) return Status(StatusCode::kInvalidArgument, "empty text");
  if (doc.text.size() > kMaxDocumentBytes) {
    return Status(StatusCode::kInvalidArgument, "text is " + std::to_string(doc.text.size()) +
                                                    " bytes; the limit is " + std::to_string(kMaxDocumentBytes) +
                                                    " bytes per document");
  }
  if (size_t bad = text::FindInvalidUtf8(doc.text); bad != std::string_view::npos) {
    return Status(StatusCode::kInvalidArgument, "invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (!doc.date.known()) return Status(StatusCode::kInvalidArgument, "document date unknown");
  const std::vector<Word> words = shallow::Tokenize(doc.text);
  std::vector<std::string> previous;
  // FORWARD: a pronoun in the first sentence of a record stands for an actor of the previous
  // record of the same story (the story is the record id without its sentence number).
  const std::string& forward = model_.settings.forward;
  const std::string story = forward.empty() ? std::string() : StoryOf(doc.id, forward);
  if (memory && !forward.empty() && memory->story == story && !memory->actor.empty()) previous = {memory->actor};
  uint32_t index = 0;
  size_t b = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!shallow::EndsSentence(words, i) && i + 1 != words.size()) continue;
    if (i + 1 > b) {
      SentenceCoder sc(model_, lx_, doc, trace);
      sc.previous_source = previous;
      Sentence s{&words, b, i + 1};
      if (trace) *trace += "sentence " + std::to_string(index) + "\n";
      sc.Code(s, index, out);
      // The next sentence's pronouns: this sentence's source, or, when that was itself a
      // forwarded pronoun, its target (TABARI's "secondary forwarding").
      std::string next = sc.source_forwarded ? sc.first_target : sc.first_source;
      if (!next.empty()) previous = {next};
      ++index;
    }
    b = i + 1;
  }
  if (memory) {
    memory->story = story;
    memory->actor = previous.empty() ? std::string() : previous[0];
  }
  return Status();
}

}  // namespace entente::coder
