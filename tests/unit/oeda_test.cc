// OEDA/PETRARCH2 dictionary reader (lexicon/oeda.cc): parser tests on small invented snippets in
// the OEDA syntax, and a load of the real OEDA folder from ../shared when it is present.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "entente/engine.h"
#include "lexicon/builder.h"
#include "lexicon/lexicon.h"
#include "lexicon/native.h"
#include "lexicon/oeda.h"
#include "test_support.h"

namespace entente {
namespace {

using lexicon::Lexicon;
using lexicon::SenseKind;
using testing_support::TempDir;

// Invented entries, a few lines per file kind.
void WriteOedaSnippets(const TempDir& d) {
  d.Write("Test.actors.txt",
          "# invented actors for the unit tests\n"          // 1
          "FREEDONIA_  [BLR]\n"                             // 2
          "+FREEDONIAN_\n"                                  // 3
          "\n"                                              // 4
          "JOHN_QUILLFEATHER_  # a person with dated roles\n"  // 5
          "+J._QUILLFEATHER\n"                              // 6
          "\t[BLRGOV >20200115]\n"                          // 7
          "\t[BLRMIL 150101-200114]\n"                      // 8
          "\t[BLR]\n"                                       // 9
          "MARA_OKONKWO-VELD_  [RUSOPP <190601] [RUSGOV]\n"  // 10
          "ZARKOV_RELIEF_SOCIETY_ [NGOHLH]\n"               // 11
          "+ZRS\n"                                          // 12
          "BAD_DATE_PERSON_ [RUSGOV >20191340]\n"           // 13
          "\t[RUSGOV 20200101-20190101]\n");                // 14
  d.Write("Test.agents.txt",
          "!PERSON! = MAN, MEN\n"
          "LIGHTHOUSE_KEEPER [~CVL]\n"
          "FERRY!PERSON! [~BUS]\n"
          "GOOSE_WARDEN {GEESE_WARDENS} [~AGR]\n"
          "RELIEF_BROKER [NGO~]\n"
          "NO_CODE_HERE\n");
  d.Write("Test.discards.txt", "GRAND SLAM TENNIS\n+CROSSWORD PUZZLE  # whole story\n");
  d.Write("CAMEO.test.txt",
          "####### SYNONYM SETS #######\n"                  // 1
          "&GREETING\n"                                     // 2
          "+SALUTE\n"                                       // 3
          "+WARM_WELCOME\n"                                 // 4
          "\n"                                              // 5
          "--- DISPATCH [---] ---\n"                        // 6
          "DISPATCH\n"                                      // 7
          "SEND {SENDS SENT SENDING}\n"                     // 8
          "- * &GREETING (TO)  [042]  # invented\n"         // 9
          "- &GREETING * [042]\n"                           // 10
          "- * (TO $) [043]\n"                              // 11
          "- * &NOPE [040]\n"                               // 12
          "- * FRIENDSHIP\n"                                // 13
          "- * PARCEL [---]\n"                              // 14
          "- + WAS * [044]\n"                               // 15
          "\n"                                              // 16
          "--- BEFRIEND [040] ---\n"                        // 17
          "BEFRIEND\n");                                    // 18
}

// The senses of the phrase `text` (tokenized like the lexicon) or nullptr.
std::vector<lexicon::Sense> SensesOf(const Lexicon& lx, const std::vector<std::string>& words) {
  const lexicon::WordId first = lx.Find(words[0]);
  if (first == lexicon::kUnknownWord) return {};
  for (auto [it, end] = lx.PhrasesStartingWith(first); it != end; ++it) {
    const lexicon::Phrase& p = lx.phrase(*it);
    if (p.len != words.size()) continue;
    bool same = true;
    for (size_t i = 0; i < words.size(); ++i) same = same && lx.phrase_words(p)[i] == lx.Find(words[i]);
    if (same) return std::vector<lexicon::Sense>(lx.senses(p), lx.senses(p) + p.senses_len);
  }
  return {};
}

int SenseRef(const std::vector<lexicon::Sense>& senses, SenseKind kind) {
  for (const auto& s : senses)
    if (s.kind == kind) return static_cast<int>(s.ref);
  return -1;
}

bool HasWarning(const std::vector<std::string>& warnings, const std::string& part) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

std::string Joined(const std::vector<std::string>& warnings) {
  std::string out;
  for (const auto& w : warnings) out += w + "\n";
  return out;
}

class OedaSnippetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::WriteTinyDictionary(native_);
    WriteOedaSnippets(oeda_);
    lexicon::LexiconBuilder b;
    ASSERT_TRUE(lexicon::AddNativeDictionaries(native_.path().string(), &b, &warnings_).ok());
    ASSERT_TRUE(warnings_.empty()) << Joined(warnings_);
    Status s = lexicon::AddOedaDictionaries(oeda_.path().string(), &b, &warnings_);
    ASSERT_TRUE(s.ok()) << s.message();
    lx_ = b.Finish();
  }

