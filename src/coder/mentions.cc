// coder/mentions.cc — dictionary phrases → actor mentions, compound groups, coreference memory.
#include <algorithm>

#include "base/strings.h"
#include "coder/coder.h"

namespace entente::coder {

using lexicon::SenseKind;
namespace lx = lexicon;

namespace {

constexpr uint32_t Bit(SenseKind k) { return 1u << static_cast<uint32_t>(k); }
constexpr uint32_t kNameSenses = Bit(SenseKind::kCountryName) | Bit(SenseKind::kCountryAdj) |
                                 Bit(SenseKind::kCapital) | Bit(SenseKind::kMetonym) |
                                 Bit(SenseKind::kOrganization) | Bit(SenseKind::kPerson) |
                                 Bit(SenseKind::kPersonShort) | Bit(SenseKind::kPlace) |
                                 Bit(SenseKind::kTitle);

constexpr uint32_t kHeadSenses = Bit(SenseKind::kCountryName) | Bit(SenseKind::kCapital) |
                                 Bit(SenseKind::kMetonym) | Bit(SenseKind::kOrganization);

}  // namespace

int32_t SenseRef(const lx::Lexicon& lex, const Span& s, SenseKind kind) {
  const lx::Phrase& p = lex.phrase(s.phrase);
  const lx::Sense* senses = lex.senses(p);
  for (uint32_t k = 0; k < p.senses_len; ++k)
    if (senses[k].kind == kind) return static_cast<int32_t>(senses[k].ref);
  return -1;
}

uint32_t GrammarFlags(const lx::Lexicon& lex, const Span& s) {
  if (!(s.sense_mask & (1u << static_cast<uint32_t>(SenseKind::kGrammar)))) return 0;
  const lx::Phrase& p = lex.phrase(s.phrase);
  const lx::Sense* senses = lex.senses(p);
  uint32_t flags = 0;
  for (uint32_t k = 0; k < p.senses_len; ++k)
    if (senses[k].kind == SenseKind::kGrammar) flags |= senses[k].ref;
  return flags;
}

void Coder::FindSpans(std::string_view text, Analysis& a, uint32_t sb, uint32_t se) const {
  using PhraseStart = PatternStyles::PhraseStart;
  // (The index in locals: the loop's stores could otherwise make the compiler reload it.)
  const PhraseStart* const base = styles_->phrase_starts.data();
  const uint32_t* const phrase_off = styles_->phrase_off.data();
  const uint32_t* const phrase_single = styles_->phrase_single.data();
  const uint64_t* const phrase_seconds = styles_->phrase_seconds.data();
  Tok* const toks = a.toks.data();  // (the spans' push_back would make a.toks reload)
  // Only the tokens whose word starts a phrase (Prepare listed them), from the first at or after
  // sb: where the last call stopped when that is no later (sentences come in order), else found.
  // (The list ends with UINT32_MAX, past every sentence: the loops stop there.)
  const uint32_t* const cands = a.phrase_tokens.data();
  const size_t n_cands = a.phrase_tokens.size() - 1;
  size_t c = a.phrase_cursor;
  if (c > n_cands || (c > 0 && cands[c - 1] >= sb)) {
    c = static_cast<size_t>(std::lower_bound(cands, cands + n_cands, sb) - cands);
  }
  while (cands[c] < sb) ++c;
  uint32_t next_free = sb;  // tokens before it are inside a phrase found
  for (; cands[c] < se; ++c) {
    const uint32_t i = cands[c];
    if (i < next_free) continue;
    Tok& t = toks[i];
    // (phrase_off has an entry for every word id and one more: no bounds test.)
    const PhraseStart* it = base + phrase_off[t.word];
    const PhraseStart* const end = base + phrase_off[t.word + 1];
    const PhraseStart* const single = base + phrase_single[t.word];
    const lx::WordId next = i + 1 < se ? toks[i + 1].word : lx::kUnknownWord;
    // Proper names must be written as names: "Chad" not "chad", "Turkey" not "turkey".
    const uint32_t allowed = (t.tflags & (text::kCapitalized | text::kAllCaps)) ? ~0u : ~kNameSenses;
    // Whether the words of the phrase after the second stand at i + 2 ... (within the sentence).
    auto rest_matches = [&](const PhraseStart& ps) {
      if (ps.len <= 2) return true;
      const lx::WordId* w = lx_.phrase_words(lx_.phrase(ps.phrase));
      for (uint32_t k = 2; k < ps.len; ++k)
        if (toks[i + k].word != w[k]) return false;
      return true;
    };
    // The longer phrases whose second word is the next token's (sorted by second word: see
    // PatternStyles::phrase_single), then the rest in order.
    const PhraseStart* found = nullptr;
    if (it != single && ((phrase_seconds[t.word] >> (next & 63)) & 1)) {
      if (single - it > 8) {
        it = std::lower_bound(it, single, next, [](const PhraseStart& ps, lx::WordId w) { return ps.second < w; });
      } else {
        while (it != single && it->second < next) ++it;
      }
      for (; it != single && it->second == next && !found; ++it) {
        if (i + it->len <= se && (it->sense_mask & allowed) != 0 && rest_matches(*it)) found = it;
      }
    }
    for (it = single; it != end && !found; ++it) {
      if (i + it->len > se || (it->len > 1 && it->second != next)) continue;
      if ((it->sense_mask & allowed) != 0 && rest_matches(*it)) found = it;
    }
    if (!found) continue;
    // ("a UK-based group", "the Doha-based broadcaster": where something is based names no actor)
    if (const uint32_t e = i + found->len; e + 1 < se && (toks[e].tflags & text::kJoined) && TokenIs(text, toks[e + 1], "based")) {
      next_free = e + 2;
      continue;
    }
    t.phrase_span = static_cast<int32_t>(a.spans.size());
    a.spans.push_back(Span{i, i + found->len, found->phrase, found->sense_mask & allowed});
    next_free = i + found->len;
  }
  a.phrase_cursor = c;
}

void Coder::MarkSkips(std::string_view text, Analysis& a, uint32_t sb, uint32_t se) const {
  // Relative clauses between commas (", who arrived on Monday,") and parentheses are skipped
  // when looking for a verb's subject.
  const Tok* const toks = a.toks.data();  // (a.skip's byte stores would make a.toks reload)
  for (uint32_t i = sb; i + 1 < se; ++i) {
    {
      // (The words before the next punctuation, most tokens, in a loop of their own, through a
      // pointer: a 32-bit index into 28-byte tokens costs three more instructions a token.)
      const Tok* p = toks + i;
      const Tok* const last = toks + se - 1;
      // (Four tokens per test first: punctuation is rare.)
      while (last - p >= 4 && !((p[0].tflags | p[1].tflags | p[2].tflags | p[3].tflags) & text::kPunct)) p += 4;
      while (p < last && !(p->tflags & text::kPunct)) ++p;
      if (p >= last) break;
      i = static_cast<uint32_t>(p - toks);
    }
    // (Only a comma opens a relative clause, only "(" a parenthesis: other punctuation is
    // passed over before the tests of what follows.)
    const bool comma = TokenIs(text, a.toks[i], ",");
    const bool paren = !comma && TokenIs(text, a.toks[i], "(");
    if (!comma && !paren) continue;
    bool rel = false, appositive = false, role_appositive = false;
    if (comma) {
      // (also a participle clause after a name that opens the sentence: "Putin, visiting Minsk,
      // met ...", "Indian Prime Minister Narendra Modi, visiting Kyiv, ...")
      const std::string_view next = TokenText(text, a.toks[i + 1]);
      bool participle = !(a.toks[i + 1].tflags & text::kCapitalized) && next.size() > 4 &&
                        Is(next.substr(next.size() - 3), "ing") && i > sb;
      for (uint32_t k = sb; k < i && participle; ++k) participle = (a.toks[k].tflags & text::kCapitalized) != 0;
      // ("The protesters, many waving EU flags, accuse ...", ", some of them armed,": a part of
      // the subject described.)
      bool part_of = false;
      if (i > sb && i + 2 < se && (Is(next, "many") || Is(next, "some") || Is(next, "most") || Is(next, "several") ||
                                   Is(next, "all") || Is(next, "few"))) {
        const std::string_view after = TokenText(text, a.toks[i + 2]);
        part_of = Is(after, "of") || (after.size() > 4 && Is(after.substr(after.size() - 3), "ing"));
      }
      // ("The National Unity Government, formed by ousted lawmakers, condemned ...": a reduced
      // passive between commas.)
      // (also "set up by", "carried out by": a particle before "by")
      const uint32_t by_at = i + 3 < se && (TokenIs(text, a.toks[i + 2], "up") || TokenIs(text, a.toks[i + 2], "out"))
                                 ? i + 3
                                 : i + 2;
      const bool reduced_passive = !(a.toks[i + 1].tflags & text::kCapitalized) && i > sb && by_at < se &&
                                   ((next.size() > 4 && next.substr(next.size() - 2) == "ed") ||
                                    (a.toks[i + 1].wflags & lx::kPastParticiple)) &&
                                   TokenIs(text, a.toks[by_at], "by");
      // ("Hezbollah, the Iran-backed Lebanese group, fired ...", "UNMISS, the U.N. mission in South
      // Sudan, called on ...": an appositive after a name that is no prepositional object, closed
      // by a comma before the main verb.)
      if (i > sb && (Is(next, "the") || Is(next, "a") || Is(next, "an"))) {
        const int32_t ps = a.toks[i - 1].phrase_span;
        if (ps >= 0 && a.spans[ps].te == i &&
            (a.spans[ps].sense_mask & (Bit(SenseKind::kOrganization) | Bit(SenseKind::kPerson) |
                                       Bit(SenseKind::kPersonShort) | Bit(SenseKind::kCountryName)))) {
          const uint32_t nb = a.spans[ps].tb;
          // (nor one after a preposition and an adjective: "in eastern Congo, a day after")
          appositive = nb == sb || (!(a.toks[nb - 1].wflags & lx::kPreposition) &&
                                    !(nb >= sb + 2 && (a.toks[nb - 2].wflags & lx::kPreposition) &&
                                      (a.toks[nb - 1].tflags & text::kWord) &&
                                      !(a.toks[nb - 1].tflags & text::kCapitalized) && a.toks[nb - 1].mention < 0));
        }
      }
      // ("Sergei Lavrov, minister of Foreign Affairs of the Russian Federation, and his party
      // arrived", "No Kwang Chol, minister of National Defence, left": a bare role after a
      // person's name, as state media write it, describes that person.)
      if (!appositive && i > sb && i + 2 < se && !(a.toks[i + 1].tflags & text::kCapitalized) &&
          (a.toks[i + 1].tflags & text::kWord)) {
        // (The span is marked on its first token: "Sergei Lavrov" on "Sergei".)
        int32_t ps = -1;
        for (uint32_t b = i; b-- > sb && b + 6 > i && ps < 0;) {
          if (a.toks[b].phrase_span >= 0) ps = a.toks[b].phrase_span;
        }
        const int32_t rs = a.toks[i + 1].phrase_span;
        role_appositive = ps >= 0 && a.spans[ps].te == i &&
                          (a.spans[ps].sense_mask & (Bit(SenseKind::kPerson) | Bit(SenseKind::kPersonShort))) && rs >= 0 &&
                          (a.spans[rs].sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle)));
        appositive = role_appositive;
      }
      // (", a day after Tshisekedi, speaking in Kinshasa, accused": a phrase of time is no
      // appositive.)
      if (appositive) {
        for (uint32_t k = i + 2; k < se && k < i + 5 && appositive; ++k) {
          if (TokenIs(text, a.toks[k], ",")) break;
          appositive = !((a.toks[k].wflags & lx::kSubordinator) &&
                         (TokenIs(text, a.toks[k], "after") || TokenIs(text, a.toks[k], "before") ||
                          TokenIs(text, a.toks[k], "since") || TokenIs(text, a.toks[k], "until")));
        }
      }
      rel = TokenIs(text, a.toks[i + 1], "who") || TokenIs(text, a.toks[i + 1], "which") ||
            TokenIs(text, a.toks[i + 1], "whose") || TokenIs(text, a.toks[i + 1], "whom") || participle || part_of ||
            reduced_passive || appositive;
    }
    if (!rel && !paren) continue;
    uint32_t j = i + 1;
    if (paren) {
      while (j < se && !TokenIs(text, a.toks[j], ")")) ++j;
    } else {
      // The clause ends at the comma before the main verb ("Choe, who criticised Washington,
      // Tokyo and Seoul, thanked ..."); failing that, at the first comma.
      uint32_t first_comma = se;
      for (uint32_t k = i + 2; k < se; ++k) {
        if (!TokenIs(text, a.toks[k], ",")) continue;
        if (first_comma == se) first_comma = k;
        uint32_t n = k + 1;
        // (A role after a name also ends before "and" or a relative clause: ", and his party
        // arrived", ", who is on a visit".)
        if (role_appositive && n < se && IsAny(TokenText(text, a.toks[n]), "and", "who", "whose")) {
          j = k;
          break;
        }
        while (n < se && (a.toks[n].wflags & (lx::kNegation | lx::kModal | lx::kAuxiliary))) ++n;
        if (n < se && (a.toks[n].wflags & lx::kAnyVerb) && !(a.toks[n].wflags & lx::kGerund) &&
            a.toks[n].mention < 0) {
          j = k;
          break;
        }
        j = se;
      }
      if (j >= se && appositive) continue;  // (an appositive only when a verb follows its comma)
      if (j >= se) j = first_comma;
    }
    // (2 marks a relative clause, ", who ... ,": its date and place are its own, not the
    // sentence's.)
    // (3 marks a role in apposition to a person's name, ", minister of Foreign Affairs of the
    // DPRK,": it names no actor of its own.)
    // (", whom he had first met in Moscow on May 9,": so is one on an object.)
    const uint8_t mark = rel && (TokenIs(text, a.toks[i + 1], "who") || TokenIs(text, a.toks[i + 1], "which") ||
                                 TokenIs(text, a.toks[i + 1], "whose") || TokenIs(text, a.toks[i + 1], "whom"))
                             ? 2
                         : role_appositive ? 3
                                           : 1;
    if (j >= se && !paren) continue;  // no closing comma: not a delimited clause
    // A relative clause with no comma after it ends the sentence ("was received by Lukashenko,
    // who proposed a plant near Vientiane."): its place is not the visit's.
    if (mark == 2 && !paren && j == i + 1) j = se - 1;
    for (uint32_t k = i; k <= std::min(j, se - 1); ++k) a.skip[k] = mark;
    i = j;
  }
}

namespace {

// "European", "Western", "Arab": a region's or a group of countries' (not one country's).
bool IsRegionWord(std::string_view w) {
  return Is(w, "European") || Is(w, "Western") || Is(w, "Arab") || Is(w, "African") || Is(w, "Asian") || Is(w, "Nordic") ||
         Is(w, "Baltic") || Is(w, "Gulf") || Is(w, "Latin") || Is(w, "Scandinavian") || Is(w, "Caribbean") || Is(w, "Balkan") ||
         Is(w, "Eastern") || Is(w, "Muslim") || Is(w, "Islamic") || Is(w, "G7") || Is(w, "Allied") || Is(w, "Coalition");
}

// "opposing sides", "the warring sides": the parties to a conflict, no one state's government.
// The role phrase runs [b, e).
bool PartiesToConflict(std::string_view text, const Tok* toks, uint32_t sb, uint32_t b, uint32_t e) {
  auto parties_word = [](std::string_view w) {
    return IsAny(w, "opposing", "rival", "warring", "competing", "different", "various", "opposite");
  };
  if (e <= b || !IsAny(TokenText(text, toks[e - 1]), "side", "sides")) return false;
  for (uint32_t k = b > sb ? b - 1 : b; k + 1 < e; ++k) {
    if (parties_word(TokenText(text, toks[k]))) return true;
  }
  return false;
}

// "northern", "south-eastern", "central": a part of a country or city.
bool IsCompassWord(std::string_view w) {
  return Is(w, "northern") || Is(w, "southern") || Is(w, "eastern") || Is(w, "western") || Is(w, "central") ||
         Is(w, "northeastern") || Is(w, "northwestern") || Is(w, "southeastern") || Is(w, "southwestern") ||
         Is(w, "north") || Is(w, "south") || Is(w, "east") || Is(w, "west");
}

struct NpParse {
  uint32_t end = 0;
  int32_t head_actor = -1;   // lexicon actor (country name, capital, metonym, organisation)
  int32_t modifier = -1;     // lexicon actor used as a modifier (adjective, possessive)
  bool modifier_is_person = false;
  int32_t person = -1;
  int32_t sector = -1;       // lexicon sector index
  bool title = false;
  bool unknown_name = false;
  bool possessive = false;   // the phrase ends with 's
  bool adjective_only = false;
  int32_t place = -1;
  uint32_t head_tb = 0, head_te = 0;
  bool sector_via_of = false;  // "the leaders of ..."
  int32_t owner = -1;          // organisation that owns the role: "Hamas leader", "EU ministers"
};


[[gnu::always_inline]] inline int32_t FirstActorRef(const lx::Lexicon& lex, const Span& s) {
  for (SenseKind k : {SenseKind::kOrganization, SenseKind::kMetonym, SenseKind::kCountryName,
                      SenseKind::kCapital, SenseKind::kCountryAdj}) {
    if (s.sense_mask & Bit(k)) return SenseRef(lex, s, k);
  }
  return -1;
}

// "U.S.-led military drills", "Saudi-led strikes": token k is "led" and an act noun follows
// within two words (the leader of an act is its actor, as "U.S. drills" names it; the leader of
// a group, "the Saudi-led coalition", is an attribute).
bool LedAct(std::string_view text, const Tok* toks, uint32_t k, uint32_t se) {
  if (k >= se || !TokenIs(text, toks[k], "led")) return false;
  for (uint32_t q = k + 1; q < se && q < k + 3; ++q) {
    if (!(toks[q].tflags & text::kWord)) return false;
    if (IsAny(TokenText(text, toks[q]), "drills", "exercises", "exercise", "strikes", "airstrikes", "attacks", "offensive",
              "operation", "operations", "blockade", "sanctions", "campaign", "bombing", "invasion")) {
      return true;
    }
  }
  return false;
}

// The participle after "X-" that makes X a backer, not the actor: "Iran-backed", "Saudi-led".
bool IsBackingWord(std::string_view w) {
  // (Not an owner or maker, who gives the actor its country: "a Greek-owned tanker", "Chinese-made
  // vehicles", "an Israel-linked ship", "Kremlin-run media".)
  return IsAny(w, "backed", "aligned", "allied", "led", "funded", "supported", "sponsored", "brokered");
}

// "Beijing, which summoned Japan's ambassador and urged its citizens": `m` is the object of a
// verb, and a possessive pronoun at token `pronoun`, in the object of a verb coordinated after
// it ("... and urged its"), is not m's but the shared subject's.
bool ObjectOfCoordinatedVerb(const Tok* toks, uint32_t sb, const Mention& m, uint32_t pronoun) {
  auto after_verb = [&](uint32_t t) {
    return t > sb && (toks[t - 1].wflags & lexicon::kAnyVerb) && toks[t - 1].mention < 0 &&
           !(toks[t - 1].wflags & (lexicon::kBe | lexicon::kAuxiliary | lexicon::kModal));
  };
  if (!after_verb(m.tb) || !after_verb(pronoun) || m.te >= pronoun) return false;
  for (uint32_t k = m.te; k < pronoun; ++k) {
    if (toks[k].wflags & lexicon::kConjunction) return true;
  }
  return false;
}

// "Hamas said Israel had killed its political leader", "said Taliban fighters had opened fire on
// two of its border posts": the verb of force right before the possessive pronoun at token
// `pronoun` (past "on"/"at" and a count with "of"; "opened" for "opened fire"), or `se` when there
// is none. Whose the thing struck is, is not that verb's own subject.
uint32_t ForceVerbBefore(const Tok* toks, std::string_view text, const lexicon::Lexicon& lx, uint32_t sb, uint32_t se,
                         uint32_t pronoun) {
  if (pronoun <= sb + 1) return se;
  uint32_t v = pronoun - 1;
  if (TokenIs(text, toks[v], "of") && v > sb + 2 &&
      ((toks[v - 1].tflags & text::kNumber) || CountWordValue(TokenText(text, toks[v - 1])) > 0 ||
       IsAny(TokenText(text, toks[v - 1]), "some", "several", "many", "dozens", "hundreds"))) {
    v -= 2;
  }
  if ((TokenIs(text, toks[v], "on") || TokenIs(text, toks[v], "at")) && v > sb + 1) --v;
  const bool opened_fire = TokenIs(text, toks[v], "fire") && v > sb + 1 && Is(lx.Word(lx.VerbLemma(toks[v - 1].word)), "open");
  if (opened_fire) --v;
  if ((toks[v].wflags & lexicon::kAnyVerb) && toks[v].mention < 0 &&
      (opened_fire || IsAny(lx.Word(lx.VerbLemma(toks[v].word)), "kill", "attack", "strike", "shell", "bomb", "fire",
                            "hit", "raid", "shoot", "assassinate", "target"))) {
    return v;
  }
  return se;
}

// True when only auxiliaries, negations, adverbs ("first" too) or an apposition's closing comma
// stand in tokens [from, to - 1): the phrase ending at `from` is then the subject of the verb at
// to - 1.
bool VerbLeadOnly(const Tok* toks, std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k + 1 < to; ++k) {
    const bool lead = toks[k].mention < 0 &&
                      (TokenIs(text, toks[k], ",") ||
                       ((toks[k].tflags & text::kWord) &&
                        ((toks[k].wflags & (lexicon::kAuxiliary | lexicon::kModal | lexicon::kBe | lexicon::kNegation)) ||
                         IsAdverbWord(TokenText(text, toks[k])) ||
                         // ("Indian soldiers had first targeted two of its positions")
                         TokenIs(text, toks[k], "first"))));
    if (!lead) return false;
  }
  return true;
}

// True when an actor value's code is its country's code and its sector ("PRKGOV"), not an
// organisation's own code ("LBNHEZ").
bool StateRoleCode(const ActorValue& v) {
  const std::string_view code = v.code.view(), country = v.country.view(), sector = v.sector.view();
  return code.size() == country.size() + sector.size() && code.substr(0, country.size()) == country &&
         code.substr(country.size()) == sector;
}

bool PersonSeen(const DocMemory& m, int32_t person) {
  for (const auto& v : m.all)
    if (v.person == person) return true;
  return false;
}

}  // namespace

