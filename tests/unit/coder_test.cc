// Coder behaviours through entente::Engine: the bundled dictionaries (skipped when
// data/dict/verbs.tsv is absent) and the tiny test dictionary (always available).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "entente/engine.h"
#include "lexicon/native.h"
#include "test_support.h"

namespace entente {
namespace {

using testing_support::BundledEngineTest;
using testing_support::BundledHasVerb;
using testing_support::TempDir;

// Every field of an event, for equality checks and failure messages.
std::string Describe(const Event& e) {
  std::ostringstream o;
  o << e.doc_id << "#" << e.sentence << " " << e.source.code << "(" << e.source.text << ") -> "
    << (e.target ? e.target->code + "(" + e.target->text + ")" : "-") << " " << e.cameo << " "
    << e.plover << " q" << e.quad_class << " g" << e.goldstein << " " << e.date.year << "-"
    << e.date.month << "-" << e.date.day;
  if (e.end_date) o << ".." << e.end_date->year << "-" << e.end_date->month << "-" << e.end_date->day;
  if (e.location) o << " @" << e.location->name << "/" << e.location->country;
  o << " [" << e.evidence.verb_text << " | " << e.evidence.rule << " | " << e.evidence.start << ","
    << e.evidence.end << "]";
  return o.str();
}

std::string DescribeAll(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) out += "  " + Describe(e) + "\n";
  return out.empty() ? "  (no events)\n" : out;
}

// --- bundled dictionaries ---

class BundledCoderTest : public BundledEngineTest {};

TEST_F(BundledCoderTest, LoadsWithoutWarnings) {
  for (const auto& w : engine_->warnings()) ADD_FAILURE() << "dictionary warning: " << w;
  size_t actors = 0, verb_patterns = 0, cameo = 0;
  for (const auto& [name, value] : engine_->stats()) {
    if (name == "actors") actors = value;
    if (name == "verb_patterns") verb_patterns = value;
    if (name == "cameo_codes") cameo = value;
  }
  EXPECT_GT(actors, 100u);
  EXPECT_GT(verb_patterns, 0u);
  EXPECT_GT(cameo, 200u);
}

TEST_F(BundledCoderTest, PutinMeetsXiInMoscow) {
  if (!BundledHasVerb("meet")) GTEST_SKIP() << "verbs.tsv has no 'meet' pattern";
  const std::string text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.";
  const auto events = Code(text, Date{2023, 3, 21});
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events) << Explain(text, Date{2023, 3, 21});
  const Event& e = events[0];
  EXPECT_EQ(e.source.code, "RUSGOV");
  EXPECT_EQ(e.source.country, "RUS");
  EXPECT_EQ(e.source.sector, "GOV");
  ASSERT_TRUE(e.target.has_value());
  EXPECT_EQ(e.target->code, "CHNGOV");
  EXPECT_EQ(e.cameo.substr(0, 2), "04") << Describe(e);
  EXPECT_EQ(e.plover, "CONSULT");
  EXPECT_EQ(e.quad_class, 1);
  ASSERT_TRUE(e.location.has_value()) << Describe(e);
  EXPECT_EQ(e.location->name, "Moscow");
  EXPECT_EQ(e.location->country, "RUS");
  EXPECT_EQ(e.date, (Date{2023, 3, 21}));  // no date expression: the document date
  EXPECT_EQ(e.evidence.sentence_text, text);
  EXPECT_EQ(e.evidence.start, 0u);
  EXPECT_EQ(e.evidence.end, text.size());
  EXPECT_EQ(e.evidence.verb_text.substr(0, 3), "met");
  EXPECT_EQ(e.doc_id, "doc");
}