  std::string ActorCode(uint32_t actor) const { return std::string(lx_->str(lx_->actor(actor).code)); }
  std::string PersonCode(const std::vector<std::string>& name, Date date) const {
    const int p = SenseRef(SensesOf(*lx_, name), SenseKind::kPerson);
    if (p < 0) return "(no person)";
    bool in_role = false;
    return ActorCode(lx_->ResolvePerson(static_cast<uint32_t>(p), date, &in_role));
  }

  TempDir native_, oeda_;
  std::vector<std::string> warnings_;
  std::unique_ptr<Lexicon> lx_;
};

TEST_F(OedaSnippetTest, DateRestrictedPersonResolvesByDate) {
  const std::vector<std::string> name = {"john", "quillfeather"};
  EXPECT_EQ(PersonCode(name, Date{2021, 3, 1}), "BLRGOV");
  EXPECT_EQ(PersonCode(name, Date{2020, 1, 15}), "BLRGOV");  // '>' includes the day
  EXPECT_EQ(PersonCode(name, Date{2017, 6, 1}), "BLRMIL");   // YYMMDD 150101-200114
  EXPECT_EQ(PersonCode(name, Date{2010, 1, 1}), "BLR");      // the undated fallback code
  // '<' restriction and an undated fallback on the same line.
  const std::vector<std::string> mara = {"mara", "okonkwo", "-", "veld"};
  EXPECT_EQ(PersonCode(mara, Date{2018, 1, 1}), "RUSOPP");
  EXPECT_EQ(PersonCode(mara, Date{2019, 6, 1}), "RUSOPP");
  EXPECT_EQ(PersonCode(mara, Date{2022, 1, 1}), "RUSGOV");
}

TEST_F(OedaSnippetTest, SynonymsShareTheEntry) {
  EXPECT_EQ(PersonCode({"j.", "quillfeather"}, Date{2021, 3, 1}), "BLRGOV");
  const auto freedonian = SensesOf(*lx_, {"freedonian"});
  const int c = SenseRef(freedonian, SenseKind::kCountryName);
  ASSERT_GE(c, 0);
  EXPECT_EQ(ActorCode(static_cast<uint32_t>(c)), "BLR");
  const int org = SenseRef(SensesOf(*lx_, {"zrs"}), SenseKind::kOrganization);
  ASSERT_GE(org, 0);
  EXPECT_EQ(ActorCode(static_cast<uint32_t>(org)), "NGOHLH");
  EXPECT_GE(SenseRef(SensesOf(*lx_, {"zarkov", "relief", "society"}), SenseKind::kOrganization), 0);
}

