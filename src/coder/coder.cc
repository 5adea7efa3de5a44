// coder/coder.cc — sentences → predicates → events.
//
// For each body sentence: dictionary phrases (FindSpans) → actor mentions and compound groups
// (BuildMentions) → event predicates (verbs and event nouns with a matching pattern) → source
// and target for each → mood (negation, refusal, intent, hypothetical) → events with date,
// location and evidence. Coreference memory carries actors from sentence to sentence.
#include "coder/coder.h"

#include <algorithm>
#include <cstring>

#include "base/date.h"
#include "base/strings.h"
#include "coder/attach.h"
#include "coder/rules.h"
#include "lexicon/oeda.h"
#include "model/cameo.h"
#include "text/utf8.h"

namespace entente::coder {

namespace lx = lexicon;
using lexicon::SenseKind;

namespace {

constexpr uint32_t Bit(SenseKind k) { return 1u << static_cast<uint32_t>(k); }

// `*s = v` keeping the string's memory: clear + append is cheaper than assign, which must allow
// for `v` overlapping the string.
inline void SetText(std::string* s, std::string_view v) {
  s->clear();
  s->append(v);
}
// The three-digit family of a CAMEO code ("1121" -> "112"), as a view: no string copied.
inline std::string_view Family3(std::string_view code) { return code.substr(0, 3); }
constexpr uint32_t kAdverbLike = lx::kNegation | lx::kModal | lx::kAuxiliary | lx::kBe;

// Nouns that stand for an earlier event of the document after "the" (lower case).
bool IsAgreementNoun(std::string_view n) {
  return Is(n, "treaty") || Is(n, "pact") || Is(n, "deal") || Is(n, "agreement") || Is(n, "accord");
}
// A role word that heads a title before a name ("aid chief Tom Fletcher", "trade envoy ...").
bool IsRoleHeadWord(std::string_view w) {
  return IsAny(w, "chief", "envoy", "czar", "tsar", "minister", "official", "officials", "negotiator", "coordinator",
               "commissioner", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson");
}
bool IsMeetingNoun(std::string_view n) {
  return Is(n, "summit") || Is(n, "talks") || Is(n, "meeting") || Is(n, "visit") || Is(n, "dialogue") ||
         Is(n, "negotiations");
}
// An event's actor as an actor value again: a state by itself, or a state's or group's role.
ActorValue ValueOf(const Actor& x) {
  ActorValue v;
  v.code.Set(x.code);
  v.country.Set(x.country);
  v.sector.Set(x.sector);
  v.kind = x.sector.empty() ? MentionKind::kCountry : MentionKind::kAgent;
  return v;
}
// An earlier event's source as an agent actor value, written into *v (which outlives the
// event being built); returns v.
const ActorValue* SourceAgent(const Event& e, ActorValue* v) {
  *v = ActorValue();
  v->code.Set(e.source.code);
  v->country.Set(e.source.country);
  v->sector.Set(e.source.sector);
  v->kind = MentionKind::kAgent;
  return v;
}
bool IsFutureModal(std::string_view w) {
  return Is(w, "will") || Is(w, "shall") || Is(w, "'ll") || Is(w, "would") || Is(w, "wo");
}

// Adds a mention for tokens [tb, te) that stands for the sides of an earlier event of the
// document ("the summit", "the pact"); returns its index.
int32_t PushSidesMention(Analysis& a, const std::vector<ActorValue>& sides, uint32_t tb, uint32_t te) {
  Mention m;
  m.tb = tb, m.te = te;
  m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
  for (ActorValue v : sides) {
    v.text_begin = a.toks[tb].begin, v.text_end = a.toks[te - 1].end;
    a.mention_actors.push_back(v);
  }
  m.actors_len = static_cast<uint32_t>(sides.size());
  m.from_last_event = true;
  a.mentions.push_back(m);
  return static_cast<int32_t>(a.mentions.size()) - 1;
}


// A quotation mark token: ", ', “, ”, ‘, ’ (the tokenizer keeps each its own token).
bool IsQuoteMark(std::string_view w) {
  return Is(w, "\"") || Is(w, "'") || Is(w, "\xE2\x80\x9C") || Is(w, "\xE2\x80\x9D") || Is(w, "\xE2\x80\x98") ||
         Is(w, "\xE2\x80\x99") || Is(w, "``") || Is(w, "''");
}

// Nouns for people or groups who act for no state: sports, arts, tourism ("the Indian cricket
// team arrived in Australia", "Chinese tourists flocked to Thailand").
bool IsUnofficialNoun(std::string_view w) {
  return IsAny(w, "team", "squad", "club", "fans", "tourists", "players", "athletes", "actor",
               "actress", "singer", "band", "orchestra", "ballet", "footballers", "cricketers", "film",
               "films", "movie", "documentary", "filmmaker", "novel", "artist", "artists");
}

// Words of a sports report: "Japan travel to Bahrain for their next match" is a team's trip.
// (The word as written, any case: not all are dictionary words.)
bool IsSportsWord(std::string_view as_written) {
  char buf[16];
  if (as_written.size() > sizeof buf) return false;
  for (size_t k = 0; k < as_written.size(); ++k) buf[k] = base::AsciiLower(as_written[k]);
  const std::string_view w(buf, as_written.size());
  return IsAny(w, "match", "matches", "fixture", "fixtures", "friendly", "qualifier", "qualifiers", "qualifying",
               "tournament", "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
               "quarter-final", "quarter-finals", "olympics", "championship", "championships", "football", "soccer",
               "cricket", "rugby", "basketball", "hockey", "volleyball", "wickets", "innings", "goalless", "penalties");
}

// Sets an event's side from a resolved actor; `text` is the document the actor's offsets are into.
// (Assigns into the strings already there: an event's memory is reused.)
void FillActor(std::string_view text, const ActorValue& v, Actor* out) {
  SetText(&out->text, text.substr(v.text_begin, v.text_end - v.text_begin));
  SetText(&out->code, v.code.view());
  SetText(&out->country, v.country.view());
  SetText(&out->sector, v.sector.view());
}

// Nouns that take up an act reported before ("rejected the decision", "opposed the sanctions",
// "condemned the attack"), with the CAMEO roots that act can have: force (18-20), a show of
// force or force (15: "the launch"), a show of force or joint drills (6: "the drills", which a
// compound subject holds as 062), coercion (16-17), an accusation or a legal case (11: "denied the
// accusation"), a veto (12: "denounced the vetoes"),
// a release (8: "welcomed the release"), a visit (4: "condemned the trip") or any (0); -1 when the
// word takes up nothing.
int ReferencedActRoot(std::string_view w) {
  if (IsAny(w, "attack", "attacks", "strike", "strikes", "raid", "raids", "invasion", "shelling",
               "bombing", "incursion", "incursions", "intrusion", "intrusions", "airstrike", "airstrikes", "bombardment",
               "killing", "killings",
               "assassination", "massacre", "shooting", "kidnapping", "kidnappings", "abduction", "abductions",
               "capture", "takeover", "occupation")) {
    return 18;
  }
  if (IsAny(w, "launch", "launches", "test", "tests")) return 15;
  if (IsAny(w, "drill", "drills", "exercise", "exercises", "flights", "patrol", "patrols")) return 6;
  if (IsAny(w, "sanctions", "measures", "tariff", "tariffs", "ban", "expulsion", "expulsions", "arrest",
               "arrests", "detention", "detentions", "sentence", "sentences", "verdict", "verdicts", "ruling", "warrants", "charges", "seizure",
               "jailing", "conviction", "convictions", "imprisonment", "deportation",
               "seizures", "crackdown", "blockade", "annexation", "decree", "decrees", "dissolution", "package",
               "restrictions", "curbs", "duties", "levies", "duty", "levy",
               // ("called the trial a travesty", "criticised the listing"; "called the closure a
               // crazy swindle": of a consulate, or of a border, 191)
               "trial", "trials", "listing", "designation", "freeze", "closure",
               // ("Rajoelina rejected the vote" to impeach him; not an election's "vote")
               "vote")) {
    return 16;
  }
  if (IsAny(w, "accusation", "accusations", "allegation", "allegations", "case", "lawsuit", "complaint")) return 11;
  // ("denounced the vetoes as cynical": a veto cast before.)
  if (IsAny(w, "veto", "vetoes")) return 12;
  // ("A delegation of U.S. senators arrived in Taipei ... Beijing condemned the trip": a visit.)
  // ("Guterres welcomed the talks": the sides of the talks reported before.)
  if (IsAny(w, "trip", "visit", "visits", "stopover", "arrival", "talks", "negotiations")) return 4;
  // ("The European Union welcomed the release": a release, pardon or handover reported before.)
  if (IsAny(w, "release", "releases", "pardon", "pardons", "handover")) return 8;
  if (IsAny(w, "decision", "move", "step", "criticism", "offer", "proposal",
               "remarks", "comments", "announcement", "claim", "claims", "charge",
               "demand", "demands",
               "ultimatum", "threats", "threat", "pledge", "invitation", "statement", "truce", "ceasefire", "deal",
               "agreement", "accord", "declaration", "resolution", "censure", "rebuke",
               "delivery", "deliveries", "shipment", "shipments", "sale", "sales", "finding", "findings",
               // (an executive or a court's order: "The court condemned the order")
               "order", "orders",
               // ("Hun Manet called on Thailand to return to the negotiating table. Anutin rejected
               // the call")
               "call", "calls", "appeal", "appeals", "request", "requests")) return 0;
  return -1;
}

// Words as written: "hope(s/d)", "hoping" (what a hope is about has not happened); "poll(s)",
// "survey(s)" and the verbs after one that say what it found (an opinion, not an act).
bool IsHopeWord(std::string_view w) { return Is(w, "hope") || Is(w, "hoped") || Is(w, "hopes") || Is(w, "hoping"); }
bool IsPollWord(std::string_view w) {
  return Is(w, "poll") || Is(w, "polls") || Is(w, "survey") || Is(w, "surveys") || Is(w, "Poll") || Is(w, "Survey");
}
bool IsFindingWord(std::string_view w) {
  return Is(w, "showed") || Is(w, "shows") || Is(w, "found") || Is(w, "finds") || Is(w, "suggested") ||
         Is(w, "suggests") || Is(w, "indicated");
}
// Nouns for what others say, before "that": "reports that ...", "claims that ..." (what they
// say is not established by the sentence).
bool IsReportNoun(std::string_view w) {
  return Is(w, "reports") || Is(w, "claims") || Is(w, "allegations") || Is(w, "rumours") || Is(w, "rumors") ||
         Is(w, "speculation") || Is(w, "suggestions");
}
// The PatternStyles::word_marks of the words tested on their text.
uint16_t TextMarks(std::string_view w) {
  return (IsHopeWord(w) ? PatternStyles::kHopeMark : 0) | (IsPollWord(w) ? PatternStyles::kPollMark : 0) |
         (IsFindingWord(w) ? PatternStyles::kFindingMark : 0) | (IsReportNoun(w) ? PatternStyles::kReportNounMark : 0) |
         (Is(w, "when") ? PatternStyles::kWhenMark : 0) | (Is(w, "capital") ? PatternStyles::kCapitalMark : 0);
}
// Every word TextMarks gives a mark, lower-cased. A token with no word id (its lower-cased text
// is not in the lexicon) can have a mark only when one of these is missing from the lexicon.
constexpr std::string_view kTextMarkWords[] = {
    "hope", "hoped", "hopes", "hoping", "poll", "polls", "survey", "surveys", "showed", "shows", "found", "finds",
    "suggested", "suggests", "indicated", "reports", "claims", "allegations", "rumours", "rumors", "speculation",
    "suggestions", "when", "capital"};

// Verb lemmas that deny a clause or report ("denied that ...", "dismissed claims ...").
bool IsDenialLemma(std::string_view lemma) {
  return Is(lemma, "deny") || Is(lemma, "dismiss") || Is(lemma, "reject") || Is(lemma, "refute");
}

// Verbs whose object does the act of a following infinitive ("asked Russia to help", "urged
// Israel to allow", "invited him to visit"); after other verbs the infinitive is the subject's
// purpose ("summoned the ambassador to lodge a protest").
bool HandsActToObject(std::string_view lemma) {
  return IsAny(lemma, "ask", "urge", "call", "invite", "help", "allow", "force", "order", "persuade",
               "encourage", "tell", "warn", "permit", "enable", "press", "pressure", "push",
               "request", "demand", "appeal", "instruct", "authorize", "authorise", "compel",
               "want", "expect", "need", "require", "train", "pay", "send", "deploy", "lead",
               "prompt", "cause", "get", "advise", "challenge", "dare", "beg", "implore", "oblige");
}

}  // namespace

// A crowd counted without naming it, lower-case: "thousands", "hundreds", "dozens", "millions",
// "crowds" ("Thousands protested", "thousands of protesters").
bool IsCrowdCount(std::string_view w) {
  return Is(w, "thousands") || Is(w, "hundreds") || Is(w, "dozens") || Is(w, "millions") || Is(w, "crowds");
}

bool IsPlaceNoun(std::string_view w) {
  return IsAny(w, "city", "town", "village", "region", "province", "district", "districts", "port", "provinces", "regions",
               "cities", "towns", "villages",
               "island", "outskirts", "suburbs", "capital", "area", "areas", "parts",
               "neighbourhoods", "neighborhoods", "centre", "center");
}

PatternStyles ClassifyPatterns(const lx::Lexicon& lexicon) {
  PatternStyles st;
  st.keds.assign(lexicon.pattern_count(), 0);
  for (size_t i = 0; i < lexicon.pattern_count(); ++i) {
    const std::string_view src = lexicon.str(lexicon.pattern(static_cast<uint32_t>(i)).source);
    const bool native = src.rfind("verbs.tsv:", 0) == 0 || src.rfind("nouns.tsv:", 0) == 0;
    st.keds[i] = native ? 0 : 1;
  }
  st.pattern_root.resize(lexicon.pattern_count());
  for (size_t i = 0; i < lexicon.pattern_count(); ++i) {
    st.pattern_root[i] = static_cast<int8_t>(model::CameoRoot(lexicon.cameo(lexicon.pattern(static_cast<uint32_t>(i)).cameo).code));
  }
  st.cameo_found_at.assign(lexicon.cameo_count(), 0);
  for (size_t i = 0; i < lexicon.cameo_count(); ++i) {
    st.cameo_found_at[i] = lexicon.FindCameo(lexicon.cameo(static_cast<uint32_t>(i)).code) == static_cast<int>(i);
  }
  st.before_marker = lexicon.Find("*");
  st.compound_marker = lexicon.Find("%");
  st.skip_marker = lexicon.Find("^");
  st.next_marker = lexicon.Find("_");
  st.source_marker = lexicon.Find("$");
  st.target_marker = lexicon.Find("+");
  st.not_word = lexicon.Find("not");
  st.where_word = lexicon.Find("where");
  st.that_word = lexicon.Find("that");
  st.between_word = lexicon.Find("between");
  st.the_word = lexicon.Find("the");
  st.after_word = lexicon.Find("after");
  st.since_word = lexicon.Find("since");
  st.for_word = lexicon.Find("for");
  st.days_word = lexicon.Find("days");
  st.counterpart_word = lexicon.Find("counterpart");
  st.counterparts_word = lexicon.Find("counterparts");
  st.of_word = lexicon.Find("of");
  st.by_word = lexicon.Find("by");
  st.in_word = lexicon.Find("in");
  const lx::WordId weekend = lexicon.Find("weekend");
  st.date_start.assign(lexicon.word_count(), weekend == lx::kUnknownWord ? PatternStyles::kWeekendWord : 0);
  if (weekend != lx::kUnknownWord) st.date_start[weekend] = PatternStyles::kWeekendWord;
  for (size_t w = 0; w < lexicon.word_count(); ++w) {
    if (MayStartRelativeDate(lexicon.Word(static_cast<lx::WordId>(w)))) st.date_start[w] |= PatternStyles::kRelativeDateStart;
    if (lexicon.Flags(static_cast<lx::WordId>(w)) & (lx::kMonth | lx::kWeekday | lx::kRelTime)) {
      st.date_start[w] |= PatternStyles::kDateWord;
    }
  }
  constexpr uint32_t kGrammarWord = lx::kPreposition | lx::kDeterminer | lx::kConjunction | lx::kSubordinator |
                                    lx::kBe | lx::kAuxiliary | lx::kModal | lx::kNegation;
  // One pattern's groups: (grammar, words[off, off + len)). Flat buffers reused for every
  // pattern: this runs for every pattern of every lemma at each start, where a vector per group
  // and a sort buffer per pattern cost more than the rest of the work.
  struct Group {
    bool grammar = false;
    uint32_t off = 0, len = 0;
  };
  std::vector<Group> groups;
  std::vector<lx::WordId> group_words;
  // Per word: the last group that listed it (group_stamp), so a group lists each word once
  // without a search of its words.
  std::vector<uint32_t> word_group(lexicon.word_count(), 0);
  uint32_t group_stamp = 0;
  std::vector<uint8_t>& key_words = st.key_words;
  key_words.assign(lexicon.word_count(), 0);
  std::vector<std::pair<lx::WordId, uint32_t>> lemma_keys;  // one lemma's key words and their bitsets
  // Per word: (lemma_stamp, its entry in lemma_keys) when the current lemma's keys hold it.
  std::vector<std::pair<uint32_t, uint32_t>> key_entry(lexicon.word_count(), {0, 0});
  uint32_t lemma_stamp = 0;
  std::vector<PatternStyles::Candidates::KeySlot> all_keys;
  // Per word: true when another word's token stamps it (as that word's noun or verb lemma).
  std::vector<uint8_t> reached_by_other(lexicon.word_count(), 0);
  for (size_t w = 0; w < lexicon.word_count(); ++w) {
    const lx::WordId id = static_cast<lx::WordId>(w);
    for (const lx::WordId r : {lexicon.NounLemma(id), lexicon.VerbLemma(id)}) {
      if (r != id) reached_by_other[r] = 1;
    }
  }
  auto fill = [&](PatternStyles::Candidates& c, auto patterns_of) {
    c.off.assign(lexicon.word_count() + 1, 0);
    c.unkeyed_off.assign(lexicon.word_count(), 0);
    c.key_bloom.assign(lexicon.word_count(), 0);
    all_keys.clear();
    // (Room for about every pattern once, so the lists are not copied as they grow.)
    c.quick.reserve(lexicon.pattern_count());
    c.need.reserve(4 * lexicon.pattern_count());
    for (size_t l = 0; l < lexicon.word_count(); ++l) {
      c.off[l] = static_cast<uint32_t>(c.quick.size());
      const auto [first, last] = patterns_of(static_cast<lx::WordId>(l));
      for (const uint32_t* it = first; it != last; ++it) {
        const lx::Pattern& p = lexicon.pattern(*it);
        PatternStyles::Quick& q = c.quick.emplace_back();
        q.pattern = *it;
        q.need_off = static_cast<uint32_t>(c.need.size());
        q.keds = st.keds[*it];
        q.beat = q.keds ? INT32_MAX : p.literals * 4 + 2;
        // The groups in the order they are tested: groups of content words first, then those
        // with a grammar word ("to", "with", "the"), which nearly every window holds; within
        // each, the smaller groups first (cheaper to test, and more often failing). A group
        // lists each word once.
        groups.clear();
        group_words.clear();
        for (uint16_t ei = 0; ei < p.elems_len; ++ei) {
          const lx::PatternElem& e = lexicon.elem(p.elems_off + ei);
          if (e.kind != lx::ElemKind::kLiteral) continue;
          const lx::WordId* alts = lexicon.pattern_words(e);
          Group g;
          g.off = static_cast<uint32_t>(group_words.size());
          for (uint16_t x = 0; x < e.alts_len; ++x) g.grammar |= (lexicon.Flags(alts[x]) & kGrammarWord) != 0;
          ++group_stamp;
          auto add = [&](lx::WordId w) {
            if (word_group[w] == group_stamp) return;
            word_group[w] = group_stamp;
            group_words.push_back(w);
          };
          for (uint16_t x = 0; x < e.alts_len; ++x) {
            add(alts[x]);
            if (const lx::WordId nl = lexicon.NounLemma(alts[x])) add(nl);
          }
          g.len = static_cast<uint32_t>(group_words.size()) - g.off;
          // (An insertion keeping the order stable: a pattern has a few groups.)
          auto at = groups.end();
          while (at != groups.begin() && (std::prev(at)->grammar != g.grammar ? g.grammar < std::prev(at)->grammar
                                                                              : g.len < std::prev(at)->len)) {
            --at;
          }
          groups.insert(at, g);
        }
        for (const Group& g : groups) {
          if (q.groups == 255) break;
          c.need.push_back(static_cast<lx::WordId>(g.len));
          for (uint32_t x = 0; x < g.len; ++x) c.need.push_back(group_words[g.off + x]);
          ++q.groups;
        }
        // (A group of grammar words is within reach nearly everywhere: no use as a key. Nor is
        // one holding "not", which a token "n't" brings within reach, or word 0, which every
        // window holds.)
        q.keyed = !groups.empty() && !groups[0].grammar && groups[0].len != 0;
        for (uint32_t x = 0; q.keyed && x < groups[0].len; ++x) {
          const lx::WordId w = group_words[groups[0].off + x];
          q.keyed = w != lx::kUnknownWord && w != st.not_word;
        }
      }
      // The lemma's bitsets: its unkeyed candidates, then one per key word, in the order the
      // words first key a candidate.
      const uint32_t base = c.off[l], n = static_cast<uint32_t>(c.quick.size()) - base;
      if (n == 0) continue;
      // (A lemma with few candidates tests them one by one: for it, keys would cost more than
      // they save.)
      for (uint32_t j = 0; j < n; ++j) {
        PatternStyles::Quick& q = c.quick[base + j];
        if (n < PatternStyles::Candidates::kKeyedFrom) q.keyed = 0;
        const lx::WordId* g = c.need.data() + q.need_off;
        if (!q.keyed && q.groups != 0 && g[0] != 0 && g[0] <= 2) {
          q.first_inline = 1;
          q.first[0] = g[1];
          q.first[1] = g[g[0]];
        }
      }
      const uint32_t words = PatternStyles::Candidates::words_of(n);
      c.unkeyed_off[l] = static_cast<uint32_t>(c.bits.size());
      c.bits.resize(c.bits.size() + words, 0);
      lemma_keys.clear();
      ++lemma_stamp;
      for (uint32_t j = 0; j < n; ++j) {
        const PatternStyles::Quick& q = c.quick[base + j];
        const uint64_t bit = uint64_t{1} << (j % 64);
        if (!q.keyed) {
          c.bits[c.unkeyed_off[l] + j / 64] |= bit;
          continue;
        }
        const lx::WordId* g = c.need.data() + q.need_off;
        for (lx::WordId x = 1; x <= g[0]; ++x) {
          // ("reporters|reporter": a token of "reporters" stamps "reporter" too, its noun lemma,
          // and no other token stamps "reporters"; so "reporter" alone keys the candidate.)
          const lx::WordId nl = lexicon.NounLemma(g[x]);
          if (nl != g[x] && nl != lx::kUnknownWord && !reached_by_other[g[x]] && std::find(g + 1, g + 1 + g[0], nl) != g + 1 + g[0]) {
            continue;
          }
          c.key_bloom[l] |= uint64_t{1} << (g[x] % 64);
          std::pair<uint32_t, uint32_t>& entry = key_entry[g[x]];
          if (entry.first != lemma_stamp) {
            entry = {lemma_stamp, static_cast<uint32_t>(lemma_keys.size())};
            lemma_keys.emplace_back(g[x], static_cast<uint32_t>(c.bits.size()));
            c.bits.resize(c.bits.size() + words, 0);
          }
          c.bits[lemma_keys[entry.second].second + j / 64] |= bit;
          key_words[g[x]] |= PatternStyles::kKeyWord;
        }
      }
      for (const auto& [w, bits_off] : lemma_keys) all_keys.push_back({static_cast<lx::WordId>(l), w, bits_off});
      // Runs of equal `beat`, from the end.
      for (uint32_t j = n; j-- > 0;) {
        PatternStyles::Quick& q = c.quick[base + j];
        q.run_end = j + 1 < n && c.quick[base + j + 1].beat == q.beat ? c.quick[base + j + 1].run_end : j + 1;
      }
    }
    c.off[lexicon.word_count()] = static_cast<uint32_t>(c.quick.size());
    size_t slots = 16;
    while (slots < 2 * all_keys.size()) slots *= 2;
    c.keys.assign(slots, {});
    c.key_mask = slots - 1;
    for (const PatternStyles::Candidates::KeySlot& k : all_keys) {
      size_t i = PatternStyles::Candidates::KeyHash(k.lemma, k.word) & c.key_mask;
      while (c.keys[i].word != 0) i = (i + 1) & c.key_mask;
      c.keys[i] = k;
    }
  };
  st.word_marks.assign(lexicon.word_count(), 0);
  for (size_t w = 0; w < lexicon.word_count(); ++w) {
    const lx::WordId id = static_cast<lx::WordId>(w);
    uint16_t m = TextMarks(lexicon.Word(id));
    if (IsDenialLemma(lexicon.Word(lexicon.VerbLemma(id)))) m |= PatternStyles::kDenialMark;
    st.word_marks[w] = m;
  }
  if (const lx::WordId where = lexicon.Find("where"); where != lx::kUnknownWord) {
    st.word_marks[where] |= PatternStyles::kWhereMark;
  }
  if (st.after_word != lx::kUnknownWord) st.word_marks[st.after_word] |= PatternStyles::kAfterSinceMark;
  if (st.since_word != lx::kUnknownWord) st.word_marks[st.since_word] |= PatternStyles::kAfterSinceMark;
  if (st.for_word != lx::kUnknownWord) st.word_marks[st.for_word] |= PatternStyles::kForMark;
  for (const std::string_view w : {"after", "before", "following", "since", "amid", "until"}) {
    if (const lx::WordId id = lexicon.Find(w); id != lx::kUnknownWord) st.word_marks[id] |= PatternStyles::kClauseOpenerMark;
  }
  if (st.days_word != lx::kUnknownWord) st.word_marks[st.days_word] |= PatternStyles::kDaysMark;
  for (const std::string_view w : {"ceasefire", "truce", "armistice", "cease"}) {
    if (const lx::WordId id = lexicon.Find(w); id != lx::kUnknownWord) {
      st.word_marks[id] |= PatternStyles::kTruceMark;
      st.truce_words = true;
    }
  }
  // (A token spelled as one of the text-tested words has that word's id, or is unknown when the
  // lexicon lacks the word: the coder then tests its text.)
  if (!st.word_marks.empty()) st.word_marks[lx::kUnknownWord] = 0;
  st.unknown_mark_lengths = 0;
  for (const std::string_view w : kTextMarkWords) {
    if (lexicon.Find(w) == lx::kUnknownWord) st.unknown_mark_lengths |= 1u << std::min<size_t>(w.size(), 31);
  }
  for (uint32_t i = 0; i < lexicon.phrase_count(); ++i) {
    const lx::Phrase& ph = lexicon.phrase(i);
    int32_t country_actor = -1, place = -1;
    for (uint32_t q = 0; q < ph.senses_len; ++q) {
      const lx::Sense& s = lexicon.senses(ph)[q];
      if (s.kind == SenseKind::kCapital) country_actor = static_cast<int32_t>(s.ref);
      if (s.kind == SenseKind::kPlace) place = static_cast<int32_t>(s.ref);
    }
    if (country_actor < 0 || place < 0) continue;
    const std::string_view country = lexicon.str(lexicon.actor(static_cast<uint32_t>(country_actor)).country);
    if (lexicon.str(lexicon.place(static_cast<uint32_t>(place)).country) == country) {
      st.capital_places.emplace_back(std::string(country), place);
    }
  }
  std::sort(st.capital_places.begin(), st.capital_places.end());
  // (a country with two seats, "Pretoria" and "Cape Town": the one the gazetteer lists first)
  st.capital_places.erase(std::unique(st.capital_places.begin(), st.capital_places.end(),
                                      [](const auto& x, const auto& y) { return x.first == y.first; }),
                          st.capital_places.end());
  if (const lx::WordId kingdom = lexicon.Find("kingdom"); kingdom != lx::kUnknownWord) {
    for (uint32_t i = 0; i < lexicon.phrase_count(); ++i) {
      const lx::Phrase& ph = lexicon.phrase(i);
      const lx::WordId* w = lexicon.phrase_words(ph);
      if (std::find(w, w + ph.len, kingdom) == w + ph.len) continue;
      for (uint32_t q = 0; q < ph.senses_len; ++q) {
        const lx::Sense& sense = lexicon.senses(ph)[q];
        if (sense.kind == SenseKind::kCountryName) {
          st.kingdoms.emplace_back(lexicon.str(lexicon.actor(sense.ref).country));
        }
      }
    }
    std::sort(st.kingdoms.begin(), st.kingdoms.end());
    st.kingdoms.erase(std::unique(st.kingdoms.begin(), st.kingdoms.end()), st.kingdoms.end());
  }
  for (uint32_t i = 0; i < lexicon.place_count(); ++i) {
    const lx::Place& pl = lexicon.place(i);
    if (pl.country_level) st.country_places.emplace_back(std::string(lexicon.str(pl.country)), static_cast<int32_t>(i));
  }
  std::sort(st.country_places.begin(), st.country_places.end());
  st.country_places.erase(std::unique(st.country_places.begin(), st.country_places.end(),
                                      [](const auto& x, const auto& y) { return x.first == y.first; }),
                          st.country_places.end());
  fill(st.verb_candidates, [&](lx::WordId l) { return lexicon.VerbPatterns(l); });
  fill(st.noun_candidates, [&](lx::WordId l) { return lexicon.NounPatterns(l); });
  for (size_t w = 0; w < lexicon.word_count(); ++w) {
    const lx::WordId id = static_cast<lx::WordId>(w);
    if ((key_words[w] | key_words[lexicon.NounLemma(id)] | key_words[lexicon.VerbLemma(id)]) & PatternStyles::kKeyWord) {
      key_words[w] |= PatternStyles::kKeyReach;
    }
  }
  if (!key_words.empty()) key_words[lx::kUnknownWord] = 0;
  st.phrase_off.assign(lexicon.word_count() + 1, 0);
  st.phrase_single.assign(lexicon.word_count(), 0);
  st.phrase_seconds.assign(lexicon.word_count(), 0);
  for (size_t w = 0; w < lexicon.word_count(); ++w) {
    const size_t off = st.phrase_starts.size();
    st.phrase_off[w] = static_cast<uint32_t>(off);
    const auto [first, last] = lexicon.PhrasesStartingWith(static_cast<lx::WordId>(w));
    size_t multi = 0;  // phrases of two words or more, when all come before the one-word ones
    bool longest_first = true;
    for (const uint32_t* it = first; it != last; ++it) {
      const lx::Phrase& p = lexicon.phrase(*it);
      uint32_t mask = 0;
      for (uint32_t k = 0; k < p.senses_len; ++k) mask |= Bit(lexicon.senses(p)[k].kind);
      st.phrase_starts.push_back({*it, p.len, p.len > 1 ? lexicon.phrase_words(p)[1] : 0, mask});
      if (p.len > 1) {
        if (multi != st.phrase_starts.size() - off - 1) longest_first = false;
        ++multi;
      }
    }
    if (!longest_first) multi = 0;
    const auto multi_begin = st.phrase_starts.begin() + static_cast<std::ptrdiff_t>(off);
    // (Only two phrases or more need sorting: std::stable_sort allocates a buffer even for one.)
    if (multi > 1) {
      std::stable_sort(multi_begin, multi_begin + static_cast<std::ptrdiff_t>(multi),
                       [](const PatternStyles::PhraseStart& x, const PatternStyles::PhraseStart& y) {
                         return x.second < y.second;
                       });
    }
    st.phrase_single[w] = static_cast<uint32_t>(off + multi);
    for (size_t k = off; k < off + multi; ++k) st.phrase_seconds[w] |= uint64_t{1} << (st.phrase_starts[k].second & 63);
  }
  st.phrase_off[lexicon.word_count()] = static_cast<uint32_t>(st.phrase_starts.size());
  st.phrase_first.assign(lexicon.word_count() + 1, 0);
  for (size_t w = 0; w < lexicon.word_count(); ++w) {
    st.phrase_first[w] = w != lx::kUnknownWord && st.phrase_off[w] != st.phrase_off[w + 1];
  }
  for (int c = 0; c < 128; ++c) {
    // (FindShort takes the word's bytes as a zero-padded 8-byte word, as Prepare loads it.)
    st.byte_word[c] = lexicon.padded_words().FindShort(static_cast<uint64_t>(base::AsciiLower(static_cast<char>(c))), 1);
  }
  return st;
}

bool Coder::AtGathering(const Analysis& a, uint32_t tb) const {
  return tb >= 2 && IsAny(lx_.Word(a.toks[tb - 1].word), "in", "at") &&
         IsAny(lx_.Word(a.toks[tb - 2].word), "summit", "conference", "forum");
}

Code Coder::SentenceCountry(const Analysis& a) const {
  Code c;
  for (const Span& sp : a.spans) {
    if (!(sp.sense_mask & (Bit(SenseKind::kPlace) | Bit(SenseKind::kCapital)))) continue;
    // (Not where a gathering was: "Meeting at an extraordinary summit in Harare, the bloc urged
    // Mozambican security forces ..." is no story placed in Zimbabwe.)
    if (AtGathering(a, sp.tb)) continue;
    const lx::Phrase& ph = lx_.phrase(sp.phrase);
    for (uint32_t q = 0; q < ph.senses_len; ++q) {
      const lx::Sense& sense = lx_.senses(ph)[q];
      if (sense.kind == SenseKind::kPlace) {
        c.Set(lx_.str(lx_.place(sense.ref).country));
        return c;
      }
      if (sense.kind == SenseKind::kCapital) {
        c.Set(lx_.str(lx_.actor(sense.ref).country));
        return c;
      }
    }
  }
  return c;
}

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;

// Eight ASCII bytes lower-cased at once: +0x20 for 'A'..'Z'.
inline uint64_t Lower8(uint64_t w) {
  const uint64_t h7 = w & ~kHigh;
  const uint64_t ge_a = h7 + kOnes * (0x80 - 'A');  // high bit set where byte >= 'A'
  const uint64_t gt_z = h7 + kOnes * (0x7F - 'Z');  // high bit set where byte > 'Z'
  return w | (((ge_a & ~gt_z) & ~w & kHigh) >> 2);
}
// Lower8 of eight ASCII bytes (no high bit set, as Prepare has tested): the same value in fewer
// instructions (the high bits need no clearing or testing).
inline uint64_t Lower8Ascii(uint64_t w) {
  const uint64_t ge_a = w + kOnes * (0x80 - 'A');
  const uint64_t gt_z = w + kOnes * (0x7F - 'Z');
  return w | (((ge_a & ~gt_z) & kHigh) >> 2);
}

// The word id of a token that is not a common case Coder::Prepare looks up inline (longer
// than 16 bytes, too near the text's end for its whole 8-byte loads, or not ASCII). Out of line, so that the
// common case's loop keeps its values in registers.
[[gnu::noinline]] lx::WordId LookupToken(const lx::Lexicon& lx, const lx::Lexicon::PaddedWords& words,
                                         std::string_view text, const text::Token& rt, std::string* lower) {
  // ASCII tokens (nearly all) are lower-cased on the stack, 8 bytes at a time; others go
  // through ICU.
  const size_t len = rt.end - rt.begin;
  constexpr size_t kMaxStackWord = 48;
  char buf[kMaxStackWord + 8];  // the last 8-byte store zero-fills past the word's end
  bool ascii = len <= kMaxStackWord;
  if (ascii) {
    const char* src = text.data() + rt.begin;
    uint64_t high = 0;
    size_t k = 0;
    if (len <= 8 && text.size() - rt.begin >= 8) {
      // (One 8-byte load; FindShort reads no further.)
      uint64_t w0;
      std::memcpy(&w0, src, 8);
      w0 &= base::LowBytesMask(len);
      high = w0;
      w0 = Lower8(w0);
      std::memcpy(buf, &w0, 8);
      k = len;
    } else if (len <= 16 && text.size() - rt.begin >= 16) {
      // Nearly every longer token: two whole 8-byte loads (still inside the text), the bytes
      // past the word masked off; no branch on the length.
      uint64_t w0, w1;
      std::memcpy(&w0, src, 8);
      std::memcpy(&w1, src + 8, 8);
      w0 &= base::LowBytesMask(len < 8 ? len : 8);
      w1 &= base::LowBytesMask(len < 8 ? 0 : len - 8);
      high = w0 | w1;
      w0 = Lower8(w0);
      w1 = Lower8(w1);
      std::memcpy(buf, &w0, 8);
      std::memcpy(buf + 8, &w1, 8);
      k = len;
    }
    for (; k + 8 <= len; k += 8) {
      uint64_t w;
      std::memcpy(&w, src + k, 8);
      high |= w;
      w = Lower8(w);
      std::memcpy(buf + k, &w, 8);
    }
    if (k < len) {  // the last 1-7 bytes without a variable-length copy
      uint64_t w = base::LoadTail(src + k, len - k);
      high |= w;
      w = Lower8(w);
      std::memcpy(buf + k, &w, 8);
    }
    ascii = (high & kHigh) == 0;
  }
  if (ascii && len != 0 && len <= 8) {
    uint64_t first;  // (the stores above zero-filled buf up to 8 bytes)
    std::memcpy(&first, buf, 8);
    return words.FindShort(first, len);
  }
  if (ascii) return words.Find(buf, len);
  lower->clear();
  text::LowerForLookup(text.substr(rt.begin, len), lower);
  return lx.Find(*lower);
}

}  // namespace

void Coder::Prepare(std::string_view text, Analysis& a) const {
  // Room for the tokens, kept from document to document (so it is cleared only when it grows);
  // the tokens are raw_tokens[0, n). A quarter of the text's bytes first (English runs about one
  // token per five bytes), room for every byte only when that is not enough: a long document
  // does not keep 12 bytes of room per byte of it.
  const size_t first_room = std::min(text.size(), text.size() / 4 + 64);
  if (a.raw_tokens.size() < first_room) a.raw_tokens.resize(first_room);
  size_t n = text::TokenizeInto(text, a.raw_tokens.data(), a.raw_tokens.size());
  if (n == text::kNoRoom) {
    a.raw_tokens.resize(text.size());
    n = text::TokenizeInto(text, a.raw_tokens.data(), a.raw_tokens.size());
  }
  a.toks.resize(n);
  // (Pointers taken once: the byte stores below would make the vectors' data reload.)
  const text::Token* const raw = a.raw_tokens.data();
  Tok* const toks = a.toks.data();
  const lx::Lexicon::PaddedWords words = lx_.padded_words();
  // The text with 16 zero bytes after it: every token's first two 8-byte words can be loaded
  // whole (the bytes past the token are masked off), also at the end of the text.
  constexpr size_t kPad = 16;
  a.padded_text.resize(text.size() + kPad);
  std::memcpy(a.padded_text.data(), text.data(), text.size());
  std::memset(a.padded_text.data() + text.size(), 0, kPad);
  const char* const padded = a.padded_text.data();
  // The tokens that may start a phrase, listed without a branch (about half the words do).
  a.phrase_tokens.resize(n + 1);
  uint32_t* const phrase_tokens = a.phrase_tokens.data();
  const uint8_t* const phrase_first = styles_->phrase_first.data();
  const lx::WordId* const byte_word = styles_->byte_word;
  size_t n_phrase = 0;
  for (size_t i = 0; i < n; ++i) {
    const text::Token& rt = raw[i];
    Tok& t = toks[i];
    t.begin = rt.begin;
    t.end = rt.end;
    t.tflags = rt.flags;
    // Nearly every token: ASCII, 1 to 8 bytes, and 8 bytes of text from its start, lower-cased
    // from one 8-byte load (the bytes past the word masked off) and found by FindShort; most
    // others the same way from two loads (FindMedium).
    const size_t len = rt.end - rt.begin;
    bool short_ascii = len - 1 < 8;
    uint64_t w = 0;
    if (short_ascii) {
      std::memcpy(&w, padded + rt.begin, 8);
      w &= base::LowBytesMask(len);
      short_ascii = (w & kHigh) == 0;
    }
    if (short_ascii) {
      // (A one-byte token from the table: w is its byte, below 0x80.)
      t.word = len == 1 ? byte_word[w] : words.FindShort(Lower8Ascii(w), len);
    } else if (len - 9 < 8) {
      // Most other tokens: ASCII, 9 to 16 bytes, found from two 8-byte loads the same way.
      uint64_t w1;
      std::memcpy(&w, padded + rt.begin, 8);
      std::memcpy(&w1, padded + rt.begin + 8, 8);
      w1 &= base::LowBytesMask(len - 8);
      t.word = ((w | w1) & kHigh) == 0 ? words.FindMedium(Lower8Ascii(w), Lower8Ascii(w1), len)
                                       : LookupToken(lx_, words, text, rt, &a.lower);
    } else {
      t.word = LookupToken(lx_, words, text, rt, &a.lower);
    }
    t.wflags = words.Flags(t.word);
    t.mention = -1;
    t.phrase_span = -1;
    phrase_tokens[n_phrase] = static_cast<uint32_t>(i);
    n_phrase += phrase_first[t.word];
  }
  // Parsed input (CoNLL-U, a UD parser's lemmas): a verb form the dictionaries do not know
  // ("visted", a foreign inflection) is read as its lemma when that is an event verb.
  if (a.parses && a.parse_offsets) {
    std::string lemma;
    for (size_t k = 0; k < a.parses->size() && k < a.parse_offsets->size(); ++k) {
      const uint32_t off = (*a.parse_offsets)[k];
      for (const ParsedToken& pt : (*a.parses)[k].tokens) {
        if (!pt.aligned || !Is(pt.upos, "VERB") || pt.lemma.empty() || Is(pt.lemma, "_")) continue;
        const auto at = std::lower_bound(a.toks.begin(), a.toks.end(), off + pt.begin,
                                         [](const Tok& t, uint32_t b) { return t.begin < b; });
        if (at == a.toks.end() || at->begin != off + pt.begin || at->word != lx::kUnknownWord) continue;
        lemma = base::ToLower(pt.lemma);
        const lx::WordId w = lx_.Find(lemma);
        if (w == lx::kUnknownWord || !(lx_.Flags(w) & lx::kEventVerb)) continue;
        at->word = w;
        at->wflags = lx_.Flags(w);
      }
    }
    n_phrase = 0;  // (the words changed: listed again)
    for (size_t i = 0; i < n; ++i) {
      const lx::WordId w = toks[i].word;
      if (phrase_first[w]) phrase_tokens[n_phrase++] = static_cast<uint32_t>(i);
    }
  }
  // (With one more entry past any token: FindSpans' loop stops there without a test of the count.)
  a.phrase_tokens.resize(n_phrase + 1);
  a.phrase_tokens[n_phrase] = UINT32_MAX;
  a.phrase_cursor = 0;
  a.sentences.clear();
  text::SplitSentences(text, std::span<const text::Token>(a.raw_tokens.data(), n), lx_.abbreviations(), &a.sentences);
  a.skip.assign(n, 0);
  a.used.assign(n, 0);
}

Status Coder::CodeDocument(const Document& doc, Analysis& a, std::vector<Event>* out) const {
  if (base::Trim(doc.text).empty()) {
    return Status(StatusCode::kInvalidArgument, "empty text");
  }
  if (doc.text.size() > kMaxDocumentBytes) {
    return Status(StatusCode::kInvalidArgument,
                  "text is " + std::to_string(doc.text.size()) + " bytes; the limit is " +
                      std::to_string(kMaxDocumentBytes) + " bytes per document");
  }
  if (size_t bad = text::FindInvalidUtf8(doc.text); bad != std::string_view::npos) {
    return Status(StatusCode::kInvalidArgument,
                  "invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (!doc.date.known()) return Status(StatusCode::kInvalidArgument, "document date unknown");
  std::string_view text = doc.text;
  if (!text::IsAscii(text)) {
    if (!text::NormalizeNfc(text, &a.normalized)) {
      return Status(StatusCode::kInvalidArgument, "text could not be normalised (ICU)");
    }
    text = a.normalized;
    // Parse offsets are into doc.text; when normalisation moved bytes they no longer apply.
    if (text != std::string_view(doc.text)) a.parses = nullptr;
  }
  Prepare(text, a);
  a.memory.Clear();
  a.paragraph_date = DateRange{};
  a.story_date = DateRange{};
  a.doc_country = Code();
  a.story_country = Code();
  a.doc_place = -1;
  for (const text::Sentence& sent : a.sentences) {
    if (sent.kind != text::SentenceKind::kDateline) continue;
    a.spans.clear();
    FindSpans(text, a, sent.tok_begin, sent.tok_end);
    a.doc_country = SentenceCountry(a);
    for (const Span& sp : a.spans) {
      if (a.doc_place < 0 && (sp.sense_mask & Bit(SenseKind::kPlace))) a.doc_place = SenseRef(lx_, sp, SenseKind::kPlace);
    }
    for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) a.toks[k].phrase_span = -1;
    break;
  }
  const size_t first_event = out->size();
  a.doc_first_event = first_event;
  // Room for about two events per sentence up front, so events are not moved as the vector
  // grows (growing geometrically, as push_back would, when the caller appends many documents).
  if (const size_t want = out->size() + 2 * a.sentences.size(); want > out->capacity()) {
    out->reserve(std::max(want, 2 * out->capacity()));
  }
  a.discard_story = false;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    if (a.sentences[si].kind == text::SentenceKind::kBody) CodeSentence(doc, text, si, a, out);
    if (a.discard_story) {
      out->resize(first_event);
      break;
    }
  }
  return Status::Ok();
}


void Coder::CodeSentence(const Document& doc, std::string_view text, uint32_t si, Analysis& a,
                         std::vector<Event>* out) const {
  const text::Sentence& sent = a.sentences[si];
  const uint32_t sb = sent.tok_begin, se = sent.tok_end;
  a.spans.clear();
  a.mentions.clear();
  a.mention_actors.clear();
  a.groups.clear();
  a.preds.clear();
  a.antecedent_date = Date{};
  FindSpans(text, a, sb, se);
  // Discard phrases (OEDA/PETRARCH discard lists): nothing is coded from the sentence, or from
  // the whole story.
  for (const Span& sp : a.spans) {
    if (!(sp.sense_mask & Bit(SenseKind::kGrammar))) continue;
    const lx::Phrase& ph = lx_.phrase(sp.phrase);
    for (uint32_t q = 0; q < ph.senses_len; ++q) {
      const lx::Sense& sense = lx_.senses(ph)[q];
      if (sense.kind != SenseKind::kGrammar || !(sense.ref & lx::kDiscardSentence)) continue;
      if ((sense.ref & lx::kDiscardStory) == lx::kDiscardStory) a.discard_story = true;
      if (a.trace) *a.trace += "sentence " + std::to_string(si) + ": discarded (discard phrase)\n";
      return;
    }
  }
  // A date stated earlier in the paragraph carries over to the sentences that follow it.
  if (a.toks[sb].tflags & text::kParagraphBefore) a.paragraph_date = DateRange{};
  a.sentence_country = SentenceCountry(a);
  a.country_from_dateline = a.sentence_country.empty() && !a.doc_country.empty();
  const Code own_place = a.sentence_country;  // (the story's place for the sentences after this one)
  if (a.sentence_country.empty()) a.sentence_country = a.doc_country;
  a.named_country = Code();
  {
    // The first country the sentence names ("Bangladesh Prime Minister ... student
    // protesters"): civilian roles without a country belong there.
    for (const Span& sp : a.spans) {
      if (!(sp.sense_mask & (Bit(SenseKind::kCountryName) | Bit(SenseKind::kCountryAdj))) || AtGathering(a, sp.tb)) continue;
      const lx::Phrase& ph = lx_.phrase(sp.phrase);
      for (uint32_t q = 0; q < ph.senses_len && a.named_country.empty(); ++q) {
        const lx::Sense& sense = lx_.senses(ph)[q];
        if (sense.kind == SenseKind::kCountryName || sense.kind == SenseKind::kCountryAdj) {
          a.named_country.Set(lx_.str(lx_.actor(sense.ref).country));
          a.named_country_tok = sp.tb;
        }
      }
      break;
    }
  }
  MarkSkips(text, a, sb, se);
  BuildMentions(text, doc.date, a, sb, se);
  // ("10,000 people displaced by gang violence", "families uprooted by the fighting": people
  // described as displaced are displaced people, CAMEO's refugees.)
  for (const Mention& m : a.mentions) {
    if (m.actors_len != 1 || m.te >= se || m.tb < sb) continue;
    const std::string_view next = TokenText(text, a.toks[m.te]);
    if (!Is(next, "displaced") && !Is(next, "uprooted")) continue;
    ActorValue& v = a.mention_actors[m.actors_off];
    if (!Is(v.sector.view(), "CVL") || v.country.empty()) continue;
    v.sector.Set("REF");
    v.code = v.country;
    v.code.Append("REF");
  }
  // ("Senior diplomats from the two countries held talks": a role of the two sides is each
  // side's role.)
  for (size_t x = 0; x + 1 < a.mentions.size(); ++x) {
    Mention& m = a.mentions[x];
    const Mention& n = a.mentions[x + 1];
    if (m.tb < sb || m.actors_len != 1 || m.te + 1 != n.tb || n.actors_len < 2 || n.te > se || m.modifier ||
        !TokenIs(text, a.toks[m.te], "from")) {
      continue;
    }
    const ActorValue role = a.mention_actors[m.actors_off];
    if (role.kind != MentionKind::kAgent || role.sector.empty()) continue;
    bool countries = true;
    for (uint32_t q = 0; q < n.actors_len && countries; ++q) countries = !a.mention_actors[n.actors_off + q].country.empty();
    if (!countries) continue;
    m.actors_off = static_cast<uint32_t>(a.mention_actors.size());
    m.actors_len = n.actors_len;
    for (uint32_t q = 0; q < n.actors_len; ++q) {
      const Code country = a.mention_actors[n.actors_off + q].country;
      a.mention_actors.push_back(CountryRole(country, role.sector.view(), MentionKind::kAgent, role.text_begin, role.text_end));
    }
    a.mentions[x + 1].modifier = true;  // (the sides are the role's, not an object)
  }
  if (!own_place.empty()) {
    a.story_country = own_place;
  } else {
    // ("Cameroon's Constitutional Council declared Biya the winner. Police fired tear gas at
    // protesters in Garoua.": with no place named, a sentence whose actors are all of one state
    // sets the story there too.)
    Code only;
    bool one = true;
    for (size_t x = a.mentions.size(); x-- > 0 && one;) {
      const Mention& m = a.mentions[x];
      if (m.tb < sb) break;
      for (uint32_t q = 0; q < m.actors_len && one; ++q) {
        const ActorValue& v = a.mention_actors[m.actors_off + q];
        if (v.country.empty() || v.inferred) continue;
        if (only.empty()) only = v.country;
        else one = only == v.country;
      }
    }
    if (one && !only.empty()) a.story_country = only;
  }
  std::string* trace = a.trace;

  // (The tokens and the text through pointers taken once, captured by value: a.toks keeps its
  // size while a sentence is coded, and a use reads one captured pointer rather than the
  // reference to `a` and then the vector's data.)
  const Tok* const toks_at = a.toks.data();
  const char* const text_at = text.data();
  // (A token's id is in range. The word table through pointers captured by value too.)
  const lx::Str* const word_strs = lx_.word_strs();
  const char* const word_pool = lx_.word_pool();
  auto word = [word_strs, word_pool, toks_at](uint32_t i) {
    const lx::Str w = word_strs[toks_at[i].word];
    return std::string_view(word_pool + w.off, w.len);
  };
  auto tok_text = [toks_at, text_at](uint32_t i) {
    const Tok& t = toks_at[i];
    return std::string_view(text_at + t.begin, t.end - t.begin);
  };
  const lx::WordId where_word = where_word_, that_word = that_word_;
  // (A place noun by its text too: "outskirts", "suburbs" may be in no dictionary, so no word.)
  auto place_noun_at = [&](uint32_t i) { return IsPlaceNoun(word(i)) || IsPlaceNoun(tok_text(i)); };
  const lx::WordId of_word = styles_->of_word, by_word = styles_->by_word, in_word = styles_->in_word;
  auto is_clause_end = [&](uint32_t k) {
    // (Punctuation is a token of its own, flagged so: one flag test passes over words.)
    if (!(a.toks[k].tflags & text::kPunct)) return false;
    const std::string_view w = tok_text(k);
    // (Not an abbreviation's period inside the sentence: "since Sept. 22 to demand", "No. 2".)
    if (Is(w, ".")) {
      return k + 1 >= se || (a.toks[k].tflags & text::kSpaceBefore) ||
             !((a.toks[k + 1].tflags & text::kNumber) ||
               ((a.toks[k + 1].tflags & text::kWord) && !(a.toks[k + 1].tflags & text::kCapitalized)));
    }
    return Is(w, ";") || Is(w, ":") || Is(w, "?") || Is(w, "!");
  };
  // True when no clause end or comma stands in tokens [from, to).
  auto one_clause = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) {
      if (is_clause_end(k) || Is(tok_text(k), ",")) return false;
    }
    return true;
  };
  auto literal_matches = [&](uint32_t k, const lx::PatternElem& e) {
    const lx::WordId* alts = lx_.pattern_words(e);
    const lx::WordId w = a.toks[k].word;
    if (w == lx::kUnknownWord) return false;
    // (The lemma tables without their bounds tests: a token's word and a pattern's words are
    // ids of the lexicon, below word_count().)
    const lx::WordId* const noun_lemma = lx_.noun_lemmas();
    const lx::WordId nl = noun_lemma[w];
    // (Not a past tense by its lemma: "launch strike" is no "launched ... struck".)
    const lx::WordId vl = (a.toks[k].wflags & lx::kPastTense) && !nl ? 0 : lx_.verb_lemmas()[w];
    for (uint16_t x = 0; x < e.alts_len; ++x) {
      if (alts[x] == w || (nl && alts[x] == nl) || (vl && alts[x] == vl)) return true;
      // A plural literal matches the singular too ("hold exercises" ~ "held an exercise").
      if (nl && noun_lemma[alts[x]] == nl) return true;
    }
    return false;
  };

  // KEDS literals match the word as written (PETRARCH matches words, not lemmas); "not" also
  // matches the clitic "n't".
  auto keds_literal_matches = [&](uint32_t k, const lx::PatternElem& e) {
    const lx::WordId* alts = lx_.pattern_words(e);
    const lx::WordId w = a.toks[k].word;
    const bool clitic = (a.toks[k].tflags & text::kNegClitic) != 0;
    for (uint16_t x = 0; x < e.alts_len; ++x) {
      if ((w != lx::kUnknownWord && alts[x] == w) || (clitic && alts[x] == styles_->not_word)) return true;
    }
    return false;
  };

  // KEDS targets are named actors: a pronoun ("he", "his license", "its embassy") is not one.
  auto keds_target_ok = [&](int32_t mi) {
    const Mention& m = a.mentions[mi];
    const bool pronoun = (a.toks[m.tb].wflags & (lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing)) != 0;
    if (pronoun && m.te <= m.tb + 2) return false;
    // Nor is a role whose country was only guessed ("demonstrators" in a sentence about Bree).
    for (uint32_t x = 0; x < m.actors_len; ++x)
      if (!a.mention_actors[m.actors_off + x].inferred) return true;
    return m.actors_len == 0;
  };

  // "its", "their": a one-word possessive pronoun mention.
  auto possessive_pronoun = [&](int32_t mi) {
    const Mention& m = a.mentions[mi];
    return m.possessive && m.te == m.tb + 1 &&
           (a.toks[m.tb].wflags & (lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing)) != 0;
  };

  struct Match {
    uint32_t pattern = 0;
    int32_t target = -1;
    uint32_t last = 0;
    int score = -1;
    bool compound = false;   // KEDS "%" before the verb
    uint32_t pre_first = 0;  // first token matched before the verb (the head when none)
    int32_t source = -1;     // KEDS "$" after the verb
    bool subject_target = false;  // KEDS "+" before the verb
  };
  // The words (and their lemmas) that follow a head token, stamped in a per-thread table: a
  // test that rejects most patterns before the ordered match (PatternStyles::Quick), never one
  // that could match. Each token of the sentence is stamped once, in order, with its own value
  // (`base` + 1 + its index in the sentence), so word_stamp[w] is the last stamped occurrence of
  // w; once every token before h + 20 is stamped, w stands within reach of the head h (tokens h
  // + 1 .. h + 19) when that value is above the head's own (`window_floor`).
  if (a.word_stamp.size() != lx_.word_count()) {
    a.word_stamp.assign(lx_.word_count(), 0);
    a.window_epoch = 0;
  }
  if (a.window_epoch > UINT32_MAX - 4 - (se - sb)) {  // would wrap: clear the stale stamps
    std::fill(a.word_stamp.begin(), a.word_stamp.end(), 0);
    a.window_epoch = 0;
  }
  const uint32_t stamp_base = a.window_epoch;  // every earlier stamp is at most this
  a.window_epoch += (se - sb) + 2;
  uint32_t stamped_to = sb;  // tokens before it are stamped
  uint32_t window_floor = UINT32_MAX;
  // (Room for three key words per token of the sentence, so the list is written without a test.)
  if (a.key_toks.size() < 3 * (se - sb)) a.key_toks.resize(3 * (se - sb));
  auto stamp_window = [&](uint32_t h) {
    window_floor = stamp_base + 1 + (h - sb);
    const uint32_t to = std::min(se, h + 20);
    if (stamped_to >= to) return;
    // (An unknown word or a missing lemma stamps word 0, without a branch; no pattern needs
    // word 0, which is then set above every value: a group holding it passes.)
    // (Locals: the lambda reaches the captured values through references, and its stores
    // would make them reload for each token.)
    uint32_t* stamp = a.word_stamp.data();
    const Tok* const tk = a.toks.data();
    const uint32_t to_value = stamp_base + 1 - sb;  // + k: token k's value
    const lx::WordId not_word = styles_->not_word;
    const lx::WordId* const noun_lemma = lx_.noun_lemmas();
    const lx::WordId* const verb_lemma = lx_.verb_lemmas();
    for (uint32_t k = std::max(stamped_to, h + 1); k < to; ++k) {
      const uint32_t v = to_value + k;
      const lx::WordId w = tk[k].word;
      if (tk[k].tflags & text::kNegClitic) stamp[not_word] = v;  // (rare: a branch costs less)
      stamp[w] = v;
      stamp[noun_lemma[w]] = v;
      stamp[verb_lemma[w]] = v;
    }
    stamp[0] = UINT32_MAX;
    stamped_to = to;
  };
  // Lists the words of the tokens up to `to` (those after the head `h` and not listed yet) that
  // key candidates (PatternStyles::Candidates), in a.key_toks, once a search needs them: a
  // search of a lemma with keyed candidates. A token lists the same words it stamps (its word,
  // noun lemma and verb lemma; "not", which keys nothing, aside), so a key is within reach of a
  // head exactly when it is listed for a token within reach. (Like the stamps, this relies on
  // the heads coming in token order.)
  uint32_t key_toks = 0;    // entries of a.key_toks
  uint32_t listed_to = sb;  // the tokens before it are listed
  auto list_keys = [&](uint32_t h, uint32_t to) {
    if (listed_to >= to) return;
    const Tok* const tk = a.toks.data();
    const lx::WordId* const noun_lemma = lx_.noun_lemmas();
    const lx::WordId* const verb_lemma = lx_.verb_lemmas();
    const uint8_t* const key_words = styles_->key_words.data();
    Analysis::KeyTok* const kt = a.key_toks.data();
    uint32_t n = key_toks;
    for (uint32_t k = std::max(listed_to, h + 1); k < to; ++k) {
      const lx::WordId w = tk[k].word;
      if (!(key_words[w] & PatternStyles::kKeyReach)) continue;
      // (Each key word once per token, written without a branch: an entry stays when its
      // count is added.)
      const lx::WordId nl = noun_lemma[w], vl = verb_lemma[w];
      kt[n] = {k, w};
      n += key_words[w] & PatternStyles::kKeyWord;
      kt[n] = {k, nl};
      n += (nl != w) & key_words[nl] & PatternStyles::kKeyWord;
      kt[n] = {k, vl};
      n += (vl != w && vl != nl) & key_words[vl] & PatternStyles::kKeyWord;
    }
    key_toks = n;
    listed_to = to;
  };
  // True when every required literal of the pattern has a word within reach of the head (whose
  // window_floor is `floor`; `need` is the candidates' Candidates::need). (The first group is
  // skipped when it is inline, which match_all has tested, or a key: match_all visits a keyed
  // candidate only when its key is within reach.) Given the tables rather than capturing them,
  // so that match_all's copies in registers serve.
  auto may_match = [](const lx::WordId* need, const uint32_t* stamp, uint32_t floor, const PatternStyles::Quick& q) {
    const lx::WordId* g = need + q.need_off;
    uint8_t n = 0;
    if (q.keyed | q.first_inline) {
      g += 1 + g[0];
      n = 1;
    }
    for (; n < q.groups; ++n) {
      const lx::WordId* const end = g + 1 + g[0];
      const lx::WordId* w = g + 1;
      while (w != end && stamp[*w] <= floor) ++w;
      if (w == end) return false;  // no word of the group within reach
      g = end;
    }
    return true;
  };
  // Approval, disapproval and rejection: judgements on what happened somewhere.
  auto comment_pattern = [&](uint32_t pattern) {
    const int root = styles_->root_of(pattern);
    return root == 5 || root == 11 || root == 12;
  };
  // Matches one pattern after the head token `h` (whose window is stamped).
  // "held talks on the sidelines of the G20 meeting": the occasion, not a party.
  auto occasion = [&](const Mention& mm) {
    return mm.prep != 0 && mm.tb >= sb + 2 && mm.prep == of_word &&
           (Is(tok_text(mm.tb - 2), "sidelines") || Is(tok_text(mm.tb - 2), "margins"));
  };
  // (Out of line: few candidates get this far, and inlined into match_all's loop over the
  // candidates it made that loop keep its values in memory.)
  // True when token i + 1 is a finite verb: a past tense, modal or "be", or a word outside the
  // lexicon ending in "-ed" ("erupted", "flared").
  auto finite_next = [&](uint32_t i) {
    if (i + 1 >= se || a.toks[i + 1].mention >= 0) return false;
    const Tok& n = a.toks[i + 1];
    if (n.wflags & (lx::kPastTense | lx::kModal | lx::kBe)) return true;
    const std::string_view w = tok_text(i + 1);
    return n.word == lx::kUnknownWord && !(n.tflags & text::kCapitalized) && w.size() > 4 && Is(w.substr(w.size() - 2), "ed");
  };
  auto match_pattern = [&](uint32_t pi, uint32_t h, Match* m) __attribute__((noinline)) {
    const lx::Pattern& p = lx_.pattern(pi);
    // KEDS patterns: the elements after the "(*)" marker are words before the verb.
    const bool keds = styles_->keds_at(pi);
    uint16_t post_len = p.elems_len;
    if (keds) {
      for (uint16_t ei = 0; ei < p.elems_len; ++ei) {
        const lx::PatternElem& e = lx_.elem(p.elems_off + ei);
        if (e.kind == lx::ElemKind::kOptional && e.alts_len == 1 && lx_.pattern_words(e)[0] == styles_->before_marker) {
          post_len = ei;
          break;
        }
      }
    }
    uint32_t pos = h + 1;
    bool after_prep = false;
    int32_t target = -1;
    uint32_t last = h;
    bool adjacent = false;  // KEDS "(_)": the next literal must stand right at `pos`
    int32_t source_slot = -1;
    // A verb whose pattern goes on with a preposition ("strike for", "withdraw from *") is used
    // there without an object: one right after it ("struck militant hideouts ... in retaliation
    // for", "withdrew its troops from") makes another reading.
    if (!keds && !p.noun && post_len > 0 && h + 1 < se) {
      const lx::PatternElem& e0 = lx_.elem(p.elems_off);
      const Tok& next = a.toks[h + 1];
      // (Not "to": "extradited its former police chief to the United States" is "extradite to *";
      // nor "with": "discussed the situation in Gaza with his Saudi counterpart" is "discuss with *".)
      // (Nor "for" after "leave": "left Pyongyang on Sunday for Russia" is "leave for *".)
      if (e0.kind == lx::ElemKind::kLiteral && e0.alts_len > 0 && (lx_.Flags(lx_.pattern_words(e0)[0]) & lx::kPreposition) &&
          !Is(lx_.Word(lx_.pattern_words(e0)[0]), "to") && !Is(lx_.Word(lx_.pattern_words(e0)[0]), "with") &&
          !(Is(lx_.Word(lx_.pattern_words(e0)[0]), "for") && Is(lx_.Word(lx_.VerbLemma(a.toks[h].word)), "leave") &&
            next.mention >= 0 && a.mentions[next.mention].place >= 0 && [&] {
              // (a destination named after "for": not "left Tehran for home")
              for (uint32_t k = a.mentions[next.mention].te; k + 1 < se && k < a.mentions[next.mention].te + 5; ++k) {
                if (Is(tok_text(k), "for")) return a.toks[k + 1].mention >= 0;
              }
              return false;
            }()) &&
          !(next.wflags & lx::kPreposition) &&
          ((next.wflags & lx::kDeterminer) || (next.tflags & text::kNumber) || next.mention >= 0 || next.phrase_span >= 0)) {
        return false;
      }
      // ("rounded up 11 U.N. employees in raids on their homes" is no "round on *": a particle
      // right after the verb makes another phrasal verb than one with another preposition.)
      if (e0.kind == lx::ElemKind::kLiteral && e0.alts_len > 0 && (lx_.Flags(lx_.pattern_words(e0)[0]) & lx::kPreposition) &&
          next.mention < 0 && IsAny(tok_text(h + 1), "up", "out", "off", "down", "away") && !literal_matches(h + 1, e0)) {
        return false;
      }
      // ("Putin met Xi to avoid a clash with the United States" is no "meet with *": a person
      // or an official right after the verb is its object, and "with" is another phrase's; not
      // a state, which may be the topic: "discussed Syria with Wang Yi".)
      if (e0.kind == lx::ElemKind::kLiteral && e0.alts_len > 0 && Is(lx_.Word(lx_.pattern_words(e0)[0]), "with") &&
          next.mention >= 0 && a.mentions[next.mention].tb == h + 1 && a.mentions[next.mention].prep == 0 &&
          !a.mentions[next.mention].modifier && !a.mentions[next.mention].place_only && a.mentions[next.mention].actors_len == 1 &&
          (a.mention_actors[a.mentions[next.mention].actors_off].kind == MentionKind::kPerson ||
           a.mention_actors[a.mentions[next.mention].actors_off].kind == MentionKind::kAgent)) {
        return false;
      }
    }
    // ("was charged with treason by prosecutors", "were urged to leave": a passive's object is
    // its subject, so a slot the pattern's words go on past stays empty, and they follow the
    // verb.)
    // (Found only for such a slot: most patterns tried have none.)
    auto passive_verb = [&] {
      if (keds || p.noun || h <= sb + 1) return false;
      uint32_t b = h - 1;
      while (b > sb && IsAdverbWord(tok_text(b))) --b;
      const lx::VerbForm f = lx_.VerbFormOf(a.toks[h].word);
      return (a.toks[b].wflags & lx::kBe) && a.toks[b].mention < 0 &&
             (f == lx::VerbForm::kParticiple || f == lx::VerbForm::kPastOrParticiple);
    };
    // ("recalled its ambassador from Rwanda, which it accused of sending troops": the object of
    // a relative clause is the phrase before ", which"; its mention, or -1.)
    auto object_relative = [&]() -> int32_t {
      if (keds || p.noun || h <= sb + 4) return -1;
      uint32_t b = h - 1;
      while (b > sb && IsAdverbWord(tok_text(b))) --b;
      const int32_t sm = a.toks[b].mention;
      if (sm < 0 || a.mentions[sm].te != b + 1 || a.mentions[sm].prep != 0) return -1;
      const uint32_t w = a.mentions[sm].tb;
      if (w < sb + 3 || !IsAny(word(w - 1), "which", "whom") || !Is(tok_text(w - 2), ",")) return -1;
      const int32_t am = a.toks[w - 3].mention;
      if (am < 0 || a.mentions[am].te != w - 2 || a.mentions[am].place_only) return -1;
      return am;
    };
    for (uint16_t ei = 0; ei < post_len; ++ei) {
      const lx::PatternElem& e = lx_.elem(p.elems_off + ei);
      if (e.kind == lx::ElemKind::kTarget && ei + 1 < post_len &&
          lx_.elem(p.elems_off + ei + 1).kind == lx::ElemKind::kLiteral && passive_verb()) {
        continue;
      }
      if (e.kind == lx::ElemKind::kTarget && ei + 1 < post_len && target < 0 &&
          lx_.elem(p.elems_off + ei + 1).kind == lx::ElemKind::kLiteral && pos < se && a.toks[pos].mention < 0) {
        if (const int32_t rel = object_relative(); rel >= 0) {
          target = rel;
          continue;
        }
      }
      if (keds && e.kind == lx::ElemKind::kOptional && e.alts_len == 1 &&
          lx_.pattern_words(e)[0] == styles_->source_marker) {
        // "$": the next actor phrase is the source; the pattern needs one.
        for (uint32_t k = pos; k < se && k < pos + 10; ++k) {
          if (is_clause_end(k)) break;
          if (a.toks[k].mention >= 0 && keds_target_ok(a.toks[k].mention)) {
            source_slot = a.toks[k].mention;
            pos = a.mentions[source_slot].te;
            last = pos - 1;
            break;
          }
        }
        if (source_slot < 0) return false;
        continue;
      }
      if (keds && e.kind == lx::ElemKind::kOptional && e.alts_len == 1 &&
          lx_.pattern_words(e)[0] == styles_->next_marker) {
        adjacent = true;
        continue;
      }
      if (keds && e.kind == lx::ElemKind::kOptional && e.alts_len == 1 &&
          lx_.pattern_words(e)[0] == styles_->skip_marker) {
        // "^": skip the next actor phrase, when one comes before the clause ends.
        for (uint32_t k = pos; k < se && k < pos + 6; ++k) {
          if (is_clause_end(k)) break;
          if (a.toks[k].mention >= 0) {
            pos = a.mentions[a.toks[k].mention].te;
            last = pos - 1;
            break;
          }
        }
        continue;
      }
      if (keds && e.kind == lx::ElemKind::kTarget) {
        // "+": the next actor phrase, whatever preposition stands before it.
        for (uint32_t k = pos; k < se && k < pos + 10; ++k) {
          if (is_clause_end(k)) break;
          if (a.toks[k].mention >= 0 && keds_target_ok(a.toks[k].mention)) {
            target = a.toks[k].mention;
            pos = a.mentions[target].te;
            last = pos - 1;
            break;
          }
        }
        continue;
      }
      if (e.kind == lx::ElemKind::kTarget) {
        // (The pattern's next word, reached before any actor, leaves the slot empty: "called the
        // strikes a violation of Afghan sovereignty" is "call * violation" with "the strikes" in
        // its slot, not "Afghan".)
        // (Not the infinitive's "to": "ordered troops on Wednesday to withdraw" is no empty
        // "order * to".)
        const lx::PatternElem* next_literal =
            !keds && ei + 1 < post_len && lx_.elem(p.elems_off + ei + 1).kind == lx::ElemKind::kLiteral
                ? &lx_.elem(p.elems_off + ei + 1)
                : nullptr;
        if (next_literal && (next_literal->alts_len == 0 || Is(lx_.Word(lx_.pattern_words(*next_literal)[0]), "to"))) {
          next_literal = nullptr;
        }
        for (uint32_t k = pos; k < se && k < pos + 10; ++k) {
          if (is_clause_end(k)) break;
          // ("shot down 45 of 60 drones launched by Russia": whose weapons they were)
          if (!keds && target < 0 && (k > pos || (a.toks[k].wflags & lx::kEventNoun) || Is(tok_text(k), "remarks") ||
                                      Is(tok_text(k), "comments")) &&
              k + 2 < se && a.toks[k].mention < 0 && TokenIs(text, a.toks[k + 1], "by") &&
              a.toks[k + 2].mention >= 0 && !a.mentions[a.toks[k + 2].mention].place_only) {
            const std::string_view pw = tok_text(k);
            // ("denounced the military bloc formed by Washington", "rejected the plan proposed by
            // Trump": what a comment is on belongs to its maker.)
            // ("criticised remarks by French Interior Minister Retailleau": the maker of a
            // statement named by "by".)
            const bool made = comment_pattern(pi) &&
                              (Is(pw, "formed") || Is(pw, "led") || Is(pw, "created") || Is(pw, "backed") ||
                               Is(pw, "proposed") || Is(pw, "imposed") || Is(pw, "drafted") || Is(pw, "announced") ||
                               Is(pw, "sponsored") || Is(pw, "organised") || Is(pw, "organized") || Is(pw, "remarks") ||
                               Is(pw, "comments") || Is(pw, "statement") || Is(pw, "statements") || Is(pw, "threats") ||
                               Is(pw, "claims") || Is(pw, "accusations"));
            // ("the release of all hostages held by Hamas": whose captives they are.)
            // ("the drills conducted by ...": whose acts they were.)
            if (made || Is(pw, "conducted") || Is(pw, "staged") || Is(pw, "mounted") ||
                Is(pw, "launched") || Is(pw, "fired") || Is(pw, "flown") || Is(pw, "operated") ||
                Is(pw, "deployed") || Is(pw, "held") || Is(pw, "detained") || Is(pw, "abducted") ||
                Is(pw, "kidnapped") || Is(pw, "used") || Is(pw, "run") || Is(pw, "controlled") ||
                // ("an investigation into war crimes committed by the Rapid Support Forces")
                Is(pw, "committed") || Is(pw, "perpetrated")) {
              const int32_t owner = a.toks[k + 2].mention;
              target = owner;
              last = a.mentions[owner].te - 1;
              pos = a.mentions[owner].te;
              break;
            }
          }
          // ("struck more than 85 targets linked to Iran's Quds Force", "sites belonging to
          // Hezbollah": whose the things struck are.)
          if (!keds && target < 0 && k + 3 < se && a.toks[k].mention < 0 && a.toks[k + 1].mention < 0 &&
              IsAny(tok_text(k + 1), "linked", "belonging", "affiliated", "tied") && IsAny(tok_text(k + 2), "to", "with") &&
              a.toks[k + 3].mention >= 0 && !a.mentions[a.toks[k + 3].mention].place_only) {
            int32_t owner = a.toks[k + 3].mention;
            // (past a possessive to the organ it owns: "linked to Iran's Quds Force")
            const Mention& om = a.mentions[owner];
            if (om.possessive && om.te < se && a.toks[om.te].mention >= 0) owner = a.toks[om.te].mention;
            target = owner;
            last = a.mentions[owner].te - 1;
            pos = a.mentions[owner].te;
            break;
          }
          // ("imposed duties on pork imported from the European Union": where the goods come from.)
          if (!keds && target < 0 && k > pos && k + 2 < se && a.toks[k].mention < 0 && Is(tok_text(k), "imported") &&
              TokenIs(text, a.toks[k + 1], "from") && a.toks[k + 2].mention >= 0 && !a.mentions[a.toks[k + 2].mention].place_only) {
            target = a.toks[k + 2].mention;
            last = a.mentions[target].te - 1;
            pos = a.mentions[target].te;
            break;
          }
          // ("condemned the air strikes carried out by Israel": whose acts they were.)
          if (!keds && target < 0 && k > pos && k + 3 < se && Is(tok_text(k), "carried") && Is(tok_text(k + 1), "out") &&
              TokenIs(text, a.toks[k + 2], "by") && a.toks[k + 3].mention >= 0 && !a.mentions[a.toks[k + 3].mention].place_only) {
            target = a.toks[k + 3].mention;
            last = a.mentions[target].te - 1;
            pos = a.mentions[target].te;
            break;
          }
          // (Not when an actor after "of" owns that word: "ambushed a convoy of Ethiopian troops",
          // "expelled an official of Pakistan's High Commission".)
          // (Nor when an actor's phrase starts right after it, whose word it modifies: "vetoed a
          // draft Security Council resolution".)
          if (next_literal && k > pos && target < 0 && a.toks[k].mention < 0 && literal_matches(k, *next_literal) &&
              !(k + 1 < se && a.toks[k + 1].mention >= 0 && a.mentions[a.toks[k + 1].mention].tb == k + 1)) {
            uint32_t o = k + 1;
            // ("a staff member of the Indian High Commission": one more noun first)
            if (o + 1 < se && !Is(word(o), "of") && Is(word(o + 1), "of") && a.toks[o].mention < 0 &&
                (a.toks[o].tflags & text::kWord) &&
                !(a.toks[o].wflags & (lx::kPreposition | lx::kDeterminer | lx::kConjunction | lx::kAnyVerb))) {
              ++o;
            }
            if (o < se && Is(word(o), "of")) ++o;
            if (o > k + 1 && o < se && (a.toks[o].wflags & lx::kDeterminer) && a.toks[o].mention < 0) ++o;
            const int32_t om = o > k + 1 && o < se ? a.toks[o].mention : -1;
            if (om < 0 || (a.mentions[om].modifier && !a.mentions[om].possessive)) break;
            // (A verb of naming calls its object something: "called the intrusion a grave
            // violation of Japan's sovereignty" is said of the intrusion, not of Japan.)
            if (!p.noun && IsAny(lx_.Word(lx_.VerbLemma(a.toks[h].word)), "call", "brand", "label", "dub", "term")) break;
          }
          if (k > pos && (a.toks[k].wflags & (lx::kPastTense | lx::kReport)) && a.toks[k].mention < 0 &&
              !(a.toks[k - 1].wflags & lx::kDeterminer) && !Is(tok_text(k - 1), "-")) {  // ("worst-hit")
            break;  // "who hosted the conference, said Minsk ...": another clause's verb
          }
          if (a.skip[k - 1] && !a.skip[k] && k > h + 1 && a.skip[h]) break;
          // ("to the states bordering Colombia": nor past a participle that opens a phrase of its
          // own.)
          if (!keds && k > pos && a.toks[k].mention < 0 && (a.toks[k - 1].tflags & text::kWord) &&
              !(a.toks[k - 1].wflags & (lx::kPreposition | lx::kDeterminer))) {
            const std::string_view w = tok_text(k);
            const bool gerund = a.toks[k].word == lx::kUnknownWord
                                    ? !(a.toks[k].tflags & text::kCapitalized) && w.size() > 5 && Is(w.substr(w.size() - 3), "ing")
                                    : lx_.VerbFormOf(a.toks[k].word) == lx::VerbForm::kGerund;
            // ("ambushed an army convoy escorting fuel tankers": a plain noun before the phrase's
            // head too.)
            if (gerund && k + 1 < se &&
                (a.toks[k + 1].mention >= 0 || (a.toks[k + 1].wflags & lx::kDeterminer) ||
                 (k + 2 < se && a.toks[k + 2].mention >= 0 && a.mentions[a.toks[k + 2].mention].tb == k + 2 &&
                  (a.toks[k + 1].tflags & text::kWord) && !(a.toks[k + 1].tflags & text::kCapitalized) &&
                  !(a.toks[k + 1].wflags & (lx::kPreposition | lx::kAnyVerb | lx::kConjunction))))) {
              break;
            }
          }
          // ("the closure of Russia's last consulate in the country on Wednesday after blaming
          // Russian intelligence": nor into a clause opened by "after" and a gerund.)
          // (nor into one with a subject and a past verb of its own: ", a year after demonstrators
          // stormed parliament")
          if (!keds && k > pos && k + 1 < se && a.toks[k].mention < 0 && (a.toks[k].wflags & lx::kSubordinator) &&
              (Is(word(k), "after") || Is(word(k), "before") || Is(word(k), "since") || Is(word(k), "while") ||
               Is(word(k), "when"))) {
            const int32_t subject = a.toks[k + 1].mention;
            if (((a.toks[k + 1].wflags & lx::kGerund) && subject < 0) ||
                (subject >= 0 && a.mentions[subject].te < se && (a.toks[a.mentions[subject].te].wflags & lx::kPastTense))) {
              break;
            }
          }
          // ("as they met to discuss a U.S. proposal": a meeting verb's infinitive right after it
          // is its purpose; what that names is no one met.)
          if (!keds && k == pos && pos == h + 1 && k + 1 < se && TokenIs(text, a.toks[k], "to") && a.toks[k + 1].mention < 0 &&
              (a.toks[k + 1].wflags & lx::kAnyVerb) && lx_.VerbFormOf(a.toks[k + 1].word) == lx::VerbForm::kBase &&
              styles_->root_of(pi) == 4) {
            break;
          }
          // ", wounding at least 20 people": a participle clause after a comma is not the slot;
          // nor is a clause after ", and" ("disperse the crowd, and the Interior Ministry said").
          if (k > pos && Is(tok_text(k - 1), ",") && (a.toks[k].wflags & (lx::kGerund | lx::kConjunction))) break;
          // (nor past "but": "welcomed the decision but Brazil urged ...")
          if (!keds && k > pos && TokenIs(text, a.toks[k], "but")) break;
          // ("demanded on Monday that Hamas allow ...": past a date right after the verb, "that"
          // still opens the verb's own object clause.)
          if ((a.toks[k].wflags & lx::kSubordinator) && k > pos && !(a.toks[k].wflags & lx::kPreposition)) {
            uint32_t q = pos;
            while (q < k && (TokenIs(text, a.toks[q], "on") || (a.toks[q].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)))) ++q;
            // (but not into one whose subject opens with an article or "its": "warned on
            // Wednesday that its army would crush ...", as right after the verb; an article
            // that opens an actor's name is that actor's: "demanded on Thursday that the United
            // States return ...", whose modal the test below looks for)
            if (q < k || !TokenIs(text, a.toks[k], "that") || k + 1 >= se ||
                ((a.toks[k + 1].wflags & lx::kDeterminer) && a.toks[k].mention < 0 && a.toks[k + 1].mention < 0) ||
                IsPossessivePronounWord(tok_text(k + 1))) {
              break;
            }
          }
          // ("warned that its army would crush any attempt by Ukraine to ...": nor into a "that"
          // clause opening right after the verb.)
          if (!keds && k == pos && k + 1 < se && a.toks[k].mention < 0 && TokenIs(text, a.toks[k], "that") &&
              (a.toks[k + 1].wflags & lx::kDeterminer)) {
            break;
          }
          // ("warned that it would retaliate against Israel", "warned that Sudan would hit back":
          // nor one whose subject, an actor or a pronoun, has a modal right after it.)
          uint32_t date_end = pos;  // (past a date right after the verb: "warned on Tuesday that")
          while (date_end < k && (TokenIs(text, a.toks[date_end], "on") ||
                                  (a.toks[date_end].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)))) {
            ++date_end;
          }
          if (!keds && date_end == k && k + 2 < se && a.toks[k].mention < 0 && TokenIs(text, a.toks[k], "that")) {
            const int32_t sm = a.toks[k + 1].mention;
            const uint32_t after = sm >= 0 && a.mentions[sm].tb == k + 1 ? a.mentions[sm].te : k + 2;
            if (sm >= 0 && after < se && (a.toks[after].wflags & lx::kModal)) {
              // (A pronoun, or the speaker's own country: "warned that Seoul would face a
              // disaster" does warn Seoul.)
              const bool pronoun = (a.toks[k + 1].wflags & (lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing)) != 0;
              bool own = false;
              for (uint32_t q = h; q-- > sb && !own;) {
                const int32_t qm = a.toks[q].mention;
                if (qm < 0 || a.mentions[qm].prep != 0) continue;
                const Mention& mm = a.mentions[qm];
                for (uint32_t x = 0; x < mm.actors_len && !own; ++x) {
                  for (uint32_t y = 0; y < a.mentions[sm].actors_len && !own; ++y) {
                    own = !a.mention_actors[mm.actors_off + x].country.empty() &&
                          a.mention_actors[mm.actors_off + x].country == a.mention_actors[a.mentions[sm].actors_off + y].country;
                  }
                }
                break;
              }
              if (pronoun || own) break;
            }
          }
          // ("came from a goal down to beat Nigeria": a "to" the pattern read is an infinitive's
          // when a verb and its object follow it.)
          if (!keds && k == pos && k > h + 1 && k + 1 < se && TokenIs(text, a.toks[k - 1], "to") && a.toks[k].mention < 0 &&
              a.toks[k].phrase_span < 0 && (a.toks[k].wflags & lx::kAnyVerb) && !(a.toks[k].wflags & lx::kGerund) &&
              // (not a past participle used as an adjective: "granted asylum to ousted Syrian leader")
              !(tok_text(k).size() > 3 && tok_text(k).substr(tok_text(k).size() - 2) == "ed") &&
              (a.toks[k + 1].mention >= 0 || (a.toks[k + 1].wflags & lx::kDeterminer))) {
            break;
          }
          // (nor into a purpose clause: "met in Beijing to discuss the Iranian nuclear issue")
          if (!keds && ei + 1 == post_len && k > pos && k + 1 < se && TokenIs(text, a.toks[k], "to") && a.toks[k + 1].mention < 0 &&
              (a.toks[k + 1].wflags & lx::kAnyVerb) && lx_.VerbFormOf(a.toks[k + 1].word) == lx::VerbForm::kBase) {
            break;
          }
          const int32_t mi = a.toks[k].mention;
          if (mi < 0) continue;
          const Mention& mm = a.mentions[mi];
          // ("will host a conference next month, the foreign ministry said": the speaker of a
          // report clause after a comma is no object.)
          if (mm.tb > pos && Is(tok_text(mm.tb - 1), ",") && mm.te < se && (a.toks[mm.te].wflags & lx::kReport)) break;
          // ("met in the South Korean city of Busan": nor a place named after "in the city of".)
          if (!keds && mm.prep != 0 && mm.prep == of_word && mm.tb >= sb + 2 && place_noun_at(mm.tb - 2)) {
            bool in_place = false;
            for (uint32_t q = mm.tb - 2; q-- > pos && q + 8 > mm.tb && !in_place;) {
              const std::string_view w = word(q);
              in_place = Is(w, "in") || Is(w, "at") || Is(w, "near");
              if ((a.toks[q].wflags & (lx::kAnyVerb | lx::kPreposition)) && !in_place) break;
            }
            if (in_place) {
              k = mm.te - 1;
              continue;
            }
          }
          // ("attacked an army base in the northern Burkina Faso town of Djibo": nor a state that
          // names the town a place after "in" is.)
          if (!keds && mm.te < se && place_noun_at(mm.te) && mm.actors_len == 1 &&
              a.mention_actors[mm.actors_off].kind == MentionKind::kCountry) {
            bool in_place = false;
            for (uint32_t q = mm.tb; q-- > pos && q + 4 > mm.tb && !in_place;) in_place = Is(word(q), "in") || Is(word(q), "near");
            if (in_place) {
              k = mm.te - 1;
              continue;
            }
          }
          // ("the storming of the mosque compound by Israeli police": nor is the agent after "by".)
          // (A pattern's own "by" is another matter: "attacked by *".)
          if (!keds && mm.prep != 0 && mm.prep == by_word && !(after_prep && TokenIs(text, a.toks[last], "by"))) break;
          // ("Speaking at a conference on Eurasian security in Minsk": after the pattern's own
          // preposition, a place named after "in", "at" or "near" further on says where, and is
          // no object.)
          if (!keds && after_prep && mm.place >= 0 && mm.prep != 0 && mm.tb > last + 2 && a.toks[last].word != mm.prep &&
              IsAny(word(mm.tb - 1), "in", "at", "near")) {
            break;
          }
          // ("fired missiles at a tanker, American forces attacked ...": nor is the subject of a
          // new clause after a comma.)
          if (!keds && mm.tb > pos && Is(tok_text(mm.tb - 1), ",") && mm.te < se && a.toks[mm.te].mention < 0 &&
              (a.toks[mm.te].wflags & (lx::kPastTense | lx::kModal)) && (a.toks[mm.te].wflags & (lx::kAnyVerb | lx::kModal))) {
            break;
          }
          // ("accused Khan's Pakistan Tehreek-e-Insaf party of ...": a possessive right before
          // another actor phrase names its owner; the object is the phrase it owns.)
          if (!keds && mm.possessive && mm.te < se && a.toks[mm.te].mention >= 0 && a.toks[mm.te].mention != mi &&
              a.mentions[a.toks[mm.te].mention].actors_len == 1 &&
              a.mention_actors[a.mentions[a.toks[mm.te].mention].actors_off].kind == MentionKind::kOrganization) {
            k = mm.te - 1;
            continue;
          }
          // ("blamed Khan's party, Pakistan Tehreek-e-Insaf, for ...": so does a possessive
          // before "party" or "group" and the organisation named in apposition.)
          if (!keds && mm.possessive && mm.te + 2 < se && IsAny(word(mm.te), "party", "group", "movement") &&
              Is(tok_text(mm.te + 1), ",") && a.toks[mm.te + 2].mention >= 0 &&
              a.mentions[a.toks[mm.te + 2].mention].actors_len == 1 &&
              a.mention_actors[a.mentions[a.toks[mm.te + 2].mention].actors_off].kind == MentionKind::kOrganization) {
            k = mm.te + 1;
            continue;
          }
          // ("struck what New Delhi described as a militant camp": the describer is no object.)
          if (mm.tb > sb && TokenIs(text, a.toks[mm.tb - 1], "what") && mm.te < se &&
              (a.toks[mm.te].wflags & lx::kAnyVerb) && a.toks[mm.te].mention < 0) {
            k = mm.te;
            continue;
          }
          if (occasion(mm)) {
            k = mm.te - 1;
            continue;
          }
          // "the alliance of the United States, Japan and South Korea": the object's owner.
          // ("the alliance between the United States, Japan and South Korea" too: a relation
          // between the members of a list.)
          const std::string_view rel = mm.tb >= 2 ? word(mm.tb - 2) : std::string_view();
          // (Or "between the two U.S. allies": a pair taken up from before.)
          const bool between_owners = mm.prep != 0 && mm.prep == between_word_ &&
                                      (mm.group >= 0 || mm.actors_len >= 2) &&
                                      (Is(rel, "alliance") || Is(rel, "partnership") || Is(rel, "pact") || Is(rel, "bloc") ||
                                       Is(rel, "axis") || Is(rel, "coalition") || Is(rel, "cooperation") || Is(rel, "ties") ||
                                       Is(rel, "contact") || Is(rel, "contacts") || Is(rel, "exchanges"));
          const bool of_object = mm.prep != 0 && (mm.prep == of_word || between_owners) && mm.tb >= pos + 2;
          // ("shelled the city of Kherson": the place after "the city of" is the object.)
          const bool place_of = of_object && place_noun_at(mm.tb - 2);
          // "condemned the coup in Niger", "welcomed the elections in Moldova": a comment on
          // a plain noun phrase's event in a country is about that country.
          if (!keds && !after_prep && target < 0 && mm.prep != 0 && mm.prep == in_word && mm.tb >= pos + 2 &&
              mm.tb <= pos + 5 && (a.toks[pos].wflags & lx::kDeterminer) && mm.actors_len == 1 &&
              !a.mention_actors[mm.actors_off].country.empty() && comment_pattern(pi)) {
            // (A verb form right after the article is an adjective, "the attempted coup", "the
            // disputed election"; one after a plain noun is a compound's head, "the coup attempt".)
            bool plain = true;
            for (uint32_t q = pos + 1; q + 1 < mm.tb && plain; ++q) {
              const bool verb_form = (a.toks[q].wflags & lx::kAnyVerb) != 0;
              const bool adjective_or_head =
                  verb_form && !(a.toks[q].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary | lx::kReport)) &&
                  (q == pos + 1 ? (a.toks[q].wflags & (lx::kPastTense | lx::kPastParticiple)) != 0
                                : !(a.toks[q - 1].wflags & lx::kAnyVerb));
              plain = (a.toks[q].tflags & text::kWord) && a.toks[q].mention < 0 &&
                      !(a.toks[q].wflags & (lx::kPreposition | lx::kConjunction | lx::kDeterminer)) &&
                      (!verb_form || adjective_or_head);
            }
            if (plain) {
              target = mi;
              last = mm.te - 1;
              pos = mm.te;
              break;
            }
          }
          // ("met in Vientiane, Laos, on Thursday": a country after a comma that names a place's
          // own country says where the place is.)
          if (!keds && mm.tb >= sb + 2 && Is(tok_text(mm.tb - 1), ",") && a.toks[mm.tb - 2].mention >= 0 &&
              mm.actors_len == 1 && a.mention_actors[mm.actors_off].kind == MentionKind::kCountry) {
            const Mention& pl = a.mentions[a.toks[mm.tb - 2].mention];
            if (pl.place >= 0 && lx_.str(lx_.place(static_cast<uint32_t>(pl.place)).country) ==
                                     a.mention_actors[mm.actors_off].country.view()) {
              k = mm.te - 1;
              continue;
            }
          }
          // ("struck Kharkiv's main railway station": force on a city's thing is on its country.)
          const bool struck_owner = !keds && mm.possessive && mm.tb == pos + (a.toks[pos].wflags & lx::kDeterminer ? 1 : 0) &&
                                    styles_->root_of(pi) >= 18;
          if (mm.place_only && !place_of && !struck_owner && (mm.possessive || mm.modifier || (mm.prep != 0 && !after_prep))) {
            k = mm.te - 1;
            continue;
          }
          // "into the sea off its east coast", "raised its alert level": a possessive pronoun
          // names whose thing it is, not the target; an act of force on the thing is one on its
          // owner ("had rammed its supply boat").
          // (Unless an appeal or demand names that thing right after the slot: "called for his
          // release" is "call for * release", whose slot is the owner; not "closed their offices".)
          const bool owner_slot = !keds && ei + 1 < post_len && lx_.elem(p.elems_off + ei + 1).kind == lx::ElemKind::kLiteral &&
                                  (styles_->root_of(pi) == 2 || styles_->root_of(pi) == 10);
          if (possessive_pronoun(mi) && !owner_slot && (keds || styles_->root_of(pi) < 18 || styles_->root_of(pi) > 20)) {
            k = mm.te - 1;
            continue;
          }
          if (after_prep || mm.prep == 0 || of_object) {
            target = mi;
            last = mm.te - 1;
            pos = mm.te;
            // ("the release of the aid workers held by the Taliban": the captors.)
            if (!keds && mm.te + 2 < se && TokenIs(text, a.toks[mm.te + 1], "by") && a.toks[mm.te + 2].mention >= 0 &&
                !a.mentions[a.toks[mm.te + 2].mention].place_only) {
              const std::string_view pw = tok_text(mm.te);
              if (Is(pw, "held") || Is(pw, "detained") || Is(pw, "abducted") || Is(pw, "kidnapped")) {
                target = a.toks[mm.te + 2].mention;
                last = a.mentions[target].te - 1;
                pos = a.mentions[target].te;
                break;
              }
            }
            // ("detained the mayor of Istanbul, Ekrem Imamoglu,": the person named in apposition
            // to a role is the target, with the person's own dated role.)
            if (!keds && mm.actors_len == 1 && a.mention_actors[mm.actors_off].kind == MentionKind::kAgent) {
              uint32_t c = mm.te;
              while (c + 1 < se && (a.toks[c].wflags & lx::kPreposition) && a.toks[c + 1].mention >= 0 &&
                     a.mentions[a.toks[c + 1].mention].tb == c + 1) {
                c = a.mentions[a.toks[c + 1].mention].te;  // ("of Istanbul")
              }
              if (c + 1 < se && Is(tok_text(c), ",") && a.toks[c + 1].mention >= 0) {
                const Mention& ap = a.mentions[a.toks[c + 1].mention];
                const bool closed = ap.te < se && (Is(tok_text(ap.te), ",") || is_clause_end(ap.te) ||
                                                   (a.toks[ap.te].wflags & lx::kPreposition));
                if (ap.tb == c + 1 && ap.actors_len == 1 && closed &&
                    a.mention_actors[ap.actors_off].kind == MentionKind::kPerson) {
                  target = a.toks[c + 1].mention;
                  last = ap.te - 1;
                  pos = ap.te;
                }
              }
            }
            break;
          }
          k = mm.te - 1;
        }
        after_prep = false;
        continue;
      }
      int32_t found = -1;
      // Literals may stand a few words apart ("protested in Tbilisi every night against"), but
      // not across a clause end or another finite verb.
      auto matches = [&](uint32_t k) { return keds ? keds_literal_matches(k, e) : literal_matches(k, e); };
      // (KEDS: the words of a pattern may stand anywhere later in the clause, as in PETRARCH.)
      const uint32_t window = adjacent ? 1 : keds ? 16 : 9;
      adjacent = false;
      // "kill * leader" in "killed Hezbollah leader Hassan Nasrallah": a literal right after the
      // target slot may be a role word inside the target's own phrase.
      if (!keds && target >= 0 && pos == a.mentions[target].te && ei > 0 &&
          lx_.elem(p.elems_off + ei - 1).kind == lx::ElemKind::kTarget) {
        // (a common noun, not a word of a name: "hosted leaders of the Rapid Support Forces" is
        // no "host * forces")
        // (Its first word too: "pardoned jailed activist Alaa Abd El-Fattah" is "pardon * activist".)
        for (uint32_t k = a.mentions[target].tb; k < pos && found < 0; ++k) {
          if (!(a.toks[k].tflags & text::kCapitalized) && matches(k)) found = static_cast<int32_t>(k);
        }
        if (found >= 0) continue;  // the target's phrase already ends at `pos`
      }
      // A content word after a preposition of the pattern is that preposition's object: it does
      // not lie past another preposition ("withdraw its troops from the border area under a deal"
      // is no "withdraw from deal"; "of" stays inside the phrase; a date's preposition is an
      // aside). Nor does a head verb's object lie past an adjunct's preposition ("agreed to end
      // their dispute after talks" is no "end talks"), nor a head verb's own preposition
      // ("speaking after talks with Macron" is no "speak with").
      const bool literal_prep = e.alts_len > 0 && (lx_.Flags(lx_.pattern_words(e)[0]) & lx::kPreposition);
      const bool object_word = !keds && (after_prep || (last == h && !p.noun)) && e.alts_len > 0 && !literal_prep;
      const bool verb_prep = !keds && last == h && !p.noun && !after_prep && literal_prep;
      auto past_object = [&](uint32_t k) {
        const uint32_t f = a.toks[k].wflags;
        if (!(f & lx::kPreposition) || TokenIs(text, a.toks[k], "of")) return false;
        if (k + 1 < se && (a.toks[k + 1].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime))) return false;
        // ("halting most trains in protest against the reform" is no "halt protest": "in protest",
        // "in response", "in retaliation" open an adjunct of their own.)
        if (TokenIs(text, a.toks[k], "in") && k + 1 < se &&
            IsAny(word(k + 1), "protest", "response", "retaliation", "solidarity", "support")) {
          return true;
        }
        return after_prep || (f & lx::kSubordinator) || TokenIs(text, a.toks[k], "during") ||
               TokenIs(text, a.toks[k], "amid") || TokenIs(text, a.toks[k], "despite");
      };
      // ("placed opposition leader Robert Kyagulanyi, the singer-turned-politician known as Bobi
      // Wine, under house arrest": an appositive between commas right after the target's phrase
      // is the target's, and the pattern's words may go on after it: its closing comma ends
      // nothing, and the window grows by its length.)
      uint32_t apposition_end = 0;
      if (!keds && target >= 0 && pos == a.mentions[target].te && ei > 0 &&
          lx_.elem(p.elems_off + ei - 1).kind == lx::ElemKind::kTarget && pos + 3 < se && Is(tok_text(pos), ",") &&
          (a.toks[pos + 1].wflags & lx::kDeterminer) && a.toks[pos + 1].mention < 0) {
        for (uint32_t k = pos + 2; k < se && k < pos + 12; ++k) {
          if (is_clause_end(k) || (a.toks[k].wflags & (lx::kReport | lx::kBe | lx::kModal)) ||
              ((a.toks[k].wflags & lx::kPastTense) && lx_.VerbFormOf(a.toks[k].word) == lx::VerbForm::kPast)) {
            break;
          }
          if (Is(tok_text(k), ",")) {
            if (k + 1 < se && !(a.toks[k + 1].wflags & lx::kReport)) apposition_end = k;
            break;
          }
        }
      }
      const uint32_t reach = pos + window + (apposition_end > 0 ? apposition_end - pos : 0);
      for (uint32_t k = pos; k < se && k < reach; ++k) {
        // (Both punctuation: the flag passes over words first.)
        // (Also a comma right after the head verb: "before the summit opened, Xi held talks"
        // has no "open talks".)
        if ((a.toks[k].tflags & text::kPunct) && k != apposition_end &&
            (is_clause_end(k) || ((k > pos || (!keds && !p.noun && k == h + 1)) && Is(tok_text(k), ",")))) {
          break;
        }
        // (Whether the token is the literal, once: the tests below ask it several times.)
        const bool mk = matches(k);
        // ("ready to accept a ceasefire after eight hours of talks with U.S. officials" is no
        // "ceasefire with *": an event noun's words do not reach past another event noun after a
        // preposition.)
        if (!keds && p.noun && !mk && k > pos + 1 && (a.toks[k].wflags & lx::kEventNoun) && a.toks[k].mention < 0 &&
            (a.toks[k - 1].wflags & lx::kPreposition) && !(a.toks[k - 1].wflags & lx::kDeterminer)) {
          break;
        }
        // ("sent back the remains of 28 Russian troops" is no "send troops": the dead or the kin
        // of the people a pattern names are no such people.)
        // (Only for force and shows of force: "handed over the bodies of four hostages" returns them.)
        if (!keds && !mk && k > pos && Is(word(k), "of") && styles_->root_of(pi) >= 15 &&
            IsAny(tok_text(k - 1), "remains", "bodies", "body", "families", "relatives", "graves", "funerals", "funeral")) {
          break;
        }
        if (object_word && k > pos && past_object(k) && !mk) break;
        // (nor past a gerund of its own: "accused Berlin of openly backing aggression" is no
        // accusation of aggression, the backing is)
        if (!keds && after_prep && k > pos && !mk && (a.toks[k].wflags & lx::kGerund) && a.toks[k].mention < 0) break;
        if (verb_prep && past_object(k) && !mk) break;
        if (!keds && k > pos && (a.toks[k].wflags & (lx::kReport | lx::kBe | lx::kModal)) && !mk) break;
        // (nor into a relative clause after an actor: "accused the Taliban government of sheltering
        // militants who carry out attacks" is no accusation of attacks)
        if (!keds && k > pos && !mk && a.toks[k - 1].mention >= 0 && IsAny(tok_text(k), "who", "which")) break;
        // (nor into a participle clause after a comma: "ordered the closure of two consulates,
        // accusing Addis Ababa of interfering in its affairs" is no "order closure in *")
        if (!keds && k > pos && !mk && Is(tok_text(k - 1), ",") && (a.toks[k].wflags & lx::kGerund) &&
            a.toks[k].mention < 0) {
          break;
        }
        // (nor into a coordinated verb phrase: "seized the city ... and marched toward Moscow
        // before their leader ...")
        if (!keds && k >= pos && k + 2 < se && (a.toks[k].wflags & lx::kConjunction) && !mk &&
            (a.toks[k + 1].wflags & lx::kPastTense) && a.toks[k + 1].mention < 0 &&
            ((a.toks[k + 2].wflags & (lx::kPreposition | lx::kDeterminer)) || a.toks[k + 2].mention >= 0 ||
             !(a.toks[k + 2].tflags & text::kWord))) {
          break;  // ("and enhanced partnership", "and tear gas" are no verb phrases)
        }
        // (nor past "but" and a verb: "welcomed the decision but urged Washington to act" is no
        // "welcome * to")
        if (!keds && k > pos && k + 1 < se && !mk && TokenIs(text, a.toks[k], "but") && a.toks[k + 1].mention < 0 &&
            (a.toks[k + 1].wflags & lx::kAnyVerb)) {
          break;
        }
        // (nor across another finite event verb right after an actor phrase: "headed by Deputy
        // Prime Minister Overchuk traveled to Pyongyang" is no "head to"; after an event noun,
        // across any: "an Israeli drone strike killed two Hezbollah members in southern
        // Lebanon" is no "strike in")
        if (!keds && (k > pos || p.noun) && (a.toks[k].wflags & lx::kEventVerb) && (a.toks[k].wflags & lx::kPastTense) &&
            a.toks[k].mention < 0 && (p.noun || a.toks[k - 1].mention >= 0) && !mk) {
          break;
        }
        // "agreed to lift the sanctions on Iran": "on" belongs to the infinitive's own verb.
        // (Also a verb whose base form is its past: "agreed to cut tariffs on each other's goods".)
        if (!keds && k + 1 < se && TokenIs(text, a.toks[k], "to") && !mk &&
            (a.toks[k + 1].wflags & lx::kAnyVerb) &&
            (lx_.VerbFormOf(a.toks[k + 1].word) == lx::VerbForm::kBase || lx_.VerbLemma(a.toks[k + 1].word) == a.toks[k + 1].word) &&
            a.toks[k + 1].mention < 0) {
          break;
        }
        // ("marched in Nairobi to protest against police brutality": a "to" before an event verb
        // is an infinitive's mark, not the preposition before the pattern's slot.)
        if (mk && !keds && ei + 1 < post_len && lx_.elem(p.elems_off + ei + 1).kind == lx::ElemKind::kTarget &&
            k + 1 < se && TokenIs(text, a.toks[k], "to") && a.toks[k + 1].mention < 0 &&
            (a.toks[k + 1].wflags & lx::kEventVerb) && lx_.VerbFormOf(a.toks[k + 1].word) == lx::VerbForm::kBase &&
            // (but "pledged $20 million to help Fiji": whom help goes to is the recipient)
            !IsAny(word(k + 1), "help", "assist", "support")) {
          break;  // (nor any word of the infinitive's own phrase: "to protest against")
        }
        if (mk) {
          // "agreed on Friday": a preposition that opens a date is not the pattern's "on".
          const bool date_pp = (a.toks[k].wflags & lx::kPreposition) && k + 1 < se &&
                               ((a.toks[k + 1].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)) ||
                                // ("on 12 Chinese companies": a number that opens an actor phrase)
                                ((a.toks[k + 1].tflags & text::kNumber) && a.toks[k + 1].mention < 0 &&
                                 // ("with 1.8 billion euros", "of 25,000 troops" are no date)
                                 !TokenIs(text, a.toks[k], "with") && !TokenIs(text, a.toks[k], "of") &&
                                 // (nor "on 21 billion euros of American goods": a day of the
                                 // month, not before a lower-case word)
                                 SmallNumber(tok_text(k + 1), 31) > 0 &&
                                 !(k + 2 < se && (a.toks[k + 2].tflags & text::kWord) &&
                                   !(a.toks[k + 2].tflags & text::kCapitalized))));
          if (date_pp) continue;
          // ("urged Washington to repeal the Caesar Act sanctions" is no "urge * to sanction": a
          // verb the pattern has after its "to" stands right after it, or past one adverb.)
          // (Only after an infinitive's "to", a verb right after it; "to its trade blacklist" is
          // a preposition's. A verb joined by "and" is the infinitive's too: "to close its
          // offices and leave".)
          if (!keds && ei > 0 && k > last + 1 && TokenIs(text, a.toks[last], "to") && a.toks[k].mention < 0 &&
              (a.toks[k].wflags & lx::kAnyVerb) && a.toks[last + 1].mention < 0 && (a.toks[last + 1].tflags & text::kWord) &&
              !(a.toks[last + 1].tflags & (text::kCapitalized | text::kNumber)) &&
              !(a.toks[last + 1].wflags & (lx::kDeterminer | lx::kPreposition | lx::kPronounPerson | lx::kPronounGroup |
                                           lx::kPronounThing)) &&
              !IsPossessivePronounWord(tok_text(last + 1)) && !Is(word(k - 1), "and") &&
              (k > last + 2 || !IsAdverbWord(tok_text(last + 1)))) {
            break;
          }
          found = static_cast<int32_t>(k);
          break;
        }
      }
      if (found < 0) {
        if (e.kind == lx::ElemKind::kOptional) continue;
        return false;
      }
      pos = static_cast<uint32_t>(found) + 1;
      last = static_cast<uint32_t>(found);
      after_prep = (a.toks[found].wflags & lx::kPreposition) != 0;
    }
    // A pattern without '*' whose object words name an actor: "released the Israeli hostages",
    // "rejected opposition demands" — that actor is the target. So for a pattern whose final
    // slot stayed empty: "hit a school in the Sagaing region" (no actor after "in").
    if ((!p.has_target || !keds) && target < 0) {
      int32_t outside = -1;
      for (uint32_t k = h + 1; k <= last && k < se; ++k) {
        // ("welcomed the decision but urged Washington to drop ...": not past "but" and the verb
        // of another clause.)
        if (!keds && k > h + 1 && a.toks[k].mention < 0 && (a.toks[k].wflags & lx::kAnyVerb) &&
            TokenIs(text, a.toks[k - 1], "but")) {
          break;
        }
        const int32_t mi = a.toks[k].mention;
        if (mi < 0 || a.mentions[mi].place_only || (keds && !keds_target_ok(mi))) continue;
        if (!keds && (possessive_pronoun(mi) || occasion(a.mentions[mi]))) continue;
        // (With an empty slot, only the object among the pattern's own words: not "co-hosted
        // with the United Nations" for "host *".)
        if (p.has_target && (a.mentions[mi].prep != 0 || a.mentions[mi].te > last)) continue;
        // ("withdrew its troops": the subject's own forces are not what it acts on.)
        if (!keds && (TokenIs(text, a.toks[a.mentions[mi].tb], "its") || TokenIs(text, a.toks[a.mentions[mi].tb], "their"))) {
          continue;
        }
        // Not a place or an agent: "protested ... against the government's decision" yes,
        // "in Tbilisi", "by police" no. ("outside parliament ... against the government's
        // decision": where a protest stood only when nothing later names whom it is against.)
        const std::string_view prep = a.mentions[mi].prep ? lx_.Word(a.mentions[mi].prep) : "";
        // ("withdrew from the World Health Organization": the pattern's last word is the head of
        // the actor's own name, whatever preposition stands before it.)
        const bool named_by_pattern = !keds && !p.has_target && Is(prep, "from") && a.mentions[mi].te == last + 1 &&
                                      a.mentions[mi].tb <= last && (a.toks[last].tflags & text::kCapitalized);
        if (named_by_pattern ||
            (!Is(prep, "in") && !Is(prep, "at") && !Is(prep, "near") && !Is(prep, "by") && !Is(prep, "from"))) {
          if (Is(prep, "outside")) {
            if (outside < 0) outside = mi;
            k = a.mentions[mi].te - 1;
            continue;
          }
          target = mi;
          break;
        }
      }
      if (target < 0) target = outside;
      // "ratified an agreement with the European Union": the partner right after the object;
      // "captured the city of Goma": the place the object names; "refused to sign the final
      // declaration of the CSTO summit": the actor whose object it is (not a mere place).
      const bool of = last + 2 < se && TokenIs(text, a.toks[last + 1], "of");
      const bool of_place = of && place_noun_at(last);
      // ("rejected calls from Brussels": whose the object is.)
      // ("welcomed the ceasefire agreement between Israel and Hamas": past the head noun of a
      // compound whose first word the pattern read.)
      uint32_t obj_end = last;
      if (!keds && last + 3 < se && a.toks[last + 1].mention < 0 && (a.toks[last + 1].wflags & lx::kEventNoun) &&
          (TokenIs(text, a.toks[last + 2], "between") || TokenIs(text, a.toks[last + 2], "with"))) {
        obj_end = last + 1;
      }
      if (target < 0 && !p.has_target && obj_end + 2 < se &&
          (TokenIs(text, a.toks[obj_end + 1], "with") || TokenIs(text, a.toks[obj_end + 1], "between") || of ||
           TokenIs(text, a.toks[obj_end + 1], "from"))) {
        for (uint32_t k = obj_end + 2; k < se && k < obj_end + 4; ++k) {
          const int32_t mi = a.toks[k].mention;
          // (An actor that is also a place, after a plain "of", is where: "the streets of Nairobi".)
          if (mi < 0) continue;
          const bool where = of && !of_place && a.mentions[mi].place >= 0;
          if ((!a.mentions[mi].place_only || of_place) && !where && !occasion(a.mentions[mi])) {
            target = mi;
            break;
          }
        }
      }
      // ("rejected a truce plan drawn up by the United States", "welcomed the roadmap presented
      // by Qatar": a judgement on a thing made by someone is aimed at its maker. A past
      // participle, with "up", "forward" or "out" after it, then "by" and the maker.)
      // (Not a signing: "signed an agreement brokered by Qatar" is with the other signatory.)
      if (target < 0 && !p.has_target && !keds && comment_pattern(pi) &&
          (styles_->root_of(pi) != 5 || Is(lx_.cameo(p.cameo).code, "051")) && obj_end + 3 < se &&
          a.toks[obj_end + 1].mention < 0) {
        const lx::VerbForm f = lx_.VerbFormOf(a.toks[obj_end + 1].word);
        uint32_t by = obj_end + 2;
        if (by < se && IsAny(word(by), "up", "forward", "out")) ++by;
        if ((f == lx::VerbForm::kParticiple || f == lx::VerbForm::kPastOrParticiple) && by + 1 < se &&
            TokenIs(text, a.toks[by], "by") && a.toks[by + 1].mention >= 0 && !a.mentions[a.toks[by + 1].mention].place_only) {
          target = a.toks[by + 1].mention;
        }
      }
    }
    // KEDS words before the verb, matched right to left, each within a few words of the next
    // and inside the clause.
    int pre_literals = 0;
    bool compound = false, subject_target = false;
    uint32_t pre_first = h;
    if (post_len < p.elems_len) {
      int32_t k = static_cast<int32_t>(h) - 1;
      bool pre_adjacent = false;
      for (uint16_t ei = p.elems_len - 1; ei > post_len; --ei) {
        const lx::PatternElem& e = lx_.elem(p.elems_off + ei);
        if (e.alts_len == 1 && lx_.pattern_words(e)[0] == styles_->compound_marker) {
          // "%": the actor phrase before the verb must be a compound ("X and Y agree").
          int32_t before = -1;
          for (int32_t j = static_cast<int32_t>(h) - 1; j >= static_cast<int32_t>(sb) && before < 0; --j) {
            if (is_clause_end(static_cast<uint32_t>(j))) break;
            before = a.toks[j].mention;
          }
          if (before < 0 || a.mentions[before].group < 0) return false;
          compound = true;
          ++pre_literals;
          continue;
        }
        if (e.alts_len == 1 && lx_.pattern_words(e)[0] == styles_->next_marker) {
          pre_adjacent = true;
          continue;
        }
        if (e.alts_len == 1 && lx_.pattern_words(e)[0] == styles_->target_marker) {
          subject_target = true;
          ++pre_literals;
          continue;
        }
        int32_t found_at = -1;
        const int32_t window = pre_adjacent ? 1 : 8;
        pre_adjacent = false;
        for (int32_t j = k; j >= static_cast<int32_t>(sb) && j > k - window; --j) {
          if (is_clause_end(static_cast<uint32_t>(j))) break;
          if (keds_literal_matches(static_cast<uint32_t>(j), e)) {
            found_at = j;
            break;
          }
        }
        if (found_at < 0) return false;
        ++pre_literals;
        pre_first = static_cast<uint32_t>(found_at);
        k = found_at - 1;
      }
    }
    // ("+ * MONEY $": the subject and the "$" slot count as pattern words.)
    int score = (p.literals + pre_literals + (source_slot >= 0 ? 1 : 0)) * 4 + (target >= 0 ? 2 : 0);
    // ("appealed for ... the release of all hostages": a final "of *" that named no actor
    // does not count, so "appeal for release" is as good a match; a final "from *" that named
    // only a place counts less than its words: "withdrew its troops from the border area" is
    // "withdraw troops".)
    if (!keds && target < 0 && p.has_target && p.elems_len >= 2 &&
        lx_.elem(p.elems_off + p.elems_len - 1).kind == lx::ElemKind::kTarget) {
      const lx::PatternElem& of = lx_.elem(p.elems_off + p.elems_len - 2);
      if (of.kind == lx::ElemKind::kLiteral && of.alts_len == 1) {
        const std::string_view w = lx_.Word(lx_.pattern_words(of)[0]);
        if (Is(w, "of")) score -= 5;
        if (Is(w, "from")) score -= 5;
      }
      // ("launched exercises in the Baltic Sea", "declared a curfew in three provinces": nor
      // does a final place preposition whose slot named no actor: the pattern without it is as
      // good.)
      if (of.kind == lx::ElemKind::kLiteral && of.alts_len >= 1) {
        bool place = true;
        for (uint32_t q = 0; q < of.alts_len && place; ++q) {
          const std::string_view w = lx_.Word(lx_.pattern_words(of)[q]);
          place = Is(w, "in") || Is(w, "near") || Is(w, "around") || Is(w, "off") || Is(w, "on");
        }
        if (place) score -= 5;
      }
    }
    // (On a tie, a pattern of three or more words without a target slot beats one whose slot
    // stayed empty: "asked for air defence systems" is "ask for air defence", not "ask * for air
    // defence". A bare verb does not: "criticised" after "criticise *" found no target.)
    if (score > m->score || (score == m->score && p.literals >= 2 && !p.has_target && m->target < 0 && m->score >= 0 &&
                             lx_.pattern(m->pattern).has_target && !styles_->keds_at(pi))) {
      m->pattern = pi;
      m->target = target;
      m->last = last;
      m->score = score;
      m->compound = compound;
      m->pre_first = pre_first;
      m->source = source_slot;
      m->subject_target = subject_target;
    }
    return true;
  };

  // A question asserts nothing: "Will Trump and Kim meet again?"
  const bool question = se > sb && TokenIs(text, a.toks[se - 1], "?");
  // Tries the patterns of a lemma (most literals first) and keeps the best match; stops when
  // no remaining pattern could score higher than the one already found.
  uint32_t key_from = 0;  // the first entry of a.key_toks past the last head
  // (`range` is c.of(lemma), which the caller has.)
  auto match_all = [&](const PatternStyles::Candidates& c, lx::WordId lemma,
                       std::pair<const PatternStyles::Quick*, const PatternStyles::Quick*> range, uint32_t h, Match* m) {
    const auto [first, last] = range;
    if (first == last) return;
    stamp_window(h);
    const uint32_t* const stamp = a.word_stamp.data();
    const uint32_t floor = window_floor;
    const lx::WordId* const need = c.need.data();
    const uint32_t n = static_cast<uint32_t>(last - first);
    // The search stops at the first candidate, visited or not, whose beat the score reaches.
    // (KEDS patterns may score more than their literals after the verb: words before it.)
    int score = m->score;  // (a local copy: only match_pattern changes it)
    auto first_beaten = [&](uint32_t j) {
      while (j < n && score < first[j].beat) j = first[j].run_end;
      return j;
    };
    // (Every beat is at least 2: a score below it beats none.)
    uint32_t stop = score < 2 ? n : first_beaten(0);
    // Tries candidate j (before `stop`).
    auto visit = [&](uint32_t j) __attribute__((always_inline)) {
      const PatternStyles::Quick& q = first[j];
      // (A keyed candidate's `first` is word 0, which passes.)
      if (stamp[q.first[0]] <= floor && stamp[q.first[1]] <= floor) return;
      if (!may_match(need, stamp, floor, q)) return;
      match_pattern(q.pattern, h, m);
      if (m->score != score) {
        score = m->score;
        stop = first_beaten(j + 1);
      }
    };
    const uint64_t bloom = c.key_bloom[lemma];
    if (bloom == 0) {  // no keyed candidates (few candidates): each in turn
      for (uint32_t j = 0; j < stop; ++j) visit(j);
      return;
    }
    // The candidates to visit: the unkeyed ones and those whose key is within reach.
    const uint32_t words = PatternStyles::Candidates::words_of(n);
    if (a.live_candidates.size() < words) a.live_candidates.resize(words);
    uint64_t* const live = a.live_candidates.data();
    const uint64_t* const bits = c.bits.data();
    const uint64_t* const unkeyed = bits + c.unkeyed_off[lemma];
    for (uint32_t x = 0; x < words; ++x) live[x] = unkeyed[x];
    const uint32_t to = std::min(se, h + 20);
    list_keys(h, to);
    // (The list is in token order: its entries past the head start at key_from, which moves on
    // as the heads do.)
    const Analysis::KeyTok* const kt = a.key_toks.data();
    while (key_from < key_toks && kt[key_from].tok <= h) ++key_from;
    for (uint32_t k = key_from; k < key_toks && kt[k].tok < to; ++k) {
      if (!((bloom >> (kt[k].word % 64)) & 1)) continue;  // (most words key other lemmas' candidates)
      const uint32_t keyed = c.KeyedBy(lemma, kt[k].word);
      if (keyed == UINT32_MAX) continue;
      for (uint32_t x = 0; x < words; ++x) live[x] |= bits[keyed + x];
    }
    for (uint32_t x = 0; x < words; ++x) {
      for (uint64_t b = live[x]; b != 0; b &= b - 1) {
        const uint32_t j = x * 64 + static_cast<uint32_t>(__builtin_ctzll(b));
        if (j >= stop) return;
        visit(j);
      }
    }
  };
  // --- find predicates ---
  for (uint32_t i = sb; i < se && !question; ++i) {
    {
      // (Most tokens are no event verb or noun: passed over in a loop of their own, on a copy
      // of `i`, which the compiler keeps in memory for the lambdas that take it by reference.)
      // (Through a pointer, four tokens per test first, as in MarkSkips.)
      constexpr uint32_t kEvent = lx::kEventVerb | lx::kEventNoun;
      const Tok* p = a.toks.data() + i;
      const Tok* const end = a.toks.data() + se;
      while (end - p >= 4 && !((p[0].wflags | p[1].wflags | p[2].wflags | p[3].wflags) & kEvent)) p += 4;
      while (p < end && !(p->wflags & kEvent)) ++p;
      if (p == end) break;
      i = static_cast<uint32_t>(p - a.toks.data());
    }
    const Tok& t = a.toks[i];
    if (!(t.wflags & (lx::kEventVerb | lx::kEventNoun)) || t.mention >= 0 || a.used[i]) continue;
    // ("had no intention of holding talks": the first word of a refusal or intent phrase of
    // several words is no event of its own.)
    if (t.phrase_span >= 0 && a.spans[t.phrase_span].tb == i && a.spans[t.phrase_span].te > i + 2 &&
        (GrammarFlags(lx_, a.spans[t.phrase_span]) & (lx::kRefusal | lx::kIntent))) {
      continue;
    }
    // (The lemma tables without their bounds tests: a token's word is a lexicon id.)
    const lx::WordId vlemma = (t.wflags & lx::kEventVerb) ? lx_.verb_lemmas()[t.word] : 0;
    const lx::WordId nlemma = (t.wflags & lx::kEventNoun) ? lx_.noun_lemmas()[t.word] : 0;
    const auto vp = styles_->verb_candidates.of_word(vlemma);  // (a token's lemmas, or 0: in range)
    const auto np = styles_->noun_candidates.of_word(nlemma);
    const bool has_verb = vp.first != vp.second, has_noun = np.first != np.second;
    const Tok* prev = i > sb ? &a.toks[i - 1] : nullptr;
    // (past an opening quote: 'reviving the "shuttle diplomacy"')
    if (prev && i > sb + 1 && (prev->tflags & text::kPunct) && !(a.toks[i].tflags & text::kSpaceBefore) &&
        IsQuoteMark(tok_text(i - 1)) && (a.toks[i - 2].wflags & lx::kDeterminer)) {
      prev = &a.toks[i - 2];
    }
    const lx::VerbForm form = lx_.VerbFormOf(t.word);
    // ("under Western sanctions": a capitalised word that names no actor, right after a
    // preposition, before an "-s" form.)
    const bool prev_det = prev && ((prev->wflags & lx::kDeterminer) || (prev->tflags & text::kPossessive) ||
                                   (prev->tflags & text::kNumber) ||
                                   (prev->mention >= 0 && a.mentions[prev->mention].modifier) ||
                                   (prev == &a.toks[i - 1] && i >= sb + 2 && (prev->tflags & text::kCapitalized) &&
                                    (prev->tflags & text::kWord) && prev->mention < 0 && prev->phrase_span < 0 &&
                                    form == lx::VerbForm::kThird && (a.toks[i - 2].wflags & lx::kPreposition)));
    const bool prev_light = prev && (prev->wflags & lx::kLight);
    // ("announced a one-month pause in fighting": a determiner before a hyphenated modifier.)
    const bool det_compound = prev && prev == &a.toks[i - 1] && i >= sb + 4 && (a.toks[i - 2].tflags & text::kJoined) &&
                              (a.toks[i - 4].wflags & lx::kDeterminer);
    // ("in response to continued attacks": "to" before a past form is no infinitive's.)
    const bool prev_prep = prev && (prev->wflags & lx::kPreposition) &&
                           (!TokenIs(text, *prev, "to") ||
                            ((form == lx::VerbForm::kPast || form == lx::VerbForm::kPastOrParticiple) && vlemma != t.word)) &&
                           !TokenIs(text, *prev, "by");
    bool as_noun = false;
    if (has_noun && (!has_verb || prev_det || prev_light || prev_prep || det_compound)) as_noun = true;
    // ("the EU's planned trade agreement with Mercosur", "a trade war", "trade ministers": a verb
    // form before a noun it modifies is that noun's modifier, no act.)
    if (!as_noun && i + 1 < se && Is(word(i), "trade") && a.toks[i + 1].mention < 0 &&
        (IsAgreementNoun(word(i + 1)) ||
         IsAny(tok_text(i + 1), "talks", "war", "wars", "dispute", "disputes", "ties", "relations", "minister", "ministers",
               "ministry", "surplus", "deficit", "barriers", "tensions", "negotiations", "partner", "partners", "routes",
               "route", "volume", "flows", "policy", "representative", "envoy", "delegation", "mission", "bloc"))) {
      continue;
    }
    if (!as_noun && prev_prep && form != lx::VerbForm::kGerund) continue;
    // ("near the city of Brest, close to the border with Poland": the adjective "close to".)
    if (!as_noun && i + 1 < se && Is(word(i), "close") && Is(word(i + 1), "to") && prev &&
        (Is(tok_text(i - 1), ",") || (prev->wflags & (lx::kBe | lx::kPreposition)) || IsAdverbWord(tok_text(i - 1)))) {
      continue;
    }
    // ("officers responded with tear gas": the noun "tear gas", not the verb "gas".)
    if (!as_noun && prev == &a.toks[i - 1] && Is(word(i), "gas") && Is(word(i - 1), "tear")) continue;
    // ("Pakistan hit back, suspending all trade": "back" right after a verb is its particle, not
    // the verb "back" (support).)
    if (!as_noun && prev && (prev->wflags & lx::kAnyVerb) && prev->mention < 0 &&
        !(prev->wflags & (lx::kBe | lx::kModal | lx::kAuxiliary)) && TokenIs(text, t, "back")) {
      continue;
    }
    // ("reports of mass killings, rapes and other crimes": an "-s" form between a comma and
    // "and" or another comma is a plural noun in a list, not a verb.)
    if (!as_noun && form == lx::VerbForm::kThird && prev && TokenIs(text, *prev, ",") && i + 1 < se &&
        (TokenIs(text, a.toks[i + 1], "and") || TokenIs(text, a.toks[i + 1], ",") || TokenIs(text, a.toks[i + 1], "or"))) {
      if (!has_noun) continue;
      as_noun = true;
    }
    // ("hit back", "struck back", "fought back": a response whose act the rest of the sentence
    // names, no blow of its own.)
    // (Unless "with" names the response: "hit back on Friday with a tariff on American goods",
    // which the verb's own patterns read.)
    if (!as_noun && i + 1 < se && TokenIs(text, a.toks[i + 1], "back") &&
        IsAny(lx_.Word(vlemma), "hit", "strike", "fight")) {
      uint32_t w = i + 2;
      if (w + 1 < se && Is(word(w), "on") && (a.toks[w + 1].wflags & (lx::kWeekday | lx::kRelTime))) w += 2;
      if (w >= se || !Is(word(w), "with")) continue;
    }
    // ("accused the Taliban government of sheltering militants who carry out attacks": a relative
    // clause inside what an accusation alleges is alleged too.)
    if (!as_noun && i >= sb + 2 && IsAny(tok_text(i - 1), "who", "which") && a.toks[i - 2].mention >= 0) {
      bool alleged = false;
      for (const Predicate& q : a.preds) {
        if (q.tok >= i || q.noun || styles_->root_of(q.pattern) != 11) continue;
        alleged = alleged || one_clause(q.tok + 1, i);
      }
      if (alleged) continue;
    }
    // "signed a declaration on ending their conflict", "talks about resuming flights": a gerund
    // after "on"/"about" after a noun is that noun's topic, not an act of its own.
    // "accusing Abu Dhabi of arming the RSF", "blaming Norway for supporting": what an
    // accusation alleges is no event of its own.
    // ("blacklisted 12 companies in Hong Kong for helping Russia evade sanctions": so is what a
    // sanction or an arrest punishes, after "for" in the same clause.)
    if (!as_noun && prev && form == lx::VerbForm::kGerund && (TokenIs(text, *prev, "of") || TokenIs(text, *prev, "for"))) {
      // ("several companies accused of helping Russia evade export controls", "suspected of
      // supplying drones": what a participle of accusing alleges is no event either.)
      bool alleged = TokenIs(text, *prev, "of") && i >= sb + 2 &&
                     IsAny(word(i - 2), "accused", "suspected", "alleged", "charged", "convicted", "guilty");
      for (const Predicate& q : a.preds) {
        const int root = styles_->root_of(q.pattern);
        alleged = alleged || (q.last + 1 == i && root == 11);
        // ("denounced North Korea and Iran for supplying Russia with shells": past the rest of a
        // list the target slot began.)
        if (!alleged && root == 11 && q.tok < i && q.last + 1 < i && TokenIs(text, *prev, "for")) {
          bool list_only = true;
          for (uint32_t k = q.last + 1; k + 1 < i && list_only; ++k) {
            list_only = a.toks[k].mention >= 0 || (a.toks[k].wflags & lx::kConjunction) || Is(tok_text(k), ",");
          }
          alleged = list_only;
        }
        if (alleged || (root != 16 && root != 17) || q.tok >= i || !TokenIs(text, *prev, "for")) continue;
        alleged = one_clause(q.tok + 1, i);
        // (and the acts that follow it in the clause are part of what is alleged: "for helping
        // Russia evade sanctions")
        for (uint32_t k = i + 1; alleged && k < se && !is_clause_end(k) && !Is(tok_text(k), ","); ++k) a.used[k] |= 1;
      }
      if (alleged) continue;
    }
    // ("thanked Kim for their role in driving Ukrainian forces out": "in" after a noun too.)
    if (!as_noun && prev_prep && form == lx::VerbForm::kGerund && i >= sb + 2 &&
        (TokenIs(text, *prev, "on") || TokenIs(text, *prev, "about") || TokenIs(text, *prev, "in") ||
         TokenIs(text, *prev, "of")) &&  // ("the cost of stationing American troops")
        (a.toks[i - 2].tflags & text::kWord) && a.toks[i - 2].mention < 0 &&
        (!(a.toks[i - 2].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kAuxiliary)) ||
         // (a verb form after an article is a noun: "the cost of")
         (i >= sb + 3 && (a.toks[i - 3].wflags & lx::kDeterminer) &&
          !(a.toks[i - 2].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary))))) {
      continue;
    }
    // Each reading is matched at most once.
    Match nm, vm;
    bool nm_done = false, vm_done = false;
    if (has_noun && has_verb && !as_noun && (form == lx::VerbForm::kBase || form == lx::VerbForm::kThird)) {
      // "talks between", "visit to": a noun pattern literal right after decides.
      match_all(styles_->noun_candidates, nlemma, np, i, &nm);
      match_all(styles_->verb_candidates, vlemma, vp, i, &vm);
      nm_done = vm_done = true;
      const bool noun_specific = nm.score >= 0 && lx_.pattern(nm.pattern).literals > 0 &&
                                 (vm.score < 0 || lx_.pattern(vm.pattern).literals == 0);
      // A subject right before a base/third form makes it a verb ("Russia and Belarus talk").
      const bool subject_before = prev && prev->mention >= 0 && !a.mentions[prev->mention].modifier;
      if (noun_specific && !subject_before && !(prev && (prev->wflags & (lx::kModal | lx::kAuxiliary)))) {
        as_noun = true;
      }
    }
    if (!as_noun && !has_verb) continue;
    // ("Clashes erupted on the border": a sentence's first word with a finite verb right after
    // is its subject, a noun.)
    // ("struck Damascus as clashes raged in Sweida": so is one right after a subordinator.)
    if (!as_noun && has_noun && form == lx::VerbForm::kThird && finite_next(i) &&
        (i == sb || (prev == &a.toks[i - 1] && (prev->wflags & lx::kSubordinator) && !(prev->wflags & lx::kPreposition) &&
                     prev->mention < 0))) {
      as_noun = true;
    }
    // ("while imports from China climbed 21%": an "-s" form opening a clause, with only a
    // prepositional phrase before a past verb, is that verb's subject, a noun.)
    if (!as_noun && form == lx::VerbForm::kThird && prev && i + 2 < se &&
        ((prev->wflags & (lx::kSubordinator | lx::kConjunction)) || TokenIs(text, *prev, ",")) &&
        (a.toks[i + 1].wflags & lx::kPreposition)) {
      bool subject = false;
      for (uint32_t k = i + 2; k < se && k < i + 7; ++k) {
        const Tok& n = a.toks[k];
        if (n.mention >= 0 || (n.wflags & lx::kDeterminer) || (n.tflags & text::kNumber)) continue;
        subject = (n.wflags & lx::kAnyVerb) && (n.wflags & lx::kPastTense);
        break;
      }
      if (subject) {
        if (!has_noun) continue;
        as_noun = true;
      }
    }
    // ("Fighting between M23 rebels and the army continued", "Clashes between ... erupted": an
    // "-ing" or "-s" form with "between" right after, and no "be" before, is a noun.)
    if (!as_noun && has_noun && i + 1 < se && (form == lx::VerbForm::kGerund || form == lx::VerbForm::kThird) &&
        TokenIs(text, a.toks[i + 1], "between") && !(prev && (prev->wflags & lx::kBe))) {
      as_noun = true;
    }
    if (!as_noun && form == lx::VerbForm::kGerund) {
      // "were attacking", "Speaking in Minsk, ..." are verbs; "their first meeting",
      // "a year of cross-border fighting" are nouns.
      int32_t k = static_cast<int32_t>(i) - 1;
      while (k >= static_cast<int32_t>(sb) && (EndsWithLy(tok_text(k)) || (a.toks[k].wflags & lx::kNegation))) --k;
      const bool progressive = k >= static_cast<int32_t>(sb) && (a.toks[k].wflags & lx::kBe);
      const bool clause_start = k < static_cast<int32_t>(sb) || Is(tok_text(k), ",") ||
                                (a.toks[k].wflags & (lx::kConjunction | lx::kSubordinator));
      // "began observing", "ending the sanctions": after a verb, or taking an object.
      const bool after_verb = k >= static_cast<int32_t>(sb) && (a.toks[k].wflags & lx::kAnyVerb) &&
                              !(a.toks[k].wflags & lx::kGerund);
      // (Not "that" opening a relative clause: "border fighting that killed 30 people".)
      const bool relative_next = i + 2 < se && TokenIs(text, a.toks[i + 1], "that") && (a.toks[i + 2].wflags & lx::kAnyVerb) &&
                                 a.toks[i + 2].mention < 0;
      // ("signed an order cutting off financial assistance", "a decree banning imports from":
      // after the name of a legal act, an "-ing" form with words after it is what the act does.)
      int32_t act_at = k;  // (past a time phrase: "an executive order on Friday cutting off")
      while (act_at > static_cast<int32_t>(sb) && act_at + 4 > k &&
             ((a.toks[act_at].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)) || Is(word(static_cast<uint32_t>(act_at)), "on"))) {
        --act_at;
      }
      const bool act_named_before = act_at >= static_cast<int32_t>(sb) && !relative_next && i + 1 < se &&
                                    (a.toks[i + 1].tflags & text::kWord) &&
                                    IsAny(tok_text(static_cast<uint32_t>(act_at)), "order", "decree", "law", "bill", "resolution",
                                          "measure", "directive", "proclamation", "regulation", "regulations", "orders",
                                          "decrees", "laws", "bills", "amendment", "motion");
      const bool takes_object =
          i + 1 < se && ((a.toks[i + 1].wflags & lx::kDeterminer) || a.toks[i + 1].mention >= 0 || act_named_before) &&
          !relative_next;
      // ("to end fighting in eastern Congo": what is ended, stopped or halted is an activity, a
      // noun, no act of its own.)
      const bool ended = k >= static_cast<int32_t>(sb) && (a.toks[k].wflags & lx::kAnyVerb) &&
                         (Is(word(k), "end") || Is(word(k), "stop") || Is(word(k), "halt") || Is(word(k), "cease"));
      if (ended) {
        if (!has_noun) continue;
        as_noun = true;
      }
      // ("responded by breaking diplomatic relations": the means, a verb)
      // ("displaced by fighting in Goma": with no object, and a noun reading, the cause, a noun)
      const bool means = k >= static_cast<int32_t>(sb) && Is(tok_text(static_cast<uint32_t>(k)), "by") &&
                         (takes_object || !has_noun);
      // ("Fighting broke out on the border", "Shelling continued": a finite verb right after
      // makes it the clause's subject, a noun.)
      // (Not a verb with no noun reading after a comma: in ", threatening targeted sanctions" the
      // "-ed" word describes the object.)
      const bool subject_noun = clause_start && finite_next(i) && (has_noun || !prev || !TokenIs(text, *prev, ","));
      // ("in the largest mass kidnapping in Nigeria": an article and modifiers before an "-ing"
      // form with no object make it a noun.)
      bool article_phrase = false;
      if (!takes_object && !progressive) {
        for (int32_t q = static_cast<int32_t>(i) - 1; q >= static_cast<int32_t>(sb) && q + 4 > static_cast<int32_t>(i); --q) {
          const Tok& qt = a.toks[q];
          // (or "of" and a modifier: "after five days of border fighting that killed 30")
          if ((qt.wflags & lx::kDeterminer) || (Is(tok_text(q), "of") && q + 1 < static_cast<int32_t>(i))) {
            article_phrase = q + 1 < static_cast<int32_t>(i);
            break;
          }
          if (qt.mention >= 0 || !(qt.tflags & text::kWord) ||
              (qt.wflags & (lx::kPreposition | lx::kConjunction | lx::kModal | lx::kBe | lx::kAuxiliary | lx::kPastTense))) {
            break;
          }
        }
      }
      // ("with Turkey acting as mediator", "Turkish officials acting as mediators": right after an
      // actor named as a whole, not as a modifier, a verb of that actor.)
      const bool after_actor = k >= static_cast<int32_t>(sb) && a.toks[k].mention >= 0 &&
                               a.mentions[a.toks[k].mention].te == static_cast<uint32_t>(k) + 1 &&
                               !a.mentions[a.toks[k].mention].modifier && !a.mentions[a.toks[k].mention].possessive &&
                               i + 1 < se && Is(tok_text(i + 1), "as");
      if ((!progressive && !clause_start && !after_verb && !takes_object && !means && !after_actor) || subject_noun ||
          article_phrase) {
        if (!has_noun) continue;
        as_noun = true;
      }
    }
    // ("the worst-hit provinces", "a quake-hit town": a verb joined by a hyphen to the word
    // before it, after an article, is part of an adjective.)
    if (!as_noun && i >= sb + 3 && Is(tok_text(i - 1), "-") && (a.toks[i - 2].tflags & text::kWord) &&
        (a.toks[i - 3].wflags & lx::kDeterminer) && a.toks[i - 3].mention < 0) {
      continue;
    }
    // A capitalised verb inside a sentence is part of a name or slogan ("Free Tibet"), also
    // right after an opening quote inside the sentence ("unfurled ``Free Tibet'' banners").
    if (!as_noun && i > sb && (t.tflags & text::kCapitalized) && !(a.toks[i - 1].tflags & text::kPunct)) continue;
    if (!as_noun && i > sb + 1 && (t.tflags & text::kCapitalized) && (a.toks[i - 1].tflags & text::kPunct)) {
      const std::string_view q = tok_text(i - 1);
      if (Is(q, "\"") || Is(q, "`") || Is(q, "``") || Is(q, "'") || Is(q, "\u201c") || Is(q, "\u2018")) continue;
    }
    // "the Israeli-occupied sector", "Iran-backed": a verb form joined by a hyphen to a name
    // before it is part of a compound adjective ("test-fired" stays a verb).
    if (!as_noun && i >= sb + 2 && (a.toks[i - 1].tflags & text::kJoined) &&
        (a.toks[i - 2].mention >= 0 || a.toks[i - 2].phrase_span >= 0 || (a.toks[i - 2].tflags & text::kCapitalized))) {
      continue;
    }
    // "an Islamic State target": a base form after a phrase that opens with "a"/"an" agrees
    // with that article, so it is a noun.
    if (!as_noun && form == lx::VerbForm::kBase && prev && prev->mention >= 0) {
      const Mention& pm = a.mentions[prev->mention];
      if (TokenIs(text, a.toks[pm.tb], "a") || TokenIs(text, a.toks[pm.tb], "an") ||
          TokenIs(text, a.toks[pm.tb], "A") || TokenIs(text, a.toks[pm.tb], "An")) {
        if (!has_noun) continue;
        as_noun = true;
      }
    }
    // "protested against the EU trade deal with Mercosur": a base form right after an actor in a
    // prepositional phrase and before an event noun has no subject there; it is a noun modifying
    // that noun. (Not after "of"/"from", which may end a subject: "Ministers of Russia, Belarus
    // sign deal"; not for KEDS dictionaries, whose verb forms are their own lemmas.)
    if (!as_noun && form == lx::VerbForm::kBase && has_verb && !vp.first->keds && prev && prev->mention >= 0 &&
        a.mentions[prev->mention].prep != 0 && !a.mentions[prev->mention].place_only && i + 1 < se &&
        (a.toks[i + 1].wflags & lx::kEventNoun) && a.toks[i + 1].mention < 0) {
      const std::string_view prep = lx_.Word(a.mentions[prev->mention].prep);
      if (!Is(prep, "of") && !Is(prep, "from")) {
        if (!has_noun) continue;
        as_noun = true;
      }
    }
    // An auxiliary before a participle is no event verb of its own: "he had called off talks"
    // is no "have talks".
    if (!as_noun && (t.wflags & lx::kAuxiliary) && i + 1 < se) {
      const lx::VerbForm next = lx_.VerbFormOf(a.toks[i + 1].word);
      if ((a.toks[i + 1].wflags & lx::kAnyVerb) &&
          (next == lx::VerbForm::kParticiple || next == lx::VerbForm::kPastOrParticiple)) {
        continue;
      }
    }
    // A verb form after a determiner is a noun or adjective use ("the signed accord"); so is a
    // base form after an article and one adjective ("a permanent end to the war").
    // ("thanked Qatar for its help": so is one after a possessive pronoun, an actor of its own.)
    if (!as_noun && prev_det &&
        (!(prev && prev->mention >= 0) || IsPossessivePronounWord(tok_text(i - 1)))) {
      continue;
    }
    // "condemned the strikes as a flagrant violation of the ceasefire": an event noun after "as"
    // says what an act named before was; it is no event of its own. (Not "as well as".)
    if (as_noun && i >= sb + 3) {
      uint32_t k = i;
      while (k > sb + 1 && k + 4 > i && !Is(word(k - 1), "as") && a.toks[k - 1].mention < 0 &&
             !(a.toks[k - 1].tflags & text::kPunct) && !(a.toks[k - 1].wflags & (lx::kPreposition | lx::kAnyVerb))) {
        --k;
      }
      if (k < i && k > sb + 1 && Is(word(k - 1), "as") && !Is(word(k - 2), "well") && (a.toks[k].wflags & lx::kDeterminer)) continue;
    }
    // So is a participle between a count word and the actor it describes ("freed six detained
    // Americans", "two jailed journalists"), unless the count word is itself a subject ("the two
    // met Putin").
    if (!as_noun && i >= sb + 1 && i + 1 < se && a.toks[i + 1].mention >= 0 && prev && prev->mention < 0 &&
        (form == lx::VerbForm::kPastOrParticiple || form == lx::VerbForm::kParticiple) &&
        CountWordValue(tok_text(i - 1)) >= 2 && !(i >= sb + 2 && (a.toks[i - 2].wflags & lx::kDeterminer))) {
      continue;
    }

    // So is one after an article and up to three modifiers ("the planned Atlantic gas pipeline");
    // with one modifier, not a name (its verb's subject: "the Kenyan police fire").
    if (!as_noun && form == lx::VerbForm::kBase && i >= sb + 2 && prev && prev->mention < 0) {
      auto modifier = [&](uint32_t k) {
        const Tok& m = a.toks[k];
        return m.mention < 0 && (m.tflags & text::kWord) &&
               !(m.wflags & (lx::kBe | lx::kModal | lx::kAuxiliary | lx::kNegation | lx::kPreposition |
                             lx::kConjunction | lx::kSubordinator | lx::kPronounPerson | lx::kPronounGroup |
                             lx::kPronounThing | lx::kDeterminer)) &&
               // (a verb form that is also a noun modifies too: "a state visit"; so does a
               // participle: "the planned pipeline")
               (!(m.wflags & lx::kAnyVerb) ||
                (lx_.NounLemma(m.word) && lx_.VerbFormOf(m.word) == lx::VerbForm::kBase) ||
                lx_.VerbFormOf(m.word) == lx::VerbForm::kPastOrParticiple) &&
               !EndsWithLy(tok_text(k));
      };
      uint32_t k = i;
      while (k > sb + 1 && k + 3 > i && modifier(k - 1)) --k;
      const bool one_plain = k + 1 == i && !(prev->tflags & text::kCapitalized) &&
                             (!(prev->wflags & lx::kAnyVerb) ||
                              (lx_.NounLemma(prev->word) && lx_.VerbFormOf(prev->word) == lx::VerbForm::kBase));
      if ((one_plain || k + 1 < i) &&
          (TokenIs(text, a.toks[k - 1], "a") || TokenIs(text, a.toks[k - 1], "an") || TokenIs(text, a.toks[k - 1], "the"))) {
        if (!has_noun) continue;
        as_noun = true;
      }
    }
    // "to discuss a U.S. proposal for disarming Hezbollah": a gerund after the preposition of a
    // plan, proposal or demand is what it is about, no act.
    if (!as_noun && form == lx::VerbForm::kGerund && i >= sb + 2 && prev && (prev->wflags & lx::kPreposition) &&
        IsAny(tok_text(i - 2), "proposal", "proposals", "plan", "plans", "deal", "demand", "demands", "call", "calls",
              "bill", "law", "idea", "push", "effort", "efforts", "initiative", "roadmap", "framework")) {
      continue;
    }
    // "duties on pork imported from the EU": a participle right after the noun a preposition
    // governs describes that noun; it is no finite verb.
    if (!as_noun && i >= sb + 2 && (form == lx::VerbForm::kPastOrParticiple || form == lx::VerbForm::kParticiple) &&
        prev && prev->mention < 0 && (prev->tflags & text::kWord) && !(prev->tflags & text::kCapitalized) &&
        !(prev->wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kAuxiliary | lx::kNegation | lx::kPronounPerson |
                          lx::kPronounGroup | lx::kPronounThing | lx::kDeterminer | lx::kConjunction | lx::kSubordinator |
                          lx::kPreposition)) &&
        !IsAdverbWord(tok_text(i - 1)) && (a.toks[i - 2].wflags & lx::kPreposition) && a.toks[i - 2].mention < 0 &&
        // (with its own "from" or "by" after it: not "Gunmen on motorbikes shot dead ...")
        i + 1 < se && (Is(word(i + 1), "from") || Is(word(i + 1), "by"))) {
      continue;
    }
    // "U.N. aid chief Tom Fletcher", "trade envoy Jamieson Greer": a verb form before a role word
    // and a name is a word of the name's title.
    if (!as_noun && i + 2 < se && a.toks[i + 1].mention < 0 && (a.toks[i + 1].tflags & text::kWord) &&
        !(a.toks[i + 1].tflags & text::kCapitalized) && (a.toks[i + 2].tflags & text::kCapitalized) &&
        IsRoleHeadWord(word(i + 1))) {
      continue;
    }
    // "ahead of a planned rally", "the proposed visit": an act only planned after an article is
    // no event (a noun or, for "rally", a base form read as one); "in protest at the deal" is
    // why the clause's own act was done. (A plural after a preposition too: "ahead of planned
    // protests".)
    if (i >= sb + 2 && (as_noun || form == lx::VerbForm::kBase || form == lx::VerbForm::kThird) &&
        (a.toks[i - 2].wflags & (lx::kDeterminer | lx::kPreposition)) &&
        (TokenIs(text, *prev, "planned") || TokenIs(text, *prev, "proposed") || TokenIs(text, *prev, "scheduled") ||
         TokenIs(text, *prev, "upcoming"))) {
      continue;
    }
    if (as_noun && i > sb && TokenIs(text, *prev, "in") && (Is(word(i), "protest") || Is(word(i), "protests"))) continue;
    // ("ruled out any easing of sanctions before a ceasefire in Ukraine": what is to come "before"
    // or "until" something has not happened either.)
    if (as_noun && i >= sb + 2 && (prev->wflags & lx::kDeterminer) &&
        (TokenIs(text, a.toks[i - 2], "before") || TokenIs(text, a.toks[i - 2], "until"))) {
      continue;
    }
    // ("despite a warrant for his arrest": what a warrant is for has not happened.)
    if (as_noun && i >= sb + 2) {
      uint32_t k = i - 1;
      if (k > sb && ((a.toks[k].tflags & text::kPossessive) || (a.toks[k].mention >= 0 && a.mentions[a.toks[k].mention].possessive) ||
                     IsPossessivePronounWord(tok_text(k)) || Is(word(k), "the"))) {
        k = a.toks[k].mention >= 0 ? a.mentions[a.toks[k].mention].tb : k;
      } else {
        k = i;
      }
      if (k >= sb + 2 && Is(word(k - 1), "for") && (Is(word(k - 2), "warrant") || Is(word(k - 2), "warrants"))) continue;
    }
    // ("thousands of killings during his \"war on drugs\"": a campaign named a war is no war.)
    if (as_noun && i + 2 < se && Is(word(i), "war") && TokenIs(text, a.toks[i + 1], "on") &&
        IsAny(TokenText(text, a.toks[i + 2]), "drugs", "terror", "terrorism", "crime", "corruption", "poverty", "gangs")) {
      continue;
    }
    // ("the next round of negotiations between Armenia and Azerbaijan on a peace treaty": an
    // event noun that is the topic of talks is what they are about, no event of its own.)
    if (as_noun && i > sb + 2) {
      uint32_t k = i - 1;
      while (k > sb && k + 4 > i && a.toks[k].mention < 0 && (a.toks[k].tflags & text::kWord) &&
             !(a.toks[k].wflags & (lx::kPreposition | lx::kAnyVerb))) {
        --k;  // (an article and modifiers: "a peace")
      }
      if (Is(word(k), "on") || Is(word(k), "about") || Is(word(k), "over")) {
        // (the talks before it, past the sides they are between: "negotiations between A and B on")
        uint32_t q = k;
        while (q > sb && q + 8 > k && (a.toks[q - 1].mention >= 0 || Is(word(q - 1), "between") || Is(word(q - 1), "and") ||
                                       Is(word(q - 1), "with"))) {
          --q;
        }
        if (q > sb && (IsMeetingNoun(word(q - 1)) || Is(word(q - 1), "talks"))) continue;
      }
    }
    // "condemned the launch as a violation of the resolutions": a noun after "as a(n)" says what
    // something else was; it is no event of its own. ("as demonstrations turned violent" is.)
    if (as_noun && i >= sb + 2 && (TokenIs(text, *prev, "a") || TokenIs(text, *prev, "an")) &&
        TokenIs(text, a.toks[i - 2], "as")) {
      continue;
    }
    Match best;
    if (as_noun) {
      if (!nm_done) match_all(styles_->noun_candidates, nlemma, np, i, &nm);
      best = nm;
      // "After meeting Putin in the Kremlin, ...": a gerund after the preposition that opens the
      // sentence, which no noun pattern takes, is the verb; so is one with an actor right after
      // it ("said on Tuesday after meeting Palestinian Prime Minister Mustafa").
      if (best.score < 0 && form == lx::VerbForm::kGerund && prev_prep && has_verb &&
          (i == sb + 1 || (i + 1 < se && a.toks[i + 1].mention >= 0 && a.mentions[a.toks[i + 1].mention].prep == 0 &&
                           !a.mentions[a.toks[i + 1].mention].place_only))) {
        if (!vm_done) match_all(styles_->verb_candidates, vlemma, vp, i, &vm);
        vm_done = true;
        if (vm.score >= 0) {
          best = vm;
          as_noun = false;
        }
      }
    } else {
      if (!vm_done) match_all(styles_->verb_candidates, vlemma, vp, i, &vm);
      best = vm;
      // "Talks between Armenia and Azerbaijan ended ...": a form no verb pattern takes, with no
      // subject before it, is the noun when a noun pattern takes it.
      if (best.score < 0 && nm_done && nm.score >= 0 && !(prev && prev->mention >= 0)) {
        best = nm;
        as_noun = true;
      }
    }
    // "A treaty ... was signed by Putin and Lukashenko": a passive whose pattern's object word
    // is the subject before "was" (a pattern of one literal, like "sign treaty"); also a reduced
    // passive after a comma ("The ceasefire between Israel and Hezbollah, brokered by ...").
    if (best.score < 0 && !as_noun && prev && ((prev->wflags & lx::kBe) || TokenIs(text, *prev, ",")) && i + 2 < se &&
        TokenIs(text, a.toks[i + 1], "by") && (form == lx::VerbForm::kParticiple || form == lx::VerbForm::kPastOrParticiple)) {
      for (const PatternStyles::Quick* q = vp.first; q != vp.second && best.score < 0; ++q) {
        const lx::Pattern& pat = lx_.pattern(q->pattern);
        if (q->keds || pat.literals != 1 || pat.elems_len != 1) continue;
        const lx::PatternElem& e = lx_.elem(pat.elems_off);
        if (e.kind != lx::ElemKind::kLiteral) continue;
        for (int32_t k = static_cast<int32_t>(i) - 2; k >= static_cast<int32_t>(sb); --k) {
          if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",")) break;
          // (also the head of an actor phrase: "A Taiwanese fishing boat was seized by ...")
          if ((a.toks[k].mention < 0 || a.mentions[a.toks[k].mention].te == static_cast<uint32_t>(k) + 1) &&
              literal_matches(static_cast<uint32_t>(k), e)) {
            best.pattern = q->pattern;
            best.score = 0;
            best.last = i;
            break;
          }
        }
      }
    }
    // "New sanctions were imposed on 20 Russian oil tankers by Britain", "Talks were held with
    // the Taliban by ...": a passive of a pattern "verb OBJECT PREP *" whose object word is the
    // subject before "was", with the slot's preposition right after the participle and a "by"
    // agent later (passive handling below takes the agent as source, the slot as target).
    if (best.score < 0 && !as_noun && prev && (prev->wflags & lx::kBe) && i + 3 < se &&
        (form == lx::VerbForm::kParticiple || form == lx::VerbForm::kPastOrParticiple) &&
        (a.toks[i + 1].wflags & lx::kPreposition) && !TokenIs(text, a.toks[i + 1], "by")) {
      // (the slot's actor phrase, past a number or determiner: "on 20 Russian oil tankers")
      int32_t slot = -1;
      for (uint32_t k = i + 2; k < se && k < i + 5 && slot < 0; ++k) {
        if (a.toks[k].mention >= 0) {
          slot = a.toks[k].mention;
        } else if (!(a.toks[k].wflags & lx::kDeterminer) && !(a.toks[k].tflags & text::kNumber)) {
          break;
        }
      }
      // (a "by" agent right after the slot)
      const uint32_t slot_end = slot >= 0 ? a.mentions[slot].te : se;
      const bool agent = slot_end + 1 < se && TokenIs(text, a.toks[slot_end], "by") && a.toks[slot_end + 1].mention >= 0;
      for (const PatternStyles::Quick* q = vp.first; agent && q != vp.second && best.score < 0; ++q) {
        const lx::Pattern& pat = lx_.pattern(q->pattern);
        if (q->keds || pat.elems_len != 3) continue;
        const lx::PatternElem& e0 = lx_.elem(pat.elems_off);
        const lx::PatternElem& e1 = lx_.elem(pat.elems_off + 1);
        const lx::PatternElem& e2 = lx_.elem(pat.elems_off + 2);
        if (e0.kind != lx::ElemKind::kLiteral || e1.kind != lx::ElemKind::kLiteral || e2.kind != lx::ElemKind::kTarget ||
            !literal_matches(i + 1, e1)) {
          continue;
        }
        for (int32_t k = static_cast<int32_t>(i) - 2; k >= static_cast<int32_t>(sb); --k) {
          if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",") || a.toks[k].mention >= 0) break;
          if (literal_matches(static_cast<uint32_t>(k), e0)) {
            best.pattern = q->pattern;
            best.score = 0;
            best.last = i + 1;
            best.target = slot;
            break;
          }
        }
      }
    }
    if (best.score < 0) continue;
    // "called the strikes an act of war": "call" with a noun phrase after its object names the
    // object; it calls no strike, boycott or talks.
    if (!as_noun && !styles_->keds_at(best.pattern) && best.last > i && best.last + 1 < se &&
        (Is(tok_text(best.last + 1), "a") || Is(tok_text(best.last + 1), "an")) &&
        Is(lx_.Word(vlemma), "call")) {
      continue;
    }
    // "withdrew its invitation ..., citing the bloc's sanctions": an event noun given as a
    // reason names an act already reported, not a new one.
    if (as_noun && i > sb) {
      uint32_t k = i - 1;
      while (k > sb && k + 5 > i && ((a.toks[k].wflags & lx::kDeterminer) || a.toks[k].mention >= 0 ||
                                     (a.toks[k].tflags & text::kPossessive))) {
        --k;
      }
      if (TokenIs(text, a.toks[k], "citing")) continue;
    }
    // "Xi told visiting Brazilian President Lula", "met visiting officials": a gerund between a
    // verb and the actor phrase that is its object describes that actor.
    if (!as_noun && form == lx::VerbForm::kGerund && prev && (prev->wflags & lx::kAnyVerb) && prev->mention < 0 &&
        !(prev->wflags & (lx::kBe | lx::kAuxiliary | lx::kModal)) && i + 1 < se && a.toks[i + 1].mention >= 0 &&
        !a.mentions[a.toks[i + 1].mention].place_only && a.mentions[a.toks[i + 1].mention].prep == 0 &&
        !styles_->keds_at(best.pattern)) {
      continue;
    }
    // "airstrikes on Hezbollah targets", "fired at Houthi sites": an "-s" form right after an
    // actor that a preposition governs is that phrase's noun, no verb.
    if (!as_noun && form == lx::VerbForm::kThird && prev && prev->mention >= 0 &&
        a.mentions[prev->mention].te == i && a.mentions[prev->mention].prep != 0 && !styles_->keds_at(best.pattern)) {
      continue;
    }
    // "shipping firms accused of buying Iranian oil", "officials charged with fraud": the
    // preposition right after the participle leaves no room for an object; it is a passive
    // with no agent, and nobody named accused anybody.
    if (!as_noun && !styles_->keds_at(best.pattern) && i + 1 < se && (t.wflags & lx::kPastParticiple)) {
      const std::string_view lemma = lx_.Word(vlemma), next = tok_text(i + 1);
      // ("a delegation headed by Minister Kozlov flew to Pyongyang" heads nowhere.)
      // ("was charged with treason by prosecutors": unless a "by" agent follows in the clause.)
      auto agent_named = [&] {
        for (uint32_t k = i + 2; k + 1 < se && k < i + 12; ++k) {
          if (is_clause_end(k) || Is(tok_text(k), ",")) return false;
          if (!TokenIs(text, a.toks[k], "by")) continue;
          for (uint32_t q = k + 1; q < se && q < k + 4; ++q) {  // ("by state prosecutors")
            if (a.toks[q].mention >= 0) return !a.mentions[a.toks[q].mention].place_only;
            if (!(a.toks[q].tflags & text::kWord)) break;
          }
        }
        return false;
      };
      if ((Is(next, "by") && Is(lemma, "head")) ||
          (((Is(next, "of") && (Is(lemma, "accuse") || Is(lemma, "suspect") || Is(lemma, "convict"))) ||
            (Is(next, "with") && Is(lemma, "charge")) || (Is(next, "for") && Is(lemma, "blame"))) &&
           !agent_named())) {
        continue;
      }
    }
    // "the decision to suspend talks", "efforts to end the war": an infinitive that completes a
    // noun is not an event of the sentence's subject.
    if (!as_noun && prev && TokenIs(text, *prev, "to") && i >= sb + 2) {
      const Tok& before = a.toks[i - 2];
      // ("signed a plan to expand cooperation": a noun right after an article or possessive.)
      const std::string_view det = i >= sb + 3 ? tok_text(i - 3) : std::string_view();
      // ("Zelensky's challenge to meet": also after a possessive actor.)
      bool after_article = Is(det, "a") || Is(det, "an") || Is(det, "the") || Is(det, "their") || Is(det, "its") ||
                           Is(det, "his") || Is(det, "her") || Is(det, "our") ||
                           (i >= sb + 3 && a.toks[i - 3].mention >= 0 && a.mentions[a.toks[i - 3].mention].possessive &&
                            a.mentions[a.toks[i - 3].mention].te == i - 2);
      // ("talks on a U.S.-drafted plan to end the war": past modifiers of the noun, a hyphenated
      // one with an actor in it too, to the article.)
      // (From the word before the noun, i - 3, down to the sentence's second word: i - 3 > sb.)
      for (uint32_t q = i - 3; !after_article && i >= sb + 4 && q > sb && q + 7 > i; --q) {
        const Tok& tq = a.toks[q];
        const bool modifier_word = (tq.tflags & text::kWord) && tq.mention < 0 &&
                                   !(tq.wflags & (lx::kPreposition | lx::kModal | lx::kBe | lx::kAuxiliary | lx::kConjunction |
                                                  lx::kSubordinator | lx::kPastTense)) &&
                                   !(tq.tflags & text::kCapitalized);
        const bool joined = (tq.tflags & text::kJoined) != 0;
        const bool in_compound = (tq.mention >= 0 || (tq.tflags & text::kCapitalized)) && q + 1 < i &&
                                 (a.toks[q + 1].tflags & text::kJoined);
        const bool participle = (tq.wflags & lx::kPastTense) && q > sb && (a.toks[q - 1].tflags & text::kJoined);
        if (!modifier_word && !joined && !in_compound && !participle) break;
        const std::string_view w = word(q - 1);
        after_article = (Is(w, "a") || Is(w, "an") || Is(w, "the")) && a.toks[q - 1].mention < 0;
      }
      const bool noun_before = (before.wflags & lx::kComplementNoun) && before.mention < 0;
      // ("blockaded the highway for a week to demand ...": a span of time completes nothing.)
      const std::string_view bw = word(i - 2);
      const bool time_span = Is(bw, "day") || Is(bw, "week") || Is(bw, "month") || Is(bw, "year") || Is(bw, "hour") ||
                             Is(bw, "night") || Is(bw, "weekend") || Is(bw, "fortnight");
      const bool article_noun = after_article && !time_span && before.mention < 0 && (before.tflags & text::kWord) &&
                                !(before.wflags & (lx::kModal | lx::kBe | lx::kAuxiliary | lx::kPreposition |
                                                   lx::kDeterminer));
      bool in_grammar_phrase = false;
      for (const Span& sp : a.spans) {
        if (sp.tb < i - 1 && sp.te >= i && (sp.sense_mask & Bit(SenseKind::kGrammar))) in_grammar_phrase = true;
      }
      // ("expressed its readiness to expand ...": a grammar phrase says what the infinitive is;
      // but what a plan or proposal after an article sets out is its content, no one's act:
      // "held talks on a U.S.-drafted plan to end the war".)
      const bool proposal_noun = article_noun && IsAny(bw, "plan", "plans", "proposal", "proposals", "initiative", "roadmap",
                                                       "framework", "blueprint");
      if ((!in_grammar_phrase || proposal_noun) && (noun_before || article_noun)) continue;
    }
    // ", killing at least 12 civilians": a participle clause that describes the consequence of
    // the event already found in this sentence is not a separate event.
    // (Taking hostages is an abduction of its own: ", taking 250 hostages".)
    // (A statement aimed at someone named is an act of its own: "cut ties with the UAE, accusing
    // Abu Dhabi of ...".)
    const int best_root = styles_->root_of(best.pattern);
    // (So is a meeting: "began a visit to Belarus, meeting his counterpart ...".)
    // (And a threat: ", warning of new sanctions if Moscow refused", ", threatening tariffs".)
    const bool aimed_statement = (best.target >= 0 && (best_root <= 5 || (best_root >= 10 && best_root <= 13))) ||
                                 best_root == 13;
    if (!as_noun && form == lx::VerbForm::kGerund && prev && TokenIs(text, *prev, ",") && !a.preds.empty() &&
        !Is(Family3(lx_.cameo(lx_.pattern(best.pattern).cameo).code), "181") && !aimed_statement) {
      continue;
    }
    Predicate pr;
    pr.tok = i;
    pr.pattern = best.pattern;
    pr.target = best.target;
    pr.last = best.last;
    pr.noun = as_noun;
    pr.keds = styles_->keds_at(best.pattern);
    pr.compound = best.compound;
    pr.pre_first = best.score >= 0 && pr.keds ? best.pre_first : i;
    pr.keds_source = pr.keds ? best.source : -1;
    pr.subject_target = pr.keds && best.subject_target;
    if (pr.keds && pr.target < 0 && !pr.compound && !pr.subject_target) {
      // KEDS: a pattern that names no target takes the first actor after it, in the same
      // clause (up to a comma or a clause end).
      for (uint32_t k = std::max(best.last, i) + 1; k < se; ++k) {
        if (is_clause_end(k) || TokenIs(text, a.toks[k], ",")) break;
        const int32_t mi = a.toks[k].mention;
        if (mi >= 0 && !a.mentions[mi].place_only && keds_target_ok(mi)) {
          pr.target = mi;
          break;
        }
      }
    }
    // "The United States and Japan criticized the pact": a definite agreement noun right after a
    // verb whose pattern wants a target stands for the sides of the last agreement signed
    // (also after a meeting verb: "ready to continue the dialogue");
    // "North Korea's state media denounced the summit": a meeting noun, for the sides of the
    // last visit, meeting or talks.
    // ("Biden welcomed the agreement": also a comment whose pattern names the noun itself.)
    if (!pr.keds && !as_noun && pr.target < 0 &&
        (lx_.pattern(best.pattern).has_target || best_root == 1 || best_root == 4 || best_root == 5 || best_root == 11 ||
         best_root == 12) &&
        i + 2 < se && TokenIs(text, a.toks[i + 1], "the") && a.toks[i + 2].mention < 0) {
      // (The noun, after at most two modifiers that name no actor: "the nuclear deal".)
      uint32_t ni = i + 2;
      while (ni < i + 4 && ni + 1 < se && a.toks[ni + 1].mention < 0 && (a.toks[ni + 1].tflags & text::kWord) &&
             !(a.toks[ni].wflags & (lx::kPreposition | lx::kDeterminer | lx::kConjunction | lx::kSubordinator | lx::kAnyVerb)) &&
             !IsAgreementNoun(word(ni)) && !IsMeetingNoun(word(ni))) {
        ++ni;
      }
      const std::string_view n = word(ni);
      // ("hosted the signing ceremony", "witnessed the signing": the last agreement's signing.)
      const std::vector<ActorValue>* sides = IsAgreementNoun(n) || Is(n, "signing") ? &a.memory.agreement_pair
                                             : IsMeetingNoun(n)  ? &a.memory.meeting_pair
                                                                 : nullptr;
      // ("signed a framework agreement ..., whose prime minister hosted the signing ceremony":
      // a signing this sentence reported first is that one, its subject the sides.)
      if (Is(n, "signing")) {
        // (Sources are found later: the sides are a list with no preposition before the verb.)
        for (const Predicate& q : a.preds) {
          if (q.tok >= i || q.keds || !Is(lx_.cameo(lx_.pattern(q.pattern).cameo).code, "057")) continue;
          for (size_t k = 0; k < a.mentions.size(); ++k) {
            const Mention& qm = a.mentions[k];
            if (qm.tb < sb || qm.te > q.tok || qm.prep != 0 || qm.group < 0) continue;
            pr.target = static_cast<int32_t>(k);
            sides = nullptr;
            break;
          }
          if (pr.target >= 0) break;
        }
      }
      if (sides && sides->size() == 2) pr.target = PushSidesMention(a, *sides, i + 1, ni + 1);
    }
    // ("Qatar hosted talks between the government and the M23 rebels": a host's talks noun
    // with "between" after it stays free, so the sides' own talks code too. A mediator's
    // "indirect talks between" are not the sides' own; nor are talks a host is ready, plans or
    // offers to host: only a finite past or present form frees them.)
    // ("Oman brokered a ceasefire between the United States and the Houthis": so is the truce or
    // deal a mediator brokered, which the sides agreed.)
    const bool mediated = !pr.keds && !as_noun &&
                          (form == lx::VerbForm::kPast || form == lx::VerbForm::kPastOrParticiple ||
                           form == lx::VerbForm::kThird) &&
                          (Is(lx_.cameo(lx_.pattern(best.pattern).cameo).code, "045") ||
                           Is(lx_.cameo(lx_.pattern(best.pattern).cameo).code, "043"));
    const bool hosted = mediated && Is(lx_.Word(vlemma), "host");
    const bool brokered = mediated && (Is(lx_.Word(vlemma), "broker") || Is(lx_.Word(vlemma), "mediate"));
    for (uint32_t k = i; k <= best.last; ++k) {
      if ((hosted || brokered) && k > i && k + 1 < se && TokenIs(text, a.toks[k + 1], "between") &&
          (hosted ? IsAny(word(k), "talks", "negotiations")
                  : IsAny(word(k), "ceasefire", "truce", "deal", "agreement", "accord"))) {
        continue;
      }
      a.used[k] |= a.toks[k].mention < 0 ? 1 : 0;
    }
    a.preds.push_back(pr);
  }

  // --- sources, voice and mood ---
  // What the sentence holds anywhere, found in one pass when it has predicates: the union of
  // its words' flags and of their PatternStyles::word_marks (for an unknown word, of its text's),
  // so that the rules below that look for a rare word before a predicate pass over the
  // sentences without one. (Parsed input may give a word its lemma's id, Coder::Prepare: there
  // every mark is assumed.)
  uint32_t sentence_wflags = 0;
  uint16_t sentence_marks = 0;
  if (!a.preds.empty()) {
    const uint16_t* const marks = styles_->word_marks.data();
    const uint32_t unknown_lengths = styles_->unknown_mark_lengths;
    for (const Tok* t = a.toks.data() + sb, *end = a.toks.data() + se; t != end; ++t) {
      sentence_wflags |= t->wflags;
      sentence_marks |= marks[t->word];  // (word 0, unknown: no mark)
      if (t->word == lx::kUnknownWord && ((unknown_lengths >> std::min<uint32_t>(t->end - t->begin, 31)) & 1)) {
        sentence_marks |= TextMarks(TokenText(text, *t));
      }
    }
    if (a.parses) sentence_marks = 0xFFFF;
  }
  // Left scan for the subject of the verb at `v`. Returns a mention or -1.
  // ("..., Defence Minister Boris Pistorius said on Wednesday during a visit to Kyiv": the
  // speaker of a report clause that ends right before token `prep`, past a day, or -1.)
  auto report_speaker_before = [&](uint32_t prep) -> int32_t {
    uint32_t r = prep;
    while (r > sb && r + 5 > prep && !(a.toks[r - 1].wflags & lx::kReport) &&
           ((a.toks[r - 1].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)) || Is(word(r - 1), "on"))) {
      --r;
    }
    if (r < sb + 3 || !(a.toks[r - 1].wflags & lx::kReport) || a.toks[r - 2].mention < 0) return -1;
    const Mention& m = a.mentions[a.toks[r - 2].mention];
    if (m.prep != 0 || m.tb <= sb || !Is(tok_text(m.tb - 1), ",")) return -1;
    return a.toks[r - 2].mention;
  };
  // The report verb at r or before it past a time phrase ("said on Monday that"), or -1.
  auto report_verb_back = [&](int32_t r) -> int32_t {
    while (r > static_cast<int32_t>(sb) && ((a.toks[r].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)) ||
                                            (a.toks[r].tflags & text::kNumber) || Is(word(static_cast<uint32_t>(r)), "on"))) {
      --r;
    }
    return r > static_cast<int32_t>(sb) && (a.toks[r].wflags & lx::kReport) && a.toks[r].mention < 0 ? r : -1;
  };
  auto find_subject = [&](uint32_t v, std::string_view* why) -> int32_t {
    const bool inside_skip = a.skip[v] != 0;
    // ("after days of deadly clashes over quotas", "amid clashes": a plural or plain form right
    // after a preposition, or after one plain word after it, is a noun with no subject.)
    if (v >= sb + 2 && a.toks[v].mention < 0) {
      const lx::VerbForm f = lx_.VerbFormOf(a.toks[v].word);
      if (f == lx::VerbForm::kThird) {
        uint32_t q = v - 1;
        if ((a.toks[q].tflags & text::kWord) && !(a.toks[q].tflags & text::kCapitalized) && a.toks[q].mention < 0 &&
            !(a.toks[q].wflags & (lx::kPreposition | lx::kAnyVerb | lx::kDeterminer | lx::kConjunction | lx::kBe | lx::kModal |
                                  lx::kAuxiliary | lx::kPronounThing | lx::kPronounGroup | lx::kPronounPerson | lx::kSubordinator)) &&
            q > sb) {
          --q;
        }
        if ((a.toks[q].wflags & lx::kPreposition) && a.toks[q].mention < 0 && !Is(word(q), "to")) {
          *why = "a plural noun after a preposition, no verb";
          return -1;
        }
      }
    }
    // Coordinated verbs share the subject: "arrived in Minsk and met Lukashenko".
    int32_t j = static_cast<int32_t>(v) - 1;
    while (j >= static_cast<int32_t>(sb) &&
           ((a.toks[j].wflags & kAdverbLike) || (a.toks[j].tflags & text::kNegClitic) ||
            IsAdverbWord(tok_text(j)) ||
            (Is(tok_text(j), "to") && j > 0 && (a.toks[j - 1].wflags & (lx::kIntent | lx::kRefusal))) ||
            ((a.toks[j].wflags & (lx::kIntent | lx::kRefusal)) && (a.toks[j].wflags & lx::kAnyVerb)) ||
            // a verb chain: "would help implement", "began observing"
            ((a.toks[j].wflags & lx::kAnyVerb) && j + 1 <= static_cast<int32_t>(v) && a.toks[j].mention < 0 &&
             lx_.VerbFormOf(a.toks[j].word) == lx::VerbForm::kBase && j > static_cast<int32_t>(sb) &&
             (a.toks[j - 1].wflags & (lx::kModal | lx::kAuxiliary))))) {
      --j;
    }
    // ("a day after it battered the French territory of Mayotte": a subject pronoun that takes
    // up no actor, a storm's "it", leaves the verb with no source; no earlier actor stands in.)
    if (j >= static_cast<int32_t>(sb) && a.toks[j].mention < 0 &&
        (a.toks[j].wflags & (lx::kPronounThing | lx::kPronounGroup | lx::kPronounPerson)) &&
        IsAny(word(static_cast<uint32_t>(j)), "it", "they", "he", "she")) {
      *why = "the subject is a pronoun that takes up no actor";
      return -1;
    }
    // ("declared a state of emergency after riots in the capital killed 16 people": a clause opened
    // by "after", "when", "as" ... whose subject names no actor has no source; the main clause's
    // subject does not stand in.)
    if (j > static_cast<int32_t>(sb) + 1 && (a.toks[v].wflags & lx::kPastTense) && (a.toks[j].tflags & text::kWord) &&
        !(a.toks[j].wflags & (lx::kPronounThing | lx::kPronounGroup | lx::kPronounPerson | lx::kConjunction | lx::kBe |
                              lx::kModal | lx::kAuxiliary)) &&
        (a.toks[j].mention < 0 ||
         (a.mentions[a.toks[j].mention].prep != 0 && !Is(lx_.Word(a.mentions[a.toks[j].mention].prep), "of")))) {
      for (int32_t k = j; k > static_cast<int32_t>(sb) && k + 8 > j; --k) {
        const int32_t mi = a.toks[k].mention;
        // (an actor is the clause's subject, so is one counted: "tens of thousands of people")
        if (mi >= 0 && (a.mentions[mi].prep == 0 || Is(lx_.Word(a.mentions[mi].prep), "of"))) break;
        if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",")) break;
        if (mi < 0 && k < j && (a.toks[k].wflags & lx::kSubordinator) &&
            IsAny(word(static_cast<uint32_t>(k)), "after", "before", "when", "as", "because", "since", "while", "until")) {
          if (a.toks[k + 1].mention < 0 && !(a.toks[k + 1].wflags & (lx::kPronounThing | lx::kPronounGroup | lx::kPronounPerson))) {
            *why = "a subordinate clause whose subject is no actor";
            return -1;
          }
          break;
        }
      }
    }
    // ("Iran said on Monday that the warring sides agreed to a truce": a reported clause whose
    // subject is a noun phrase naming no actor has no source; the speaker does not stand in.)
    if (j > static_cast<int32_t>(sb) + 2 && a.toks[j].mention < 0 && (a.toks[j].tflags & text::kWord) &&
        !(a.toks[j].wflags & (lx::kPreposition | lx::kConjunction | lx::kDeterminer | lx::kBe | lx::kModal |
                              lx::kAuxiliary | lx::kPronounThing | lx::kPronounGroup | lx::kPronounPerson))) {
      // (a word that may be a verb, "sides", is a noun after an article: "that the warring sides")
      bool article = false;
      for (int32_t k = j - 1; k > static_cast<int32_t>(sb) && k + 6 > j; --k) {
        article = article || (a.toks[k].wflags & lx::kDeterminer);
        // ("said that its fighters had captured": the speaker's own people are the speaker)
        if (a.toks[k].mention >= 0 || Is(tok_text(k), ",") || is_clause_end(static_cast<uint32_t>(k)) ||
            IsPossessivePronounWord(tok_text(k))) {
          break;
        }
        if (!Is(word(static_cast<uint32_t>(k)), "that")) continue;
        if ((a.toks[j].wflags & lx::kAnyVerb) && !article) break;
        if (report_verb_back(k - 1) >= 0) {
          *why = "a reported clause whose subject is no actor";
          return -1;
        }
        break;
      }
    }
    // ("The United States determined that RSF members had committed genocide in Sudan and imposed
    // sanctions on the group's leader": a simple past after "and", past a reported clause in the
    // past perfect, goes on with the speaker of the report, not the reported clause.)
    if (j > static_cast<int32_t>(sb) + 4 && Is(tok_text(j), "and") && j + 1 == static_cast<int32_t>(v) &&
        (a.toks[v].wflags & lx::kPastTense) && !(j > 0 && Is(word(static_cast<uint32_t>(j - 1)), "had"))) {
      int32_t had = -1;
      for (int32_t k = j - 1; k > static_cast<int32_t>(sb) + 2 && k + 20 > j; --k) {
        if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",")) break;
        if (Is(word(static_cast<uint32_t>(k)), "had") && (a.toks[k + 1].wflags & lx::kPastParticiple)) {
          had = k;
          break;
        }
      }
      const int32_t reported = had > 0 ? a.toks[had - 1].mention : -1;
      // (a count "of" it too: "members of the Rapid Support Forces had")
      const bool of_group = reported >= 0 && a.mentions[reported].prep != 0 && Is(lx_.Word(a.mentions[reported].prep), "of") &&
                            a.mentions[reported].tb >= sb + 3 && a.toks[a.mentions[reported].tb - 2].mention < 0;
      if (reported >= 0 && a.mentions[reported].te == static_cast<uint32_t>(had) && (a.mentions[reported].prep == 0 || of_group)) {
        int32_t r = static_cast<int32_t>(a.mentions[reported].tb) - 1 - (of_group ? 2 : 0);
        if (r > static_cast<int32_t>(sb) && Is(word(static_cast<uint32_t>(r)), "that")) --r;
        r = report_verb_back(r);
        if (r > static_cast<int32_t>(sb)) {
          const int32_t speaker = a.toks[r - 1].mention;
          if (speaker >= 0 && a.mentions[speaker].te == static_cast<uint32_t>(r) && a.mentions[speaker].prep == 0) {
            *why = "the speaker of the report, past a reported clause in the past perfect";
            return speaker;
          }
        }
      }
    }
    // ("Tusk accused Russia on Wednesday of a large-scale provocation and asked NATO to hold
    // consultations": a verb right after "and" shares the subject of the verb before it, not
    // that verb's object.)
    // ("fired tear gas to break up a banned opposition march in Abidjan and arrested dozens": past
    // an actor after a preposition, and past an infinitive's verb, to the finite verb before.)
    if (j > static_cast<int32_t>(sb) + 2 && Is(tok_text(j), "and") && j + 1 == static_cast<int32_t>(v) &&
        (a.toks[v].wflags & lx::kPastTense) &&
        (a.toks[j - 1].mention < 0 || a.mentions[a.toks[j - 1].mention].prep != 0 ||
         // ("rejected the U.S. plan to disarm the group and accused Washington": an object)
         (a.mentions[a.toks[j - 1].mention].tb > sb &&
          (a.toks[a.mentions[a.toks[j - 1].mention].tb - 1].wflags & lx::kAnyVerb)))) {
      for (auto it = a.preds.rbegin(); it != a.preds.rend(); ++it) {
        const Predicate& q = *it;
        if (q.tok >= static_cast<uint32_t>(j) || q.noun || q.keds || q.passive) continue;
        const bool infinitive = q.tok > sb && Is(tok_text(q.tok - 1), "to") && !(a.toks[q.tok].wflags & lx::kPastTense);
        if (infinitive) continue;
        if (q.source < 0) continue;
        if (!(a.toks[q.tok].wflags & lx::kPastTense)) break;
        // (After an actor, not a past perfect's verb: "denied that its forces had struck the
        // hospital in Gaza and blamed ...".)
        if (a.toks[j - 1].mention >= 0 && q.tok > sb && Is(word(q.tok - 1), "had")) break;
        bool same_clause = true;
        for (uint32_t k = q.tok + 1; k < static_cast<uint32_t>(j) && same_clause; ++k) {
          same_clause = !is_clause_end(k) && !Is(tok_text(k), ",") && !(a.toks[k].wflags & (lx::kSubordinator | lx::kReport));
        }
        if (same_clause && a.mentions[q.source].te <= q.tok) {
          *why = "the subject of the verb before \"and\"";
          return q.source;
        }
        break;
      }
    }
    // ("declared an emergency in the Catatumbo region, where fighting between ELN guerrillas
    // and FARC dissidents has killed at least 80 people": a clause that ", where" opens has
    // its own subject, after "where", not the main clause's.)
    for (int32_t k = j; k > static_cast<int32_t>(sb); --k) {
      if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",")) break;
      if (!Is(tok_text(k), "where") || !Is(tok_text(k - 1), ",")) continue;
      for (int32_t q = k + 1; q <= j; ++q) {
        const int32_t mi = a.toks[q].mention;
        if (mi >= 0 && a.mentions[mi].prep == 0 && !a.mentions[mi].place_only && a.mentions[mi].tb == static_cast<uint32_t>(q)) {
          *why = "the subject of a \"where\" clause";
          return mi;
        }
        if (mi >= 0) break;
      }
      *why = "a \"where\" clause whose subject is no actor";
      return -1;
    }
    // ("passed a bill on Friday that would ban cellphones": the subject of a relative clause on
    // a plain noun phrase is that thing, no actor.)
    // (past a time phrase: "a bill on Friday that would")
    int32_t n = j - 1;
    while (n > static_cast<int32_t>(sb) + 1 && n + 4 > j && ((a.toks[n].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)) ||
                                                            (a.toks[n].tflags & text::kNumber) || Is(word(n), "on"))) {
      --n;
    }
    // (past a place: "fighting in eastern Congo that has killed thousands")
    if (n > static_cast<int32_t>(sb) + 2 && a.toks[n].mention >= 0) {
      int32_t q = static_cast<int32_t>(a.mentions[a.toks[n].mention].tb) - 1;
      while (q > static_cast<int32_t>(sb) && (a.toks[q].tflags & text::kWord) && !(a.toks[q].tflags & text::kCapitalized) &&
             !(a.toks[q].wflags & (lx::kPreposition | lx::kAnyVerb)) && a.toks[q].mention < 0) {
        --q;  // ("eastern")
      }
      if (q > static_cast<int32_t>(sb) && (Is(word(q), "in") || Is(word(q), "near") || Is(word(q), "along"))) n = q - 1;
    }
    if (j > static_cast<int32_t>(sb) + 1 && (Is(word(j), "that") || Is(word(j), "which")) && a.toks[n].mention < 0 &&
        (a.toks[n].tflags & text::kWord) && !(a.toks[n].tflags & text::kCapitalized) &&
        !(a.toks[n].wflags & (lx::kReport | lx::kPreposition | lx::kConjunction | lx::kBe | lx::kAuxiliary | lx::kModal))) {
      // (an article before it, or an event noun: "the fighting", "fighting")
      bool noun_phrase = (a.toks[n].wflags & lx::kEventNoun) != 0;
      for (int32_t k = n - 1; k >= static_cast<int32_t>(sb) && k + 3 > n && !noun_phrase; --k) {
        if (a.toks[k].mention >= 0 || (a.toks[k].tflags & text::kPunct)) break;
        noun_phrase = (a.toks[k].wflags & lx::kDeterminer) != 0;
        if (!noun_phrase && (a.toks[k].wflags & (lx::kAnyVerb | lx::kPreposition))) break;
      }
      if (noun_phrase) {
        *why = "relative clause on a thing: no actor subject";
        return -1;
      }
    }
    // "\"We are ready to resume talks with Washington,\" Araghchi told reporters": "we" or "I"
    // opening a clause inside a quotation is the quotation's speaker, named right after it
    // (", Araghchi said", ", said Araghchi") or right before it ("Araghchi said: \"...").
    for (int32_t k = static_cast<int32_t>(v) - 1; k >= static_cast<int32_t>(sb) && k + 6 > static_cast<int32_t>(v); --k) {
      const std::string_view w = tok_text(k);
      if (a.toks[k].mention >= 0 || is_clause_end(static_cast<uint32_t>(k))) break;
      if (w.size() <= 3 && (Is(w, ",") || IsQuoteMark(w))) break;
      if (w.size() > 2 || (!Is(w, "we") && !Is(w, "We") && !Is(w, "I"))) continue;
      uint32_t quotes_before = 0, open = 0, close = se;
      for (uint32_t q = sb; q < static_cast<uint32_t>(k); ++q) {
        if (IsQuoteMark(tok_text(q))) ++quotes_before, open = q;
      }
      for (uint32_t q = static_cast<uint32_t>(k) + 1; q < se && close == se; ++q) {
        if (IsQuoteMark(tok_text(q))) close = q;
      }
      if (quotes_before % 2 == 0) break;
      auto speaker_at = [&](uint32_t q) -> int32_t {  // an actor phrase beside a report verb
        if (q >= se || a.toks[q].mention < 0) return -1;
        const Mention& m = a.mentions[a.toks[q].mention];
        if (m.place_only || m.prep != 0 || m.tb != q) return -1;
        const bool verb_after = m.te < se && (a.toks[m.te].wflags & lx::kReport);
        const bool verb_before = q > sb && (a.toks[q - 1].wflags & lx::kReport);
        return verb_after || verb_before ? a.toks[q].mention : -1;
      };
      int32_t speaker = -1;
      if (close < se) {
        uint32_t q = close + 1;
        if (q < se && Is(tok_text(q), ",")) ++q;
        if (q < se && (a.toks[q].wflags & lx::kReport) && a.toks[q].mention < 0) ++q;  // (", said Araghchi")
        speaker = speaker_at(q);
      }
      if (speaker < 0 && open > sb) {
        uint32_t q = open;
        while (q > sb && (Is(tok_text(q - 1), ":") || Is(tok_text(q - 1), ",") || (a.toks[q - 1].wflags & lx::kReport))) --q;
        if (q > sb && q < open && a.toks[q - 1].mention >= 0) speaker = speaker_at(a.mentions[a.toks[q - 1].mention].tb);
      }
      if (speaker >= 0) {
        *why = "\"we\" or \"I\" in a quotation: its speaker";
        return speaker;
      }
      break;
    }
    // "a visit by Somali President Mohamud, who held talks with Ruto": the subject of a "who"
    // clause is the phrase it follows, even inside a prepositional phrase.
    // Also without the comma, past an auxiliary: "fired tear gas at protesters in Nairobi who
    // were demanding ...".
    {
      int32_t w = j;
      while (w > static_cast<int32_t>(sb) && (a.toks[w].wflags & (lx::kBe | lx::kAuxiliary | lx::kModal)) &&
             a.toks[w].mention < 0) {
        --w;
      }
      // ("a sharp protest from Beijing, which summoned Japan's ambassador": "which" after a
      // country or an organisation, with a comma, too.)
      const bool which_after_actor =
          w >= static_cast<int32_t>(sb) + 2 && TokenIs(text, a.toks[w], "which") && TokenIs(text, a.toks[w - 1], ",") &&
          a.toks[w - 2].mention >= 0 && a.mentions[a.toks[w - 2].mention].actors_len == 1 &&
          a.mention_actors[a.mentions[a.toks[w - 2].mention].actors_off].kind != MentionKind::kPerson;
      if (w >= static_cast<int32_t>(sb) + 1 && (TokenIs(text, a.toks[w], "who") || which_after_actor)) {
        int32_t before = TokenIs(text, a.toks[w - 1], ",") ? w - 2 : w - 1;
        // "demonstrators in Mombasa who ...": the people, not the place they are in.
        if (before >= static_cast<int32_t>(sb) && a.toks[before].mention >= 0) {
          const Mention& pm = a.mentions[a.toks[before].mention];
          const std::string_view prep = pm.prep ? lx_.Word(pm.prep) : "";
          if ((Is(prep, "in") || Is(prep, "at") || Is(prep, "from")) && pm.tb >= sb + 2 &&
              a.toks[pm.tb - 2].mention >= 0 && !a.mentions[a.toks[pm.tb - 2].mention].place_only) {
            before = static_cast<int32_t>(pm.tb) - 2;
          }
        }
        if (before >= static_cast<int32_t>(sb) && a.toks[before].mention >= 0 &&
            !a.mentions[a.toks[before].mention].place_only) {
          *why = "the phrase a \"who\" or \"which\" clause follows";
          return a.toks[before].mention;
        }
      }
    }
    // "a howitzer that had been shelling Ukrainian positions": a relative clause on a thing.
    if (j > static_cast<int32_t>(sb) && (Is(tok_text(j), "that") || Is(tok_text(j), "which")) && !inside_skip &&
        a.toks[j - 1].mention < 0 && (a.toks[j - 1].tflags & text::kWord) && !(a.toks[j - 1].tflags & text::kCapitalized) &&
        !(a.toks[j - 1].wflags & (lx::kAnyVerb | lx::kReport | lx::kPreposition | lx::kDeterminer | lx::kConjunction |
                                  lx::kSubordinator | kAdverbLike | lx::kPronounPerson | lx::kPronounGroup |
                                  lx::kPronounThing))) {
      *why = "the subject is not an actor (a relative clause on a thing)";
      return -1;
    }
    // A subject that is not an actor ("the text would help", "officials said"): the verb has no
    // actor source, and an earlier actor must not be taken for it. Prepositional phrases
    // ("in a statement") and time words ("on Monday", "overnight") do not count.
    const bool noun_after_det = j > static_cast<int32_t>(sb) && (a.toks[j - 1].wflags & lx::kDeterminer) &&
                                !(a.toks[j].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary));
    if (j >= static_cast<int32_t>(sb) && !inside_skip && a.toks[j].mention < 0 && (a.toks[j].tflags & text::kWord) &&
        (noun_after_det || !(a.toks[j].wflags & lx::kAnyVerb)) &&
        !(a.toks[j].wflags & (lx::kSubordinator | lx::kConjunction | lx::kDeterminer |
                              lx::kPreposition | lx::kPronounPerson | lx::kPronounGroup | lx::kPronounThing |
                              lx::kMonth | lx::kWeekday | lx::kRelTime)) &&
        !(a.toks[j].tflags & text::kPossessive) &&
        // ("welcomed the decision but urged ...": "but", which no dictionary lists, joins two
        // verbs of one subject.)
        !TokenIs(text, a.toks[j], "but")) {
      const std::string_view w = word(j);
      const bool time_word = Is(w, "week") || Is(w, "month") || Is(w, "year") || Is(w, "day") || Is(w, "night") ||
                             Is(w, "morning") || Is(w, "afternoon") || Is(w, "evening") || Is(w, "weekend") ||
                             Is(w, "earlier") || Is(w, "later") || Is(w, "overnight") || Is(w, "again") ||
                             Is(w, "jointly") || Is(w, "together") || Is(w, "reportedly") || Is(w, "allegedly");
      // "in a statement", "led by Minister Alexander Kozlov": a prepositional phrase; "OSCE
      // election observers": an actor modifying the subject's head noun.
      // ("The NATO secretary-general condemned": a hyphen inside a word is part of it.)
      bool in_pp = false, actor_modifier = false;
      // ("AU Commission chairman Mahmoud Ali Youssouf held talks": nor do the words of a name
      // no dictionary lists, capitalised, after the role word.)
      int32_t hyphens = 0, name_words = 0;
      const bool name_subject = (a.toks[j].tflags & text::kCapitalized) && a.toks[j].word == lx::kUnknownWord;
      for (int32_t k = j - 1; k >= static_cast<int32_t>(sb) && k >= j - 7; --k) {
        if (a.toks[k].mention >= 0) {
          const Mention& m = a.mentions[a.toks[k].mention];
          actor_modifier = m.prep == 0 && j - static_cast<int32_t>(m.te) - 2 * hyphens - name_words < 3;
          break;
        }
        if (a.toks[k].tflags & text::kJoined) {
          ++hyphens;
          continue;
        }
        if (name_subject && name_words == j - 1 - k && (a.toks[k].tflags & text::kCapitalized) &&
            a.toks[k].phrase_span < 0) {
          ++name_words;
          continue;
        }
        if (!(a.toks[k].tflags & text::kWord)) break;
        // ("Pakistan said the strikes killed 26 civilians": a report verb ends the subject.)
        if (a.toks[k].wflags & lx::kReport) break;
        if (a.toks[k].wflags & lx::kPreposition) {
          // ("two days after a huge explosion killed 130 people": "after" opens a clause here,
          // the noun right before the verb is its subject)
          in_pp = !(a.toks[k].wflags & lx::kSubordinator);
          // ("after a massive explosion at the port killed dozens": the phrase is the complement
          // of a plain noun that a subordinating word's determiner opens; that noun, no actor, is
          // the subject.)
          // (Past a chain of such phrases: "at the port of Shahid Rajaee".)
          for (int32_t pk = k, climbs = 0; in_pp && climbs < 3 && (a.toks[v].wflags & lx::kPastTense) &&
                                           pk >= static_cast<int32_t>(sb) + 2 && a.toks[pk - 1].mention < 0 &&
                                           (a.toks[pk - 1].tflags & text::kWord) &&
                                           !(a.toks[pk - 1].wflags & (lx::kPreposition | lx::kDeterminer | lx::kConjunction)) &&
                                           // (a verb form after an article is a noun: "a fire at a market")
                                           (!(a.toks[pk - 1].wflags & lx::kAnyVerb) || (a.toks[pk - 2].wflags & lx::kDeterminer));
               ++climbs) {
            int32_t d = pk - 2;
            while (d > static_cast<int32_t>(sb) && d + 4 > pk && a.toks[d].mention < 0 && (a.toks[d].tflags & text::kWord) &&
                   !(a.toks[d].wflags & (lx::kDeterminer | lx::kAnyVerb | lx::kPreposition))) {
              --d;
            }
            if (d <= static_cast<int32_t>(sb) || !(a.toks[d].wflags & lx::kDeterminer) || a.toks[d].mention >= 0) break;
            if (a.toks[d - 1].wflags & lx::kSubordinator) {
              in_pp = false;
            } else if ((a.toks[d - 1].wflags & lx::kPreposition) && a.toks[d - 1].mention < 0) {
              pk = d - 1;  // (the phrase completes a noun before it: climb)
            } else {
              break;
            }
          }
          break;
        }
        // ("The Philippine coast guard ship Teresa Magbanua was rammed": a verb form right after
        // an actor phrase is that phrase's head noun.)
        if ((a.toks[k].wflags & lx::kAnyVerb) && !(a.toks[k].wflags & lx::kPastParticiple) &&
            !(k > static_cast<int32_t>(sb) && a.toks[k - 1].mention >= 0 &&
              a.mentions[a.toks[k - 1].mention].te == static_cast<uint32_t>(k) && a.mentions[a.toks[k - 1].mention].prep == 0)) {
          break;
        }
      }
      if (!time_word && !in_pp && !actor_modifier) {
        *why = "the subject is not an actor";
        return -1;
      }
    }
    // ("Pakistan said the jets had dropped their bombs ..., and accused India": after ", and" a
    // verb coordinates with the report verb whose clause the comma closes.)
    bool after_report = false;
    if (j > static_cast<int32_t>(sb) && Is(tok_text(j - 1), ",") && (Is(tok_text(j), "and") || Is(tok_text(j), "but"))) {
      for (int32_t k = j - 2; k > static_cast<int32_t>(sb) && k + 20 > j; --k) {
        if (is_clause_end(static_cast<uint32_t>(k)) || IsQuoteMark(tok_text(k))) break;
        if ((a.toks[k].wflags & lx::kReport) && (a.toks[k].wflags & lx::kPastTense) && a.toks[k].mention < 0 &&
            a.toks[k - 1].mention >= 0) {
          v = static_cast<uint32_t>(k);
          after_report = true;
          break;
        }
      }
    }
    if (!after_report && j >= static_cast<int32_t>(sb) && (Is(tok_text(j), "and") || Is(tok_text(j), "but"))) {
      // (Objects between the two verbs are passed over.)
      for (int32_t k = j - 1; k >= static_cast<int32_t>(sb) && k > j - 22; --k) {
        // ("thanked the EU for its support and asked": a verb form after a determiner or a
        // possessive is a noun; "accused Thai forces of opening fire and asked": a gerund after a
        // preposition is no finite verb either, nor is the object of a gerund.)
        // ("would not negotiate under pressure and accused": a verb form after a preposition is
        // a noun; a past tense does not coordinate with a base form after a modal.)
        const bool noun_use = k > static_cast<int32_t>(sb) &&
                              ((a.toks[k - 1].wflags & (lx::kDeterminer | lx::kPreposition)) ||
                               (a.toks[k - 1].mention >= 0 && a.mentions[a.toks[k - 1].mention].modifier) ||
                               ((a.toks[k - 1].wflags & lx::kGerund) && a.toks[k - 1].mention < 0));
        // (Nor with an infinitive: "called on allies to send weapons and urged Washington".)
        const bool after_modal = k > static_cast<int32_t>(sb) + 1 && (a.toks[v].wflags & lx::kPastTense) &&
                                 lx_.VerbFormOf(a.toks[k].word) == lx::VerbForm::kBase &&
                                 ((a.toks[k - 1].wflags & lx::kModal) || Is(tok_text(k - 1), "to") ||
                                  ((a.toks[k - 1].wflags & lx::kNegation) && (a.toks[k - 2].wflags & lx::kModal)));
        // ("met Wang on the sidelines of the G20 meeting in Rio and asked": an "-ing" form
        // without "be" is no finite verb for a past tense to share a subject with.)
        const bool bare_gerund = (a.toks[v].wflags & lx::kPastTense) &&
                                 lx_.VerbFormOf(a.toks[k].word) == lx::VerbForm::kGerund && k > static_cast<int32_t>(sb) &&
                                 !(a.toks[k - 1].wflags & lx::kBe);
        if (noun_use || after_modal || bare_gerund) continue;
        // ("Israel denied that its forces had struck the hospital and blamed ...": a past tense
        // does not join a verb its clause only supposes; it joins the verb that denied it.)
        // (Verb predicates stand on verb forms: other tokens need no look at them.)
        const Predicate* coordinated = nullptr;
        if (a.toks[k].wflags & lx::kAnyVerb) {
          for (const Predicate& p : a.preds) {
            if (p.tok == static_cast<uint32_t>(k) && !p.noun && p.source >= 0) {
              coordinated = &p;
              break;
            }
          }
        }
        if (coordinated && coordinated->mood == Mood::kHypothetical && (a.toks[v].wflags & lx::kPastTense)) continue;
        // ("Marcos was welcomed by Vo Van Thuong and held talks with ...": after a passive the
        // shared subject is the passive's subject, not its agent.)
        if (coordinated && coordinated->passive && !coordinated->other_clause_before && coordinated->target >= 0 &&
            coordinated->tok > sb && (a.toks[coordinated->tok - 1].wflags & lx::kBe) &&
            a.mentions[coordinated->target].tb < coordinated->tok) {
          *why = "shared subject of a coordinated verb (the subject of the passive before it)";
          return coordinated->target;
        }
        if (coordinated) {
          *why = "shared subject of a coordinated verb";
          return coordinated->source;
        }
        if ((a.toks[k].wflags & (lx::kAnyVerb | lx::kReport)) && !(a.toks[k].wflags & kAdverbLike) &&
            a.toks[k].mention < 0) {
          // "said the two were rehearsing an invasion and warned ...": a progressive form does
          // not coordinate with a simple past; the verb before it does.
          const std::string_view next = k + 1 < static_cast<int32_t>(se) ? tok_text(k + 1) : std::string_view();
          const bool progressive =
              (lx_.VerbFormOf(a.toks[k].word) == lx::VerbForm::kGerund && k > static_cast<int32_t>(sb) &&
               (a.toks[k - 1].wflags & lx::kBe)) ||
              ((a.toks[k].wflags & lx::kBe) && next.size() > 4 && Is(next.substr(next.size() - 3), "ing"));
          if (progressive && (a.toks[v].wflags & lx::kPastTense) && lx_.VerbFormOf(a.toks[v].word) != lx::VerbForm::kGerund) {
            continue;
          }
          v = static_cast<uint32_t>(k);
          break;
        }
      }
    }
    for (int32_t k = static_cast<int32_t>(v) - 1; k >= static_cast<int32_t>(sb) && k > static_cast<int32_t>(v) - 40; --k) {
      if (!inside_skip && a.skip[k]) continue;
      // (";" and ":" are punctuation tokens: the flag passes over words before any byte is read.)
      if ((a.toks[k].tflags & text::kPunct) && (Is(tok_text(k), ";") || Is(tok_text(k), ":"))) break;
      const int32_t mi = a.toks[k].mention;
      if (mi < 0) continue;
      const Mention& m = a.mentions[mi];
      // "Thousands of protesters marched": the quantity's "of" is not a prepositional phrase;
      // nor is a part's ("A panel of Brazil's Supreme Court convicted ...").
      bool quantity_of = false;
      if (m.prep != 0 && Is(lx_.Word(m.prep), "of") && m.tb >= sb + 2) {
        const uint32_t q = m.tb - 2;
        // (the words as written, lower-cased: "Dozens" may not be in the dictionaries)
        const std::string qw = base::ToLower(tok_text(q));
        quantity_of = (a.toks[q].tflags & text::kNumber) || IsCrowdCount(qw) || Is(qw, "tens") || Is(qw, "scores") ||
                      Is(qw, "groups") || Is(qw, "group") || Is(qw, "members") || Is(qw, "panel") ||
                      Is(qw, "bench") || Is(qw, "team") || Is(qw, "unit") || Is(qw, "contingent") ||
                      Is(qw, "number") || Is(qw, "some") || Is(qw, "many") || Is(qw, "most") || Is(qw, "all") ||
                      // ("A detachment of Russian Pacific Fleet warships arrived")
                      Is(qw, "detachment") || Is(qw, "flotilla") || Is(qw, "squadron") ||
                      // ("Forces of the separatist Southern Transitional Council seized ...": a
                      // group's own fighters are the group)
                      Is(qw, "forces") || Is(qw, "fighters") || Is(qw, "troops") || Is(qw, "units") ||
                      Is(qw, "militiamen");
      }
      // ("A spokesman for the Chinese foreign ministry criticised ...": who speaks for an actor
      // is that actor.)
      if (!quantity_of && m.prep != 0 && Is(lx_.Word(m.prep), "for") && m.tb >= sb + 2 && m.actors_len == 1 &&
          IsAny(word(m.tb - 2), "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen")) {
        quantity_of = true;
      }
      // ("Israeli fighter jets struck": an adjective and up to two nouns; not "the Indian
      // cricket team arrived", whose noun is no state's.)
      bool unofficial_noun = false;
      for (uint32_t q = m.te; q < v && q < m.te + 2 && m.modifier; ++q) {
        unofficial_noun = unofficial_noun || IsUnofficialNoun(tok_text(q));
      }
      // (Auxiliaries and adverbs before the verb do not count: "Chinese and Philippine vessels
      // have repeatedly clashed".)
      uint32_t verb_at = v;
      while (m.modifier && verb_at > m.te + 1 &&
             ((a.toks[verb_at - 1].wflags & kAdverbLike) || EndsWithLy(tok_text(verb_at - 1)))) {
        --verb_at;
      }
      const bool adjective_subject =
          m.modifier && !m.possessive && m.te <= v && verb_at - m.te <= 2 && !unofficial_noun &&
          (m.te == v || !(a.toks[m.te].wflags & (lx::kAnyVerb | lx::kPreposition)) ||
           (a.toks[m.te].wflags & (lx::kModal | lx::kAuxiliary | lx::kBe | lx::kNegation)));
      // "after Ukraine withdrew": a subordinating "after/before/since/as/until" opens a clause
      // whose subject this is.
      // ("after a Russian delegation headed by Deputy Prime Minister Overchuk traveled": a
      // "led/headed by" phrase may stand between.)
      // (", with Moscow freeing a ballerina": "with" and a gerund right after its actor is a
      // clause too.)
      // ("a week after a Chinese ship rammed ...": an adjective subject too.)
      // ("with the two leaders pledging to deepen cooperation": past an intent gerund and "to".)
      const bool with_intent = m.prep != 0 && m.te + 2 == v && Is(lx_.Word(m.prep), "with") &&
                               (a.toks[m.te].wflags & lx::kGerund) && (a.toks[m.te].wflags & lx::kIntent) &&
                               TokenIs(text, a.toks[m.te + 1], "to");
      // ("a day after President Tshisekedi, speaking in Kinshasa, accused ...": a participle
      // clause or an appositive between commas may stand between.)
      // ("hours after U.S. President Donald Trump, who was making his first trip to Asia since
      // returning to office, arrived ...": so may a relative clause, whatever it holds.)
      bool commas_between = false;
      const bool who_clause = m.te + 1 < v && TokenIs(text, a.toks[m.te + 1], "who");
      if (m.prep != 0 && m.te + 3 <= v && v <= m.te + (who_clause ? 18 : 12) && Is(tok_text(m.te), ",") &&
          Is(tok_text(v - 1), ",") &&
          (who_clause || (a.toks[m.te + 1].wflags & (lx::kGerund | lx::kPastParticiple | lx::kDeterminer)))) {
        commas_between = true;
        for (uint32_t q = m.te + 1; q + 1 < v && commas_between; ++q) {
          commas_between = !is_clause_end(q) && !Is(tok_text(q), ",") && (who_clause || !(a.toks[q].wflags & lx::kSubordinator));
        }
      }
      // ("a day after the two countries agreed to hold talks": past a finite intent or refusal
      // verb and "to" after a subordinating word's actor.)
      const bool intent_clause = m.prep != 0 && m.te + 2 == v && (a.toks[m.te].wflags & (lx::kIntent | lx::kRefusal)) &&
                                 (a.toks[m.te].wflags & lx::kAnyVerb) && TokenIs(text, a.toks[m.te + 1], "to") &&
                                 (lx_.Flags(m.prep) & lx::kSubordinator);
      bool clause_subject = m.prep != 0 && (m.te == v || adjective_subject || with_intent || commas_between || intent_clause) &&
                            ((lx_.Flags(m.prep) & lx::kSubordinator) ||
                             (Is(lx_.Word(m.prep), "with") && ((a.toks[v].wflags & lx::kGerund) || with_intent)));
      // ("after the government of Andrés Manuel López Obrador granted him asylum": or an "of"
      // phrase whose actor ends right before the verb.)
      if (!clause_subject && m.prep != 0 && (lx_.Flags(m.prep) & lx::kSubordinator) && m.te + 1 < v &&
          TokenIs(text, a.toks[m.te], "of") && a.toks[m.te + 1].mention >= 0 &&
          a.mentions[a.toks[m.te + 1].mention].te == v) {
        clause_subject = true;
      }
      if (!clause_subject && m.prep != 0 && (lx_.Flags(m.prep) & lx::kSubordinator) && m.te + 2 < v &&
          (TokenIs(text, a.toks[m.te], "led") || TokenIs(text, a.toks[m.te], "headed")) &&
          TokenIs(text, a.toks[m.te + 1], "by")) {
        clause_subject = true;
        for (uint32_t q = m.te + 2; q < v; ++q) {
          if ((a.toks[q].wflags & (lx::kAnyVerb | lx::kSubordinator)) || is_clause_end(q) || Is(tok_text(q), ",")) {
            clause_subject = false;
          }
        }
      }
      // "Talks between the Taliban and U.S. envoys were hosted by Qatar": the parties of a
      // subject noun at the start of the clause ("talks", "clashes") stand for the subject.
      bool parties_of_subject = false;
      if (m.prep != 0 && (Is(lx_.Word(m.prep), "between") || Is(lx_.Word(m.prep), "among"))) {
        const uint32_t first = m.group >= 0 ? a.mentions[a.groups[m.group].first].tb : m.tb;
        if (first >= sb + 2 && first - 1 - sb <= 3) {
          parties_of_subject = true;
          for (uint32_t q = sb; q + 1 < first; ++q) {
            if (a.toks[q].mention >= 0 || (a.toks[q].wflags & (lx::kPreposition | lx::kModal | lx::kBe)) ||
                !(a.toks[q].tflags & text::kWord)) {
              parties_of_subject = false;
            }
          }
        }
      }
      if (m.place_only) {
        k = static_cast<int32_t>(m.tb);
        continue;
      }
      // ("the Three Brotherhood Alliance of ethnic armed groups announced": a phrase after "of"
      // and an adjective that names no actor is in the owner's phrase, no subject.)
      if (m.prep == 0 && m.tb >= sb + 3 && TokenIs(text, a.toks[m.tb - 2], "of") && a.toks[m.tb - 3].mention >= 0 &&
          a.toks[m.tb - 1].mention < 0 && (a.toks[m.tb - 1].tflags & text::kWord) &&
          !(a.toks[m.tb - 1].tflags & text::kCapitalized) && !(a.toks[m.tb - 1].wflags & (lx::kAnyVerb | lx::kDeterminer))) {
        k = static_cast<int32_t>(m.tb);
        continue;
      }
      if ((m.prep != 0 && !quantity_of && !clause_subject && !parties_of_subject) || (m.modifier && !m.possessive && !adjective_subject) || (m.possessive && m.te < v && a.toks[m.te].mention < 0 &&
                                                           !(a.toks[m.te].wflags & (lx::kAnyVerb | kAdverbLike)))) {
        k = static_cast<int32_t>(m.tb);
        continue;
      }
      // ("Papikyan and his French counterpart, Sebastien Lecornu, signed": a name in apposition
      // to a list's last member stands for it, and the verb's subject is the list.)
      if (m.tb >= sb + 2 && Is(tok_text(m.tb - 1), ",") && m.te < v && Is(tok_text(m.te), ",") &&
          a.toks[m.tb - 2].mention >= 0 && m.actors_len == 1) {
        const int32_t pi = a.toks[m.tb - 2].mention;
        const Mention& pm = a.mentions[pi];
        if (pm.group >= 0 && pm.actors_len == 1 && pm.prep == 0 &&
            a.mention_actors[pm.actors_off].country == a.mention_actors[m.actors_off].country) {
          *why = "the list a name in apposition follows";
          return pi;
        }
      }
      // ("Hungarian Foreign Minister Peter Szijjarto, the only minister from a European Union
      // member state at the gathering, held talks ...": an appositive between commas, opening
      // with an article, describes the actor before it, which is the subject.)
      if (m.tb >= sb + 3 && v >= 1 && Is(tok_text(v - 1), ",") && m.te < v) {
        uint32_t c = m.tb;
        while (c > sb && c + 12 > m.tb && !Is(tok_text(c - 1), ",") && !is_clause_end(c - 1) &&
               !(a.toks[c - 1].wflags & (lx::kAnyVerb | lx::kSubordinator)) && a.toks[c - 1].mention < 0) {
          --c;
        }
        bool plain = c > sb + 1 && Is(tok_text(c - 1), ",") && IsAny(word(c), "the", "a", "an");
        for (uint32_t q = m.te; q + 1 < v && plain; ++q) {
          plain = !is_clause_end(q) && !Is(tok_text(q), ",") && !(a.toks[q].wflags & (lx::kPastTense | lx::kSubordinator));
        }
        const int32_t before = plain ? a.toks[c - 2].mention : -1;
        if (before >= 0 && a.mentions[before].te == c - 1 && a.mentions[before].prep == 0 && a.mentions[before].actors_len > 0 &&
            !a.mentions[before].place_only) {
          *why = "the actor an appositive between commas describes";
          return before;
        }
      }
      *why = "nearest actor phrase before the verb, not inside a prepositional phrase";
      return mi;
    }
    return -1;
  };

  // "urged the United States to provide air defence": an appeal (02) or demand (10) takes the
  // sub-code of what it asks for — the 03 (intend) code of the requested act with 02/10 instead.
  // --- attachment from an external parse (Engine::CodeParsed) ---
  // The parse restricts the source to the actor mentions inside the verb's subject (the agent
  // of a passive) and the target to those inside the verb's phrase, preferring its objects and
  // prepositional objects, when such a phrase holds an actor; otherwise the choice made from
  // the text stands.
  auto mention_in = [&](int32_t mi, uint32_t off, const ParseArg& arg) {
    const Mention& m = a.mentions[mi];
    return a.toks[m.tb].begin >= off + arg.begin && a.toks[m.te - 1].end <= off + arg.end;
  };
  // The mention for a phrase: the one holding its head word, else its first actor outside a
  // prepositional phrase, else its first actor.
  auto pick_in = [&](uint32_t off, const ParseArg& arg) -> int32_t {
    int32_t plain = -1, any = -1;
    for (int32_t mi = 0; mi < static_cast<int32_t>(a.mentions.size()); ++mi) {
      const Mention& m = a.mentions[mi];
      if (m.place_only || !mention_in(mi, off, arg)) continue;
      if (a.toks[m.tb].begin <= off + arg.head && off + arg.head < a.toks[m.te - 1].end) return mi;
      if (plain < 0 && m.prep == 0) plain = mi;
      if (any < 0) any = mi;
    }
    return plain >= 0 ? plain : any;
  };
  auto attach_from_parse = [&](Predicate& p) {
    if (!a.parses || !a.parse_offsets || p.noun || p.subject_target || p.keds_source >= 0 || p.compound) return;
    const uint32_t b = a.toks[p.tok].begin;
    for (size_t k = 0; k < a.parses->size() && k < a.parse_offsets->size(); ++k) {
      const ParsedSentence& ps = (*a.parses)[k];
      const uint32_t off = (*a.parse_offsets)[k];
      if (b < off || b - off >= ps.text.size()) continue;
      const int vt = ParseTokenAt(ps, b - off);
      ParseRoles r;
      if (vt < 0 || !FindParseRoles(ps, static_cast<uint32_t>(vt), &r)) return;
      std::vector<const ParseArg*> targets;
      const ParseArg* agent = nullptr;
      if (p.passive && r.has_subject) targets.push_back(&r.subject);
      for (const ParseArg& o : r.objects) {
        if (o.by && p.passive && !agent) agent = &o;
        else targets.push_back(&o);
      }
      const ParseArg* source = p.passive ? agent : r.has_subject ? &r.subject : nullptr;
      if (source) {
        const int32_t s = pick_in(off, *source);
        if (s >= 0 && (p.source < 0 || !mention_in(p.source, off, *source))) {
          p.source = s;
          p.why_source = p.passive ? "parse: the agent of the passive" : "parse: the subject of the verb's clause";
        }
      }
      if (p.target >= 0) {
        // A target inside the verb's own phrase (an object, a prepositional object, or a clause
        // the pattern reached into) stands; one outside it (in the subject, in another clause)
        // gives way to the actor of the first object that holds one.
        bool inside = r.has_phrase && mention_in(p.target, off, r.phrase) &&
                      !(r.has_subject && mention_in(p.target, off, r.subject) && !p.passive);
        for (const ParseArg* t : targets) inside = inside || mention_in(p.target, off, *t);
        for (size_t x = 0; x < targets.size() && !inside; ++x) {
          const int32_t t = pick_in(off, *targets[x]);
          if (t >= 0 && t != p.source) {
            p.target = t;
            inside = true;
          }
        }
      }
      return;
    }
  };

  // "After meeting Putin in the Kremlin, Xi said ...", "Following talks in Ankara, Turkey and
  // Egypt signed ...": a predicate in a clause that opens the sentence takes the subject of the
  // main clause, the first actor phrase after the comma that closes it (not one in a
  // prepositional phrase). -1 when the predicate does not open the sentence.
  // The first actor phrase in tokens [sb, end) outside a prepositional phrase and not a modifier
  // or a bare place: the clause's subject when no verb gives one. With verb_end, only a phrase
  // a verb (before verb_end) follows within three tokens. -1 when none.
  auto first_plain_actor = [&](uint32_t end, uint32_t verb_end = 0) -> int32_t {
    for (uint32_t k = sb; k < end; ++k) {
      const int32_t mi = a.toks[k].mention;
      if (mi < 0 || a.mentions[mi].prep != 0 || a.mentions[mi].modifier || a.mentions[mi].place_only) continue;
      if (verb_end == 0) return mi;
      const uint32_t te = a.mentions[mi].te;
      for (uint32_t q = te; q < verb_end && q < te + 3; ++q) {
        if ((a.toks[q].wflags & lx::kAnyVerb) && a.toks[q].mention < 0) return mi;
      }
    }
    return -1;
  };
  auto opening_clause_subject = [&](uint32_t i) -> int32_t {
    for (uint32_t k = sb; k < i; ++k) {
      if (a.toks[k].mention >= 0 || is_clause_end(k) || Is(tok_text(k), ",")) return -1;
    }
    uint32_t c = i + 1;
    while (c < se && !Is(tok_text(c), ",") && !is_clause_end(c)) ++c;
    if (c >= se || !Is(tok_text(c), ",")) return -1;
    for (uint32_t k = c + 1; k < se && k < c + 12; ++k) {
      if (is_clause_end(k)) break;
      const int32_t mi = a.toks[k].mention;
      if (mi < 0) continue;
      if (a.mentions[mi].prep != 0 || a.mentions[mi].place_only) {
        k = a.mentions[mi].te - 1;
        continue;
      }
      return mi;
    }
    return -1;
  };
  // The first "hope" word of the sentence (se when none), found once: most sentences have none.
  uint32_t first_hope = (sentence_marks & PatternStyles::kHopeMark) ? se + 1 : se;  // (se + 1: not looked for yet)
  auto hope_word_before = [&](uint32_t i) {
    if (first_hope == se + 1) {
      first_hope = se;
      for (uint32_t k = sb; k < se && first_hope == se; ++k) {
        if (IsHopeWord(tok_text(k))) first_hope = k;
      }
    }
    return first_hope < i;
  };
  // The verb after "poll(s)/survey(s)" ("a poll showed", "surveys found"), found once per
  // sentence (se when none).
  const uint8_t kPollFinding = PatternStyles::kPollMark | PatternStyles::kFindingMark;
  uint32_t poll_verb = (sentence_marks & kPollFinding) == kPollFinding ? se + 1 : se;  // (se + 1: not looked for yet)
  auto poll_finding_before = [&](uint32_t i) {
    if (poll_verb == se + 1) {
      poll_verb = se;
      for (uint32_t k = sb; k + 1 < se && poll_verb == se; ++k) {
        if (!IsPollWord(tok_text(k))) continue;
        if (IsFindingWord(tok_text(k + 1))) {
          poll_verb = k + 1;
        }
      }
    }
    return poll_verb < i;
  };
  auto refine_request = [&](Predicate& q, const Predicate& act) {
    // (the first act asked for decides: "asked China to expand a swap line to help ...")
    if (q.refined[0]) return;
    const std::string_view qcode = lx_.cameo(lx_.pattern(q.pattern).cameo).code;
    const int qroot = model::CameoRoot(qcode);
    if ((qroot != 2 && qroot != 10) || qcode.size() != 3 || qcode[2] != '0') return;
    const std::string_view ic = IntentCode(lx_.cameo(lx_.pattern(act.pattern).cameo).code);
    if (ic.size() < 3 || !Is(ic.substr(0, 2), "03") || ic.size() > 4) return;
    char buf[6] = {qroot == 2 ? '0' : '1', qroot == 2 ? '2' : '0'};
    for (size_t k = 2; k < ic.size(); ++k) buf[k] = ic[k];
    if (lx_.FindCameo(buf) >= 0) std::memcpy(q.refined, buf, sizeof buf);
  };
  int8_t pundit_speaker = -1;  // (analysts or experts as a speaker in the sentence: -1 not looked for yet)
  // "agreed to", also "agreed on Friday to", "pledged last week to": the "to" after a verb at k,
  // past a short time phrase, that governs the verb at v.
  // (With `right_before`, the "to" must be the one right before v.)
  auto to_follows_verb = [&](int32_t k, uint32_t v, bool right_before = false) {
    uint32_t q = static_cast<uint32_t>(k) + 1;
    // (past "in" and a place: "agreed in Ankara on Wednesday to")
    uint32_t limit = static_cast<uint32_t>(k) + 4;
    if (q + 1 < v && TokenIs(text, a.toks[q], "in") && a.toks[q + 1].mention >= 0 &&
        a.mentions[a.toks[q + 1].mention].place >= 0) {
      const uint32_t after = a.mentions[a.toks[q + 1].mention].te;
      limit += after - q;
      q = after;
    }
    // (and past "at a summit", "at the meeting" before it: "agreed at a summit in Brussels on
    // Thursday to provide")
    // (or "in a phone call", "during a video call", "over the phone", "by telephone": "agreed
    // in a phone call on Tuesday to hold a summit")
    if (q + 1 < v && IsAny(word(q), "by", "over") && IsAny(word(q + 1 + Is(word(q + 1), "the")), "phone", "telephone")) {
      const uint32_t g = q + 1 + Is(word(q + 1), "the");
      limit += g + 1 - q;
      q = g + 1;
    }
    if (q + 2 < v && (TokenIs(text, a.toks[q], "at") || TokenIs(text, a.toks[q], "during") || TokenIs(text, a.toks[q], "in"))) {
      for (uint32_t g = q + 1; g < v && g < q + 4; ++g) {
        if (!IsAny(word(g), "summit", "meeting", "conference", "talks", "forum", "ceremony", "session") &&
            !(IsAny(word(g), "call", "conversation") && IsAny(word(g - 1), "phone", "telephone", "video", "a", "the"))) {
          continue;
        }
        limit += g + 1 - q;
        q = g + 1;
        if (q + 1 < v && TokenIs(text, a.toks[q], "in") && a.toks[q + 1].mention >= 0 &&
            a.mentions[a.toks[q + 1].mention].place >= 0) {
          const uint32_t after = a.mentions[a.toks[q + 1].mention].te;
          limit += after - q;
          q = after;
        }
        break;
      }
    }
    // (and past "early" or "late" before a date: "agreed early on Friday to lend")
    if (q + 2 < v && (TokenIs(text, a.toks[q], "early") || TokenIs(text, a.toks[q], "late")) && TokenIs(text, a.toks[q + 1], "on")) {
      ++q;
      ++limit;
    }
    while (q < v && q < limit &&
           ((a.toks[q].wflags & (lx::kWeekday | lx::kMonth | lx::kRelTime)) || (a.toks[q].tflags & text::kNumber) ||
            TokenIs(text, a.toks[q], "on") || TokenIs(text, a.toks[q], "week") ||
            TokenIs(text, a.toks[q], "month") || TokenIs(text, a.toks[q], "year"))) {
      ++q;
    }
    return q < v && Is(tok_text(q), "to") && (!right_before || q + 1 == v);
  };
  for (Predicate& p : a.preds) {
    const uint32_t i = p.tok;
    // ("began a joint exercise on Monday, three months after the two countries signed a defence
    // agreement": an act months or years before the story is its background, undated here.)
    if (!p.keds) {
      bool background = false;
      // (By word id: this runs for every predicate. A lexicon without the words has no id for
      // them, and nothing here matches.)
      const lx::WordId after_id = styles_->after_word, since_id = styles_->since_word, for_id = styles_->for_word;
      // (Only in a sentence with one of the words: PatternStyles::kAfterSinceMark, kForMark.)
      const bool after_since = (sentence_marks & PatternStyles::kAfterSinceMark) != 0;
      const bool for_in = (sentence_marks & PatternStyles::kForMark) != 0;
      for (int32_t k = static_cast<int32_t>(p.tok) - 1; after_since && after_id != lx::kUnknownWord && k >= static_cast<int32_t>(sb) + 2 &&
                                                        k + 12 > static_cast<int32_t>(p.tok);
           --k) {
        const Tok& t = a.toks[k];
        if (t.tflags & text::kPunct) {
          if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",")) break;
          continue;
        }
        if (t.word != after_id && t.word != since_id) continue;
        const std::string_view unit = tok_text(k - 1);  // (as written: "months" may be no dictionary word)
        // (and "a year after", "a decade after")
        background = (Is(unit, "months") || Is(unit, "years") || Is(unit, "decades") || Is(unit, "year") || Is(unit, "decade")) &&
                     k + 1 < static_cast<int32_t>(p.tok);
        break;
      }
      // ("has fought for more than 15 years to topple the government": an act that has gone on
      // for years is the story's background, not an event of its date.)
      for (uint32_t k = p.tok + 1; !background && for_in && for_id != lx::kUnknownWord && k + 1 < se && k < p.tok + 3; ++k) {
        if (a.toks[k].word != for_id) continue;
        uint32_t q = k + 1;
        while (q < se && q < k + 4 && (Is(tok_text(q), "more") || Is(tok_text(q), "than") || Is(tok_text(q), "over") ||
                                       Is(tok_text(q), "nearly") || Is(tok_text(q), "almost") || Is(tok_text(q), "about"))) {
          ++q;
        }
        if (q + 1 < se && ((a.toks[q].tflags & text::kNumber) || CountWordValue(tok_text(q)) >= 2)) {
          background = Is(tok_text(q + 1), "years") || Is(tok_text(q + 1), "decades");
        }
        break;
      }
      // ("the two have held talks on their border since the 1980s": an act that has gone on since
      // a year long before the story is its background.)
      for (uint32_t k = std::max(p.last, p.tok) + 1; !background && after_since && since_id != lx::kUnknownWord && k + 1 < se &&
                                                      k < std::max(p.last, p.tok) + 8;
           ++k) {
        if (a.toks[k].tflags & text::kPunct) break;
        // ("agreed to resume a dialogue that has been suspended since 2019": a relative clause's
        // span is its own verb's.)
        if (k > std::max(p.last, p.tok) &&
            ((a.toks[k].wflags & (lx::kBe | lx::kAuxiliary)) || IsAny(tok_text(k), "that", "which", "who"))) {
          break;
        }
        if (a.toks[k].word != since_id) continue;
        uint32_t y = k + 1;
        if (Is(tok_text(y), "the") && y + 1 < se) ++y;
        const std::string_view yt = tok_text(y);
        if (yt.size() >= 4 && yt[0] >= '1' && yt[0] <= '2' && yt[1] >= '0' && yt[1] <= '9' && yt[2] >= '0' && yt[2] <= '9' &&
            yt[3] >= '0' && yt[3] <= '9') {
          const int year = (yt[0] - '0') * 1000 + (yt[1] - '0') * 100 + (yt[2] - '0') * 10 + (yt[3] - '0');
          background = year + 2 <= doc.date.year;
        }
        break;
      }
      // ("a year after Putin travelled to Astana in November 2024": a background act the clause
      // dates by its month stays, with its date, as background: it leaves no memory.)
      bool dated = false;
      for (uint32_t k = std::max(p.last, p.tok) + 1; background && k + 1 < se && k < std::max(p.last, p.tok) + 6 && !dated; ++k) {
        if (is_clause_end(k) || Is(tok_text(k), ",")) break;
        dated = (a.toks[k].wflags & lx::kMonth) && (a.toks[k].tflags & text::kCapitalized) &&
                (a.toks[k + 1].tflags & text::kNumber) && a.toks[k + 1].end - a.toks[k + 1].begin == 4;
      }
      if (background && dated) {
        p.background = true;
      } else if (background) {
        p.mood = Mood::kHypothetical;
        continue;
      }
    }
    // "recognised a Palestinian state, drawing condemnation from Israel": disapproval "from" an
    // actor is that actor's, of the main clause's subject.
    // (Only as what the act drew: "defended Georgia's government against criticism from
    // Brussels" is criticism of the government.)
    auto drew = [&](uint32_t noun) {
      for (uint32_t k = noun; k-- > sb && k + 4 > noun;) {
        const std::string_view w = tok_text(k);
        if (Is(w, "drawing") || Is(w, "drew") || Is(w, "prompting") || Is(w, "prompted") || Is(w, "sparking") ||
            Is(w, "sparked") || Is(w, "triggering") || Is(w, "triggered") || Is(w, "provoking") || Is(w, "provoked") ||
            Is(w, "attracting") || Is(w, "drawn")) {
          return true;
        }
        if (a.toks[k].mention >= 0 || (a.toks[k].wflags & lx::kPreposition) || Is(tok_text(k), ",")) return false;
      }
      return false;
    };
    if (p.noun && !p.keds && p.target >= 0 && i + 1 < se && Is(word(i + 1), "from") &&
        styles_->root_of(p.pattern) == 11 && drew(i)) {
      int32_t subject = -1;
      for (const Predicate& q : a.preds) {
        if (q.tok >= i) break;
        if (!q.noun && !q.passive && q.source >= 0) subject = q.source;
      }
      if (subject < 0) subject = first_plain_actor(i);  // (else the sentence's subject)
      p.source = p.target;
      p.target = subject;
      p.why_source = "the actor the disapproval comes from; the target is the main clause's subject";
      if (subject < 0) p.mood = Mood::kHypothetical;
      continue;
    }
    bool sides_later = false;  // ("Fighting broke out ... between Armenia and Azerbaijan")
    // ("his support for the 2022 protests", "since the 2014 annexation": an event noun named by
    // an earlier year is a past event the story refers to, not one it reports.)
    if (p.noun && !p.keds && i > sb) {
      const int year = (a.toks[i - 1].tflags & text::kNumber) ? SmallNumber(tok_text(i - 1), 2100) : 0;
      if (year >= 1900 && year < doc.date.year) {
        p.mood = Mood::kHypothetical;
        continue;
      }
    }
    // ("welcomed the ceasefire agreement between Congo and Rwanda": the head noun of a comment's
    // object, whose sides the comment took as its target, is its topic, no event of its own.)
    if (p.noun && !p.keds && i > sb) {
      bool topic = false;
      for (const Predicate& q : a.preds) {
        if (q.tok >= i) break;
        if (q.noun || q.keds || q.last + 1 != i || q.target < 0 || a.mentions[q.target].tb <= i) continue;
        const int qr = styles_->root_of(q.pattern);
        topic = qr == 5 || qr == 11 || qr == 12;
      }
      if (topic) {
        p.mood = Mood::kHypothetical;
        continue;
      }
    }
    // ("An Israeli drone strike ... killed a Hezbollah member, the second Israeli attack on the
    // Lebanese capital since the ceasefire": an attack noun in apposition after a comma names
    // the act of force just coded again, no other.)
    if (p.noun && !p.keds && styles_->root_of(p.pattern) >= 18 && i > sb + 2) {
      uint32_t c = i;
      while (c > sb && c + 5 > i && !Is(tok_text(c - 1), ",") && !(a.toks[c - 1].wflags & (lx::kAnyVerb | lx::kPreposition)) &&
             !is_clause_end(c - 1)) {
        --c;
      }
      const bool apposition = c > sb + 1 && c < i && Is(tok_text(c - 1), ",") && (a.toks[c].wflags & lx::kDeterminer);
      bool restated = false;
      for (const Predicate& q : a.preds) {
        if (!apposition || q.tok + 1 >= c) break;
        restated = restated || (!q.keds && styles_->root_of(q.pattern) >= 18);
      }
      if (restated) {
        p.mood = Mood::kHypothetical;
        continue;
      }
    }
    if (p.noun) {
      // Possessive or adjective right before the noun: "Choe's visit", "Russia's invasion",
      // "Israeli airstrikes".
      int32_t j = static_cast<int32_t>(i) - 1;
      int steps = 0;
      // (A verb form right after an article is an adjective: "ordered a complete siege"; not
      // "trade", whose compounds are commerce: "launching a trade war".)
      while (j >= static_cast<int32_t>(sb) && steps < 4 && a.toks[j].mention < 0 &&
             !(a.toks[j].wflags & (lx::kLight | lx::kPreposition | lx::kConjunction)) &&
             (!(a.toks[j].wflags & lx::kAnyVerb) ||
              (j > static_cast<int32_t>(sb) && (a.toks[j - 1].wflags & lx::kDeterminer) && a.toks[j - 1].mention < 0 &&
               !(a.toks[j].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary)) && !Is(tok_text(j), "trade"))) &&
             !is_clause_end(j) && !Is(tok_text(j), ",")) {
        // (an amount does not count: "a new $400 million military aid package")
        const std::string_view w = tok_text(j);
        const bool amount = (a.toks[j].tflags & text::kNumber) || Is(w, "$") || Is(w, "million") || Is(w, "billion") ||
                            Is(w, "trillion") || Is(w, "\xE2\x82\xAC") || Is(w, "\xC2\xA3");
        // (nor do the words of a name after its first: "the Ulchi Freedom Shield summer drills")
        const bool name_run = (a.toks[j].tflags & text::kCapitalized) && j > static_cast<int32_t>(sb) &&
                              (a.toks[j - 1].tflags & text::kCapitalized) && (a.toks[j - 1].tflags & text::kWord) &&
                              a.toks[j - 1].mention < 0;
        --j;
        if (!amount && !name_run) ++steps;
      }
      // ("approved on Friday the release of $1 billion": past a day between the light verb and
      // its object.)
      if (j > static_cast<int32_t>(sb) + 1 && j + 1 < static_cast<int32_t>(i) && TokenIs(text, a.toks[j], "on") &&
          (a.toks[j + 1].wflags & lx::kWeekday) && (a.toks[j - 1].wflags & lx::kLight) && a.toks[j - 1].mention < 0) {
        --j;
      }
      // ("wrapped up a two-day visit", "kicked off talks": a light verb's particle)
      // (A two-word light verb is a grammar phrase: its first word carries the phrase.)
      auto light_phrase_at = [&](int32_t k) {
        const int32_t ps = a.toks[k].phrase_span;
        return ps >= 0 && (GrammarFlags(lx_, a.spans[ps]) & lx::kLight);
      };
      if (j > static_cast<int32_t>(sb) && a.toks[j].mention < 0 &&
          (Is(tok_text(j), "up") || Is(tok_text(j), "off") || Is(tok_text(j), "out")) &&
          ((a.toks[j - 1].wflags & lx::kLight) || light_phrase_at(j - 1))) {
        --j;
      }
      // ("announced no agreement on Ukraine": a negated object is no event)
      bool negated_object = false;
      for (int32_t k = j + 1; k >= static_cast<int32_t>(sb) && k < static_cast<int32_t>(i); ++k) {
        if (a.toks[k].wflags & lx::kNegation) negated_object = true;
      }
      // (Also an actor phrase that ends right before the noun, in a prepositional phrase:
      // "after a Russian missile strike on Kharkiv". As the subject, "A Taliban roadside bomb
      // killed ...", the verb codes it.)
      if (j >= static_cast<int32_t>(sb) && a.toks[j].mention >= 0 &&
          (a.mentions[a.toks[j].mention].modifier || a.mentions[a.toks[j].mention].possessive ||
           (steps == 0 && a.mentions[a.toks[j].mention].te == i && a.mentions[a.toks[j].mention].actors_len == 1 &&
            a.mentions[a.toks[j].mention].prep != 0 && !a.mentions[a.toks[j].mention].place_only))) {
        p.source = a.toks[j].mention;
        p.why_source = "possessive or adjective before the event noun";
        // "condemned Israel's strikes on Iran": an event named as the object of another
        // predicate is that predicate's topic, not a separate event. ("signed a treaty during
        // Putin's visit to Pyongyang": after a time preposition it is an event of its own.)
        const uint32_t owner = a.mentions[p.source].tb;
        const std::string_view before_owner = owner > sb ? word(owner - 1) : std::string_view();
        const bool time_adjunct = Is(before_owner, "during") || Is(before_owner, "after") || Is(before_owner, "before") ||
                                  Is(before_owner, "amid") || Is(before_owner, "since") || Is(before_owner, "ahead");
        // ("will make his first state visit to China": a light verb before the owning pronoun
        // gives the act its mood, as it does with no owner between.)
        // (Only a modal's or an infinitive's light verb: the noun stays the predicate otherwise.)
        if (owner > sb + 1 && (a.toks[owner - 1].wflags & lx::kLight) && a.toks[owner - 1].mention < 0 &&
            IsPossessivePronounWord(tok_text(owner)) &&
            ((a.toks[owner - 2].wflags & lx::kModal) || Is(tok_text(owner - 2), "to"))) {
          p.tok = owner - 1;
        }
        for (const Predicate& q : a.preds) {
          if (time_adjunct) break;
          if (q.noun || q.tok >= i || &q == &p) continue;
          bool boundary = false;
          for (uint32_t k = q.tok + 1; k < i && !boundary; ++k) {
            boundary = is_clause_end(k) || Is(tok_text(k), ",") || (a.toks[k].wflags & lx::kSubordinator);
          }
          if (!boundary) p.mood = Mood::kHypothetical;
        }
      } else if (j >= static_cast<int32_t>(sb) && ((a.toks[j].wflags & lx::kLight) || light_phrase_at(j)) &&
                 // ("Qatar hosted talks between ...": a host's talks are the sides', below)
                 !(i + 1 < se && TokenIs(text, a.toks[i + 1], "between") &&
                   std::any_of(a.preds.begin(), a.preds.end(), [&](const Predicate& q) {
                     const std::string_view qc = lx_.cameo(lx_.pattern(q.pattern).cameo).code;
                     return q.tok == static_cast<uint32_t>(j) && !q.noun && (Is(qc, "045") || Is(qc, "043"));
                   }))) {
        p.source = find_subject(static_cast<uint32_t>(j), &p.why_source);
        p.why_source = "subject of the light verb before the event noun";
        // The light verb's mood applies ("refused to sign an agreement").
        p.tok = static_cast<uint32_t>(j);
        if (negated_object) p.mood = Mood::kNegated;
        // ("accepted Putin's invitation to pay a state visit to Russia": a light verb's
        // infinitive that completes a noun, "invitation to", is what the noun is about.)
        if (j >= static_cast<int32_t>(sb) + 2 && TokenIs(text, a.toks[j - 1], "to") && a.toks[j - 2].mention < 0 &&
            (a.toks[j - 2].wflags & lx::kComplementNoun)) {
          p.mood = Mood::kHypothetical;
          continue;
        }
        // ("Egypt and Saudi Arabia, which hosted earlier talks in Jeddah": a host does not hold
        // the talks it hosts, with whom they were unsaid.)
        if (p.target < 0 && styles_->root_of(p.pattern) == 4 &&
            Is(lx_.Word(lx_.VerbLemma(a.toks[j].word)), "host")) {
          p.mood = Mood::kHypothetical;
        }
      } else if (i == sb && finite_next(i) &&
                 [&] {
                   // "Fighting broke out on the border between Armenia and Azerbaijan": the
                   // subject noun's sides named later in its clause.
                   for (uint32_t k = i + 2; k + 1 < se && k < i + 12; ++k) {
                     if (is_clause_end(k) || Is(tok_text(k), ",")) return false;
                     if (!TokenIs(text, a.toks[k], "between")) continue;
                     const int32_t mi = a.toks[k + 1].mention;
                     if (mi >= 0 && (a.mentions[mi].group >= 0 || a.mentions[mi].actors_len >= 2)) {
                       p.target = mi;
                       return true;
                     }
                     return false;
                   }
                   return false;
                 }()) {
        p.why_source = "\"between\" a group later in the subject noun's clause: both directions";
        sides_later = true;
      } else if (i + 2 < se && TokenIs(text, a.toks[i + 1], "between") &&
                 [&] {
                   // "talks between the Armenian and Azerbaijani foreign ministers"
                   for (uint32_t k = i + 2; k < se && k < i + 6; ++k) {
                     const int32_t mi = a.toks[k].mention;
                     if (mi >= 0 && (a.mentions[mi].group >= 0 || a.mentions[mi].actors_len >= 2)) {
                       p.target = mi;
                       return true;
                     }
                   }
                   return false;
                 }()) {
        p.why_source = "\"between\" a group: both directions";
        // "signed a plan for consultations between their ministries", "a proposal for talks
        // between ...": what something is for has not happened.
        // (So does "a plan of consultations between ...": a planned act.)
        if (i > sb && Is(word(i - 1), "for")) p.mood = Mood::kHypothetical;
        if (i > sb + 1 && Is(word(i - 1), "of") && IsAny(tok_text(i - 2), "plan", "plans", "programme", "program", "schedule", "roadmap")) {
          p.mood = Mood::kHypothetical;
        }
      } else {
        // "a visit to Minsk by U.S. envoy Keith Kellogg", "a visit by a U.S. delegation": the
        // agent right after the noun or its pattern ("a ceasefire brokered by ..." is not).
        // ("Drone strikes carried out by a Haitian government task force killed ...", "air
        // strikes conducted by ...": past a participle of doing.)
        uint32_t done_by = p.last + 1;
        if (done_by + 2 < se && TokenIs(text, a.toks[done_by], "carried") && TokenIs(text, a.toks[done_by + 1], "out")) {
          done_by += 2;
        } else if (done_by + 1 < se && IsAny(word(done_by), "conducted", "launched", "mounted", "staged")) {
          done_by += 1;
        } else {
          done_by = p.last + 1;
        }
        for (const uint32_t k : {i + 1, p.last + 1, done_by}) {
          if (p.source >= 0 || k + 1 >= se || !TokenIs(text, a.toks[k], "by")) continue;
          for (uint32_t q = k + 1; q < se && q < k + 4; ++q) {
            const int32_t mi = a.toks[q].mention;
            if (mi >= 0 && !a.mentions[mi].place_only) {
              p.source = mi;
              p.by_agent = true;
              p.why_source = "the agent after \"by\" the event noun";
              break;
            }
          }
        }
        // "pledged air defence systems to Ukraine during a visit to Kyiv": an event noun after
        // during/on/after/before and an article or possessive is the main verb's subject's.
        if (p.source < 0 && i >= sb + 2) {
          const std::string_view det = word(i - 1), pre = word(i - 2);
          const bool article = Is(det, "a") || Is(det, "an") || Is(det, "the") || Is(det, "his") || Is(det, "her") ||
                               Is(det, "their") || Is(det, "its");
          const bool time_prep = Is(pre, "during") || Is(pre, "on") || Is(pre, "after") || Is(pre, "before");
          // ("accused Ecuador ... after the raid on the Mexican embassy": force before or after
          // the main verb is usually someone else's, the reason for it.)
          const int noun_root = styles_->root_of(p.pattern);
          const bool cause = noun_root >= 18 && (Is(pre, "after") || Is(pre, "before"));
          // ("At a news conference after the talks, Thongsavanh criticised ...": talks named
          // before, with no one they were with, are not another event.)
          const bool known_before = Is(det, "the") && p.target < 0;
          // ("received Lao President Thongloun, who is on an official visit to the DPRK": in a
          // relative clause on an actor, the visit is the antecedent's.)
          // ("received Andrei Belousov, minister of Defence of the Russian Federation, who is on
          // a visit": past a role in apposition, the person it describes.)
          uint32_t ante = i >= sb + 6 ? i - 6 : sb;
          if (ante > sb && a.skip[ante] == 3) {
            while (ante > sb && a.skip[ante] == 3) --ante;
          }
          if (article && Is(pre, "on") && i >= sb + 6 && IsAny(word(i - 3), "is", "was", "are", "were") &&
              Is(word(i - 4), "who") && Is(tok_text(i - 5), ",") && a.toks[ante].mention >= 0 &&
              a.mentions[a.toks[ante].mention].te == (ante == i - 6 ? i - 5 : ante + 1)) {
            p.source = a.toks[ante].mention;
            p.why_source = "the antecedent of \"who is on\" before the event noun";
          }
          if (p.source < 0 && article && time_prep && !cause && !known_before && (Is(pre, "during") || Is(pre, "on"))) {
            p.source = report_speaker_before(i - 2);
            if (p.source >= 0) p.why_source = "the speaker of the report clause the event noun is in";
          }
          if (p.source < 0 && article && time_prep && !cause && !known_before) {
            for (const Predicate& q : a.preds) {
              if (&q == &p || q.noun || q.tok >= i || q.source < 0 || q.mood != Mood::kPlain) continue;
              p.source = q.source;
              p.why_source = "the subject of the main verb (event noun after during/on/after)";
            }
          }
          // "Turkish Foreign Minister Hakan Fidan, on a two-day visit to Baku, signed ...": a
          // visit "on a ..." between commas right after a name is that actor's.
          if (p.source < 0 && noun_root == 4) {
            uint32_t d = i;  // (the article: up to five modifier tokens before the noun, "two-day official")
            while (d > sb + 2 && d + 6 > i && !Is(word(d - 1), "a") && !Is(word(d - 1), "an") && !Is(word(d - 1), "his") &&
                   !Is(word(d - 1), "her") && !Is(word(d - 1), "their") && !Is(word(d - 1), "its") &&
                   a.toks[d - 1].mention < 0 && !(a.toks[d - 1].wflags & (lx::kAnyVerb | lx::kPreposition)) &&
                   (!(a.toks[d - 1].tflags & text::kPunct) || Is(tok_text(d - 1), "-"))) {
              --d;
            }
            // (also "Brazil's president is on a state visit to China")
            if (d > sb + 2 && d + 6 > i && Is(word(d - 2), "on") && d >= sb + 4 &&
                (Is(tok_text(d - 3), ",") || (a.toks[d - 3].wflags & lx::kBe))) {
              const int32_t mi = a.toks[d - 4].mention;
              if (mi >= 0 && !a.mentions[mi].place_only && a.mentions[mi].prep == 0 && !a.mentions[mi].modifier &&
                  a.mentions[mi].te == d - 3) {
                p.source = mi;
                p.why_source = "the name before \", on a visit ...\"";
              }
            }
          }
          // "Erdogan told Putin in a telephone call": a consultation "in a" call belongs to the
          // verb before it, its subject to its object ("told Xi during a phone call" too, when
          // that verb is no coded event).
          if (p.source < 0 && article && (Is(pre, "in") || Is(pre, "during")) &&
              styles_->root_of(p.pattern) == 4) {
            for (int32_t v = static_cast<int32_t>(i) - 3; v >= static_cast<int32_t>(sb); --v) {
              if (is_clause_end(static_cast<uint32_t>(v)) || Is(tok_text(v), ",")) break;
              if (a.toks[v].mention >= 0 || !(a.toks[v].wflags & lx::kAnyVerb) ||
                  (a.toks[v].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary))) {
                continue;
              }
              // ("Putin and Trump discussed Ukraine in a phone call": when that verb is a
              // consultation coded itself, the call is that event, already made 041.)
              bool consulted = false;
              for (const Predicate& q : a.preds) {
                consulted = consulted || (q.tok == static_cast<uint32_t>(v) && !q.noun &&
                                          styles_->root_of(q.pattern) == 4);
              }
              if (consulted) {
                p.mood = Mood::kHypothetical;
                break;
              }
              std::string_view why;
              p.source = find_subject(static_cast<uint32_t>(v), &why);
              if (p.source >= 0) {
                p.why_source = "the subject of the verb a call \"in a\" belongs to";
                // ("told his Greek counterpart": past a determiner, or a possessive phrase, the
                // phrase it opens)
                uint32_t o = static_cast<uint32_t>(v) + 1;
                if (o + 1 < se && a.toks[o].mention < 0 && (a.toks[o].wflags & lx::kDeterminer)) ++o;
                if (p.target < 0 && o < se && a.toks[o].mention >= 0) {
                  p.target = a.toks[o].mention;
                  const Mention& om = a.mentions[p.target];
                  if (om.possessive && om.te < se && a.toks[om.te].mention >= 0) p.target = a.toks[om.te].mention;
                }
              }
              break;
            }
          }
        }
        // A nominal event in subject position: "Talks between Russia and Belarus ended".
        const int32_t tm = p.target;
        if (p.source < 0 && (tm < 0 || a.mentions[tm].group < 0)) p.source = -1;
      }
      // "two nights of protests against the government in Tbilisi": a protest noun with no
      // named protesters is the people's, of the country it is against or takes place in.
      // (Not when the sentence names protesters of its own: "Students clashed with police
      // during protests" is the students' event.)
      bool protesters_named = false;
      for (const ActorValue& v : a.mention_actors) {
        const std::string_view sec = v.sector.view();
        protesters_named = protesters_named || Is(sec, "CVL") || Is(sec, "EDU") || Is(sec, "LAB") || Is(sec, "OPP");
      }
      if (p.source < 0 && !p.keds && !protesters_named &&
          styles_->root_of(p.pattern) == 14 &&
          (p.target >= 0 || (!a.sentence_country.empty() && !a.country_from_dateline))) {
        p.people_source = true;
        p.why_source = "the people (a protest noun with no named protesters)";
      }
      // "praised Pakistan during talks with Zardari", "agreed to a ceasefire at talks in
      // Putrajaya": a meeting in an adjunct of the main clause is its subject's.
      // (Not "talks between their foreign ministers": those name their own sides.)
      if (p.source < 0 && !p.people_source && !p.keds && i > sb + 1 &&
          !(i + 1 < se && TokenIs(text, a.toks[i + 1], "between")) &&
          styles_->root_of(p.pattern) == 4) {
        // ("after a two-day visit to Tokyo": past a hyphenated modifier too.)
        uint32_t k = i - 1;
        while (k > sb && k + 6 > i &&
               ((a.toks[k].tflags & text::kWord) || (Is(tok_text(k), "-") && (a.toks[k].tflags & text::kJoined))) &&
               a.toks[k].mention < 0 && !(a.toks[k].wflags & (lx::kPreposition | lx::kAnyVerb | lx::kSubordinator))) {
          --k;
        }
        // ("signed a declaration in Doha after months of talks": past a span of time and "of",
        // when the main clause's subject is two sides, who held them; "Iran freed three French
        // citizens after months of negotiations" names no one they were with.)
        // (Also past a count: "after more than eight hours of talks with U.S. officials".)
        bool span_of = false;
        if (Is(word(k), "of") && k >= sb + 2 && IsAny(tok_text(k - 1), "months", "weeks", "days", "years", "hours", "rounds")) {
          uint32_t b = k - 2;
          while (b > sb && b + 5 > k &&
                 ((a.toks[b].tflags & text::kNumber) || CountWordValue(tok_text(b)) > 0 ||
                  IsAny(tok_text(b), "more", "than", "nearly", "almost", "about", "several", "many"))) {
            --b;
          }
          // (past a count only for talks with someone named: "after 18 days of negotiations"
          // names no one they were with)
          if (IsAny(word(b), "after", "following", "during") && (b + 2 == k || p.target >= 0)) {
            k = b;
            span_of = true;
          }
        }
        const std::string_view prep = word(k);
        // ("weeks after a national consultation recommended making Goita president": not a
        // meeting that is the subject of the adjunct's own verb; "after talks held in Doha" is.)
        const uint32_t after_noun = std::max(p.last, i) + 1;
        // (A word the dictionaries lack counts as a past verb by its "-ed".)
        auto past_verb = [&](uint32_t k) {
          const Tok& t = a.toks[k];
          if (t.word != lx::kUnknownWord) return (t.wflags & lx::kAnyVerb) && (t.wflags & lx::kPastTense);
          const std::string_view w = tok_text(k);
          return !(t.tflags & text::kCapitalized) && w.size() > 4 && Is(w.substr(w.size() - 2), "ed");
        };
        const bool clause_of_its_own = after_noun + 1 < se && a.toks[after_noun].mention < 0 && past_verb(after_noun) &&
                                       !(a.toks[after_noun + 1].wflags & lx::kPreposition);
        // ("Germany has delivered two Patriot launchers to Ukraine, Defence Minister Boris
        // Pistorius said on Wednesday during a visit to Kyiv": a visit in the report clause is the
        // speaker's.)
        if (!clause_of_its_own && (Is(prep, "during") || Is(prep, "on"))) {
          p.source = report_speaker_before(k);
          if (p.source >= 0) p.why_source = "the speaker of the report clause the meeting noun is in";
        }
        if (p.source < 0 && !clause_of_its_own &&
            (Is(prep, "during") || Is(prep, "at") || Is(prep, "after") || Is(prep, "following") || Is(prep, "amid"))) {
          for (const Predicate& q : a.preds) {
            if (&q == &p || q.tok >= k) break;
            if (q.noun || q.passive || q.source < 0) continue;
            bool boundary = false;
            for (uint32_t c = q.tok + 1; c < k && !boundary; ++c) boundary = is_clause_end(c);
            if (!boundary && span_of && p.target < 0 && a.mentions[q.source].group < 0) break;
            if (!boundary) {
              p.source = q.source;
              p.why_source = "the main clause's subject (a meeting in an adjunct)";
              // ("arrived in Trinidad and Tobago after a two-day visit to Ghana ... The two
              // leaders": the earlier visit leaves the pair, the guest and the place to the main act.)
              p.background = Is(prep, "after") || Is(prep, "following");
              p.other_clause_before = true;  // ("pledged to deepen ties during talks": the talks were held)
              // ("Kyiv demanded the withdrawal of Russian troops at talks": with the one it
              // acted on, when the meeting names nobody.)
              const bool one_source = a.mentions[q.source].group < 0 && a.mentions[q.source].actors_len == 1;
              p.target = p.target < 0 && one_source ? q.target : p.target;
            }
          }
          // ("Choe wrapped up a visit to Belarus after talks with Lukashenko": with no coded verb
          // before it, the main clause's subject, an actor right before a verb.)
          // (Only for talks with someone named: "told reporters after the talks" refers back.)
          if (p.source < 0 && p.target >= 0) {
            p.source = first_plain_actor(k, k);
            if (p.source >= 0) p.why_source = "the main clause's subject (a meeting in an adjunct)";
          }
        }
      }
      if (p.source < 0 && !p.people_source && !p.keds && i > sb) {
        std::string_view opener = word(sb);
        // ("Speaking to reporters after talks with Macron, al-Sharaa urged ...": past an opening
        // participle, its time adjunct)
        if (a.toks[sb].wflags & lx::kGerund) {
          for (uint32_t k = sb + 1; k < i && !Is(tok_text(k), ",") && !is_clause_end(k); ++k) {
            if (Is(word(k), "after") || Is(word(k), "following") || Is(word(k), "during")) {
              opener = word(k);
              break;
            }
          }
        }
        // ("In a phone call with Netanyahu, Trump urged ..."; not "At a news conference after
        // the talks, ...", which refers back to talks named before)
        if ((Is(opener, "following") || Is(opener, "after") || Is(opener, "during") || Is(opener, "before") ||
             Is(opener, "at") || Is(opener, "in")) &&
            !(p.noun && p.target < 0 && Is(word(i - 1), "the"))) {
          p.source = opening_clause_subject(i);
          if (p.source >= 0) p.why_source = "the main clause's subject (event noun in an opening phrase)";
        }
      }
      if (p.source < 0 && !p.people_source && !sides_later &&
          !(p.target >= 0 && (a.mentions[p.target].group >= 0 || a.mentions[p.target].actors_len >= 2) && i + 1 < se &&
            TokenIs(text, a.toks[i + 1], "between"))) {
        p.mood = Mood::kHypothetical;  // no source: nothing to code
        continue;
      }
      // ("discussed the strikes with his Iranian counterpart in a phone call": a call or meeting
      // after "in a" or "during a" is the means of the meeting verb before it, no event of its own.)
      // (Not a visit, which says more: "held talks with Xi ... during a state visit to China".)
      if (styles_->root_of(p.pattern) == 4 && i >= sb + 3 && IsAny(word(i - 1), "a", "an") &&
          IsAny(word(i - 2), "in", "during") &&
          !IsAny(Family3(lx_.cameo(lx_.pattern(p.pattern).cameo).code), "042", "043")) {
        bool means = false;
        for (const Predicate& q : a.preds) {
          means = means || (!q.noun && q.tok < i - 2 && styles_->root_of(q.pattern) == 4);
        }
        if (means) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // ("the kingdom hoped the ceasefire between Iran and Israel would hold": what a hope is
      // about has not happened, a noun's event no more than a verb's.)
      if (hope_word_before(i)) {
        bool hoped = false;
        for (uint32_t k = i; k-- > sb && !hoped;) {
          if (is_clause_end(k)) break;
          hoped = IsHopeWord(tok_text(k));
        }
        if (hoped) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
    } else {
      // Passive: "was attacked by X" → source X, target the subject.
      int32_t j = static_cast<int32_t>(i) - 1;
      // (also past an opening quote: "after being \"besieged\" by Filipino vessels")
      while (j >= static_cast<int32_t>(sb) && (IsAdverbWord(tok_text(j)) || (a.toks[j].wflags & lx::kNegation) ||
                                               IsQuoteMark(tok_text(j)))) {
        --j;
      }
      const lx::VerbForm form = lx_.VerbFormOf(a.toks[i].word);
      const bool participle = form == lx::VerbForm::kParticiple || form == lx::VerbForm::kPastOrParticiple;
      auto by_agent = [&]() {
        for (uint32_t k = i + 1; k < se && k < i + 8; ++k) {
          // ("to be freed under a ceasefire deal brokered by Qatar": the "by" after another
          // participle is that one's; "attacked and killed by" shares it.)
          if ((a.toks[k].wflags & lx::kPastParticiple) && a.toks[k].mention < 0 && !(a.toks[k - 1].wflags & lx::kConjunction)) {
            break;
          }
          // ("were killed in an Israeli airstrike", "wounded in a Russian missile attack": the
          // actor named right before an attack noun the act happened in is its agent.)
          if (k == i + 1 && k + 2 < se && TokenIs(text, a.toks[k], "in")) {
            uint32_t q = k + 1;
            if (a.toks[q].mention < 0 && (a.toks[q].wflags & lx::kDeterminer)) ++q;
            const int32_t mi = q < se ? a.toks[q].mention : -1;
            if (mi >= 0 && a.mentions[mi].tb == q && !a.mentions[mi].place_only) {
              const uint32_t te = a.mentions[mi].te;
              // (the attack noun may be the pattern's own word: "kill * in drone strike")
              if (!p.keds && p.last >= te && styles_->root_of(p.pattern) >= 18) return mi;
              for (const Predicate& r : a.preds) {
                if (r.noun && !r.keds && r.tok >= te && r.tok <= te + 1) {
                  const int root = styles_->root_of(r.pattern);
                  if (root == 18 || root == 19 || root == 20) return mi;
                }
              }
            }
            break;
          }
          if (TokenIs(text, a.toks[k], "by") && k + 1 < se) {
            // ("by a wave of Russian drones": past a quantity; "by state prosecutors": past a
            // modifier spelled like a verb, right before the phrase)
            for (uint32_t q = k + 1; q < se && q < k + 6; ++q) {
              if (a.toks[q].mention >= 0) return a.toks[q].mention;
              // ("hit by a wave of drones launched by the Rapid Support Forces": weapons with
              // who fired them after a second "by".)
              if (q + 2 < se && IsAny(word(q), "launched", "fired") && TokenIs(text, a.toks[q + 1], "by") && q > k + 1 &&
                  (a.toks[q - 1].wflags & (lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery))) {
                uint32_t r = q + 2;
                while (r < se && r < q + 5 && a.toks[r].mention < 0 && (a.toks[r].tflags & text::kWord) &&
                       !(a.toks[r].wflags & (lx::kAnyVerb | lx::kPreposition))) {
                  ++r;
                }
                if (r < se && a.toks[r].mention >= 0 && !a.mentions[a.toks[r].mention].place_only) return a.toks[r].mention;
              }
              // ("received by the emir, Sheikh Tamim": a role with the name after it in
              // apposition.)
              if (TokenIs(text, a.toks[q], ",") && q > k + 1 && q + 1 < se && a.toks[q + 1].mention >= 0 &&
                  a.mentions[a.toks[q + 1].mention].tb == q + 1 && a.mentions[a.toks[q + 1].mention].actors_len == 1 &&
                  a.mention_actors[a.mentions[a.toks[q + 1].mention].actors_off].kind == MentionKind::kPerson &&
                  a.toks[q - 1].phrase_span >= 0 && (a.spans[a.toks[q - 1].phrase_span].sense_mask & Bit(SenseKind::kAgent))) {
                return a.toks[q + 1].mention;
              }
              if (is_clause_end(q) || TokenIs(text, a.toks[q], ",") ||
                  ((a.toks[q].wflags & lx::kAnyVerb) && !(a.toks[q - 1].wflags & lx::kDeterminer) &&
                   !(q + 1 < se && a.toks[q + 1].mention >= 0 && q == k + 1))) {
                break;
              }
            }
            break;
          }
        }
        return -1;
      };
      // KEDS: a passive without a "by" agent is read like an active verb ("X was criticized over
      // its dispute with Y": X > Y), as PETRARCH does.
      // "183 Palestinian prisoners freed by Israel": a participle right after an actor phrase,
      // with a "by" agent, is a reduced passive relative clause; the phrase is its target.
      // (Also after a comma: "the mayor, detained by Israel in 2007, ...".)
      int32_t before = i > sb ? a.toks[i - 1].mention : -1;
      if (before < 0 && i > sb + 1 && Is(tok_text(i - 1), ",")) before = a.toks[i - 2].mention;
      // ("agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey": the place
      // where the talks were is not what was mediated; the main clause's subject is.)
      // ("exchanged 84 prisoners in a deal brokered by the UAE": so is the deal's.)
      const bool mediation = !p.keds && styles_->root_of(p.pattern) == 4;
      bool after_thing = before < 0 && mediation && participle && i > sb + 1 && i + 1 < se &&
                         (a.toks[i - 1].tflags & text::kWord) && TokenIs(text, a.toks[i + 1], "by") &&
                         !(a.toks[i - 1].wflags & (lx::kBe | lx::kAuxiliary | lx::kModal));
      if (after_thing) {  // (a noun phrase: "a deal", "the latest truce")
        after_thing = false;
        for (uint32_t k = i - 1; k-- > sb && k + 4 > i && !after_thing;) {
          after_thing = (a.toks[k].wflags & lx::kDeterminer) != 0 || (k + 2 == i && (a.toks[k].wflags & lx::kPreposition));
        }
      }
      // ("signed a peace agreement in Washington on Friday, brokered by the United States": after
      // a comma that no actor phrase ends, the mediated are the main clause's subject too.)
      const bool comma_thing = before < 0 && mediation && participle && i > sb + 1 && i + 1 < se &&
                               Is(tok_text(i - 1), ",") && a.toks[i - 2].mention < 0 && TokenIs(text, a.toks[i + 1], "by");
      if (comma_thing) after_thing = true;
      if ((before >= 0 && a.mentions[before].prep != 0 && !p.keds) || after_thing) {
        const std::string_view prep = after_thing ? "in" : lx_.Word(a.mentions[before].prep);
        if (Is(prep, "in") || Is(prep, "at") || Is(prep, "near")) {
          before = -1;
          if (mediation) {
            for (const Predicate& q : a.preds) {
              if (&q != &p && q.tok < i && !q.noun && !q.passive && q.source >= 0) {
                before = q.source;
                break;
              }
            }
            if (before < 0) before = first_plain_actor(i);  // (else the clause's subject)
          }
        }
      }
      // (the "by" right after the participle: "apologised to Indonesia for violence by Dutch
      // forces" is active)
      uint32_t after_verb = i + 1;
      while (after_verb < se && EndsWithLy(tok_text(after_verb))) ++after_verb;
      const bool reduced_passive = participle && !p.keds && before >= 0 && !a.mentions[before].place_only &&
                                   !a.mentions[before].modifier && after_verb < se &&
                                   TokenIs(text, a.toks[after_verb], "by") && by_agent() >= 0;
      // "Odesa came under attack by Russian drones", "Israeli troops came under fire from
      // Hezbollah", "Kharkiv came under Russian missile attack": the subject of "come under" an
      // attack is its target; the actor after "by" or "from", or named in the attack, its source.
      const bool come_under = !p.keds && i + 1 < se && TokenIs(text, a.toks[i + 1], "under") &&
                              styles_->root_of(p.pattern) >= 18 && Is(lx_.Word(lx_.VerbLemma(a.toks[i].word)), "come");
      if (come_under) {
        int32_t agent = -1;
        for (uint32_t k = i + 2; k < se && k <= p.last + 2; ++k) {
          const int32_t mi = a.toks[k].mention;
          if (mi < 0) {
            if (is_clause_end(k) || Is(tok_text(k), ",")) break;
            continue;
          }
          const Mention& m = a.mentions[mi];
          const std::string_view pw = m.prep != 0 ? lx_.Word(m.prep) : std::string_view();
          if (m.te <= p.last || (m.tb > p.last && (Is(pw, "by") || Is(pw, "from")))) agent = mi;
          break;
        }
        int32_t subject = find_subject(i, &p.why_source);
        // (A place is its country: "Odesa came under attack"; so is an adjective's state:
        // "Ukrainian positions came under heavy shelling".)
        for (uint32_t k = sb; subject < 0 && k < i; ++k) {
          if ((a.toks[k].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kReport | lx::kSubordinator)) || Is(tok_text(k), ",")) break;
          const int32_t mi = a.toks[k].mention;
          if (mi < 0) continue;
          if ((a.mentions[mi].place_only || a.mentions[mi].modifier) && a.mentions[mi].prep == 0 && a.mentions[mi].actors_len == 1) {
            subject = mi;
          }
          break;
        }
        // ("The minister came under fire from the opposition" is criticism, no force: force needs
        // an armed agent, one named in the attack, a weapon, or a place or armed force hit.)
        auto armed = [&](int32_t mi) {
          if (mi < 0 || a.mentions[mi].actors_len != 1) return false;
          const std::string_view sec = a.mention_actors[a.mentions[mi].actors_off].sector.view();
          return IsAny(sec, "MIL", "REB", "INS", "CRM", "COP");
        };
        const bool force = agent >= 0 && subject >= 0 &&
                           (a.mentions[agent].te <= p.last || armed(agent) || armed(subject) || a.mentions[subject].place_only ||
                            a.mentions[subject].modifier ||
                            (sentence_wflags & (lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery)));
        if (!force || agent == subject) {
          p.mood = Mood::kHypothetical;
          continue;
        }
        p.passive = true;
        p.source = agent;
        p.target = subject;
        p.why_source = "\"came under\" an attack: its agent; the subject is the target";
      } else if (reduced_passive) {
        p.passive = true;
        p.other_clause_before = true;
        p.source = by_agent();
        p.target = before;
        p.why_source = "reduced passive relative clause: the agent after \"by\"; the phrase before is the target";
      } else if (const uint32_t thing = i > sb + 2 && Is(tok_text(i - 1), ",") && styles_->root_of(p.pattern) == 4 ? i - 2 : i - 1;
                 participle && !p.keds && before < 0 && i > sb && a.toks[thing].mention < 0 &&
                 (a.toks[thing].tflags & text::kWord) && !(a.toks[thing].tflags & text::kCapitalized) &&
                 !(a.toks[thing].wflags & (lx::kBe | lx::kAuxiliary | lx::kModal | lx::kPreposition | lx::kConjunction |
                                           lx::kSubordinator | lx::kDeterminer)) &&
                 // (a noun that is a verb form too after a determiner: "The talks, mediated by")
                 (!(a.toks[thing].wflags & lx::kAnyVerb) || (thing > sb && (a.toks[thing - 1].wflags & lx::kDeterminer))) &&
                 !IsAdverbWord(tok_text(thing)) && !(thing > sb && (a.toks[thing - 1].wflags & (lx::kBe | lx::kAuxiliary))) &&
                 after_verb < se && TokenIs(text, a.toks[after_verb], "by") && by_agent() >= 0) {
        // ("a capital terrorised by extortion gangs": a thing the act was done to, by the agent
        // after "by"; no actor before it is the act's subject. Also set off by a comma, for a
        // consultation: "The talks, mediated by Turkey and Qatar, ...", not "a resolution,
        // drafted by".)
        p.passive = true;
        p.other_clause_before = true;
        p.source = by_agent();
        p.target = -1;
        p.why_source = "reduced passive on a thing: the agent after \"by\"";
      } else if (participle && !p.keds && before >= 0 && !a.mentions[before].place_only && !a.mentions[before].modifier &&
                 i == a.mentions[before].te && after_verb < se && TokenIs(text, a.toks[after_verb], "by") && by_agent() < 0 &&
                 !(i > sb && (a.toks[i - 1].wflags & lx::kBe))) {
        // ("10,000 people displaced by gang violence": done to the phrase by no actor; nothing to
        // code, and the phrase did not do it.)
        p.mood = Mood::kHypothetical;
        continue;
      } else if (participle && j >= static_cast<int32_t>(sb) && (a.toks[j].wflags & lx::kBe) &&
          (!p.keds || by_agent() >= 0)) {
        p.passive = true;
        const int32_t subject = find_subject(i, &p.why_source);
        const int32_t agent = by_agent();
        p.source = agent;
        // "New sanctions were imposed on Iranian manufacturers by the EU": when the subject is not
        // an actor, the pattern's own target stands.
        if (subject >= 0) p.target = subject;
        // (The agent is no target of its own act: "was hit by drones launched by Russia".)
        if (subject < 0 && p.target == agent) p.target = -1;
        p.why_source = "passive: the agent after \"by\"; the subject is the target";
        // ("Ukraine's Danube port of Izmail was struck by Russian drones": a thing hit by force
        // is its possessive owner's, who is the target.)
        if (subject < 0 && agent >= 0 && !p.keds && styles_->root_of(p.pattern) >= 18) {
          for (uint32_t k = sb; k < i && k < sb + 3; ++k) {
            const int32_t mi = a.toks[k].mention;
            if (mi < 0) continue;
            const Mention& m = a.mentions[mi];
            // ("Two Philippine supply boats were blocked by Chinese coast guard ships": an
            // adjective owner too.)
            if ((m.possessive || m.modifier) && m.prep == 0 && !m.place_only && m.actors_len > 0 && mi != agent) {
              p.target = mi;
              p.why_source = "passive: the agent after \"by\"; the subject's possessive owner is the target";
            }
            break;
          }
          // ("Kharkiv was attacked by Russian troops", "The port of Odesa was struck by ...", "A
          // building in Kherson was hit by ...": a place hit by force, the subject or in it, is
          // its country's, as "attacked Kharkiv" is.)
          if (p.target < 0) {
            for (uint32_t k = sb; k < static_cast<uint32_t>(j); ++k) {
              if ((a.toks[k].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kReport | lx::kSubordinator)) ||
                  Is(tok_text(k), ",")) {
                break;
              }
              const int32_t mi = a.toks[k].mention;
              if (mi < 0) continue;
              const Mention& m = a.mentions[mi];
              if (m.place_only && m.actors_len == 1 && mi != agent &&
                  (m.prep == 0 || Is(lx_.Word(m.prep), "of") || Is(lx_.Word(m.prep), "in"))) {
                p.target = mi;
                p.why_source = "passive: the agent after \"by\"; the place hit is its country's";
              }
              break;
            }
          }
        }
        // ("The meeting at the Ciragan Palace was hosted by Fidan": a meeting noun opening the
        // sentence, as the subject of a passive meeting verb, stands for the sides of the last
        // visit, meeting or talks.)
        // (Else the sides of the last agreement signed, where they met: "signed an agreement in
        // Jeddah ... The meeting was hosted by ...".)
        const std::vector<ActorValue>& met = a.memory.meeting_pair.size() == 2 ? a.memory.meeting_pair : a.memory.agreement_pair;
        if (agent >= 0 && subject < 0 && p.target < 0 && !p.keds && styles_->root_of(p.pattern) == 4 &&
            met.size() == 2 && Is(word(sb), "the")) {
          for (uint32_t k = sb + 1; k < sb + 3 && k < i && a.toks[k].mention < 0; ++k) {
            if (IsMeetingNoun(word(k))) {
              p.target = PushSidesMention(a, met, sb, k + 1);
              p.why_source = "passive: the agent after \"by\"; the meeting noun subject is the last meeting's sides";
              break;
            }
          }
        }
        // "The armed forces were placed on high alert": a change of posture (15) with no agent
        // is the subject's own.
        if (agent < 0 && subject >= 0 && !p.keds &&
            styles_->root_of(p.pattern) == 15) {
          p.source = subject;
          p.target = -1;
          p.why_source = "passive of a change of posture with no agent: the subject";
          continue;
        }
        // "Two Ukrainian citizens ... have been detained": an arrest with no agent is by the
        // police of the place (the sentence's, else the dateline's).
        if (agent < 0 && subject >= 0 && !p.keds && Is(Family3(lx_.cameo(lx_.pattern(p.pattern).cameo).code), "173") &&
            !a.sentence_country.empty()) {
          p.police_source = true;
          p.why_source = "passive arrest with no agent: the police of the place";
        }
        if (agent < 0 && !p.police_source) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      } else {
        p.source = -1;
        // "... before flying to Belarus", "after meeting Lukashenko": a participle clause after a
        // subordinating word shares the subject of the main clause's verb.
        if (form == lx::VerbForm::kGerund && i > sb && (a.toks[i - 1].wflags & (lx::kSubordinator | lx::kPreposition))) {
          for (const Predicate& q : a.preds) {
            if (&q == &p || q.tok >= i || q.noun || q.source < 0 || q.passive) continue;
            p.source = q.source;
            p.why_source = "participle clause: the subject of the main verb";
          }
          // ("..., and Orban said on Saturday that he would continue his mission by travelling to
          // Beijing": a subject with a verb of its own nearer than that verb's is the clause's.)
          if (p.source >= 0 && a.mentions[p.source].te < i) {
            for (uint32_t k = i - 1; k > a.mentions[p.source].te && k > sb; --k) {
              const int32_t mi = a.toks[k - 1].mention;
              if (mi < 0 || mi == p.source) continue;
              const Mention& m = a.mentions[mi];
              if (m.prep != 0 || m.modifier || m.possessive || m.te != k || m.actors_len != 1) continue;
              if (k < se && (a.toks[k].wflags & (lx::kModal | lx::kAuxiliary | lx::kAnyVerb)) && a.toks[k].mention < 0 &&
                  !(a.toks[k].wflags & lx::kGerund)) {
                p.source = mi;
                p.why_source = "participle clause: the subject of its own clause's verb";
                // (and its future: "he would continue his mission by travelling")
                if ((a.toks[k].wflags & lx::kModal) && (Is(word(k), "will") || Is(word(k), "would")) &&
                    p.mood == Mood::kPlain) {
                  p.mood = Mood::kIntent;
                }
              }
              break;
            }
          }
          // ("Maduro responded by expelling ...": a main verb outside the dictionaries; its
          // subject is the clause's first actor phrase outside a prepositional phrase.)
          if (p.source < 0 && TokenIs(text, a.toks[i - 1], "by") && i >= sb + 2) {
            p.source = first_plain_actor(i - 2, /*verb_end=*/i);
            if (p.source >= 0) p.why_source = "means ('by' + participle): the subject of the main verb";
          }
        }
        // KEDS: else the subject stands before the pattern's first word ("Neither X nor Y
        // boycotted": NEITHER *; "Ethiopia indicated it would act": INDICATED WOULD *).
        if (p.subject_target) {
          // KEDS "+ * ... $": the subject is the target, the "$" slot the source.
          p.target = find_subject(p.pre_first, &p.why_source);
          p.source = p.keds_source;
          p.why_source = "the pattern's $ slot after the verb";
          if (p.target < 0) p.source = -1;
        }
        if (p.source < 0 && p.keds_source >= 0 && !p.subject_target) {
          p.source = p.keds_source;
          p.why_source = "the pattern's $ slot after the verb";
        }
        // "The last U.S. troops left Afghanistan on Monday, ending America's longest war": a
        // participle clause after a comma shares the subject of the finite verb before it.
        if (p.source < 0 && !p.keds && !p.subject_target && i > sb + 1 && TokenIs(text, a.toks[i - 1], ",") &&
            lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kGerund) {
          for (int32_t k = static_cast<int32_t>(i) - 2; k >= static_cast<int32_t>(sb); --k) {
            if (is_clause_end(static_cast<uint32_t>(k))) break;
            if (!(a.toks[k].wflags & lx::kAnyVerb) || a.toks[k].mention >= 0) continue;
            const lx::VerbForm f = lx_.VerbFormOf(a.toks[k].word);
            if (f != lx::VerbForm::kPast && f != lx::VerbForm::kPastOrParticiple && f != lx::VerbForm::kThird) continue;
            // (not a participle used as an adjective: "reinstate ousted President Bazoum")
            if (f == lx::VerbForm::kPastOrParticiple && k > static_cast<int32_t>(sb) &&
                (a.toks[k + 1].mention >= 0 || a.toks[k + 1].phrase_span >= 0 || (a.toks[k + 1].tflags & text::kCapitalized)) &&
                (a.toks[k - 1].wflags & (lx::kAnyVerb | lx::kDeterminer)) && a.toks[k - 1].mention < 0) {
              continue;
            }
            std::string_view why;
            const int32_t s = find_subject(static_cast<uint32_t>(k), &why);
            if (s >= 0) {
              p.source = s;
              p.why_source = "participle clause after a comma: the subject of the verb before it";
            }
            break;
          }
        }
        if (p.source < 0 && !p.subject_target) p.source = find_subject(i, &p.why_source);
        // ("met Ryzhenkov, with whom she signed a plan": the one "with whom" is the other side.)
        if (p.source >= 0 && p.target < 0 && !p.keds) {
          const uint32_t sb_tok = a.mentions[p.source].tb;
          if (sb_tok >= sb + 3 && TokenIs(text, a.toks[sb_tok - 1], "whom") &&
              (TokenIs(text, a.toks[sb_tok - 2], "with") || TokenIs(text, a.toks[sb_tok - 2], "alongside")) &&
              Is(tok_text(sb_tok - 3), ",") && sb_tok >= sb + 4 && a.toks[sb_tok - 4].mention >= 0) {
            p.target = a.toks[sb_tok - 4].mention;
          }
          // ("held talks with Premier Pak Thae Song, whom he had first met in Moscow on May 9":
          // the one "whom" stands for is whom the clause's verb acts on.)
          if (p.target < 0 && sb_tok >= sb + 3 && TokenIs(text, a.toks[sb_tok - 1], "whom") &&
              Is(tok_text(sb_tok - 2), ",") && a.toks[sb_tok - 3].mention >= 0 &&
              a.toks[sb_tok - 3].mention != p.source) {
            p.target = a.toks[sb_tok - 3].mention;
          }
        }
        if (p.source < 0 && !p.keds && (lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kGerund)) {
          p.source = opening_clause_subject(i);
          if (p.source >= 0) p.why_source = "the main clause's subject (participle clause opening the sentence)";
        }
        if (p.source < 0 && p.keds && !p.subject_target && p.pre_first < i) {
          p.source = find_subject(p.pre_first, &p.why_source);
        }
        // "summoned the Russian ambassador, Georgy Zinoviev, to lodge a protest": an infinitive
        // after an earlier verb's object is that verb's subject's purpose, unless the verb hands
        // the act to its object ("asked Russia to help", "invited him to visit").
        if (!p.keds && p.source >= 0 && i >= sb + 2 && TokenIs(text, a.toks[i - 1], "to")) {
          for (const Predicate& q : a.preds) {
            if (&q == &p || q.noun || q.keds || q.tok >= i || q.source < 0 || q.target != p.source) continue;
            if (!HandsActToObject(lx_.Word(lx_.VerbLemma(a.toks[q.tok].word)))) {
              p.source = q.source;
              p.why_source = "purpose clause: the subject of the verb whose object stands before \"to\"";
            }
            break;
          }
        }
      }
      attach_from_parse(p);
      // "Thousands protested in Istanbul", "Hundreds rallied outside parliament": a crowd with no
      // actor named protests as the people of the place (as a protest noun with no protesters).
      if (p.source < 0 && !p.keds && i > sb && styles_->root_of(p.pattern) == 14 &&
          !a.sentence_country.empty() && !a.country_from_dateline) {
        int32_t k = static_cast<int32_t>(i) - 1;
        while (k >= static_cast<int32_t>(sb) && (a.toks[k].wflags & kAdverbLike)) --k;
        if (k >= static_cast<int32_t>(sb) && IsCrowdCount(base::ToLower(tok_text(static_cast<uint32_t>(k))))) {
          p.people_source = true;
          p.why_source = "the people (a crowd with no actor named)";
        }
      }
      // "A ballistic missile fired by Yemen's Houthis struck near ...", "Drones launched by the
      // RSF hit fuel depots": a weapon's subject, with who fired it after "by", is that actor's.
      bool weapon_fired = false;
      if (p.source < 0 && !p.keds && !p.passive && i >= sb + 4 && styles_->root_of(p.pattern) >= 18) {
        int32_t by_mi = a.toks[i - 1].mention;
        // ("carried out by a Haitian government task force killed": past up to two nouns that
        // end the agent's phrase.)
        for (uint32_t k = i - 1; by_mi < 0 && k > sb + 3 && k + 3 > i; --k) {
          if (a.toks[k].mention >= 0 || !(a.toks[k].tflags & text::kWord) || (a.toks[k].tflags & text::kCapitalized) ||
              (a.toks[k].wflags & (lx::kPastTense | lx::kGerund | lx::kPreposition | lx::kConjunction | lx::kDeterminer))) {
            break;
          }
          by_mi = a.toks[k - 1].mention;
        }
        // ("fired by the Houthis from Yemen struck": past where it was fired from)
        if (by_mi >= 0 && a.mentions[by_mi].prep != by_word && a.mentions[by_mi].tb >= sb + 5 &&
            IsAny(lx_.Word(a.mentions[by_mi].prep), "from", "in") && a.toks[a.mentions[by_mi].tb - 2].mention >= 0) {
          by_mi = a.toks[a.mentions[by_mi].tb - 2].mention;
        }
        if (by_mi >= 0 && a.mentions[by_mi].tb >= sb + 3 && a.mentions[by_mi].prep == by_word) {
          const uint32_t tb = a.mentions[by_mi].tb;
          // (the word before "by", past an article and a modifier: "launched by the
          // paramilitary Rapid Support Forces")
          uint32_t by_at = tb - 1;
          while (by_at > sb + 1 && by_at + 3 > tb && !TokenIs(text, a.toks[by_at], "by")) --by_at;
          const std::string_view fired = word(by_at - 1);
          bool weapon = false;
          for (uint32_t k = by_at - 1; k-- > sb && k + 4 > by_at && !weapon;) {
            weapon = (a.toks[k].wflags & (lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery)) != 0;
          }
          if (weapon && IsAny(fired, "fired", "launched", "dropped", "sent", "flown")) {
            p.source = by_mi;
            p.why_source = "who fired the weapon that is the subject (\"fired by\")";
            weapon_fired = true;
          }
          // ("Drone strikes carried out by a government task force killed ...": an attack noun
          // whose agent "by" names is the subject.)
          if (!weapon_fired && IsAny(fired, "out", "conducted", "launched", "mounted", "staged")) {
            for (const Predicate& q : a.preds) {
              if (&q == &p || !q.noun || q.keds || q.tok >= tb || q.source != by_mi || styles_->root_of(q.pattern) < 18) continue;
              p.source = by_mi;
              p.why_source = "who carried out the attack that is the subject (\"carried out by\")";
              weapon_fired = true;
              break;
            }
          }
        }
      }
      // "An Israeli drone strike on an apartment in Beirut's southern suburbs killed a Hezbollah
      // member": when the subject is an attack noun of the clause that hit a place or no one, whom the
      // verb names as hit (an organisation or a force, not people at large) is the attack's
      // target; the verb adds no event of its own.
      if (p.source < 0 && !p.keds && !p.passive && p.target >= 0 && styles_->root_of(p.pattern) >= 18 &&
          a.mentions[p.target].actors_len == 1 && !a.mentions[p.target].place_only) {
        const ActorValue& hit = a.mention_actors[a.mentions[p.target].actors_off];
        const bool named = hit.kind == MentionKind::kOrganization ||
                           (!hit.sector.empty() && !Is(hit.sector.view(), "CVL"));
        for (Predicate& q : a.preds) {
          if (!named || q.tok >= i) break;
          if (!q.noun || q.keds || q.source < 0 || q.mood != Mood::kPlain ||
              styles_->root_of(q.pattern) < 18 || a.mentions[q.source].te > q.tok) {
            continue;
          }
          // (A target of its own only where it is a place: "on a car near Nabatieh".)
          if (q.target >= 0) {
            const Mention& qt = a.mentions[q.target];
            if (!qt.place_only && !(qt.place >= 0 && qt.prep != 0 && IsAny(lx_.Word(qt.prep), "in", "near", "at"))) continue;
          }
          bool clause = true;
          for (uint32_t k = std::max(q.last, q.tok) + 1; k < i && clause; ++k) {
            clause = !is_clause_end(k) && !Is(tok_text(k), ",") &&
                     !((a.toks[k].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kReport | lx::kSubordinator)) &&
                       a.toks[k].mention < 0);
          }
          if (clause) q.target = p.target;
        }
      }
      if (p.source < 0 && !p.people_source && !p.police_source) {
        p.mood = Mood::kHypothetical;  // no subject found: nothing to code
        continue;
      }
      // "10 Russian soldiers killed in Ukraine", "a member of Hamas, jailed a year ago": a
      // transitive verb's participle with no object after it, right after an actor phrase that
      // follows "there were", a preposition or a comma, describes that phrase; it is no event
      // of it.
      // (Past here the source may be the people of a crowd, p.source < 0.)
      if (form == lx::VerbForm::kPastOrParticiple && !p.passive && !p.keds && !p.noun && p.source >= 0 && !weapon_fired &&
          a.mentions[p.source].te <= i) {
        const Mention& sm = a.mentions[p.source];
        const bool comma_gap = sm.te + 1 == i && Is(tok_text(sm.te), ",");
        const bool comma_in = sm.te == i && sm.te > sm.tb + 1 && Is(tok_text(sm.te - 1), ",");
        const bool right_after = sm.te == i || comma_gap;
        const lx::Pattern& pat = lx_.pattern(p.pattern);
        const bool transitive = pat.elems_len > 0 && lx_.elem(pat.elems_off).kind == lx::ElemKind::kTarget;
        const bool no_object = i + 1 >= se || Is(tok_text(i + 1), ",") ||
                               ((a.toks[i + 1].wflags & lx::kPreposition) && !TokenIs(text, a.toks[i + 1], "by"));
        const bool described = comma_gap || comma_in ||
                               (sm.tb > sb && (a.toks[sm.tb - 1].wflags & (lx::kBe | lx::kPreposition)));
        // (Not after a name in apposition, whose comma closes it: "Iran's supreme leader, Ali
        // Khamenei, warned on Monday that ...")
        const bool closes_apposition = comma_gap && sm.tb >= sb + 2 && Is(tok_text(sm.tb - 1), ",") &&
                                       a.toks[sm.tb - 2].mention >= 0 && a.mentions[a.toks[sm.tb - 2].mention].prep == 0;
        // (Nor a protest verb, whose participle describes no one: "Thousands of Kenyans
        // protested on Thursday".)
        const bool protest_verb = styles_->root_of(p.pattern) == 14;
        if (right_after && transitive && no_object && described && !closes_apposition && !protest_verb) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "the Israeli hostages still held in Gaza": a past participle after the object of an
      // earlier verb is a reduced relative clause, not a new event.
      if (form == lx::VerbForm::kPastOrParticiple && !p.passive && p.source >= 0 && !weapon_fired && a.mentions[p.source].te <= i) {
        const Mention& sm = a.mentions[p.source];
        bool object = false;
        for (int32_t k = static_cast<int32_t>(sm.tb) - 1; k >= static_cast<int32_t>(sb) && k >= static_cast<int32_t>(sm.tb) - 4; --k) {
          if (Is(tok_text(k), ",") || a.toks[k].mention >= 0) break;
          // ("took place days after Russia struck Kyiv": a subordinator opens the phrase's own clause)
          // (not "until" or "if": "vowed to stay until the president resigned" supposes it)
          if (Is(word(k), "after") || Is(word(k), "before") || Is(word(k), "since") || Is(word(k), "when") ||
              Is(word(k), "while") || Is(word(k), "because") || Is(word(k), "as") || Is(word(k), "once") ||
              // ("a coordinated move that Netanyahu denounced": nor does a relative pronoun.)
              Is(word(k), "that") || Is(word(k), "which")) {
            break;
          }
          // (A reporting verb's object is a clause: "said it killed 12 militants". A verb form after
          // an article or a possessive is an adjective: "Vietnam's top leader To Lam received".)
          const bool adjective = k > static_cast<int32_t>(sb) &&
                                 ((a.toks[k - 1].wflags & lx::kDeterminer) || (a.toks[k - 1].tflags & text::kPossessive) ||
                                  (a.toks[k - 1].mention >= 0 && a.mentions[a.toks[k - 1].mention].possessive) ||
                                  // ("U.N. aid chief Tom Fletcher urged": a word of a title)
                                  (k + 1 < static_cast<int32_t>(sm.tb) && IsRoleHeadWord(word(k + 1))));
          // (Nor does a capitalised word opening the sentence govern anything: "Respected Comrade
          // Kim Jong Un met ...", nor the end of a hyphenated adjective: "Iran-backed rebels".)
          if ((a.toks[k].wflags & lx::kAnyVerb) && !adjective && k > static_cast<int32_t>(sb) &&
              !(a.toks[k - 1].tflags & text::kJoined) &&
              !(a.toks[k].wflags & (lx::kBe | lx::kModal | lx::kAuxiliary | lx::kReport))) {
            object = true;
            break;
          }
        }
        bool adjacent = true;  // only adverbs between the phrase and the participle
        for (uint32_t k = sm.te; object && adjacent && k < i; ++k) adjacent = EndsWithLy(tok_text(k)) | (Is(tok_text(k), "still"));
        if (object && adjacent) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // ("deployed troops to help Congo's army fight ethnic militias": what a purpose says the
      // help is for has not happened.)
      if (!p.keds && p.source >= 0 && a.mentions[p.source].te == i && a.mentions[p.source].tb >= sb + 2) {
        const uint32_t hv = a.mentions[p.source].tb - 1;
        if ((a.toks[hv].wflags & lx::kAnyVerb) && a.toks[hv].mention < 0 && Is(word(hv - 1), "to") &&
            Is(lx_.Word(lx_.VerbLemma(a.toks[hv].word)), "help")) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // ("rejected Trump's offer to send U.S. troops into Mexico to fight drug cartels": the
      // purpose of an act a noun only offers or proposes has not happened either.)
      if (!p.keds && i >= sb + 4 && Is(word(i - 1), "to")) {
        for (uint32_t k = i - 2; k > sb + 1 && k + 12 > i; --k) {
          if (is_clause_end(k) || Is(tok_text(k), ",")) break;
          if (!Is(word(k), "to") || !(a.toks[k + 1].wflags & lx::kAnyVerb)) continue;
          if ((a.toks[k - 1].wflags & lx::kComplementNoun) && a.toks[k - 1].mention < 0) p.mood = Mood::kHypothetical;
          break;
        }
        if (p.mood == Mood::kHypothetical) continue;
      }
      // "help Lebanon rebuild the villages destroyed in the war": a transitive verb's participle
      // right after a plain noun that an article opens, with no object after it, describes that
      // noun; its subject is no actor named further back.
      if (form == lx::VerbForm::kPastOrParticiple && !p.passive && !p.keds && p.source >= 0 && !weapon_fired &&
          a.mentions[p.source].te + 1 < i && i >= sb + 2 && a.toks[i - 1].mention < 0 &&
          (a.toks[i - 1].tflags & text::kWord) && !(a.toks[i - 1].tflags & text::kCapitalized) &&
          !(a.toks[i - 1].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kDeterminer | lx::kConjunction | lx::kBe |
                                    lx::kModal | lx::kAuxiliary | lx::kSubordinator | lx::kNegation)) &&
          !IsAdverbWord(tok_text(i - 1)) && (a.toks[i - 2].wflags & lx::kDeterminer) && a.toks[i - 2].mention < 0) {
        const lx::Pattern& pat = lx_.pattern(p.pattern);
        const bool transitive = pat.elems_len > 0 && lx_.elem(pat.elems_off).kind == lx::ElemKind::kTarget;
        const bool no_object = i + 1 >= se || Is(tok_text(i + 1), ",") || is_clause_end(i + 1) ||
                               ((a.toks[i + 1].wflags & lx::kPreposition) && !TokenIs(text, a.toks[i + 1], "by"));
        if (transitive && no_object) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "The Kremlin denied that Russian troops had attacked civilians", "dismissed reports that
      // ...": a denied clause asserts nothing (the denial itself is coded).
      {
        bool denied = false;
        const uint32_t denial_end = (sentence_marks & PatternStyles::kDenialMark) ? i : sb;  // (none: no scan)
        for (uint32_t k = sb; k < denial_end && !denied; ++k) {
          if (!(a.toks[k].wflags & lx::kAnyVerb) || a.toks[k].mention >= 0) continue;
          const std::string_view lemma = lx_.Word(lx_.VerbLemma(a.toks[k].word));
          if (!IsDenialLemma(lemma)) continue;
          const bool deny = Is(lemma, "deny");
          // ("denied supplying weapons": a gerund right after "deny" is the act denied.)
          if (deny && k + 1 == i && lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kGerund) denied = true;
          for (uint32_t q = k + 1; q < i && q <= k + 5 && !denied; ++q) {
            const std::string_view x = word(q);
            if ((Is(x, "that") && deny) || Is(x, "claims") || Is(x, "claim") || Is(x, "reports") || Is(x, "report") ||
                Is(x, "allegations") || Is(x, "accusations")) {
              denied = true;
              // (not across a new clause: "denied the claims and launched an offensive", nor into
              // a clause of time or cause: "denied the claim a day after Congo accused Kigali")
              for (uint32_t c = q + 1; c < i && denied; ++c) {
                denied = !((a.toks[c].wflags & lx::kConjunction) && a.toks[c].mention < 0) && !is_clause_end(c) &&
                         !((a.toks[c].wflags & lx::kSubordinator) &&
                           IsAny(word(c), "after", "before", "since", "when", "while", "because", "although", "though",
                                 "until"));
              }
            }
          }
        }
        if (denied) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "barred Israeli officials from entering Spanish territory", "prevented the convoy from
      // reaching Gaza": what a ban or a prevention keeps from happening did not happen.
      if (i >= sb + 3 && lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kGerund && Is(word(i - 1), "from")) {
        bool prevented = false;
        for (uint32_t k = i - 1; k-- > sb && k + 10 > i && !prevented;) {
          if (is_clause_end(k)) break;
          if (!(a.toks[k].wflags & lx::kAnyVerb) || a.toks[k].mention >= 0) continue;
          prevented = IsAny(lx_.Word(lx_.VerbLemma(a.toks[k].word)), "bar", "ban", "prevent", "block", "stop", "prohibit",
                            "forbid", "keep", "restrict", "exclude", "deter", "discourage");
        }
        if (prevented) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "accused each other of opening fire on the border", "blamed Kyiv for attacking ...": the
      // act an accusation alleges is not asserted (the accusation itself is coded).
      {
        bool alleged = false;
        for (const Predicate& q : a.preds) {
          if (&q == &p || q.tok >= i || q.noun || q.keds) continue;
          // (A code of 112... has the root 11, known without the code's text.)
          if (styles_->root_of(q.pattern) != 11 || !Is(Family3(lx_.cameo(lx_.pattern(q.pattern).cameo).code), "112")) continue;
          bool of = false, boundary = false;
          for (uint32_t k = std::max(q.last, q.tok) + 1; k < i && !boundary; ++k) {
            of = of || TokenIs(text, a.toks[k], "of") || TokenIs(text, a.toks[k], "for");
            boundary = is_clause_end(k) || Is(tok_text(k), ",") || (a.toks[k].wflags & lx::kSubordinator) ||
                       ((a.toks[k].wflags & lx::kConjunction) && a.toks[k].mention < 0);
          }
          // (the pattern may have taken the "of" itself: "accuse * of")
          for (uint32_t k = q.tok + 1; k <= q.last && k < i; ++k) of = of || TokenIs(text, a.toks[k], "of");
          alleged = alleged || (of && !boundary);
        }
        if (alleged) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "The two ministers also discussed expanding trade": what a meeting discussed is its topic,
      // not an event.
      if (!p.noun && i > sb && lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kGerund) {
        bool topic = false;
        for (const Predicate& q : a.preds) {
          if (&q == &p || q.noun || q.keds || q.tok + 1 != i) continue;
          topic = styles_->root_of(q.pattern) == 4;
        }
        if (topic) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // ("The Israeli military said Hamas militants had fired on its troops, a claim Hamas
      // denied": the denial answers the one who made the claim, the sentence's speaker.)
      if (!p.keds && p.target < 0 && p.source >= 0 && a.mentions[p.source].tb >= sb + 3 &&
          Is(lx_.cameo(lx_.pattern(p.pattern).cameo).code, "016")) {
        const uint32_t b = a.mentions[p.source].tb;
        const bool claim = IsAny(word(b - 1), "claim", "claims", "accusation", "accusations", "allegation", "allegations",
                                 "charge", "charges") &&
                           (Is(tok_text(b - 2), ",") || (Is(tok_text(b - 3), ",") && (a.toks[b - 2].wflags & lx::kDeterminer)));
        int32_t speaker = -1;
        for (uint32_t k = sb; claim && k < b && speaker < 0; ++k) {
          if (!(a.toks[k].wflags & lx::kReport) || a.toks[k].mention >= 0) continue;
          for (uint32_t mi = 0; mi < a.mentions.size() && a.mentions[mi].te <= k; ++mi) {
            if (a.mentions[mi].prep == 0 && !a.mentions[mi].modifier && a.mentions[mi].actors_len == 1) {
              speaker = static_cast<int32_t>(mi);
              break;
            }
          }
          break;
        }
        if (speaker >= 0 && !(a.mention_actors[a.mentions[speaker].actors_off].country ==
                              a.mention_actors[a.mentions[p.source].actors_off].country)) {
          p.target = speaker;
        }
      }
      // "said he was optimistic that Israel and Hamas would soon agree", "hoped the two sides
      // would meet": what a hope or a doubt is about has not happened.
      {
        bool hoped = false;
        if (hope_word_before(i)) {
          for (uint32_t k = i; k-- > sb && !hoped;) {
            if (is_clause_end(k)) break;
            hoped = IsHopeWord(tok_text(k));
          }
        }
        for (const Predicate& q : a.preds) {
          if (&q == &p || q.tok >= i || q.noun || q.keds) continue;
          const std::string_view qc = lx_.cameo(lx_.pattern(q.pattern).cameo).code;
          if (!Is(qc, "012") && !Is(qc, "013")) continue;
          bool that = false, boundary = false;
          for (uint32_t k = q.tok + 1; k < i && !boundary; ++k) {
            that = that || TokenIs(text, a.toks[k], "that");
            boundary = is_clause_end(k);
          }
          hoped = hoped || (that && !boundary);
        }
        if (hoped) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "declined to comment on reports that North Korean troops had arrived": what reports,
      // claims or rumours say is not established by the sentence.
      {
        // (Only in a sentence with such a noun: the summary above says, no scan otherwise.)
        bool reported = false;
        const bool report_noun = (sentence_marks & PatternStyles::kReportNounMark) != 0;
        for (uint32_t k = i; report_noun && k-- > sb && k + 12 > i && !reported;) {
          if (is_clause_end(k)) break;
          if (a.toks[k].word != that_word || k == sb) continue;
          reported = IsReportNoun(word(k - 1)) || IsReportNoun(tok_text(k - 1));  // (a word outside the lexicon: its text)
          break;
        }
        if (reported) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "demanded that the United States stop arming Taiwan", "urged Israel to allow ...": what
      // an appeal or demand asks for has not happened.
      // ("called on allies to send weapons and urged Washington ...": a past tense after "and"
      // is a clause of its own, not part of what was asked.)
      // (Nor is a past tense with its own subject after ", while" or ", but": "urged all parties
      // to exercise restraint, while Russia accused Washington of ...".)
      const bool past = (a.toks[i].wflags & lx::kPastTense) && lx_.VerbFormOf(a.toks[i].word) != lx::VerbForm::kBase;
      bool own_subject_clause = false;
      // (The subject may end in a plain noun: "Egyptian air force planes dropped".)
      uint32_t subject_end = i;
      if (past && !p.noun && i > sb + 1 && a.toks[i - 1].mention < 0 && (a.toks[i - 1].tflags & text::kWord) &&
          !a.toks[i - 1].wflags && a.toks[i - 2].mention >= 0) {
        subject_end = i - 1;
      }
      if (past && !p.noun && subject_end >= sb + 3 && a.toks[subject_end - 1].mention >= 0) {
        // (a list's first member: "as Jordanian and Egyptian air force planes")
        const Mention& sm = a.mentions[a.toks[subject_end - 1].mention];
        const uint32_t st = sm.group >= 0 ? a.mentions[a.groups[sm.group].first].tb : sm.tb;
        if (st >= sb + 2 && Is(tok_text(st - 2), ",")) {
          const std::string_view c = word(st - 1);
          own_subject_clause = Is(c, "while") || Is(c, "whereas") || Is(c, "but") || Is(c, "and") || Is(c, "although");
        }
        // ("urged Israel to open more crossings, as Jordanian planes dropped food": a clause of
        // time or cause with its own subject.)
        if (st >= sb + 2 && Is(tok_text(st - 2), ",") && (a.toks[st - 1].wflags & lx::kSubordinator)) {
          const std::string_view c = word(st - 1);
          own_subject_clause = own_subject_clause || Is(c, "as") || Is(c, "while") || Is(c, "because") ||
                               Is(c, "although") || Is(c, "when");
        }
      }
      // (Nor a participle clause after a comma, which shares the asker's subject: "urged Russia
      // to agree to a ceasefire, warning of new sanctions".)
      const bool comma_participle = !p.noun && i > sb && Is(tok_text(i - 1), ",") &&
                                    lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kGerund;
      const bool own_clause_after_and = own_subject_clause || comma_participle ||
                                        (i > sb && (Is(tok_text(i - 1), "and") || Is(tok_text(i - 1), "but")) && past);
      if (!own_clause_after_and) {
        bool requested = false;
        for (Predicate& q : a.preds) {
          if (&q == &p || q.tok >= i || q.noun) continue;
          const int root = styles_->root_of(q.pattern);
          if (root != 2 && root != 10) continue;
          bool here = false;
          for (uint32_t k = q.tok + 1; k < i && !here; ++k) {
            here = TokenIs(text, a.toks[k], "that") || TokenIs(text, a.toks[k], "to");
          }
          // ("urged its citizens to avoid travel to Japan" asks for no visit.)
          const std::string_view before = i > sb ? tok_text(i - 1) : std::string_view();
          const bool avoided = Is(before, "avoid") || Is(before, "stop") || Is(before, "halt") || Is(before, "cease") ||
                               Is(before, "end") || Is(before, "suspend");
          if (here && !avoided) refine_request(q, p);
          requested = requested || here;
        }
        if (requested) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // "met in Zurich to discuss ...", "flew to Minsk to meet ...": a purpose clause of a verb
      // already coded for the same subject adds no event of its own.
      // ("agreed to boost trade and to expand cooperation": an infinitive after "and" is a
      // second one of the same kind, its mood shared below, not a purpose.)
      // ("Qatar's emir helped to broker the truce": a mediation one helps to make one makes.)
      if (i > sb && p.source >= 0 && TokenIs(text, a.toks[i - 1], "to") &&
          !(i >= sb + 2 && (a.toks[i - 2].wflags & (lx::kIntent | lx::kRefusal | lx::kConjunction))) &&
          !(i >= sb + 2 && (a.toks[i - 2].wflags & lx::kAnyVerb) && styles_->root_of(p.pattern) == 4 && !p.keds &&
            Is(lx_.Word(lx_.VerbLemma(a.toks[i - 2].word)), "help"))) {
        bool purpose = false;
        for (Predicate& q : a.preds) {
          if (&q == &p || q.tok >= i || q.noun || q.source < 0) continue;
          const Mention& qm = a.mentions[q.source];
          const Mention& pm = a.mentions[p.source];
          const bool same_subject = q.source == p.source || (qm.group >= 0 && qm.group == pm.group);
          // ("would send an envoy to Juba to help defuse the crisis": an infinitive after the
          // object of a verb of the same clause is its purpose too, whatever actor stands nearest.)
          bool after_object = !same_subject && pm.tb > q.tok && pm.te <= i;
          for (uint32_t k = q.tok + 1; k + 1 < i && after_object; ++k) {
            after_object = !is_clause_end(k) && !Is(tok_text(k), ",") &&
                           (a.toks[k].mention >= 0 || !(a.toks[k].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kReport)));
          }
          purpose = purpose || same_subject || after_object;
          // "used tear gas to disperse thousands of protesters": the purpose names whom the act
          // was aimed at when the act itself names no one.
          // (Not across a comma or another verb: "met in Guam, agreeing ... to oppose Chinese
          // activities" names no one the meeting was with.)
          // (A second infinitive, "deepen ties and to oppose Chinese coercion", is no purpose:
          // excluded above.)
          // (A verb form after a plain noun is a compound's head: "used water cannon and pepper
          // spray on Saturday to push back protesters".)
          bool adjacent_purpose = true;
          for (uint32_t k = std::max(q.last, q.tok) + 1; k + 1 < i && adjacent_purpose; ++k) {
            const bool compound_head = k > sb && a.toks[k - 1].mention < 0 && (a.toks[k - 1].tflags & text::kWord) &&
                                       !(a.toks[k - 1].wflags & (lx::kAnyVerb | lx::kDeterminer | lx::kPreposition |
                                                                 lx::kConjunction | lx::kBe | lx::kModal | lx::kAuxiliary));
            adjacent_purpose = !Is(tok_text(k), ",") && !((a.toks[k].wflags & lx::kAnyVerb) && a.toks[k].mention < 0 && !compound_head);
          }
          if (same_subject && adjacent_purpose && q.target < 0 && p.target >= 0 && !q.keds && !p.keds) q.target = p.target;
          // "received the Qatari prime minister in Cairo to discuss ...": talks that were the
          // purpose of a meeting already coded are that meeting.
          const auto root_of = [&](const Predicate& x) { return styles_->root_of(x.pattern); };
          if (root_of(q) == 4 && root_of(p) == 4 && !p.keds && !q.keds) {
            bool direct = true;  // no other verb between ("... and said he was ready to visit")
            for (uint32_t k = std::max(q.last, q.tok) + 1; k + 1 < i && direct; ++k) {
              direct = !(a.toks[k].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal | lx::kReport)) || a.toks[k].mention >= 0;
            }
            purpose = purpose || direct;
          }
        }
        // ("agreed by phone to meet", "agreed in a phone call to hold a summit": the call is no
        // act the infinitive is the purpose of; the intent verb before it governs it.)
        for (uint32_t k = i - 2; purpose && k-- > sb && k + 9 > i;) {
          if ((a.toks[k].wflags & (lx::kIntent | lx::kRefusal)) && to_follows_verb(static_cast<int32_t>(k), i, true)) purpose = false;
        }
        if (purpose) {
          p.mood = Mood::kHypothetical;
          continue;
        }
      }
      // ("to help defuse the crisis": a bare verb after "help" is what the help is for; it
      // shares the help's mood.)
      if (i > sb + 1 && !p.noun && lx_.VerbFormOf(a.toks[i].word) == lx::VerbForm::kBase &&
          Is(lx_.Word(lx_.VerbLemma(a.toks[i - 1].word)), "help")) {
        bool shared = false;
        for (const Predicate& q : a.preds) {
          if (q.tok == i - 1 && !q.noun && q.mood != Mood::kPlain) {
            p.mood = q.mood;
            shared = true;
          }
        }
        if (shared) continue;
      }
      // "asked Russia to help Israel", "wants Putin to attack": the object of another verb
      // followed by "to VERB" names a requested act, not one that happened.
      if (p.source >= 0) {
        const Mention& sm = a.mentions[p.source];
        // (Not an "-ing" adjective after an article or ordinal: "the first sitting U.S.
        // president to visit Hiroshima"; "allowing Ukraine to fire" is a verb.)
        const std::string_view before_ing = sm.tb >= sb + 2 ? word(sm.tb - 2) : std::string_view();
        const bool ing_adjective = sm.tb > sb && lx_.VerbFormOf(a.toks[sm.tb - 1].word) == lx::VerbForm::kGerund &&
                                   (Is(before_ing, "the") || Is(before_ing, "a") || Is(before_ing, "an") ||
                                    Is(before_ing, "first") || Is(before_ing, "last") || Is(before_ing, "only"));
        // (Nor "became the first ... to visit": what one became is no request.)
        if (sm.te + 1 == i && TokenIs(text, a.toks[sm.te], "to") && sm.tb > sb &&
            (a.toks[sm.tb - 1].wflags & lx::kAnyVerb) && !(a.toks[sm.tb - 1].wflags & (lx::kBe | lx::kModal)) &&
            !ing_adjective && !Is(lx_.Word(lx_.VerbLemma(a.toks[sm.tb - 1].word)), "become")) {
          for (Predicate& q : a.preds) {
            if (&q != &p && !q.noun && q.tok < sm.tb && q.tok + 3 >= sm.tb) refine_request(q, p);
          }
          p.mood = Mood::kHypothetical;
          continue;
        }
        // "Putin to visit India next month", "China to impose export curbs": a sentence that
        // opens with its subject and "to VERB", with no finite verb, is a headline's future, a
        // plan stated (as "is to visit"), not an act done.
        // ("Russia and China to hold joint naval drills": a compound subject from its first member.)
        const uint32_t subject_tb = sm.group >= 0 ? a.mentions[a.groups[sm.group].first].tb : sm.tb;
        if (subject_tb == sb && sm.te + 1 == i && !p.noun && TokenIs(text, a.toks[sm.te], "to")) {
          p.mood = Mood::kIntent;
          continue;
        }
      }
    }
    // KEDS dictionaries code modality in their patterns (NOT *, SAID WOULD *, &NEGATVAUXVRB *):
    // the words before the verb do not change the event.
    if (p.keds || p.other_clause_before) continue;
    // Mood from the words before the (light) verb.
    const uint32_t v = p.tok;
    auto to_follows = [&](int32_t k) { return to_follows_verb(k, v); };  // (of this verb)
    // ("would not negotiate under pressure and accused the United States": a past tense after
    // "and" is a clause of its own; "will visit Minsk and meet" shares the modal.)
    const bool own_clause = (a.toks[v].wflags & lx::kPastTense) && lx_.VerbFormOf(a.toks[v].word) != lx::VerbForm::kBase;
    // ("agreed in Ankara on Wednesday to open talks": a place after "in" stands between too; it
    // does not count against the six words.)
    int32_t in_place = 0;
    for (int32_t k = static_cast<int32_t>(v) - 1; k >= static_cast<int32_t>(sb) && k >= static_cast<int32_t>(v) - 6 - in_place; --k) {
      const Tok& t = a.toks[k];
      // ("agreed in a phone call on Tuesday to hold": nor does the call the agreement was made in)
      if (k >= static_cast<int32_t>(sb) + 3 && IsAny(word(static_cast<uint32_t>(k)), "call", "conversation") &&
          IsAny(word(static_cast<uint32_t>(k - 1)), "phone", "telephone", "video")) {
        const int32_t g = k - 2 - (IsAny(word(static_cast<uint32_t>(k - 2)), "a", "the") ? 1 : 0);
        if (g >= static_cast<int32_t>(sb) && IsAny(word(static_cast<uint32_t>(g)), "in", "during")) {
          in_place += k - g + 1;
          k = g;  // (the loop steps past "in")
          continue;
        }
      }
      if (t.mention >= 0) {
        // ("expressed its readiness to": a pronoun inside a grammar phrase that starts before it)
        const int32_t ps = k > static_cast<int32_t>(sb) ? a.toks[k - 1].phrase_span : -1;
        if (ps >= 0 && (a.spans[ps].sense_mask & Bit(SenseKind::kGrammar)) && a.spans[ps].te > static_cast<uint32_t>(k)) continue;
        const Mention& pm = a.mentions[t.mention];
        if (pm.place >= 0 && pm.tb > sb && Is(word(pm.tb - 1), "in") && !p.noun) {
          in_place += static_cast<int32_t>(pm.te - pm.tb) + 1;
          k = static_cast<int32_t>(pm.tb) - 1;  // (the loop steps past "in")
          // ("agreed at a summit in Brussels on Thursday to": and past the gathering before it)
          if (k >= static_cast<int32_t>(sb) + 3 &&
              IsAny(word(static_cast<uint32_t>(k - 1)), "summit", "meeting", "conference", "talks", "forum", "ceremony", "session")) {
            for (int32_t g = k - 2; g >= static_cast<int32_t>(sb) && g >= k - 4; --g) {
              if (a.toks[g].mention >= 0) break;
              if (TokenIs(text, a.toks[g], "at") || TokenIs(text, a.toks[g], "during")) {
                in_place += k - g;
                k = g;  // (the loop steps past "at")
                break;
              }
            }
          }
          continue;
        }
        break;
      }
      if ((t.tflags & text::kPunct) && Is(tok_text(k), ",")) break;  // (a comma is punctuation: the flag first)
      if (own_clause && (Is(tok_text(k), "and") || Is(tok_text(k), "but"))) break;
      // ("agreed to boost trade after talks between ...": the words before "after" are another
      // clause's.)
      if (p.noun && (t.wflags & lx::kSubordinator)) break;
      if ((t.wflags & lx::kNegation) || (t.tflags & text::kNegClitic)) {
        // "has no plans to visit", "did not agree to meet": the negation wins over the intent.
        if (p.mood == Mood::kPlain || p.mood == Mood::kIntent) p.mood = Mood::kNegated;
      } else if ((t.wflags & lx::kRefusal) && to_follows(k)) {
        p.mood = Mood::kRefusal;
      } else if ((t.wflags & lx::kIntent) && to_follows(k)) {
        if (p.mood != Mood::kNegated) p.mood = Mood::kIntent;
      } else if (t.wflags & lx::kModal) {
        if (IsFutureModal(word(k))) {
          if (p.mood == Mood::kPlain) p.mood = Mood::kIntent;
          // "will not / would not / won't release": a refusal, not a mere negation.
          if (p.mood == Mood::kNegated) p.mood = Mood::kRefusal;
        } else if (p.mood == Mood::kPlain) {
          p.mood = Mood::kHypothetical;
        }
      } else if (t.phrase_span >= 0) {
        const Span& s = a.spans[t.phrase_span];
        if (s.sense_mask & Bit(SenseKind::kGrammar)) {
          const lx::Phrase& ph = lx_.phrase(s.phrase);
          const lx::Sense* senses = lx_.senses(ph);
          for (uint32_t q = 0; q < ph.senses_len; ++q) {
            if (senses[q].kind != SenseKind::kGrammar) continue;
            if (senses[q].ref & lx::kIntent) p.mood = Mood::kIntent;
            if (senses[q].ref & lx::kRefusal) p.mood = Mood::kRefusal;
            if (senses[q].ref & lx::kNegation) p.mood = Mood::kNegated;
            // "is expected to visit": somebody else's expectation, not the actor's act or plan.
            if (senses[q].ref & lx::kHypothetical) p.mood = Mood::kHypothetical;
          }
        }
      }
    }
    // ("Putin thanked the pope for his readiness to help end the conflict", "praised Qatar for
    // its efforts to broker a truce": what one is thanked or praised for is no act of its own.)
    if (!p.noun && p.mood == Mood::kPlain && v >= sb + 4) {
      uint32_t q = v - 1;
      if (Is(word(q), "help") && q > sb + 3) --q;
      if (Is(word(q), "to") && IsAny(word(q - 1), "readiness", "willingness", "efforts", "effort", "offer", "commitment",
                                      "determination", "attempt", "attempts", "initiative", "bid", "role", "work")) {
        uint32_t f = q - 2;
        if (f > sb && IsPossessivePronounWord(tok_text(f))) --f;
        if (Is(word(f), "for")) p.mood = Mood::kHypothetical;
      }
    }
    // "would not allow EU money to be used to send weapons": an infinitive whose governing verb,
    // past its object, is negated has not happened either.
    if (p.mood == Mood::kPlain && v >= sb + 2 && Is(tok_text(v - 1), "to")) {
      for (int32_t k = static_cast<int32_t>(v) - 2; k >= static_cast<int32_t>(sb) && k + 12 > static_cast<int32_t>(v); --k) {
        if (is_clause_end(static_cast<uint32_t>(k)) || Is(tok_text(k), ",") || (a.toks[k].wflags & lx::kSubordinator)) break;
        if ((a.toks[k].wflags & lx::kNegation) || (a.toks[k].tflags & text::kNegClitic)) {
          p.mood = Mood::kNegated;
          break;
        }
      }
    }
    // "agreed to increase trade and to expand cooperation": a coordinated infinitive shares
    // the mood of the one before it.
    // ("is expected to hold talks with Choe and discuss ...": a bare verb after "and" too.)
    const bool bare_after_and = v >= sb + 2 && (Is(tok_text(v - 1), "and") || Is(tok_text(v - 1), "or")) &&
                                lx_.VerbFormOf(a.toks[v].word) == lx::VerbForm::kBase;
    if (p.mood == Mood::kPlain && v >= sb + 2 &&
        ((Is(tok_text(v - 1), "to") && (Is(tok_text(v - 2), "and") || Is(tok_text(v - 2), "or"))) || bare_after_and)) {
      for (int32_t k = static_cast<int32_t>(v) - 3; k > static_cast<int32_t>(sb) && k + 16 > static_cast<int32_t>(v); --k) {
        if (is_clause_end(static_cast<uint32_t>(k))) break;
        // (the infinitive's "to": a verb follows; "to $100 billion" is a preposition)
        if (!Is(tok_text(k), "to") || !(a.toks[k + 1].wflags & lx::kAnyVerb)) continue;
        uint32_t marks = a.toks[k - 1].wflags;
        // ("agreed to", "is expected to" may be a grammar phrase ending at or before the "to"
        // rather than a flagged word.)
        for (const Span& sp : a.spans) {
          if (sp.tb >= static_cast<uint32_t>(k) || sp.te < static_cast<uint32_t>(k) || sp.te > static_cast<uint32_t>(k) + 1) {
            continue;
          }
          marks |= GrammarFlags(lx_, sp);
        }
        if (marks & lx::kIntent) p.mood = Mood::kIntent;
        if (marks & lx::kRefusal) p.mood = Mood::kRefusal;
        if (marks & lx::kHypothetical) p.mood = Mood::kHypothetical;
        break;
      }
    }
    // "A poll showed most Britons support rejoining the EU": what a poll or survey found is an
    // opinion, not an act.
    if (poll_finding_before(v)) {
      p.mood = Mood::kHypothetical;
      continue;
    }
    // "the plan's demand that it disarm": what a demand, call or proposal named by a noun asks
    // for has not happened.
    if (!p.noun && p.mood == Mood::kPlain && v >= sb + 2) {
      for (uint32_t k = v; k-- > sb + 1 && k + 6 > v;) {
        if (is_clause_end(k) || Is(tok_text(k), ",")) break;
        if (!Is(word(k), "that")) continue;
        if (IsAny(tok_text(k - 1), "demand", "demands", "call", "calls", "request", "requests", "proposal", "proposals",
                  "insistence", "condition", "conditions", "ultimatum")) {
          p.mood = Mood::kHypothetical;
        }
        break;
      }
      if (p.mood == Mood::kHypothetical) continue;
    }
    // "Talks between Congo's government and the M23 rebels are expected to resume next week": an
    // event noun that opens the sentence as the subject of "be expected/likely/set/due to" or of a
    // modal has not happened.
    if (p.noun && p.mood == Mood::kPlain) {
      bool opens = true;
      for (uint32_t k = sb; k < p.tok && opens; ++k) {
        opens = !(a.toks[k].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kReport)) || a.toks[k].mention >= 0;
      }
      // (past the noun's own phrase: "between Congo's government and the M23 rebels")
      uint32_t k = std::max(p.last, p.tok) + 1;
      while (opens && k < se && k < p.tok + 14 && !is_clause_end(k) && !Is(tok_text(k), ",") &&
             (a.toks[k].mention >= 0 || !(a.toks[k].wflags & (lx::kAnyVerb | lx::kBe | lx::kModal)))) {
        ++k;
      }
      if (opens && k + 2 < se && (a.toks[k].wflags & lx::kBe) &&
          IsAny(tok_text(k + 1), "expected", "likely", "set", "due", "scheduled", "unlikely") && Is(word(k + 2), "to")) {
        p.mood = Mood::kHypothetical;
        continue;
      }
      if (opens && k < se && (a.toks[k].wflags & lx::kModal) && !Is(word(k), "can")) {
        p.mood = Mood::kHypothetical;
        continue;
      }
    }
    // "Israel would probably strike Iran again if ..., analysts in Tel Aviv say": what analysts
    // or experts say might or would happen is their opinion, not an act.
    if ((p.mood == Mood::kPlain || p.mood == Mood::kIntent) && (sentence_wflags & lx::kModal)) {
      bool modal = false;
      for (uint32_t k = v; k-- > sb && k + 6 > v && !modal;) {
        if (is_clause_end(k) || Is(tok_text(k), ",")) break;
        modal = IsAny(word(k), "would", "could", "might", "may") || ((a.toks[k].wflags & lx::kModal) && !IsFutureModal(word(k)));
      }
      // (Whether the sentence has such a speaker is looked for once per sentence.)
      if (modal && pundit_speaker < 0) {
        pundit_speaker = 0;
        for (uint32_t k = sb; k < se && pundit_speaker == 0; ++k) {
          // (the words as written: they may be in no dictionary)
          if (!IsAny(tok_text(k), "analysts", "experts", "observers", "commentators", "pundits", "economists", "Analysts",
                     "Experts", "Observers")) {
            continue;
          }
          bool says = k >= sb + 2 && Is(word(k - 1), "to") && Is(word(k - 2), "according");
          // (their verb of saying or believing, past a place: "analysts in Tel Aviv say")
          for (uint32_t q = k + 1; q < se && q < k + 6 && !says; ++q) {
            if ((a.toks[q].wflags & lx::kReport) || IsAny(tok_text(q), "believe", "think", "expect", "predict", "say")) {
              says = true;
            } else if ((a.toks[q].wflags & lx::kAnyVerb) && a.toks[q].mention < 0) {
              break;
            }
          }
          pundit_speaker = says ? 1 : 0;
        }
      }
      if (modal && pundit_speaker == 1) {
        p.mood = Mood::kHypothetical;
        continue;
      }
    }
    // "If Russia attacks ...": a conditional clause makes the event hypothetical. (Only a
    // hypothetical word, or a modal before a noun, can do so: without one, no scan.)
    const bool may_be_conditional =
        (sentence_wflags & lx::kHypothetical) || (p.noun && p.mood == Mood::kPlain && (sentence_wflags & lx::kModal));
    for (int32_t k = static_cast<int32_t>(v) - 1; may_be_conditional && k >= static_cast<int32_t>(sb); --k) {
      if (Is(tok_text(k), ",") || is_clause_end(k)) break;
      if (a.toks[k].wflags & lx::kHypothetical) {
        p.mood = Mood::kHypothetical;
        break;
      }
      // "The agreement could pave the way for a lasting ceasefire between ...": an event noun
      // inside the clause of a "could/may/might" verb has not happened.
      if (p.noun && p.mood == Mood::kPlain && (a.toks[k].wflags & lx::kModal) && !IsFutureModal(word(k)) &&
          static_cast<int32_t>(v) - k > 5) {
        p.mood = Mood::kHypothetical;
        break;
      }
    }
    // "ruled out easing sanctions until Moscow agrees to a ceasefire": a present tense after
    // "until" is a condition still to be met, not an act ("fighting went on until the army
    // withdrew" is one).
    if (!p.noun && p.mood == Mood::kPlain && v > sb + 1) {
      const lx::VerbForm f = lx_.VerbFormOf(a.toks[v].word);
      if (f == lx::VerbForm::kThird || f == lx::VerbForm::kBase) {
        for (uint32_t k = v; k-- > sb && k + 8 > v;) {
          if (Is(tok_text(k), ",") || is_clause_end(k)) break;
          if ((a.toks[k].wflags & lx::kSubordinator) && Is(word(k), "until")) {
            p.mood = Mood::kHypothetical;
            break;
          }
          if ((a.toks[k].wflags & lx::kAnyVerb) && a.toks[k].mention < 0 && k + 1 < v) break;  // (another verb's clause)
        }
      }
    }
    // "A Chinese blockade of Taiwan could wipe $5 trillion off ...", "an invasion would cost":
    // an event noun brought in by "a" as the subject of a modal is a supposition.
    if (p.noun && p.mood == Mood::kPlain && (sentence_wflags & lx::kModal)) {
      bool indefinite = false;
      for (uint32_t k = v; k-- > sb && k + 4 > v && !indefinite;) {
        indefinite = Is(word(k), "a") || Is(word(k), "an");
        if (!indefinite && (a.toks[k].wflags & (lx::kAnyVerb | lx::kPreposition)) && a.toks[k].mention < 0) break;
      }
      for (uint32_t k = v + 1; indefinite && k < se && k < v + 7; ++k) {
        if (Is(tok_text(k), ",") || is_clause_end(k)) break;
        if (a.toks[k].wflags & lx::kModal) {
          p.mood = Mood::kHypothetical;
          break;
        }
        if ((a.toks[k].wflags & lx::kAnyVerb) && a.toks[k].mention < 0) break;
      }
    }
  }

  if (trace) {
    *trace += "sentence " + std::to_string(si) + ": " +
              std::string(text.substr(sent.begin, sent.end - sent.begin)) + "\n  tokens:";
    for (uint32_t i = sb; i < se; ++i) {
      trace->append(" ").append(tok_text(i));
      if (a.toks[i].word == lx::kUnknownWord) *trace += "?";
    }
    *trace += "\n";
  }
  // "criticised the Quad grouping of the United States, Japan, India and Australia": a bloc
  // whose member states the sentence lists after "of" is those states, as "the alliance of the
  // United States, Japan and South Korea" is.
  for (Predicate& p : a.preds) {
    if (p.target < 0 || p.keds) continue;
    const Mention& tm = a.mentions[p.target];
    if (tm.actors_len != 1 || tm.group >= 0 || tm.te + 1 >= se || a.toks[tm.te].word != of_word) continue;
    if (a.mention_actors[tm.actors_off].code.view().substr(0, 3) != "IGO") continue;
    const int32_t li = a.toks[tm.te + 1].mention;
    if (li < 0 || a.mentions[li].group < 0) continue;
    const Group& g = a.groups[a.mentions[li].group];
    bool states = g.count >= 2;
    for (uint32_t k = 0; k < g.count && states; ++k) {
      const Mention& gm = a.mentions[g.first + k];
      states = gm.actors_len == 1 && a.mention_actors[gm.actors_off].kind == MentionKind::kCountry;
    }
    if (states) p.target = li;
  }
  // "fired tear gas and cleared thousands of opposition supporters from ...": crowd control with
  // no object of its own is aimed at the object of the verb joined to it by "and".
  for (Predicate& p : a.preds) {
    if (p.keds || p.noun || p.target >= 0 || p.source < 0 || styles_->root_of(p.pattern) != 17) continue;
    if (!Is(lx_.cameo(lx_.pattern(p.pattern).cameo).code, "175")) continue;
    uint32_t k = std::max(p.last, p.tok) + 1;
    if (k + 2 >= se || !Is(word(k), "and") || a.toks[k + 1].mention >= 0) continue;
    // (a past verb, or a past form the dictionaries lack: "cleared")
    const std::string_view v = tok_text(k + 1);
    const bool past = (a.toks[k + 1].wflags & lx::kAnyVerb) ? (a.toks[k + 1].wflags & lx::kPastTense) != 0
                                                            : a.toks[k + 1].word == lx::kUnknownWord &&
                                                                  !(a.toks[k + 1].tflags & text::kCapitalized) &&
                                                                  v.size() > 4 && v.substr(v.size() - 2) == "ed";
    if (!past) continue;
    for (uint32_t q = k + 2; q < se && q < k + 6; ++q) {
      const int32_t mi = a.toks[q].mention;
      if (is_clause_end(q) || Is(tok_text(q), ",")) break;
      if (mi < 0) continue;
      const Mention& m = a.mentions[mi];
      const bool crowd_of = m.prep != 0 && m.tb >= sb + 2 && Is(word(m.tb - 1), "of") &&
                            ((a.toks[m.tb - 2].tflags & text::kNumber) || IsCrowdCount(base::ToLower(tok_text(m.tb - 2))));
      if ((m.prep == 0 || crowd_of) && !m.modifier && !m.place_only && mi != p.source) p.target = mi;
      break;
    }
  }
  // Protest aims (CAMEO 1411-1453): what a demonstration, strike, blockade or riot is against or
  // for ("rallied demanding that the government reach a deal" 1412, "against proposed tax
  // increases" 1412, "for the resignation of" 1411, "for greater freedoms" 1413). A demand that
  // states the aim is the protest's, not an event of its own.
  for (Predicate& p : a.preds) {
    if (p.keds || p.refined[0] || p.source < 0) continue;
    const std::string_view code = lx_.cameo(lx_.pattern(p.pattern).cameo).code;
    if (code.size() != 3 || code[0] != '1' || code[1] != '4' || code[2] < '1' || code[2] > '5') continue;
    char aim = 0;
    int32_t armed = -1;
    // ("rallied against the government's 2026 budget": "against" in the pattern's own words arms
    // the words after its slot.)
    // (Only against the protesters' own state: "rallied in Dublin against the EU trade deal" is a
    // rally.)
    const bool own_state = p.target >= 0 && a.mentions[p.target].actors_len == 1 && a.mentions[p.source].actors_len == 1 &&
                           !a.mention_actors[a.mentions[p.source].actors_off].country.empty() &&
                           a.mention_actors[a.mentions[p.target].actors_off].country ==
                               a.mention_actors[a.mentions[p.source].actors_off].country;
    // ("rallied on Wednesday night against the government's economic policies": with no one
    // named after it, the pattern's own "against" arms what follows too.)
    for (uint32_t q = p.tok + 1; (own_state || p.target < 0) && q <= p.last && q < se; ++q) {
      if (IsAny(tok_text(q), "against", "over", "demanding")) armed = static_cast<int32_t>(q);
    }
    uint32_t k = std::max(p.last, p.tok) + 1;
    for (; k < se && !aim; ++k) {
      if (is_clause_end(k)) break;
      // (an aim after another event is that event's: "clashed with police during protests
      // against quotas"; an act demanded is part of the aim: "demanding that ... reach a deal")
      bool other_event = false;
      for (const Predicate& q : a.preds) {
        other_event = other_event || (q.tok == k && styles_->root_of(q.pattern) != 10);
      }
      if (other_event && armed < 0) break;
      const std::string_view w = tok_text(k);
      if (Is(w, "against") || Is(w, "over") || Is(w, "demanding") || Is(w, "demand") || Is(w, "for") || Is(w, "protesting") ||
          Is(w, "calling") || IsAny(w, "denounce", "denouncing", "oppose", "opposing")) {
        armed = static_cast<int32_t>(k);
        continue;
      }
      if (armed < 0 || k > static_cast<uint32_t>(armed) + 8) continue;
      if (Is(w, "resignation") || Is(w, "ouster") || Is(w, "impeachment") || Is(w, "removal") || Is(w, "resign") ||
          (Is(w, "step") && k + 1 < se && Is(word(k + 1), "down"))) {
        aim = '1';
      }
      else if (Is(w, "law") || Is(w, "laws") || Is(w, "bill") || Is(w, "bills") || Is(w, "reform") || Is(w, "reforms") ||
               Is(w, "tax") || Is(w, "taxes") || Is(w, "quota") || Is(w, "quotas") || Is(w, "policy") || Is(w, "policies") ||
               Is(w, "decree") || Is(w, "overhaul") || Is(w, "increases") || Is(w, "hike") || Is(w, "hikes") || Is(w, "deal") ||
               Is(w, "handover") || Is(w, "ban") || Is(w, "cuts") || Is(w, "austerity") || Is(w, "subsidy") ||
               Is(w, "subsidies") ||
               // ("rallied ... against its 2026 budget", "to demand better public hospitals")
               IsAny(w, "budget", "budgets", "prices", "pensions", "pension", "hospitals", "schools",
                     "services", "healthcare", "jobs", "fees", "corruption", "plans", "plan", "measures", "measure",
                     // ("against the soaring cost of living", "against new perks for
                     // lawmakers", "to denounce constitutional changes")
                     "cost", "perks", "privileges", "changes", "amendment", "funding",
                     "amendments")) aim = '2';
      else if (Is(w, "rights") || Is(w, "freedoms") || Is(w, "freedom")) aim = '3';
    }
    if (!aim) continue;
    const char buf[6] = {code[0], code[1], code[2], aim, 0, 0};
    if (lx_.FindCameo(buf) < 0) continue;
    std::memcpy(p.refined, buf, sizeof buf);
    for (Predicate& q : a.preds) {
      if (&q == &p || q.noun || q.keds || q.tok <= p.tok || q.tok >= k) continue;
      if (styles_->root_of(q.pattern) != 10) continue;
      if (q.source >= 0 && q.source != p.source) continue;
      q.mood = Mood::kHypothetical;
    }
  }
  // "denounced the joint drills by the United States and South Korea", "threatened a response to
  // joint drills by ...": a verb that names no target, whose object is an event noun with actors
  // of its own, targets those actors.
  for (Predicate& p : a.preds) {
    if (p.noun || p.keds || p.target >= 0 || p.source < 0) continue;
    const uint32_t after = std::max(p.last, p.tok) + 1;
    for (const Predicate& q : a.preds) {
      if (!q.noun || q.keds || q.source < 0 || q.source == p.source || q.tok < after || q.tok > after + 4) continue;
      bool object = true;
      for (uint32_t k = after; k < q.tok && object; ++k) {
        const std::string_view w = word(k);
        object = a.toks[k].mention < 0 && (a.toks[k].tflags & text::kWord) && !is_clause_end(k) &&
                 (!(a.toks[k].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kConjunction | lx::kSubordinator)) ||
                  Is(w, "to") || Is(w, "against") || Is(w, "over"));
      }
      if (object) {
        p.target = q.source;
        if (trace) *trace += "  predicate '" + std::string(tok_text(p.tok)) + "' targets the actors of its object '" +
                             std::string(tok_text(q.tok)) + "'\n";
        break;
      }
    }
  }
  // --- events ---
  // Where: the first place after "in/at/near/outside"; for attacks also "on/into/against"
  // ("an airstrike on Beirut's southern suburbs") and a part of a place ("shelled the city of El
  // Fasher", "residential areas of Kherson").
  // (Outside relative clauses; a predicate inside one, ", who met in Vientiane in July,", takes
  // the clause's own place and date.)
  // The gazetteer place a span names (its last place sense), or -1.
  auto place_ref = [&](const Span& s) {
    const lx::Phrase& ph = lx_.phrase(s.phrase);
    int32_t found = -1;
    for (uint32_t q = 0; q < ph.senses_len; ++q)
      if (lx_.senses(ph)[q].kind == SenseKind::kPlace) found = static_cast<int32_t>(lx_.senses(ph)[q].ref);
    return found;
  };
  // The capital a country adjective names, "the Belarusian capital" (mention = "the
  // Belarusian", "capital" after it), as a gazetteer place; else -1.
  auto capital_named = [&](int32_t mention) -> int32_t {
    const Mention& m = a.mentions[mention];
    if (!m.modifier || m.actors_len != 1 || m.te >= se || !Is(tok_text(m.te), "capital")) return -1;
    const std::string_view country = a.mention_actors[m.actors_off].country.view();
    const auto& caps = styles_->capital_places;
    const auto it = std::lower_bound(caps.begin(), caps.end(), country,
                                     [](const auto& c, std::string_view x) { return c.first < x; });
    return it != caps.end() && it->first == country ? it->second : -1;
  };
  // The state a mention names by itself ("Malta", "the Philippines"; not an adjective, a role or
  // a group), as a country-level place; else -1.
  auto country_named = [&](int32_t mention) -> int32_t {
    const Mention& m = a.mentions[mention];
    const bool named = (a.toks[m.tb].tflags & text::kCapitalized) ||
                       (m.tb + 1 < m.te && (a.toks[m.tb + 1].tflags & text::kCapitalized));  // ("the Philippines")
    if (m.modifier || m.group >= 0 || m.actors_len != 1 || !named) {
      return -1;
    }
    const ActorValue& v = a.mention_actors[m.actors_off];
    if (v.kind != MentionKind::kCountry || !v.sector.empty()) return -1;
    const auto& cps = styles_->country_places;
    const auto it = std::lower_bound(cps.begin(), cps.end(), v.country.view(),
                                     [](const auto& c, std::string_view x) { return c.first < x; });
    return it != cps.end() && it->first == v.country.view() ? it->second : -1;
  };
  // Whether the "in" at `in_at` places a gathering that is only a topic or still ahead ("spoke
  // with Macron about preparations for the COP30 climate conference in Belem").
  auto topic_gathering = [&](uint32_t in_at) {
    if (in_at <= sb + 1 ||
        !(IsMeetingNoun(word(in_at - 1)) || Is(word(in_at - 1), "conference") || Is(word(in_at - 1), "forum"))) {
      return false;
    }
    for (uint32_t k = in_at - 1; k-- > sb && k + 8 > in_at;) {
      const std::string_view w = word(k);
      if ((a.toks[k].wflags & lx::kAnyVerb) && !Is(w, "for")) break;
      // ("sat down for talks in Beijing": the talks held, not a topic.)
      if (Is(w, "for") && k > sb && Is(word(k - 1), "down")) return false;
      if (Is(w, "about") || Is(w, "for") || Is(w, "ahead") || Is(w, "preparations") || Is(w, "preparation")) return true;
    }
    return false;
  };
  // The last resort for an event's place: a state named by itself after "in" in the act's own
  // clause ("met in Malta", "arrived in Belarus", "In Qatar, the two ministers met"), right after
  // a verb, an actor, a date or a meeting word, at country level; not after another noun, whose
  // topic it is ("discussed the war in Ukraine"); else -1.
  auto own_clause_country = [&](const Predicate& p) -> int32_t {
    auto at = [&](uint32_t k) -> int32_t {  // ("in" at k)
      const uint32_t q = k + 2 < se && Is(word(k + 1), "the") ? k + 2 : k + 1;
      const int32_t mi = q < se ? a.toks[q].mention : -1;
      // (a capital or city is the gazetteer's: "the summit in Kuala Lumpur" is no place in Malaysia)
      if (mi < 0 || a.mentions[mi].tb != q || a.mentions[mi].place >= 0 || topic_gathering(k)) return -1;
      if (k > sb) {
        const Tok& b = a.toks[k - 1];
        // (an actor before "in" only when it is the act's own target: "met Erdogan in Malta", not
        // "struck rebels in Congo", whose "in" says where the rebels are)
        const bool after = (b.mention >= 0 && b.mention == p.target) || (b.wflags & lx::kAnyVerb) || (b.tflags & text::kNumber) ||
                           (b.wflags & (lx::kMonth | lx::kWeekday | lx::kRelTime)) || IsMeetingNoun(word(k - 1));
        if (!after) return -1;
      }
      return country_named(mi);
    };
    if (Is(word(sb), "in") && sb + 1 < p.tok) {  // ("In Qatar, ...")
      for (uint32_t k = sb + 1; k < p.tok && k < sb + 5; ++k) {
        if (Is(tok_text(k), ",")) return at(sb);
      }
    }
    for (uint32_t k = p.tok + 1; k + 1 < se; ++k) {
      if (is_clause_end(k) || Is(tok_text(k), ",")) break;
      if ((a.toks[k].wflags & lx::kSubordinator) && !(a.toks[k].wflags & lx::kPreposition)) break;
      if (a.toks[k].mention < 0 && (a.toks[k].wflags & (lx::kPastTense | lx::kReport | lx::kModal))) break;
      // (nor into a purpose clause: "met to discuss the crisis in Sudan")
      if (Is(word(k), "to") && (a.toks[k + 1].wflags & lx::kAnyVerb) && a.toks[k + 1].mention < 0) break;
      if (Is(word(k), "in") && (a.skip[k] == 2) == (a.skip[p.tok] == 2)) {
        if (const int32_t c = at(k); c >= 0) return c;
      }
    }
    return -1;
  };
  auto find_places = [&](uint32_t lo, uint32_t hi, bool relative, int32_t* place_out, int32_t* struck_out) {
    int32_t place = -1, struck_place = -1;
    for (const Span& s : a.spans) {
      if (!(s.sense_mask & Bit(SenseKind::kPlace)) || s.tb == sb) continue;
      if (s.tb < lo || s.tb >= hi || (a.skip[s.tb] == 2) != relative) continue;
      // ("in the Gaza Strip", "in the South China Sea": the article before the place too)
      const std::string_view before =
          s.tb >= sb + 2 && Is(tok_text(s.tb - 1), "the") ? word(s.tb - 2) : word(s.tb - 1);
      // ("in the northern city of Novi Sad": a place noun of a place after "in/at/near")
      // ("in the capital N'Djamena": a place noun right before the name too.)
      bool in_place_of = false;
      const uint32_t place_noun = Is(before, "of") ? s.tb - 2 : s.tb - 1;
      if ((Is(before, "of") || IsPlaceNoun(before)) && s.tb >= sb + 2 && place_noun_at(place_noun)) {
        for (uint32_t k = place_noun; k-- > sb && k + 8 > s.tb;) {
          const std::string_view w = word(k);
          // ("on the Indonesian island of Bali")
          if (Is(w, "in") || Is(w, "at") || Is(w, "near") || (Is(w, "on") && Is(word(place_noun), "island"))) {
            in_place_of = true;
          }
          if (in_place_of || (a.toks[k].wflags & (lx::kAnyVerb | lx::kPreposition)) ||
              (a.toks[k].mention >= 0 && !a.mentions[a.toks[k].mention].modifier)) {  // ("the Indonesian island")
            break;
          }
        }
      }
      const bool where = Is(before, "in") || Is(before, "at") || Is(before, "near") || Is(before, "outside") || in_place_of ||
                         (Is(before, "of") && s.tb >= sb + 2 && Is(word(s.tb - 2), "streets"));  // "the streets of Tbilisi"
      const bool struck = Is(before, "on") || Is(before, "into") || Is(before, "against") ||
                          (Is(before, "of") && s.tb >= sb + 2 && place_noun_at(s.tb - 2));
      if (!where && !(struck && struck_place < 0)) continue;
      // ("spoke with Macron about preparations for the COP30 climate conference in Belem": the
      // place of a gathering that is only the topic, or still ahead, is not where this was.)
      const uint32_t in_at = s.tb >= sb + 2 && Is(tok_text(s.tb - 1), "the") ? s.tb - 2 : s.tb - 1;
      if (where && Is(before, "in") && topic_gathering(in_at)) continue;
      const int32_t found = place_ref(s);
      if (where) {
        place = found;
        break;
      }
      struck_place = found;
    }
    // "arrived in the Laotian capital": the capital of the country the adjective names.
    for (uint32_t k = lo + 1; place < 0 && (sentence_marks & PatternStyles::kCapitalMark) && k < hi; ++k) {
      if ((a.skip[k] == 2) != relative || a.toks[k - 1].mention < 0) continue;
      const Mention& m = a.mentions[a.toks[k - 1].mention];
      if (m.tb <= sb) continue;
      const std::string_view before = word(m.tb - 1);
      if (Is(before, "in") || Is(before, "at") || Is(before, "near")) place = capital_named(a.toks[k - 1].mention);
    }
    *place_out = place;
    *struck_out = struck_place;
  };
  int32_t place = -1, struck_place = -1;
  if (!a.preds.empty()) find_places(sb, se, false, &place, &struck_place);  // (for the predicates' events)
  auto actors_of = [&](int32_t mi, std::vector<const ActorValue*>* outv) {
    outv->clear();
    if (mi < 0) return;
    const Mention& m = a.mentions[mi];
    if (m.group >= 0) {
      const Group& g = a.groups[m.group];
      for (uint32_t k = 0; k < g.count; ++k) {
        const Mention& gm = a.mentions[g.first + k];
        for (uint32_t x = 0; x < gm.actors_len; ++x) outv->push_back(&a.mention_actors[gm.actors_off + x]);
      }
    } else {
      for (uint32_t x = 0; x < m.actors_len; ++x) outv->push_back(&a.mention_actors[m.actors_off + x]);
    }
  };
  // ("..., in the first death since the protests began last month": a date inside a "since"
  // clause is when something started, not the sentence's date; the words before it may hold one.)
  const DateRange sentence_date = [&] {
    const DateRange d = FindDate(text, a, sb, se, doc.date, false, /*outside_relative=*/true);
    if (!d.explicit_ || d.tok <= sb) return d;
    for (uint32_t k = d.tok; k-- > sb && k + 8 > d.tok;) {
      if (is_clause_end(k) || Is(tok_text(k), ",")) break;
      // (a clause with a verb of its own, not "since Thursday", which dates the span)
      if ((a.toks[k].wflags & lx::kSubordinator) && Is(word(k), "since")) {
        bool verb = false;
        for (uint32_t q = k + 1; q < d.tok && !verb; ++q) verb = (a.toks[q].wflags & lx::kAnyVerb) && a.toks[q].mention < 0;
        return verb ? FindDate(text, a, sb, k, doc.date, false, /*outside_relative=*/true) : d;
      }
    }
    return d;
  }();
  // Weapons named in the sentence refine generic fighting codes (CAMEO 19x by weapon); a phone
  // or video call turns a consultation into CAMEO 041.
  constexpr uint32_t kWeaponFlags = lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery | lx::kPhone;
  uint32_t weapons = sentence_wflags & kWeaponFlags;
  if (!a.preds.empty()) {  // (for the predicates' events)
    for (const Span& sp : a.spans) {
      // (GrammarFlags is 0 without a grammar sense: the call only for a span with one.)
      if (sp.sense_mask & Bit(SenseKind::kGrammar)) weapons |= GrammarFlags(lx_, sp) & kWeaponFlags;
    }
  }
  // Non-military bombings (CAMEO 183): a suicide bomber, bombing or attack (1831), a car or truck
  // bomb (1832), a roadside bomb or an IED (1833). They outrank the air-weapon reading of "bomber".
  // (Looked for only when a fighting or bombing code is about to be refined.)
  auto bombing_code = [&]() -> std::string_view {
    auto bomb = [](std::string_view w) {
      return Is(w, "bomb") || Is(w, "bombs") || Is(w, "bomber") || Is(w, "bombers") || Is(w, "bombing") || Is(w, "bombings");
    };
    for (uint32_t k = sb; k < se; ++k) {
      const std::string_view w = word(k), next = k + 1 < se ? word(k + 1) : std::string_view();
      if (Is(w, "suicide") && (bomb(next) || Is(next, "attack") || Is(next, "attacks") || Is(next, "vest"))) return "1831";
      if ((Is(w, "car") || Is(w, "truck") || Is(w, "vehicle")) && bomb(next)) return "1832";
      if ((Is(w, "roadside") && bomb(next)) || Is(w, "ied") || Is(w, "ieds")) return "1833";
    }
    return {};
  };
  // The weapons named in the act's own clause: from the clause's start (a comma or a
  // subordinator before the act) to its end, or to a reason given for it ("struck targets in
  // Lebanon in retaliation for the rocket fire" is no shelling).
  auto clause_weapons = [&](const Predicate& p) {
    uint32_t b = p.tok, e = std::max(p.last, p.tok) + 1;
    // (A relative clause takes in its antecedent's: "firing 100 missiles at Israel, some of
    // which struck buildings".)
    for (int relative = 0; relative < 2; ++relative) {
      while (b > sb && !is_clause_end(b - 1) && !Is(tok_text(b - 1), ",") && !(a.toks[b - 1].wflags & lx::kSubordinator)) --b;
      if (b <= sb || !(Is(word(b - 1), "which") || Is(word(b - 1), "that") || Is(word(b - 1), "who"))) break;
      while (b > sb && !Is(tok_text(b - 1), ",") && !is_clause_end(b - 1)) --b;  // (to the comma before "some of which")
      if (b > sb && Is(tok_text(b - 1), ",")) --b;
    }
    while (e < se && !is_clause_end(e) && !(a.toks[e].wflags & lx::kSubordinator)) {
      // ("discussed regional security with his Iranian counterpart, Abbas Araghchi, in a phone
      // call": past a name in apposition between commas.)
      if (Is(tok_text(e), ",")) {
        // (the closing comma of a name the act's own slot took in apposition)
        const int32_t before = a.toks[e - 1].mention;
        if (e > b && before >= 0 && a.mentions[before].tb > sb && Is(tok_text(a.mentions[before].tb - 1), ",")) {
          ++e;
          continue;
        }
        const int32_t mi = e + 1 < se ? a.toks[e + 1].mention : -1;
        if (mi < 0 || a.mentions[mi].tb != e + 1 || a.mentions[mi].te >= se || !Is(tok_text(a.mentions[mi].te), ",")) break;
        e = a.mentions[mi].te + 1;
        continue;
      }
      const std::string_view w = word(e);
      if (Is(w, "retaliation") || Is(w, "response") || Is(w, "revenge") || Is(w, "reprisal")) break;
      // ("held talks with Zelensky and later spoke by phone with Trump": nor into a coordinated
      // clause of another past verb.)
      if (Is(w, "and") && e > b) {
        uint32_t v = e + 1;
        while (v < se && v < e + 3 && IsAdverbWord(tok_text(v))) ++v;
        if (v < se && a.toks[v].mention < 0 && (a.toks[v].wflags & lx::kAnyVerb) && (a.toks[v].wflags & lx::kPastTense)) break;
      }
      ++e;
    }
    uint32_t f = 0;
    for (uint32_t k = b; k < e; ++k) f |= a.toks[k].wflags & kWeaponFlags;
    for (const Span& sp : a.spans) {
      if (sp.tb >= b && sp.tb < e) f |= GrammarFlags(lx_, sp) & kWeaponFlags;
    }
    return f;
  };
  auto refine_by_weapon = [&](std::string_view code, const Predicate& p) -> std::string_view {
    // (A phone call in the act's own clause: "Lavrov and Wang Yi, who last met in Kuala Lumpur
    // on July 10, discussed Ukraine by phone" met in person.)
    if ((weapons & lx::kPhone) && (Is(code, "040") || Is(code, "046")) && (clause_weapons(p) & lx::kPhone)) return "041";
    // ("In a separate call on Tuesday, Saidov and Muttaqi discussed ...", "During the call, ...":
    // a call that opens the sentence is the main clause's means.)
    if ((Is(code, "040") || Is(code, "046")) && sb + 3 < p.tok && (Is(word(sb), "in") || Is(word(sb), "during"))) {
      for (uint32_t k = sb + 1; k < p.tok && k < sb + 6 && !Is(tok_text(k), ","); ++k) {
        if (Is(word(k), "call") && k + 1 < se && (Is(tok_text(k + 1), ",") || Is(word(k + 1), "on") || Is(word(k + 1), "with"))) {
          return "041";
        }
      }
    }
    // ("Israeli jets pounded the port of Hodeidah": a pounding from the air is an air strike.)
    if (Is(code, "194")) {
      const uint32_t here = clause_weapons(p);
      return (here & (lx::kWeaponAir | lx::kWeaponDrone)) && !(here & lx::kWeaponArtillery)
                 ? ((here & lx::kWeaponDrone) && !(here & lx::kWeaponAir) ? "1952" : "195")
                 : code;
    }
    if (!Is(code, "190") && !Is(code, "193") && !Is(code, "19") && !Is(code, "180") && !Is(code, "183") && !Is(code, "1834")) {
      return code;
    }
    if (const std::string_view b = bombing_code(); !b.empty()) return b;
    const uint32_t here = clause_weapons(p);
    // ("Military jets bombed a school": a bombing from the air is an air strike, 195.)
    if (Is(code, "183") || Is(code, "1834")) {
      return (here & (lx::kWeaponAir | lx::kWeaponDrone)) ? ((here & lx::kWeaponDrone) ? "1952" : "195") : code;
    }
    if (here & lx::kWeaponDrone) return "1952";
    if (here & lx::kWeaponAir) return "195";
    if (here & lx::kWeaponArtillery) return "194";
    return code;
  };
  std::vector<const ActorValue*>& sources = a.ev_sources;  // (scratch lists: memory reused)
  std::vector<const ActorValue*>& targets = a.ev_targets;
  const size_t first_event = out->size();
  for (const Predicate& p : a.preds) {
    const lx::Pattern& pat = lx_.pattern(p.pattern);
    std::string_view code = p.refined[0] ? std::string_view(p.refined) : lx_.cameo(pat.cameo).code;
    // A KEDS paired code "032:033": source → target 032, target → source 033 (":173": only the
    // reverse event). Codes from such dictionaries are carried through as given.
    std::string_view reverse_code;
    bool no_forward = false;
    if (p.keds) {
      if (const size_t colon = code.find(':'); colon != std::string_view::npos) {
        reverse_code = code.substr(colon + 1);
        code = code.substr(0, colon);
        if (code.empty()) {
          no_forward = true;
          code = reverse_code;
        }
      }
    }
    std::string& mood_note = a.ev_mood_note;
    mood_note.clear();
    if (p.refined[0]) {
      mood_note.append(model::CameoRoot(code) == 14 ? " +aim(" : " +asks-for(")
          .append(lx_.cameo(pat.cameo).code).append("->").append(code).append(")");
    }
    if (p.mood == Mood::kHypothetical || p.mood == Mood::kNegated) {
      if (trace) *trace += "  predicate '" + std::string(tok_text(p.tok)) + "' dropped: " +
                          (p.mood == Mood::kNegated ? "negated" : "hypothetical or no source") + "\n";
      continue;
    }
    // The one who warns, when a threat is read from a warning of the same sentence (below).
    int32_t warner = -1;
    if (p.mood == Mood::kIntent) {
      // ("China and Tajikistan agreed to hold joint exercises": exercises a compound subject
      // intends to hold together are intended military cooperation, as held ones are 062.)
      if (!p.keds && Is(code, "150") && p.source >= 0 && (a.mentions[p.source].group >= 0 || a.mentions[p.source].actors_len >= 2) &&
          lx_.FindCameo("062") >= 0) {
        code = "062";
      }
      std::string_view c = IntentCode(code);
      // ("ready to host talks between Russia and Ukraine": talks a host would hold between two
      // sides are an offer of mediation, 039, as "offered to host talks" is; hosting them, 043.)
      // ("Oman to host third round of Iran-US nuclear talks": so are talks named after the
      // host's object.)
      if (!p.keds && !p.noun && Is(Family3(code), "043") && Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "host")) {
        for (uint32_t k = p.tok + 1; k <= p.last && k < se; ++k) {
          if (TokenIs(text, a.toks[k], "between")) c = "039";
        }
        // (Only talks of two others the host names: "host Modi for talks" are the host's own.)
        if (p.target >= 0 && (a.mentions[p.target].group >= 0 || a.mentions[p.target].actors_len >= 2)) {
          const uint32_t after = a.mentions[p.target].te;
          for (uint32_t k = after; k < se && k < after + 5; ++k) {
            if (IsAny(word(k), "talks", "negotiations")) c = "039";
          }
        }
      }
      // "EU leaders agreed on Friday to impose sanctions": an agreed or decided sanction or act
      // of coercion (16, 17: no CAMEO intent code) is the act itself; other intents of it, and
      // intents of other conflictual acts, code nothing.
      // ("India and Pakistan agreed to stop all firing": a ceasefire agreed is the ceasefire.)
      bool decided = false;
      if (!p.keds && code == "0871") {
        for (int32_t k = static_cast<int32_t>(p.tok) - 1; k >= static_cast<int32_t>(sb) && k + 10 >= static_cast<int32_t>(p.tok); --k) {
          if (!(a.toks[k].wflags & lx::kIntent)) continue;
          if (Is(lx_.Word(lx_.VerbLemma(a.toks[k].word)), "agree")) c = code, decided = true;
          break;
        }
      }
      if (c.empty() && !p.keds && (model::CameoRoot(code) == 16 || model::CameoRoot(code) == 17)) {
        for (int32_t k = static_cast<int32_t>(p.tok) - 1; k >= static_cast<int32_t>(sb) && k + 6 >= static_cast<int32_t>(p.tok); --k) {
          if (!(a.toks[k].wflags & lx::kIntent)) continue;
          const std::string_view lemma = lx_.Word(lx_.VerbLemma(a.toks[k].word));
          if (Is(lemma, "agree") || Is(lemma, "decide") || Is(lemma, "vote")) c = code, decided = true;
          break;
        }
      }
      // "Russia warned that it would strike Kyiv", "... that it would cut ties with Moldova":
      // force, coercion or a cut in relations intended under a threat or warning of the same
      // sentence is a threat of it (13x), coded once, with the act's target.
      bool threat = false;
      if (c.empty() && !p.keds && !ThreatCode(code).empty()) {
        for (const Predicate& q : a.preds) {
          if (q.tok >= p.tok || q.noun || q.keds || q.mood != Mood::kPlain || q.source < 0 || p.source < 0) continue;
          if (styles_->root_of(q.pattern) != 13) continue;
          // (The one who warns is the one who would strike: "warned Ukraine that it would pay"
          // is no threat by Ukraine.)
          const Mention& qm = a.mentions[q.source];
          const Mention& pm = a.mentions[p.source];
          if (qm.actors_len != 1 || pm.actors_len != 1 ||
              !(a.mention_actors[qm.actors_off].country == a.mention_actors[pm.actors_off].country)) {
            continue;
          }
          c = ThreatCode(code);
          threat = true;
          warner = q.source;
        }
      }
      // "Israel would strike Iran's nuclear sites again if Tehran tried to rebuild them": force
      // or coercion intended on a condition the target is to meet is a threat of it (13x).
      if (c.empty() && !p.keds && p.target >= 0 && p.source >= 0 && !ThreatCode(code).empty()) {
        for (uint32_t k = std::max(p.last, p.tok) + 1; k < se && !threat; ++k) {
          if (is_clause_end(k)) break;
          if (Is(word(k), "if") || Is(word(k), "unless")) {
            c = ThreatCode(code);
            threat = true;
          }
        }
      }
      // "The European Union said it would reinstate its own sanctions on Iran": a reduction of
      // relations or a coercive act announced against someone named is a threat of it (13x).
      if (c.empty() && !p.keds && p.target >= 0 && p.source >= 0 &&
          (model::CameoRoot(code) == 16 || model::CameoRoot(code) == 17) && !ThreatCode(code).empty()) {
        c = ThreatCode(code);
        threat = true;
      }
      if (c.empty() || lx_.FindCameo(c) < 0) continue;
      mood_note.clear();
      if (threat) mood_note.append(" +threat(").append(code).append("->").append(c).append(")");
      else if (decided) mood_note.append(" +decided");
      else if (c != code) mood_note.append(" +intent(").append(code).append("->").append(c).append(")");
      else mood_note.append(" +intent");
      code = c;
    } else if (p.mood == Mood::kRefusal) {
      std::string_view c = RefusalCode(code);
      if (c.empty() || lx_.FindCameo(c) < 0) continue;
      mood_note.clear();
      mood_note.append(" +refusal(").append(code).append("->").append(c).append(")");
      code = c;
    }
    int32_t target_mention = p.target;
    // ("condemned a plan by Israeli Finance Minister Bezalel Smotrich to build", "rejected a
    // proposal from Moscow": a judgement on an act whose author follows "by" or "from" is
    // aimed at that author.)
    if (target_mention < 0 && !p.keds && !pat.noun &&
        (model::CameoRoot(code) == 5 || model::CameoRoot(code) == 11 || model::CameoRoot(code) == 12 || Is(code, "016"))) {
      uint32_t k = p.tok + 1;
      while (k < se && k < p.tok + 3 && (a.toks[k].wflags & lx::kDeterminer) && a.toks[k].mention < 0) ++k;
      const uint32_t noun_from = k;
      // (after the article, a noun that is a verb form too: "a plan by")
      while (k < se && k < noun_from + 3 && a.toks[k].mention < 0 && (a.toks[k].tflags & text::kWord) &&
             !(a.toks[k].wflags & (lx::kPreposition | lx::kConjunction | lx::kSubordinator | lx::kBe | lx::kModal |
                                   lx::kPastTense))) {
        ++k;
      }
      if (k > noun_from && k + 1 < se && (Is(tok_text(k), "by") || Is(tok_text(k), "from")) && a.toks[k + 1].mention >= 0 &&
          (ReferencedActRoot(word(k - 1)) >= 0 || IsAny(word(k - 1), "plan", "plans", "bid", "policy", "law", "bill"))) {
        const int32_t mi = a.toks[k + 1].mention;
        if (a.mentions[mi].tb == k + 1 && a.mentions[mi].actors_len == 1 && !a.mentions[mi].place_only && mi != p.source) {
          target_mention = mi;
        }
      }
    }
    // ("Hungary announced that it was withdrawing from the court", after the ICC: a pattern with
    // no target slot whose last word heads an organisation named by "the" + that word is aimed
    // at that organisation.)
    if (target_mention < 0 && !p.keds && !pat.noun && p.last > p.tok + 1 && p.last < se && a.toks[p.last].mention >= 0) {
      const int32_t mi = a.toks[p.last].mention;
      const Mention& m = a.mentions[mi];
      if (m.te == p.last + 1 && m.tb + 1 == p.last && Is(word(m.tb), "the") && m.actors_len == 1 && mi != p.source &&
          a.mention_actors[m.actors_off].kind == MentionKind::kOrganization) {
        target_mention = mi;
      }
    }
    // ("demanded a complete Israeli withdrawal from Gaza", "called for a full Russian pullout":
    // the side whose withdrawal is asked for is the target, not the place it is to leave.)
    if (!p.keds && (model::CameoRoot(code) == 2 || model::CameoRoot(code) == 10)) {
      for (uint32_t k = p.tok + 1; k <= std::max(p.last, p.tok) && k < se; ++k) {
        const std::string_view w = tok_text(k);
        if (!Is(w, "withdrawal") && !Is(w, "pullout")) continue;
        const int32_t mi = a.toks[k - 1].mention;
        if (mi >= 0 && a.mentions[mi].modifier && !a.mentions[mi].possessive && a.mentions[mi].te == k &&
            a.mentions[mi].actors_len == 1 && mi != p.source) {
          target_mention = mi;
        }
        break;
      }
    }
    // An answer that names no one answers whoever acted just before in the sentence, from
    // another country: a denial (016) the accuser ("Armenia accused Azerbaijani troops of
    // opening fire ..., a claim Baku swiftly denied"), a rejection (12) the proposer ("Kyiv had
    // proposed a ceasefire ..., but Moscow's negotiators rejected both proposals").
    const int answered_root = Is(code, "016") ? 11 : model::CameoRoot(code) == 12 ? 3 : 0;
    if (answered_root && target_mention < 0 && !p.keds && p.source >= 0 && a.mentions[p.source].actors_len == 1) {
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      for (const Predicate& q : a.preds) {
        if (q.tok >= p.tok) break;
        if (q.keds || q.source < 0 || q.mood != Mood::kPlain || a.mentions[q.source].actors_len != 1) continue;
        if (styles_->root_of(q.pattern) != answered_root) continue;
        if (a.mention_actors[a.mentions[q.source].actors_off].country == own) continue;
        target_mention = q.source;
      }
    }
    // "met his Belarusian counterpart and signed a cooperation programme": an agreement signed
    // with no one named is signed with whom the signer met or held talks with just before.
    if (target_mention < 0 && !p.keds && Is(code.substr(0, 3), "057") && p.source >= 0) {
      for (const Predicate& q : a.preds) {
        if (q.tok >= p.tok) break;
        if (q.keds || q.target < 0 || q.source != p.source || q.mood != Mood::kPlain || q.target == p.source) continue;
        if (styles_->root_of(q.pattern) == 4) target_mention = q.target;
      }
    }
    // "rejected a U.S. proposal for direct talks, adding that Tehran was prepared to negotiate
    // only indirectly": talks offered, held or refused with no one named are with whom the same
    // side's earlier offer, meeting or refusal in the sentence was. (Not talks hosted: "was
    // ready to host peace talks" is no offer to negotiate with whom the host called.)
    if (target_mention < 0 && !p.keds && !p.noun && p.source >= 0 && (Is(code, "036") || Is(code, "046")) &&
        Is(Family3(lx_.cameo(pat.cameo).code), "046") && a.mentions[p.source].actors_len == 1) {
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      for (const Predicate& q : a.preds) {
        if (q.tok >= p.tok) break;
        if (q.keds || q.target < 0 || q.source < 0 || q.mood != Mood::kPlain || a.mentions[q.source].actors_len != 1 ||
            a.mentions[q.target].actors_len != 1) {
          continue;
        }
        const int root = styles_->root_of(q.pattern);
        if ((root != 3 && root != 4 && root != 12) || own.empty() ||
            !(a.mention_actors[a.mentions[q.source].actors_off].country == own) ||
            a.mention_actors[a.mentions[q.target].actors_off].country == own) {
          continue;
        }
        target_mention = q.target;
      }
    }
    // "criticised the decision by Hungary to ...", "condemned as unacceptable the allegations by
    // Rwanda", "condemned the killing of its general by Israel": a comment on someone's act,
    // named by its agent after "by" in the object, is aimed at that agent.
    // (Also over a target inside the object's "of" phrase: "the killing of its general by".)
    const bool target_of = target_mention >= 0 && a.mentions[target_mention].prep != 0 &&
                           Is(lx_.Word(a.mentions[target_mention].prep), "of") && a.mentions[target_mention].te < se &&
                           Is(tok_text(a.mentions[target_mention].te), "by");
    // (And over a target further on: "the decision by Slovakia to halt talks with Kyiv".)
    if (!p.noun && !p.keds && !p.passive && p.source >= 0 &&
        (target_mention < 0 || target_of || a.mentions[target_mention].tb > p.tok + 3)) {
      const int root = model::CameoRoot(code);
      if (root == 1 || root == 2 || root == 5 || root == 10 || root == 11 || root == 12 || root == 14) {
        uint32_t k = p.tok + 1;
        if (k + 1 < se && Is(tok_text(k), "as")) {  // ("as unacceptable", "as \"baseless\"")
          ++k;
          while (k < se && IsQuoteMark(tok_text(k))) ++k;
          if (k < se && a.toks[k].mention < 0 && (a.toks[k].tflags & text::kWord)) ++k;
          while (k < se && IsQuoteMark(tok_text(k))) ++k;
        }
        if (k < se && (a.toks[k].wflags & lx::kDeterminer)) ++k;
        for (const uint32_t end = k + 10; k < se && k < end; ++k) {
          const Tok& t = a.toks[k];
          if (Is(tok_text(k), "by")) {
            const int32_t mi = k + 1 < se ? a.toks[k + 1].mention : -1;
            if (mi >= 0 && mi != p.source && !a.mentions[mi].place_only && !a.mentions[mi].modifier) target_mention = mi;
            break;
          }
          if ((t.tflags & text::kPunct) ? !Is(tok_text(k), "-") : false) break;
          if (t.mention >= 0 && !a.mentions[t.mention].modifier && t.mention != target_mention) break;
          if ((t.wflags & (lx::kAnyVerb | lx::kSubordinator | lx::kConjunction)) && !(t.wflags & (lx::kGerund | lx::kPastParticiple)) &&
              !lx_.NounLemma(t.word)) {
            break;
          }
          if ((t.wflags & lx::kPreposition) && !Is(tok_text(k), "of")) break;
        }
      }
    }
    // "warning of massive new sanctions if Moscow refused": a threat that names no target is
    // aimed at the subject of its condition.
    if (target_mention < 0 && !p.keds && model::CameoRoot(code) == 13 && p.source >= 0) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 1 < se && k < std::max(p.last, p.tok) + 10; ++k) {
        if (is_clause_end(k)) break;
        if (!Is(tok_text(k), "if") && !Is(tok_text(k), "unless")) continue;
        const int32_t mi = a.toks[k + 1].mention >= 0 ? a.toks[k + 1].mention
                           : k + 2 < se && (a.toks[k + 1].wflags & lx::kDeterminer) ? a.toks[k + 2].mention : -1;
        if (mi >= 0 && a.mentions[mi].prep == 0 && !a.mentions[mi].modifier && !a.mentions[mi].place_only &&
            a.mentions[mi].actors_len == 1 && a.mentions[p.source].actors_len == 1 &&
            !(a.mention_actors[a.mentions[mi].actors_off].country == a.mention_actors[a.mentions[p.source].actors_off].country)) {
          target_mention = mi;
        }
        break;
      }
      // ("demanded that Niger's junta reinstate Bazoum, threatening to use force": else at whom
      // the same side's demand or reproach just before was aimed.)
      for (const Predicate& q : a.preds) {
        if (target_mention >= 0 || q.tok >= p.tok) break;
        const int qroot = styles_->root_of(q.pattern);
        if (q.keds || q.source != p.source || q.target < 0 || q.mood != Mood::kPlain || (qroot != 10 && qroot != 11 && qroot != 12)) {
          continue;
        }
        bool boundary = false;
        for (uint32_t k = q.tok + 1; k < p.tok && !boundary; ++k) boundary = is_clause_end(k);
        if (!boundary) target_mention = q.target;
      }
    }
    // A plain threat or warning takes its kind from what it says will happen: "warned that he
    // could share the fate of Saddam Hussein" (138, force), "that they would face criminal
    // charges" (137, repression), "that the war would resume unless ..." (139, ultimatum).
    // ("would pay a heavy price" names no kind: 130.)
    if (!p.keds && Is(code, "130")) {
      std::string_view kind;
      // "threatened to suspend cooperation with the UN" (136), "threatened on Tuesday to cut
      // ties with Rwanda" (1313): the act threatened, when the dictionary knows it and CAMEO
      // has a threat of it, gives the kind, and its target when the threat names none.
      for (const Predicate& r : a.preds) {
        if (r.tok <= p.tok) continue;
        if (r.tok > std::max(p.last, p.tok) + 6 || r.mood != Mood::kHypothetical || r.keds || r.noun ||
            !Is(tok_text(r.tok - 1), "to") || r.source < 0 || p.source < 0) {
          break;
        }
        // (the one who threatens is the one who would act: "warned Washington that allowing
        // Ukraine to fire missiles ..." is no threat of force by Russia)
        const Mention& rm = a.mentions[r.source];
        const Mention& pm = a.mentions[p.source];
        if (rm.actors_len != 1 || pm.actors_len != 1 ||
            !(a.mention_actors[rm.actors_off].country == a.mention_actors[pm.actors_off].country)) {
          break;
        }
        const std::string_view act = r.refined[0] ? std::string_view(r.refined) : lx_.cameo(lx_.pattern(r.pattern).cameo).code;
        kind = ThreatCode(act);
        if (!kind.empty() && p.target < 0) target_mention = r.target;
        break;
      }
      // (an ultimatum first: "would use force unless ...")
      const bool act_known = !kind.empty();
      for (uint32_t k = std::max(p.last, p.tok) + 1; !act_known && k < se && k < p.last + 25 && !Is(kind, "139"); ++k) {
        if (is_clause_end(k)) break;
        const std::string_view w = tok_text(k);  // (as written: "fate" may be no dictionary word)
        // ("warned that its armed forces would take overwhelming countermeasures": what the
        // side's own military would do is force.)
        const int32_t km = a.toks[k].mention;
        const bool own_military = kind.empty() && km >= 0 && p.source >= 0 && a.mentions[km].actors_len == 1 &&
                                  a.mentions[p.source].actors_len == 1 &&
                                  Is(a.mention_actors[a.mentions[km].actors_off].sector.view(), "MIL") &&
                                  a.mention_actors[a.mentions[km].actors_off].country ==
                                      a.mention_actors[a.mentions[p.source].actors_off].country &&
                                  k + 1 < se && (a.toks[a.mentions[km].te].wflags & lx::kModal);
        if (Is(w, "unless") || Is(w, "ultimatum")) kind = "139";
        else if (!kind.empty()) continue;
        else if (own_military) kind = "138";
        else if (Is(w, "fate") || Is(w, "retaliate") || Is(w, "retaliation") ||
                 Is(w, "strike") || Is(w, "strikes") || Is(w, "annihilate") || Is(w, "force") ||
                 // (not "would destroy the tentative improvement in relations": no force on a relation)
                 (Is(w, "destroy") && [&] {
                   for (uint32_t q = k + 1; q < se && q < k + 5; ++q) {
                     if (IsAny(tok_text(q), "relations", "ties", "improvement", "trust", "progress", "dialogue", "chances",
                               "hopes", "peace", "talks", "relationship", "cooperation")) {
                       return false;
                     }
                   }
                   return true;
                 }())) {
          kind = "138";
        }
        else if (Is(w, "charges") || Is(w, "prosecution") || Is(w, "prosecuted") || Is(w, "arrest") || Is(w, "arrested") ||
                 Is(w, "jail") || Is(w, "prison") || Is(w, "punished")) kind = "137";
      }
      if (!kind.empty() && lx_.FindCameo(kind) >= 0) {
        mood_note.append(" +consequence(").append(code).append("->").append(kind).append(")");
        code = kind;
      }
    }
    // "destroyed 41 Russian warplanes": destroying a military's assets is an attack on it
    // (19x, refined by weapon), not the destruction of property (1712).
    if (!p.keds && Is(code, "1712") && p.target >= 0 && a.mentions[p.target].actors_len == 1 &&
        Is(a.mention_actors[a.mentions[p.target].actors_off].sector.view(), "MIL")) {
      mood_note.append(" +military(1712->190)");
      code = "190";
    }
    // ("An Israeli drone strike killed a Hezbollah field commander": a killing whose subject is
    // an attack noun is that attack, coded by its weapon; "Israel killed Hezbollah leader Hassan
    // Nasrallah in an airstrike" keeps the assassination, 186.)
    bool attack_subject = false;
    if (!p.keds && !p.noun && Is(Family3(code), "186") && p.source >= 0 && !p.passive) {
      const Mention& sm = a.mentions[p.source];
      for (const Predicate& q : a.preds) {
        if (!q.noun || q.keds || q.tok >= p.tok || q.source != p.source || styles_->root_of(q.pattern) < 18 ||
            sm.te > q.tok || q.tok + 4 < p.tok) {
          continue;
        }
        mood_note.append(" +attack-subject(").append(code).append("->190)");
        code = "190";
        attack_subject = true;
        break;
      }
    }
    // (refine_by_weapon returns `code` itself when it refines nothing: then no compare.)
    if (std::string_view w = refine_by_weapon(code, p);
        !p.keds && (w.data() != code.data() || w.size() != code.size()) && w != code && lx_.FindCameo(w) >= 0) {
      mood_note.append(" +refined(").append(code).append("->").append(w).append(")");
      code = w;
    }
    // ("The Myanmar military bombed a school": a state's armed forces bomb from the air, 195; a
    // suicide or car bombing keeps its own code.)
    if (!p.keds && (Is(code, "183") || Is(code, "1834")) && p.source >= 0 && a.mentions[p.source].actors_len == 1 &&
        Is(a.mention_actors[a.mentions[p.source].actors_off].sector.view(), "MIL") && bombing_code().empty() &&
        lx_.FindCameo("195") >= 0) {
      mood_note.append(" +military(").append(code).append("->195)");
      code = "195";
    }
    // "A gunman shot dead the mayor of Uruapan": killing one official named by a role is an
    // assassination (186), as "kill * leader|commander|official" patterns code it.
    if (!p.keds && !p.noun && !attack_subject && model::CameoRoot(code) == 19 && target_mention >= 0 &&
        a.mentions[target_mention].actors_len == 1 && lx_.FindCameo("186") >= 0 &&
        IsAny(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "kill", "shoot", "murder", "gun", "stab")) {
      bool official = false;
      for (uint32_t k = a.mentions[target_mention].tb; k < a.mentions[target_mention].te && !official; ++k) {
        official = IsAny(word(k), "mayor", "governor", "minister", "president", "leader", "commander", "lawmaker",
                         "senator", "judge", "prosecutor", "candidate");
      }
      // ("shot and wounded Colombian opposition senator Miguel Uribe": an official the attack
      // only wounded survived it, an attempted assassination, 185.)
      bool wounded = false;
      for (uint32_t k = p.tok + 1; official && k < a.mentions[target_mention].tb && k < p.tok + 4 && !wounded; ++k) {
        wounded = IsAny(tok_text(k), "wounded", "injured");
      }
      for (uint32_t k = a.mentions[target_mention].te; official && !wounded && k < se && k < a.mentions[target_mention].te + 3; ++k) {
        wounded = IsAny(tok_text(k), "wounding", "injuring", "wounded", "injured");
      }
      if (official && (!wounded || lx_.FindCameo("185") < 0)) {
        mood_note.append(" +official(").append(code).append("->186)");
        code = "186";
      } else if (official) {
        mood_note.append(" +wounded-official(").append(code).append("->185)");
        code = "185";
      }
    }
    // "RSF fighters killed hundreds of civilians", "killed more than 400 civilians": killing
    // civilians by the hundreds is a mass killing (202). (Not when the weapon is named: "an air
    // strike killed 120 civilians" keeps its 195.)
    if (!p.keds && !p.noun && Is(code, "190") && target_mention >= 0 &&
        a.mentions[target_mention].actors_len == 1 && lx_.FindCameo("202") >= 0 &&
        IsAny(a.mention_actors[a.mentions[target_mention].actors_off].sector.view(), "CVL", "REF") &&
        IsAny(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "kill", "massacre", "slaughter", "execute")) {
      bool mass = false;
      const Mention& tm = a.mentions[target_mention];
      for (uint32_t k = tm.tb >= sb + 3 ? tm.tb - 3 : sb; k < tm.te && !mass; ++k) {
        const std::string_view w = tok_text(k);
        if (IsAny(w, "hundreds", "thousands", "Hundreds", "Thousands")) mass = true;
        if (a.toks[k].tflags & text::kNumber) {
          uint64_t n = 0;
          for (char c : w) {
            if (c >= '0' && c <= '9') n = n * 10 + static_cast<uint64_t>(c - '0');
            else if (c != ',') { n = 0; break; }
          }
          mass = n >= 100;
        }
      }
      if (mass) {
        mood_note.append(" +mass(").append(code).append("->202)");
        code = "202";
      }
    }
    // ("Protesters were shot dead by security forces": force by the police or army on
    // protesters is violent repression, 175.)
    if (!p.keds && model::CameoRoot(code) == 19 && target_mention >= 0 && p.source >= 0 &&
        a.mentions[p.source].actors_len == 1 && a.mentions[target_mention].actors_len == 1 && lx_.FindCameo("175") >= 0 &&
        IsAny(a.mention_actors[a.mentions[p.source].actors_off].sector.view(), "COP", "MIL")) {
      bool protesters = false;
      for (uint32_t k = a.mentions[target_mention].tb; k < a.mentions[target_mention].te && !protesters; ++k) {
        protesters = IsAny(word(k), "protesters", "protester", "demonstrators", "demonstrator", "marchers", "mourners", "crowd",
                           "crowds", "supporters");
      }
      // ("Police fired tear gas into the campus" at students, "to clear coca farmers": force by the
      // police on their own country's people, students, workers, farmers or opposition.)
      if (!protesters && a.mentions[target_mention].actors_len == 1 &&
          Is(a.mention_actors[a.mentions[p.source].actors_off].sector.view(), "COP")) {
        const ActorValue& tv = a.mention_actors[a.mentions[target_mention].actors_off];
        protesters = IsAny(tv.sector.view(), "CVL", "OPP", "EDU", "LAB", "AGR") &&
                     tv.country == a.mention_actors[a.mentions[p.source].actors_off].country;
      }
      if (protesters) {
        mood_note.append(" +repression(").append(code).append("->175)");
        code = "175";
      }
    }
    // (The pattern's own code, unchanged, is where the pattern says.)
    const std::string_view own_code = lx_.cameo(pat.cameo).code;
    int ci = code.data() == own_code.data() && code.size() == own_code.size() && pat.cameo < styles_->cameo_found_at.size() &&
                           styles_->cameo_found_at[pat.cameo]
                       ? static_cast<int>(pat.cameo)
                       : lx_.FindCameo(code);
    if (ci < 0) continue;
    actors_of(p.source, &sources);
    // ("Pakistani Defence Minister Khawaja Asif warned that Pakistan would respond with full
    // force": the minister who warns threatens, for his country named bare in the warning.)
    if (warner >= 0 && warner != p.source && sources.size() == 1 && sources[0]->kind == MentionKind::kCountry &&
        sources[0]->sector.empty() && a.mentions[warner].actors_len == 1 &&
        !a.mention_actors[a.mentions[warner].actors_off].sector.empty()) {
      actors_of(warner, &sources);
    }
    actors_of(target_mention, &targets);
    // "Poland ordered the closure of Russia's last consulate in the country": a reduction of
    // relations whose object is another state's mission is aimed at that state.
    // ("Poland closed the Russian consulate in Gdansk": a place in the source's own country is
    // where, not whom.)
    const bool own_place_target =
        p.source >= 0 && !targets.empty() && a.mentions[p.source].actors_len == 1 &&
        std::all_of(targets.begin(), targets.end(), [&](const ActorValue* t) {
          return t->kind == MentionKind::kCountry && t->country == a.mention_actors[a.mentions[p.source].actors_off].country;
        });
    if ((targets.empty() || own_place_target) && !p.keds && p.source >= 0 && model::CameoRoot(code) == 16) {
      for (uint32_t k = p.tok + 1; k <= p.last && k < se; ++k) {
        const int32_t mi = a.toks[k].mention;
        if (mi < 0 || a.mentions[mi].actors_len != 1) continue;
        const ActorValue& v = a.mention_actors[a.mentions[mi].actors_off];
        if (Is(v.sector.view(), "GOV") && !v.country.empty() &&
            !(v.country == a.mention_actors[a.mentions[p.source].actors_off].country)) {
          actors_of(mi, &targets);  // (replacing the own-country place)
        }
        break;
      }
    }
    // "Russian and Ukrainian forces observed local ceasefires brokered by the IAEA", "handed it
    // back to Myanmar's military under a ceasefire brokered by China": a passive mediation of
    // the act the sentence just coded is between that act's two sides ("swapped prisoners after
    // mediation by the UAE": a mediation noun's too).
    if (!p.keds && (p.passive || p.by_agent) && Is(code, "045") && p.source >= 0 && targets.size() <= 1) {
      std::vector<ActorValue>& sides = a.ev_actors.mediated;
      sides.clear();
      for (size_t q = out->size(); q-- > first_event && sides.empty();) {
        const Event& e = (*out)[q];
        if (e.sentence != si || !e.target || e.source.code == e.target->code) continue;
        for (const Actor* x : {&e.source, &*e.target}) sides.push_back(ValueOf(*x));
      }
      // ("Lebanese and Israeli envoys held talks in Naqoura ... The session was mediated by U.S.
      // envoy Morgan Ortagus": talks named before the verb are the last ones the two sentences
      // before reported, between two sides.)
      bool talks_named = false;
      for (uint32_t k = sb; k < p.tok && !talks_named; ++k) {
        talks_named = IsAny(word(k), "talks", "session", "negotiations", "meeting", "dialogue", "round");
      }
      for (size_t q = out->size(); talks_named && sides.empty() && q-- > a.doc_first_event;) {
        const Event& e = (*out)[q];
        if (e.sentence + 2 < si) break;
        if (model::CameoRoot(e.cameo) != 4 || !e.target || e.source.code == e.target->code) continue;
        for (const Actor* x : {&e.source, &*e.target}) sides.push_back(ValueOf(*x));
      }
      // (Parties to a mediation, not the people an act was done to: "Hamas released three
      // Israeli women under a ceasefire brokered by Qatar".)
      for (const ActorValue& v : sides) {
        if (IsAny(v.sector.view(), "CVL", "REF", "LAB", "EDU", "MED", "BUS", "AGR", "HLH")) sides.clear();
      }
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      if (sides.size() == 2 && !(sides[0].country == own) && !(sides[1].country == own) &&
          (targets.empty() || targets[0]->country == sides[0].country || targets[0]->country == sides[1].country)) {
        targets.clear();
        targets.push_back(&sides[0]);
        targets.push_back(&sides[1]);
      }
    }
    // "The declaration was brokered by Qatar": mediation of a deal the story's sides signed is
    // between those sides.
    // ("Lebanese and Israeli envoys held talks in Naqoura, with the United States acting as
    // mediator": a go-between of talks the sentence reports before mediates between their sides;
    // so of a deal they signed: "signed a declaration in Doha, with Qatar acting as mediator".)
    if (targets.empty() && !p.keds && p.source >= 0 && Is(code, "045")) {
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      for (const Predicate& q : a.preds) {
        if (q.tok >= p.tok || q.keds || q.source < 0 || q.mood != Mood::kPlain ||
            (styles_->root_of(q.pattern) != 4 && styles_->root_of(q.pattern) != 5)) {
          continue;
        }
        const Mention& qm = a.mentions[q.source];
        if (qm.group < 0 || q.target >= 0) continue;
        std::vector<const ActorValue*> sides;
        actors_of(q.source, &sides);
        targets.clear();
        for (const ActorValue* v : sides) {
          if (!v->country.empty() && !(v->country == own)) targets.push_back(v);
        }
        if (targets.size() < 2) targets.clear();
      }
    }
    if (targets.empty() && !p.keds && p.source >= 0 && Is(code, "045") && a.memory.agreement_pair.size() >= 2) {
      bool deal_named = false;
      for (uint32_t k = sb; k < se && !deal_named; ++k) {
        deal_named = IsAny(word(k), "declaration", "deal", "agreement", "accord", "truce", "ceasefire", "pact", "framework",
                           "accords", "roadmap", "protocol", "memorandum");
      }
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      for (const ActorValue& side : a.memory.agreement_pair) {
        if (deal_named && !(side.country == own)) targets.push_back(&side);
      }
      if (targets.size() < 2) targets.clear();
    }
    // ("... invited Pham Minh Chinh to visit Laos. The Vietnamese Prime Minister accepted the
    // invitation": an invitation accepted with no one named is the last one made to the
    // accepting side, whose maker is the target.)
    if (targets.empty() && !p.keds && p.source >= 0 && Is(code, "036") && a.mentions[p.source].actors_len == 1 &&
        lx_.str(pat.text).find("invitation") != std::string_view::npos) {
      const ActorValue& src = a.mention_actors[a.mentions[p.source].actors_off];
      for (size_t q = out->size(); q-- > a.doc_first_event && targets.empty();) {
        const Event& e = (*out)[q];
        if (!Is(e.cameo, "036") || !e.target || src.country.empty() || e.target->country != src.country.view() ||
            e.source.code.empty() || e.source.country == src.country.view()) {
          continue;
        }
        targets.push_back(SourceAgent(e, &a.ev_inviter));
      }
    }
    // "Riot police fired tear gas and detained at least 15 of the marchers", after "Thousands
    // of opposition supporters marched through Tegucigalpa": repression that names no one is
    // aimed at the protesters the story reported last, of the source's own country.
    // (Arrests and force against crowds, not measures on the public: "extended the state of
    // emergency", "shut down internet access" name no protesters.)
    if (targets.empty() && !p.keds && p.source >= 0 && (Family3(code) == "173" || Family3(code) == "175") &&
        a.mentions[p.source].actors_len == 1) {
      const ActorValue& src = a.mention_actors[a.mentions[p.source].actors_off];
      for (size_t q = out->size(); q-- > a.doc_first_event && targets.empty();) {
        const Event& e = (*out)[q];
        if (model::CameoRoot(e.cameo) != 14 || e.source.code.empty() || src.country.empty() ||
            e.source.country != src.country.view() || e.source.code == src.code.view()) {
          continue;
        }
        targets.push_back(SourceAgent(e, &a.ev_protesters));
      }
    }
    // ("triggered the snapback mechanism on Aug. 28, accusing Tehran of failing to honour its
    // commitments": a sanction that names no one is aimed at whom its source accuses in the
    // same sentence.)
    if (targets.empty() && !p.keds && p.source >= 0 && model::CameoRoot(code) == 16) {
      for (const Predicate& q : a.preds) {
        if (q.tok <= p.tok || q.keds || q.noun || q.target < 0 || styles_->root_of(q.pattern) != 11) continue;
        if (q.source != p.source || a.mentions[q.target].actors_len < 1 || q.mood != Mood::kPlain) break;
        const Mention& tm = a.mentions[q.target];
        for (uint32_t x = 0; x < tm.actors_len; ++x) targets.push_back(&a.mention_actors[tm.actors_off + x]);
        break;
      }
    }
    // "triggered the snapback mechanism over Tehran's nuclear programme", "suspended trade talks
    // over India's role": a reduction of relations with no one named answers the state whose
    // conduct the "over" phrase names.
    if (targets.empty() && !p.keds && p.source >= 0 && model::CameoRoot(code) == 16) {
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      for (uint32_t k = std::max(p.last, p.tok) + 1; k < se && k < p.tok + 12 && targets.empty(); ++k) {
        if (is_clause_end(k) || Is(tok_text(k), ",")) break;
        const int32_t mi = a.toks[k].mention;
        if (mi < 0) continue;
        const Mention& m = a.mentions[mi];
        if (m.prep == 0 || !Is(lx_.Word(m.prep), "over") || !(m.possessive || m.modifier)) break;
        for (uint32_t x = 0; x < m.actors_len; ++x) {
          const ActorValue& v = a.mention_actors[m.actors_off + x];
          if (!v.country.empty() && !(v.country == own)) targets.push_back(&v);
        }
        break;
      }
    }
    // "Police arrested journalist Blessed Mhlanga ... after his station aired interviews critical
    // of President Mnangagwa. Amnesty demanded his immediate release": whose release a possessive
    // pronoun names is the person the story reported held last, not the person named last.
    if (targets.size() == 1 && !p.keds && p.target >= 0 && (Family3(code) == "025" || Family3(code) == "105") &&
        lx_.str(pat.text).find("release") != std::string_view::npos) {
      const std::string_view owner = tok_text(a.mentions[p.target].tb);
      if (IsAny(owner, "his", "her", "their")) {
        // (No one held before: the pronoun's guess is too weak to name a target.)
        const ActorValue* guess = targets[0];
        targets.clear();
        for (size_t q = out->size(); q-- > a.doc_first_event;) {
          const Event& e = (*out)[q];
          if (!e.target || !(Is(Family3(e.cameo), "173") || Is(e.cameo, "116")) || e.target->code.empty()) continue;
          targets.push_back(guess);
          if (e.target->code != guess->code.view()) {
            a.ev_actors.held = ValueOf(*e.target);
            targets[0] = &a.ev_actors.held;
          }
          break;
        }
      }
    }
    // "Putin declared a 30-hour Easter truce in Ukraine": a ceasefire declared in another country
    // is toward that country.
    // (One side's, not a pair's agreed in a third country's city: "agreed a truce in Doha".)
    if (targets.empty() && !p.keds && p.source >= 0 && sources.size() == 1 && Is(code.substr(0, 3), "087")) {
      const Code& own = a.mention_actors[a.mentions[p.source].actors_off].country;
      for (uint32_t k = std::max(p.last, p.tok) + 1; k < se && k < p.tok + 10; ++k) {
        if (is_clause_end(k) || Is(tok_text(k), ",")) break;
        const int32_t mi = a.toks[k].mention;
        if (mi < 0 || a.mentions[mi].actors_len != 1 || a.mentions[mi].prep != in_word) continue;
        const ActorValue& v = a.mention_actors[a.mentions[mi].actors_off];
        if (v.kind == MentionKind::kCountry && a.mentions[mi].place < 0 && !v.country.empty() && !(v.country == own)) {
          actors_of(mi, &targets);
        }
        break;
      }
    }
    // "struck the southern suburbs of Beirut, targeting what the Israeli military said was the
    // headquarters of Hezbollah": force on a place, with the armed group or force it aimed at
    // named after ", targeting", is aimed at that group.
    if (!p.keds && p.source >= 0 && model::CameoRoot(code) >= 18 && targets.size() == 1 &&
        targets[0]->kind == MentionKind::kCountry && targets[0]->sector.empty()) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 1 < se && k < p.tok + 16; ++k) {
        if (is_clause_end(k)) break;
        if (!Is(tok_text(k), ",") || !Is(word(k + 1), "targeting")) continue;
        for (uint32_t q = k + 2; q < se && q < k + 16; ++q) {
          if (is_clause_end(q) || Is(tok_text(q), ",")) break;
          const int32_t mi = a.toks[q].mention;
          if (mi < 0 || a.mentions[mi].actors_len != 1 || a.mentions[mi].place_only || a.mentions[mi].modifier) continue;
          const ActorValue& v = a.mention_actors[a.mentions[mi].actors_off];
          const std::string_view sec = v.sector.view();
          if (v.country == targets[0]->country && (v.kind == MentionKind::kOrganization || Is(sec, "MIL") ||
                                                    Is(sec, "REB") || Is(sec, "INS"))) {
            actors_of(mi, &targets);
            break;
          }
        }
        break;
      }
    }
    // "An Ethiopian army drone struck a crowded market in the Amhara town of Debre Markos,
    // killing at least 30 civilians": force on a thing with no actor named is aimed at the
    // people the participle clause after it says it killed or wounded.
    // ("A crowded market in Nyala was struck by Sudanese army warplanes, killing at least 40
    // people": so is a passive's, whose subject's place only said where.)
    // ("Israeli airstrikes hit a tent camp ... in the Mawasi area of Khan Younis, killing at
    // least 18 civilians": and any act whose only target is the place it happened in.)
    const bool place_in_subject = p.target >= 0 && a.mentions[p.target].place_only &&
                                  a.mentions[p.target].prep != 0 && Is(lx_.Word(a.mentions[p.target].prep), "in");
    if ((targets.empty() || place_in_subject) && !p.keds && p.source >= 0 && model::CameoRoot(code) >= 18) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 2 < se && k < p.tok + 20; ++k) {
        // (not past an actor or a clause of the object's own: "bombed a village where opponents
        // of the junta had gathered, killing ...")
        // ("bombed a monastery where villagers had taken shelter": those the place sheltered.)
        if (Is(word(k), "where") && a.toks[k + 1].mention >= 0 && a.mentions[a.toks[k + 1].mention].prep == 0 &&
            !a.mentions[a.toks[k + 1].mention].place_only && a.mentions[a.toks[k + 1].mention].actors_len == 1 &&
            !a.mention_actors[a.mentions[a.toks[k + 1].mention].actors_off].country.empty()) {
          actors_of(a.toks[k + 1].mention, &targets);
          break;
        }
        if (is_clause_end(k) || (a.toks[k].mention >= 0 && !a.mentions[a.toks[k].mention].prep) ||
            ((a.toks[k].wflags & lx::kSubordinator) && !(a.toks[k].wflags & lx::kPreposition))) {
          break;
        }
        if (!Is(tok_text(k), ",") || !(Is(word(k + 1), "killing") || Is(word(k + 1), "wounding"))) {
          continue;
        }
        for (uint32_t q = k + 2; q < se && q < k + 8; ++q) {
          if (is_clause_end(q) || Is(tok_text(q), ",")) break;
          const int32_t mi = a.toks[q].mention;
          if (mi < 0) continue;
          const std::string_view sec = a.mentions[mi].actors_len == 1
                                           ? a.mention_actors[a.mentions[mi].actors_off].sector.view()
                                           : std::string_view();
          if (a.mentions[mi].prep == 0 && !a.mentions[mi].place_only &&
              (Is(sec, "CVL") || Is(sec, "MIL") || Is(sec, "COP") || Is(sec, "REF") || Is(sec, "HLH") || Is(sec, "EDU") ||
               Is(sec, "MED") || Is(sec, "LAB") || Is(sec, "AGR"))) {
            targets.clear();
            actors_of(mi, &targets);
          }
          break;
        }
        break;
      }
    }
    // "struck a boat that it said was carrying members of the Tren de Aragua gang", "hit a car
    // carrying two Hamas commanders": force against a vehicle is aimed at whom it carried (so is
    // a riot's: "hurled rocks at a convoy carrying President Daniel Noboa").
    if (targets.empty() && !p.keds && p.source >= 0 && (model::CameoRoot(code) >= 17 || Is(code, "145"))) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 1 < se && k < p.tok + 14; ++k) {
        // (past "that it said was": a pronoun is no one hit)
        if (is_clause_end(k) ||
            (a.toks[k].mention >= 0 && !(a.toks[k].wflags & (lx::kPronounThing | lx::kPronounGroup)))) {
          break;
        }
        // ("ambushed a fuel convoy escorted by Malian soldiers": and at whom guarded it.)
        const bool guarded = (Is(word(k), "escorted") || Is(word(k), "guarded") || Is(word(k), "protected")) && k + 1 < se &&
                             Is(word(k + 1), "by");
        if (!guarded && !Is(word(k), "carrying") && !Is(word(k), "transporting") && !Is(tok_text(k), "ferrying")) continue;
        for (uint32_t q = k + 1; q < se && q < k + 6; ++q) {
          if (is_clause_end(q) || Is(tok_text(q), ",")) break;
          const int32_t mi = a.toks[q].mention;
          if (mi < 0) continue;
          if (!a.mentions[mi].place_only &&
              (a.mentions[mi].prep == 0 || Is(lx_.Word(a.mentions[mi].prep), "of") || (guarded && q == k + 2))) {
            actors_of(mi, &targets);
          }
          break;
        }
        break;
      }
    }
    // "condemned the drills that South Korea, the United States and Japan began on Monday": a
    // reaction whose object is an act that actors named in a "that/which" clause did is aimed
    // at them.
    if (targets.empty() && !p.keds && !p.noun && p.source >= 0 &&
        (model::CameoRoot(code) == 11 || model::CameoRoot(code) == 12)) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 2 < se && k < p.tok + 12; ++k) {
        // (A noun that is also a verb form, "patrols", "drills", is passed over; a past tense is
        // another verb.)
        if (is_clause_end(k) || a.toks[k].mention >= 0 || (a.toks[k].wflags & (lx::kPastTense | lx::kReport))) break;
        if (!(a.toks[k].wflags & lx::kSubordinator) || !(Is(word(k), "that") || Is(word(k), "which"))) continue;
        const int32_t mi = a.toks[k + 1].mention;
        if (mi < 0 || a.mentions[mi].prep != 0 || a.mentions[mi].modifier || a.mentions[mi].possessive) break;
        const Mention& m = a.mentions[mi];
        const uint32_t end = m.group >= 0 ? a.mentions[a.groups[m.group].first + a.groups[m.group].count - 1].te : m.te;
        uint32_t v = end;
        while (v < se && v < end + 2 && (a.toks[v].wflags & (lx::kAuxiliary | lx::kModal))) ++v;
        if (v < se && (a.toks[v].wflags & lx::kAnyVerb) && !(a.toks[v].wflags & lx::kGerund) && a.toks[v].mention < 0 &&
            !(a.toks[v].wflags & lx::kReport)) {
          actors_of(mi, &targets);
        }
        break;
      }
    }
    // ("expressed deep sorrow over the killing of former Japanese prime minister Shinzo Abe":
    // sympathy over what befell a country's people or former leaders is for that country.)
    ActorValue& mourned = a.ev_actors.mourned;
    // (Not a government's own people: "Prabowo expressed sympathy to the family of the driver".)
    if (!p.keds && Is(code, "018") && targets.size() == 1 && !targets[0]->country.empty() && sources.size() == 1 &&
        !(sources[0]->country == targets[0]->country) &&
        IsAny(targets[0]->sector.view(), "ELI", "CVL", "AGR", "LAB", "EDU", "REF")) {
      mourned = CountryRole(targets[0]->country, "", MentionKind::kCountry, targets[0]->text_begin, targets[0]->text_end);
      targets[0] = &mourned;
    }
    // "attacked Israeli communities near the Gaza border, ... taking some 250 hostages": people
    // a later clause names, whose country was only guessed from the place, belong to the
    // country the sentence's main verb acted on.
    ActorValue& victims = a.ev_actors.victims;  // (each of these is set before its use)
    // ("the Russian missile strike that killed 35 people in the centre of Sumy": people whose
    // country was only guessed, killed by force in a place the gazetteer knows, are that
    // place's.)
    if (!p.keds && model::CameoRoot(code) >= 18 && targets.size() == 1 && targets[0]->inferred &&
        Is(targets[0]->sector.view(), "CVL") && place >= 0) {
      const std::string_view pc = lx_.str(lx_.place(static_cast<uint32_t>(place)).country);
      if (!pc.empty() && pc != targets[0]->country.view()) {
        Code c;
        c.Set(pc);
        victims = CountryRole(c, "CVL", MentionKind::kAgent, targets[0]->text_begin, targets[0]->text_end, /*inferred=*/true);
        targets[0] = &victims;
      }
    }
    // (Not when a place right after them names their country: "militants attacked tourists in
    // Indian Kashmir", after "India expelled Pakistani advisers".)
    const bool placed_people = [&] {
      if (target_mention < 0) return false;
      const uint32_t after = a.mentions[target_mention].te;
      if (after + 1 >= se || !TokenIs(text, a.toks[after], "in") || a.toks[after + 1].mention < 0) return false;
      const Mention& where = a.mentions[a.toks[after + 1].mention];
      return where.actors_len == 1 && !targets.empty() &&
             a.mention_actors[where.actors_off].country == targets[0]->country;
    }();
    if (!p.keds && targets.size() == 1 && targets[0]->inferred && Is(targets[0]->sector.view(), "CVL") && !placed_people) {
      for (const Predicate& q : a.preds) {
        if (q.tok >= p.tok) break;
        if (q.noun || q.keds || q.target < 0 || a.mentions[q.target].actors_len != 1) continue;
        // (an act, not a comment on one: "Ukraine condemned the Russian strike that killed 35
        // people in Sumy")
        if (const int qr = styles_->root_of(q.pattern); qr == 11 || qr == 12) continue;
        const ActorValue& qt = a.mention_actors[a.mentions[q.target].actors_off];
        if (!qt.country.empty() && !(qt.country == targets[0]->country) && !qt.inferred) {
          victims = CountryRole(qt.country, "CVL", MentionKind::kAgent, targets[0]->text_begin, targets[0]->text_end,
                                /*inferred=*/true);
          targets[0] = &victims;
        }
        break;
      }
    }
    // "deployed 1,000 soldiers to Mozambique to help fight insurgents", "police officers landed
    // in Haiti to lead a mission against gangs": forces sent to help are military protection
    // (074), not a show of force or a visit.
    if (!p.keds && (Is(code, "154") || Is(code, "042")) && p.target >= 0 && lx_.FindCameo("074") >= 0 && !sources.empty()) {
      const std::string_view sec = sources[0]->sector.view();
      if (Is(sec, "MIL") || Is(sec, "COP") || (Is(code, "154") && sec.empty())) {
        for (uint32_t k = std::max(p.last, p.tok) + 1; k + 1 < se && k < p.last + 10; ++k) {
          if (is_clause_end(k) || (k > p.last + 1 && Is(tok_text(k), ","))) break;
          if (!Is(tok_text(k), "to")) continue;
          const std::string_view w = word(k + 1);
          if (Is(w, "help") || Is(w, "assist") || Is(w, "support") || Is(w, "protect") || Is(w, "lead") || Is(w, "secure")) {
            mood_note.append(" +help(").append(code).append("->074)");
            code = "074";
            ci = lx_.FindCameo(code);
          }
          break;
        }
      }
    }
    // "Chinh also called on Lao President Thongloun": "call on" a person, asking nothing ("to",
    // "for"), is a courtesy call, a visit (042), not an appeal.
    if (!p.keds && Is(code, "020") && !p.noun && p.target >= 0 && a.mentions[p.target].actors_len == 1 &&
        a.mention_actors[a.mentions[p.target].actors_off].kind == MentionKind::kPerson &&
        Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "call") && p.tok + 1 < se &&
        (TokenIs(text, a.toks[p.tok + 1], "on") || TokenIs(text, a.toks[p.tok + 1], "upon")) && lx_.FindCameo("042") >= 0) {
      const uint32_t after = a.mentions[p.target].te;
      if (after >= se || (!TokenIs(text, a.toks[after], "to") && !TokenIs(text, a.toks[after], "for") &&
                          !TokenIs(text, a.toks[after], "not"))) {
        mood_note.append(" +courtesy(020->042)");
        code = "042";
        ci = lx_.FindCameo(code);
      }
    }
    // "Vietnam's defence ministry protested against China's deployment": a state's protest is
    // an official complaint (114), not a demonstration (140/141).
    if (!p.keds && (Is(code, "140") || Is(code, "141")) && sources.size() == 1 && lx_.FindCameo("114") >= 0) {
      const std::string_view sec = sources[0]->sector.view();
      const bool state = sources[0]->kind == MentionKind::kCountry ||
                         ((Is(sec, "GOV") || Is(sec, "MIL") || Is(sec, "JUD") || Is(sec, "LEG")) && !sources[0]->inferred);
      if (state && !p.noun) {
        mood_note.append(" +official(").append(code).append("->114)");
        code = "114";
        ci = lx_.FindCameo(code);
      }
    }
    // "left ECOWAS", "withdrew from the WHO", "quit the CSTO": leaving an intergovernmental
    // organisation reduces relations with it (160); "leave/quit/exit *" mean that only then.
    if (!p.keds && (Is(code, "160") || Is(code, "0874")) && !targets.empty()) {
      const std::string_view lemma = lx_.Word(lx_.VerbLemma(a.toks[p.tok].word));
      const bool bare_leave = Is(code, "160") && pat.elems_len == 1 && (Is(lemma, "leave") || Is(lemma, "quit") || Is(lemma, "exit"));
      const bool igo = Is(targets[0]->code.view().substr(0, 3), "IGO");
      // ("The last U.S. troops left Afghanistan": troops leaving a country withdraw (0874).)
      if (bare_leave && !igo && Is(lemma, "leave") && sources.size() == 1 && Is(sources[0]->sector.view(), "MIL") &&
          targets[0]->sector.empty() && !targets[0]->country.empty() && !(targets[0]->country == sources[0]->country) &&
          lx_.FindCameo("0874") >= 0) {
        mood_note.append(" +troops(160->0874)");
        code = "0874";
        ci = lx_.FindCameo(code);
      } else if (bare_leave && !igo) {
        continue;
      }
      // ("announced their immediate withdrawal from the International Criminal Court": the noun too)
      // ("pulled out of ECOWAS"; "pulled out of China's Belt and Road Initiative": a state's
      // scheme, after its possessive, is left as a relation with that state.)
      const bool pulled = Is(lemma, "pull") && !p.noun && pat.elems_len <= 3 && sources.size() == 1 &&
                          sources[0]->kind == MentionKind::kCountry;
      const bool owned_scheme = pulled && p.target >= 0 && a.mentions[p.target].possessive && [&] {
        for (uint32_t k = a.mentions[p.target].te; k < se && k < a.mentions[p.target].te + 5; ++k) {
          if (IsAny(tok_text(k), "Initiative", "initiative", "project", "programme", "program", "scheme", "deal",
                    "agreement", "treaty", "pact", "accord", "corridor")) {
            return true;
          }
          if (!(a.toks[k].tflags & text::kCapitalized) && !IsAny(tok_text(k), "and", "of")) return false;
        }
        return false;
      }();
      if (Is(code, "0874") &&
          ((igo && (Is(lemma, "withdraw") || pulled || (p.noun && IsAny(tok_text(p.tok), "withdrawal", "exit", "departure")))) ||
           owned_scheme) &&
          lx_.FindCameo("160") >= 0) {
        mood_note.append(owned_scheme ? " +scheme(0874->160)" : " +organisation(0874->160)");
        code = "160";
        ci = lx_.FindCameo(code);
      }
    }
    // Alert status: the police's is 151, the military's 152 ("French police were placed on
    // maximum alert").
    if (!p.keds && (Is(code, "151") || Is(code, "152")) && !sources.empty()) {
      const std::string_view sec = sources[0]->sector.view();
      const std::string_view c = Is(sec, "COP") ? "151" : Is(sec, "MIL") ? "152" : code;
      if (c != code && lx_.FindCameo(c) >= 0) {
        mood_note.append(" +refined(").append(code).append("->").append(c).append(")");
        code = c;
        ci = lx_.FindCameo(code);
      }
    }
    // An act of force the sentence calls a breach of a truce violates it (196): "opened fire ...
    // in the most serious breach of the ceasefire since it took effect", "in violation of the
    // truce", "despite the ceasefire", "the first such attack since the ceasefire took effect",
    // "hours after the two countries agreed to a ceasefire".
    if (!p.keds && (model::CameoRoot(code) == 18 || model::CameoRoot(code) == 19) && !Is(code, "196") &&
        (!styles_->truce_words || (sentence_marks & PatternStyles::kTruceMark)) && lx_.FindCameo("196") >= 0) {
      auto truce_at = [&](uint32_t k) {
        if (k >= se) return false;
        const std::string_view w = word(k);
        if (Is(w, "ceasefire") || Is(w, "truce") || Is(w, "armistice")) return true;
        return Is(w, "cease") && k + 2 < se && Is(tok_text(k + 1), "-") && Is(word(k + 2), "fire");
      };
      // (past a determiner and an adjective or two: "of the fragile Gaza truce")
      auto truce_after = [&](uint32_t k) {
        for (uint32_t q = k; q < se && q < k + 4; ++q) {
          if (truce_at(q)) return true;
          if (a.toks[q].wflags & (lx::kAnyVerb | lx::kPreposition | lx::kConjunction)) return false;
        }
        return false;
      };
      bool breach = false;
      for (uint32_t k = sb; k + 1 < se && !breach; ++k) {
        const std::string_view w = word(k);
        if (Is(w, "breach") || Is(w, "breaches") || Is(w, "violation") || Is(w, "violations")) {
          breach = Is(word(k + 1), "of") && truce_after(k + 2);
        } else if (Is(w, "despite") && k > p.tok) {
          breach = truce_after(k + 1);
        } else if ((Is(w, "since") || Is(w, "after")) && k > p.tok) {
          // ("the first such attack since the truce took effect", "hours after the two
          // countries agreed to a ceasefire": a time clause that a truce opens)
          for (uint32_t q = k + 1; q < se && q < k + 9 && !breach && !Is(tok_text(q), ","); ++q) breach = truce_at(q);
        }
      }
      if (breach) {
        mood_note.append(" +truce-breach(").append(code).append("->196)");
        code = "196";
        ci = lx_.FindCameo(code);
      }
    }
    // ("The World Bank approved $500 million in additional financing to help Ukraine repair its
    // grid": help named with money is economic aid, 071.)
    if (!p.keds && Is(code, "070") && !p.noun && lx_.FindCameo("071") >= 0) {
      bool money = false;
      for (uint32_t k = p.tok; k-- > sb && k + 10 > p.tok && !money;) {
        if (is_clause_end(k)) break;
        const std::string_view w = tok_text(k);
        money = Is(w, "$") || IsAny(word(k), "million", "billion", "financing", "loan", "loans", "funding", "grant",
                                    "grants", "credit", "budget");
      }
      if (money) {
        mood_note.append(" +money(070->071)");
        code = "071";
        ci = lx_.FindCameo(code);
      }
    }
    // ("Dominican authorities expelled more than 11,000 Haitians": an expulsion of thousands is
    // a mass expulsion, 201.)
    // (People, not troops or officials: "expelled 1,500 French soldiers" is no mass expulsion.)
    if (!p.keds && Is(code, "174") && p.target >= 0 && lx_.FindCameo("201") >= 0 && a.mentions[p.target].actors_len == 1 &&
        !IsAny(a.mention_actors[a.mentions[p.target].actors_off].sector.view(), "MIL", "GOV", "COP", "SPY", "JUD", "LEG")) {
      bool thousands = false;
      for (uint32_t k = a.mentions[p.target].tb; k-- > sb && k + 4 > a.mentions[p.target].tb && !thousands;) {
        const std::string_view w = tok_text(k);
        if (a.toks[k].tflags & text::kNumber) {
          uint64_t n = 0;
          for (char c : w) {
            if (c >= '0' && c <= '9') n = n * 10 + static_cast<uint64_t>(c - '0');
            else if (c != ',') break;
          }
          thousands = n >= 1000;
        } else {
          thousands = Is(w, "thousands") || Is(w, "Thousands");
        }
      }
      for (uint32_t k = a.mentions[p.target].tb; k < a.mentions[p.target].te && !thousands; ++k) {
        if (!(a.toks[k].tflags & text::kNumber)) continue;
        uint64_t n = 0;
        for (char c : tok_text(k)) {
          if (c >= '0' && c <= '9') n = n * 10 + static_cast<uint64_t>(c - '0');
          else if (c != ',') break;
        }
        thousands = n >= 1000;
      }
      if (thousands) {
        mood_note.append(" +mass(174->201)");
        code = "201";
        ci = lx_.FindCameo(code);
      }
    }
    // An accusation by the police, prosecutors, courts or security services is of a crime
    // (1121): "Kyrgyz security services detained 11 journalists, accusing them of calling for
    // mass unrest".
    if (!p.keds && Is(code, "112") && !sources.empty() && lx_.FindCameo("1121") >= 0) {
      const std::string_view sec = sources[0]->sector.view();
      if (Is(sec, "COP") || Is(sec, "JUD") || Is(sec, "SPY")) {
        mood_note.append(" +refined(112->1121)");
        code = "1121";
        ci = lx_.FindCameo(code);
      }
    }
    // Expelling an aid agency is 1663: "ordered the International Committee of the Red Cross to
    // leave the country" (a non-governmental organisation, or the UN's refugee, food, children's
    // or health agency).
    if (!p.keds && (Is(code, "174") || Is(code, "166")) && targets.size() == 1 && lx_.FindCameo("1663") >= 0) {
      const std::string_view t = targets[0]->code.view();
      if (t.substr(0, 3) == "NGO" || IsAny(t, "IGOUNOWFP", "IGOUNOHCR", "IGOUNOCEF", "IGOUNOWHO", "IGOUNORWA")) {
        mood_note.append(" +aid-agency(").append(code).append("->1663)");
        code = "1663";
        ci = lx_.FindCameo(code);
      }
    }
    // ("Japan travel to Bahrain for their next match": a state's name in a sports report is its
    // team; its trips and meetings are no state's.)
    if (!p.keds && styles_->root_of(p.pattern) == 4 && sources.size() == 1 && sources[0]->kind == MentionKind::kCountry &&
        sources[0]->sector.empty()) {
      bool sports = false;
      for (uint32_t k = sb; k < se && !sports; ++k) sports = IsSportsWord(tok_text(k));
      if (sports) {
        if (trace) *trace += "  predicate '" + std::string(tok_text(p.tok)) + "' dropped: a team in a sports report\n";
        continue;
      }
    }
    // ("Venezuelan migrants crossed into Colombia": people fleeing across a border take no
    // territory.)
    if (!p.keds && Is(code, "192") && !p.noun && sources.size() == 1 &&
        (Is(sources[0]->sector.view(), "REF") || Is(sources[0]->sector.view(), "CVL")) &&
        Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "cross")) {
      if (trace) *trace += "  predicate '" + std::string(tok_text(p.tok)) + "' dropped: civilians crossing a border\n";
      continue;
    }
    // ("adopted its 16th package of sanctions against Russia, ... targeting 74 more tankers": what
    // a sanction's author "targets" in the same sentence is sanctioned too, not attacked.)
    if (!p.keds && model::CameoRoot(code) == 19 && p.source >= 0 && Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "target") &&
        lx_.FindCameo("163") >= 0 &&
        std::any_of(a.preds.begin(), a.preds.end(), [&](const Predicate& q) {
          return &q != &p && !q.keds && q.source == p.source && q.mood == Mood::kPlain && styles_->root_of(q.pattern) == 16;
        })) {
      mood_note += " +sanction(190->163)";
      code = "163";
      ci = lx_.FindCameo(code);
    }
    // ("Thousands of protesters marched into the centre of Islamabad": civilians marching into a
    // city of their own country demonstrate, 141; troops marching into one take it.)
    if (!p.keds && Is(code, "192") && !p.noun && sources.size() == 1 && targets.size() == 1 &&
        IsAny(sources[0]->sector.view(), "CVL", "OPP", "LAB", "EDU") && sources[0]->country == targets[0]->country &&
        Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "march") && lx_.FindCameo("141") >= 0) {
      mood_note += " +protest(192->141)";
      code = "141";
      ci = lx_.FindCameo(code);
    }
    // "Trump crossed into North Korea": a head of state or government crossing a border visits
    // (042); troops crossing it occupy (192).
    if (!p.keds && Is(code, "192") && !p.noun && sources.size() == 1 && Is(sources[0]->sector.view(), "GOV") &&
        sources[0]->kind == MentionKind::kPerson && Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "cross") &&
        lx_.FindCameo("042") >= 0) {
      mood_note.append(" +official(192->042)");
      code = "042";
      ci = lx_.FindCameo(code);
    }
    // A riot (145) is the public's; armed men who attack the police use force (190): "Gunmen
    // attacked a police station". ("Carney fired back at Trump" is a retort (111); troops that
    // "fired back at" gunmen fired.)
    const bool retort = !p.keds && Is(code, "111") && !p.noun && Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "fire");
    if (!p.keds && (Is(code.substr(0, 3), "145") || retort) && sources.size() == 1 && lx_.FindCameo("190") >= 0) {
      const std::string_view sec = sources[0]->sector.view();
      if (Is(sec, "INS") || Is(sec, "REB") || Is(sec, "MIL") || Is(sec, "SPY") || Is(sec, "CRM")) {
        mood_note.append(" +armed(").append(code).append("->190)");
        code = "190";
        ci = lx_.FindCameo(code);
      }
    }
    // ... and property the public destroys is a riot (145): "Protesters set fire to the
    // parliament building".
    // (Not where the place is another country's: "Israeli settlers set fire to homes in the
    // Palestinian village of Kafr Malik" is an attack on that country's people.)
    auto in_other_country = [&](const ActorValue& who) {
      for (uint32_t k = p.tok + 1; k < se && k < p.tok + 12; ++k) {
        if (is_clause_end(k)) break;
        const int32_t mi = a.toks[k].mention;
        if (mi < 0 || a.mentions[mi].prep == 0 || a.mentions[mi].actors_len != 1) continue;
        const std::string_view pw = lx_.Word(a.mentions[mi].prep);
        if (!Is(pw, "in") && !Is(pw, "at") && !Is(pw, "near")) continue;
        const ActorValue& v = a.mention_actors[a.mentions[mi].actors_off];
        if (!v.country.empty() && !(v.country == who.country)) return true;
      }
      return false;
    };
    if (!p.keds && Is(code, "1712") && sources.size() == 1 && Is(sources[0]->sector.view(), "CVL") &&
        lx_.FindCameo("145") >= 0 && (sources[0]->inferred || !in_other_country(*sources[0]))) {
      mood_note.append(" +riot(1712->145)");
      code = "145";
      ci = lx_.FindCameo(code);
    }
    ActorValue& people = a.ev_actors.people;
    if (p.people_source && sources.empty()) {
      const Code& where = !targets.empty() && !targets[0]->country.empty() ? targets[0]->country : a.sentence_country;
      if (where.empty()) continue;
      people = CountryRole(where, "CVL", MentionKind::kAgent, sent.begin, sent.begin, /*inferred=*/true);
      sources.push_back(&people);
    }
    if (p.police_source && sources.empty()) {
      people = CountryRole(a.sentence_country, "COP", MentionKind::kAgent, sent.begin, sent.begin, /*inferred=*/true);
      sources.push_back(&people);
    }
    // "Pakistani airstrikes in Paktika": a country's adjective on an act of force names its
    // military.
    // (Also the verb whose subject is such an act: "an Israeli drone strike killed ...".)
    int code_root = model::CameoRoot(code);  // (kept up to date as the rules below change code)
    const bool adjective_subject_force =
        (!p.noun && !p.keds && code_root >= 18 && p.source >= 0 && a.mentions[p.source].modifier &&
        !a.mentions[p.source].possessive && std::any_of(a.preds.begin(), a.preds.end(), [&](const Predicate& q) {
          // (or after a passive verb: "were killed in an Israeli airstrike")
          return q.noun && q.tok >= a.mentions[p.source].te && (q.tok < p.tok || p.passive) && q.source == p.source;
        })) ||
        // ("were killed in a Turkish drone strike": the attack noun among the pattern's words)
        (!p.noun && !p.keds && code_root >= 18 && p.passive && p.source >= 0 && a.mentions[p.source].modifier &&
         !a.mentions[p.source].possessive && a.mentions[p.source].tb > p.tok && p.last >= a.mentions[p.source].te);
    const bool adjective_force = ((p.noun && code_root >= 18) || adjective_subject_force) && !p.keds &&
                                 p.source >= 0 && a.mentions[p.source].modifier && !a.mentions[p.source].possessive;
    // ... and that act, when it names no target of its own, is the verb's event, not another.
    if (p.noun && !p.keds && code_root >= 18 && p.source >= 0 && p.target < 0 &&
        std::any_of(a.preds.begin(), a.preds.end(), [&](const Predicate& q) {
          return !q.noun && q.tok > p.tok && q.source == p.source && q.target >= 0;
        })) {
      continue;
    }
    // "Russia has massed troops near Ukraine's border", "Belarus moved troops closer to the
    // border": a country that mobilises or deploys its own troops, forces or warships (a
    // military agent among the pattern's words, outside the target) acts as its military.
    // (Weapons fired or delivered keep the country: "Russia launched missiles at Ukraine".)
    bool own_troops = false;
    if (!p.keds && !p.noun && (code_root == 15 || styles_->root_of(p.pattern) == 15)) {
      for (uint32_t k = p.tok + 1; k <= p.last && k < se && !own_troops; ++k) {
        const int32_t sp = a.toks[k].phrase_span;
        if (sp < 0 || !(a.spans[sp].sense_mask & Bit(SenseKind::kAgent))) continue;
        if (p.target >= 0 && k >= a.mentions[p.target].tb && k < a.mentions[p.target].te) continue;
        const int32_t ref = SenseRef(lx_, a.spans[sp], SenseKind::kAgent);
        own_troops = ref >= 0 && Is(lx_.str(lx_.sector(static_cast<uint32_t>(ref))), "MIL");
      }
    }
    std::vector<ActorValue>& militaries = a.ev_militaries;
    militaries.clear();
    if (adjective_force || own_troops) {
      militaries.reserve(sources.size());
      for (const ActorValue* s : sources) {
        if (s->kind != MentionKind::kCountry || s->country.empty() || !s->sector.empty()) continue;
        militaries.push_back(CountryRole(s->country, "MIL", MentionKind::kAgent, s->text_begin, s->text_end));
      }
      if (militaries.size() == sources.size()) {
        for (size_t k = 0; k < sources.size(); ++k) sources[k] = &militaries[k];
      }
    }
    const bool between = p.noun && p.source < 0 && !p.people_source;  // "talks between X and Y"
    // ("Qatar offered to broker a truce between Israel and Hamas": a truce a third party would
    // bring about is that party's intent, coded with its verb; the sides intend nothing.)
    if (between && p.mood != Mood::kPlain && !p.keds) {
      bool third_party = false;
      for (const Predicate& q : a.preds) {
        if (q.noun || q.keds || q.tok >= p.tok || q.source < 0 || a.mentions[q.source].actors_len != 1) continue;
        if (!one_clause(q.tok + 1, p.tok)) continue;
        const ActorValue& qs = a.mention_actors[a.mentions[q.source].actors_off];
        third_party = !qs.country.empty() &&
                      std::none_of(targets.begin(), targets.end(), [&](const ActorValue* t) { return t->country == qs.country; });
      }
      if (third_party) {
        if (trace) *trace += "  predicate '" + std::string(tok_text(p.tok)) + "' dropped: a third party's aim, not the sides' act\n";
        continue;
      }
    }
    if (between) {
      sources = targets;
    }
    // "Pakistani and Chinese air force units held drills": exercises held together are military
    // cooperation between the participants (062), not a show of force (150).
    if (!p.keds && Is(code, "150") && sources.size() >= 2 && lx_.FindCameo("062") >= 0 &&
        // (not an incursion: "several Chinese and Russian warplanes entered the country's air defence zone")
        !Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "enter")) {
      mood_note += " +joint(150->062)";
      code = "062";
      ci = lx_.FindCameo(code);
      targets.clear();
    }
    // "banned the Awami League, the party of ...": a ban or suspension whose targets are all
    // political parties bans parties (1722), whatever other words the pattern matched.
    if (!p.keds && !p.noun && (Is(Family3(code), "160") || Is(Family3(code), "172")) && !Is(code, "1722") &&
        !targets.empty() && lx_.FindCameo("1722") >= 0 &&
        IsAny(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "ban", "outlaw", "suspend", "dissolve", "proscribe") &&
        std::all_of(targets.begin(), targets.end(), [](const ActorValue* t) { return Is(t->sector.view(), "PTY"); })) {
      mood_note.append(" +party(").append(code).append("->1722)");
      code = "1722";
      ci = lx_.FindCameo(code);
    }
    // ("M23 rebels captured Goma", "captured Damascus": a place captured right after the verb
    // is territory taken, 192, not an arrest.)
    if (!p.keds && !p.noun && Is(code, "173") && p.target >= 0 &&
        (a.mentions[p.target].place_only || a.mentions[p.target].place >= 0) && a.mentions[p.target].prep == 0 &&
        a.mentions[p.target].tb == p.tok + 1 && Is(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "capture") &&
        lx_.FindCameo("192") >= 0) {
      mood_note.append(" +place(173->192)");
      code = "192";
      ci = lx_.FindCameo(code);
    }
    // ("Hamas handed over the bodies of four Israeli hostages to the Red Cross": captives handed
    // to the Red Cross go back to their own side, the actor the captives' phrase names.)
    if (!p.keds && !p.noun && Is(Family3(code), "084") && targets.size() == 1 && p.target >= 0 &&
        Is(targets[0]->code.view().substr(0, 6), "NGOICR")) {
      const uint32_t to = a.mentions[p.target].tb;
      for (uint32_t k = p.tok + 1; k < to; ++k) {
        const int32_t mi = a.toks[k].mention;
        if (mi < 0 || a.mentions[mi].place_only || a.mentions[mi].actors_len != 1) continue;
        const ActorValue& own = a.mention_actors[a.mentions[mi].actors_off];
        if (own.country.empty() || (!sources.empty() && own.country == sources[0]->country)) break;
        targets.assign(1, &own);
        mood_note += " +own-side";
        break;
      }
    }
    // ("Ecuadorean soldiers recaptured the Los Choneros leader": a person or a group's member
    // recaptured is arrested again, 173; a town recaptured is territory taken, 192.)
    if (!p.keds && !p.noun && Is(code, "192") && p.target >= 0 && !a.mentions[p.target].place_only &&
        a.mentions[p.target].place < 0 && a.mentions[p.target].prep == 0 && a.mentions[p.target].actors_len == 1 &&
        IsAny(lx_.Word(lx_.VerbLemma(a.toks[p.tok].word)), "recapture", "capture") &&
        a.mention_actors[a.mentions[p.target].actors_off].kind != MentionKind::kCountry && lx_.FindCameo("173") >= 0) {
      const ActorValue& who = a.mention_actors[a.mentions[p.target].actors_off];
      if (who.kind == MentionKind::kPerson || (who.kind == MentionKind::kAgent && a.mentions[p.target].te > a.mentions[p.target].tb &&
                                               IsAny(tok_text(a.mentions[p.target].te - 1), "leader", "boss", "commander", "chief",
                                                     "kingpin", "founder"))) {
        mood_note.append(" +person(192->173)");
        code = "173";
        ci = lx_.FindCameo(code);
      }
    }
    // "expelled diplomats from Argentina, Chile and Peru": the diplomats of a state are its
    // government's, as "expelled Russian diplomats" names RUSGOV.
    if (!p.keds && !p.noun && Is(code, "174") && !targets.empty() && p.target >= 0 &&
        a.mentions[p.target].prep != 0 && Is(lx_.Word(a.mentions[p.target].prep), "from") &&
        a.mentions[p.target].tb >= sb + 2 &&
        IsAny(word(a.mentions[p.target].tb - 2), "diplomats", "diplomat", "ambassadors", "ambassador", "envoys", "envoy")) {
      std::vector<ActorValue>& envoys_of = a.ev_envoys_of;
      envoys_of.clear();
      envoys_of.reserve(targets.size());  // (no reallocation: targets point into it)
      for (const ActorValue*& t : targets) {
        if (t->kind != MentionKind::kCountry || t->country.empty() || !t->sector.empty()) continue;
        envoys_of.push_back(CountryRole(t->country, "GOV", MentionKind::kAgent, t->text_begin, t->text_end));
        t = &envoys_of.back();
      }
    }
    code_root = model::CameoRoot(code);  // (code is not changed again before the events are written)
    // An actor does nothing to itself: a country and its own state organs are one side
    // ("KENGOV" and "KEN" in "Ruto and Abiy vowed to deepen cooperation between Kenya and
    // Ethiopia"), except in the use of force (a military striking its own territory). A state
    // acting on its own opposition or civilians (BLR → BLROPP) is an event.
    // (KEDS dictionaries code such pairs as written: PETRARCH keeps MORMIL > MOR.)
    const bool force = code_root >= 18 || p.keds;
    auto same_side = [force](const ActorValue& x, const ActorValue& y) {
      if (x.code == y.code) return true;
      if (force) return false;
      std::string_view c = x.code.view(), d = y.code.view();
      if (c.size() > d.size()) std::swap(c, d);
      if (c.size() != 3 || d.size() != 6 || d.substr(0, 3) != c) return false;
      const std::string_view sec = d.substr(3);
      return Is(sec, "GOV") || Is(sec, "MIL") || Is(sec, "COP") || Is(sec, "JUD") || Is(sec, "LEG") || Is(sec, "SPY");
    };
    std::vector<std::pair<const ActorValue*, const ActorValue*>>& pairs = a.ev_pairs;
    pairs.clear();
    // "Russia and Ukraine exchanged 390 prisoners": an exchange or swap by a compound subject
    // is between its members, whatever its object names.
    // ("Ethiopia and Eritrea traded accusations": "trade" too, when no target is named.)
    auto exchange_lemma = [&] {
      const std::string_view lemma = lx_.Word(lx_.VerbLemma(a.toks[p.tok].word));
      if (Is(lemma, "exchange") || Is(lemma, "swap") || (Is(lemma, "trade") && !pat.has_target)) return true;
      // ("Kyiv and Moscow each handed over prisoners of war", "... handed over 84 prisoners each":
      // captives each side hands over are an exchange.)
      if (!Is(lemma, "hand") && !Is(lemma, "release") && !Is(lemma, "free")) return false;
      // (a finite act: "agreed ... to hand over the bodies ... each" is an intent, coded elsewhere)
      const lx::VerbForm vf = lx_.VerbFormOf(a.toks[p.tok].word);
      if (vf != lx::VerbForm::kPast && vf != lx::VerbForm::kPastOrParticiple && vf != lx::VerbForm::kThird) return false;
      const uint32_t from = p.tok > sb + 1 ? p.tok - 2 : sb;
      for (uint32_t k = from; k < se && k <= p.last + 8; ++k) {
        if (is_clause_end(k) && k > p.tok) break;
        if (TokenIs(text, a.toks[k], "each")) return true;
      }
      return false;
    };
    const bool exchange = !p.keds && !p.noun && sources.size() >= 2 && exchange_lemma();
    if ((p.compound || exchange) && sources.size() >= 2) {
      // KEDS "% * [030]": the members of the compound subject do it to each other.
      for (auto* s : sources)
        for (auto* t : sources)
          if (s != t && !same_side(*s, *t)) pairs.push_back({s, t});
    } else if (!targets.empty() && !between) {
      // ("The United States and Britain urged their citizens to leave": each its own, when
      // "their" gives every member of the compound subject one role of its own country.)
      bool each_own = sources.size() >= 2 && targets.size() == sources.size() && target_mention >= 0 &&
                      TokenIs(text, a.toks[a.mentions[target_mention].tb], "their");
      for (size_t x = 0; x < sources.size() && each_own; ++x) {
        each_own = sources[x]->country == targets[x]->country && !sources[x]->country.empty();
      }
      for (auto* s : sources)
        for (auto* t : targets)
          if (!same_side(*s, *t) && (!each_own || s->country == t->country)) pairs.push_back({s, t});
    } else if (sources.size() >= 2 && (between || IsSymmetric(code))) {
      for (auto* s : sources)
        for (auto* t : sources)
          if (s != t && !same_side(*s, *t)) pairs.push_back({s, t});
    } else if ((!pat.has_target || (p.passive && code_root == 15)) && !p.keds && !sources.empty()) {
      // (KEDS events need a target: PETRARCH's default require_dyad.)
      // "US and British activists staged a protest": each source, no target.
      for (auto* s : sources) pairs.push_back({s, nullptr});
    }
    // ("Iran's Revolutionary Guards began naval drills near the Strait of Hormuz": a show of
    // force in the source's own waters or land is aimed at nobody named.)
    if (pairs.empty() && !p.keds && code_root == 15 && !sources.empty() && !targets.empty() && target_mention >= 0 &&
        (a.mentions[target_mention].place >= 0 || a.mentions[target_mention].place_only) &&
        std::all_of(targets.begin(), targets.end(), [&](const ActorValue* t) {
          return t->kind == MentionKind::kCountry && t->sector.empty() &&
                 std::all_of(sources.begin(), sources.end(), [&](const ActorValue* s) { return s->country == t->country; });
        })) {
      for (auto* s : sources) pairs.push_back({s, nullptr});
    }
    // ("Macron and Tebboune agreed to relaunch dialogue between their governments": a target that
    // is the compound subject's own sides is the relation between its members.)
    // (An intention only: "signed agreements to expand cooperation between their coast guards"
    // states a purpose.)
    if (pairs.empty() && !p.keds && !force && p.mood == Mood::kIntent && sources.size() >= 2 && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](const ActorValue* t) {
          return std::any_of(sources.begin(), sources.end(), [&](const ActorValue* s) { return same_side(*s, *t); });
        })) {
      for (auto* s : sources)
        for (auto* t : sources)
          if (s != t && !same_side(*s, *t)) pairs.push_back({s, t});
    }
    // "Japan routed China 7-0", "crushed Inter Milan 5-0": a score after the object is a game.
    if (!p.keds && p.target >= 0 && !pairs.empty()) {
      const uint32_t k = a.mentions[p.target].te;
      if (k + 2 < se && (a.toks[k].tflags & text::kNumber) && (a.toks[k + 2].tflags & text::kNumber) &&
          (Is(tok_text(k + 1), "-") || Is(tok_text(k + 1), "\xE2\x80\x93")) && a.toks[k].end - a.toks[k].begin <= 2 &&
          a.toks[k + 2].end - a.toks[k + 2].begin <= 2) {
        pairs.clear();
      }
    }
    // "spoke to reporters", "told journalists": talking to the press is no consultation.
    if (!p.keds && code_root == 4) {
      pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                                 [](const auto& pr) {
                                   return pr.second && pr.second->kind == MentionKind::kAgent &&
                                          Is(pr.second->sector.view(), "MED");
                                 }),
                  pairs.end());
    }
    // A reaction to an event reported before: "China said it firmly opposed the sanctions",
    // "Netanyahu's office rejected the decision", "Manalo welcomed the offer". With no actor
    // named, "the sanctions" are an earlier event's of this document, and its sources, of
    // another country than every reacting side's, are the target: the last event done to a
    // reacting side's country, else the last event of another country; all the sources of
    // that act ("Russia's defence ministry denounced the exercises" of three allies).
    // ("The allies rejected the criticism": a compound subject reacts too; "the latest missile
    // launch": past two words before the noun.)
    std::vector<ActorValue>& reacted_to = a.ev_actors.reacted_to;
    // ("Tehran dismissed the allegations": a denial, 016, answers them too.)
    if (const int root = code_root;
        (root == 5 || root == 11 || root == 12 || Is(code, "016")) && !p.keds && !sources.empty() && targets.empty() &&
        out->size() > a.doc_first_event &&
        std::all_of(pairs.begin(), pairs.end(), [](const auto& pr) { return pr.second == nullptr; })) {
      uint32_t k = p.tok + 1;
      while (k < se && k < p.tok + 3 && (a.toks[k].wflags & lx::kDeterminer) && a.toks[k].mention < 0) ++k;
      const uint32_t noun_from = k;
      auto own = [&](const std::string& country) {
        return std::any_of(sources.begin(), sources.end(), [&](const ActorValue* s) { return s->country.view() == country; });
      };
      int act_root = -1;
      for (; k < se && k < noun_from + 3 && a.toks[k].mention < 0 && (a.toks[k].tflags & text::kWord); ++k) {
        // (by its text too: "verdict" may be in no dictionary)
        act_root = k > p.tok + 1 ? (ReferencedActRoot(word(k)) >= 0 ? ReferencedActRoot(word(k)) : ReferencedActRoot(tok_text(k))) : -1;
        // (An organisation, which has no country, reacts to a named act as a state does: "U.N.
        // Secretary-General Antonio Guterres condemned the attack"; but whose "decision" or
        // "move" it means is too open to guess.)
        // ("Human Rights Watch condemned the decision" right after a state organ's act: the last
        // event, when a state's government, forces, courts or parliament did it, and it was an
        // act of protest, coercion or force, not a statement.)
        if (act_root == 0 && std::any_of(sources.begin(), sources.end(), [](const ActorValue* s) { return s->country.empty(); })) {
          const bool state_act_last = out->size() > a.doc_first_event && IsAny(word(k), "decision", "move", "decree", "order") &&
                                      // (or the state itself: "The United States left the WHO ...
                                      // Tedros criticised the move")
                                      (IsAny(out->back().source.sector, "GOV", "MIL", "JUD", "LEG", "COP") ||
                                       (out->back().source.sector.empty() && !out->back().source.country.empty())) &&
                                      model::CameoRoot(out->back().cameo) >= 14;  // (an act, not a statement)
          if (!state_act_last) act_root = -1;
        }
        // (An organisation, which has no country of its own, reacts to a deal or truce too: "the
        // African Union welcomed the truce".)
        if (act_root < 0 && k > p.tok + 1 && IsAny(word(k), "truce", "ceasefire", "deal", "agreement", "accord")) {
          act_root = 0;
        }
        if (act_root >= 0 || (a.toks[k].wflags & (lx::kPreposition | lx::kConjunction | lx::kAnyVerb))) break;
      }
      // ("The attack was condemned on Monday by Egypt": a passive's subject is the act.)
      if (act_root < 0 && p.passive && p.tok >= sb + 2) {
        uint32_t q = p.tok - 1;
        while (q > sb && q + 4 > p.tok && ((a.toks[q].wflags & (lx::kBe | lx::kAuxiliary)) || IsAdverbWord(tok_text(q)))) --q;
        if (q + 1 < p.tok && a.toks[q].mention < 0 && (a.toks[q].tflags & text::kWord)) {
          const int r = ReferencedActRoot(word(q)) >= 0 ? ReferencedActRoot(word(q)) : ReferencedActRoot(tok_text(q));
          if (r >= 0 && !(r == 0 && std::any_of(sources.begin(), sources.end(), [](const ActorValue* s) { return s->country.empty(); }))) {
            act_root = r;
            k = q;
          }
        }
      }
      // ("recognised a Palestinian state, a coordinated move that Netanyahu denounced": the act
      // is named before the reacting clause, in apposition to the sentence's main clause.)
      if (act_root < 0 && p.source >= 0 && a.mentions[p.source].tb >= sb + 3) {
        const uint32_t st = a.mentions[p.source].tb;
        bool after_comma = false;
        for (uint32_t q = st - 2; q-- > sb && q + 6 > st && !after_comma;) after_comma = Is(tok_text(q), ",");
        if (after_comma && (Is(word(st - 1), "that") || Is(word(st - 1), "which")) && ReferencedActRoot(word(st - 2)) >= 0 &&
            std::none_of(sources.begin(), sources.end(), [](const ActorValue* s) { return s->country.empty(); })) {
          act_root = ReferencedActRoot(word(st - 2));
          k = st - 2;
        } else if (after_comma && ReferencedActRoot(word(st - 1)) >= 0 && Is(word(st - 2), "a") &&
                   std::none_of(sources.begin(), sources.end(), [](const ActorValue* s) { return s->country.empty(); })) {
          // (and with no "that": "had taken Pokrovsk, a claim Ukraine's armed forces denied")
          act_root = ReferencedActRoot(word(st - 1));
          k = st - 1;
        }
      }
      const Event* earlier = nullptr;
      // ("The UAE's foreign ministry denied supplying weapons", after "Sudan ... accusing the
      // UAE of arming the RSF": a denial that names no act answers the last accusation made
      // against the denier's country in the story.)
      // (Also one made by the denier's own country's opposition, party or people against the
      // state: "Chadema accused the government of abducting its members ... The government
      // denied it".)
      // A state's own organs (a reacting or accusing side's sector).
      auto state_sector = [](std::string_view sector) { return IsAny(sector, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"); };
      // ("her Awami League party denounced the verdict": a party, group or people of a country
      // react to its own courts', government's or forces' acts too.)
      const std::string_view reactor_sector = sources.size() == 1 ? sources[0]->sector.view() : std::string_view("GOV");
      const bool non_state_reactor = !reactor_sector.empty() && !state_sector(reactor_sector);
      const bool state_denier = sources.size() == 1 && state_sector(reactor_sector);
      if (act_root < 0 && Is(code, "016")) {
        for (size_t q = out->size(); q-- > a.doc_first_event && !earlier;) {
          const Event& e = (*out)[q];
          const bool own_challenger = state_denier && !e.source.sector.empty() && !state_sector(e.source.sector) &&
                                      e.target && state_sector(e.target->sector);
          if (model::CameoRoot(e.cameo) == 11 && !e.source.code.empty() && (!own(e.source.country) || own_challenger) &&
              e.target && own(e.target->country)) {
            earlier = &e;
          }
        }
      }
      // Whether the reacting side answers event e's source: one of another country, or of its
      // own when a people, party or group reacts to its state, or ("President Gustavo Petro
      // condemned the attack", by a gunman) a state to an act of force by its own country's
      // armed groups, criminals or people.
      auto other_side = [&](const Event& e) {
        if (!own(e.source.country)) return true;
        const bool state_source = state_sector(e.source.sector);
        if (non_state_reactor) return IsAny(e.source.sector, "GOV", "MIL", "COP", "JUD", "LEG");
        // (and, "the government denied the allegations", to an accusation its own country's
        // opposition, party or people made)
        // (act_root < 0: the denial of an accusation that names no act, above)
        // ("The M23 rebels demanded that Kinshasa release ... Congo's government rejected the
        // demand": a demand, appeal or offer its own country's rebels or people made.)
        const int r = model::CameoRoot(e.cameo);
        const bool asked = act_root == 0 && (r == 2 || r == 3 || r == 10);
        return (act_root == 18 || act_root == 11 || asked || act_root < 0) && !e.source.sector.empty() && !state_source;
      };
      // ("condemned the verdicts", after a court convicted and police detained: a court's
      // finding is meant, when the story has one.)
      const bool court_act = act_root == 16 && k < se &&
                             IsAny(word(k), "verdict", "verdicts", "ruling", "sentence", "conviction", "convictions",
                                   "jailing", "imprisonment");
      // (A court is a state's judiciary or an international court, an organisation named one:
      // "The International Court of Justice ordered Venezuela to ... Venezuela rejected the
      // ruling", whatever the order's code.)
      auto court_event = [](const Event& e) {
        return Is(e.source.sector, "JUD") || (Is(e.source.sector, "IGO") && (e.source.text.find("Court") != std::string::npos ||
                                                                           e.source.text.find("Tribunal") != std::string::npos));
      };
      const bool court_source = court_act && std::any_of(out->begin() + a.doc_first_event, out->end(), [&](const Event& e) {
        return court_event(e) && other_side(e);
      });
      // ("welcomed the Doha declaration": the act a place names is the one that took place
      // there, when the story has one.)
      if (act_root >= 0 && k < se && k > p.tok + 1 && (a.toks[k - 1].tflags & text::kCapitalized) &&
          a.toks[k - 1].mention < 0 && a.toks[k - 1].phrase_span >= 0) {
        const std::string_view named_place = tok_text(k - 1);
        // (an agreement's place names the signing: not a meeting there since)
        const bool agreement = IsAgreementNoun(word(k)) || IsAny(word(k), "declaration", "accord", "accords", "protocol", "memorandum");
        for (size_t q = out->size(); q-- > a.doc_first_event && !earlier;) {
          const Event& e = (*out)[q];
          if (agreement && model::CameoRoot(e.cameo) != 5 && !Is(Family3(e.cameo), "087")) continue;
          if (!e.source.code.empty() && e.location && e.location->name == named_place && other_side(e)) earlier = &e;
        }
      }
      if (act_root >= 0 && !earlier) {
        for (size_t q = out->size(); q-- > a.doc_first_event;) {
          const Event& e = (*out)[q];
          if (e.source.code.empty()) continue;  // ("" for IGOs)
          if (!other_side(e)) continue;
          if (court_source && !court_event(e)) continue;
          // ("condemned the attack": the last act of force, not the envoy summoned since.)
          // ("denounced the verdict": a court's finding of guilt, 116, is a legal act too.)
          const int r = model::CameoRoot(e.cameo);
          // ("Hamas denied the accusation": an accusation, not the mediation reported since.)
          // ("Workers walked off the job ... The minister called the strike illegal": a strike
          // may be a walkout, 14.)
          const bool walkout = r == 14 && k < se && IsAny(word(k), "strike", "strikes");
          // (and an incursion a show of force, 15: "an incursion by a Chinese surveillance plane")
          const bool show = r == 15 && k < se && IsAny(tok_text(k), "incursion", "incursions", "intrusion", "intrusions");
          const bool arrest = act_root == 16 && k < se &&
                              IsAny(word(k), "arrest", "arrests", "detention", "detentions", "jailing", "imprisonment");
          const bool charges = act_root == 16 && k < se && Is(word(k), "charges");
          if ((act_root == 18 && r < 18 && !walkout && !show) || (act_root == 15 && r != 15 && r < 18) ||
              (act_root == 6 && r != 15 && r != 6) ||
              (act_root == 11 && r != 11) || (act_root == 8 && r != 8) || (act_root == 4 && r != 4) ||
              // (talks are met or held, not hosted or travelled to)
              (act_root == 4 && k < se && IsAny(word(k), "talks", "negotiations") &&
               (Is(Family3(e.cameo), "042") || Is(Family3(e.cameo), "043"))) || (act_root == 12 && r != 12) ||
              (act_root == 16 && r != 16 && r != 17 && e.cameo != "116" && !(r == 19 && k < se && Is(word(k), "closure")) &&
               !charges && !court_source)) {
            continue;
          }
          // ("Amnesty condemned the charges ... and X denounced the arrest", after a disqualification
          // reported since: an arrest or detention is one, and charges are the ones laid.)
          if (arrest && !Is(Family3(e.cameo), "173") &&
              !(Is(Family3(e.cameo), "171") && IsAny(word(k), "detention", "detentions"))) {  // (of a ship too)
            continue;
          }
          if (charges && e.evidence.rule.find("charge") == std::string::npos) continue;
          // ("... offered to mediate ... the bloc praised ... Mbewe rejected the offer": an offer
          // is an intent or offer, 03, not whatever was reported since.)
          if (act_root == 0 && k < se && IsAny(word(k), "offer", "offers") && r != 3) continue;
          if (!earlier) earlier = &e;
          if (e.target && own(e.target->country)) {
            earlier = &e;
            break;
          }
        }
      }
      if (earlier) {
        // (The act's events are the run around `earlier` from the same sentence and rule.)
        const Event* const first = out->data() + a.doc_first_event;
        const Event* const last = out->data() + out->size();
        const Event* from = earlier;
        while (from > first && from[-1].evidence.start == earlier->evidence.start && from[-1].evidence.rule == earlier->evidence.rule) --from;
        reacted_to.clear();
        for (const Event* e = from; e < last && e->evidence.start == earlier->evidence.start &&
                                    e->evidence.rule == earlier->evidence.rule;
             ++e) {
          if (e->source.code.empty() || !other_side(*e)) continue;
          if (std::any_of(reacted_to.begin(), reacted_to.end(), [&](const ActorValue& v) { return v.code.view() == e->source.code; })) continue;
          ActorValue v = ValueOf(e->source);
          v.text_begin = a.toks[k < se ? k : p.tok].begin, v.text_end = a.toks[k < se ? k : p.tok].end;
          reacted_to.push_back(v);
        }
        pairs.clear();
        for (auto* s : sources)
          for (const ActorValue& t : reacted_to) pairs.push_back({s, &t});
        // ("Ruto offered to mediate between Ethiopia and Eritrea ... Eritrea rejected the
        // offer": an offer of mediation rejected is mediation refused, 126.)
        if (code_root == 12 && Is(Family3(earlier->cameo), "039") && lx_.FindCameo("126") >= 0) {
          mood_note.append(" +mediation-offer(").append(code).append("->126)");
          code = "126";
        }
        // (A call for talks rejected is a proposal to negotiate rejected, 125.)
        if (code_root == 12 && Is(Family3(earlier->cameo), "026") && Is(code, "120") && lx_.FindCameo("125") >= 0) {
          mood_note.append(" +talks-call(").append(code).append("->125)");
          code = "125";
        }
        // ("..., a claim Yerevan rejected as false": a claim or charge rejected is denied, 016.)
        if (code_root == 12 && k < se && IsAny(word(k), "claim", "claims", "charge", "charges", "accusation", "accusations",
                                               "allegation", "allegations") &&
            lx_.FindCameo("016") >= 0) {
          mood_note.append(" +denial(").append(code).append("->016)");
          code = "016";
        }
      }
    }
    // "arrived here on Tuesday" under a PYONGYANG dateline: the dateline's place is where, and
    // its country the visit's target.
    ActorValue& here_actor = a.ev_actors.here;
    int32_t here_place = -1;
    if (!p.keds && a.doc_place >= 0 && p.last > p.tok && p.last < se && Is(tok_text(p.last), "here") &&
        code_root == 4) {
      here_place = a.doc_place;
      here_actor = ActorValue();
      here_actor.code.Set(lx_.str(lx_.place(static_cast<uint32_t>(here_place)).country));
      here_actor.country = here_actor.code;
      here_actor.text_begin = a.toks[p.last].begin, here_actor.text_end = a.toks[p.last].end;
      for (auto& pr : pairs) {
        if (!pr.second && !(pr.first->country == here_actor.country)) pr.second = &here_actor;
      }
    }
    // A concession with no named target yields to the protesters, students, workers or
    // opposition the sentence names ("resigned after weeks of student protests").
    ActorValue& yielded_to = a.ev_actors.yielded_to;
    const bool no_target = pairs.empty() || (pairs.size() == 1 && pairs[0].second == nullptr);
    if (no_target && !p.keds && sources.size() == 1 && targets.empty() && code_root == 8) {
      pairs.clear();
      for (const Mention& m : a.mentions) {
        if (m.actors_len != 1 || m.place_only) continue;
        // (not the speaker of a report clause: "withdrew from the border area, residents said")
        if (m.tb > sb && Is(tok_text(m.tb - 1), ",") && m.te < se && (a.toks[m.te].wflags & lx::kReport)) continue;
        const ActorValue& v = a.mention_actors[m.actors_off];
        const std::string_view sec = v.sector.view();
        if ((Is(sec, "CVL") || Is(sec, "EDU") || Is(sec, "LAB") || Is(sec, "OPP")) && !(v.code == sources[0]->code)) {
          yielded_to = v;
          pairs.push_back({sources[0], &yielded_to});
          break;
        }
      }
      // "withdrew the law after two nights of protests": protests the sentence reports (a
      // protest noun or verb) name the public the concession yields to, the source's people.
      if (pairs.empty() && !sources[0]->country.empty()) {
        for (const Predicate& q : a.preds) {
          if (&q == &p || styles_->root_of(q.pattern) != 14) continue;
          yielded_to = CountryRole(sources[0]->country, "CVL", MentionKind::kAgent, sent.begin, sent.begin, /*inferred=*/true);
          pairs.push_back({sources[0], &yielded_to});
          break;
        }
      }
      if (pairs.empty() && !pat.has_target) pairs.push_back({sources[0], nullptr});
    }
    // A state of emergency "in seven provinces" or "in Ecuador" is declared over the source's
    // own ground: with no other side named it has no target, as CAMEO codes it.
    if (pairs.empty() && !p.keds && Is(code, "1724")) {
      for (const ActorValue* s : sources) pairs.push_back({s, nullptr});
    }
    // A curfew is a government's on its own people: "Bangladesh imposed a nationwide curfew",
    // "Indian authorities imposed a curfew in Leh" (a place of the source's own country).
    // (So is a ban on political parties with none named: "dissolved all political parties" are
    // the country's parties, PTY.)
    const bool party_ban = Is(code, "1722") && targets.empty();
    // (And so is a curfew lifted: "Nepal's army lifted the curfew in Kathmandu".)
    if (!p.keds && (Is(code, "1723") || Is(code, "0813") || party_ban) && sources.size() == 1 && !sources[0]->country.empty() &&
        (targets.empty() || (targets.size() == 1 && targets[0]->country == sources[0]->country &&
                             targets[0]->sector.empty() && targets[0]->kind == MentionKind::kCountry))) {
      ActorValue& ruler = a.ev_actors.ruler;
      ActorValue& ruled = a.ev_actors.ruled;
      const ActorValue& s0 = *sources[0];
      ruler = s0.sector.empty() && s0.kind == MentionKind::kCountry
                  ? CountryRole(s0.country, "GOV", MentionKind::kAgent, s0.text_begin, s0.text_end)
                  : s0;
      ruled = CountryRole(sources[0]->country, party_ban ? "PTY" : "CVL", MentionKind::kAgent, sent.begin, sent.begin,
                          /*inferred=*/true);
      pairs.clear();
      pairs.push_back({&ruler, &ruled});
      mood_note += " +own-people";
    }
    // Material conflict with no named target: the country where it happened ("struck three
    // nuclear sites in Iran", "airstrikes in Afghanistan's Paktika province").
    ActorValue& where_actor = a.ev_actors.where;
    const bool untargeted = pairs.empty() || (pairs.size() == 1 && pairs[0].second == nullptr);
    // (Also property destroyed by people of another country: "Israeli settlers set fire to
    // homes in the Palestinian village of Kafr Malik" is done to that country's people.)
    // (Only people whose country the text names: "protesters" in a story from Paris may be
    // New Caledonians.)
    const bool civilian_arson = Is(code, "1712") && sources.size() == 1 && Is(sources[0]->sector.view(), "CVL") &&
                                !sources[0]->inferred;
    if (untargeted && !p.keds && sources.size() == 1 && targets.empty() && (code_root >= 18 || civilian_arson)) {
      std::string_view where;
      // (A country "in" the act's own clause comes first: "struck nine camps in Pakistan early on
      // Wednesday, two weeks after gunmen killed 26 tourists in Pahalgam".)
      for (const Mention& m : a.mentions) {
        if (m.tb <= p.tok) continue;
        bool same_clause = true;
        for (uint32_t k = std::max(p.last, p.tok) + 1; k < m.tb && same_clause; ++k) {
          same_clause = !is_clause_end(k) && !Is(tok_text(k), ",") &&
                        (!(a.toks[k].wflags & lx::kSubordinator) || Is(tok_text(k), "what"));  // ("struck what it called ...")
        }
        if (!same_clause) break;
        std::string_view prep = m.prep ? lx_.Word(m.prep) : "";
        // ("in the northern Burkina Faso town of Djibo": a state naming the place after "in".)
        if (prep.empty() && m.te < se && place_noun_at(m.te)) {
          for (uint32_t q = m.tb; q-- > std::max(p.last, p.tok) + 1 && q + 4 > m.tb;) {
            if (Is(word(q), "in")) {
              prep = "in";
              break;
            }
            if (!(a.toks[q].tflags & text::kWord) || (a.toks[q].tflags & text::kCapitalized) || a.toks[q].mention >= 0) break;
          }
        }
        if ((Is(prep, "in") || Is(prep, "across") || Is(prep, "inside") || Is(prep, "over") || Is(prep, "into")) &&
            m.actors_len == 1 && a.mention_actors[m.actors_off].kind == MentionKind::kCountry) {
          where = a.mention_actors[m.actors_off].country.view();
          break;
        }
      }
      if (where.empty() && place >= 0) where = lx_.str(lx_.place(static_cast<uint32_t>(place)).country);
      for (const Mention& m : a.mentions) {
        if (!where.empty()) break;
        const std::string_view prep = m.prep ? lx_.Word(m.prep) : "";
        if ((Is(prep, "in") || Is(prep, "across") || Is(prep, "inside") || Is(prep, "over") || Is(prep, "into")) &&
            m.tb > p.tok && m.actors_len == 1 && a.mention_actors[m.actors_off].kind == MentionKind::kCountry) {
          // (Not past another act of force: "fired missiles at a tanker, American forces
          // attacked the group's bases in Yemen" names where the second act was.)
          bool other_act = false;
          for (const Predicate& q : a.preds) {
            other_act = other_act || (&q != &p && q.tok > p.tok && q.tok < m.tb && !q.noun && styles_->root_of(q.pattern) >= 18);
          }
          if (!other_act) where = a.mention_actors[m.actors_off].country.view();
        }
      }
      // (Also in the attacker's own country when the attacker is not the state: "the Rapid
      // Support Forces shelled a camp near El Fasher".)
      const std::string_view src_sector = sources[0]->sector.view();
      const bool state_organ = sources[0]->code.view() == sources[0]->country.view() || Is(src_sector, "GOV") ||
                               Is(src_sector, "MIL") || Is(src_sector, "COP") || Is(src_sector, "SPY") ||
                               Is(src_sector, "JUD") || Is(src_sector, "LEG");
      // ("ambushed a military convoy", "attacked an army base": a role word used as a
      // modifier inside the pattern's object names whose thing was hit.)
      std::string_view hit_sector;
      // (Also the object right after a verb whose pattern took no words: "attacked an army post".)
      uint32_t object_end = p.last;
      if (p.last <= p.tok) {
        object_end = p.tok;
        while (object_end + 1 < se && object_end < p.tok + 3 && a.toks[object_end + 1].mention < 0 &&
               (a.toks[object_end + 1].tflags & text::kWord) &&
               !(a.toks[object_end + 1].wflags & (lx::kPreposition | lx::kConjunction | lx::kSubordinator | lx::kAnyVerb))) {
          ++object_end;
        }
      }
      for (uint32_t k = p.tok + 1; k <= object_end && k < se && hit_sector.empty(); ++k) {
        if (is_clause_end(k) || Is(tok_text(k), ",")) break;  // (the object ends at a comma)
        const int32_t sp = a.toks[k].phrase_span;
        // (A weapon is no one hit: "fired missiles at".)
        if (sp < 0 || a.toks[k].mention >= 0 || !(a.spans[sp].sense_mask & Bit(SenseKind::kAgent)) ||
            (GrammarFlags(lx_, a.spans[sp]) & (lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery)) ||
            (a.toks[k].wflags & (lx::kWeaponAir | lx::kWeaponDrone | lx::kWeaponArtillery))) {
          continue;
        }
        const int32_t ref = SenseRef(lx_, a.spans[sp], SenseKind::kAgent);
        const std::string_view sec = ref >= 0 ? lx_.str(lx_.sector(static_cast<uint32_t>(ref))) : "";
        if (Is(sec, "MIL") || Is(sec, "COP")) hit_sector = sec;
      }
      if (civilian_arson) hit_sector = where != sources[0]->country.view() ? "CVL" : "";
      // ("ELN guerrillas attacked an army base with drones": an armed group that is no state's
      // organ hits the forces of its own country when no place says where.)
      if (where.empty() && !civilian_arson && !hit_sector.empty() && !state_organ && !sources[0]->country.empty()) {
        where = sources[0]->country.view();
      }
      // ("The Rapid Support Forces said they had seized the town of Babanusa": a town, city or
      // territory an armed group of a country takes, where no place is known, is its own state's;
      // not one protesters occupy.)
      if (where.empty() && !civilian_arson && IsAny(src_sector, "REB", "INS", "UAF") && !sources[0]->country.empty() &&
          Is(Family3(code), "192")) {
        bool place_taken = false;
        // (the pattern's words, and its slot's noun phrase: "took control of the town of X")
        for (uint32_t k = p.tok + 1; k <= std::max(object_end, p.last) + 3 && k < se && !place_taken; ++k) {
          if (is_clause_end(k) || Is(tok_text(k), ",")) break;
          place_taken = IsAny(word(k), "town", "city", "village", "territory", "region", "province", "district", "capital");
        }
        if (place_taken) where = sources[0]->country.view();
      }
      if (!where.empty() && (where != sources[0]->country.view() || !state_organ) &&
          !(civilian_arson && where == sources[0]->country.view())) {
        pairs.clear();
        where_actor = ActorValue();
        where_actor.code.Set(where);
        where_actor.country = where_actor.code;
        if (!hit_sector.empty() && !(sources[0]->country == where_actor.country && sources[0]->sector.view() == hit_sector)) {
          where_actor.code.Append(hit_sector);
          where_actor.sector.Set(hit_sector);
        }
        where_actor.text_begin = sent.begin;
        where_actor.text_end = sent.begin;
        pairs.push_back({sources[0], &where_actor});
      }
    }
    // A protest (14) by a country's own people with no named target is against the government
    // of the country it takes place in ("Kenyans took to the streets to protest against tax
    // increases"; "US and British activists staged a protest in Beijing": China's), else their own.
    std::vector<ActorValue>& governments = a.ev_governments;
    governments.clear();
    const bool no_target_protest = pairs.empty() || std::all_of(pairs.begin(), pairs.end(), [](const auto& pr) {
      return pr.second == nullptr;
    });
    // (Patterns with an empty target slot only for demonstrations: "marched through Nairobi",
    // "Kenyans protested in Nairobi"; "boycott * parliament" or "barricade *" name what their
    // slot would hold. "after days of student protests" is the noun, a background.)
    const std::string_view verb_form = tok_text(p.tok);
    const bool plural_form = !verb_form.empty() && verb_form.back() == 's';
    // (Nor for a blockade whose slot, empty, is the owner of what is blocked: "protesters
    // blocked highways across Ecuador" is "block * highways".)
    bool owner_slot = false;
    for (uint16_t ei = 0; ei + 1 < pat.elems_len && !owner_slot; ++ei) {
      owner_slot = lx_.elem(pat.elems_off + ei).kind == lx::ElemKind::kTarget &&
                   lx_.elem(pat.elems_off + ei + 1).kind == lx::ElemKind::kLiteral;
    }
    if (no_target_protest && !p.keds &&
        (!pat.has_target || Is(code.substr(0, 3), "141") || (Is(code.substr(0, 3), "144") && owner_slot) ||
         (Is(code, "140") && !plural_form)) &&
        targets.empty() &&
        code_root == 14 && !sources.empty()) {
      auto of_the_people = [](const ActorValue& v) {
        const std::string_view sec = v.sector.view();
        return !v.country.empty() && (Is(sec, "CVL") || Is(sec, "EDU") || Is(sec, "LAB") || Is(sec, "OPP") || Is(sec, "REF") ||
                                      Is(sec, "MED") || Is(sec, "HLH"));
      };
      std::vector<std::pair<const ActorValue*, const ActorValue*>>& implied = a.ev_implied;
      implied.clear();
      governments.reserve(sources.size());  // (no reallocation: `implied` points into it)
      for (auto* s : sources) {
        if (!of_the_people(*s)) continue;
        const Code& where = !a.sentence_country.empty() && !a.country_from_dateline ? a.sentence_country : s->country;
        governments.push_back(CountryRole(where, "GOV", MentionKind::kAgent, sent.begin, sent.begin, /*inferred=*/true));
        implied.push_back({s, &governments.back()});
      }
      if (!implied.empty()) {
        pairs.swap(implied);
        mood_note += " +implied-target(GOV)";
      }
    }
    // "Serbians marched through Belgrade": a protest's target slot holding the protesters' own
    // country or city names where they marched; the protest is against that country's
    // government, as with no target at all.
    std::vector<ActorValue> own_governments;
    if (!p.keds && code_root == 14) {
      own_governments.reserve(pairs.size());
      for (auto& pr : pairs) {
        const ActorValue* t = pr.second;
        if (!t || !t->sector.empty() || !(t->code == t->country) || !(pr.first->country == t->country)) continue;
        const std::string_view sec = pr.first->sector.view();
        if (!Is(sec, "CVL") && !Is(sec, "EDU") && !Is(sec, "LAB") && !Is(sec, "OPP") && !Is(sec, "REF")) continue;
        own_governments.push_back(CountryRole(t->country, "GOV", MentionKind::kAgent, sent.begin, sent.begin, /*inferred=*/true));
        pr.second = &own_governments.back();
      }
    }
    // "Students clashed with riot police, and officers fired tear gas into the campus": crowd
    // control (175) by a state's police or soldiers with no one named is aimed at the people of
    // that country who protested or rioted last in the document.
    std::vector<ActorValue> crowd;
    if (!p.keds && Is(code, "175") && a.memory.protesters.size() == 1 &&
        std::all_of(pairs.begin(), pairs.end(), [](const auto& pr) { return pr.second == nullptr; })) {
      const ActorValue& people = a.memory.protesters[0];
      crowd.reserve(1);
      for (auto& pr : pairs) {
        if (!(pr.first->country == people.country) || !IsAny(pr.first->sector.view(), "COP", "MIL", "GOV")) continue;
        if (crowd.empty()) crowd.push_back(people);
        pr.second = &crowd.back();
      }
    }
    // "banned all opposition rallies", "banned public gatherings in Islamabad": a restriction of
    // political freedoms (1721) by a state's organ that names no one is aimed at that state's
    // people: its opposition when the banned thing is the opposition's, its media for an outlet.
    // (Only a ban on assemblies or on the media: an internet shutdown is aimed at no one named.
    // Also when the pattern's slot stayed empty: "ban * rallies" with no one before "rallies".)
    std::vector<ActorValue> restricted;
    if (!p.keds && Is(code, "1721") && !sources.empty() && targets.empty() &&
        std::all_of(pairs.begin(), pairs.end(), [](const auto& pr) { return pr.second == nullptr; })) {
      std::string_view sec;
      bool opposition = false;
      for (uint32_t k = p.tok + 1; k <= std::max(p.last, p.tok) && k < se; ++k) {
        if (Is(word(k), "opposition")) opposition = true;
        if (sec.empty() && IsAny(word(k), "protest", "protests", "demonstration", "demonstrations", "rally", "rallies",
                                 "gathering", "gatherings", "march", "marches", "assemblies", "assembly")) {
          sec = "CVL";
        }
        if (IsAny(word(k), "newspaper", "newspapers", "station", "stations", "channel", "channels", "broadcaster",
                  "broadcasters", "outlet", "outlets", "tv", "television", "radio", "website", "media", "journalist",
                  "journalists", "reporters", "correspondent", "correspondents")) {
          sec = "MED";
        }
      }
      if (opposition && Is(sec, "CVL")) sec = "OPP";
      if (!sec.empty() && pairs.empty()) {
        for (auto* s : sources) pairs.push_back({s, nullptr});
      }
      restricted.reserve(pairs.size());
      for (auto& pr : pairs) {
        if (sec.empty()) break;
        const std::string_view ssec = pr.first->sector.view();
        const bool organ = pr.first->kind == MentionKind::kCountry || IsAny(ssec, "GOV", "LEG", "JUD", "COP", "MIL");
        if (!organ || pr.first->country.empty()) continue;
        restricted.push_back(CountryRole(pr.first->country, sec, MentionKind::kAgent, sent.begin, sent.begin, /*inferred=*/true));
        pr.second = &restricted.back();
      }
      if (!restricted.empty()) mood_note += " +implied-target(people)";
      // (a pair left without its people: no event)
      pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [&](const auto& pr) {
                    return pr.second == nullptr && !sec.empty() && pat.has_target;
                  }),
                  pairs.end());
    }
    // The reverse events of a paired code follow the forward ones.
    const size_t n_forward = no_forward ? 0 : pairs.size();
    if (!reverse_code.empty()) {
      const size_t n = pairs.size();
      for (size_t q = 0; q < n; ++q)
        if (pairs[q].second) pairs.push_back({pairs[q].second, pairs[q].first});
      if (no_forward) pairs.erase(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(n));
    }
    if (pairs.empty()) continue;
    DateRange dr = sentence_date;
    // ("Tokayev greeted him at the airport, and the two leaders on Tuesday signed ...": a date
    // in a later clause with a subject of its own dates that clause, not this one.)
    if (sentence_date.explicit_ && sentence_date.tok > p.tok) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 2 < sentence_date.tok; ++k) {
        if (is_clause_end(k)) break;
        // ("denounced the drills that South Korea, the United States and Japan began on
        // Monday": so does a "that" clause with a subject of its own.)
        const bool that_clause = (a.toks[k].wflags & lx::kSubordinator) && (Is(word(k), "that") || Is(word(k), "which")) &&
                                 a.toks[k + 1].mention >= 0 && !(a.toks[p.tok].wflags & lx::kReport);
        if (!that_clause && (!Is(tok_text(k), ",") || !(Is(tok_text(k + 1), "and") || Is(tok_text(k + 1), "but")))) continue;
        const int32_t mi = a.toks[that_clause ? k + 1 : k + 2].mention;
        if (mi >= 0 && a.mentions[mi].prep == 0 && !a.mentions[mi].modifier && a.mentions[mi].te < sentence_date.tok + 1) {
          dr = DateRange{doc.date, std::nullopt, false, 0};
          break;
        }
      }
    }
    // (A date written as a possessive: "last week's earthquake", "Sunday's vote"; the tokenizer
    // flags the "'s".)
    auto possessive_date = [&](uint32_t k) {
      for (uint32_t q = k; q < se && q < k + 3; ++q) {
        if (a.toks[q].tflags & text::kPossessive) return true;
        if (q > k && !(a.toks[q].wflags & (lx::kMonth | lx::kWeekday | lx::kRelTime)) && !Is(word(q), "week") &&
            !Is(word(q), "month") && !Is(word(q), "year")) {
          return false;
        }
      }
      return false;
    };
    // "arrived two days later and met Putin the following day": a later verb with a date
    // expression of its own (up to the next verb) takes it, counted from the sentence's first.
    if (sentence_date.explicit_ && sentence_date.tok < p.tok) {
      uint32_t end = se;
      for (const Predicate& q : a.preds) {
        if (q.tok > p.tok && q.tok < end) end = q.tok;
      }
      // ", and Latvian prosecutors on Thursday charged": a clause with a subject of its own
      // starts at its ", and"; its date may stand before its verb, and the clause before it
      // ends there.
      auto opens_clause = [&](uint32_t k) {
        if (k + 2 >= se || !Is(tok_text(k), ",") || !(Is(tok_text(k + 1), "and") || Is(tok_text(k + 1), "but"))) {
          return false;
        }
        const int32_t mi = a.toks[k + 2].mention;
        return mi >= 0 && a.mentions[mi].prep == 0 && !a.mentions[mi].modifier;
      };
      uint32_t from = std::max(p.last, p.tok) + 1;
      for (uint32_t k = p.tok; k-- > sentence_date.tok + 1;) {
        if (is_clause_end(k)) break;
        if (opens_clause(k)) {
          from = k + 2;
          break;
        }
      }
      for (uint32_t k = std::max(p.last, p.tok) + 1; k < end; ++k) {
        if (opens_clause(k)) {
          end = k;
          break;
        }
      }
      // (nor past a report clause: "..., ending the war, officials said on Tuesday")
      // (nor into a relative clause after a comma: "held talks with President Joseph Aoun, who
      // was elected by parliament last week")
      for (uint32_t k = std::max(p.last, p.tok) + 1; k < end; ++k) {
        if (((a.toks[k].wflags & lx::kReport) && a.toks[k].mention < 0) ||
            (k > p.tok + 1 && Is(tok_text(k - 1), ",") && IsAny(word(k), "who", "which", "whose"))) {
          end = k;
          break;
        }
      }
      const DateRange saved = a.paragraph_date;
      a.paragraph_date = sentence_date;
      const DateRange own = FindDate(text, a, from, end, doc.date, false);
      a.paragraph_date = saved;
      // (Not a possessive date, which says when the noun after it was: "would provide aid
      // after last week's earthquake".)
      // (Nor a deadline: "gave Hamas until 6 p.m. on Sunday to accept".)
      bool deadline = false;
      for (uint32_t k = own.tok; own.explicit_ && k-- > p.tok && k + 8 > own.tok && !deadline;) {
        if ((a.toks[k].wflags & lx::kAnyVerb) || Is(tok_text(k), ",")) break;
        deadline = Is(word(k), "until") || Is(word(k), "deadline");
      }
      if (own.explicit_ && !own.vague && !possessive_date(own.tok) && !deadline) dr = own;
    }
    // A whole month after another verb dates that verb's clause ("discussed the treaty signed
    // in June"), not this event.
    if (dr.vague && dr.tok > p.tok) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k < dr.tok; ++k) {
        // ("agreed to ... when their ministers met in late July": a "when" clause's date is
        // this event's too.)
        if (TokenIs(text, a.toks[k], "when")) break;
        // (Not an "-ing" form or the end of a hyphenated adjective: "met on the fringes of an
        // ASEAN-related meeting in late July".)
        if ((a.toks[k].wflags & lx::kAnyVerb) && a.toks[k].mention < 0 &&
            lx_.VerbFormOf(a.toks[k].word) != lx::VerbForm::kGerund && !(a.toks[k - 1].tflags & text::kJoined)) {
          dr = DateRange{doc.date, std::nullopt, false, 0};
          break;
        }
      }
    }
    // "Choe and Ryzhenkov, who first met in Vientiane in July, signed ...": the relative clause's
    // own date and place for its verb.
    int32_t clause_place = -1, clause_struck = -1;
    const bool in_relative = a.skip[p.tok] == 2;
    if (in_relative) {
      uint32_t rb = p.tok, re = p.tok;
      while (rb > sb && a.skip[rb - 1] == 2) --rb;
      while (re < se && a.skip[re] == 2) ++re;
      const DateRange own = FindDate(text, a, rb, re, doc.date, false);
      if (own.explicit_) dr = own;
      find_places(rb, re, true, &clause_place, &clause_struck);
    }
    // "withdrew the bill on Wednesday, a day after protesters stormed parliament", "a day after
    // arriving in Moscow": the act of a clause opened by "a day / two days / a week after" was
    // that long before the main clause's date (else the document's); "before", after it. (Not
    // when the clause dates itself: "two days after Congo accused Kigali on Friday".)
    if (!in_relative && p.tok > sb + 3 && !(dr.explicit_ && dr.tok > p.tok)) {
      for (uint32_t k = p.tok; k-- > sb + 2 && k + 12 > p.tok;) {
        // (nor past "and": "a day after taking office, and met Macron"; but past one inside a
        // list of actors: "nine days after Polish and Dutch jets shot down")
        if (is_clause_end(k) || ((a.toks[k].wflags & lx::kConjunction) && a.toks[k].mention < 0 &&
                                 !(a.toks[k - 1].mention >= 0 && k + 1 < se && a.toks[k + 1].mention >= 0))) {
          break;
        }
        const std::string_view w = word(k);
        const bool after = Is(w, "after"), before = Is(w, "before");
        if (!after && !before) continue;
        const std::string_view unit_word = word(k - 1), count_word = word(k - 2);
        const int unit = Is(unit_word, "day") || Is(unit_word, "days")     ? 1
                         : Is(unit_word, "week") || Is(unit_word, "weeks") ? 7
                                                                            : 0;
        // ("nine days after", "10 days after")
        int count = Is(count_word, "a") ? 1 : CountWordValue(tok_text(k - 2));
        if (count == 0 && (a.toks[k - 2].tflags & text::kNumber)) count = SmallNumber(tok_text(k - 2), 31);
        if (unit > 0 && count > 0 && (unit == 1 || count == 1 || Is(unit_word, "weeks"))) {
          const bool main_dated = sentence_date.explicit_ && !sentence_date.vague && sentence_date.tok < k - 2;
          // ("The talks came a day after ...", "The incident came nine days after ...": an event
          // taken up from the story happened on the story's last stated date.)
          const bool story_subject = !main_dated && a.story_date.explicit_ && !a.story_date.vague &&
                                     Is(word(sb), "the") && sb + 2 < k - 2 &&
                                     (Is(word(sb + 2), "came") || Is(word(sb + 2), "comes"));
          const Date anchor = main_dated ? sentence_date.start : story_subject ? a.story_date.start : doc.date;
          dr = DateRange{base::AddDays(anchor, (after ? -1 : 1) * count * unit), std::nullopt, true, k - 2};
        }
        break;
      }
    }
    // "Lee, who arrived in Tokyo on Saturday morning, was welcomed by Ishiba", "Trump, who hosted
    // the two leaders on Friday, praised them": a main clause with no date of its own happened
    // when its subject's relative clause says.
    const int32_t clause_subject = p.passive ? p.target : p.source;  // (a passive's subject is its target)
    if (!dr.explicit_ && !in_relative && clause_subject >= 0 && !p.noun) {
      const uint32_t rb = a.mentions[clause_subject].te;
      if (rb + 2 < p.tok && a.skip[rb] == 2 && Is(tok_text(rb), ",")) {
        uint32_t re = rb;
        while (re < p.tok && a.skip[re] == 2) ++re;
        const DateRange own = FindDate(text, a, rb, re, doc.date, false);
        if (own.explicit_ && !own.vague) dr = own;
      }
    }
    if (!dr.explicit_ && a.paragraph_date.explicit_) dr = a.paragraph_date;
    // ("During the call, Mirziyoyev invited ...", "At the talks, ...": an opening phrase that takes
    // up an event of the story with "the" happened on the story's last stated date.)
    if (!dr.explicit_ && a.story_date.explicit_ && !a.story_date.vague && sb + 3 < p.tok &&
        (Is(word(sb), "during") || Is(word(sb), "at")) && Is(word(sb + 1), "the") &&
        (a.toks[sb + 2].wflags & lx::kEventNoun) && Is(tok_text(sb + 3), ",")) {
      dr = a.story_date;
    }
    // "... held talks with Putin on Tuesday. The two leaders agreed to ...": an event of the
    // sides of an earlier, dated event happened then, unless its own sentence dates it.
    // ("The delegation was greeted at the airport by ...": a passive's subject too.)
    if (!dr.explicit_ && clause_subject >= 0 && a.mentions[clause_subject].from_last_event && a.antecedent_date.known()) {
      dr = DateRange{a.antecedent_date, std::nullopt, true, 0};
    }
    // "Two days of talks ... ended on Saturday", "after three days of fighting": an event that
    // lasted some days and is dated by its end spans them.
    // (Only in a sentence with "days": PatternStyles::kDaysMark.)
    if (dr.explicit_ && !dr.end && !dr.vague && p.tok > sb + 1 &&
        (styles_->days_word == lx::kUnknownWord || (sentence_marks & PatternStyles::kDaysMark))) {
      for (uint32_t k = p.tok > sb + 4 ? p.tok - 4 : sb; k + 2 <= p.tok; ++k) {
        if (!TokenIs(text, a.toks[k + 1], "days") || !TokenIs(text, a.toks[k + 2], "of")) continue;
        const std::string_view n = tok_text(k);
        const int days = Is(n, "two") || Is(n, "Two") ? 2 : Is(n, "three") || Is(n, "Three") ? 3
                         : Is(n, "four") || Is(n, "Four") ? 4 : Is(n, "five") || Is(n, "Five") ? 5 : 0;
        if (days > 0 && dr.tok > p.tok) {
          dr.end = dr.start;
          dr.start = base::AddDays(dr.start, 1 - days);
        }
        break;
      }
    }
    // An intention is dated when it is expressed, not when it is to happen: a date after the
    // verb ("will visit Minsk on Monday") is the intended time, not the event's.
    // ("agreed to accelerate talks when their ministers met in late July": a "when" clause
    // dates the agreeing.)
    bool when_clause = false;
    for (uint32_t k = p.tok + 1; (sentence_marks & PatternStyles::kWhenMark) && dr.explicit_ && k < dr.tok && k < se && !when_clause; ++k) {
      when_clause = TokenIs(text, a.toks[k], "when");
    }
    // ("agreed to share intelligence ..., the presidency said in a statement on Sunday evening":
    // a date in a report clause after it is when the intention was stated.)
    bool report_between = false;
    for (uint32_t k = p.tok + 1; p.mood == Mood::kIntent && dr.explicit_ && k < dr.tok && k < se && !report_between; ++k) {
      // (after its speaker: "Mahama's office said")
      report_between = (a.toks[k].wflags & lx::kReport) && a.toks[k].mention < 0 && k > sb + 1 &&
                       (a.toks[k - 1].mention >= 0 || a.toks[k - 2].mention >= 0);
    }
    if (p.mood == Mood::kIntent && !report_between &&
        ((dr.explicit_ && dr.tok > p.tok && !when_clause) || dr.start > doc.date)) {
      dr = DateRange{doc.date, std::nullopt, false, 0};
      // ("will travel to India next month ..., his office said on Tuesday": a report clause
      // after it, with a date of its own, dates the stating.)
      for (uint32_t k = std::max(p.last, p.tok) + 2; k + 1 < se; ++k) {
        if (!(a.toks[k].wflags & lx::kReport) || a.toks[k].mention >= 0) continue;
        // (after its speaker, or a comma opening the report clause: ", the defence ministry said")
        bool speaker = a.toks[k - 1].mention >= 0 || a.toks[k - 2].mention >= 0;
        for (uint32_t q = k - 1; q > p.tok && q + 6 > k && !speaker; --q) speaker = Is(tok_text(q), ",");
        if (!speaker) continue;
        const DateRange own = FindDate(text, a, k + 1, se, doc.date, false);
        if (own.explicit_ && !own.vague && own.start <= doc.date) dr = own;
        break;
      }
    }
    int32_t loc = in_relative && clause_place >= 0 ? clause_place : place;
    // ("agreed to a ceasefire in Doha after a week of deadly border clashes": an event noun in a
    // time adjunct happened where the adjunct says, not where the main clause did.)
    // (A noun, or a verb form read as one: "after a week of deadly border clashes".)
    uint32_t adjunct = se;
    // (Only in a sentence with one of the words: PatternStyles::kClauseOpenerMark.)
    const bool clause_opener = (sentence_marks & PatternStyles::kClauseOpenerMark) != 0;
    for (uint32_t k = p.tok; clause_opener && k-- > sb && k + 7 > p.tok;) {
      const std::string_view w = word(k);
      if (Is(w, "after") || Is(w, "before") || Is(w, "following") || Is(w, "since") || Is(w, "amid")) {
        adjunct = k;
        break;
      }
      // ("weeks after Wang held talks with Jaishankar in Vientiane": a clause of its own, its
      // subject right after "after" and right before the verb.)
      // ("less than three weeks after he and Rahmon signed a treaty in Bishkek": a compound
      // subject too.)
      if (const int32_t sm = a.toks[k].mention; sm >= 0 && !p.noun && a.mentions[sm].te == p.tok && a.mentions[sm].tb > sb) {
        uint32_t b = a.mentions[sm].tb;
        while (b >= sb + 2 && (Is(tok_text(b - 1), "and") || Is(tok_text(b - 1), ",")) && a.toks[b - 2].mention >= 0 &&
               a.mentions[a.toks[b - 2].mention].te == b - 1) {
          b = a.mentions[a.toks[b - 2].mention].tb;
        }
        if (b > sb && IsAny(word(b - 1), "after", "before", "since")) {
          adjunct = b - 1;
          break;
        }
      }
      if (a.toks[k].mention >= 0 || (a.toks[k].wflags & lx::kAnyVerb) || Is(tok_text(k), ",") ||
          ((a.toks[k].wflags & lx::kPreposition) && !Is(w, "of"))) {
        break;
      }
    }
    if (adjunct + 1 == p.tok && !p.noun) adjunct = se;  // ("after meeting Putin in Moscow": the verb's own clause)
    if (adjunct < se) {
      int32_t adjunct_struck = -1;
      find_places(adjunct, se, false, &loc, &adjunct_struck);
    } else if (loc < 0) {
      loc = here_place;
    } else if (!in_relative && clause_opener) {
      // ("began an exercise in East Java, ... three months after the two countries signed an
      // agreement in Canberra": a place in a later clause of its own, opened by "after" and the
      // like with a subject and verb of its own, is where that clause's act was.)
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 2 < se; ++k) {
        const std::string_view w = word(k);
        // (Not "when" or "while", the same occasion: "agreed ... when their ministers met in
        // Vientiane"; nor a clause with no subject: "signed a deal after talks in Abu Dhabi".)
        if (!Is(w, "after") && !Is(w, "before") && !Is(w, "since") && !Is(w, "until")) continue;
        const int32_t subject = a.toks[k + 1].mention;
        uint32_t verb_at = se;  // (after an actor phrase, or after "the two countries")
        if (subject >= 0 && a.mentions[subject].tb == k + 1) {
          verb_at = a.mentions[subject].te;
          // (past a participle clause or appositive between commas: "after Tshisekedi,
          // speaking in Kinshasa, accused")
          if (verb_at + 2 < se && Is(tok_text(verb_at), ",") &&
              (a.toks[verb_at + 1].wflags & (lx::kGerund | lx::kPastParticiple | lx::kDeterminer))) {
            for (uint32_t q = verb_at + 2; q < se && q < verb_at + 12; ++q) {
              if (is_clause_end(q)) break;
              if (Is(tok_text(q), ",")) {
                verb_at = q + 1;
                break;
              }
            }
          }
        } else if (a.toks[k + 1].wflags & lx::kDeterminer) {
          for (uint32_t q = k + 2; q < se && q < k + 5 && verb_at == se; ++q) {
            if (a.toks[q].wflags & lx::kPastTense) verb_at = q;
            else if (!(a.toks[q].tflags & text::kWord) || (a.toks[q].wflags & (lx::kPreposition | lx::kAnyVerb))) break;
          }
        }
        const bool clause = verb_at < se && a.toks[verb_at].mention < 0 && (a.toks[verb_at].wflags & lx::kAnyVerb) &&
                            (a.toks[verb_at].wflags & lx::kPastTense);
        if (clause) {
          int32_t before_clause = -1, struck_unused = -1;
          find_places(sb, k, false, &before_clause, &struck_unused);
          loc = before_clause;
        }
        break;
      }
    }
    // ("spoke by phone with his Pakistani counterpart on Wednesday, and the two ministers agreed to
    // meet in Kabul": a place named only in a later clause with a subject of its own is not where
    // this act was.)
    if (!p.noun && !in_relative && loc >= 0 && adjunct >= se) {
      uint32_t clause_end = se;
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 2 < se && clause_end == se; ++k) {
        if (!Is(tok_text(k), ",") || !Is(tok_text(k + 1), "and")) continue;
        const int32_t mi = a.toks[k + 2].mention;
        if (mi >= 0 && a.mentions[mi].prep == 0 && !a.mentions[mi].modifier) clause_end = k;
      }
      if (clause_end < se) {
        int32_t own = -1, own_struck = -1;
        find_places(sb, clause_end, false, &own, &own_struck);
        if (own < 0) loc = here_place;
      }
    }
    // ("agreed to a ceasefire in Doha in October and later held several rounds of talks in
    // Istanbul": a verb joined on by "and" with a place of its own after it was there.)
    if (!p.noun && !in_relative && loc >= 0 && p.tok > sb + 2) {
      uint32_t b = p.tok - 1;
      if (IsAny(word(b), "later", "then", "also", "subsequently") && b > sb) --b;
      if (Is(word(b), "and") && a.toks[b].mention < 0) {
        uint32_t e = std::max(p.last, p.tok) + 1;
        while (e < se && !is_clause_end(e) && !Is(tok_text(e), ",") && !(a.toks[e].wflags & lx::kSubordinator)) ++e;
        int32_t own = -1, own_struck = -1;
        find_places(std::max(p.last, p.tok), e, false, &own, &own_struck);
        if (own >= 0) loc = own;
      }
    }
    // ("travelled to Harbin, where he visited a fair and met local officials": a clause opened
    // by ", where" happens at the place before the comma.)
    // (Also over a place the sentence named before: "arrived in Moscow, a week after Belousov
    // travelled to Pyongyang, where he held talks".)
    for (uint32_t k = p.tok; (sentence_marks & PatternStyles::kWhereMark) && !p.noun && where_word != lx::kUnknownWord &&
                             k > sb + 2 && k + 16 > p.tok;
         --k) {
      if (is_clause_end(k - 1)) break;
      if (a.toks[k - 1].word != where_word) continue;
      if (!Is(tok_text(k - 2), ",")) break;
      const int32_t sp = a.toks[k - 3].phrase_span;
      if (sp >= 0 && a.spans[sp].te == k - 2 && (a.spans[sp].sense_mask & Bit(SenseKind::kPlace))) loc = place_ref(a.spans[sp]);
      break;
    }
    // ("visited Minsk": the place visited; "talks with Kyiv", "a deal mediated by the UAE"
    // between Moscow and Kyiv say nothing of where.)
    // (A visit is where it went: "The talks in Moscow came a week after Khrenin travelled to
    // Pyongyang".)
    if (p.target >= 0 && Is(code.substr(0, 3), "042")) {
      if (a.mentions[p.target].place >= 0) loc = a.mentions[p.target].place;
      else if (loc < 0 && (sentence_marks & PatternStyles::kCapitalMark)) loc = capital_named(p.target);  // ("flew to the Russian capital")
    }
    // ("flew to Caracas and met President Nicolas Maduro at the presidential palace": a meeting
    // joined to the same side's trip takes the place the trip went to.)
    if (loc < 0 && !p.keds && code_root == 4 && !Is(code.substr(0, 3), "042") && p.source >= 0) {
      for (const Predicate& q : a.preds) {
        if (q.tok >= p.tok) break;
        if (q.keds || q.source != p.source || q.target < 0 || a.mentions[q.target].place < 0 ||
            !Is(Family3(lx_.cameo(lx_.pattern(q.pattern).cameo).code), "042")) {
          continue;
        }
        bool boundary = false;
        for (uint32_t k = q.tok + 1; k < p.tok && !boundary; ++k) boundary = is_clause_end(k);
        if (!boundary) loc = a.mentions[q.target].place;
      }
    }
    // ("met on the sidelines of the G7 summit in Kananaskis, Canada": a place the gazetteer does
    // not know, named with its country after a comma, is in that country.)
    std::string_view where_named;
    if (loc < 0 && !p.keds && code_root == 4) {
      for (uint32_t k = std::max(p.last, p.tok) + 1; k + 3 < se && where_named.empty(); ++k) {
        if (is_clause_end(k)) break;
        if (!Is(word(k), "in") || a.toks[k + 1].mention >= 0 || !(a.toks[k + 1].tflags & text::kCapitalized)) continue;
        for (uint32_t c = k + 2; c + 1 < se && c < k + 5; ++c) {
          if (!Is(tok_text(c), ",")) continue;
          const int32_t mi = a.toks[c + 1].mention;
          if (mi >= 0 && a.mentions[mi].actors_len == 1) {
            const ActorValue& v = a.mention_actors[a.mentions[mi].actors_off];
            if (v.kind == MentionKind::kCountry && v.sector.empty()) where_named = v.country.view();
          }
          break;
        }
      }
    }
    // ("Putin arrived in Dushanbe ... Rahmon welcomed him at the Kokhi Navruz palace, where the
    // two leaders signed agreements": the host's and the visitor's later meetings and deals in
    // the story are where the visit went, unless a place is named.)
    // (Not a phone call, which happens in no one place: "Choe and Lavrov held talks by phone",
    // after a Russian delegation flew to Pyongyang.)
    if (loc < 0 && where_named.empty() && !p.keds && (code_root == 4 || code_root == 5) && !Is(code, "041") &&
        a.memory.visit_place >= 0 && !pairs.empty() && pairs[0].second) {
      const Code& sc = pairs[0].first->country;
      const Code& tc = pairs[0].second->country;
      if ((sc == a.memory.visitor && tc == a.memory.visit_host) || (sc == a.memory.visit_host && tc == a.memory.visitor)) {
        loc = a.memory.visit_place;
      }
    }
    // ("met in Qatar", "arrived in Belarus": at last, a state named by itself, at country level.)
    // ("met in Qatar", "arrived in Belarus": at last, a state named by itself, at country level;
    // for a meeting or a visit only: after other acts a state after "in" as often says where
    // their object is ("accused Rwanda of backing rebels in Congo").)
    if (loc < 0 && code_root == 4) loc = own_clause_country(p);
    // (Only a city or region is remembered as where a visit went: a state is no finer place.)
    if (loc >= 0 && !lx_.place(static_cast<uint32_t>(loc)).country_level && Is(code.substr(0, 3), "042") && !pairs.empty() &&
        !pairs[0].first->country.empty() && !p.background) {
      a.memory.visit_place = loc;
      a.memory.visitor = pairs[0].first->country;
      a.memory.visit_host.Set(lx_.str(lx_.place(static_cast<uint32_t>(loc)).country));
    }
    // (the protesters' own city in the slot is where they marched: "through Belgrade ... over
    // the collapse in Novi Sad")
    if (!own_governments.empty() && p.target >= 0 && a.mentions[p.target].place >= 0) loc = a.mentions[p.target].place;
    if (loc < 0 && code_root >= 18) loc = in_relative && clause_struck >= 0 ? clause_struck : struck_place;
    // ("struck Sanaa's international airport ..., a day after bombing the port of Hodeidah": a
    // place owning what force hit is where it was.)
    if (code_root >= 18 && !p.noun && p.target >= 0 && a.mentions[p.target].place >= 0 && a.mentions[p.target].possessive &&
        a.mentions[p.target].tb > p.tok && a.mentions[p.target].tb <= p.tok + 2) {
      loc = a.mentions[p.target].place;
    }
    const std::string_view base_code = code;  // (its CAMEO entry is ci)
    // The rule that fired, once per predicate: "verb:meet * [verbs.tsv:1393] +intent(040->036)".
    std::string& rule = a.ev_rule;
    rule.clear();
    {
      const std::string_view text_of = lx_.str(pat.text), where = lx_.str(pat.source);
      rule.reserve(text_of.size() + where.size() + mood_note.size() + 40);
      using sv = std::string_view;  // (appending a string_view needs no strlen)
      rule.append(pat.noun ? sv("noun:") : sv("verb:")).append(text_of).append(sv(" [")).append(where).append(sv("]"));
      if (p.passive) rule.append(sv(" +passive"));
      rule.append(mood_note);
      if (between) rule.append(sv(" +between"));
      if (sources.size() > 1) rule.append(sv(" +compound"));
    }
    // "workers staged a strike": with workers, students or civilians as the source, a "strike"
    // is a labour strike (CAMEO 143), not a military one.
    bool labour_strike = false;
    if (!p.keds && code_root >= 18) {
      for (uint32_t k = p.tok; k <= std::max(p.last, p.tok) && k < se; ++k) {
        const std::string_view w = word(k);
        labour_strike = labour_strike || Is(w, "strike") || Is(w, "strikes");
      }
    }
    // ("the Oval Office clash between Trump and Zelensky": a clash of two governments' people
    // is a quarrel, no fighting; what kind of quarrel the word does not say.)
    const std::string_view head = word(p.tok);
    const bool quarrel = !p.keds && code_root == 19 &&
                         (Is(head, "clash") || Is(head, "clashes") || Is(head, "clashed"));
    // "Wang Yi and Blinken previously met in Rio de Janeiro on Nov. 18": a person is coded by
    // the office held on the event's own date, when the sentence dates it before the story.
    ActorValue s_then, t_then;
    auto on_event_date = [&](const ActorValue* v, ActorValue* then) -> const ActorValue* {
      if (!v || v->person < 0 || v->kind != MentionKind::kPerson || v->role_in_text || !dr.explicit_ || !(dr.start < doc.date)) {
        return v;
      }
      bool in_role = false;
      const uint32_t actor = lx_.ResolvePerson(static_cast<uint32_t>(v->person), dr.start, &in_role);
      if (!in_role) return v;
      const lx::ActorEntry& e = lx_.actor(actor);
      if (lx_.str(e.code) == v->code.view()) return v;
      *then = *v;
      then->code.Set(lx_.str(e.code));
      then->country.Set(lx_.str(e.country));
      then->sector.Set(lx_.str(e.sector));
      return then;
    };
    for (size_t q = 0; q < pairs.size(); ++q) {
      const ActorValue* const s = on_event_date(pairs[q].first, &s_then);
      const ActorValue* t = on_event_date(pairs[q].second, &t_then);
      code = q < n_forward ? base_code : reverse_code;
      const std::string_view src_sector = s->sector.view();
      // (doctors and nurses too: "Kenyan doctors began a nationwide strike")
      const bool as_labour = labour_strike && (Is(src_sector, "LAB") || Is(src_sector, "EDU") || Is(src_sector, "CVL") || Is(src_sector, "HLH")) &&
                             lx_.FindCameo("143") >= 0;
      if (as_labour) code = "143";
      // ("Nigeria's labour unions began a general strike": a strike at home is against the
      // government, not the forces an attack's reading found.)
      ActorValue labour_target;
      if (as_labour && t && t->country == s->country && !s->country.empty() && Is(t->sector.view(), "MIL")) {
        labour_target = CountryRole(s->country, "GOV", MentionKind::kAgent, t->text_begin, t->text_end);
        t = &labour_target;
      } else if (as_labour && !t && !s->country.empty()) {
        // (and so is one that names no side: "Kenyan doctors began a nationwide strike")
        labour_target = CountryRole(s->country, "GOV", MentionKind::kAgent, s->text_begin, s->text_end);
        t = &labour_target;
      }
      if (quarrel && t && Is(s->sector.view(), "GOV") && Is(t->sector.view(), "GOV")) continue;
      // ("Speaking to reporters after the meeting, ...": talking to the press is no consultation.)
      if (!p.keds && code_root == 4 && t && Is(t->sector.view(), "MED")) continue;
      // "Tourists visited Minsk": a role whose country was only guessed from the place cannot
      // act on that same country.
      // (Force is another matter: "jihadists attacked an army post in northern Burkina Faso" is
      // an attack in the country where it happened, whoever did it.)
      if (s->inferred && t && t->sector.empty() && s->country == t->country && !(code_root >= 18 && t == &where_actor)) {
        continue;
      }
      // ("lifted the ban on the Jamaat-e-Islami": administrative sanctions eased on a party are
      // 0812.)
      if (!p.keds && Is(code, "081") && t && (Is(t->sector.view(), "PTY") || Is(t->sector.view(), "OPP")) &&
          lx_.FindCameo("0812") >= 0) {
        code = "0812";
      }
      // A meeting held where neither side is at home is CAMEO 044 (meet at a third location).
      // (An organisation has no home: "Rutte, the NATO secretary general, met Zelensky in The
      // Hague"; a seat of government named after "at" says where too: "met at the White House".)
      if (!p.keds && Is(code, "040") && t && (!s->country.empty() || !t->country.empty())) {
        std::string_view where = loc >= 0 ? lx_.str(lx_.place(static_cast<uint32_t>(loc)).country) : where_named;
        for (uint32_t k = p.tok + 1; where.empty() && k + 1 < se && k < p.tok + 8; ++k) {
          if (is_clause_end(k)) break;
          if (!Is(word(k), "at")) continue;
          const uint32_t q = k + 1 < se && Is(word(k + 1), "the") ? k + 2 : k + 1;
          const int32_t mi = q < se ? a.toks[q].mention : -1;
          if (mi >= 0 && a.mentions[mi].actors_len == 1 && (a.toks[q].tflags & text::kCapitalized)) {
            const ActorValue& v = a.mention_actors[a.mentions[mi].actors_off];
            if (Is(v.sector.view(), "GOV") && v.kind != MentionKind::kPerson) where = v.country.view();
          }
          break;
        }
        // ("VIENTIANE — ... Chinese Premier Li Qiang met Japanese Prime Minister Shigeru Ishiba":
        // with no place in the sentence, the dateline's, when it is neither side's home.)
        if (where.empty() && a.country_from_dateline && !a.doc_country.empty()) where = a.doc_country.view();
        if (!where.empty() && where != s->country.view() && where != t->country.view() && lx_.FindCameo("044") >= 0) {
          code = "044";
        }
      }
      // (And one at a summit in one side's own country is no third location: "met Xi on the
      // sidelines of a regional summit in Tianjin"; with no place in the sentence, the
      // dateline's: "MINSK — Lavrov met Lukashenko on the sidelines of the conference".)
      const bool dateline_place = loc < 0 && where_named.empty() && a.country_from_dateline && !a.doc_country.empty();
      if (!p.keds && Is(code, "044") && (loc >= 0 || !where_named.empty() || dateline_place) && t && !s->country.empty() &&
          !t->country.empty()) {
        const std::string_view where = loc >= 0              ? lx_.str(lx_.place(static_cast<uint32_t>(loc)).country)
                                       : !where_named.empty() ? where_named
                                                              : a.doc_country.view();
        // ("held talks with Takaichi in Gyeongju on the sidelines of the APEC summit": talks at
        // home are talks, 046.)
        if ((where == s->country.view() || where == t->country.view()) && lx_.FindCameo("040") >= 0) {
          code = lx_.str(pat.text).find("talks") != std::string_view::npos && lx_.FindCameo("046") >= 0 ? "046" : "040";
        }
      }
      const model::CameoInfo& info = lx_.cameo(static_cast<uint32_t>(code == base_code ? ci : lx_.FindCameo(code)));
      bool dup = false;
      for (size_t k = first_event; k < out->size() && !dup; ++k) {
        const Event& e = (*out)[k];
        dup = e.sentence == si && e.cameo == code && e.source.code == s->code.view() &&
              (t ? (e.target && e.target->code == t->code.view()) : !e.target);
      }
      if (dup) continue;
      Event& e = out->emplace_back();  // (built in place: an Event is large)
      // Recycled string memory (Analysis::pool_*) for the strings that are rarely short.
      auto reuse = [](std::vector<std::string>& pool, std::string* s) {
        if (pool.empty()) return;
        *s = std::move(pool.back());
        pool.pop_back();
      };
      reuse(a.pool_sentence, &e.evidence.sentence_text);
      reuse(a.pool_rule, &e.evidence.rule);
      reuse(a.pool_text, &e.source.text);
      reuse(a.pool_text, &e.evidence.verb_text);
      SetText(&e.doc_id, doc.id);
      e.sentence = si;
      e.date = dr.start;
      e.end_date = dr.end;
      FillActor(text, *s, &e.source);
      if (t) {
        if (!e.target) reuse(a.pool_text, &e.target.emplace().text);
        FillActor(text, *t, &*e.target);
      } else {
        e.target.reset();
      }
      SetText(&e.cameo, code);
      e.plover = info.plover;
      e.quad_class = info.quad_class;
      e.goldstein = info.goldstein;
      if (loc >= 0) {
        const lx::Place& pl = lx_.place(static_cast<uint32_t>(loc));
        Location& l = e.location ? *e.location : e.location.emplace();
        SetText(&l.name, lx_.str(pl.name));
        SetText(&l.country, lx_.str(pl.country));
        l.lat = pl.lat;
        l.lon = pl.lon;
      } else {
        e.location.reset();
      }
      SetText(&e.evidence.sentence_text, text.substr(sent.begin, sent.end - sent.begin));
      const uint32_t vb = a.toks[std::min(p.tok, pat.noun ? p.tok : p.tok)].begin;
      const uint32_t ve = a.toks[std::max(p.last, p.tok)].end;
      SetText(&e.evidence.verb_text, text.substr(vb, ve - vb));
      SetText(&e.evidence.rule, rule);
      if (as_labour) e.evidence.rule.append(" +labour-strike(").append(base_code).append("->143)");
      e.evidence.start = sent.begin;
      e.evidence.end = sent.end;
      // ("Zelensky met Starmer, Macron and Merz, and the three European leaders pledged ... On
      // Tuesday he was received": the sides a pair phrase takes up are no subject "he" goes on
      // with.)
      if (s->kind == MentionKind::kPerson &&
          !(p.source >= 0 && (a.mentions[p.source].actors_len > 1 || a.mentions[p.source].from_last_event))) {
        a.memory.subject_person.assign(1, *s);
      }
      if (t && (Is(code, "057") || Is(code, "0871"))) a.memory.agreement_pair = {*s, *t};  // (a ceasefire agreed too)
      // (The people who protested or rioted last, for the crowd control that follows.)
      if (code_root == 14 && !s->country.empty() && IsAny(s->sector.view(), "CVL", "EDU", "LAB", "OPP", "AGR", "REF")) {
        a.memory.protesters.assign(1, *s);
      }
      // (Who carried out the last attack, for "the attackers" that follow: an armed group.)
      if (code_root >= 18 && (s->kind == MentionKind::kOrganization || IsAny(s->sector.view(), "INS", "REB", "CRM"))) {
        a.memory.attackers.assign(1, *s);
      }
      // (Not a host of talks the story already gave the sides of: "hosted the talks" after "the
      // army and the RSF held talks" leaves "the talks" theirs.)
      const bool hosted_sides = Is(code.substr(0, 3), "043") && p.target >= 0 && a.mentions[p.target].from_last_event &&
                                a.mentions[p.target].te > a.mentions[p.target].tb &&
                                IsAny(tok_text(a.mentions[p.target].te - 1), "talks", "negotiations", "meeting", "summit");
      if (t && model::CameoRoot(code) == 4 && !Is(code.substr(0, 3), "045") && !hosted_sides && !p.background) {
        a.memory.meeting_pair = {*s, *t};
      }
      // ("hosted Sisi and Hassan Sheikh ... The three leaders signed": the host and guests.)
      if (t && model::CameoRoot(code) == 4 && !Is(code.substr(0, 3), "045") && !p.background) {
        std::vector<ActorValue>& g = a.memory.meeting_group;
        if (a.memory.meeting_group_sentence != si + 1) g.clear(), a.memory.meeting_group_sentence = si + 1;
        for (const ActorValue* v : {s, t}) {
          if (std::none_of(g.begin(), g.end(), [&](const ActorValue& x) { return x.code == v->code; })) g.push_back(*v);
        }
      }
      // (The guest: a visitor, or the side of a meeting held in the other side's country.)
      if (t && model::CameoRoot(code) == 4 && !s->country.empty() && !(s->country == t->country) && !p.background) {
        const bool visit = Is(Family3(code), "042");
        const bool abroad = loc >= 0 && t->country.view() == lx_.str(lx_.place(static_cast<uint32_t>(loc)).country);
        const bool hosted = Is(Family3(code), "043");
        // (The sentence's first guest stays: "A Belarusian delegation arrived in Pyongyang, days
        // after Shoigu met Kim in the city. The delegation was greeted ...".)
        const bool first_here = a.memory.guest_sentence != si + 1;
        if ((visit || abroad || hosted) && first_here) {
          a.memory.guest.assign(1, hosted ? *t : *s);
          a.memory.guest_date = dr.explicit_ ? dr.start : Date{};
          a.memory.guest_sentence = si + 1;
        }
      }
      // ("Fidan hosted the talks", "The talks were mediated by Qatar and Turkey": a host or
      // mediator of talks whose sides were named before leaves the pair those sides, for "the two
      // sides" that follow.)
      // (Nor does one whose target is a side of that pair and whose source is neither: "The
      // agreement was mediated by Qatar. ... The two sides also committed to exchange prisoners".)
      // (A pair of one country's sides, a government and rebels, is matched by code.)
      const bool third_party = [&] {
        if (!(Is(Family3(code), "043") || Is(Family3(code), "045")) || !t || a.memory.last_pair.size() != 2 ||
            t->country.empty() || s->country.empty()) {
          return false;
        }
        const ActorValue& p0 = a.memory.last_pair[0];
        const ActorValue& p1 = a.memory.last_pair[1];
        if (p0.code == p1.code || s->country == p0.country || s->country == p1.country) return false;
        return t->code == p0.code || t->code == p1.code ||
               (!(p0.country == p1.country) && (t->country == p0.country || t->country == p1.country));
      }();
      // ("took to the streets ... police fired tear gas to disperse them": the government a
      // protest is taken to be against is named by no one, and "them" are the protesters.)
      const bool named_target = t && !(t->inferred && code_root == 14);
      if (!third_party && !p.background && !(target_mention >= 0 && a.mentions[target_mention].from_last_event &&
                                             (Is(Family3(code), "043") || Is(Family3(code), "045")))) {
        a.memory.last_pair.clear();
        a.memory.last_pair.push_back(*s);
        if (named_target) a.memory.last_pair.push_back(*t);
      }
      a.memory.last_pair_sentence = si;
      a.memory.last_pair_date = dr.explicit_ ? dr.start : Date{};
      if (named_target) a.memory.last_dyad = a.memory.last_pair, a.memory.last_dyad_date = a.memory.last_pair_date;
      if (t && !s->country.empty() && !t->country.empty() && !(s->country == t->country)) {
        a.memory.last_state_pair = a.memory.last_pair;
      }
      // ("Anwar urged Thailand and Cambodia to exercise restraint. The two neighbours also
      // clashed in 2011": a third party's act aimed at two states leaves those two the pair.)
      if (q == 1 && pairs.size() == 2 && pairs[0].first == pairs[1].first && pairs[0].second && pairs[1].second) {
        const ActorValue& t0 = *pairs[0].second;
        const ActorValue& t1 = *pairs[1].second;
        if (!t0.country.empty() && !t1.country.empty() && !(t0.country == t1.country) && !(s->country == t0.country) &&
            !(s->country == t1.country)) {
          a.memory.last_state_pair = {t0, t1};
          a.memory.last_pair = a.memory.last_state_pair;
        }
      }
      // (A mediator and one side are no pair of leaders: "held talks in Ankara, mediated by
      // Erdogan ... The two leaders signed" are the talks' sides.)
      const bool mediation = Is(Family3(code), "045");
      if (t && !mediation && Is(s->sector.view(), "GOV") && Is(t->sector.view(), "GOV") && !(s->country == t->country)) {
        a.memory.government_pair = a.memory.last_pair;
        a.memory.government_pair_date = a.memory.last_pair_date;
      }
      if (t && !mediation && s->kind == MentionKind::kPerson && t->kind == MentionKind::kPerson) {
        a.memory.person_pair = a.memory.last_pair;
        a.memory.person_pair_sentence = si;
        a.memory.person_pair_date = a.memory.last_pair_date;
      }
    }
  }
  // "met with Assad to discuss ...": a second, target-less event of the same kind and source
  // adds nothing to the one with a target.
  for (size_t k = first_event; k < out->size();) {
    const Event& e = (*out)[k];
    bool redundant = false;
    if (!e.target) {
      for (size_t q = first_event; q < out->size() && !redundant; ++q) {
        const Event& o = (*out)[q];
        redundant = q != k && o.target && o.source.code == e.source.code &&
                    model::CameoRoot(o.cameo) == model::CameoRoot(e.cameo);
      }
    } else if (Is(e.cameo, "173") && Is(e.source.sector, "JUD") && e.evidence.rule.find("sentence") != std::string::npos) {
      // ("found Gershkovich guilty of espionage and sentenced him to 16 years": a court's
      // sentence in the sentence that finds the same person guilty is that one finding, 116.)
      for (size_t q = first_event; q < out->size() && !redundant; ++q) {
        const Event& o = (*out)[q];
        redundant = Is(o.cameo, "116") && o.target && o.source.code == e.source.code && o.target->code == e.target->code;
      }
    }
    if (redundant) {
      out->erase(out->begin() + static_cast<std::ptrdiff_t>(k));
    } else {
      ++k;
    }
  }
  // ("Choe, who met Lavrov in Moscow on Oct. 28, arrived in Minsk for talks with Ryzhenkov. The
  // two ministers signed ...": the people the main clause's trip is for talks with are the pair
  // the story goes on with, not those of a meeting mentioned in passing. The talks themselves
  // are no event: what a trip is for has not happened yet.)
  for (const Predicate& p : a.preds) {
    if (!p.noun || p.keds || p.tok <= sb || !Is(word(p.tok - 1), "for") || p.target < 0 ||
        styles_->root_of(p.pattern) != 4 || a.mentions[p.target].actors_len != 1 || a.skip[p.tok] != 0) {
      continue;
    }
    const int32_t subject = first_plain_actor(p.tok);
    if (subject < 0 || a.mentions[subject].actors_len != 1) continue;
    const ActorValue& s = a.mention_actors[a.mentions[subject].actors_off];
    const ActorValue& t = a.mention_actors[a.mentions[p.target].actors_off];
    if (s.kind != MentionKind::kPerson || t.kind != MentionKind::kPerson || s.country.empty() || s.country == t.country) continue;
    a.memory.person_pair = {s, t};
    a.memory.person_pair_sentence = si;
    a.memory.person_pair_date = Date{};
    if (Is(s.sector.view(), "GOV") && Is(t.sector.view(), "GOV")) {
      a.memory.government_pair = a.memory.person_pair;
      a.memory.government_pair_date = Date{};
    }
    break;
  }
  // ("Mali severed diplomatic relations with Ukraine on Sunday ... Niger followed suit two days
  // later": "followed suit" repeats the story's last act aimed at someone, by the new subject;
  // aimed back at its source when the new subject was its target.)
  // (Only in a sentence whose text holds "suit".)
  const bool suit_in_text = text.substr(sent.begin, sent.end - sent.begin).find("suit") != std::string_view::npos;
  for (uint32_t k = sb + 1; suit_in_text && k + 1 < se; ++k) {
    // (by the words as written: "follow" may be in no pattern)
    if (!TokenIs(text, a.toks[k + 1], "suit") || a.toks[k].mention >= 0 || !TokenIs(text, a.toks[k], "followed")) continue;
    std::string_view why;
    const int32_t subj = find_subject(k, &why);
    if (subj < 0 || a.mentions[subj].actors_len != 1) break;
    const ActorValue& sv = a.mention_actors[a.mentions[subj].actors_off];
    if (sv.country.empty()) break;
    size_t last = out->size();
    for (size_t q = out->size(); q-- > a.doc_first_event && last == out->size();) {
      const Event& e = (*out)[q];
      if (e.sentence < si && e.target && !e.source.code.empty() && e.source.country != sv.country.view()) last = q;
    }
    if (last == out->size()) break;
    // (the main act of that sentence, its first: "severed relations ..., accusing Kyiv of")
    for (size_t q = last; q-- > a.doc_first_event;) {
      const Event& e = (*out)[q];
      if (e.sentence != (*out)[last].sentence) break;
      if (e.target && !e.source.code.empty() && e.source.country != sv.country.view()) last = q;
    }
    Event copy = (*out)[last];
    const Actor old_source = copy.source;
    FillActor(text, sv, &copy.source);
    if (copy.target->country == copy.source.country) copy.target = old_source;
    copy.sentence = si;
    copy.date = sentence_date.explicit_ ? sentence_date.start : doc.date;
    copy.end_date.reset();
    copy.location.reset();
    SetText(&copy.evidence.sentence_text, text.substr(sent.begin, sent.end - sent.begin));
    SetText(&copy.evidence.verb_text, text.substr(a.toks[k].begin, a.toks[k + 1].end - a.toks[k].begin));
    copy.evidence.rule = "follow suit: " + copy.evidence.rule;
    copy.evidence.start = sent.begin;
    copy.evidence.end = sent.end;
    out->push_back(std::move(copy));
    break;
  }
  if (trace) TraceSentence(text, a, first_event, *out, trace);
  // (A date still to come, "will visit Pyongyang next week", dates no later sentence; nor does
  // where a span began: "have blocked highways since Sept. 22".)
  const bool since_date = sentence_date.explicit_ && sentence_date.tok > sb && Is(word(sentence_date.tok - 1), "since");
  if (sentence_date.explicit_ && !sentence_date.vague && !(doc.date < sentence_date.start) && !since_date) {
    a.paragraph_date = a.story_date = sentence_date;
  }
  Remember(a, 0);
}

}  // namespace entente::coder