TEST_F(BundledCoderTest, NegatedMeetingCodesNothing) {
  if (!BundledHasVerb("meet")) GTEST_SKIP() << "verbs.tsv has no 'meet' pattern";
  for (const char* text : {"Russian President Vladimir Putin did not meet Chinese President Xi Jinping.",
                           "Russian President Vladimir Putin didn't meet Chinese President Xi Jinping.",
                           "Russian President Vladimir Putin never met Chinese President Xi Jinping."}) {
    const auto events = Code(text, Date{2023, 3, 21});
    EXPECT_TRUE(events.empty()) << text << "\n" << DescribeAll(events);
  }
}

// A headline's "X to VERB" opens the document: the test of what an infinitive completes must
// not read before the first token (it once did, and crashed, for an infinitive at token 2 of a
// document's first sentence).
TEST_F(BundledCoderTest, InfinitiveAtTheDocumentsStartReadsNothingBeforeIt) {
  for (const char* text : {"Putin to visit India next month.", "Xi to meet Putin.", "Russia to host talks.",
                           "Iran to resume talks with the IAEA."}) {
    const auto events = Code(text, Date{2025, 1, 1});
    for (const Event& e : events) {
      EXPECT_LE(e.evidence.end, std::string_view(text).size()) << text << "\n" << Describe(e);
    }
  }
}

TEST_F(BundledCoderTest, ChoeSonHuiIsNorthKoreanGovernmentIn2023) {
  if (!BundledHasVerb("visit")) GTEST_SKIP() << "verbs.tsv has no 'visit' pattern";
  const std::string text = "Choe Son-hui visited Minsk.";
  const auto events = Code(text, Date{2023, 5, 2});
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events) << Explain(text, Date{2023, 5, 2});
  EXPECT_EQ(events[0].source.code, "PRKGOV");
  EXPECT_EQ(events[0].source.text, "Choe Son-hui");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->code, "BLR");
  EXPECT_EQ(events[0].cameo, "042");
}

TEST_F(BundledCoderTest, PersonOutsideEveryRoleCodesAsCountryOnly) {
  if (!BundledHasVerb("visit")) GTEST_SKIP() << "verbs.tsv has no 'visit' pattern";
  const auto events = Code("Choe Son-hui visited Minsk.", Date{2010, 5, 2});  // before her first role
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events);
  EXPECT_EQ(events[0].source.code, "PRK");
  EXPECT_EQ(events[0].source.sector, "");
}

TEST_F(BundledCoderTest, PassiveCompoundAndRefusal) {
  if (!BundledHasVerb("visit") || !BundledHasVerb("meet") || !BundledHasVerb("hold")) {
    GTEST_SKIP() << "verbs.tsv lacks 'visit', 'meet' or 'hold' patterns";
  }
  auto events = Code("Minsk was visited by Russian President Vladimir Putin.", Date{2024, 6, 20});
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events);
  EXPECT_EQ(events[0].source.code, "RUSGOV");  // the agent after "by"
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->code, "BLR");
  EXPECT_EQ(events[0].cameo, "042");
  // A coordinated subject without a target codes both directions.
  events = Code("Russia and Belarus held talks in Minsk.", Date{2024, 6, 20});
  ASSERT_EQ(events.size(), 2u) << DescribeAll(events);
  EXPECT_EQ(events[0].cameo, "046");
  EXPECT_EQ(events[0].source.code, events[1].target->code);
  EXPECT_EQ(events[1].source.code, events[0].target->code);
  // "refused to meet" is a rejection (CAMEO 125), not a meeting.
  events = Code("Russian President Vladimir Putin refused to meet Ukrainian President Volodymyr Zelensky.",
                Date{2024, 6, 20});
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events);
  EXPECT_EQ(events[0].cameo, "125");
  EXPECT_EQ(events[0].source.code, "RUSGOV");
}