TEST_F(OedaSnippetTest, AgentsCarryTheirSector) {
  auto sector = [&](const std::vector<std::string>& words) {
    const int s = SenseRef(SensesOf(*lx_, words), SenseKind::kAgent);
    return s < 0 ? std::string("(none)") : std::string(lx_->str(lx_->sector(static_cast<uint32_t>(s))));
  };
  EXPECT_EQ(sector({"lighthouse", "keeper"}), "CVL");
  EXPECT_EQ(sector({"lighthouse", "keepers"}), "CVL");  // regular plural
  EXPECT_EQ(sector({"ferryman"}), "BUS");               // !PERSON! substitution
  EXPECT_EQ(sector({"ferrymen"}), "BUS");
  EXPECT_EQ(sector({"geese", "wardens"}), "AGR");       // irregular plural in {...}
  EXPECT_EQ(sector({"relief", "broker"}), "NGO");       // prefix agent [NGO~]
}

TEST_F(OedaSnippetTest, MalformedLinesAreReportedWithFileAndLine) {
  const std::string all = Joined(warnings_);
  EXPECT_TRUE(HasWarning(warnings_, "Test.actors.txt:13: bad date")) << all;
  EXPECT_TRUE(HasWarning(warnings_, "Test.actors.txt:14: end date before start date")) << all;
  EXPECT_TRUE(HasWarning(warnings_, "Test.agents.txt:6: agent needs a code")) << all;
  EXPECT_TRUE(HasWarning(warnings_, "CAMEO.test.txt:12: undefined synset &NOPE")) << all;
  EXPECT_TRUE(HasWarning(warnings_, "CAMEO.test.txt:13: pattern needs a code")) << all;
  // Counted, not per line: the null code. (A target before the verb and a source after it are
  // read: "+ WAS *", "* (TO $)".)
  EXPECT_FALSE(HasWarning(warnings_, "patterns with the target (+) before the verb skipped")) << all;
  EXPECT_FALSE(HasWarning(warnings_, "patterns with the source ($) after the verb skipped")) << all;
  EXPECT_TRUE(HasWarning(warnings_, "CAMEO.test.txt: 1 patterns with the null code")) << all;
  EXPECT_TRUE(HasWarning(warnings_, "Test.discards.txt: 1 sentence and 1 story discard phrases")) << all;
}

TEST_F(OedaSnippetTest, IrregularFormsAndPatterns) {
  const lexicon::WordId sent = lx_->Find("sent");
  ASSERT_NE(sent, lexicon::kUnknownWord);
  EXPECT_EQ(lx_->VerbLemma(sent), lx_->Find("send"));
  const lexicon::WordId send = lx_->Find("send");
  auto [it, end] = lx_->VerbPatterns(send);
  std::vector<std::string> texts;
  for (; it != end; ++it) texts.emplace_back(lx_->str(lx_->pattern(*it).text));
  // "* &GREETING (TO)" and, with its word before the verb, "&GREETING *", each once for the
  // one-word members (SALUTE) and once for the run WARM_WELCOME; "* (TO $)"; "+ WAS *".
  ASSERT_EQ(texts.size(), 6u) << ::testing::PrintToString(texts);
  // The block's patterns apply to every verb of the block; the isolated verb [040] of BEFRIEND
  // takes its direct object.
  auto [bit, bend] = lx_->VerbPatterns(lx_->Find("befriend"));
  EXPECT_EQ(bend - bit, 1);
}

TEST(OedaEngineTest, SynsetAndTargetCodeThroughTheEngine) {
  TempDir native, oeda, cache;
  testing_support::WriteTinyDictionary(native);
  WriteOedaSnippets(oeda);
  EngineOptions options;
  options.dict_dir = native.path().string();
  options.extra_dicts = {"oeda:" + oeda.path().string()};
  options.cache_dir = cache.path().string();
  for (int round = 0; round < 2; ++round) {  // built, then from the cache
    auto engine = Engine::Load(options);
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    Engine::Scratch scratch;
    Document doc;
    doc.id = "d";
    doc.text = "Russia sent a warm welcome to Belarus.";
    doc.date = Date{2023, 3, 21};
    std::vector<Event> events;
    ASSERT_TRUE(engine.value()->Code(doc, scratch, &events).ok());
    ASSERT_EQ(events.size(), 1u) << engine.value()->Explain(doc.text, doc.date);
    EXPECT_EQ(events[0].source.code, "RUS");
    ASSERT_TRUE(events[0].target.has_value());
    EXPECT_EQ(events[0].target->code, "BLR");
    EXPECT_EQ(events[0].cameo, "042");
    doc.text = "Freedonia befriended Russia.";
    events.clear();
    ASSERT_TRUE(engine.value()->Code(doc, scratch, &events).ok());
    ASSERT_EQ(events.size(), 1u) << engine.value()->Explain(doc.text, doc.date);
    EXPECT_EQ(events[0].source.code, "BLR");
    EXPECT_EQ(events[0].cameo, "040");
  }
}