void Coder::BuildMentions(std::string_view text, Date date, Analysis& a, uint32_t sb,
                          uint32_t se) const {
  const uint32_t first_mention = static_cast<uint32_t>(a.mentions.size());
  // The last actor that `fits`: in this sentence's phrases so far (latest first), unless
  // this_sentence is false, then among the story's last things.
  auto recent_actor = [&](auto&& fits, bool this_sentence = true) -> const ActorValue* {
    for (size_t k = a.mentions.size(); this_sentence && k-- > first_mention;) {
      const Mention& pm = a.mentions[k];
      if (pm.actors_len == 1 && fits(a.mention_actors[pm.actors_off])) return &a.mention_actors[pm.actors_off];
    }
    for (auto it = a.memory.last_things.rbegin(); it != a.memory.last_things.rend(); ++it) {
      if (fits(*it)) return &*it;
    }
    return nullptr;
  };
  struct TheirRole {
    uint32_t their = 0, role = 0, end = 0;  // tokens of "their" and of the role; the role's end
    uint32_t sector = 0;
  };
  std::vector<TheirRole> their_roles;
  // (Neither vector changes size while the mentions are built; through pointers taken once, as
  // the stores in the loops below would otherwise make the compiler reload the vectors' data.)
  Tok* const toks = a.toks.data();
  const Span* const spans = a.spans.data();
  auto span_at = [toks, spans, se](uint32_t j) -> const Span* {
    return j < se && toks[j].phrase_span >= 0 ? &spans[toks[j].phrase_span] : nullptr;
  };
  auto is_possessive = [&](uint32_t j) { return j < se && (toks[j].tflags & text::kPossessive); };
  // "a three-day official visit to Minsk", "the deepening military ties between ...": a word
  // that could be a verb but heads an event noun, with a preposition right after it, is that
  // noun (so a role word that is also an adjective, "official", "military", modifies it; not
  // "opposition demands for", the demands of the opposition).
  auto event_noun_before_preposition = [&](uint32_t j) {
    if (j + 1 >= se || !(toks[j + 1].wflags & lx::kPreposition) || TokenIs(text, toks[j + 1], "to") ||
        (toks[j].wflags & (lx::kPastTense | lx::kGerund | lx::kModal | lx::kBe | lx::kAuxiliary))) {
      // ("to" after a plain verb form is an infinitive's mark as often as a preposition: only
      // after a noun-only form, "visit to")
      if (!(j + 1 < se && TokenIs(text, toks[j + 1], "to") && !(toks[j].wflags & (lx::kPastTense | lx::kGerund)))) return false;
    }
    const lx::WordId w = toks[j].word;
    if (w == lx::kUnknownWord) return false;
    const lx::WordId lemma = lx_.NounLemma(w) ? lx_.NounLemma(w) : w;
    const auto [b, e] = lx_.NounPatterns(lemma);
    const std::string_view tw = TokenText(text, toks[j]);
    return b != e || lemma != w || (tw.size() > 3 && tw.back() == 's');  // (or a plural: "ties", "drills")
  };
  auto starts_name = [&](uint32_t j) {
    const Span* s = span_at(j);
    if (s && (s->sense_mask & (Bit(SenseKind::kPerson) | Bit(SenseKind::kPersonShort)))) return true;
    return j < se && (toks[j].tflags & text::kCapitalized) && !s &&
           !(toks[j].wflags & (lx::kDeterminer | lx::kPreposition | lx::kConjunction |
                                 lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing));
  };
  // True when a word for a group sent by a side ("delegations", "negotiators") stands among the
  // first words from `from` (also capitalised, opening a sentence): "Delegations of Sudan's army".
  auto role_group_word = [&](uint32_t from) {
    for (uint32_t k = from; k < se && k < from + 3; ++k) {
      const std::string_view w = TokenText(text, a.toks[k]);
      for (std::string_view g : {"delegation", "delegations", "delegates", "team", "teams", "negotiators",
                                 "representatives", "envoys"}) {
        if (w.size() == g.size() && base::AsciiLower(w[0]) == g[0] && w.substr(1) == g.substr(1)) return true;
      }
    }
    return false;
  };
  // Up to two plain modifiers from token j ("a North Korean trading company", "Russian oil
  // companies"), where the phrase's role would follow; returns the token after them. With
  // noun_like, lower-case words that could be verbs or events count too ("trade", "defence").
  auto SkipRoleModifiers = [&](uint32_t j, bool noun_like) {
    uint32_t k = j;
    while (k < se && k < j + 2 && (a.toks[k].tflags & text::kWord) && !span_at(k) &&
           (!noun_like || !(a.toks[k].tflags & text::kCapitalized)) &&
           (noun_like || !(a.toks[k].wflags & lx::kAnyVerb) ||
            (a.toks[k].wflags & (lx::kGerund | lx::kPastParticiple))) &&
           !(a.toks[k].wflags & (lx::kPreposition | lx::kDeterminer | lx::kConjunction | lx::kSubordinator |
                                 lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing | lx::kMonth |
                                 lx::kWeekday | lx::kModal | lx::kBe | lx::kAuxiliary)) &&
           (noun_like || !(a.toks[k].wflags & lx::kEventNoun)) &&
           (!noun_like || !(a.toks[k].wflags & lx::kPastTense) || (a.toks[k].wflags & lx::kPastParticiple))) {
      ++k;
    }
    return k;
  };
  // A model designation at token j, "F-16", "Su-34", "MiG-29", "S-400": a short capitalised
  // word, a joined hyphen and a number; returns the token after it, or j.
  auto SkipModelName = [&](uint32_t j) {
    if (j + 2 >= se || !(a.toks[j].tflags & text::kCapitalized) || TokenText(text, a.toks[j]).size() > 3 ||
        !(a.toks[j + 1].tflags & text::kJoined) || !(a.toks[j + 2].tflags & text::kNumber)) {
      return j;
    }
    return j + 3;
  };
  // True when only up to two plain modifiers stand between the clause start and token i ("Senior
  // security officials from Iran and Saudi Arabia met ...", "Trade officials from ..."; not after
  // "said").
  auto clause_start = [&](uint32_t i) {
    uint32_t k = i;
    while (k > sb && k + 2 > i && (toks[k - 1].tflags & text::kWord) && !span_at(k - 1) &&
           !(toks[k - 1].wflags & (lx::kPreposition | lx::kConjunction | lx::kSubordinator | lx::kModal | lx::kBe |
                                   lx::kAuxiliary | lx::kPastTense | lx::kReport | lx::kPronounPerson |
                                   lx::kPronounGroup | lx::kPronounThing))) {
      --k;
    }
    return k == sb;
  };
  // Parses a noun phrase that may name an actor, starting at token i.
  // (Always inline: it runs for most determiners, numbers and dictionary phrases, and a call
  // passed its large result through memory, which cost as much as most of the parses.)
  auto parse = [&](uint32_t i) __attribute__((always_inline)) {
    NpParse np;
    uint32_t j = i;
    // Determiners and numbers: "the", "12 Chinese companies", "the 14 suspected rebels". ("said
    // that Turkey was ready": "that" before a name opens a clause, it is no determiner.)
    while (j < se && ((toks[j].wflags & lx::kDeterminer) || (toks[j].tflags & text::kNumber)) && !span_at(j)) {
      if (TokenIs(text, toks[j], "that") && j + 1 < se && span_at(j + 1) && (span_at(j + 1)->sense_mask & kNameSenses)) break;
      // ("said that its forces had ...": nor before a possessive pronoun.)
      if (j + 1 < se && (toks[j + 1].wflags & (lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing)) &&
          TokenIs(text, toks[j], "that")) {
        break;
      }
      ++j;
    }
    if (j > i) {
      // Up to two modifiers between the determiner and a name or role: "the visiting",
      // "the newly appointed", "a senior". Only taken when an actor phrase follows.
      uint32_t k = j;
      // ("14 suspected Maoist rebels": an unknown capitalised word is a modifier too.)
      while (k < se && k < j + 2 && !span_at(k) && (toks[k].tflags & text::kWord) &&
             (!(toks[k].tflags & text::kCapitalized) || toks[k].word == lx::kUnknownWord) &&
             !(toks[k].wflags & (lx::kPreposition | lx::kConjunction | lx::kDeterminer | lx::kModal |
                                   lx::kBe | lx::kAuxiliary | lx::kSubordinator)) &&
             (!(toks[k].wflags & lx::kAnyVerb) ||
              (toks[k].wflags & (lx::kGerund | lx::kPastParticiple)) || EndsWithLy(TokenText(text, toks[k])))) {
        // (not a noun and the participle of a clause after it: "a resolution endorsing President
        // Trump's plan"; nor after "that", a relative pronoun: "that endorsed President Trump's")
        if (k > j && (toks[k].wflags & (lx::kGerund | lx::kPastParticiple)) && !(toks[k - 1].wflags & lx::kAnyVerb) &&
            !EndsWithLy(TokenText(text, toks[k - 1]))) {
          break;
        }
        if (k == j && (toks[k].wflags & lx::kAnyVerb) && TokenIs(text, toks[j - 1], "that")) break;
        ++k;
      }
      if (k > j && span_at(k) && (span_at(k)->sense_mask & (Bit(SenseKind::kCountryAdj) | Bit(SenseKind::kAgent) |
                                                           Bit(SenseKind::kTitle)))) {
        j = k;
      }
    }
    while (j < se) {
      const Span* s = span_at(j);
      if (!s) {
        // ("the London-based rights group": where the role is based is no part of it)
        if (j + 2 < se && (toks[j + 1].tflags & text::kJoined) && TokenIs(text, toks[j + 2], "based")) {
          j += 3;
          continue;
        }
        if ((np.title || np.sector >= 0) && np.person < 0 && !np.unknown_name && starts_name(j) &&
            !(toks[j].wflags & (lx::kMonth | lx::kWeekday | lx::kRelTime))) {
          // "President Smith", "Gen. Abdel Fattah al-Burhan": capitalised words after a title;
          // "deputy speaker Alexander Babakov", "envoy Steve Witkoff": a name after a role.
          np.unknown_name = true;
          // (and a lower-case particle inside the name: "Sheikh Abdulla bin Ahmed Al Khalifa",
          // "Apollinaire Joachim Kyelem de Tambela")
          const uint32_t name_from = j;
          while (j < se && ((toks[j].tflags & text::kCapitalized) ||
                            ((toks[j].tflags & text::kJoined) && j + 1 < se) ||
                            (j > name_from && j + 1 < se && (toks[j + 1].tflags & text::kCapitalized) &&
                             IsAny(TokenText(text, toks[j]), "bin", "bint", "ibn", "al", "el", "de", "da", "del", "van",
                                   "von", "der", "den", "du", "dos", "das", "ben")))) {
            ++j;
          }
          continue;
        }
        break;
      }
      // ("Iran-backed Houthi rebels", "Yemen's Iran-aligned Houthis": who backs an actor is no part
      // of it; the head follows.)
      // (But "U.S.-led military drills": the leader of an act is its actor, below.)
      if (s->te + 1 < se && (toks[s->te].tflags & text::kJoined) && IsBackingWord(TokenText(text, toks[s->te + 1])) &&
          !LedAct(text, toks, s->te + 1, se)) {
        j = s->te + 2;
        continue;
      }
      const uint32_t m = s->sense_mask;
      // "pro-Palestinian protesters", "anti-American", "anti-government protesters", "anti-NATO":
      // an attitude, not the actor's country or role.
      if (s->tb >= sb + 2 && (toks[s->tb - 1].tflags & text::kJoined)) {
        const std::string_view w = TokenText(text, toks[s->tb - 2]);
        if (Is(w, "pro") || Is(w, "anti") || Is(w, "Pro") || Is(w, "Anti")) {
          j = s->te;
          continue;
        }
      }
      // ("155 billion Canadian dollars' worth of American goods": a currency names no actor.)
      if ((m & Bit(SenseKind::kCountryAdj)) && np.head_actor < 0 && np.modifier < 0 && s->te < se &&
          IsAny(TokenText(text, toks[s->te]), "dollar", "dollars", "euro", "euros", "yuan", "rupee", "rupees", "ruble",
                "rubles", "rouble", "roubles", "peso", "pesos", "yen", "won", "lira", "rand", "riyal", "riyals", "dinar",
                "dinars", "shilling", "shillings", "naira", "franc", "francs", "dirham", "dirhams", "hryvnia", "hryvnias",
                "real", "reais", "zloty", "krona", "kronor", "krone", "kroner", "ringgit", "baht", "rupiah", "taka")) {
        j = s->te + 1;
        continue;
      }
      if ((m & Bit(SenseKind::kCountryAdj)) && np.head_actor < 0 && np.modifier < 0 &&
          np.person < 0 && !(m & kHeadSenses && is_possessive(s->te))) {
        np.modifier = SenseRef(lx_, *s, SenseKind::kCountryAdj);
        np.head_tb = s->tb, np.head_te = s->te;
        j = s->te;
        // "Indian Mirage jets", "Russian Iskander missiles": a model name before the agent;
        // "Indian External Affairs Minister": capitalised words of an office before its title.
        // "a North Korean trading company", "Russian oil companies": plain modifiers too.
        // ("Thai F-16 fighter jets", "Russian Su-34 bombers": a model designation too.)
        j = SkipModelName(j);
        // ("Russian ballistic missiles", "Ukrainian long-range drones": the kind of weapon before
        // a weapon.)
        {
          constexpr uint32_t kWeapon = lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery;
          uint32_t q = j;
          if (q + 2 < se && (toks[q].tflags & text::kWord) && (toks[q + 1].tflags & text::kJoined) &&
              TokenIs(text, toks[q + 1], "-") && IsAny(TokenText(text, toks[q + 2]), "range", "laden", "guided")) {
            q += 3;
          } else if (q + 1 < se && (toks[q].wflags & kWeapon) && !(toks[q].tflags & text::kCapitalized) &&
                     !(span_at(q) && (span_at(q)->sense_mask & Bit(SenseKind::kAgent)))) {
            q += 1;
          }
          if (q > j && q < se && (toks[q].wflags & kWeapon) && span_at(q) &&
              (span_at(q)->sense_mask & Bit(SenseKind::kAgent))) {
            j = q;
          }
        }
        const uint32_t k = SkipRoleModifiers(j, /*noun_like=*/false);
        // ("12 Algerian consular and diplomatic officials": two modifiers joined by "and".)
        auto plain = [&](uint32_t q) {
          return q < se && (toks[q].tflags & text::kWord) && !(toks[q].tflags & text::kCapitalized) && !span_at(q) &&
                 !(toks[q].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kDeterminer | lx::kConjunction |
                                     lx::kSubordinator | lx::kModal | lx::kBe | lx::kAuxiliary));
        };
        const bool joined_modifiers = plain(j) && j + 3 < se && TokenIs(text, toks[j + 1], "and") && plain(j + 2) &&
                                      span_at(j + 3) && (span_at(j + 3)->sense_mask & Bit(SenseKind::kAgent));
        // ("Israeli Strategic Affairs Minister Ron Dermer": capitalised words of an office before a
        // capitalised title, whatever else they may be.)
        uint32_t office = j;
        while (office < se && office < j + 3 && (toks[office].tflags & text::kCapitalized) &&
               (toks[office].tflags & text::kWord) && !span_at(office)) {
          ++office;
        }
        if (k > j && span_at(k) && (span_at(k)->sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle)))) {
          j = k;
        } else if (office > j && span_at(office) && (span_at(office)->sense_mask & Bit(SenseKind::kTitle)) &&
                   (toks[office].tflags & text::kCapitalized)) {
          j = office;
        } else if (joined_modifiers) {
          j += 3;
        } else if (const uint32_t kn = SkipRoleModifiers(j, /*noun_like=*/true);
                   kn > j && span_at(kn) && (span_at(kn)->sense_mask & Bit(SenseKind::kAgent)) &&
                   !(span_at(kn)->sense_mask & kHeadSenses)) {
          // "a Chinese trade delegation", "a Russian defence delegation": a lower-case word that
          // could be a verb or an event before a role noun is the role's modifier.
          j = kn;
        }
        continue;
      }
      if ((m & kHeadSenses) && is_possessive(s->te) && np.modifier < 0 && np.person < 0 &&
          np.head_actor < 0) {
        np.modifier = FirstActorRef(lx_, *s);
        np.head_tb = s->tb, np.head_te = s->te;
        np.place = SenseRef(lx_, *s, SenseKind::kPlace);
        j = s->te + 1;
        np.possessive = true;
        // "Russia's two biggest oil companies": numbers and up to two modifiers before a role.
        // ("Japan's new prime minister": "new" is listed with the determiners.)
        uint32_t k = j;
        while (k < se && ((a.toks[k].tflags & text::kNumber) || CountWordValue(TokenText(text, a.toks[k])) > 0) &&
               !span_at(k)) {
          ++k;
        }
        // ("Bangladesh's acting high commissioner": an "-ing" or "-ed" adjective too.)
        for (uint32_t n = 0; n < 2 && k < se && !span_at(k) && (a.toks[k].tflags & text::kWord) &&
                             !(a.toks[k].tflags & text::kCapitalized) &&
                             (!(a.toks[k].wflags & lx::kDeterminer) || TokenIs(text, a.toks[k], "new")) &&
                             !(a.toks[k].wflags & (lx::kPreposition | lx::kConjunction | lx::kModal |
                                                   lx::kBe | lx::kAuxiliary | lx::kSubordinator)) &&
                             (!(a.toks[k].wflags & lx::kAnyVerb) || (a.toks[k].wflags & (lx::kGerund | lx::kPastParticiple)));
             ++n) {
          ++k;
        }
        if (k > j && span_at(k) && (span_at(k)->sense_mask & Bit(SenseKind::kAgent))) {
          j = k;
        } else if (const uint32_t kn = SkipRoleModifiers(j, /*noun_like=*/true);
                   kn > j && span_at(kn) && (span_at(kn)->sense_mask & Bit(SenseKind::kAgent)) &&
                   !(span_at(kn)->sense_mask & kHeadSenses)) {
          // ("Japan's chief trade negotiator": a lower-case word that could be a verb before a
          // role noun is the role's modifier, as after an adjective.)
          j = kn;
        }
        continue;
      }
      // "President Michel Suleiman": a known name followed by an unknown capitalised word is
      // part of somebody else's name.
      // (So does a hyphen to another capitalised part: "Yunus-Bek Yevkurov" is not Yunus.)
      // ("Yun Jong Ho" is not Yun Suk Yeol: after a bare surname, a name part known only from
      // other names, with no grammatical use, continues the name too; after a full name it may
      // be the same person's longer name, "Sheikh Tamim bin Hamad Al Thani".)
      // (Tested only for a person's phrase, after the cheaper tests, and written out in the
      // condition: as values or lambdas they cost every phrase.)
      // ("Jimmy Lai" is not President Lai: an unknown capitalised word before a bare surname
      // is another person's first name.)
      const bool surname_only = !(m & Bit(SenseKind::kPerson));
      if ((m & (Bit(SenseKind::kPerson) | Bit(SenseKind::kPersonShort))) && np.person < 0 && np.head_actor < 0 &&
          // name_continues
          !((s->te < se && (a.toks[s->te].tflags & text::kCapitalized) && a.toks[s->te].phrase_span < 0 &&
             (a.toks[s->te].word == lx::kUnknownWord || (surname_only && a.toks[s->te].wflags == 0))) ||
            (s->te + 1 < se && (a.toks[s->te].tflags & text::kJoined) &&
             (a.toks[s->te + 1].tflags & text::kCapitalized) && a.toks[s->te + 1].phrase_span < 0 &&
             a.toks[s->te + 1].word == lx::kUnknownWord) ||
            SkipModelName(s->tb) > s->tb ||  // ("Su-34" is a warplane, not Su)
            // ("OPEC Secretary General Haitham al-Ghais" is not Sultan Haitham: a lower-case name
            // particle and another capitalised part after a short name.)
            (surname_only && s->te + 2 < se && IsAny(TokenText(text, a.toks[s->te]), "al", "el", "bin", "ibn", "bint", "abu", "ben") &&
             (((a.toks[s->te + 1].tflags & text::kCapitalized) && a.toks[s->te + 1].word == lx::kUnknownWord) ||
              ((a.toks[s->te + 1].tflags & text::kJoined) && (a.toks[s->te + 2].tflags & text::kCapitalized) &&
               a.toks[s->te + 2].word == lx::kUnknownWord)))) &&
          // ("the town of Masisi" is a place, not President Masisi: a bare surname after a place
          // noun and "of".)
          !(surname_only && s->tb >= sb + 2 && TokenIs(text, a.toks[s->tb - 1], "of") &&
            IsPlaceNoun(TokenText(text, a.toks[s->tb - 2]))) &&
          // first_name_before
          !(surname_only && s->tb > sb && (a.toks[s->tb - 1].tflags & text::kCapitalized) &&
            a.toks[s->tb - 1].word == lx::kUnknownWord && a.toks[s->tb - 1].phrase_span < 0) &&
          // ("Francesca Albanese, the U.N. rapporteur ... Rubio accused Albanese of bias": a bare
          // surname the story first gave after another, unknown first name is that other person.
          // One-word surnames only: the scan compares a single token.)
          !(surname_only && s->te == s->tb + 1 && [&] {
            const std::string_view surname = TokenText(text, a.toks[s->tb]);
            for (uint32_t k = 1; k < s->tb; ++k) {
              if (a.toks[k].word == a.toks[s->tb].word && TokenText(text, a.toks[k]) == surname &&
                  (a.toks[k - 1].tflags & text::kCapitalized) && (a.toks[k - 1].tflags & text::kWord) &&
                  a.toks[k - 1].word == lx::kUnknownWord) {
                return true;
              }
            }
            return false;
          }())) {
        int32_t p = SenseRef(lx_, *s, SenseKind::kPerson);
        if (p < 0) {
          p = SenseRef(lx_, *s, SenseKind::kPersonShort);
          // ("Singapore Prime Minister Lawrence Wong ... Wong, who arrived": a bare surname is the
          // person of that surname the story named in full, not another person it is short for.)
          {
            const std::string_view surname =
                text.substr(toks[s->tb].begin, toks[s->te - 1].end - toks[s->tb].begin);
            for (size_t k = a.memory.all.size(); k-- > 0;) {
              const ActorValue& v = a.memory.all[k];
              if (v.kind != MentionKind::kPerson || v.person < 0 || v.person == p) continue;
              if (v.text_end - v.text_begin <= surname.size() + 1 || v.text_end > text.size()) continue;
              const std::string_view named = text.substr(v.text_begin, v.text_end - v.text_begin);
              const char before = named[named.size() - surname.size() - 1];
              if ((before == ' ' || before == '-') && named.substr(named.size() - surname.size()) == surname) {
                p = v.person;
                break;
              }
            }
          }
          // A bare surname at the very start of a sentence could be an ordinary capitalised word;
          // there it needs a title, a role noun, an earlier full mention, or a verb right after.
          const bool sentence_start = s->tb == sb;
          uint32_t after = s->te;  // "Guterres also met"
          // ("Putin on Monday thanked ...": a day in between too.)
          while (after < se && (IsAdverbWord(TokenText(text, toks[after])) || (toks[after].wflags & (lx::kWeekday | lx::kRelTime)) ||
                                (TokenIs(text, toks[after], "on") && after + 1 < se && (toks[after + 1].wflags & lx::kWeekday)))) {
            ++after;
          }
          // ("Putin to visit India next month": a headline's subject before "to" and a verb.)
          const bool verb_follows = after < se && ((toks[after].wflags & (lx::kAnyVerb | lx::kConjunction | lx::kModal |
                                                                              lx::kAuxiliary | lx::kBe)) ||
                                                   (after + 1 < se && TokenIs(text, toks[after], "to") &&
                                                    lx_.VerbFormOf(toks[after + 1].word) == lx::VerbForm::kBase));
          // ("Lavrov, who met ...": a relative clause follows a name.)
          // ("Putin, visiting Minsk, met ...", "Modi, the Indian prime minister, ...": so does a
          // participle or an appositive after a comma.)
          const std::string_view next = after + 1 < se ? TokenText(text, toks[after + 1]) : std::string_view();
          // ("Modi, on his first visit to Kyiv, met ...", "Putin, on Monday, met ...": and a
          // phrase opened by a preposition between commas.)
          const bool who_follows = after + 1 < se && TokenIs(text, toks[after], ",") &&
                                   (Is(next, "who") || Is(next, "whose") ||
                                    (toks[after + 1].wflags & (lx::kDeterminer | lx::kPreposition)) ||
                                    (!(toks[after + 1].tflags & text::kCapitalized) && next.size() > 4 &&
                                     Is(next.substr(next.size() - 3), "ing")));
          // ("Trump, Putin hold talks in Alaska": a headline's list of names, written with a
          // comma for "and".)
          const Span* listed = after + 1 < se && TokenIs(text, toks[after], ",") ? span_at(after + 1) : nullptr;
          const bool list_follows = listed && (listed->sense_mask & kNameSenses) && (toks[after + 1].tflags & text::kCapitalized);
          // ("Lavrov's visit": a possessive marks the name as one too.)
          if (sentence_start && !np.title && np.sector < 0 && !PersonSeen(a.memory, p) && !verb_follows && !who_follows &&
              !list_follows && !is_possessive(s->te)) {
            break;
          }
        }
        np.person = p;
        np.head_tb = s->tb, np.head_te = s->te;
        j = s->te;
        np.possessive = is_possessive(j);
        if (np.possessive) ++j;
        break;
      }
      if ((m & Bit(SenseKind::kTitle)) && np.person < 0 && starts_name(s->te)) {
        np.title = true;
        np.sector = SenseRef(lx_, *s, SenseKind::kTitle);
        j = s->te;
        continue;
      }
      // ("Tanzania's general election", "Kenya's general strike": "general" before a plain
      // lower-case noun is an adjective, not an officer.)
      if ((m & Bit(SenseKind::kAgent)) && s->te == s->tb + 1 && TokenIs(text, toks[s->tb], "general") && s->te < se &&
          (toks[s->te].tflags & text::kWord) && !(toks[s->te].tflags & text::kCapitalized) && !span_at(s->te) &&
          !(toks[s->te].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kConjunction | lx::kSubordinator | lx::kDeterminer |
                                  lx::kModal | lx::kBe | lx::kAuxiliary | lx::kReport | lx::kPronounPerson | lx::kPronounGroup |
                                  lx::kPronounThing))) {
        break;
      }
      // ("Georgia's new foreign agents law": a role naming a law is no actor; the law's owner is.)
      if ((m & Bit(SenseKind::kAgent)) && s->te < se && span_at(s->te) == nullptr &&
          IsAny(TokenText(text, toks[s->te]), "law", "laws", "bill", "bills", "legislation")) {
        break;
      }
      if ((m & Bit(SenseKind::kAgent)) && np.head_actor < 0 && np.person < 0) {
        // ("a children's hospital": after a possessive role, the next role is the head.)
        // ("women soldiers", "women journalists": a word for people before a role only says who
        // hold it; the role is the head.)
        const bool people_word = np.sector >= 0 && s->tb > i && s->tb == j &&
                                 IsAny(TokenText(text, toks[s->tb - 1]), "women", "woman", "men", "man", "civilian");
        if (np.sector < 0 || (np.possessive && np.modifier < 0) || people_word) np.sector = SenseRef(lx_, *s, SenseKind::kAgent);
        j = s->te;
        // "Pakistan's government": the role is the head; the phrase no longer ends with 's.
        np.possessive = is_possessive(j);
        if (np.possessive) ++j;
        continue;
      }
      // "Jordan Peterson", "Georgia Meloni": a place name followed by an unknown capitalised
      // word is part of a person's name; so is a name after an unknown capitalised word
      // ("Therese Kayikwamba Wagner" is not the Wagner Group).
      if ((m & kHeadSenses) && s->te < se && s->te > s->tb && (toks[s->te].tflags & text::kCapitalized) &&
          toks[s->te].phrase_span < 0 && toks[s->te].word == lx::kUnknownWord) {
        break;
      }
      if ((m & kHeadSenses) && s->tb > sb + 1 && (toks[s->tb - 1].tflags & text::kCapitalized) &&
          toks[s->tb - 1].word == lx::kUnknownWord && toks[s->tb - 1].mention < 0 &&
          toks[s->tb - 1].phrase_span < 0) {
        break;
      }
      // "U.S. President Donald Trump", "U.S. envoy Keith Kellogg": a country name used
      // attributively before a title, role or name is a modifier.
      if ((m & (Bit(SenseKind::kCountryName) | Bit(SenseKind::kCapital))) && !(m & Bit(SenseKind::kOrganization)) &&
          np.head_actor < 0 && np.person < 0 && np.sector < 0 && np.modifier < 0 && !is_possessive(s->te)) {
        const Span* next = span_at(s->te);
        if (next && (next->sense_mask & (Bit(SenseKind::kTitle) | Bit(SenseKind::kAgent) | Bit(SenseKind::kPerson)))) {
          np.modifier = FirstActorRef(lx_, *s);
          np.head_tb = s->tb, np.head_te = s->te;
          j = s->te;
          continue;
        }

      }
      // "Hamas leader", "State Duma deputy speaker", "EU foreign ministers": an organisation's
      // or institution's name before a role noun or title owns the role; the actor is its own
      // (also after a country's possessive: "Afghanistan's Taliban government").
      if ((m & (Bit(SenseKind::kOrganization) | Bit(SenseKind::kMetonym))) && np.head_actor < 0 && np.person < 0 && np.sector < 0 &&
          (np.modifier < 0 || np.possessive) && np.owner < 0 && !is_possessive(s->te)) {
        const Span* next = span_at(s->te);
        // ("Israel's U.N. ambassador": a state's envoy to an organisation is the state's.)
        // (or a territory's: "Taiwan's APEC envoy")
        if (next && np.modifier >= 0 && np.possessive && s->te < se &&
            (lx_.actor(static_cast<uint32_t>(np.modifier)).kind == lx::ActorKind::kState ||
             lx_.actor(static_cast<uint32_t>(np.modifier)).kind == lx::ActorKind::kTerritory) &&
            IsAny(TokenText(text, toks[next->te - 1]), "ambassador", "envoy", "representative", "delegate", "mission",
                  "delegation", "ambassadors", "envoys")) {
          j = s->te;
          continue;
        }
        if (next && (next->sense_mask & (Bit(SenseKind::kTitle) | Bit(SenseKind::kAgent))) &&
            !(next->sense_mask & kHeadSenses)) {
          np.owner = FirstActorRef(lx_, *s);
          np.head_tb = s->tb, np.head_te = s->te;
          j = s->te;
          continue;
        }
      }
      if ((m & kHeadSenses) && np.head_actor < 0 && np.person < 0 && np.sector < 0) {
        np.head_actor = FirstActorRef(lx_, *s);
        np.place = SenseRef(lx_, *s, SenseKind::kPlace);
        np.head_tb = s->tb, np.head_te = s->te;
        j = s->te;
        np.possessive = is_possessive(j);
        if (np.possessive) ++j;
        break;
      }
      break;
    }
    // "the government in Kyiv", "the foreign minister of Belarus", "soldiers from Gondor"
    // ("its embassy in Oslo" is in the host country, not of it.)
    // (Tested only where it counts, after the cheaper tests.)
    auto mission_in = [&] {
      return j > i && TokenIs(text, toks[j], "in") &&
             (TokenIs(text, toks[j - 1], "embassy") || TokenIs(text, toks[j - 1], "embassies") ||
              TokenIs(text, toks[j - 1], "consulate") || TokenIs(text, toks[j - 1], "consulates"));
    };
    if (np.sector >= 0 && np.head_actor < 0 && np.modifier < 0 && np.person < 0 && j + 1 < se && !mission_in() &&
        (TokenIs(text, toks[j], "of") || TokenIs(text, toks[j], "in") ||
         // "Soldiers from Gondor have ...": a role from a country at the start of a clause; not
         // an object ("recalled their ambassadors from Algeria"); "his counterparts from Iran
         // and Azerbaijan" always.
         (TokenIs(text, toks[j], "from") &&
          (clause_start(i) || TokenIs(text, toks[i - 1], ",") || (toks[i - 1].wflags & lx::kConjunction) ||
           // ("held talks with officials from Britain, France and Germany")
           (i > sb && (toks[i - 1].wflags & lx::kPreposition) && !TokenIs(text, toks[i - 1], "of")) ||
           (j > i && (TokenIs(text, toks[j - 1], "counterparts") || TokenIs(text, toks[j - 1], "counterpart"))) ||
           // "received a delegation from Vietnam": a group introduced with "a" is from the country
           // named, wherever it stands; "its ambassador from Algeria" is the owner's.
           TokenIs(text, toks[i], "a") || TokenIs(text, toks[i], "an"))))) {
      uint32_t k = j + 1;
      while (k < se && (toks[k].wflags & lx::kDeterminer) && !span_at(k)) ++k;
      // ("a delegation of the Russian State Duma": an adjective before the organ's name.)
      if (const Span* adj = span_at(k); adj && (adj->sense_mask & Bit(SenseKind::kCountryAdj)) &&
                                        !(adj->sense_mask & kHeadSenses) && span_at(adj->te) &&
                                        (span_at(adj->te)->sense_mask & Bit(SenseKind::kMetonym))) {
        k = adj->te;
      }
      if (const Span* s = span_at(k); s && (s->sense_mask & kHeadSenses)) {
        np.modifier = FirstActorRef(lx_, *s);
        // "the leaders of X, Y and Z", "lawmakers in X and Y": the role applies to the whole list.
        np.sector_via_of = !TokenIs(text, toks[j], "in");
        const bool of = TokenIs(text, toks[j], "of");
        j = s->te;
        // "a delegation of U.S. senators": a group of a country's role (the name used as an
        // adjective) is of that role; "delegations of Sudan's army": of a role the country owns.
        const bool owned_role = of && is_possessive(j) && role_group_word(i);
        if (const Span* role = span_at(owned_role ? j + 1 : j);
            role && of && (s->sense_mask & Bit(SenseKind::kCountryName)) &&
            (role->sense_mask & Bit(SenseKind::kAgent)) && !(role->sense_mask & kHeadSenses) &&
            !(toks[role->tb].tflags & text::kCapitalized)) {
          np.sector = SenseRef(lx_, *role, SenseKind::kAgent);
          np.sector_via_of = false;
          j = role->te;
        }
      } else if (s && (s->sense_mask & Bit(SenseKind::kCountryAdj)) && TokenIs(text, toks[j], "of") &&
                 span_at(s->te) && (span_at(s->te)->sense_mask & Bit(SenseKind::kAgent))) {
        // "a delegation of Chinese lawmakers": the group is of the role that follows.
        const Span* role = span_at(s->te);
        np.modifier = SenseRef(lx_, *s, SenseKind::kCountryAdj);
        np.sector = SenseRef(lx_, *role, SenseKind::kAgent);
        j = role->te;
      } else if (s && (s->sense_mask & Bit(SenseKind::kAgent)) && TokenIs(text, toks[j], "of") && s->te + 1 < se) {
        // "a delegation of the Ministry of Culture of the Russian Federation": a role of an organ
        // (and its capitalised name) of a country is that country's.
        uint32_t q = s->te;
        for (int hops = 0; hops < 3 && q + 1 < se && TokenIs(text, toks[q], "of"); ++hops) {
          uint32_t r = q + 1;
          while (r < se && (toks[r].wflags & lx::kDeterminer) && !span_at(r)) ++r;
          if (const Span* h = span_at(r); h && (h->sense_mask & kHeadSenses)) {
            np.modifier = FirstActorRef(lx_, *h);
            np.sector_via_of = true;
            j = h->te;
            break;
          }
          const uint32_t name = r;
          while (r < se && (toks[r].tflags & text::kCapitalized) && !span_at(r)) ++r;
          if (r == name) break;
          q = r;
        }
      } else if (TokenIs(text, toks[j], "of") && k + 1 < se) {
        // "the mayor of the western Mexican city of Uruapan": a role of a place that a
        // country's adjective names (and the place's name after "of").
        uint32_t q = k;
        if (!span_at(q) && IsCompassWord(TokenText(text, toks[q]))) ++q;
        const Span* adj = span_at(q);
        if (adj && (adj->sense_mask & Bit(SenseKind::kCountryAdj)) && !(adj->sense_mask & kHeadSenses) &&
            adj->te < se && !span_at(adj->te) && IsPlaceNoun(TokenText(text, toks[adj->te]))) {
          np.modifier = SenseRef(lx_, *adj, SenseKind::kCountryAdj);
          j = adj->te + 1;
          if (j + 1 < se && TokenIs(text, toks[j], "of") && (toks[j + 1].tflags & text::kCapitalized)) {
            j += 2;
            while (j < se && (toks[j].tflags & text::kCapitalized) && !span_at(j)) ++j;
          }
        }
      }
    }
    // "Troops loyal to Sudan's army chief, General Abdel Fattah al-Burhan,", "forces loyal to the
    // Yemeni government", "fighters loyal to Hamas": a role loyal to a state, an organisation or
    // a known person is that one's; the words naming the leader belong to the phrase.
    if (np.sector >= 0 && np.head_actor < 0 && np.modifier < 0 && np.person < 0 && np.owner < 0 && j + 2 < se &&
        ((TokenIs(text, toks[j], "loyal") && TokenIs(text, toks[j + 1], "to")) ||
         // ("Troops fighting for Myanmar's junta", "militias aligned with the army")
         (TokenIs(text, toks[j], "fighting") && TokenIs(text, toks[j + 1], "for")) ||
         (TokenIs(text, toks[j], "aligned") && TokenIs(text, toks[j + 1], "with")))) {
      uint32_t k = j + 2;
      while (k < se && (toks[k].wflags & lx::kDeterminer) && !span_at(k)) ++k;
      int32_t leader = -1;
      bool via_person = false;
      uint32_t end = k;
      for (int comma = 0; end < se;) {
        if (const Span* s = span_at(end)) {
          if (leader < 0) {
            leader = FirstActorRef(lx_, *s);
            if (leader < 0 && (s->sense_mask & Bit(SenseKind::kPerson))) {
              bool in_role = false;
              leader = static_cast<int32_t>(lx_.ResolvePerson(static_cast<uint32_t>(SenseRef(lx_, *s, SenseKind::kPerson)),
                                                              date, &in_role));
              via_person = true;
            }
          }
          end = s->te;
          if (is_possessive(end)) ++end;
          continue;
        }
        // (the leader's name past a title, and one name or title in apposition between commas)
        if ((toks[end].tflags & text::kCapitalized) && toks[end].word == lx::kUnknownWord && end > k) {
          ++end;
          continue;
        }
        if (comma == 0 && end > k && end + 1 < se && TokenIs(text, toks[end], ",") &&
            (starts_name(end + 1) || (span_at(end + 1) && (span_at(end + 1)->sense_mask & Bit(SenseKind::kTitle))))) {
          ++comma;
          ++end;
          continue;
        }
        break;
      }
      if (leader >= 0 && !lx_.str(lx_.actor(static_cast<uint32_t>(leader)).country).empty()) {
        np.modifier = leader;
        np.sector_via_of = !via_person;
        j = end;
      }
    }
    np.adjective_only = np.modifier >= 0 && !np.possessive && np.sector < 0 && np.person < 0 &&
                        np.head_actor < 0;
    np.end = j;
    return np;
  };

  auto push_actor = [&](const ActorValue& v) { a.mention_actors.push_back(v); };
  // Adds the mention `m` of the one actor `v`, marks its tokens; returns the token after it.
  // Ends a mention of several actors, those pushed since `actors_off` (a preposition right before
  // it is its own); returns the token after it.
  auto push_group = [&](Mention& m, uint32_t actors_off) {
    m.actors_off = actors_off;
    m.actors_len = static_cast<uint32_t>(a.mention_actors.size()) - actors_off;
    if (m.tb > sb && (toks[m.tb - 1].wflags & lx::kPreposition)) m.prep = toks[m.tb - 1].word;
    for (uint32_t k = m.tb; k < m.te; ++k) toks[k].mention = static_cast<int32_t>(a.mentions.size());
    a.mentions.push_back(m);
    return m.te;
  };
  auto push_single = [&](Mention& m, const ActorValue& v) {
    m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
    m.actors_len = 1;
    a.mention_actors.push_back(v);
    for (uint32_t k = m.tb; k < m.te; ++k) toks[k].mention = static_cast<int32_t>(a.mentions.size());
    a.mentions.push_back(m);
    return m.te;
  };
  // Adds a mention of tokens [i, end) (and a possessive after them) that takes up the actor `v`
  // named before; returns the token after it.
  auto push_taken_up = [&](uint32_t i, uint32_t end, ActorValue v) {
    Mention m;
    m.tb = i, m.te = end;
    m.possessive = m.modifier = is_possessive(end);
    if (m.possessive) ++m.te;
    v.text_begin = toks[i].begin, v.text_end = toks[m.te - 1].end;
    if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
    return push_single(m, v);
  };
  // An epithet in tokens [i, end) (and a possessive after it) taking up `found`'s country.
  auto push_country_epithet = [&](uint32_t i, uint32_t end, const ActorValue& found) {
    ActorValue v = found;
    v.code = v.country;
    v.sector = Code();
    v.kind = MentionKind::kCountry;
    v.person = -1;
    return push_taken_up(i, end, v);
  };
  auto actor_value = [&](uint32_t actor, MentionKind kind, uint32_t tb, uint32_t te) {
    const lx::ActorEntry& e = lx_.actor(actor);
    ActorValue v;
    v.code.Set(lx_.str(e.code));
    v.country.Set(lx_.str(e.country));
    v.sector.Set(lx_.str(e.sector));
    v.kind = kind;
    v.text_begin = toks[tb].begin;
    v.text_end = toks[te - 1].end;
    return v;
  };
  auto with_sector = [&](ActorValue v, int32_t sector) {
    if (sector < 0 || v.country.empty()) return v;
    const std::string_view sec = lx_.str(lx_.sector(static_cast<uint32_t>(sector)));
    if (sec.empty()) return v;
    v.code = v.country;
    v.code.Append(sec);
    v.sector.Set(sec);
    return v;
  };

  // Most tokens start nothing: no dictionary phrase, pronoun, determiner, number or capital
  // (what each case below needs).
  // (A token spelled "the" has the id of "the": the id first, the spelling only when it matches.)
  const lx::WordId the_word = the_word_;
  auto starts_nothing = [text, the_word](const Tok& t) {
    return t.phrase_span < 0 &&
           !(t.wflags & (lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing | lx::kDeterminer)) &&
           !(t.tflags & (text::kNumber | text::kCapitalized)) && !(t.word == the_word && TokenIs(text, t, "the"));
  };
  for (uint32_t i = sb; i < se;) {
    {
      // (Passed over in a loop of their own, on a copy of `i`: the compiler keeps `i` itself in
      // memory, as the lambdas above take it by reference.)
      // (Through a pointer, as in MarkSkips.)
      const Tok* p = toks + i;
      const Tok* const end = toks + se;
      while (p < end && starts_nothing(*p)) ++p;
      if (p == end) break;
      i = static_cast<uint32_t>(p - toks);
    }
    // (A role in apposition to a person's name names no actor: MarkSkips.)
    if (a.skip[i] == 3) {
      ++i;
      continue;
    }
    const Tok& t = toks[i];
    // Pronouns and "the two sides" resolve to earlier actors.
    const Span* ps = span_at(i);
    // ("Chinese Foreign Minister Wang Yi met Doval ..., weeks after Wang held talks with
    // Jaishankar": a capitalised word alone that is the first or last word of a person the story
    // named in full is that person: the family name, first in East Asian names, or last.)
    // (Not inside a longer name: no capitalised word right before or after it; at a sentence's
    // start, only with a verb right after.)
    if (!ps && (!a.memory.last_persons.empty() || a.mentions.size() > first_mention) && (t.tflags & text::kCapitalized) &&
        (t.tflags & text::kWord) &&
        t.end - t.begin >= 2 && !(t.wflags & (lx::kDeterminer | lx::kPreposition | lx::kConjunction | lx::kPronounPerson |
                                            lx::kPronounGroup | lx::kPronounThing | lx::kMonth | lx::kWeekday)) &&
        !(i > sb && (toks[i - 1].tflags & text::kCapitalized) && (toks[i - 1].tflags & text::kWord)) &&
        !(i + 1 < se && (toks[i + 1].tflags & text::kCapitalized) && (toks[i + 1].tflags & text::kWord)) &&
        !(i + 1 < se && (toks[i + 1].tflags & text::kJoined)) &&
        (i > sb || (i + 1 < se && (toks[i + 1].wflags & (lx::kAnyVerb | lx::kModal | lx::kAuxiliary | lx::kBe))))) {
      const std::string_view w = TokenText(text, t);
      const ActorValue* named = nullptr;
      auto is_named = [&](const ActorValue& v) {
        if (v.person < 0 || v.kind != MentionKind::kPerson) return false;
        const std::string_view full = lx_.str(lx_.person(static_cast<uint32_t>(v.person)).name);
        const size_t sp = full.find(' ');
        if (sp == std::string_view::npos) return false;
        return full.substr(0, sp) == w || full.substr(full.rfind(' ') + 1) == w;
      };
      // (This sentence's persons first, the latest first; then the story's.)
      for (size_t k = a.mentions.size(); k-- > first_mention && !named;) {
        const Mention& pm = a.mentions[k];
        if (pm.actors_len == 1 && is_named(a.mention_actors[pm.actors_off])) named = &a.mention_actors[pm.actors_off];
        // ("hosted U.S. envoy Tom Barrack ..., a day after Barrack held talks": a role with a name
        // the dictionaries do not know, whose last word this is, first name before it.)
        if (!named && pm.actors_len == 1 && pm.te >= pm.tb + 3 && pm.te <= i &&
            a.mention_actors[pm.actors_off].kind != MentionKind::kCountry && toks[pm.te - 1].word == t.word &&
            TokenText(text, toks[pm.te - 1]) == w && (toks[pm.te - 2].tflags & text::kCapitalized) &&
            (toks[pm.te - 2].tflags & text::kWord) && toks[pm.te - 2].phrase_span < 0) {
          named = &a.mention_actors[pm.actors_off];
        }
      }
      for (size_t k = a.memory.last_persons.size(); k-- > 0 && !named;) {
        if (is_named(a.memory.last_persons[k])) named = &a.memory.last_persons[k];
      }
      if (named) {
        i = push_taken_up(i, i + 1, *named);
        continue;
      }
    }
    // ("Erdogan welcomed his guest with a military ceremony", "the visitor": the visitor of the
    // story's last visit or talks abroad.)
    // ("A delegation of Vietnam's defence ministry arrived in Vientiane ... The delegation was
    // received by ...": "the delegation", of no one named, is the visiting one.)
    // ("Pezeshkian told the visiting minister": "the visiting" and a role of no country named is
    // the visitor too.)
    const bool visiting_role = !a.memory.guest.empty() && (TokenIs(text, t, "the") || TokenIs(text, t, "The")) &&
                               i + 2 < se && TokenIs(text, toks[i + 1], "visiting") &&
                               !(toks[i + 2].tflags & text::kCapitalized) && (toks[i + 2].tflags & text::kWord) &&
                               span_at(i + 2) && (span_at(i + 2)->sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle))) &&
                               span_at(i + 2)->te == i + 3;
    // ("Abiy and Hassan Sheikh held talks in Ankara ... Erdogan hosted a dinner for his guests":
    // guests in the plural, after talks of two sides abroad, are both sides.)
    if (a.memory.meeting_pair.size() == 2 && (t.wflags & lx::kDeterminer) && i + 1 < se &&
        toks[i + 1].phrase_span < 0 && IsAny(TokenText(text, toks[i + 1]), "guests", "visitors") &&
        first_mention < a.mentions.size() && a.mentions[first_mention].actors_len == 1 && [&] {
          // (the host, this sentence's first actor, is neither side)
          const ActorValue& host = a.mention_actors[a.mentions[first_mention].actors_off];
          return !host.country.empty() && !(a.memory.meeting_pair[0].country == host.country) &&
                 !(a.memory.meeting_pair[1].country == host.country);
        }()) {
      Mention m;
      m.tb = i, m.te = i + 2;
      m.from_last_event = true;
      const auto actors_off = static_cast<uint32_t>(a.mention_actors.size());
      for (ActorValue v : a.memory.meeting_pair) {
        v.text_begin = toks[i].begin, v.text_end = toks[i + 1].end;
        push_actor(v);
      }
      i = push_group(m, actors_off);
      continue;
    }
    // ("Goita welcomed his Senegalese guest": the guest's own country's adjective before the word.)
    const Span* guest_adj = !a.memory.guest.empty() && (t.wflags & lx::kDeterminer) && i + 2 < se ? span_at(i + 1) : nullptr;
    const bool adjective_guest =
        guest_adj && (guest_adj->sense_mask & Bit(SenseKind::kCountryAdj)) && guest_adj->te < se &&
        toks[guest_adj->te].phrase_span < 0 && IsAny(TokenText(text, toks[guest_adj->te]), "guest", "visitor") &&
        lx_.str(lx_.actor(static_cast<uint32_t>(SenseRef(lx_, *guest_adj, SenseKind::kCountryAdj))).country) ==
            a.memory.guest[0].country.view();
    if (!a.memory.guest.empty() && (t.wflags & lx::kDeterminer) && i + 1 < se &&
        (visiting_role || adjective_guest ||
         (toks[i + 1].phrase_span < 0 && IsAny(TokenText(text, toks[i + 1]), "guest", "guests", "visitor", "visitors")) ||
         ((TokenIs(text, t, "the") || TokenIs(text, t, "The")) && TokenIs(text, toks[i + 1], "delegation") &&
          (i + 2 >= se || !(toks[i + 2].wflags & lx::kPreposition))))) {
      Mention m;
      m.tb = i, m.te = adjective_guest ? guest_adj->te + 1 : visiting_role ? i + 3 : i + 2;
      ActorValue v = a.memory.guest[0];
      v.text_begin = toks[i].begin, v.text_end = toks[m.te - 1].end;
      m.from_last_event = true;
      a.antecedent_date = a.memory.guest_date;
      i = push_single(m, v);
      continue;
    }
    // ("A delegation of the International Monetary Fund wrapped up talks ... The delegation also
    // met President Faye": with no visit, "the delegation" is the one named before.)
    if ((TokenIs(text, t, "the") || TokenIs(text, t, "The")) && i + 1 < se && TokenIs(text, toks[i + 1], "delegation") &&
        (i + 2 >= se || !(toks[i + 2].wflags & lx::kPreposition))) {
      auto delegation = [&](const ActorValue& v) {
        if (v.text_end <= v.text_begin || v.text_end > text.size() || v.code.empty()) return false;
        const std::string_view said = text.substr(v.text_begin, v.text_end - v.text_begin);
        return said.find("delegation") != std::string_view::npos || said.find("Delegation") != std::string_view::npos;
      };
      if (const ActorValue* named = recent_actor(delegation, /*this_sentence=*/false)) {
        Mention m;
        m.tb = i, m.te = i + 2;
        ActorValue v = *named;
        v.text_begin = toks[i].begin, v.text_end = toks[i + 1].end;
        i = push_single(m, v);
        continue;
      }
    }
    if (ps && (ps->sense_mask & Bit(SenseKind::kPair))) {
      // "the two leaders": the two sides named earlier in this sentence, else the last event's.
      // Two mentions are one side when one code extends the other ("Minsk" BLR and "her
      // Belarusian counterpart" BLRGOV); a government and its opposition (BLRGOV, BLROPP) are two.
      auto same_side = [](const ActorValue& x, const ActorValue& y) {
        const std::string_view p = x.code.view(), q = y.code.view();
        return p.substr(0, q.size()) == q || q.substr(0, p.size()) == p;
      };
      // (Actors outside prepositional phrases first: "Lavrov hosted Jaishankar in Moscow, and
      // the two held talks" are Lavrov and Jaishankar, not Moscow.)
      std::vector<ActorValue> here;
      // ("Egypt and Saudi Arabia urged both sides to exercise restraint": as the object of a verb
      // the two sides are not the verb's own compound subject.)
      // ("accused each other" is reciprocal: the subject itself.)
      const std::string_view first = TokenText(text, toks[i]);
      const bool reciprocal = Is(first, "each") || Is(first, "Each") || Is(first, "one") || Is(first, "One");
      const bool object = !reciprocal && i > sb && (toks[i - 1].wflags & lx::kAnyVerb) && toks[i - 1].mention < 0 &&
                          !(toks[i - 1].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary));
      // (A list's later members are inside the preposition of its first: "between India and
      // Pakistan". The sentence's lists are not built yet.)
      auto in_list_after_prep = [&](size_t k) {
        for (;;) {
          const Mention& m = a.mentions[k];
          if (m.prep != 0) return true;
          if (k == first_mention || m.tb <= sb) return false;
          const uint32_t c = m.tb - 1;
          if (!(toks[c].wflags & lx::kConjunction) && !TokenIs(text, toks[c], ",")) return false;
          if (a.mentions[k - 1].te != c) return false;
          --k;
        }
      };
      // An adjective right before "and" or a comma opens a list ("Indian and French troops").
      auto opens_list = [&](const Mention& pm) {
        return pm.modifier && !pm.possessive && pm.te < se &&
               ((toks[pm.te].wflags & lx::kConjunction) || TokenIs(text, toks[pm.te], ","));
      };
      // A side's value: an adjective that opens a list takes the role the list ends with
      // ("Armenian and Azerbaijani officials": ARMGOV, as AZEGOV).
      auto side_value = [&](size_t k) -> ActorValue {
        const Mention& pm = a.mentions[k];
        ActorValue v = a.mention_actors[pm.actors_off];
        if (!opens_list(pm) || !v.sector.empty() || v.country.empty()) return v;
        for (size_t q = k + 1; q < a.mentions.size(); ++q) {
          const Mention& nm = a.mentions[q];
          if (nm.tb != a.mentions[q - 1].te + 1 || nm.actors_len != 1) break;
          const ActorValue& nv = a.mention_actors[nm.actors_off];
          if (!opens_list(nm)) {
            if (!nv.sector.empty() && nv.kind == MentionKind::kAgent) {
              v = CountryRole(v.country, nv.sector.view(), MentionKind::kAgent, v.text_begin, v.text_end);
            }
            break;
          }
        }
        return v;
      };
      // (The verb's subject, once seen to be no side, is passed over and the sides looked for
      // again: "Pakistani troops clashed with Afghan Taliban forces, while Qatar and Saudi
      // Arabia, both close partners of Islamabad, urged the two sides".)
      std::vector<uint32_t> excluded;
      for (int pass = 0; pass < 2; ++pass) {
        bool retry = false;
        auto go_between_by = [&](const Mention& pm) {
          if (pm.prep == 0 || !Is(lx_.Word(pm.prep), "by")) return false;
          for (uint32_t k = pm.tb; k-- > sb + 1 && k + 8 > pm.tb;) {
            if (!TokenIs(text, toks[k], "by")) continue;
            const std::string_view lemma = lx_.Word(lx_.VerbLemma(toks[k - 1].word));
            return IsAny(lemma, "mediate", "broker", "host", "facilitate", "sponsor");
          }
          return false;
        };
        for (const bool outside_pp : {true, false}) {
          here.clear();
          std::vector<uint32_t> found;  // their mention indices, latest first
          for (size_t k = a.mentions.size(); k-- > first_mention && here.size() < 2;) {
            if (std::find(excluded.begin(), excluded.end(), static_cast<uint32_t>(k)) != excluded.end()) continue;
            const Mention& pm = a.mentions[k];
            // (An adjective that opens a list is a side: "Indian and French troops ... the two
            // countries".)
            // (Nor is where a meeting was: "held talks with Wang Yi in Kathmandu, and the two sides".)
            if (pm.actors_len != 1 || pm.place_only || (pm.modifier && !opens_list(pm)) ||
                (outside_pp && in_list_after_prep(k)) ||
                (pm.place >= 0 && pm.prep != 0 && IsAny(lx_.Word(pm.prep), "in", "at", "near")) ||
                // (Nor the name of a gathering: "on the sidelines of the APEC summit".)
                (pm.te < se && pm.prep != 0 &&
                 IsAny(TokenText(text, toks[pm.te]), "summit", "meeting", "forum", "conference", "ministerial", "talks")) ||
                // (Nor a go-between or host after "by": "The talks, mediated by Turkey and Qatar,
                // were the third round since the two neighbours agreed".)
                go_between_by(pm)) {
              continue;
            }
            const ActorValue v = side_value(k);
            if (here.empty() || !same_side(here[0], v)) {
              here.insert(here.begin(), v);
              found.push_back(static_cast<uint32_t>(k));
            }
          }
          if (here.size() == 2 && object) {
            // The verb's own subject right before it is not one of the sides its object names
            // ("Guterres also urged both sides", "Egypt and Saudi Arabia urged both sides", "the
            // African Union chairman urged both sides").
            const Mention& later = a.mentions[found[0]];
            uint32_t q = later.te;
            while (q + 1 < i && q < later.te + 2 && (toks[q].tflags & text::kWord) &&
                   !(toks[q].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kConjunction | lx::kSubordinator |
                                       lx::kDeterminer | lx::kModal | lx::kBe | lx::kAuxiliary))) {
              ++q;
            }
            // ("China and Britain welcomed the agreement and urged both sides": nor is a compound
            // subject "X and Y" that the verb goes on from, no actor or comma between.)
            bool compound_subject = false;
            if (later.prep == 0 && q + 1 != i && found.size() == 2) {
              const Mention& earlier = a.mentions[found[1]];
              compound_subject = earlier.prep == 0 && earlier.te + 1 == later.tb && TokenIs(text, toks[earlier.te], "and") &&
                                 (earlier.tb == sb || !(toks[earlier.tb - 1].wflags & lx::kPreposition));
              for (uint32_t k = later.te; k < i && compound_subject; ++k) {
                compound_subject = toks[k].mention < 0 && !TokenIs(text, toks[k], ",") && !TokenIs(text, toks[k], ";") &&
                                   !(toks[k].wflags & (lx::kSubordinator | lx::kReport));
              }
            }
            if (later.prep == 0 && (q + 1 == i || compound_subject)) {
              here.clear();
              excluded.insert(excluded.end(), found.begin(), found.end());
              retry = true;
            }
            // (Nor past a relative clause between commas: "Anwar Ibrahim, who chairs ASEAN this
            // year, urged both sides" names neither Anwar nor ASEAN.)
            uint32_t r = i - 1;
            bool clause = false;
            while (r > sb && (a.skip[r - 1] != 0 || TokenIs(text, toks[r - 1], ","))) {
              clause = clause || a.skip[r - 1] == 2 || a.skip[r - 1] == 1;
              --r;
            }
            // (Or past any phrase between commas right before the verb: "Qatar and Saudi Arabia,
            // both close partners of Islamabad, urged the two sides".)
            if (!clause && i >= sb + 4 && TokenIs(text, toks[i - 2], ",")) {
              uint32_t c = i - 3;
              while (c > sb && c + 10 > i && !TokenIs(text, toks[c], ",") &&
                     !(toks[c].wflags & lx::kSubordinator) && !(toks[c].wflags & lx::kPastTense)) {
                --c;
              }
              if (c > sb && TokenIs(text, toks[c], ",")) {
                clause = true;
                r = c;
              }
            }
            if (!here.empty() && clause && r > sb && toks[r - 1].mention >= 0 && a.mentions[toks[r - 1].mention].prep == 0) {
              for (const uint32_t f : found) {
                if (static_cast<int32_t>(f) == toks[r - 1].mention) {
                  here.clear();
                  excluded.insert(excluded.end(), found.begin(), found.end());
                  // (and what the phrase between the commas names: "of Islamabad")
                  for (size_t q = first_mention; q < a.mentions.size(); ++q) {
                    if (a.mentions[q].tb > r && a.mentions[q].tb < i) excluded.push_back(static_cast<uint32_t>(q));
                  }
                  retry = true;
                  break;
                }
              }
            }
          }
          // ("The UN envoy for Sudan, Ramtane Lamamra, called on both sides": nor after the verb's
          // preposition is the verb's subject, a side with something of its own after it, one.)
          if (here.size() == 2 && !reciprocal && i > sb + 1 && (toks[i - 1].wflags & lx::kPreposition) &&
              (toks[i - 2].wflags & lx::kAnyVerb) && toks[i - 2].mention < 0 &&
              !(toks[i - 2].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary))) {
            for (const uint32_t f : found) {
              const Mention& fm = a.mentions[f];
              if (fm.prep != 0) continue;
              bool verb_between = false;
              for (uint32_t q = fm.te; q + 2 < i && !verb_between; ++q) {
                verb_between = (toks[q].wflags & lx::kAnyVerb) && toks[q].mention < 0 && a.skip[q] == 0;
              }
              if (!verb_between) here.clear();
            }
          }
          if (here.size() == 2) break;
        }
        if (!retry || here.size() == 2) break;
      }
      // ("Anwar, the current chair of ASEAN, offered to mediate between the two neighbours": a
      // mediator is not one of the sides, nor is what its phrase names.)
      // ("shuttling messages between the two delegations", "brokered talks between": so with a
      // go-between's verb and its object.)
      if (here.size() == 2 && i > sb + 1 && TokenIs(text, toks[i - 1], "between")) {
        for (uint32_t k = i - 1; k-- > sb && k + 4 > i;) {
          if (toks[k].mention >= 0) break;
          if (!(toks[k].wflags & lx::kAnyVerb)) continue;
          const std::string_view lemma = lx_.Word(lx_.VerbLemma(toks[k].word));
          if (Is(lemma, "mediate") || Is(lemma, "shuttle") || Is(lemma, "broker") || Is(lemma, "facilitate")) {
            // (the sides named before the go-between, if two: "Iranian and U.S. negotiators held
            // talks ..., with Oman's foreign minister shuttling messages between the two")
            // ("Saudi Arabia urged India and Pakistan to ..., and offered to mediate between the
            // two neighbours": with no go-between right before the verb, the two found stand
            // when the sentence's first actor, the likely mediator, is neither.)
            std::vector<ActorValue> found_here;
            if (here.size() == 2 && first_mention < a.mentions.size() && a.mentions[first_mention].actors_len == 1) {
              const ActorValue& first = a.mention_actors[a.mentions[first_mention].actors_off];
              if (std::none_of(here.begin(), here.end(), [&](const ActorValue& h) { return same_side(h, first); })) found_here = here;
            }
            here.clear();
            int32_t go_between = k > sb ? toks[k - 1].mention : -1;
            // ("..., Oman's foreign ministry said on Tuesday after mediating between the two
            // sides": after a subordinator, the go-between is the clause's subject before it.)
            if (go_between < 0 && k > sb + 1 && (toks[k - 1].wflags & lx::kSubordinator)) {
              for (uint32_t q = k - 1; q-- > sb && q + 8 > k && go_between < 0;) {
                if (toks[q].mention >= 0 && a.mentions[toks[q].mention].prep == 0 && !a.mentions[toks[q].mention].place_only) {
                  go_between = toks[q].mention;
                }
              }
            }
            for (size_t q = go_between >= 0 ? static_cast<size_t>(go_between) : first_mention; q-- > first_mention && here.size() < 2;) {
              const Mention& pm = a.mentions[q];
              if (pm.actors_len != 1 || pm.place_only || pm.prep != 0 || pm.place >= 0) continue;  // (not "Muscat")
              if (pm.modifier && !opens_list(pm)) continue;
              const ActorValue v = side_value(q);
              if (here.empty() || !same_side(here[0], v)) here.insert(here.begin(), v);
            }
            if (go_between < 0 || here.size() != 2) here.clear();
            if (go_between < 0 && here.empty()) here = found_here;
            break;
          }
        }
      }
      // From memory, two persons in the sentence of the last event come first: "Erdogan hosted
      // Zelensky and offered to mediate between Kyiv and Moscow. The two leaders signed ...".
      // "The two leaders", "the ministers" name persons: the last pair of persons, even when a
      // later event was between countries ("Xi told Putin that China was ready to work with
      // Russia. The two leaders signed ...").
      // ("the two foreign ministries", "the two armies": a role after "the two" is the sides'.)
      uint32_t pair_end = ps->te;
      int32_t pair_sector = -1;
      // ("The two countries' foreign ministers": past the possessive mark too.)
      const uint32_t role_at = ps->te + 1 < se && TokenIs(text, toks[ps->te], "'")
                                   ? ps->te + 1
                                   : ps->te;
      // ("the two countries' coast guards": the states own the role, whoever acted for them last)
      const bool countries_owner = role_at == ps->te + 1 && ps->te > ps->tb &&
                                   IsAny(TokenText(text, toks[ps->te - 1]), "countries", "nations", "states", "sides");
      if (const Span* role = span_at(role_at);
          role && (role->sense_mask & Bit(SenseKind::kAgent)) &&
          !(role->sense_mask & (kHeadSenses | Bit(SenseKind::kPerson) | Bit(SenseKind::kTitle)))) {
        pair_sector = SenseRef(lx_, *role, SenseKind::kAgent);
        pair_end = role->te;
      } else if (const Span* whose = span_at(ps->te);
                 whose && (whose->sense_mask & (Bit(SenseKind::kCountryName) | Bit(SenseKind::kCountryAdj))) &&
                 whose->te < se && !span_at(whose->te) && (toks[whose->te].tflags & text::kWord) &&
                 !(toks[whose->te].tflags & text::kCapitalized) && TokenText(text, toks[whose->te]).back() == 's' &&
                 !(toks[whose->te].wflags & (lx::kPreposition | lx::kConjunction))) {
        // ("the two U.S. allies", "the two Gulf neighbours": whose allies they are is no side.)
        pair_end = whose->te + 1;
      }
      // ("the three European countries", "the two Gulf states": a region's adjective before the
      // head.)
      if (pair_end + 1 < se && pair_end == ps->te && !span_at(pair_end) && IsRegionWord(TokenText(text, toks[pair_end])) &&
          IsAny(TokenText(text, toks[pair_end + 1]), "countries", "nations", "states", "powers", "governments", "neighbours",
                "neighbors", "allies", "partners")) {
        pair_end += 2;
      }
      // ("the two nuclear-armed neighbours", "the two longtime rivals": plain lower-case words
      // before such a head, up to three tokens with hyphens.)
      if (pair_end == ps->te && Is(TokenText(text, toks[ps->te - 1]), "two")) {
        for (uint32_t q = pair_end; q < se && q < pair_end + 4; ++q) {
          const std::string_view w = TokenText(text, toks[q]);
          if (q > pair_end && IsAny(w, "countries", "nations", "states", "powers", "neighbours", "neighbors", "rivals",
                                    "foes", "adversaries", "allies")) {
            pair_end = q + 1;
            break;
          }
          // (a participle after a hyphen is the adjective's: "nuclear-armed")
          const bool hyphened = q > pair_end && Is(TokenText(text, toks[q - 1]), "-");
          const bool plain = (toks[q].tflags & text::kWord) && !(toks[q].tflags & text::kCapitalized) && !span_at(q) &&
                             (hyphened || !(toks[q].wflags & (lx::kPreposition | lx::kConjunction | lx::kDeterminer | lx::kBe |
                                                              lx::kModal | lx::kAuxiliary | lx::kPastTense)));
          if (!plain && !Is(w, "-")) break;
        }
      }
      const std::string_view head = TokenText(text, toks[pair_end - 1]);
      // "The two countries", "the two nations" are the states themselves, not the organs that
      // acted last ("a Duma delegation ... The two countries signed a treaty in January").
      const bool states = Is(head, "countries") || Is(head, "nations") || Is(head, "states") ||
                          Is(head, "neighbours") || Is(head, "neighbors");
      // ("Pakistani troops fired on Indian positions, hours after the two countries agreed to a
      // ceasefire": with no pair of states remembered, the two countries this sentence has named
      // so far, adjectives too.)
      if (states && here.size() != 2 && a.memory.last_state_pair.empty() &&
          !(a.memory.last_pair.size() == 2 && !a.memory.last_pair[0].country.empty() &&
            !a.memory.last_pair[1].country.empty() && !(a.memory.last_pair[0].country == a.memory.last_pair[1].country))) {
        std::vector<ActorValue> named;
        for (size_t k = first_mention; k < a.mentions.size() && named.size() <= 2; ++k) {
          const Mention& pm = a.mentions[k];
          if (pm.actors_len != 1 || pm.place_only || pm.te > i) continue;
          const ActorValue& v = a.mention_actors[pm.actors_off];
          if (v.country.empty() || v.code.view().substr(0, 3) == "IGO") continue;
          if (std::none_of(named.begin(), named.end(), [&](const ActorValue& n) { return n.country == v.country; })) {
            named.push_back(v);
          }
        }
        if (named.size() == 2) here = std::move(named);
      }
      // "The two ministers", "the two leaders" are the governments' people: a side remembered
      // as a bare state is its government ("Wang urged Japan ... The two ministers discussed").
      const bool governments = Is(head, "ministers") || Is(head, "leaders") || Is(head, "presidents") ||
                               Is(head, "governments") || Is(head, "delegations");
      // "the three countries": the last group of three named.
      // (so "the four leaders", "the five countries": the last group of that many)
      const size_t group_n = ps->te <= i + 1                           ? 0
                             : TokenIs(text, toks[i + 1], "three") ? 3
                             : TokenIs(text, toks[i + 1], "four")  ? 4
                             : TokenIs(text, toks[i + 1], "five")  ? 5
                                                                   : 0;
      const bool three = group_n != 0;
      if (three) here.clear();
      // ("withdrew its diplomats from Argentina, Chile and Peru, accusing the three governments":
      // a list of three states named earlier in this sentence: three mentions joined by a comma
      // and "and". The lists are grouped once the sentence's mentions are built.)
      for (size_t k = first_mention; group_n == 3 && k + 2 < a.mentions.size() && here.empty(); ++k) {
        const Mention* m3[3] = {&a.mentions[k], &a.mentions[k + 1], &a.mentions[k + 2]};
        bool list = true;
        for (int q = 0; q < 3 && list; ++q) {
          list = m3[q]->actors_len == 1 && !a.mention_actors[m3[q]->actors_off].country.empty() && !m3[q]->modifier;
        }
        list = list && m3[1]->tb == m3[0]->te + 1 && TokenIs(text, toks[m3[0]->te], ",") &&
               m3[2]->tb >= m3[1]->te + 1 && m3[2]->tb <= m3[1]->te + 2 &&
               (toks[m3[2]->tb - 1].wflags & lx::kConjunction);
        if (!list) continue;
        for (const Mention* mm : m3) here.push_back(a.mention_actors[mm->actors_off]);
      }
      const bool person_noun = Is(head, "leaders") || Is(head, "ministers") || Is(head, "presidents") ||
                               Is(head, "premiers") || Is(head, "heads") || Is(head, "counterparts");
      const bool persons = !a.memory.person_pair.empty() &&
                           (person_noun || a.memory.person_pair_sentence == a.memory.last_pair_sentence);
      // (A last event without a target has one side: "the two armies" after "Sharif called the
      // strikes an act of war" are the last event's that had two.)
      // ("the two neighbours" after "asked the U.N. Security Council": states, so the last
      // pair of two countries, not one with an organisation.)
      auto countries = [](const std::vector<ActorValue>& p) {
        return p.size() == 2 && !p[0].country.empty() && !p[1].country.empty() && !(p[0].country == p[1].country);
      };
      const auto& last = states && !countries(a.memory.last_pair) && !a.memory.last_state_pair.empty()
                             ? a.memory.last_state_pair
                         : a.memory.last_pair.size() >= 2 ? a.memory.last_pair
                                                          : a.memory.last_dyad;
      // ("The allies condemned the launches": the last group named, when there is one.)
      const bool allies = Is(head, "allies") && a.memory.last_group.size() >= 2;
      // ("The two ministers had first met ..." after Laos's minister signed a plan with his North
      // Korean counterpart and one of them then condemned three states: the last two governments'
      // people, when no pair of persons is known.)
      const bool governments_pair = !persons && person_noun && a.memory.government_pair.size() == 2;
      // ("hosted Sisi and Hassan Sheikh ... The three leaders": the sides of the last sentence's
      // meetings, when they were three.)
      const bool meeting_trio = three && a.memory.meeting_group.size() == group_n &&
                                a.memory.meeting_group_sentence == a.memory.last_pair_sentence + 1;
      // ("Kim met with Li ... Kim thanked China for its support. The two sides exchanged
      // views": the last event's two states, when they are the last meeting's, are its sides as
      // the meeting named them.)
      auto same_states = [](const std::vector<ActorValue>& x, const std::vector<ActorValue>& y) {
        return x.size() == 2 && y.size() == 2 && !x[0].country.empty() && !x[1].country.empty() &&
               ((x[0].country == y[0].country && x[1].country == y[1].country) ||
                (x[0].country == y[1].country && x[1].country == y[0].country)) &&
               !(x[0].country == x[1].country);
      };
      const bool meeting_sides = !allies && !three && here.size() != 2 && !persons && !governments_pair && !states &&
                                 !last.empty() && &last != &a.memory.meeting_pair && same_states(last, a.memory.meeting_pair);
      const auto& pair = allies           ? a.memory.last_group
                         : three          ? (meeting_trio                     ? a.memory.meeting_group
                                             : a.memory.last_group.size() == group_n ? a.memory.last_group
                                                                               : here)
                         : here.size() == 2 ? here
                         : persons        ? a.memory.person_pair
                         : governments_pair ? a.memory.government_pair
                         : meeting_sides  ? a.memory.meeting_pair
                         : !last.empty()  ? last
                                          : a.memory.last_group;
      const bool from_last_event = !three && !allies && here.size() != 2 && (persons || governments_pair || !last.empty());
      if (from_last_event) {
        a.antecedent_date = persons                        ? a.memory.person_pair_date
                            : governments_pair             ? a.memory.government_pair_date
                            : &last == &a.memory.last_pair ? a.memory.last_pair_date
                            : &last == &a.memory.last_dyad ? a.memory.last_dyad_date
                                                           : Date{};
      }
      if (pair.size() >= 2) {
        Mention m;
        m.tb = i, m.te = pair_end;
        const auto actors_off = static_cast<uint32_t>(a.mention_actors.size());
        for (ActorValue v : pair) {
          if (states && !v.country.empty()) {
            v.code = v.country;
            v.sector = Code();
            v.kind = MentionKind::kCountry;
            v.person = -1;
          } else if (pair_sector >= 0 && !v.country.empty() &&
                     (v.code == v.country || (countries_owner && v.code.view().size() == 6))) {
            // ("the two countries' coast guards" after talks of their governments: the role
            // named is each side's, whatever organ of it acted last.)
            v = with_sector(v, pair_sector);
            v.kind = MentionKind::kAgent;
          } else if (governments && !v.country.empty() && v.code == v.country) {
            v = CountryRole(v.country, "GOV", MentionKind::kAgent, v.text_begin, v.text_end);
          }
          v.text_begin = toks[i].begin, v.text_end = toks[pair_end - 1].end;
          push_actor(v);
        }
        m.from_last_event = from_last_event;
        i = push_group(m, actors_off);
        continue;
      }
      i = ps->te;
      continue;
    }
    if (!ps && (t.wflags & (lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing))) {
      const Tok* next = i + 1 < se ? &toks[i + 1] : nullptr;
      // ("its forces": a verb form that is also a role noun follows a determiner.)
      const Span* role_next = span_at(i + 1);
      const bool role_follows = role_next && (role_next->sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle)));
      const bool det_use = (t.wflags & lx::kDeterminer) && next && (next->tflags & text::kWord) &&
                           !(next->wflags & (lx::kPreposition | lx::kConjunction | lx::kModal | lx::kBe | lx::kAuxiliary)) &&
                           (!(next->wflags & lx::kAnyVerb) || role_follows);
      const std::string_view w = lx_.Word(t.word);
      const bool possessive_pronoun = Is(w, "his") || Is(w, "its") || Is(w, "their") || (Is(w, "her") && det_use);
      const bool reflexive = w.size() > 4 && Is(w.substr(w.size() - 4), "self");
      // "her Belarusian counterpart", "their ministries": a determiner inside an actor phrase.
      // ("during his official visit to Berlin": a role word that is also an adjective, before an
      // event noun, modifies the noun; the pronoun owns the event.)
      // (The role may follow one plain word: "his first official visit".)
      const Span* after = span_at(i + 1);
      const Span* role_word = after ? after
                              : i + 2 < se && toks[i + 1].phrase_span < 0 && !(toks[i + 1].tflags & text::kCapitalized)
                                  ? span_at(i + 2)
                                  : nullptr;
      const bool adjective_role = role_word && role_word->te == role_word->tb + 1 && role_word->te < se &&
                                  (TokenIs(text, toks[role_word->tb], "official") ||
                                   TokenIs(text, toks[role_word->tb], "military")) &&
                                  event_noun_before_preposition(role_word->te);
      if (adjective_role) after = nullptr;
      // ("his Papua New Guinea counterpart": a country's name used as its adjective, before a role.)
      const bool inside_np = det_use && after &&
                             ((after->sense_mask & (Bit(SenseKind::kCountryAdj) | Bit(SenseKind::kAgent) |
                                                    Bit(SenseKind::kTitle) | Bit(SenseKind::kPerson))) ||
                              ((after->sense_mask & Bit(SenseKind::kCountryName)) && span_at(after->te) &&
                               (span_at(after->te)->sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle)))));
      const std::vector<ActorValue>* src = nullptr;
      std::vector<ActorValue> one;
      // An antecedent earlier in the same sentence comes first ("Choe addressed ..., where she").
      // (An object pronoun right after a verb may stand for an actor in a prepositional
      // phrase: "severed ties with Qatar, accusing it of ...".)
      // (Not after a report verb, where it opens a clause: "saying it had targeted ...".)
      const bool object_position = i > sb && (toks[i - 1].wflags & lx::kAnyVerb) &&
                                   !(toks[i - 1].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary | lx::kReport));
      // ("met Ryzhenkov, with whom she signed": the one "whom" stands for is not "she".)
      const bool after_whom = i >= sb + 3 && TokenIs(text, toks[i - 1], "whom") && TokenIs(text, toks[i - 3], ",");
      auto verb_lead_only = [&](uint32_t from, uint32_t to) { return VerbLeadOnly(toks, text, from, to); };
      // ("Hamas said Israel had killed its political leader", "UNIFIL said Israeli troops had
      // fired on its headquarters": whose the thing struck is, right after a verb of force, is
      // not that verb's own subject.)
      const uint32_t force_verb = possessive_pronoun ? ForceVerbBefore(toks, text, lx_, sb, se, i) : se;
      auto same_sentence = [&](bool person) -> const ActorValue* {
        const ActorValue* role_holder = nullptr;
        for (size_t k = a.mentions.size(); k-- > first_mention;) {
          const Mention& pm = a.mentions[k];
          // ("a week after Belousov travelled to Pyongyang, where he held talks": the subject of
          // a clause opened by "after" is no prepositional object)
          const bool clause_subject = pm.prep != 0 && (lx_.Flags(pm.prep) & lx::kSubordinator) && pm.te < se &&
                                      (toks[pm.te].wflags & lx::kPastTense);
          if (pm.actors_len != 1 || (pm.prep != 0 && !object_position && !clause_subject) || pm.place_only) continue;
          if (after_whom && pm.te + 3 == i) continue;
          // ("in a statement broadcast on its radio station, saying it had ...": a phrase after a
          // possessive inside a prepositional phrase is inside it too.)
          if (!object_position && pm.prep == 0 && pm.tb > sb + 1 && (toks[pm.tb - 2].wflags & lx::kPreposition)) {
            const std::string_view d = TokenText(text, toks[pm.tb - 1]);
            if (Is(d, "its") || Is(d, "their") || Is(d, "his") || Is(d, "her")) continue;
          }
          // ("Chinese vessels had rammed its supply boat": "its" takes up a noun phrase, not an
          // adjective inside one; nor does "it": "turned down an Indian invitation, adding that it
          // was prepared to negotiate".)
          if ((Is(w, "its") || Is(w, "it")) && pm.modifier && !pm.possessive) continue;
          if (possessive_pronoun && ObjectOfCoordinatedVerb(toks, sb, pm, i)) continue;
          if (force_verb < se && pm.prep == 0 && pm.te <= force_verb && pm.te + 3 >= force_verb &&
              verb_lead_only(pm.te, force_verb + 1)) {
            continue;
          }
          // ("Tokayev greeted him at the airport": an object pronoun is not its verb's subject.)
          if (object_position && pm.prep == 0 && pm.te < i && (Is(w, "him") || Is(w, "her") || Is(w, "them"))) {
            // (past the comma that closes an apposition: "Qatar's emir, Sheikh Tamim, received him")
            if (verb_lead_only(pm.te, i)) continue;
          }
          // ("Jaishankar held talks with him": nor, after a preposition, the subject of the clause
          // it is in; that one would be "himself".)
          if (!object_position && i > sb && (toks[i - 1].wflags & lx::kPreposition) && pm.prep == 0 && pm.te < i &&
              (Is(w, "him") || Is(w, "them") || (Is(w, "her") && !det_use))) {
            bool same_clause = true, verb = false;
            for (uint32_t k = pm.te; k < i && same_clause; ++k) {
              same_clause = !(toks[k].tflags & text::kPunct) && toks[k].mention < 0 &&
                            !(toks[k].wflags & (lx::kSubordinator | lx::kReport | lx::kConjunction));
              verb = verb || ((toks[k].wflags & lx::kAnyVerb) && !(toks[k].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary)));
            }
            if (same_clause && verb) continue;
          }
          const ActorValue& v = a.mention_actors[pm.actors_off];
          if ((v.kind == MentionKind::kPerson) == person) return &v;
          // ("Qatar's prime minister said he was hopeful": with no person named in the
          // sentence, a role one person holds.)
          if (person && !role_holder && v.kind == MentionKind::kAgent && pm.prep == 0 && !pm.modifier && pm.te > pm.tb &&
              IsAny(TokenText(text, toks[pm.te - 1]), "minister", "president", "premier", "chancellor", "leader",
                    "spokesman", "spokeswoman", "spokesperson", "king", "queen", "emir", "envoy", "ambassador",
                    "secretary", "governor", "mayor", "commander", "attache", "attaché", "diplomat", "consul",
                    "activist", "journalist", "lawyer", "blogger", "dissident", "officer", "official")) {
            role_holder = &v;
          }
        }
        return role_holder;
      };
      // "India and China ... their foreign ministers": noted here, resolved once the sentence's
      // groups are known (below). (The role may follow one plain word.)
      const Span* role = after ? after
                         : adjective_role ? nullptr
                         : det_use && i + 2 < se && toks[i + 1].phrase_span < 0 && !(toks[i + 1].tflags & text::kCapitalized)
                             ? span_at(i + 2)
                             : nullptr;
      if ((Is(w, "their") || Is(w, "its") || Is(w, "his") || Is(w, "her")) && det_use && role &&
          (role->sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle))) &&
          !(role->sense_mask & (Bit(SenseKind::kCountryAdj) | Bit(SenseKind::kPerson)))) {
        int32_t ref = SenseRef(lx_, *role, SenseKind::kAgent);
        if (ref < 0) ref = SenseRef(lx_, *role, SenseKind::kTitle);
        if (ref >= 0) their_roles.push_back({i, role->tb, role->te, static_cast<uint32_t>(ref)});
      }
      if (!reflexive && !inside_np && (!det_use || possessive_pronoun)) {
        if (t.wflags & lx::kPronounPerson) {
          // The subject continues: "Macron spoke with Pezeshkian. He urged Iran ..." is Macron;
          // so within a sentence, in a clause joined on: "Araqchi met Maduro at the palace, where
          // he denounced ..." is Araqchi.
          bool joined = !possessive_pronoun && i > sb && (TokenIs(text, toks[i - 1], "where") || TokenIs(text, toks[i - 1], "and"));
          // ("He held talks with Goita before flying on to Ouagadougou, where Traore received him": an
          // object pronoun in a "where" clause after a journey to the place is the traveller, the
          // sentence's subject.)
          if (object_position && (Is(w, "him") || Is(w, "her"))) {
            for (uint32_t k = i; k > sb + 4 && k + 8 > i; --k) {
              if (!TokenIs(text, toks[k - 1], "where") || !TokenIs(text, toks[k - 2], ",") || toks[k - 3].mention < 0) continue;
              const Mention& place = a.mentions[toks[k - 3].mention];
              if (place.tb < sb + 2 || !TokenIs(text, toks[place.tb - 1], "to")) break;
              for (uint32_t v = place.tb - 1; v-- > sb && v + 4 > place.tb;) {
                if ((toks[v].wflags & lx::kAnyVerb) &&
                    IsAny(lx_.Word(lx_.VerbLemma(toks[v].word)), "fly", "travel", "head", "go", "move", "continue", "return")) {
                  joined = true;
                  break;
                }
              }
              break;
            }
          }
          const ActorValue* subject = nullptr;
          for (size_t k = first_mention; joined && k < a.mentions.size() && !subject; ++k) {
            const Mention& pm = a.mentions[k];
            if (pm.prep != 0 || pm.place_only || pm.modifier || pm.actors_len != 1) continue;
            const ActorValue& v = a.mention_actors[pm.actors_off];
            if (v.kind == MentionKind::kPerson) subject = &v;
            break;
          }
          // ("Xi met Takaichi ... Xi warned her against ...": an object pronoun is not its own
          // verb's subject, so the story's persons are taken up past that one.)
          const ActorValue* clause_subject = nullptr;
          if (object_position && (Is(w, "him") || Is(w, "her"))) {
            for (size_t k = a.mentions.size(); k-- > first_mention && !clause_subject;) {
              const Mention& pm = a.mentions[k];
              if (pm.prep != 0 || pm.actors_len != 1 || pm.place_only || pm.modifier || pm.te >= i) continue;
              // (the verb's own subject, as same_sentence skips it)
              if (verb_lead_only(pm.te, i)) clause_subject = &a.mention_actors[pm.actors_off];
              break;
            }
          }
          // (Only when the two are the last pair of persons: the pronoun is the other one.)
          const ActorValue* other_side = nullptr;
          if (clause_subject && clause_subject->person >= 0 && a.memory.person_pair.size() == 2) {
            const auto& pp = a.memory.person_pair;
            if (pp[0].person == clause_subject->person && pp[1].person >= 0 && pp[1].person != pp[0].person) other_side = &pp[1];
            if (pp[1].person == clause_subject->person && pp[0].person >= 0 && pp[0].person != pp[1].person) other_side = &pp[0];
          }
          if (subject) one.push_back(*subject);
          else if (const ActorValue* v = same_sentence(true)) one.push_back(*v);
          else if (other_side) one.push_back(*other_side);
          else if (!a.memory.subject_person.empty()) one.push_back(a.memory.subject_person.back());
          else if (!a.memory.last_persons.empty()) one.push_back(a.memory.last_persons.back());
        } else if (t.wflags & lx::kPronounThing) {
          // ("Pakistan said the strikes killed 26 civilians. Its army said ...": "it" and "its"
          // take up a state or an institution, not a crowd of people.)
          auto people = [](const ActorValue& v) {
            const std::string_view sec = v.sector.view();
            return v.kind == MentionKind::kAgent && (Is(sec, "CVL") || Is(sec, "REF") || Is(sec, "LAB") || Is(sec, "EDU"));
          };
          const ActorValue* here_thing = same_sentence(false);
          // ("The Czech government said on Wednesday that Chinese hackers had attacked ..., and it
          // summoned the Chinese ambassador": after ", and", "it" goes on with the speaker of the
          // sentence's report verb, not the subject of the reported clause.)
          if (!possessive_pronoun && i > sb + 2 && TokenIs(text, toks[i - 1], "and") && TokenIs(text, toks[i - 2], ",")) {
            for (size_t k = first_mention; k < a.mentions.size(); ++k) {
              const Mention& pm = a.mentions[k];
              if (pm.tb >= i || pm.prep != 0 || pm.modifier || pm.place_only || pm.actors_len != 1) continue;
              uint32_t q = pm.te;
              while (q < i && q < pm.te + 4 && !(toks[q].wflags & lx::kReport) && !Is(TokenText(text, toks[q]), ",") &&
                     !(toks[q].wflags & lx::kAnyVerb)) {
                ++q;
              }
              if (q < i && (toks[q].wflags & lx::kReport) && toks[q].mention < 0 &&
                  !people(a.mention_actors[pm.actors_off])) {
                here_thing = &a.mention_actors[pm.actors_off];
              }
              break;
            }
          }
          if (here_thing && !people(*here_thing)) {
            one.push_back(*here_thing);
          } else if (i == sb && IsAny(w, "It", "it") && !a.memory.speaker_thing.empty() && !people(a.memory.speaker_thing[0])) {
            // ("Iraq's foreign ministry said Turkish drones had struck a village. It called on
            // Ankara to ...": a sentence that opens with "It" goes on with the last sentence's
            // speaker, not with an actor of what that speaker reported.)
            one.push_back(a.memory.speaker_thing[0]);
          } else {
            for (auto it = a.memory.last_things.rbegin(); it != a.memory.last_things.rend() && one.empty(); ++it) {
              if (!people(*it)) one.push_back(*it);
            }
          }
        } else {
          // "Police said they had detained ...", "Russia and Ukraine said they would ...": a
          // role or a compound earlier in the sentence comes first.
          for (size_t k = a.mentions.size(); k-- > first_mention && one.empty();) {
            const Mention& pm = a.mentions[k];
            // ("Thousands of protesters marched ..., and police fired tear gas at them": a
            // counted crowd's "of" is no prepositional phrase.)
            const bool crowd_of = pm.prep != 0 && pm.tb >= sb + 2 && TokenIs(text, toks[pm.tb - 1], "of") &&
                                  ((toks[pm.tb - 2].tflags & text::kNumber) ||
                                   IsCrowdCount(base::ToLower(TokenText(text, toks[pm.tb - 2]))));
            if (pm.actors_len != 1 || (pm.prep != 0 && !object_position && !crowd_of) || pm.place_only || pm.modifier) continue;
            // ("detained six Afghan traders in Dushanbe, accusing them of ...": "them" is no place
            // where something happened.)
            if (pm.prep != 0 && IsAny(lx_.Word(pm.prep), "in", "at", "near", "inside", "outside")) continue;
            // ("police detained dozens of them": "them" is not the subject of its own verb.)
            // (The phrase whose verb follows it right away is that verb's subject, in the
            // pronoun's own clause: no comma or "and" between.)
            if (pm.prep == 0 && pm.te < i && (Is(w, "them") || Is(w, "Them")) && toks[pm.te].mention < 0 &&
                (toks[pm.te].wflags & lx::kAnyVerb) && (toks[pm.te].wflags & lx::kPastTense) &&
                !(toks[pm.te].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary | lx::kReport))) {
              // (An "and" that joins nouns stays in the clause: "fired tear gas and pepper spray
              // at them"; one before an actor or a past verb opens another.)
              bool own_clause = true;
              for (uint32_t q = pm.te; q < i && own_clause; ++q) {
                own_clause = !TokenIs(text, toks[q], ",") &&
                             !(TokenIs(text, toks[q], "and") && q + 1 < i &&
                               (toks[q + 1].mention >= 0 || (toks[q + 1].wflags & lx::kPastTense) ||
                                (toks[q + 1].tflags & text::kCapitalized)));
              }
              if (own_clause) continue;
            }
            // ("Russia and Ukraine met ... for their first talks": the sentence's groups are
            // formed later, so a list "X, Y and Z" right before is read here.)
            uint32_t listed = 0;
            // ("Pham Minh Chinh and his Lao counterpart held talks, after which they witnessed":
            // past a possessive pronoun that opens the last member.)
            const uint32_t first_b = pm.tb > sb + 2 && IsPossessivePronounWord(TokenText(text, toks[pm.tb - 1])) &&
                                             TokenIs(text, toks[pm.tb - 2], "and") && a.toks[pm.tb - 3].mention >= 0
                                         ? pm.tb - 1
                                         : pm.tb;
            for (uint32_t b = first_b; pm.group < 0 && b >= sb + 2 && a.toks[b - 2].mention >= 0 &&
                                     (TokenIs(text, toks[b - 1], "and") || TokenIs(text, toks[b - 1], ","));) {
              const Mention& lm = a.mentions[a.toks[b - 2].mention];
              if (lm.actors_len != 1 || lm.prep != 0 || lm.place_only) break;
              if (listed == 0) one.push_back(a.mention_actors[pm.actors_off]);
              one.push_back(a.mention_actors[lm.actors_off]);
              ++listed;
              b = lm.tb;
            }
            if (listed > 0) {
              std::reverse(one.begin(), one.end());  // (in the order written)
            } else if (pm.group >= 0) {
              const Group& g = a.groups[pm.group];
              for (uint32_t x = 0; x < g.count; ++x) {
                const Mention& gm = a.mentions[g.first + x];
                if (gm.actors_len == 1) one.push_back(a.mention_actors[gm.actors_off]);
              }
            } else if (a.mention_actors[pm.actors_off].kind == MentionKind::kAgent ||
                       a.mention_actors[pm.actors_off].kind == MentionKind::kOrganization) {
              // (an organisation too: "Yemen's Houthis said they had attacked ...")
              one.push_back(a.mention_actors[pm.actors_off]);
            } else if (i > sb && (TokenIs(text, toks[i - 1], "where") || TokenIs(text, toks[i - 1], "and") ||
                                  TokenIs(text, toks[i - 1], "when"))) {
              // "Erdogan hosted al-Sharaa in Ankara, where they discussed ...": the subject and the
              // object of the clause before, when they are two different sides.
              for (size_t j = k; j-- > first_mention;) {
                const Mention& sm = a.mentions[j];
                if (sm.actors_len != 1 || sm.prep != 0 || sm.place_only || sm.modifier) continue;
                const ActorValue& s1 = a.mention_actors[sm.actors_off];
                const ActorValue& o1 = a.mention_actors[pm.actors_off];
                if (!s1.country.empty() && !o1.country.empty() && !(s1.country == o1.country)) {
                  one.push_back(s1);
                  one.push_back(o1);
                }
                break;
              }
            }
            break;
          }
          if (one.empty() && !a.memory.last_group.empty()) {
            src = &a.memory.last_group;
          } else if (one.empty() && !a.memory.last_pair.empty()) {
            src = &a.memory.last_pair;
          }
        }
        if (!src && !one.empty()) src = &one;
      }
      if (src && !src->empty()) {
        Mention m;
        m.tb = i, m.te = i + 1;
        m.possessive = possessive_pronoun;
        m.modifier = possessive_pronoun;
        m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
        for (ActorValue v : *src) {
          v.text_begin = t.begin, v.text_end = t.end;
          push_actor(v);
        }
        m.actors_len = static_cast<uint32_t>(src->size());
        if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
        toks[i].mention = static_cast<int32_t>(a.mentions.size());
        a.mentions.push_back(m);
      }
      ++i;
      continue;
    }
    // "the country", "the nation": the country named last in an earlier sentence ("ECOWAS
    // suspended Niger. ... paused aid to the country"); "the group", "the militia", "the
    // movement": the armed group or party named last ("Houthi rebels fired missiles ...
    // struck the group's bases").
    // (A token spelled "the" has the_word_ as its id: the id is tested first.)
    // (Also "The" opening a sentence: "The group claimed responsibility".)
    const bool the_next = !ps && i + 1 < se && t.word == the_word_ && (TokenIs(text, t, "the") || TokenIs(text, t, "The")) &&
                          !span_at(i + 1);
    const bool the_country = the_next && (TokenIs(text, toks[i + 1], "country") || TokenIs(text, toks[i + 1], "nation"));
    const bool the_group = the_next && !the_country &&
                           (TokenIs(text, toks[i + 1], "group") || TokenIs(text, toks[i + 1], "militia") ||
                            TokenIs(text, toks[i + 1], "movement"));
    // "arrived in the capital late on Tuesday" under a MEXICO CITY dateline: the capital of the
    // dateline's country.
    if (!ps && !the_country && !the_group && i + 1 < se && t.word == the_word_ && TokenIs(text, t, "the") &&
        TokenIs(text, toks[i + 1], "capital") &&
        !span_at(i + 1) && !a.doc_country.empty() &&
        !(i + 2 < se && (TokenIs(text, toks[i + 2], "of") || (toks[i + 2].tflags & text::kCapitalized) ||
                         (toks[i + 2].tflags & text::kPossessive)))) {
      const auto& caps = styles_->capital_places;
      const std::string_view country = a.doc_country.view();
      const auto it = std::lower_bound(caps.begin(), caps.end(), country,
                                       [](const auto& c, std::string_view x) { return c.first < x; });
      if (it != caps.end() && it->first == country) {
        Mention m;
        m.tb = i, m.te = i + 2;
        m.place = it->second;
        ActorValue v;
        v.code = a.doc_country;
        v.country = a.doc_country;
        v.kind = MentionKind::kCountry;
        v.text_begin = t.begin, v.text_end = toks[i + 1].end;
        if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
        i = push_single(m, v);
        continue;
      }
    }
    // "the Taliban-run country", "the Houthi-controlled capital": a place that a group named in
    // the epithet runs is the group's country.
    if (i + 4 < se && TokenIs(text, toks[i], "the")) {
      const Span* g = span_at(i + 1);
      if (g && g->tb == i + 1 && (g->sense_mask & kHeadSenses) && g->te + 2 < se && TokenIs(text, toks[g->te], "-") &&
          IsAny(TokenText(text, toks[g->te + 1]), "run", "controlled", "ruled", "governed", "held", "administered") &&
          IsAny(TokenText(text, toks[g->te + 2]), "country", "state", "nation", "territory", "enclave", "capital", "strip",
                "region")) {
        const int32_t ref = FirstActorRef(lx_, *g);
        if (ref >= 0 && !lx_.str(lx_.actor(static_cast<uint32_t>(ref)).country).empty()) {
          i = push_country_epithet(i, g->te + 3, actor_value(static_cast<uint32_t>(ref), MentionKind::kCountry, g->tb, g->te));
          continue;
        }
      }
    }
    if ((the_country || the_group) &&
        !(i + 2 < se && (toks[i + 2].tflags & text::kWord) && !(toks[i + 2].tflags & text::kPossessive) &&
          !(toks[i + 2].wflags & (lx::kPreposition | lx::kConjunction | lx::kSubordinator | lx::kAnyVerb |
                                    lx::kBe | lx::kModal | lx::kAuxiliary | lx::kNegation | lx::kReport)) &&
          // ("The group also fired": an adverb before the verb)
          !IsAdverbWord(TokenText(text, toks[i + 2])))) {
      auto fits = [&](const ActorValue& v) {
        const std::string_view sec = v.sector.view();
        return the_country ? v.kind == MentionKind::kCountry && !v.country.empty()
                           : (v.kind == MentionKind::kOrganization || v.kind == MentionKind::kAgent) && !v.country.empty() &&
                                 (Is(sec, "REB") || Is(sec, "INS") || Is(sec, "PTY") || Is(sec, "UAF"));
      };
      // (A group named earlier in the same sentence comes first; a country only from earlier
      // sentences.)
      const ActorValue* found = recent_actor(fits, /*this_sentence=*/the_group);
      if (found) {
        i = the_country ? push_country_epithet(i, i + 2, *found) : push_taken_up(i, i + 2, *found);
        continue;
      }
    }
    // ("Nigeria's foreign minister flew to Bissau and met junta leader Horta N'Tam ... The junta
    // has also imposed a curfew": "the junta" is the ruling military the story named as such, not
    // the last government official.)
    if (!ps && i + 1 < se && t.word == the_word_ && (TokenIs(text, t, "the") || TokenIs(text, t, "The")) &&
        TokenIs(text, toks[i + 1], "junta") && span_at(i + 1) && span_at(i + 1)->te == i + 2) {
      auto junta = [&](const ActorValue& v) {
        if (v.country.empty() || !Is(v.sector.view(), "GOV") || v.text_end <= v.text_begin || v.text_end > text.size()) {
          return false;
        }
        // (with the title before a person's name: "junta leader Horta N'Tam")
        const uint32_t from = v.text_begin > 16 ? v.text_begin - 16 : 0;
        const std::string_view said = text.substr(from, v.text_end - from);
        return said.find("junta") != std::string_view::npos || said.find("military ruler") != std::string_view::npos ||
               said.find("military government") != std::string_view::npos;
      };
      const ActorValue* found = nullptr;
      for (size_t k = a.mentions.size(); k-- > first_mention && !found;) {
        const Mention& pm = a.mentions[k];
        if (pm.actors_len == 1 && junta(a.mention_actors[pm.actors_off])) found = &a.mention_actors[pm.actors_off];
      }
      for (auto it = a.memory.all.rbegin(); it != a.memory.all.rend() && !found; ++it) {
        if (junta(*it)) found = &*it;
      }
      if (found) {
        ActorValue v = CountryRole(found->country, "GOV", MentionKind::kAgent, 0, 0);
        i = push_taken_up(i, i + 2, v);
        continue;
      }
    }
    // "Pakistani Taliban militants attacked a police station ... Security forces killed four of
    // the attackers": the attackers are whoever carried out the story's last attack.
    if (!a.memory.attackers.empty() && !ps && i + 1 < se && t.word == the_word_ &&
        (TokenIs(text, t, "the") || TokenIs(text, t, "The")) &&
        IsAny(TokenText(text, toks[i + 1]), "attackers", "assailants", "gunmen", "raiders", "kidnappers", "abductors",
              "hijackers") &&
        !(i + 2 < se && (TokenIs(text, toks[i + 2], "of") || (toks[i + 2].tflags & text::kCapitalized)))) {
      i = push_taken_up(i, i + 2, a.memory.attackers[0]);
      continue;
    }
    // "accusing the Gulf state of ...", "the island nation", "the oil-rich kingdom": an epithet
    // of one word and a lower-case "state", "country", "nation", "kingdom" or "republic" takes
    // up the country named last, in this sentence first. (Not "the Islamic State", nor an
    // adjective that names a country: "the Palestinian state".)
    // ("over the north of the enclave", "the kingdom": a word that itself names a kind of state,
    // with no epithet.)
    const bool state_word = !ps && i + 1 < se && t.word == the_word_ && TokenIs(text, t, "the") && !span_at(i + 1) &&
                            !(toks[i + 1].tflags & text::kCapitalized) &&
                            (TokenIs(text, toks[i + 1], "enclave") || TokenIs(text, toks[i + 1], "kingdom") ||
                             TokenIs(text, toks[i + 1], "emirate")) &&
                            !(i + 2 < se && TokenIs(text, toks[i + 2], "of"));
    if (state_word) {
      // (a state or territory named as such, not a role: "Egyptian air force planes dropped food
      // over the north of the enclave" after "Gaza")
      // (A place named after a preposition first, then any: "delivered food into Gaza, as Jordan
      // and the UAE dropped aid over the enclave" is Gaza, not the last donor.)
      // ("Araghchi praised the kingdom's efforts", after "Gaza and Lebanon": "the kingdom" is a
      // state one of whose names says it is one.)
      const bool kingdom = TokenIs(text, toks[i + 1], "kingdom");
      auto fits = [&](const ActorValue& v) {
        return !kingdom || std::binary_search(styles_->kingdoms.begin(), styles_->kingdoms.end(), v.country.view());
      };
      const ActorValue* found = nullptr;
      for (const bool after_prep : {true, false}) {
        for (size_t k = a.mentions.size(); k-- > first_mention && !found;) {
          const Mention& pm = a.mentions[k];
          const ActorValue& v = a.mention_actors[pm.actors_off];
          // ("Saudi Crown Prince Mohammed bin Salman told ... that the kingdom condemned": a
          // kingdom's person or organ names it too.)
          const bool kind_fits = v.kind == MentionKind::kCountry ||
                                 (kingdom && (v.kind == MentionKind::kPerson || v.kind == MentionKind::kAgent));
          if (pm.actors_len == 1 && !pm.modifier && kind_fits && !v.country.empty() &&
              (!after_prep || pm.prep != 0) && fits(v)) {
            found = &v;
          }
        }
      }
      for (auto it = a.memory.last_things.rbegin(); it != a.memory.last_things.rend() && !found; ++it) {
        if (it->kind == MentionKind::kCountry && !it->country.empty() && fits(*it)) found = &*it;
      }
      if (found) {
        i = push_country_epithet(i, i + 2, *found);
        continue;
      }
    }
    // ("the West African country": an epithet of a compass word and a region's adjective too.)
    const uint32_t epithet = !ps && t.word == the_word_ && i + 3 < se &&
                                     IsAny(TokenText(text, toks[i + 1]), "West", "East", "North", "South",
                                                 "Central", "Southeast", "Southern", "Northern", "Eastern", "Western") &&
                                     (toks[i + 2].tflags & text::kCapitalized) && (toks[i + 2].tflags & text::kWord) &&
                                     !(toks[i + 2].tflags & text::kJoined)
                                 ? 2
                                 : 1;
    const uint32_t nn = i + 1 + epithet;  // (the noun: "state", "country", ...)
    if (!ps && nn < se && t.word == the_word_ && TokenIs(text, t, "the") && (toks[i + 1].tflags & text::kWord) &&
        !(toks[i + 1].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kDeterminer)) &&
        !(span_at(i + 1) && (span_at(i + 1)->sense_mask & ~(Bit(SenseKind::kGrammar)))) &&
        !(toks[nn].tflags & text::kCapitalized) &&
        (TokenIs(text, toks[nn], "state") || TokenIs(text, toks[nn], "country") ||
         TokenIs(text, toks[nn], "nation") || TokenIs(text, toks[nn], "kingdom") ||
         TokenIs(text, toks[nn], "republic")) &&
        !(toks[nn].tflags & text::kJoined) &&
        // ("the first state visit to China", "the country's state media": "state" modifying a
        // noun after it is no country.)
        !(nn + 1 < se && (toks[nn + 1].tflags & text::kWord) && !(toks[nn + 1].tflags & text::kCapitalized) &&
          ((toks[nn + 1].wflags & lx::kEventNoun) ||
           IsAny(TokenText(text, toks[nn + 1]), "media", "television", "broadcaster", "banquet", "dinner", "funeral",
                 "visits", "secretary", "department", "councillor", "councilor"))) &&
        // ("the island nation of Madagascar": the state named after "of" is the one.)
        !(nn + 2 < se && TokenIs(text, toks[nn + 1], "of") && span_at(nn + 2))) {
      // (the country of a role too: "summoned the ambassador of Qatar, accusing the Gulf state")
      auto fits = [](const ActorValue& v) {
        return (v.kind == MentionKind::kCountry || v.kind == MentionKind::kAgent) && !v.country.empty();
      };
      if (const ActorValue* found = recent_actor(fits, /*this_sentence=*/true)) {
        i = push_country_epithet(i, nn + 1, *found);
        continue;
      }
    }
    // A part of the name of a person already named in the document ("Kim" after "Kim Jong Un").
    // (Not the last word of a longer name the dictionaries lack, after a capitalised word of no
    // known meaning: "Sheikh Mohammed bin Abdulrahman Al Thani" is not the "Al Thani" named before.)
    const bool inside_name = i > sb + 1 && (toks[i - 1].tflags & text::kCapitalized) && toks[i - 1].phrase_span < 0 &&
                             toks[i - 1].mention < 0 && !(toks[i - 1].wflags & (lx::kDeterminer | lx::kPreposition)) &&
                             (toks[i - 2].tflags & text::kCapitalized);
    if (!ps && !inside_name && (t.tflags & text::kCapitalized) && !(t.wflags & (lx::kDeterminer | lx::kPronounPerson |
                                                                  lx::kPronounGroup | lx::kPronounThing)) &&
        !a.memory.last_persons.empty()) {
      const std::string_view w = TokenText(text, t);
      // Whether `w` could be a part of a name: 3 bytes or more, no space or hyphen.
      // (A loop over the bytes: find_first_of searches the two-byte set once per byte of `w`.)
      const bool w_part = w.size() >= 3 && std::none_of(w.begin(), w.end(), [](char c) { return c == ' ' || c == '-'; });
      const ActorValue* found = nullptr;
      uint32_t found_end = i + 1;  // (the name's end: "Kim" one word, a repeated full name more)
      for (auto it = a.memory.last_persons.rbegin(); it != a.memory.last_persons.rend() && !found; ++it) {
        if (it->person < 0) {
          // A name the dictionaries do not know, given with its title earlier ("Deputy Prime
          // Minister Alexei Overchuk" ... "Overchuk"): its last word.
          if (it->kind != MentionKind::kPerson || it->text_end <= it->text_begin || it->text_end > text.size()) continue;
          const std::string_view said = text.substr(it->text_begin, it->text_end - it->text_begin);
          const size_t sp = said.find_last_of(' ');
          const std::string_view last = sp == std::string_view::npos ? said : said.substr(sp + 1);
          if (last.size() >= 3 && last == w) {
            found = &*it;
            continue;
          }
          // (... or the word before it when both are words the dictionaries lack, a given name
          // by which some are called: "Thongsavanh Phomvihane" ... "Thongsavanh")
          if (w.size() >= 3 && sp != std::string_view::npos && sp >= w.size() + 1 && said.substr(sp - w.size(), w.size()) == w &&
              (sp == w.size() || said[sp - w.size() - 1] == ' ')) {
            const size_t first_at = it->text_begin + sp - w.size();
            const auto tk = std::lower_bound(a.toks.begin(), a.toks.end(), first_at,
                                             [](const Tok& x, size_t at) { return x.begin < at; });
            if (tk != a.toks.end() && tk->begin == first_at && tk + 1 != a.toks.end() &&
                tk->word == lx::kUnknownWord && (tk + 1)->word == lx::kUnknownWord) {
              found = &*it;
              continue;
            }
          }
          // (... or the whole name again: "Thongsavanh Phomvihane", two or three words that
          // end the text it was given with)
          for (uint32_t k = i + 1; k < se && k < i + 3 && (toks[k].tflags & text::kCapitalized) && !span_at(k); ++k) {
            const std::string_view run = text.substr(t.begin, toks[k].end - t.begin);
            if (said.size() > run.size() && said.substr(said.size() - run.size()) == run &&
                said[said.size() - run.size() - 1] == ' ') {
              found = &*it;
              found_end = k + 1;
            }
          }
          continue;
        }
        // A part of the name (between spaces and hyphens) of at least 3 bytes equal to `w`.
        if (!w_part) continue;
        const std::string_view name = lx_.str(lx_.person(static_cast<uint32_t>(it->person)).name);
        for (size_t pos = name.find(w); pos != std::string_view::npos && !found; pos = name.find(w, pos + 1)) {
          const size_t end = pos + w.size();
          if ((pos == 0 || name[pos - 1] == ' ' || name[pos - 1] == '-') &&
              (end == name.size() || name[end] == ' ' || name[end] == '-')) {
            found = &*it;
          }
        }
      }
      if (found) {
        Mention m;
        m.tb = i, m.te = found_end;
        if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
        m.possessive = m.te < se && (toks[m.te].tflags & text::kPossessive);
        m.modifier = m.possessive;
        if (m.possessive) ++m.te;
        ActorValue v = *found;
        v.text_begin = t.begin, v.text_end = toks[found_end - 1].end;
        i = push_single(m, v);
        continue;
      }
    }
    // "the bloc's foreign policy chief": the organisation named last (in the sentence, else
    // before). ("The alliance", "the organisation" measured worse: they also name pacts and firms.)
    // ("accused the fund of ...", "the agency said": the organisation named last whose name, as
    // written, has that word: "the International Monetary Fund"; "the party", the political
    // party named last.)
    // ("the court", a role word, takes up an international court the story named first: "judges of
    // the International Criminal Court ... The court condemned the move".)
    const bool org_word = !ps && (t.wflags & lx::kDeterminer) && i + 1 < se &&
                          (!span_at(i + 1) || (span_at(i + 1)->te == i + 2 &&
                                               IsAny(TokenText(text, toks[i + 1]), "court", "tribunal"))) &&
                          (TokenIs(text, t, "the") || TokenIs(text, t, "The")) &&
                          IsAny(TokenText(text, toks[i + 1]), "bloc", "fund", "bank", "agency", "programme", "program", "party",
                                "company", "firm", "court", "tribunal");
    if (org_word) {
      const std::string_view what = TokenText(text, toks[i + 1]);
      const bool bloc = what == "bloc";
      // (An organisation, or its people: "European Union foreign ministers approved ... with
      // the bloc".)
      auto fits = [&](const ActorValue& v) {
        if (bloc) {
          return (v.kind == MentionKind::kOrganization || v.kind == MentionKind::kAgent) && v.country.empty() &&
                 !v.code.empty();
        }
        // ("banned the activities of the Awami League ... The party denounced the decision": the
        // political party named last.)
        if (what == "party") return v.kind == MentionKind::kOrganization && IsAny(v.sector.view(), "PTY", "OPP");
        // ("Canadian miner Barrick ... Malian authorities seized the company's gold": the
        // business named last.)
        if (what == "company" || what == "firm") return Is(v.sector.view(), "BUS") && !v.country.empty();
        if (v.kind != MentionKind::kOrganization || !v.country.empty() || v.code.empty() || v.text_end <= v.text_begin ||
            v.text_end > text.size()) {
          return false;
        }
        const std::string_view said = text.substr(v.text_begin, v.text_end - v.text_begin);
        for (size_t pos = 0; pos + what.size() <= said.size(); ++pos) {
          if ((pos == 0 || said[pos - 1] == ' ') && (pos + what.size() == said.size() || said[pos + what.size()] == ' ' ||
                                                     said[pos + what.size()] == '\'') &&
              base::AsciiLower(said[pos]) == what[0] && said.substr(pos + 1, what.size() - 1) == what.substr(1)) {
            return true;
          }
        }
        return false;
      };
      if (const ActorValue* org = recent_actor(fits)) {
        Mention m;
        m.tb = i, m.te = i + 2;
        if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
        m.possessive = is_possessive(i + 2);
        m.modifier = m.possessive;
        if (m.possessive) m.te = i + 3;
        // ("the bloc's foreign policy chief": an organisation's role is the organisation.)
        if (const Span* role = m.possessive ? span_at(m.te) : nullptr;
            role && (role->sense_mask & (Bit(SenseKind::kAgent) | Bit(SenseKind::kTitle))) &&
            !(role->sense_mask & (kHeadSenses | Bit(SenseKind::kPerson)))) {
          m.te = role->te;
          m.possessive = is_possessive(m.te);
          m.modifier = m.possessive;
          if (m.possessive) ++m.te;
        } else if (m.possessive && m.te < se && !span_at(m.te) &&
                   IsAny(TokenText(text, toks[m.te]), "chief", "head", "director", "spokesman", "spokeswoman",
                         "spokesperson")) {
          // ("a day after the agency's chief criticised ...": its head, in a word no dictionary lists)
          ++m.te;
          m.possessive = is_possessive(m.te);
          m.modifier = m.possessive;
          if (m.possessive) ++m.te;
        }
        ActorValue v = *org;
        v.text_begin = t.begin, v.text_end = toks[m.te - 1].end;
        i = push_single(m, v);
        continue;
      }
    }
    // Actor phrases start with a dictionary phrase or a determiner before one.
    if (!ps && !(t.wflags & lx::kDeterminer) && !(t.tflags & text::kNumber)) {
      ++i;
      continue;
    }
    // ("signed the Washington Accords", "the Minsk agreements", "the Doha Declaration", "welcomed
    // the Doha declaration": a place that names an agreement names no actor.)
    if (const Span* named = ps ? ps : ((t.wflags & lx::kDeterminer) && i + 1 < se ? span_at(i + 1) : nullptr);
        named && (named->sense_mask & (Bit(SenseKind::kPlace) | Bit(SenseKind::kCapital))) && named->te < se &&
        IsAny(TokenText(text, toks[named->te]), "Accords", "Accord", "Agreement", "Agreements", "agreements", "accords",
              "Declaration", "Protocol", "Protocols", "Format", "Process", "Consensus", "Framework", "Convention",
              "Conventions", "Charter", "Communique", "Memorandum", "agreement", "accord", "declaration", "protocol",
              "framework", "memorandum", "communique", "charter", "format")) {
      i = named->te;
      continue;
    }
    NpParse np = parse(i);
    if (np.end <= i) {
      // A place that names no actor ("in Istanbul", "to Vladivostok", "attacked Kharkiv"):
      // usable only as a target, coded as its country; never a source.
      if (ps && (ps->sense_mask & Bit(SenseKind::kPlace)) && !(ps->sense_mask & kHeadSenses)) {
        const int32_t place = SenseRef(lx_, *ps, SenseKind::kPlace);
        const std::string_view place_country = lx_.str(lx_.place(static_cast<uint32_t>(place)).country);
        if (place_country.empty()) {  // ("the South China Sea": no state, and not China)
          i = ps->te;
          continue;
        }
        ActorValue v;
        v.code.Set(place_country);
        v.country = v.code;
        v.kind = MentionKind::kCountry;
        v.text_begin = toks[i].begin;
        v.text_end = toks[ps->te - 1].end;
        Mention m;
        m.tb = i, m.te = ps->te;
        m.place = place;
        m.place_only = true;
        // "Istanbul's mayor": the place only modifies the phrase that follows; so does "Istanbul
        // Mayor Ekrem Imamoglu" without the possessive.
        if (m.te < se && (toks[m.te].tflags & text::kPossessive)) {
          m.possessive = m.modifier = true;
          ++m.te;
        } else if (const Span* next = span_at(m.te);
                   next && (next->sense_mask & (Bit(SenseKind::kTitle) | Bit(SenseKind::kAgent))) &&
                   !(next->sense_mask & kHeadSenses) && (toks[m.te].tflags & text::kCapitalized)) {
          m.modifier = true;
        }
        if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
        m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
        m.actors_len = 1;
        a.mention_actors.push_back(v);
        for (uint32_t k = m.tb; k < m.te; ++k) toks[k].mention = static_cast<int32_t>(a.mentions.size());
        a.mentions.push_back(m);
        i = ps->te;
        continue;
      }
      ++i;
      continue;
    }
    // (Most determiners and numbers start no actor phrase, "the talks", "12 hours": none of the
    // cases below takes a phrase with no name, role or title, so pass over it at once.)
    // ("told Pezeshkian that the kingdom condemned ...": after "that", another determiner may
    // open a phrase of its own that the cases above take up.)
    if (np.person < 0 && np.head_actor < 0 && np.owner < 0 && np.modifier < 0 && np.sector < 0 && !np.title) {
      i = i + 1 < se && (toks[i + 1].wflags & lx::kDeterminer) && TokenIs(text, toks[i], "that") ? i + 1 : np.end;
      continue;
    }
    ActorValue v;
    bool ok = true;
    bool demonym_people = false;  // "Israelis", "young Kenyans": a head, not a modifier
    if (np.person >= 0) {
      bool in_role = false;
      const uint32_t actor = lx_.ResolvePerson(static_cast<uint32_t>(np.person), date, &in_role);
      v = actor_value(actor, MentionKind::kPerson, np.head_tb, np.head_te);
      // ("Sudanese army chief Abdel Fattah al-Burhan": a person the dictionaries know as a
      // government's, after a role noun of a security force of the same country, acts in the
      // capacity the text gives, as in apposition below.)
      if (in_role && np.sector >= 0 && !np.title && !v.country.empty() && Is(v.sector.view(), "GOV")) {
        const std::string_view sec = lx_.str(lx_.sector(static_cast<uint32_t>(np.sector)));
        if (IsAny(sec, "MIL", "COP", "SPY")) {
          v = CountryRole(v.country, sec, MentionKind::kPerson, v.text_begin, v.text_end);
          v.role_in_text = true;
        }
      }
      if (!in_role && np.owner >= 0) {
        // "Hezbollah leader Hassan Nasrallah" on a date outside his dictionary role: the
        // organisation named before the title.
        v = actor_value(static_cast<uint32_t>(np.owner), MentionKind::kPerson, np.head_tb, np.head_te);
      } else if (!in_role) {
        v.code = v.country, v.sector = Code();
        // "opposition leader Imran Khan" after his term as prime minister: the role the text
        // gives, unless it is a former one ("former Prime Minister ...")
        // (nor one still to come: "President-elect Donald Trump", "prime minister-designate")
        bool former = false, past = false;
        for (uint32_t k = i > sb ? i - 1 : i; k < np.head_tb; ++k) {
          const std::string_view w = TokenText(text, toks[k]);
          const bool was = Is(w, "former") || Is(w, "Former") || Is(w, "ex") || Is(w, "Ex") || Is(w, "ousted") ||
                           Is(w, "deposed") || Is(w, "exiled") || Is(w, "toppled");
          past = past || was;
          former = former || was || Is(w, "elect") || Is(w, "designate") || Is(w, "late") || Is(w, "outgoing");
        }
        if (np.sector >= 0 && !former && !v.country.empty()) {
          const std::string_view sec = lx_.str(lx_.sector(static_cast<uint32_t>(np.sector)));
          if (!sec.empty()) {
            v.code.Append(sec);
            v.sector.Set(sec);
          }
        } else if (past && (np.title || np.sector >= 0) && !v.country.empty()) {
          // ("sentenced former prime minister Imran Khan": a former office holder is one of the
          // country's elites, CAMEO ELI.)
          v.code.Append("ELI");
          v.sector.Set("ELI");
        } else if (np.sector < 0 && !np.title && !former && !v.country.empty()) {
          // ("Hasina denounced the verdict" after her term: a person past every dated role,
          // the last one a state office, is a former office holder too.)
          const lx::Person& person = lx_.person(static_cast<uint32_t>(np.person));
          bool ended = person.roles_len > 0;
          bool state_office = false;
          Date last_end{};
          for (uint32_t r = 0; r < person.roles_len && ended; ++r) {
            const lx::Role& role = lx_.role(person.roles_off + r);
            ended = role.to.known() && role.to < date;
            if (ended && !(role.to < last_end)) {
              last_end = role.to;
              const std::string_view rs = lx_.str(lx_.actor(role.actor).sector);
              state_office = Is(rs, "GOV") || Is(rs, "MIL") || Is(rs, "LEG") || Is(rs, "JUD");
            }
          }
          if (ended && state_office) {
            v.code.Append("ELI");
            v.sector.Set("ELI");
          }
        }
      }
      v.person = np.person;
    } else if (np.head_actor >= 0) {
      const auto kind = lx_.actor(np.head_actor).kind;
      v = actor_value(static_cast<uint32_t>(np.head_actor),
                      kind == lx::ActorKind::kState || kind == lx::ActorKind::kTerritory
                          ? MentionKind::kCountry
                          : MentionKind::kOrganization,
                      np.head_tb, np.head_te);
      // ("Russian Security Council Secretary Sergei Shoigu": a state's adjective before the
      // name of an international body names that state's own organ of the name.)
      if (np.modifier >= 0 && !np.possessive && v.country.empty() && v.code.view().substr(0, 3) == "IGO" &&
          lx_.actor(static_cast<uint32_t>(np.modifier)).kind == lx::ActorKind::kState) {
        const ActorValue state = actor_value(static_cast<uint32_t>(np.modifier), MentionKind::kCountry, i, np.end);
        v = CountryRole(state.country, "GOV", MentionKind::kAgent, state.text_begin, state.text_end);
      }
    } else if (np.owner >= 0) {
      v = actor_value(static_cast<uint32_t>(np.owner),
                      np.title || np.unknown_name ? MentionKind::kPerson : MentionKind::kAgent, i, np.end);
    } else if (np.modifier >= 0 && (np.sector >= 0 || np.title)) {
      // ("a delegation from Hamas", "the leaders of Hezbollah": an organisation's own people are
      // the organisation, as "Hamas leader" is.)
      const auto kind = lx_.actor(static_cast<uint32_t>(np.modifier)).kind;
      // ("Hamas's leader", "the Houthis' chief negotiator": so are its own after its possessive.)
      bool owned = false;
      for (uint32_t k = i; k < np.end && !owned && np.sector >= 0; ++k) owned = is_possessive(k);
      const bool org_of = (np.sector_via_of || owned) && kind != lx::ActorKind::kState && kind != lx::ActorKind::kTerritory;
      v = actor_value(static_cast<uint32_t>(np.modifier), org_of ? MentionKind::kOrganization : MentionKind::kAgent, i, np.end);
      // ("a delegation of the State Duma": a state organ's people are that organ.)
      if (!org_of && (v.sector.empty() || !np.sector_via_of)) v = with_sector(v, np.sector);
      if (np.title || np.unknown_name) v.kind = MentionKind::kPerson;
      // ("Former Bolivian President Evo Morales", "ex-Peruvian president Pedro Castillo": a
      // former state office holder is one of the country's elites, CAMEO ELI, as "Bolivia's
      // former president" is; so is a former legislator named: "former Philippine senator
      // Francis Tolentino".)
      if ((np.title || np.unknown_name) && i > sb && !org_of && !v.country.empty() && IsAny(v.sector.view(), "GOV", "MIL", "LEG")) {
        const bool hyphen = i > sb + 1 && (toks[i - 1].tflags & text::kJoined);
        const std::string_view w = TokenText(text, toks[hyphen ? i - 2 : i - 1]);
        if ((!hyphen && (Is(w, "former") || Is(w, "Former") || Is(w, "ousted") || Is(w, "deposed") || Is(w, "exiled"))) ||
            (hyphen && (Is(w, "ex") || Is(w, "Ex")))) {
          v = CountryRole(v.country, "ELI", MentionKind::kPerson, v.text_begin, v.text_end);
        }
      }
    } else if (np.modifier >= 0) {
      // "Russia's" or an adjective alone: an actor only where it cannot be modifying an
      // ordinary noun ("Russian oil" is not an actor).
      const Tok* next = np.end < se ? &toks[np.end] : nullptr;
      // (nor an article or a time word: "deported 11,000 Haitians this week")
      const bool noun_follows = next && (next->tflags & text::kWord) &&
                                !(next->wflags & (lx::kPreposition | lx::kConjunction |
                                                  lx::kAnyVerb | lx::kModal | lx::kBe |
                                                  lx::kAuxiliary | lx::kEventNoun |
                                                  lx::kSubordinator | lx::kDeterminer | lx::kRelTime |
                                                  lx::kWeekday | lx::kMonth));
      v = actor_value(static_cast<uint32_t>(np.modifier), MentionKind::kCountry, np.head_tb, np.head_te);
      // "Israelis rallied", "young Kenyans": a plural demonym standing alone is the people.
      const std::string_view last = TokenText(text, toks[np.head_te - 1]);
      // ("Hundreds of young Togolese marched": a demonym in -ese, the same in the plural, is the
      // people when a crowd is counted before it.)
      bool counted = false;
      if (last.size() > 4 && Is(last.substr(last.size() - 3), "ese") && i >= sb + 2) {
        uint32_t q = i - 1;
        if (q > sb && (toks[q].tflags & text::kWord) && !(toks[q].tflags & text::kCapitalized) && !TokenIs(text, toks[q], "of")) --q;
        counted = TokenIs(text, toks[q], "of") && q > sb &&
                  ((toks[q - 1].tflags & text::kNumber) || IsCrowdCount(base::ToLower(TokenText(text, toks[q - 1]))));
      }
      if (!np.possessive && !noun_follows && np.head_te > np.head_tb && last.size() > 3 && (last.back() == 's' || counted) &&
          (toks[np.head_te - 1].tflags & text::kCapitalized) && !v.country.empty()) {
        v = CountryRole(v.country, "CVL", MentionKind::kAgent, v.text_begin, v.text_end);
        demonym_people = true;
      }
    } else if (np.sector >= 0 && !np.title && !np.possessive && np.end < se && (toks[np.end].tflags & text::kWord) &&
               !(toks[np.end].tflags & text::kCapitalized) && toks[np.end].phrase_span < 0 &&
               // (not after a name: "found opposition leader Nika Melia guilty")
               !np.unknown_name &&
               // (not an adverb: "police briefly detained")
               ((!(toks[np.end].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kConjunction | lx::kDeterminer |
                                            lx::kModal | lx::kBe | lx::kAuxiliary | lx::kSubordinator |
                                            lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing)) &&
                 !IsAdverbWord(TokenText(text, toks[np.end]))) ||
                ((TokenIs(text, toks[np.end - 1], "official") || TokenIs(text, toks[np.end - 1], "military")) &&
                 event_noun_before_preposition(np.end)) ||
                // ("the deputy head of Japan's embassy": a role word before "head", "chief" and the
                // like is part of another title.)
                IsAny(TokenText(text, toks[np.end]), "head", "chief", "director", "governor", "mayor", "speaker",
                      "editor", "commander") ||
                // ("the latest missile launch", "the drone attack": a weapon before an event noun)
                ((toks[np.end - 1].wflags & (lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery)) &&
                 ((toks[np.end].wflags & lx::kEventNoun) ||
                  ((toks[np.end].wflags & lx::kEventVerb) && lx_.VerbFormOf(toks[np.end].word) == lx::VerbForm::kBase))))) {
      ok = false;  // "the military alliance", "government bonds": a modifier, not an actor
    } else if (np.sector >= 0 && !np.title && np.unknown_name && i >= sb + 3 && TokenIs(text, toks[i - 1], "by") &&
               (TokenIs(text, toks[i - 2], "led") || TokenIs(text, toks[i - 2], "headed")) && toks[i - 3].mention >= 0 &&
               a.mentions[toks[i - 3].mention].actors_len == 1 &&
               !a.mention_actors[a.mentions[toks[i - 3].mention].actors_off].country.empty()) {
      // "a U.S. delegation led by envoy John Coale": a named role leading a delegation belongs
      // to the delegation's country, as a titled leader does (below).
      v = CountryRole(a.mention_actors[a.mentions[toks[i - 3].mention].actors_off].country,
                      lx_.str(lx_.sector(static_cast<uint32_t>(np.sector))), MentionKind::kPerson, toks[i].begin,
                      toks[np.end - 1].end);
    } else if (np.sector >= 0 && !np.title) {
      // "the foreign minister", "the ministry": the latest actor of that sector in the document,
      // unless a name follows in apposition ("the foreign minister, Choe Son-hui,").
      ok = false;
      const Span* after = np.end + 1 < se && TokenIs(text, toks[np.end], ",") ? span_at(np.end + 1) : nullptr;
      const bool name_follows = after && (after->sense_mask & Bit(SenseKind::kPerson));
      const std::string_view sec = lx_.str(lx_.sector(static_cast<uint32_t>(np.sector)));
      // ("gunmen kidnapped 20 students", "armed men attacked": an armed group introduced without
      // "the" is a new, unnamed one, not the group named earlier.)
      const std::string_view det = lx_.Word(a.toks[i].word);
      const bool new_armed = (Is(sec, "INS") || Is(sec, "REB")) && !Is(det, "the") && !Is(det, "these") && !Is(det, "those");
      // ("called on all sides to show restraint", "other officials": nobody in particular;
      // "European governments", "Western diplomats": a region's, not one country's.)
      // ("pro-European protesters" are Georgia's.)
      const bool regional = i > sb && a.toks[i - 1].phrase_span < 0 && IsRegionWord(TokenText(text, a.toks[i - 1])) &&
                            !(i > sb + 1 && (a.toks[i - 2].tflags & text::kJoined));
      // ("backed opposing sides", "the warring sides in Sudan": the parties to a conflict, no
      // one state's government.)
      const bool parties = PartiesToConflict(text, toks, sb, i, np.end);
      const bool generic = Is(det, "all") || Is(det, "any") || Is(det, "other") || regional || parties;
      if (!name_follows && !sec.empty() && !generic && Is(det, "the") && (Is(sec, "REB") || Is(sec, "INS"))) {
        // ("suspended peace talks with the ELN, accusing the leftist rebel group of ...": "the"
        // armed group is the named one before it, in the sentence first.)
        auto armed_group = [](const ActorValue& x) {
          const std::string_view xs = x.sector.view();
          return x.kind == MentionKind::kOrganization && !x.country.empty() && (Is(xs, "REB") || Is(xs, "INS"));
        };
        if (const ActorValue* found = recent_actor(armed_group)) {
          v = *found;
          v.text_begin = toks[i].begin;
          v.text_end = toks[np.end - 1].end;
          ok = true;
        }
      }
      // ("Prime Minister Sher Bahadur Deuba's government": a role after a person's possessive is
      // the person's state's.)
      // ("The ministry's first vice minister": an organ's officials are of its state, past
      // words of the office before the role.)
      uint32_t pos = i;
      while (pos > sb + 2 && pos + 2 > i && !(toks[pos - 1].tflags & text::kPossessive) && toks[pos - 1].mention < 0 &&
             (toks[pos - 1].tflags & text::kWord) && !(toks[pos - 1].tflags & text::kCapitalized) &&
             !(toks[pos - 1].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kDeterminer | lx::kConjunction))) {
        --pos;
      }
      if (!ok && !sec.empty() && pos >= sb + 2 && (toks[pos - 1].tflags & text::kPossessive) && toks[pos - 2].mention >= 0 &&
          a.mentions[toks[pos - 2].mention].actors_len == 1) {
        const ActorValue& owner = a.mention_actors[a.mentions[toks[pos - 2].mention].actors_off];
        const bool organ = owner.kind != MentionKind::kPerson && IsAny(owner.sector.view(), "GOV", "MIL") && Is(sec, "GOV");
        if ((owner.kind == MentionKind::kPerson || organ) && !owner.country.empty()) {
          v = CountryRole(owner.country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end);
          ok = true;
        }
      }
      // ("without the Sudanese army, whose leaders had rejected ...": a role after ", whose" is
      // the antecedent's own.)
      if (!ok && !name_follows && !sec.empty() && i >= sb + 3 && TokenIs(text, toks[i - 1], "whose") &&
          TokenIs(text, toks[i - 2], ",") && toks[i - 3].mention >= 0 &&
          a.mentions[toks[i - 3].mention].actors_len == 1) {
        const ActorValue& ante = a.mention_actors[a.mentions[toks[i - 3].mention].actors_off];
        if (ante.kind == MentionKind::kOrganization && !ante.code.empty()) {
          v = ante;
          v.text_begin = toks[i].begin, v.text_end = toks[np.end - 1].end;
          ok = true;
        } else if (!ante.country.empty()) {
          v = CountryRole(ante.country, ante.sector.empty() ? sec : ante.sector.view(), MentionKind::kAgent, toks[i].begin,
                          toks[np.end - 1].end);
          ok = true;
        }
      }
      if (!ok && !name_follows && !sec.empty() && !generic) {
        // (A sentence's subject continues an earlier sentence's subject first: "Niger's military
        // government ordered the French ambassador to leave. The junta accused Paris ...".)
        // ("Choe hosted a banquet in honour of the visiting minister": a visitor is not of the
        // host country, the dateline's or one named before in the sentence.)
        bool visiting = false;
        for (uint32_t k = i; k < np.end && !visiting; ++k) visiting = TokenIs(text, toks[k], "visiting");
        auto host = [&](const Code& country) {
          if (country == a.doc_country) return true;
          for (size_t k = first_mention; k < a.mentions.size(); ++k) {
            const Mention& pm = a.mentions[k];
            for (uint32_t x = 0; x < pm.actors_len; ++x) {
              if (a.mention_actors[pm.actors_off + x].country == country) return true;
            }
          }
          return false;
        };
        // ("Downing Street said the prime minister had spoken to Zelensky", "Beijing said the
        // defence minister had met ...": a role right after a report verb, when the speaker is a
        // country or of the role's sector, is the speaker's country's.)
        {
          uint32_t r = i;
          if (r > sb && TokenIs(text, toks[r - 1], "that")) --r;
          if (r > sb + 1 && (toks[r - 1].wflags & lx::kReport) && toks[r - 2].mention >= 0) {
            const Mention& sm = a.mentions[toks[r - 2].mention];
            const ActorValue* sv = sm.actors_len == 1 ? &a.mention_actors[sm.actors_off] : nullptr;
            // ("The Sudanese government said the army repelled ...": a government speaks of its
            // own army, police and intelligence service.)
            const bool own_organ = sv && Is(sv->sector.view(), "GOV") && (Is(sec, "MIL") || Is(sec, "COP") || Is(sec, "SPY"));
            if (sv && (sv->sector.view() == sec || own_organ || (sv->kind == MentionKind::kCountry && sv->sector.empty())) &&
                !sv->country.empty() && !visiting) {
              v = CountryRole(sv->country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
              ok = true;
            }
          }
        }
        // ("Pakistan's military said its troops had killed 11 militants ... from Afghanistan, and
        // the Foreign Office summoned ...": a state organ opening a main clause joined by ", and"
        // is of the sentence's first subject's state.)
        if (!ok && i >= sb + 3 && TokenIs(text, toks[i - 1], "and") && TokenIs(text, toks[i - 2], ",") && Is(sec, "GOV")) {
          for (size_t k = first_mention; k < a.mentions.size(); ++k) {
            const Mention& pm = a.mentions[k];
            if (pm.prep != 0 || pm.modifier || pm.place_only || pm.actors_len != 1) continue;
            const ActorValue& pv = a.mention_actors[pm.actors_off];
            if (!pv.country.empty() && (pv.kind == MentionKind::kAgent || pv.kind == MentionKind::kCountry) &&
                IsAny(pv.sector.view(), "", "GOV", "MIL", "COP")) {
              v = CountryRole(pv.country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
              ok = true;
            }
            break;
          }
        }
        // ("Washington imposed sanctions on Venezuela after the government jailed opposition
        // activists": a state's organ, or its opposition, is of the country named last before it
        // in the sentence, not of the first place, nor of an organ named in earlier sentences:
        // "Georgians have rallied in Tbilisi since the government suspended talks".)
        Code last_named;
        // ("Brazil, Colombia and Mexico ... offered to mediate between the government and the
        // opposition": the mediators' country is not the one whose sides they mediate between.)
        bool mediated = false;
        for (uint32_t k = i; k > sb + 1 && k + 8 > i && between_word_ != lx::kUnknownWord; --k) {
          const Tok& pt = toks[k - 1];
          if ((pt.tflags & text::kPunct) && (TokenIs(text, pt, ".") || TokenIs(text, pt, ";"))) break;
          if (pt.word != between_word_) continue;
          const std::string_view lemma = lx_.Word(lx_.VerbLemma(toks[k - 2].word));
          mediated = (toks[k - 2].wflags & lx::kAnyVerb) && (Is(lemma, "mediate") || Is(lemma, "broker"));
          break;
        }
        // ("Bolivian police arrested the army chief": a country's police, courts or parliament
        // act on its own army; not its government, whose orders name no target: "ordered troops
        // to ...".)
        const bool own_army = Is(sec, "MIL");
        if (!mediated && (Is(sec, "GOV") || Is(sec, "LEG") || Is(sec, "JUD") || Is(sec, "OPP") || own_army)) {
          for (size_t k = a.mentions.size(); k-- > first_mention && last_named.empty();) {
            const Mention& pm = a.mentions[k];
            if (pm.te > i || pm.actors_len != 1 || pm.modifier) continue;  // (not "Gondor's health centres")
            const ActorValue& pv = a.mention_actors[pm.actors_off];
            // ("Georgia's opposition demanded the resignation of the prime minister": a country's
            // own people, opposition or institutions name its government too.)
            const std::string_view ps = pv.sector.view();
            const bool domestic = Is(ps, "OPP") || Is(ps, "CVL") || Is(ps, "LAB") || Is(ps, "EDU") || Is(ps, "PTY") ||
                                  Is(ps, "JUD") || Is(ps, "LEG") || Is(ps, "MED");
            if (own_army) {
              if ((Is(ps, "COP") || Is(ps, "JUD") || Is(ps, "LEG")) && !pv.country.empty()) last_named = pv.country;
              continue;
            }
            if (((pv.kind == MentionKind::kCountry && pv.sector.empty()) || (domestic && ps != sec)) &&
                !pv.country.empty()) {
              last_named = pv.country;
            }
          }
        }
        if (!ok && !last_named.empty()) {
          v = CountryRole(last_named, sec, MentionKind::kAgent, a.toks[i].begin, a.toks[np.end - 1].end, /*inferred=*/true);
          ok = true;
        }
        // (The subject position: nothing but a time or place phrase before it: "On Wednesday,
        // the foreign ministry summoned ...")
        bool subject_position = true;
        for (uint32_t k = sb; k < i && subject_position; ++k) {
          subject_position = toks[k].mention < 0 && !(toks[k].wflags & lx::kAnyVerb);
        }
        // ("Carney met Trump ... but the president refused": a head-of-state title takes up the
        // person the story named whose office on this date has that title, before any other
        // person of the sector.)
        if (!ok && Is(sec, "GOV") && np.end == i + 2 && (TokenIs(text, toks[i], "the") || TokenIs(text, toks[i], "The"))) {
          const std::string_view title = TokenText(text, toks[i + 1]);
          if (IsAny(title, "president", "chancellor", "king", "emir", "premier")) {
            // (this sentence's persons first, the latest first; then the story's)
            std::vector<const ActorValue*>& cands = a.title_candidates;
            cands.clear();
            for (size_t k = a.mentions.size(); k-- > first_mention;) {
              if (a.mentions[k].actors_len == 1) cands.push_back(&a.mention_actors[a.mentions[k].actors_off]);
            }
            for (auto it = a.memory.all.rbegin(); it != a.memory.all.rend(); ++it) cands.push_back(&*it);
            for (const ActorValue* it : cands) {
              if (ok) break;
              if (it->person < 0 || !(it->sector.view() == sec) || it->country.empty()) continue;
              const lx::Person& person = lx_.person(static_cast<uint32_t>(it->person));
              for (uint32_t r = 0; r < person.roles_len && !ok; ++r) {
                const lx::Role& role = lx_.role(person.roles_off + r);
                if ((role.from.known() && date < role.from) || (role.to.known() && role.to < date)) continue;
                const std::string_view d = lx_.str(role.description);
                if (d.size() >= title.size() && d.substr(0, title.size()) == title) {
                  v = *it;
                  v.text_begin = toks[i].begin;
                  v.text_end = toks[np.end - 1].end;
                  ok = true;
                }
              }
            }
          }
        }
        // ("CHISINAU — ... Kremlin spokesman Dmitry Peskov dismissed the accusations ... the Central
        // Electoral Commission barred the opposition party": an electoral body runs its own
        // country's vote, the dateline's, whoever spoke last.)
        if (!ok && !a.doc_country.empty() && (a.named_country.empty() || a.named_country == a.doc_country)) {
          const std::string_view said = text.substr(toks[i].begin, toks[np.end - 1].end - toks[i].begin);
          if (said.find("lectoral") != std::string_view::npos || said.find("lection commission") != std::string_view::npos ||
              said.find("lection Commission") != std::string_view::npos) {
            v = CountryRole(a.doc_country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
            ok = true;
          }
        }
        for (const auto* list : {subject_position ? &a.memory.subjects : nullptr, &a.memory.all}) {
          if (!list || ok) continue;
          // ("Seoul has repeatedly condemned the deployment. The foreign ministry summoned ...": a
          // state named as the last subject is the government and army that follow it, unless a
          // dateline sets the story in another country, whose ministry is then the one reacting.)
          // (Not a list's first member: "India and the UAE signed ... The president".)
          if (list == &a.memory.subjects && !list->empty() && !a.memory.last_subject_listed &&
              (Is(sec, "GOV") || Is(sec, "MIL"))) {
            const ActorValue& last = list->back();
            if (last.kind == MentionKind::kCountry && last.sector.empty() && !last.country.empty() &&
                (a.doc_country.empty() || last.country == a.doc_country) && !(visiting && host(last.country))) {
              v = CountryRole(last.country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
              ok = true;
              continue;
            }
          }
          for (auto it = list->rbegin(); it != list->rend() && !new_armed; ++it) {
            if (it->sector.view() == sec && !it->country.empty() && !(visiting && host(it->country))) {
              v = *it;
              v.text_begin = toks[i].begin;
              v.text_end = toks[np.end - 1].end;
              ok = true;
              break;
            }
          }
        }
        // No earlier actor of that sector: the country where the sentence places the story
        // ("protesters in Tbilisi"); when only the dateline places it, the country the sentence
        // names comes first ("ECOWAS demanded the release of the detained president" of Niger,
        // under an ABUJA dateline), then the dateline's ("the government" in a TBILISI story);
        // civilians with no place at all belong to the country named.
        // (Unnamed rebels and gunmen take the country the sentence places them in, as
        // insurgents usually fight at home: "Armed men attacked a police station in northern
        // Burkina Faso"; so do gangs; a bare army or spy service does not.)
        const bool armed = Is(sec, "MIL") || Is(sec, "SPY");
        // (Police act at home too: "Kenyan women marched ..., and police detained activists".)
        const bool civilian = Is(sec, "CVL") || Is(sec, "EDU") || Is(sec, "LAB") || Is(sec, "OPP") || Is(sec, "REF") ||
                              Is(sec, "INS") || Is(sec, "REB") || Is(sec, "CRM") || Is(sec, "PTY") || Is(sec, "COP") ||
                              // ("Peru's Supreme Court sentenced former president Pedro Castillo",
                              // "Armenia's security service detained Archbishop Bagrat Galstanyan")
                              // (Not hospitals or fishing boats, which an attack from abroad hits.)
                              Is(sec, "ELI") || Is(sec, "REL") || Is(sec, "HRI") || Is(sec, "MED") || Is(sec, "ENV");
        // (A place named after the role only says where when "in/at/near" introduces it: "the
        // foreign minister denounced the alliance of Washington, Tokyo and Seoul" is nobody's.)
        bool place_says_where = a.country_from_dateline || civilian;
        for (const Span& sp : a.spans) {
          if (place_says_where || !(sp.sense_mask & (Bit(SenseKind::kPlace) | Bit(SenseKind::kCapital)))) continue;
          const std::string_view before = sp.tb > sb ? TokenText(text, toks[sp.tb - 1]) : std::string_view();
          place_says_where = sp.tb < i || Is(before, "in") || Is(before, "at") || Is(before, "near");
          break;
        }
        // ("An Israeli drone struck a car in southern Lebanon, killing two people": people with
        // no country of their own are of the country an earlier "in" names, before the first
        // country the sentence names.)
        Code in_country;
        if (civilian && !Is(sec, "COP") && (a.sentence_country.empty() || a.country_from_dateline)) {
          for (size_t k = first_mention; k < a.mentions.size() && in_country.empty(); ++k) {
            const Mention& pm = a.mentions[k];
            if (pm.te > i || pm.actors_len != 1 || pm.prep == 0) continue;
            const ActorValue& pv = a.mention_actors[pm.actors_off];
            if (pv.kind != MentionKind::kCountry || !pv.sector.empty() || pv.country.empty()) continue;
            const std::string_view prep = lx_.Word(pm.prep);
            // (Not where a gathering was: "Meeting at an extraordinary summit in Harare, the bloc
            // ... called on opposition supporters".)
            if (AtGathering(a, pm.tb)) continue;
            if (Is(prep, "in") || Is(prep, "across") || Is(prep, "near")) in_country = pv.country;
          }
        }
        static const Code kNowhere;
        const Code& where = mediated && !a.doc_country.empty()                  ? a.doc_country
                            : !in_country.empty()                              ? in_country
                            : a.country_from_dateline && !a.named_country.empty() ? a.named_country
                            : !place_says_where                                ? kNowhere
                            : !a.sentence_country.empty()                      ? a.sentence_country
                            : civilian                                         ? a.named_country
                                                                               : a.sentence_country;
        // ("Thousands of Kenyans marched in Nairobi. Police said ...": with no place in the
        // sentence, where the story last was.)
        const Code& story = where.empty() ? a.story_country : where;
        // ("BISSAU — ... ECOWAS leaders demanded that the army free all detained officials": the
        // army or the military, with "the" and no other state named in the sentence, is that of the
        // country the dateline places the story in.)
        // ("M23 fighters and government troops exchanged fire": government forces listed with a
        // non-state armed group are that group's state's.)
        if (!ok && armed && TokenIs(text, toks[i], "government") && i >= sb + 2 && TokenIs(text, toks[i - 1], "and") &&
            toks[i - 2].mention >= 0 && a.mentions[toks[i - 2].mention].actors_len == 1) {
          const ActorValue& other = a.mention_actors[a.mentions[toks[i - 2].mention].actors_off];
          if (!other.country.empty() &&
              (other.kind == MentionKind::kOrganization || IsAny(other.sector.view(), "REB", "INS"))) {
            v = CountryRole(other.country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
            ok = true;
          }
        }
        // ("that the army": past "that" opening a clause.)
        const uint32_t the_at = np.end >= i + 2 ? np.end - 2 : i;
        if (!ok && armed && !a.doc_country.empty() && np.end >= i + 2 && np.end <= i + 3 &&
            (the_at == i || TokenIs(text, toks[i], "that")) &&
            (a.named_country.empty() || a.named_country == a.doc_country) &&
            (TokenIs(text, toks[the_at], "the") || TokenIs(text, toks[the_at], "The")) &&
            IsAny(TokenText(text, toks[the_at + 1]), "army", "military") &&
            // (nor with an actor of another state named later in it: "DOHA — ... The army clashed
            // with M23 fighters")
            std::none_of(a.spans.begin(), a.spans.end(), [&](const Span& sp) {
              if (sp.tb < np.end || sp.tb >= se || !(sp.sense_mask & kHeadSenses)) return false;
              const int32_t ref = FirstActorRef(lx_, sp);
              return ref >= 0 && lx_.str(lx_.actor(static_cast<uint32_t>(ref)).country) != a.doc_country.view();
            }) &&
            // (nor before it: "DOHA — M23 spokesman Lawrence Kanyuka accused the army of ...")
            std::none_of(a.mentions.begin() + first_mention, a.mentions.end(), [&](const Mention& pm) {
              for (uint32_t x = 0; x < pm.actors_len; ++x) {
                const Code& c = a.mention_actors[pm.actors_off + x].country;
                if (!c.empty() && !(c == a.doc_country)) return true;
              }
              return false;
            })) {
          v = CountryRole(a.doc_country, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
          ok = true;
        }
        if (!ok && !story.empty() && !armed) {
          v = CountryRole(story, sec, MentionKind::kAgent, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
          ok = true;
        }
        // ("foreign ministry spokeswoman Mao Ning": a role with a name after it is a person,
        // whom "she" can take up.)
        if (ok && np.unknown_name) v.kind = MentionKind::kPerson;
      }
    } else if (np.title && np.unknown_name && np.sector >= 0 && i >= sb + 3 && TokenIs(text, toks[i - 1], "by") &&
               (TokenIs(text, toks[i - 2], "led") || TokenIs(text, toks[i - 2], "headed")) &&
               toks[i - 3].mention >= 0 && a.mentions[toks[i - 3].mention].actors_len == 1 &&
               !a.mention_actors[a.mentions[toks[i - 3].mention].actors_off].country.empty()) {
      // "a Russian delegation headed by Deputy Prime Minister Alexei Overchuk": the titled
      // leader of a delegation belongs to the delegation's country.
      v = CountryRole(a.mention_actors[a.mentions[toks[i - 3].mention].actors_off].country,
                      lx_.str(lx_.sector(static_cast<uint32_t>(np.sector))), MentionKind::kPerson, toks[i].begin,
                      toks[np.end - 1].end);
    } else if (np.title && np.unknown_name && np.sector >= 0 && !a.named_country.empty() &&
               (IsAny(lx_.str(lx_.sector(static_cast<uint32_t>(np.sector))), "REL", "OPP", "EDU") ||
                // ("Guatemalan President Bernardo Arevalo called on Attorney General Consuelo
                // Porras to resign": a judge or prosecutor after the state named first.)
                (Is(lx_.str(lx_.sector(static_cast<uint32_t>(np.sector))), "JUD") && a.named_country_tok < i) ||
                // ("Kenya's Senate voted to remove Deputy President Rigathi Gachagua": after a
                // state's parliament, court or police named before it, any title is that state's.)
                std::any_of(a.mentions.begin() + first_mention, a.mentions.end(), [&](const Mention& pm) {
                  if (pm.te > i || pm.actors_len != 1 || pm.prep != 0) return false;
                  const ActorValue& pv = a.mention_actors[pm.actors_off];
                  return pv.country == a.named_country && IsAny(pv.sector.view(), "LEG", "JUD", "COP");
                }))) {
      // "Armenia's security service detained Archbishop Bagrat Galstanyan": a cleric, an
      // opposition leader or a scholar of no country named is of the state the sentence names
      // first (not a president or a general: those are as often foreign).
      v = CountryRole(a.named_country, lx_.str(lx_.sector(static_cast<uint32_t>(np.sector))), MentionKind::kPerson,
                      toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
    } else if (np.title && np.unknown_name && np.sector >= 0 && a.country_from_dateline && !a.doc_country.empty() &&
               (a.named_country.empty() || a.named_country == a.doc_country ||
                (i == sb && a.named_country_tok >= np.end))) {
      // "BUENOS AIRES, April 12 — Economy Minister Luis Caputo thanked the fund": a titled person
      // of no country named, in a sentence that names no other state, is of the dateline's.
      // ("ISLAMABAD — ... Interior Minister Mohsin Naqvi blamed Afghanistan": so is one who opens
      // the sentence, before any other state it names.)
      // ("HARARE — ... to mediate between Mozambique's government and the opposition ...
      // Opposition leader Venancio Mondlane rejected the offer": an opposition figure is of the
      // state the story is about, when an earlier sentence placed it elsewhere than the dateline.)
      const std::string_view sec = lx_.str(lx_.sector(static_cast<uint32_t>(np.sector)));
      const Code& home = Is(sec, "OPP") && !a.story_country.empty() ? a.story_country : a.doc_country;
      v = CountryRole(home, sec, MentionKind::kPerson, toks[i].begin, toks[np.end - 1].end, /*inferred=*/true);
    } else {
      ok = false;
    }
    bool owned = false;
    // "pro-Russian", "anti-American": an attitude, not an actor.
    if (ok && np.adjective_only && i >= sb + 2 && (toks[i - 1].tflags & text::kJoined)) {
      const std::string_view w = TokenText(text, toks[i - 2]);
      if (Is(w, "pro") || Is(w, "anti") || Is(w, "Pro") || Is(w, "Anti")) ok = false;
    }
    // "Russian-backed separatists", "U.S.-led coalition": an attribute, not the actor. (But
    // "a Greek-owned tanker", "a Liberian-flagged vessel", "an Israel-linked ship" name the owner
    // as "a Greek tanker" does.)
    // ("a U.S.-brokered agreement", "Saudi Arabia-led coalition": a country's name too.)
    const bool name_only = np.head_actor >= 0 && np.sector < 0 && np.person < 0 && !np.possessive && np.owner < 0 &&
                           np.modifier < 0;
    if (ok && (np.adjective_only || name_only) && np.end + 1 < se && (a.toks[np.end].tflags & text::kJoined) &&
        !(a.toks[np.end + 1].tflags & text::kCapitalized)) {
      const std::string_view w = TokenText(text, a.toks[np.end + 1]);
      owned = Is(w, "owned") || Is(w, "flagged") || Is(w, "registered") || Is(w, "operated") || Is(w, "linked") ||
              Is(w, "crewed") || Is(w, "manned");
      // ("Chinese-made electric vehicles", "Chinese-built": the maker's country)
      ok = owned || LedAct(text, a.toks.data(), np.end + 1, se) || Is(w, "made") || Is(w, "built") ||
           Is(w, "produced") || Is(w, "manufactured");
    }
    if (!ok || v.code.empty()) {
      i = np.end;
      continue;
    }
    if (owned && v.code == v.country) {  // (a ship or firm: the country's business)
      v.code.Append("BUS");
      v.sector.Set("BUS");
    }
    // "Defence Minister Kim ... and his Polish counterpart": a counterpart holds the same
    // office as the person named before it in the sentence (also with a name after it: "his
    // Philippine counterpart Gilberto Teodoro").
    // (A token spelled so has the word's id, the unknown word when the lexicon lacks it: the id
    // is tested before the spelling.)
    bool counterpart = false;
    const lx::WordId counterpart_id = styles_->counterpart_word, counterparts_id = styles_->counterparts_word;
    for (uint32_t k = i; k < np.end && !counterpart && !v.country.empty() && np.person < 0; ++k) {
      const lx::WordId w = toks[k].word;
      counterpart = (w == counterpart_id && TokenIs(text, toks[k], "counterpart")) ||
                    (w == counterparts_id && TokenIs(text, toks[k], "counterparts"));
    }
    if (counterpart) {
      for (size_t k = a.mentions.size(); k-- > first_mention;) {
        const Mention& pm = a.mentions[k];
        if (pm.actors_len != 1) continue;
        const ActorValue& other = a.mention_actors[pm.actors_off];
        if (other.kind != MentionKind::kPerson && other.kind != MentionKind::kAgent) continue;
        if (other.sector.empty() || other.country == v.country) continue;
        // (A counterpart holds a state's office: the counterpart of the Taliban's foreign
        // minister is another state's foreign minister, its government's.)
        const std::string_view sec = IsAny(other.sector.view(), "GOV", "MIL", "LEG", "JUD", "COP", "SPY")
                                         ? other.sector.view()
                                         : std::string_view("GOV");
        v.code = v.country;
        v.code.Append(sec);
        v.sector.Set(sec);
        break;
      }
    }
    Mention m;
    m.tb = i, m.te = np.end;
    m.possessive = np.possessive;
    m.modifier = np.possessive || (np.adjective_only && !demonym_people);
    m.place = np.place;
    if (np.sector_via_of) m.spread_sector = np.sector;
    if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
    // ("About 140,000 people rallied", "with around 300 soldiers": "about" before a count is
    // no preposition; the one before it, if any, is the phrase's.)
    if (m.prep != 0 && (toks[i].tflags & text::kNumber) &&
        IsAny(base::ToLower(TokenText(text, toks[i - 1])), "about", "around", "over", "some", "nearly", "under", "approximately")) {
      m.prep = i > sb + 1 && (toks[i - 2].wflags & lx::kPreposition) ? toks[i - 2].word : 0;
    }
    // "led by Communist Party official Liu": capitalised modifiers outside the dictionary
    // between the preposition and the phrase.
    for (uint32_t k = i; m.prep == 0 && k > sb + 1 && k + 2 > i &&
                         (toks[k - 1].tflags & text::kCapitalized) && toks[k - 1].phrase_span < 0 &&
                         toks[k - 1].mention < 0 &&
                         // ("On Wednesday the Lao minister": a day or month ends the phrase.)
                         !(toks[k - 1].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kDeterminer |
                                                   lx::kConjunction | lx::kSubordinator | lx::kWeekday |
                                                   lx::kMonth));
         --k) {
      if (toks[k - 2].wflags & lx::kPreposition) m.prep = toks[k - 2].word;
    }
    // "in northern Mali", "across eastern Ukraine": a part of the country is still the place.
    // ("Drones launched by the paramilitary Rapid Support Forces": past an article and a plain
    // modifier after "by".)
    if (m.prep == 0 && i > sb + 2 && (toks[i - 1].tflags & text::kWord) && !(toks[i - 1].tflags & text::kCapitalized) &&
        toks[i - 1].mention < 0 && !(toks[i - 1].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kConjunction)) &&
        (toks[i - 2].wflags & lx::kDeterminer) && TokenIs(text, toks[i - 3], "by")) {
      m.prep = toks[i - 3].word;
    }
    // (So is a count: "hit by two Russian guided bombs".)
    if (m.prep == 0 && i > sb + 1 && (a.toks[i - 2].wflags & lx::kPreposition) &&
        (IsCompassWord(TokenText(text, a.toks[i - 1])) || (((a.toks[i - 1].tflags & text::kNumber) || CountWordValue(TokenText(text, a.toks[i - 1])) > 0) &&
         a.toks[i - 1].mention < 0))) {
      m.prep = a.toks[i - 2].word;
    }
    // "Laos's foreign minister, Thongsavanh Phomvihane, met ...": a name the dictionaries do not
    // know, in apposition after a country's role, is that person (whom a later "Phomvihane"
    // or "Thongsavanh Phomvihane" takes up); two to four capitalised words closed by a comma or
    // the sentence's end.
    if (v.kind == MentionKind::kAgent && !v.sector.empty() && !v.country.empty() && !np.possessive &&
        m.te + 3 < se && TokenIs(text, toks[m.te], ",") && starts_name(m.te + 1) && !span_at(m.te + 1)) {
      // (A hyphenated part counts with its hyphen: "Yeo Han-koo", "Choe Son-hui".)
      uint32_t k = m.te + 1, extra = 0;
      while (k < se && k < m.te + 6 + extra &&
             (((toks[k].tflags & text::kCapitalized) && !span_at(k)) ||
              (k > m.te + 1 && (toks[k].tflags & text::kJoined) && (toks[k - 1].tflags & text::kCapitalized)) ||
              (k > m.te + 2 && (toks[k - 1].tflags & text::kJoined) && (toks[k].tflags & text::kWord) &&
               !(toks[k - 1].tflags & text::kWord))) &&
             !(toks[k].wflags & (lx::kMonth | lx::kWeekday | lx::kRelTime | lx::kDeterminer))) {
        if (!(toks[k].tflags & text::kCapitalized)) ++extra;
        ++k;
      }
      if (k >= m.te + 3 && k < m.te + 6 + extra && (k >= se || TokenIs(text, toks[k], ",") || TokenIs(text, toks[k], "."))) {
        v.kind = MentionKind::kPerson;
        v.text_end = toks[k - 1].end;
        m.te = k < se && TokenIs(text, toks[k], ",") ? k + 1 : k;
      }
    }
    // ("Sudan's army chief, Abdel Fattah al-Burhan, rejected ...": a person the dictionaries
    // know, named in apposition after a role of the same country in another sector, acts in the
    // capacity the text gives.)
    if (v.kind == MentionKind::kPerson && v.person >= 0 && m.tb >= sb + 2 && a.mentions.size() > first_mention &&
        TokenIs(text, toks[m.tb - 1], ",") && (m.te >= se || TokenIs(text, toks[m.te], ","))) {
      const Mention& prev = a.mentions.back();
      if (prev.te + 1 == m.tb && prev.actors_len == 1 && prev.group < 0 && prev.prep == 0 && !prev.possessive) {
        const ActorValue& pv = a.mention_actors[prev.actors_off];
        // (Not a "military leader" or "ruler": a junta's leader heads its government.)
        if (pv.kind == MentionKind::kAgent && !pv.sector.empty() && pv.country == v.country && pv.sector != v.sector &&
            IsAny(pv.sector.view(), "GOV", "MIL", "LEG", "JUD", "SPY", "COP") &&
            !IsAny(TokenText(text, toks[prev.te - 1]), "leader", "ruler", "strongman")) {
          const int32_t person = v.person;
          v = CountryRole(v.country, pv.sector.view(), MentionKind::kPerson, v.text_begin, v.text_end);
          v.person = person;
          v.role_in_text = true;
        }
      }
    }
    // Appositive: "Choe Son-hui, North Korea's foreign minister, met ..." — absorb the role phrase.
    if (m.te + 1 < se && TokenIs(text, toks[m.te], ",") && !np.possessive) {
      NpParse app = parse(m.te + 1);
      const bool role_only = app.end > m.te + 1 && app.person < 0 && app.head_actor < 0 &&
                             (app.sector >= 0 || app.title) && !app.unknown_name;
      if (role_only && (app.end >= se || TokenIs(text, toks[app.end], ","))) {
        // (An organisation keeps its own name: "Kataib Hezbollah, an Iran-backed Iraqi militia,".)
        if (v.kind != MentionKind::kPerson && v.kind != MentionKind::kOrganization && app.modifier >= 0) {
          v = with_sector(actor_value(static_cast<uint32_t>(app.modifier), MentionKind::kAgent,
                                      m.tb, app.end), app.sector);
        }
        m.te = app.end < se ? app.end + 1 : app.end;
      }
    }
    // "Bree Prime Minister Romendacil", where the name is a dictionary actor of the same country
    // as the role right before it: one actor, the role's.
    if (a.mentions.size() > first_mention && v.kind == MentionKind::kCountry && v.sector.empty() && m.prep == 0) {
      Mention& prev = a.mentions.back();
      if (prev.te == m.tb && prev.actors_len == 1 && prev.group < 0 && !prev.possessive) {
        ActorValue& pv = a.mention_actors[prev.actors_off];
        if ((pv.kind == MentionKind::kAgent || pv.kind == MentionKind::kPerson) && !pv.sector.empty() &&
            pv.country == v.country) {
          const int32_t pi = static_cast<int32_t>(a.mentions.size() - 1);
          for (uint32_t k = m.tb; k < m.te; ++k) toks[k].mention = pi;
          prev.te = m.te;
          prev.possessive = prev.possessive || m.possessive;
          prev.modifier = prev.modifier || m.modifier;
          pv.text_end = v.text_end;
          i = m.te;
          continue;
        }
      }
    }
    // "the Lebanese militant group Hezbollah", "the paramilitary Rapid Support Forces": a
    // descriptor right before an organisation's name is that organisation (one actor, the name's).
    if (a.mentions.size() > first_mention && v.kind == MentionKind::kOrganization && !np.possessive) {
      Mention& prev = a.mentions.back();
      if (prev.te == m.tb && prev.actors_len == 1 && prev.group < 0 && !prev.possessive) {
        ActorValue& pv = a.mention_actors[prev.actors_off];
        const std::string_view ps = pv.sector.view();
        const bool descriptor = pv.kind == MentionKind::kAgent &&
                                (Is(ps, "INS") || Is(ps, "REB") || Is(ps, "MIL") || Is(ps, "OPP") || Is(ps, "PTY")) &&
                                (pv.country.empty() || v.country.empty() || pv.country == v.country);
        if (descriptor) {
          const int32_t pi = static_cast<int32_t>(a.mentions.size() - 1);
          for (uint32_t k = m.tb; k < m.te; ++k) toks[k].mention = pi;
          const uint32_t begin = pv.text_begin;
          pv = v;
          pv.text_begin = begin;
          prev.te = m.te;
          prev.modifier = m.modifier;
          i = m.te;
          continue;
        }
      }
    }
    m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
    m.actors_len = 1;
    push_actor(v);
    for (uint32_t k = m.tb; k < m.te; ++k) toks[k].mention = static_cast<int32_t>(a.mentions.size());
    a.mentions.push_back(m);
    i = m.te;
  }

  // ""We urge Israel to let food convoys into Gaza," WFP chief Cindy McCain said": "we" and "us"
  // inside a quotation are its speaker, the actor its attribution names after the
  // closing quote ("..., X said", "..., said X") or before the opening one ("X said: "...").
  // (Straight and curly double quotes only: a single quote is often an apostrophe.)
  // (Most sentences quote nobody: two byte searches over the sentence skip the pass.)
  const std::string_view sentence_bytes =
      se > sb ? text.substr(toks[sb].begin, toks[se - 1].end - toks[sb].begin) : std::string_view();
  if (sentence_bytes.find('"') != std::string_view::npos || sentence_bytes.find("\xE2\x80\x9C") != std::string_view::npos ||
      sentence_bytes.find("``") != std::string_view::npos) {
    auto dquote = [&](uint32_t k) {
      const std::string_view w = TokenText(text, toks[k]);
      return Is(w, "\"") || Is(w, "\xE2\x80\x9C") || Is(w, "\xE2\x80\x9D") || Is(w, "``") || Is(w, "''");
    };
    auto speaker_mention = [&](uint32_t k) -> int32_t {  // an actor of one value at token k
      const int32_t mi = toks[k].mention;
      if (mi < 0 || a.mentions[mi].tb != k || a.mentions[mi].actors_len != 1 || a.mentions[mi].place_only ||
          a.mentions[mi].prep != 0) {
        return -1;
      }
      return mi;
    };
    for (uint32_t i = sb; i < se; ++i) {
      const std::string_view w = TokenText(text, toks[i]);
      // ("our" only before what force or a threat is aimed at, "entered our air defence zone":
      // "Our partnership with Russia is built on respect" describes, it reports no act.)
      const bool our = (Is(w, "our") || Is(w, "Our")) && i + 1 < se &&
                       IsAny(TokenText(text, toks[i + 1]), "airspace", "territory", "waters", "country", "border", "borders",
                             "soil", "air", "people", "citizens", "sovereignty", "embassy", "forces", "troops", "positions");
      if (toks[i].mention >= 0 || !(Is(w, "we") || Is(w, "We") || Is(w, "us") || our)) continue;
      uint32_t open = se, quotes = 0;
      for (uint32_t k = sb; k < i; ++k) {
        if (dquote(k)) ++quotes, open = k;
      }
      if (quotes % 2 == 0) continue;  // (not inside a quotation)
      uint32_t close = i + 1;
      while (close < se && !dquote(close)) ++close;
      int32_t speaker = -1;
      if (close < se) {
        uint32_t k = close + 1;
        while (k < se && TokenIs(text, toks[k], ",")) ++k;
        if (k + 1 < se && (toks[k].wflags & lx::kReport) && toks[k].mention < 0) {
          speaker = speaker_mention(k + 1);  // ("..., said Foreign Minister X")
        } else if (k < se && (speaker = speaker_mention(k)) >= 0) {
          const uint32_t e = a.mentions[speaker].te;
          bool said = false;
          // (past a role and a name no dictionary knows: "WFP chief Cindy McCain said")
          for (uint32_t q = e; q < se && q < e + 5 && !said; ++q) {
            said = (toks[q].wflags & lx::kReport) && toks[q].mention < 0;
            if (!said && ((toks[q].tflags & text::kPunct) || ((toks[q].wflags & lx::kAnyVerb) && !(toks[q].tflags & text::kCapitalized)))) break;
          }
          if (!said) speaker = -1;
        }
      }
      if (speaker < 0 && open > sb + 1) {
        // ("Taiwan's defence ministry said on Wednesday: "... our air defence zone ...")
        uint32_t k = open - 1;
        while (k > sb && (TokenIs(text, toks[k], ":") || TokenIs(text, toks[k], ","))) --k;
        for (uint32_t q = k + 1; q-- > sb && q + 5 > k;) {
          if ((toks[q].wflags & lx::kReport) && toks[q].mention < 0) {
            for (uint32_t r = q; r-- > sb && r + 4 > q;) {
              if (toks[r].mention >= 0) {
                const int32_t mi = toks[r].mention;
                if (a.mentions[mi].te <= q && a.mentions[mi].actors_len == 1 && a.mentions[mi].prep == 0 &&
                    !a.mentions[mi].place_only) {
                  speaker = mi;
                }
                break;
              }
            }
            break;
          }
        }
      }
      if (speaker < 0) continue;
      // The new mention goes in token order: the later mentions move up by one.
      Mention m;
      m.tb = i, m.te = i + 1;
      m.possessive = m.modifier = our;
      if (i > sb && (toks[i - 1].wflags & lx::kPreposition)) m.prep = toks[i - 1].word;
      ActorValue v = a.mention_actors[a.mentions[speaker].actors_off];
      // ("our airspace" is the speaker's country's)
      if (our && !v.country.empty()) v = CountryRole(v.country, "", MentionKind::kCountry, 0, 0);
      v.text_begin = toks[i].begin, v.text_end = toks[i].end;
      m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
      m.actors_len = 1;
      a.mention_actors.push_back(v);
      size_t at = first_mention;
      while (at < a.mentions.size() && a.mentions[at].tb < i) ++at;
      a.mentions.insert(a.mentions.begin() + static_cast<std::ptrdiff_t>(at), m);
      for (uint32_t k = sb; k < se; ++k) {
        if (toks[k].mention >= static_cast<int32_t>(at)) ++toks[k].mention;
      }
      toks[i].mention = static_cast<int32_t>(at);
    }
  }
  // "Tens of thousands of South Korean and American troops kicked off ...", "detained dozens of
  // protesters": a phrase counted by a crowd word is the head of its clause, not in an "of"
  // phrase, unless the count itself stands after a preposition ("fired at thousands of ...").
  if (const lx::WordId of_word_ = styles_->of_word; of_word_ != lx::kUnknownWord) {
    for (size_t k = first_mention; k < a.mentions.size(); ++k) {
      Mention& m = a.mentions[k];
      if (m.prep != of_word_ || m.tb < sb + 2 || toks[m.tb - 1].word != of_word_) continue;
      auto count_at = [&](uint32_t q) {
        const std::string_view w = TokenText(text, toks[q]);
        return (toks[q].tflags & text::kNumber) || IsCrowdCount(base::ToLower(w)) || Is(w, "Tens") || Is(w, "tens") ||
               Is(w, "scores") || Is(w, "Scores") || IsCrowdCount(w);
      };
      uint32_t c = m.tb - 2;
      if (!count_at(c) || toks[c].mention >= 0) continue;
      while (c >= sb + 2 && toks[c - 1].word == of_word_ && count_at(c - 2)) c -= 2;
      if (c > sb && (toks[c - 1].wflags & lx::kPreposition)) continue;
      m.prep = 0;
    }
  }
  // Compound groups: "Russia, Belarus and North Korea", "the US-Japan-South Korea alliance".
  // Links are "and"/"or"/hyphen links or comma links; a chain made only of comma links is not a
  // list ("In Minsk, Lukashenko said", "Belarus, the foreign ministry said").
  enum Link : uint8_t { kNone, kComma, kAnd, kHyphen };  // (kHyphen: "US-Japan-South Korea", a chain)
  const uint32_t nm = static_cast<uint32_t>(a.mentions.size());
  std::vector<uint8_t>& links = a.mention_links;  // links[mi]: link between mention mi and mi+1
  // (Only links[first_mention, nm) are read: cleared in a short loop, not by a call to memset.)
  if (links.size() < nm) links.resize(nm);
  for (uint32_t k = first_mention; k < nm; ++k) links[k] = kNone;
  // A sentence that opens with a preposition or subordinator ("Following talks in Ankara, ..."),
  // and its first comma.
  const std::string_view first_word = se > sb ? TokenText(text, toks[sb]) : std::string_view();
  const bool opener = se > sb && toks[sb].mention < 0 &&
                      ((toks[sb].wflags & (lx::kPreposition | lx::kSubordinator | lx::kGerund)) ||
                       (first_word.size() > 5 && Is(first_word.substr(first_word.size() - 3), "ing")));
  // (Looked for only after such an opener, the only case that asks for it.)
  uint32_t first_comma = se;
  for (uint32_t k = sb; opener && k < se && first_comma == se; ++k) {
    // (A comma token is always punctuation: the flag passes over words before any byte is read.)
    if ((toks[k].tflags & text::kPunct) && TokenIs(text, toks[k], ",")) first_comma = k;
  }
  for (uint32_t mi = first_mention; mi + 1 < nm; ++mi) {
    const Mention& l = a.mentions[mi];
    const Mention& r = a.mentions[mi + 1];
    if (r.tb == l.te) continue;
    // ("Lavrov, minister of Foreign Affairs of the Russian Federation, and his party": no list
    // across the edge of a clause or appositive between commas.)
    if ((a.skip[l.tb] != 0) != (a.skip[r.tb] != 0)) continue;
    if (l.modifier && !l.possessive && r.tb == l.te) continue;
    bool has_and = false, has_comma = false, other = false, hyphen_only = true;
    // Lower-case words of no grammatical class after the link are adjectives of the next
    // actor ("Fornost and the evil awful Gondor").
    constexpr uint32_t kNotAdjective = lx::kAnyVerb | lx::kPreposition | lx::kSubordinator | lx::kConjunction |
                                       lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing | lx::kModal |
                                       lx::kBe | lx::kAuxiliary | lx::kEventNoun | lx::kNegation | lx::kReport |
                                       lx::kRelTime | lx::kWeekday | lx::kMonth;
    const bool outside = a.skip[l.tb] == 0 && a.skip[r.tb] == 0;
    for (uint32_t k = l.te; k < r.tb; ++k) {
      // ("Talks between Choe Son Hui, minister of Foreign Affairs of the DPRK, and Lavrov": an
      // appositive between commas stands between two members of a list.)
      if (outside && (a.skip[k] == 1 || a.skip[k] == 3)) continue;
      const Tok& t = toks[k];
      const std::string_view w = TokenText(text, t);
      const bool hyphen = (t.tflags & text::kPunct) && (Is(w, "-") || Is(w, "\xE2\x80\x93") || Is(w, "/"));
      hyphen_only = hyphen_only && hyphen;
      if (t.wflags & lx::kConjunction) has_and = true;
      else if (Is(w, ",")) has_comma = true;
      else if (hyphen) has_and = true;
      // ("as well as"; not ", as Jordanian and Egyptian planes dropped": "as" opening a clause)
      else if ((Is(w, "as") && ((k + 1 < r.tb && TokenIs(text, toks[k + 1], "well")) ||
                                 (k > l.te && TokenIs(text, toks[k - 1], "well")))) ||
               Is(w, "well") || Is(w, "both") || (t.wflags & lx::kDeterminer)) {
        continue;
      }
      // ("sanctions on Russian banks and on Belarusian officials": the preposition said again after
      // "and" before the next member.)
      else if (has_and && l.prep != 0 && t.word == l.prep && r.prep == l.prep) {
        continue;
      }
      else if ((has_and || has_comma) && (t.tflags & text::kWord) && !(t.tflags & text::kCapitalized) &&
               t.phrase_span < 0 && !(t.wflags & kNotAdjective) && k + 3 > r.tb) {
        continue;
      } else if ((has_and || has_comma) && (t.tflags & text::kCapitalized) && (t.tflags & text::kWord) &&
                 t.mention < 0 && k + 4 > r.tb && r.tb >= 1 &&
                 IsAny(TokenText(text, toks[r.tb - 1]), "bloc", "group", "alliance", "organisation", "organization",
                       "body", "movement", "coalition", "grouping")) {
        continue;  // ("and the South American bloc Mercosur": a region's words before a descriptor)
      } else if ((has_and || has_comma) && k + 1 == r.tb && t.phrase_span >= 0 && !(t.tflags & text::kCapitalized) &&
                 (t.tflags & text::kWord) && !(t.wflags & kNotAdjective)) {
        continue;  // (a role word as the next actor's adjective: "and the paramilitary Rapid Support Forces")
      } else {
        other = true;  // (no link, whatever follows: most pairs of mentions, far apart)
        break;
      }
    }
    if (other || (!has_and && !has_comma)) continue;
    // "Following talks in Ankara, Turkey and Egypt signed ...", "Under the deal brokered by
    // Turkey, Russia and Ukraine exchanged ...": the first comma after an opening prepositional
    // phrase closes it when the actors after it are the subject of the verb that follows.
    if (!has_and && opener && first_comma >= l.te && first_comma < r.tb) {
      uint32_t k = r.te;
      while (k < se && (toks[k].mention >= 0 || (toks[k].wflags & lx::kConjunction) || TokenIs(text, toks[k], ","))) {
        ++k;
      }
      if (k < se && (toks[k].wflags & lx::kAnyVerb) && !(toks[k].wflags & lx::kGerund)) continue;
    }
    // ("suspended its partnership with Georgia, and the EU's foreign policy chief Kaja Kallas
    // condemned ...": ", and" before an actor with its own verb opens a clause; a two-item list
    // is not written with a comma.)
    // (The verb may follow a short time phrase or an auxiliary: ", and Latvian prosecutors on
    // Thursday charged", ", and Moscow has since expelled".)
    // (Unless the phrase before the comma is a name in apposition to the role before it:
    // "Japan's foreign minister, Takeshi Iwaya, and Chinese Foreign Minister Wang Yi held talks".)
    const bool appositive_left = mi > first_mention && l.tb >= sb + 2 && TokenIs(text, toks[l.tb - 1], ",") &&
                                 a.mentions[mi - 1].te + 1 == l.tb && a.mentions[mi - 1].actors_len == 1 && l.actors_len == 1 &&
                                 a.mention_actors[l.actors_off].kind == MentionKind::kPerson &&
                                 a.mention_actors[a.mentions[mi - 1].actors_off].country == a.mention_actors[l.actors_off].country &&
                                 a.mentions[mi - 1].prep == 0 && l.prep == 0;
    if (has_and && has_comma && !appositive_left && (mi == first_mention || links[mi - 1] == kNone) && r.te < se) {
      uint32_t v = r.te;
      constexpr uint32_t kLead = lx::kWeekday | lx::kMonth | lx::kRelTime | lx::kAuxiliary | lx::kModal;
      while (v < se && v < r.te + 4 && toks[v].mention < 0 &&
             ((toks[v].wflags & kLead) || (toks[v].tflags & text::kNumber) || TokenIs(text, toks[v], "on") ||
              TokenIs(text, toks[v], "later") || TokenIs(text, toks[v], "also") || TokenIs(text, toks[v], "since") ||
              TokenIs(text, toks[v], "then"))) {
        ++v;
      }
      if (v < se && (toks[v].wflags & lx::kAnyVerb) && !(toks[v].wflags & lx::kGerund) && toks[v].mention < 0 &&
          !(toks[v].wflags & (lx::kAuxiliary | lx::kModal))) {
        continue;
      }
    }
    const ActorValue& lv = a.mention_actors[l.actors_off];
    const ActorValue& rv = a.mention_actors[r.actors_off];
    if (!has_and && ((lv.kind == MentionKind::kPerson) != (rv.kind == MentionKind::kPerson) || r.prep != 0)) continue;
    links[mi] = has_and ? (hyphen_only ? kHyphen : kAnd) : kComma;
  }
  for (uint32_t mi = first_mention; mi + 1 < nm;) {
    if (links[mi] == kNone) {
      ++mi;
      continue;
    }
    uint32_t end = mi;
    bool any_and = false;
    while (end + 1 < nm && links[end] != kNone) {
      any_and |= links[end] == kAnd || links[end] == kHyphen;
      // A list ends at its "and" link: "Russia, Belarus and China, the ministry said".
      if (links[end] == kAnd) {
        ++end;
        // ("Costa and the prime ministers of Spain, Denmark and Sweden": unless the member after
        // "and" is a role "of" a list that goes on after it.)
        if (a.mentions[end].spread_sector >= 0 && end + 1 < nm && links[end] == kComma) continue;
        break;
      }
      ++end;
    }
    // ("tariffs on imports from the European Union, Japan, Vietnam and dozens of other trading
    // partners": a list of commas whose "and" goes on to words that name no actor is a list too.)
    if (!any_and && end > mi && a.mentions[end].te + 1 < se && a.mentions[end].prep == 0 &&
        (toks[a.mentions[end].te].wflags & lx::kConjunction) && toks[a.mentions[end].te + 1].mention < 0 &&
        (toks[a.mentions[end].te + 1].tflags & (text::kWord | text::kNumber)) &&
        !(toks[a.mentions[end].te + 1].wflags & (lx::kAnyVerb | lx::kModal | lx::kAuxiliary | lx::kBe |
                                                  lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing))) {
      any_and = true;
    }
    // "Wang Yi, Lavrov hold talks in Beijing", "Egypt, EU sign deal": a headline writes "and"
    // as a comma. A list of commas alone that opens the sentence, with its verb right after the
    // last member, is the subject. (Not a place and its country: "Kyiv, Ukraine".)
    auto headline_list = [&](uint32_t first, uint32_t last) {
      const Mention& f = a.mentions[first];
      const Mention& l = a.mentions[last];
      if (first != first_mention || f.tb != sb || f.prep != 0 || l.prep != 0 || l.te >= se) return false;
      const Tok& v = toks[l.te];
      if (!(v.wflags & lx::kAnyVerb) || (v.wflags & (lx::kGerund | lx::kBe | lx::kAuxiliary | lx::kModal)) ||
          v.mention >= 0) {
        return false;
      }
      for (uint32_t k = first; k <= last; ++k) {
        const Mention& m = a.mentions[k];
        if (m.actors_len != 1 || m.place_only || m.possessive) return false;
        if (k == first) continue;
        const ActorValue& x = a.mention_actors[a.mentions[k - 1].actors_off];
        const ActorValue& y = a.mention_actors[m.actors_off];
        if (x.code.empty() || y.code.empty() || x.code == y.code) return false;
        if (!x.country.empty() && x.country == y.country && x.sector.empty() && y.sector.empty()) return false;
      }
      return true;
    };
    if (any_and || headline_list(mi, end)) {
      const int32_t g = static_cast<int32_t>(a.groups.size());
      a.groups.push_back(Group{mi, end - mi + 1});
      for (uint32_t k = mi; k <= end; ++k) {
        a.mentions[k].group = g;
        if (k > mi) a.mentions[k].prep = a.mentions[mi].prep;
      }
    }
    mi = end + 1;
  }
  // "Indian and Russian warships": a bare adjective in a group takes the sector of the member
  // that names the role.
  // "US and British activists": so does a bare country name before the last member when that
  // last member names the role.
  for (const Group& g : a.groups) {
    std::string_view sec;
    for (uint32_t k = 0; k < g.count; ++k) {
      const Mention& gm = a.mentions[g.first + k];
      const ActorValue& v = a.mention_actors[gm.actors_off];
      // (Not an organisation's own code: "Israeli and Hamas negotiators" are not Israeli militants.)
      if (gm.actors_len == 1 && v.kind == MentionKind::kAgent && !v.sector.empty() && StateRoleCode(v)) {
        sec = v.sector.view();
      }
    }
    // ("Israeli and Hamas negotiators": an organisation's member that ends in a role word gives
    // the bare adjectives before it that role, GOV for "negotiators".)
    bool org_role = false;  // (then only adjectives take it: "Congo, M23 rebels" keeps Congo)
    if (sec.empty()) {
      const Mention& lm = a.mentions[g.first + g.count - 1];
      const Span* rs = lm.te > lm.tb ? span_at(lm.te - 1) : nullptr;
      if (rs && rs->te == lm.te && rs->tb > lm.tb && (rs->sense_mask & Bit(SenseKind::kAgent)) && lm.actors_len == 1 &&
          a.mention_actors[lm.actors_off].kind != MentionKind::kCountry) {
        const int32_t ref = SenseRef(lx_, *rs, SenseKind::kAgent);
        if (ref >= 0) sec = lx_.str(lx_.sector(static_cast<uint32_t>(ref))), org_role = true;
      }
    }
    if (sec.empty()) continue;
    const Mention& last = a.mentions[g.first + g.count - 1];
    // ("Kenya and the Somali militant group": a role phrase with its own article is its own.)
    const bool last_names_role = last.actors_len == 1 && a.mention_actors[last.actors_off].kind == MentionKind::kAgent &&
                                 !(toks[last.tb].wflags & lx::kDeterminer);
    for (uint32_t k = 0; k < g.count; ++k) {
      Mention& gm = a.mentions[g.first + k];
      ActorValue& v = a.mention_actors[gm.actors_off];
      // ("U.S., Japanese and South Korean forces": or a comma of the list.)
      const bool bare_name = last_names_role && !org_role && k + 1 < g.count && !gm.modifier && gm.te < se &&
                             (TokenIs(text, toks[gm.te], "and") || TokenIs(text, toks[gm.te], ","));
      // (Not a place: "Kherson and the west bank of the Dnipro" are places.)
      if (gm.actors_len == 1 && (gm.modifier || bare_name) && !gm.possessive && !gm.place_only &&
          v.kind == MentionKind::kCountry && v.sector.empty()) {
        const Code bare = v.code;
        v.code = v.country;
        v.code.Append(sec);
        v.sector.Set(sec);
        v.kind = MentionKind::kAgent;
        gm.modifier = false;
        // ("Australian and U.S. forces launched ..., their largest joint exercise": a pronoun
        // after the list, resolved before the member took its role, takes it too.)
        for (size_t x = g.first + g.count; x < a.mentions.size(); ++x) {
          const Mention& pm = a.mentions[x];
          if (pm.tb >= se) break;
          if (!IsAny(TokenText(text, toks[pm.tb]), "their", "they", "them", "Their", "They")) continue;
          for (uint32_t q = 0; q < pm.actors_len; ++q) {
            ActorValue& pv = a.mention_actors[pm.actors_off + q];
            if (pv.code == bare && pv.sector.empty()) {
              const uint32_t b = pv.text_begin, e = pv.text_end;
              pv = v;
              pv.text_begin = b, pv.text_end = e;
            }
          }
        }
      }
    }
  }
  // "the Russian army and people": a bare role after "and" whose country was only guessed takes
  // the country the list's first member names.
  for (const Group& g : a.groups) {
    const Mention& first = a.mentions[g.first];
    if (first.actors_len != 1) continue;
    const ActorValue fv = a.mention_actors[first.actors_off];
    if (fv.inferred || fv.country.empty()) continue;
    for (uint32_t k = 1; k < g.count; ++k) {
      const Mention& gm = a.mentions[g.first + k];
      ActorValue& v = a.mention_actors[gm.actors_off];
      // ("the Venezuelan government and the opposition": after "the" too, when the first member
      // is a role with "the" of its own.)
      // (or a role its state's possessive names: "between Mozambique's government and the
      // opposition")
      const bool the_pair = TokenIs(text, toks[gm.tb], "the") && fv.kind == MentionKind::kAgent &&
                            (TokenIs(text, toks[first.tb], "the") || TokenIs(text, toks[first.tb], "The") ||
                             (toks[first.tb].tflags & text::kPossessive) ||
                             (first.tb + 1 < first.te && (toks[first.tb + 1].tflags & text::kPossessive)));
      if (gm.actors_len != 1 || v.kind != MentionKind::kAgent || !v.inferred || v.sector.empty() || gm.tb == 0 ||
          ((toks[gm.tb].wflags & lx::kDeterminer) && !the_pair) || !TokenIs(text, toks[gm.tb - 1], "and")) {
        continue;
      }
      v = CountryRole(fv.country, v.sector.view(), MentionKind::kAgent, v.text_begin, v.text_end);
    }
  }
  // "Russia and Belarus held exercises, and their defence ministers signed a pact": the role of
  // each member of the group named before "their" (in this sentence, else the story's last group).
  for (const TheirRole& tr : their_roles) {
    int32_t mi = toks[tr.role].mention;
    if (mi >= 0 && a.mentions[mi].tb != tr.role) continue;  // (part of some other phrase)
    std::vector<ActorValue> members;
    const std::string_view sec = lx_.str(lx_.sector(tr.sector));
    const bool its = TokenIs(text, toks[tr.their], "its") || TokenIs(text, toks[tr.their], "Its");  // (also opening a sentence)
    bool its_org = false;
    // "Hasina fled ... after protests against her government": a person's role is of that
    // person's country (the person named last before, in the sentence, else the last subject).
    const bool person_owner = TokenIs(text, toks[tr.their], "his") || TokenIs(text, toks[tr.their], "her") ||
                              TokenIs(text, toks[tr.their], "His") || TokenIs(text, toks[tr.their], "Her");
    // (Not a role whose own words name its country: "his counterparts from Iran".)
    if (person_owner && mi >= 0 &&
        (a.mentions[mi].actors_len != 1 || !a.mention_actors[a.mentions[mi].actors_off].inferred)) {
      continue;
    }
    if (person_owner) {
      const ActorValue* found = nullptr;
      for (size_t k = a.mentions.size(); k-- > first_mention && !found;) {
        const Mention& pm = a.mentions[k];
        if (pm.te > tr.their || pm.actors_len != 1 || pm.place_only) continue;
        if (a.mention_actors[pm.actors_off].kind == MentionKind::kPerson) found = &a.mention_actors[pm.actors_off];
      }
      if (!found && !a.memory.subject_person.empty()) found = &a.memory.subject_person.back();
      if (!found || found->country.empty()) continue;
      members.push_back(*found);
    }
    if (its) {
      // "Russia said its troops ...", "filed a protest with China after its coast guard ...":
      // the country named last before "its", else the story's last; only a country or one of
      // its organs ("the defence ministry said its troops"), not an organisation ("Hamas ...
      // its fighters"). An organ's leader is that organ ("the opposition party ... its leader").
      auto country_like = [](const ActorValue& v) {
        return !v.country.empty() && (v.kind == MentionKind::kCountry || v.kind == MentionKind::kAgent);
      };
      // ("Beijing, which summoned Japan's ambassador and urged its citizens": in an object,
      // not another verb's object.)
      // ("denounced the drills launched by the United States and South Korea and warned that its
      // armed forces would ...": opening a "that" clause after a verb, the subject's, not an
      // actor inside a prepositional phrase.)
      const bool opens_clause = tr.their >= sb + 2 && TokenIs(text, toks[tr.their - 1], "that") &&
                                (toks[tr.their - 2].wflags & lx::kAnyVerb) && toks[tr.their - 2].mention < 0;
      // ("The Israeli military said Hamas militants had fired on its troops": whose the forces
      // struck are, right after a verb of force, is not that verb's own subject.)
      const uint32_t force_verb = ForceVerbBefore(toks, text, lx_, sb, se, tr.their);
      auto subject_of_force = [&](const Mention& pm) {
        return force_verb < se && pm.prep == 0 && pm.te <= force_verb && pm.te + 3 >= force_verb &&
               VerbLeadOnly(toks, text, pm.te, force_verb + 1);
      };
      // ("Hamas said its fighters attacked ...": an organisation that speaks right before "its"
      // owns the role, and its own people are the organisation.)
      auto speaking_org = [&](const Mention& pm) {
        if (pm.prep != 0 || pm.modifier || a.mention_actors[pm.actors_off].kind != MentionKind::kOrganization) return false;
        bool report = false;
        for (uint32_t q = pm.te; q < tr.their; ++q) {
          if (toks[q].mention >= 0 || q > pm.te + 12) return false;
          report = report || (toks[q].wflags & lx::kReport);
        }
        return report;
      };
      const ActorValue* found = nullptr;
      for (size_t k = a.mentions.size(); k-- > first_mention && !found;) {
        const Mention& pm = a.mentions[k];
        if (pm.te > tr.their || pm.actors_len != 1 || pm.place_only) continue;
        if (ObjectOfCoordinatedVerb(toks, sb, pm, tr.their)) continue;
        if (opens_clause && pm.prep != 0) continue;
        if (subject_of_force(pm)) continue;
        if (country_like(a.mention_actors[pm.actors_off]) || speaking_org(pm)) found = &a.mention_actors[pm.actors_off];
      }
      its_org = found && found->kind == MentionKind::kOrganization;
      if (!found && !a.memory.last_things.empty() && country_like(a.memory.last_things.back())) {
        found = &a.memory.last_things.back();
      }
      if (!found) continue;
      members.push_back(*found);
    }
    for (size_t g = a.groups.size(); g-- > 0 && members.empty();) {
      const Group& grp = a.groups[g];
      if (grp.first < first_mention || a.mentions[grp.first + grp.count - 1].te > tr.their) continue;
      for (uint32_t k = 0; k < grp.count; ++k) {
        const Mention& gm = a.mentions[grp.first + k];
        if (gm.actors_len == 1) members.push_back(a.mention_actors[gm.actors_off]);
      }
    }
    // ("The two presidents held talks, and their governments signed ...": a pair taken up in
    // this sentence before "their".)
    if (members.empty() && !its && !person_owner && !(tr.their > sb && (toks[tr.their - 1].wflags & lx::kPreposition))) {
      for (size_t k = a.mentions.size(); k-- > first_mention;) {
        const Mention& pm = a.mentions[k];
        if (pm.te > tr.their || pm.actors_len < 2 || pm.place_only || pm.group >= 0) continue;
        for (uint32_t q = 0; q < pm.actors_len; ++q) members.push_back(a.mention_actors[pm.actors_off + q]);
        break;
      }
    }
    if (members.empty()) members = a.memory.last_group;
    bool usable = (members.size() >= 2 || its || person_owner) && !sec.empty();
    for (const ActorValue& v : members) usable = usable && !v.country.empty();
    if (!usable) continue;
    if (mi < 0) {  // (the role alone named no actor: "defence ministers" with no country)
      mi = static_cast<int32_t>(a.mentions.size());
      a.mentions.emplace_back();
      a.mentions.back().te = tr.end;
      for (uint32_t k = tr.role; k < tr.end; ++k) toks[k].mention = mi;
    }
    Mention& m = a.mentions[mi];
    m.tb = tr.their;
    m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
    m.actors_len = static_cast<uint32_t>(members.size());
    m.modifier = false;
    // ("Houthi leader Abdul-Malik al-Houthi said his fighters would attack": the people of a
    // person who leads an organisation are the organisation.)
    auto organisation_of = [](const ActorValue& v) {
      return v.kind != MentionKind::kCountry && !v.country.empty() && v.code.view().size() > v.country.view().size() &&
             !StateRoleCode(v);
    };
    for (const ActorValue& v : members) {
      if ((its && v.kind == MentionKind::kAgent && Is(sec, "GOV")) || its_org ||
          (person_owner && v.kind != MentionKind::kCountry && (v.sector.view() == sec || organisation_of(v)))) {
        ActorValue same = v;
        same.text_begin = toks[tr.their].begin, same.text_end = toks[m.te - 1].end;
        a.mention_actors.push_back(same);
        continue;
      }
      a.mention_actors.push_back(CountryRole(v.country, sec, MentionKind::kAgent, toks[tr.their].begin,
                                             toks[m.te - 1].end));
    }
    toks[tr.their].mention = mi;
    m.prep = tr.their > sb && (toks[tr.their - 1].wflags & lx::kPreposition) ? toks[tr.their - 1].word : 0;
  }
  // "the leaders of the United States, Japan and South Korea": the role applies to every member.
  for (uint32_t mi = first_mention; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    if (m.spread_sector < 0 || m.group < 0) continue;
    const std::string_view sec = lx_.str(lx_.sector(static_cast<uint32_t>(m.spread_sector)));
    const Group& g = a.groups[m.group];
    for (uint32_t k = 0; k < g.count; ++k) {
      Mention& gm = a.mentions[g.first + k];
      for (uint32_t x = 0; x < gm.actors_len; ++x) {
        ActorValue& v = a.mention_actors[gm.actors_off + x];
        if (v.kind == MentionKind::kCountry && v.sector.empty() && !v.country.empty() && !sec.empty()) {
          v.code = v.country;
          v.code.Append(sec);
          v.sector.Set(sec);
          v.kind = MentionKind::kAgent;
        }
      }
    }
  }
}

void Coder::Remember(Analysis& a, uint32_t mention_begin) const {
  DocMemory& mem = a.memory;
  bool subject_seen = false;
  mem.speaker_thing.clear();
  for (uint32_t mi = mention_begin; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    if (m.actors_len != 1 || m.place_only) continue;
    const ActorValue& v = a.mention_actors[m.actors_off];
    mem.all.push_back(v);
    if (!subject_seen && m.prep == 0 && !m.modifier) {
      mem.subjects.push_back(v);
      mem.last_subject_listed = m.group >= 0;
      subject_seen = true;
      // ("'...,' Barrot said. He also called on Algeria to ...": a person who opens the sentence
      // as a speaker is the subject "he" or "she" continues, as an act's source is.)
      if (m.group < 0 && m.te < a.toks.size() && a.toks[m.te].mention < 0 && (a.toks[m.te].wflags & lx::kReport)) {
        if (v.kind == MentionKind::kPerson) mem.subject_person.assign(1, v);
        else mem.speaker_thing.assign(1, v);  // ("Iraq's foreign ministry said ... It called on Ankara")
      }
    }
    if (v.kind == MentionKind::kPerson) {
      mem.last_persons.push_back(v);
    } else {
      mem.last_things.push_back(v);
    }
    if (m.group >= 0) {
      const Group& g = a.groups[m.group];
      if (g.first == mi) {
        mem.last_group.clear();
        for (uint32_t k = 0; k < g.count; ++k) {
          const Mention& gm = a.mentions[g.first + k];
          for (uint32_t x = 0; x < gm.actors_len; ++x)
            mem.last_group.push_back(a.mention_actors[gm.actors_off + x]);
        }
      }
    }
  }
  if (mem.all.size() > 256) mem.all.erase(mem.all.begin(), mem.all.begin() + 128);
  if (mem.last_persons.size() > 64) mem.last_persons.erase(mem.last_persons.begin(), mem.last_persons.begin() + 32);
  if (mem.last_things.size() > 64) mem.last_things.erase(mem.last_things.begin(), mem.last_things.begin() + 32);
}

}  // namespace entente::coder