TEST_F(BundledCoderTest, RejectsInvalidUtf8AndEmptyText) {
  std::vector<Event> events(1);  // pre-existing content must stay untouched
  Document doc;
  doc.id = "bad";
  doc.date = Date{2024, 1, 1};
  for (const char* text : {"Putin met Xi \xC0\x80 in Moscow.", "Putin \xED\xA0\x80", "\xFF", "abc\xE2\x80"}) {
    doc.text = text;
    const Status s = engine_->Code(doc, scratch_, &events);
    EXPECT_FALSE(s.ok()) << text;
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find("UTF-8"), std::string::npos) << s.message();
  }
  for (const char* text : {"", "   \n\t "}) {
    doc.text = text;
    EXPECT_FALSE(engine_->Code(doc, scratch_, &events).ok()) << "'" << text << "'";
  }
  doc.text = "Russia met Belarus.";
  doc.date = Date{};
  EXPECT_FALSE(engine_->Code(doc, scratch_, &events).ok()) << "unknown date accepted";
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(BundledCoderTest, CodingIsDeterministicAndScratchIndependent) {
  const std::string text =
      "Putin hosts Xi\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Moscow "
      "on Monday. The two leaders held talks. Choe Son-hui visited Minsk on Oct. 28, and she met "
      "Belarusian President Alexander Lukashenko. \xE2\x80\x9CWe agree,\xE2\x80\x9D Lukashenko said.";
  const auto first = Code(text, Date{2023, 10, 30});
  const auto second = Code(text, Date{2023, 10, 30});
  Engine::Scratch fresh;
  Document doc{"doc", text, Date{2023, 10, 30}, "", ""};
  std::vector<Event> third;
  ASSERT_TRUE(engine_->Code(doc, fresh, &third).ok());
  EXPECT_EQ(DescribeAll(first), DescribeAll(second));
  EXPECT_EQ(DescribeAll(first), DescribeAll(third));
  // Evidence offsets point at the sentence in the document; events are in sentence order.
  for (size_t i = 0; i < first.size(); ++i) {
    const Event& e = first[i];
    ASSERT_LE(e.evidence.end, text.size());
    EXPECT_EQ(text.substr(e.evidence.start, e.evidence.end - e.evidence.start), e.evidence.sentence_text);
    EXPECT_GE(e.sentence, 1u) << "the headline (sentence 0) must not be coded: " << Describe(e);
    if (i > 0) {
      EXPECT_GE(e.sentence, first[i - 1].sentence);
    }
  }
}

// --- the tiny test dictionary: coder behaviours that do not depend on data/dict ---

class TinyCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::WriteTinyDictionary(dict_);
    EngineOptions options;
    options.dict_dir = dict_.path().string();
    auto r = Engine::Load(options);
    ASSERT_TRUE(r.ok()) << r.status().message();
    engine_ = r.value();
  }
  std::vector<Event> Code(const std::string& text, Date date = Date{2025, 10, 30}) {
    Document doc{"t", text, date, "", ""};
    std::vector<Event> events;
    EXPECT_TRUE(engine_->Code(doc, scratch_, &events).ok()) << text;
    return events;
  }
  TempDir dict_;
  std::shared_ptr<const Engine> engine_;
  Engine::Scratch scratch_;
};

TEST_F(TinyCoderTest, VisitCodesSourceTargetAndCameo) {
  const auto events = Code("President Vladimir Putin visited Minsk.");
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events) << engine_->Explain("President Vladimir Putin visited Minsk.", Date{2025, 10, 30});
  EXPECT_EQ(events[0].source.code, "RUSGOV");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->code, "BLR");
  EXPECT_EQ(events[0].cameo, "042");
  EXPECT_DOUBLE_EQ(events[0].goldstein, 1.9);
}

TEST_F(TinyCoderTest, MoodChangesOrDropsTheEvent) {
  auto events = Code("President Vladimir Putin will visit Minsk.");
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events);
  EXPECT_EQ(events[0].cameo, "036");  // intent to meet
  events = Code("President Vladimir Putin refused to visit Minsk.");
  ASSERT_EQ(events.size(), 1u) << DescribeAll(events);
  EXPECT_EQ(events[0].cameo, "125");  // reject proposal to meet
  EXPECT_TRUE(Code("President Vladimir Putin did not visit Minsk.").empty());
  EXPECT_TRUE(Code("President Vladimir Putin could visit Minsk.").empty());  // hypothetical
  EXPECT_TRUE(Code("If President Vladimir Putin visits Minsk, the talks will go on.").empty());
}