TEST(OedaEngineTest, UnknownFormatAndMissingFolderFail) {
  EngineOptions options;
  options.dict_dir = testing_support::BundledDictDir();
  options.extra_dicts = {"tabari:/nowhere"};
  EXPECT_FALSE(Engine::Load(options).ok());
  options.extra_dicts = {"oeda:/nowhere/at/all"};
  auto r = Engine::Load(options);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nowhere/at/all"), std::string::npos);
}

// KEDS-family conventions (coder.h, PatternStyles), on an invented dictionary with a country of
// its own (ZMB, not an ISO code) and codes that are not CAMEO codes.
class KedsConventionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::WriteTinyDictionary(native_);
    oeda_.Write("Keds.actors.txt",
                "ZEMBLA_  [ZMB]\n"
                "ULRIC_VANE_  [ZMB]\n"
                "FREEDONIA_  [BLR]\n");
    oeda_.Write("Keds.agents.txt", "HARBOUR_MASTER [~GOV]\n");
    oeda_.Write("Keds.discards.txt", "GRAND SLAM TENNIS\n+CROSSWORD PUZZLE\n");
    oeda_.Write("Keds.verbs.txt",
                "&NEGAUX\n"
                "+DID N'T\n"
                "+WILL NOT\n"
                "\n"
                "&GOODS\n"
                "+TEA\n"
                "+BRASS_CANDLE_STICKS\n"
                "\n"
                "--- GET [---] ---\n"
                "GET {GOT}\n"
                "- + * COINS FROM $ [783]\n"
                "\n"
                "--- SPY [---] ---\n"
                "SEA_+WATCH {SEA_+WATCHED}\n"
                "- * SHIPS [782]\n"
                "\n"
                "--- SHIP [---] ---\n"
                "SHIP\n"
                "- * LANTERNS [777]\n"
                "- SURELY_* LANTERNS [778]\n"
                "- &NEGAUX * PARCELS [779]\n"
                "- * PARCELS [780]\n"
                "- * &GOODS [781]\n"
                "\n"
                "--- TOUR [042:043] ---\n"
                "TOUR\n"
                "\n"
                "--- CONCUR [---] ---\n"
                "CONCUR\n"
                "- % * [030:030]\n");
    EngineOptions options;
    options.dict_dir = native_.path().string();
    options.extra_dicts = {"oeda:" + oeda_.path().string()};
    options.native_patterns = false;
    auto engine = Engine::Load(options);
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    engine_ = engine.value();
  }
  std::vector<Event> Code(const std::string& text) {
    Engine::Scratch scratch;
    Document doc;
    doc.id = "k";
    doc.text = text;
    doc.date = Date{2024, 5, 2};
    std::vector<Event> events;
    EXPECT_TRUE(engine_->Code(doc, scratch, &events).ok());
    return events;
  }
  static std::vector<std::string> Triples(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string Why(const std::string& text) { return engine_->Explain(text, Date{2024, 5, 2}); }

  TempDir native_, oeda_;
  std::shared_ptr<const Engine> engine_;
};