TEST_F(TinyCoderTest, SurnameAndPronounResolveToEarlierFullMention) {
  const auto events = Code("Vladimir Putin arrived. Putin visited Minsk. He met Choe Son-hui.",
                           Date{2020, 1, 1});
  ASSERT_EQ(events.size(), 2u) << DescribeAll(events);
  EXPECT_EQ(events[0].source.code, "RUSGOV");
  EXPECT_EQ(events[0].sentence, 1u);
  EXPECT_EQ(events[1].source.code, "RUSGOV");  // "He" = Putin
  ASSERT_TRUE(events[1].target.has_value());
  EXPECT_EQ(events[1].target->code, "PRKGOV");  // her 2020 role
}

TEST_F(TinyCoderTest, ExplainTracesTheSentence) {
  const std::string trace = engine_->Explain("President Vladimir Putin visited Minsk.", Date{2025, 10, 30});
  EXPECT_NE(trace.find("visited"), std::string::npos) << trace;
  EXPECT_NE(trace.find("RUSGOV"), std::string::npos) << trace;
  EXPECT_NE(trace.find("042"), std::string::npos) << trace;
  EXPECT_EQ(engine_->Explain("\xFF", Date{2025, 10, 30}).rfind("error:", 0), 0u);
}

// --- the coder's load-time indexes (ClassifyPatterns), checked against the lexicon ---

class PatternStylesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = testing_support::BundledDictDir();
    if (!std::filesystem::exists(dir + "/verbs.tsv")) return;
    std::vector<std::string> warnings;
    auto r = lexicon::LoadNativeLexicon(dir, &warnings);
    ASSERT_TRUE(r.ok()) << r.status().message();
    lx_ = std::move(r).value().release();
    styles_ = new coder::PatternStyles(coder::ClassifyPatterns(*lx_));
  }
  static void TearDownTestSuite() {
    delete styles_;
    delete lx_;
    styles_ = nullptr;
    lx_ = nullptr;
  }
  void SetUp() override {
    if (!lx_) GTEST_SKIP() << "bundled dictionaries absent";
  }
  static const lexicon::Lexicon* lx_;
  static const coder::PatternStyles* styles_;
};
const lexicon::Lexicon* PatternStylesTest::lx_ = nullptr;
const coder::PatternStyles* PatternStylesTest::styles_ = nullptr;

// FindSpans takes the first phrase that fits among the longer phrases with the next token's
// second word, then the one-word phrases: for every next word, those must be exactly the
// lexicon's phrases (in its order) that could fit after it, i.e. a one-word phrase or one with
// that second word.
TEST_F(PatternStylesTest, PhraseStartsVisitWhatTheLexiconOrderWould) {
  using PhraseStart = coder::PatternStyles::PhraseStart;
  size_t reordered = 0;
  for (size_t w = 0; w < lx_->word_count(); ++w) {
    const auto [first, last] = lx_->PhrasesStartingWith(static_cast<lexicon::WordId>(w));
    const PhraseStart* base = styles_->phrase_starts.data();
    const PhraseStart* b = base + styles_->phrase_off[w];
    const PhraseStart* single = base + styles_->phrase_single[w];
    const PhraseStart* e = base + styles_->phrase_off[w + 1];
    ASSERT_EQ(static_cast<size_t>(e - b), static_cast<size_t>(last - first)) << lx_->Word(w);
    ASSERT_TRUE(b <= single && single <= e);
    std::set<lexicon::WordId> seconds = {lexicon::kUnknownWord};
    for (const PhraseStart* it = b; it != e; ++it) {
      const lexicon::Phrase& p = lx_->phrase(it->phrase);
      ASSERT_EQ(it->len, p.len);
      uint32_t mask = 0;
      for (uint32_t k = 0; k < p.senses_len; ++k) mask |= 1u << static_cast<uint32_t>(lx_->senses(p)[k].kind);
      EXPECT_EQ(it->sense_mask, mask);
      if (p.len > 1) {
        EXPECT_EQ(it->second, lx_->phrase_words(p)[1]);
        seconds.insert(it->second);
      }
      if (it < single) {
        EXPECT_GT(it->len, 1u);
        // (FindSpans passes over these phrases when the next token's bit is clear.)
        EXPECT_TRUE((styles_->phrase_seconds[w] >> (it->second & 63)) & 1) << lx_->Word(w);
        if (it > b) {
          EXPECT_LE((it - 1)->second, it->second) << lx_->Word(w);
        }
      }
    }
    if (single != b) ++reordered;
    for (const lexicon::WordId next : seconds) {
      std::vector<uint32_t> want, got;
      for (const uint32_t* it = first; it != last; ++it) {
        const lexicon::Phrase& p = lx_->phrase(*it);
        if (p.len == 1 || lx_->phrase_words(p)[1] == next) want.push_back(*it);
      }
      for (const PhraseStart* it = b; it != single; ++it)
        if (it->second == next) got.push_back(it->phrase);
      for (const PhraseStart* it = single; it != e; ++it)
        if (it->len == 1 || it->second == next) got.push_back(it->phrase);
      ASSERT_EQ(got, want) << lx_->Word(w) << " before " << lx_->Word(next);
    }
  }
  EXPECT_GT(reordered, 0u);  // (the sorted part is used)
}