TEST_F(KedsConventionsTest, NonCameoCodeIsCarriedThroughWithUnknownMeaning) {
  const std::string text = "Zembla shipped lanterns to Freedonia.";
  const auto ev = Code(text);
  ASSERT_EQ(Triples(ev), std::vector<std::string>{"ZMB BLR 777"}) << Why(text);
  EXPECT_EQ(ev[0].quad_class, 0);
  EXPECT_EQ(ev[0].goldstein, 0);
  EXPECT_EQ(ev[0].plover, "");
}

TEST_F(KedsConventionsTest, MultiWordSynsetMemberIsARunOfConsecutiveWords) {
  std::string text = "Zembla shipped brass candle sticks to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 781"}) << Why(text);
  text = "Zembla shipped teas to Freedonia.";  // the member's regular plural
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 781"}) << Why(text);
  text = "Zembla shipped brass sticks to Freedonia.";
  EXPECT_TRUE(Code(text).empty()) << Why(text);
}

TEST_F(KedsConventionsTest, VerbWithWordsBeforeItNeedsThemRightBefore) {
  std::string text = "Zembla sea watched ships of Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 782"}) << Why(text);
  text = "Zembla watched ships of Freedonia.";
  EXPECT_TRUE(Code(text).empty()) << Why(text);
}

TEST_F(KedsConventionsTest, PatternWordsMayStandLaterInTheClause) {
  // "is" between the verb and LANTERNS does not stop the match (Entente's own patterns stop at it).
  const std::string text = "Zembla shipped what is surely the finest lot of lanterns to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 777"}) << Why(text);
}

TEST_F(KedsConventionsTest, TargetBeforeAndSourceAfterTheVerb) {
  // "+ * COINS FROM $": the subject is the target, the actor after FROM the source.
  std::string text = "Zembla got coins from Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"BLR ZMB 783"}) << Why(text);
  text = "Zembla got coins yesterday.";  // no actor in the $ slot: the pattern does not match
  EXPECT_TRUE(Code(text).empty()) << Why(text);
}

TEST_F(KedsConventionsTest, EventWithoutATargetIsNotCoded) {
  const std::string text = "Zembla shipped lanterns yesterday.";
  EXPECT_TRUE(Code(text).empty()) << Why(text);
}

TEST_F(KedsConventionsTest, DefaultTargetStaysInTheClause) {
  // The actor after the comma belongs to another clause: no target, so no event.
  const std::string text = "Zembla shipped lanterns yesterday, Freedonia reported.";
  EXPECT_TRUE(Code(text).empty()) << Why(text);
}

TEST_F(KedsConventionsTest, PronounIsNotATarget) {
  // "she" is an actor phrase (Choe Son-hui, from the sentence before), but not a KEDS target.
  const std::string text = "Choe Son-hui arrived. Zembla shipped lanterns as she watched Freedonia.";
  ASSERT_NE(Why(text).find("actor: 'she'"), std::string::npos) << Why(text);
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 777"}) << Why(text);
}

TEST_F(KedsConventionsTest, PairedCodeCodesBothDirections) {
  const std::string text = "Zembla toured Freedonia.";
  EXPECT_EQ(Triples(Code(text)), (std::vector<std::string>{"BLR ZMB 043", "ZMB BLR 042"})) << Why(text);
}

TEST_F(KedsConventionsTest, WordsBeforeTheVerbAndUnderscoreAdjacency) {
  std::string text = "Zembla surely shipped lanterns to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 778"}) << Why(text);
  // SURELY_* needs "surely" right before the verb.
  text = "Zembla surely then shipped lanterns to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 777"}) << Why(text);
}

TEST_F(KedsConventionsTest, NegationSpelledOutInThePatternWinsOverMood) {
  // The dictionary codes the negated act itself; the clitic n't matches the synset's N'T.
  std::string text = "Zembla didn't ship parcels to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 779"}) << Why(text);
  text = "Zembla shipped parcels to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 780"}) << Why(text);
}