// The quick pre-check of a pattern (any order of the groups gives the same answer): one group
// per literal, each with the literal's words and their singulars once; the score bound and its
// runs; a candidate not keyed in its lemma's unkeyed bitset, with its first group inline (or
// word 0, stamped in every window, when it is not inline); a keyed candidate keyed by its first
// group (content words only): every token that stamps a word of that group stamps a word keying
// it, and no word keys a candidate whose first group lacks it.
TEST_F(PatternStylesTest, CandidateGroupsHoldEveryLiteralsWords) {
  using Candidates = coder::PatternStyles::Candidates;
  // Per word: another word's token stamps it too (as that word's noun or verb lemma).
  std::vector<uint8_t> reached_by_other(lx_->word_count(), 0);
  for (lexicon::WordId w = 0; w < lx_->word_count(); ++w) {
    for (const lexicon::WordId r : {lx_->NounLemma(w), lx_->VerbLemma(w)}) {
      if (r != w) reached_by_other[r] = 1;
    }
  }
  for (const Candidates* c : {&styles_->verb_candidates, &styles_->noun_candidates}) {
    ASSERT_FALSE(c->quick.empty());
    size_t keyed = 0;
    for (lexicon::WordId lemma = 0; lemma + 1 < c->off.size(); ++lemma) {
      const auto [first, last] = c->of(lemma);
      const uint32_t n = static_cast<uint32_t>(last - first), words = Candidates::words_of(n);
      for (uint32_t j = 0; j < n; ++j) {
        const coder::PatternStyles::Quick& q = first[j];
        const lexicon::Pattern& p = lx_->pattern(q.pattern);
        EXPECT_EQ(q.beat, q.keds ? INT32_MAX : p.literals * 4 + 2);
        ASSERT_GT(q.run_end, j);
        ASSERT_LE(q.run_end, n);
        for (uint32_t k = j; k < q.run_end; ++k) EXPECT_EQ(first[k].beat, q.beat);
        if (q.run_end < n) {
          EXPECT_NE(first[q.run_end].beat, q.beat);
        }
        const bool unkeyed = (c->bits[c->unkeyed_off[lemma] + j / 64] >> (j % 64)) & 1;
        EXPECT_EQ(unkeyed, !q.keyed);
        std::multiset<std::set<lexicon::WordId>> want;
        for (uint16_t ei = 0; ei < p.elems_len; ++ei) {
          const lexicon::PatternElem& e = lx_->elem(p.elems_off + ei);
          if (e.kind != lexicon::ElemKind::kLiteral) continue;
          std::set<lexicon::WordId> g;
          for (uint16_t x = 0; x < e.alts_len; ++x) {
            g.insert(lx_->pattern_words(e)[x]);
            if (const lexicon::WordId nl = lx_->NounLemma(lx_->pattern_words(e)[x])) g.insert(nl);
          }
          want.insert(g);
        }
        std::multiset<std::set<lexicon::WordId>> got;
        const lexicon::WordId* g = c->need.data() + q.need_off;
        std::set<lexicon::WordId> key;
        for (uint8_t gi = 0; gi < q.groups; ++gi) {
          const std::set<lexicon::WordId> group(g + 1, g + 1 + g[0]);
          EXPECT_EQ(group.size(), g[0]) << "a word twice in a group";
          EXPECT_EQ(group.count(0), 0u);
          if (gi == 0 && q.keyed) key = group;
          got.insert(group);
          g += 1 + g[0];
        }
        if (q.groups == 0) {
          EXPECT_FALSE(q.keyed);
        }
        if (q.keyed) {
          EXPECT_GE(n, Candidates::kKeyedFrom);
        }
        keyed += q.keyed;
        const lexicon::WordId* g0 = c->need.data() + q.need_off;
        if (q.first_inline) {
          EXPECT_FALSE(q.keyed);
          EXPECT_LE(g0[0], 2u);
          EXPECT_TRUE(std::find(g0 + 1, g0 + 1 + g0[0], q.first[0]) != g0 + 1 + g0[0]);
          EXPECT_TRUE(std::find(g0 + 1, g0 + 1 + g0[0], q.first[1]) != g0 + 1 + g0[0]);
        } else {
          EXPECT_EQ(q.first[0], 0u);
          EXPECT_EQ(q.first[1], 0u);
        }
        auto keys_it = [&](lexicon::WordId w) {
          const uint32_t off = c->KeyedBy(lemma, w);
          return off != UINT32_MAX && off + words <= c->bits.size() && ((c->bits[off + j / 64] >> (j % 64)) & 1) &&
                 (styles_->key_words[w] & coder::PatternStyles::kKeyWord);
        };
        for (const lexicon::WordId w : key) {
          EXPECT_EQ(lx_->Flags(w) & (lexicon::kPreposition | lexicon::kDeterminer | lexicon::kConjunction), 0u);
          // (A word only its own tokens stamp may leave the key to its singular, which they stamp too.)
          const lexicon::WordId nl = lx_->NounLemma(w);
          const bool by_singular = !reached_by_other[w] && nl != 0 && key.count(nl) && keys_it(nl);
          EXPECT_TRUE(keys_it(w) || by_singular) << lx_->str(p.text) << " keyed by " << lx_->Word(w);
          EXPECT_TRUE(styles_->key_words[w] & coder::PatternStyles::kKeyReach);
        }
        if (want.size() <= 255) {
          EXPECT_EQ(got, want) << lx_->str(p.text);
        }
      }
    }
    EXPECT_GT(keyed, 0u);
    // No word keys a candidate whose first group lacks it.
    for (const Candidates::KeySlot& s : c->keys) {
      if (s.word == 0) continue;
      const auto [first, last] = c->of(s.lemma);
      ASSERT_EQ(c->KeyedBy(s.lemma, s.word), s.bits_off);
      for (uint32_t j = 0; j < static_cast<uint32_t>(last - first); ++j) {
        if (!((c->bits[s.bits_off + j / 64] >> (j % 64)) & 1)) continue;
        ASSERT_TRUE(first[j].keyed);
        const lexicon::WordId* g = c->need.data() + first[j].need_off;
        EXPECT_TRUE(std::find(g + 1, g + 1 + g[0], s.word) != g + 1 + g[0]);
      }
    }
  }
}

// Is(v, lit) equals v == lit, for each literal (of any length) given.
template <typename... Lits>
void ExpectIsAgrees(std::string_view v, const Lits&... lits) {
  auto check = [v](const auto& lit) {  // (lit is a char array: its size is the literal's length + 1)
    EXPECT_EQ(coder::Is(v, lit), v == std::string_view(lit, sizeof(lit) - 1)) << v << " vs " << lit;
  };
  (check(lits), ...);
}

// Is(s, "lit") and TokenIs with a literal (coder.h) are std::string_view equality.
TEST(CoderHelpersTest, IsIsStringViewEquality) {
  const std::vector<std::string> samples = {"", "a", "to", "tO", "the", "then", "th", "with", ",", "\xE2\x80\x93",
                                            "\xE2\x80", "Minsk", "Minsc", "ninsk", "between", "betweeN", "cooperation",
                                            "cooperatioN", "Cooperation", "tomorrow", "tomorroW", "yesterday",
                                            "yesterdaY", "Yesterday", "neighbourhoods", "neighbourhoodS",
                                            "international law", "international laW", "International law"};
  for (const std::string& x : samples) {
    const std::string_view v = x;
    // (Is takes its literal by reference to an array: each length is its own instantiation.)
    ExpectIsAgrees(v, "", "a", "to", "the", ",", "\xE2\x80\x93", "between", "cooperation", "Minsk", "tomorrow",
                   "yesterday", "neighbourhoods", "international law");
    const std::string text = "<" + x + ">";
    coder::Tok t;
    t.begin = 1;
    t.end = static_cast<uint32_t>(1 + x.size());
    EXPECT_EQ(coder::TokenIs(text, t, "the"), v == "the") << x;
    EXPECT_EQ(coder::TokenIs(text, t, "with"), v == "with") << x;
  }
  EXPECT_TRUE(coder::Is(std::string_view("the"), "the"));
  EXPECT_FALSE(coder::Is(std::string_view("the", 2), "the"));
}

// The per-word table of words that may start a relative date is the test on each word's text.
TEST_F(PatternStylesTest, DateStartTableIsTheWordTest) {
  ASSERT_EQ(styles_->date_start.size(), lx_->word_count());
  size_t starts = 0;
  for (size_t w = 0; w < lx_->word_count(); ++w) {
    const bool want = w != lexicon::kUnknownWord && coder::MayStartRelativeDate(lx_->Word(static_cast<lexicon::WordId>(w)));
    EXPECT_EQ(styles_->relative_date_start(static_cast<lexicon::WordId>(w)), want) << lx_->Word(static_cast<lexicon::WordId>(w));
    starts += want;
  }
  EXPECT_GE(starts, 3u);
  for (const char* yes : {"a", "one", "ten", "last", "next", "following", "previous", "three"})
    EXPECT_TRUE(coder::MayStartRelativeDate(yes)) << yes;
  for (const char* no : {"", "an", "the", "eleven", "Last", "lasts", "follow", "b"})
    EXPECT_FALSE(coder::MayStartRelativeDate(no)) << no;
}

// Count words for dates ("two days later") and for participles after a count ("six detained
// Americans"): one to twelve, in any case, nothing else.
TEST(CountWordTest, ValuesOneToTwelveInAnyCase) {
  const char* const words[] = {"one", "two", "three", "four", "five", "six",
                               "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int v = 1; v <= 12; ++v) EXPECT_EQ(coder::CountWordValue(words[v - 1]), v) << words[v - 1];
  EXPECT_EQ(coder::CountWordValue("Six"), 6);
  EXPECT_EQ(coder::CountWordValue("TWELVE"), 12);
  for (const char* no : {"", "a", "on", "tens", "twenty", "thirteen", "sixty", "oneself", "twos"}) {
    EXPECT_EQ(coder::CountWordValue(no), 0) << no;
  }
}

}  // namespace
}  // namespace entente