TEST_F(KedsConventionsTest, PatternWithoutTargetTakesTheFirstActorAfterIt) {
  // "with" after the pattern's last word: still the target.
  const std::string text = "Zembla shipped lanterns together with Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMB BLR 777"}) << Why(text);
}

TEST_F(KedsConventionsTest, PercentBeforeTheVerbNeedsACompoundSubject) {
  std::string text = "Zembla and Freedonia concur that the dispute is over.";
  EXPECT_EQ(Triples(Code(text)), (std::vector<std::string>{"BLR ZMB 030", "ZMB BLR 030"})) << Why(text);
  text = "Zembla concurs that the dispute is over.";
  EXPECT_TRUE(Code(text).empty()) << Why(text);
}

TEST_F(KedsConventionsTest, ThreeLetterCodeIsCountryLevelForAgents) {
  const std::string text = "The Zembla harbour master shipped lanterns to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMBGOV BLR 777"}) << Why(text);
}

TEST_F(KedsConventionsTest, NamedActorAfterARoleOfTheSameCountryIsTheRoleHolder) {
  const std::string text = "Zembla Harbour Master Ulric Vane shipped lanterns to Freedonia.";
  EXPECT_EQ(Triples(Code(text)), std::vector<std::string>{"ZMBGOV BLR 777"}) << Why(text);
}

TEST_F(KedsConventionsTest, DiscardPhrasesDropTheSentenceOrTheStory) {
  EXPECT_TRUE(Code("Zembla shipped lanterns to Freedonia for the grand slam tennis final.").empty());
  EXPECT_EQ(Code("Zembla shipped lanterns to Freedonia. Freedonia toured Zembla.").size(), 3u);
  EXPECT_TRUE(Code("Zembla shipped lanterns to Freedonia. Freedonia solved a crossword puzzle.").empty());
}

// The real OEDA/PETRARCH2 dictionaries from ../shared (not part of the repository).
std::string SharedOedaDir() {
  if (const char* env = std::getenv("ENTENTE_SHARED"); env && *env) {
    return std::string(env) + "/dictionaries/oeda";
  }
  return ENTENTE_SOURCE_DIR "/../shared/dictionaries/oeda";
}

TEST(OedaSharedTest, LoadsTheRealDictionariesAndCodes) {
  const std::string dir = SharedOedaDir();
  if (!testing_support::fs::is_directory(dir)) {
    GTEST_SKIP() << dir << " is absent (OEDA dictionaries live beside the repository, in ../shared)";
  }
  if (!testing_support::fs::exists(testing_support::BundledDictDir() + "/verbs.tsv")) {
    GTEST_SKIP() << "bundled dictionaries absent";
  }
  EngineOptions options;
  options.dict_dir = testing_support::BundledDictDir();
  options.extra_dicts = {"oeda:" + dir};
  auto engine = Engine::Load(options);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  size_t people = 0, actors = 0, verb_patterns = 0;
  for (const auto& [name, value] : engine.value()->stats()) {
    if (name == "people") people = value;
    if (name == "actors") actors = value;
    if (name == "verb_patterns") verb_patterns = value;
  }
  // Seen on the 2015 OEDA files: ~18,500 OEDA people, ~3,900 actor codes, ~48,600 verb patterns.
  EXPECT_GT(people, 15000u);
  EXPECT_GT(actors, 3000u);
  EXPECT_GT(verb_patterns, 40000u);
  Engine::Scratch scratch;
  Document doc;
  doc.id = "oeda";
  doc.text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.";
  doc.date = Date{2023, 3, 21};
  std::vector<Event> events;
  ASSERT_TRUE(engine.value()->Code(doc, scratch, &events).ok());
  bool found = false;
  for (const Event& e : events) {
    found = found || (e.source.code.rfind("RUS", 0) == 0 && e.target && e.target->code.rfind("CHN", 0) == 0);
  }
  EXPECT_TRUE(found) << engine.value()->Explain(doc.text, doc.date);
}

}  // namespace
}  // namespace entente
