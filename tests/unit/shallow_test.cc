// The TABARI coding mode (coder/shallow.h): the cases of tests/unit/data/tabari_mode/cases.txt,
// coded with the invented TABARI dictionaries beside it, plus the .options reader.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "entente/engine.h"
#include "lexicon/keds_model.h"
#include "test_support.h"

namespace entente {
namespace {

const std::string kDir = ENTENTE_SOURCE_DIR "/tests/unit/data/tabari_mode";

struct Case {
  std::string name, story;
  Date date;
  std::vector<std::string> options;
  std::string text;
  std::set<std::tuple<std::string, std::string, std::string>> expected;
  int line = 0;
};

std::vector<Case> ReadCases() {
  std::ifstream in(kDir + "/cases.txt");
  std::vector<Case> out;
  std::string line;
  int n = 0;
  bool in_events = false;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("===", 0) == 0) {
      out.emplace_back();
      out.back().name = line.substr(4);
      out.back().line = n;
      in_events = false;
      continue;
    }
    if (out.empty() || line.empty() || line[0] == '#') continue;
    Case& c = out.back();
    if (in_events) {
      std::istringstream ss(line);
      std::string s, t, code;
      ss >> s >> t >> code;
      c.expected.emplace(s, t == "-" ? "" : t, code);
    } else if (line == "---") {
      in_events = true;
    } else if (line.rfind("date: ", 0) == 0) {
      c.date = Date{std::stoi(line.substr(6, 4)), std::stoi(line.substr(11, 2)), std::stoi(line.substr(14, 2))};
    } else if (line.rfind("option: ", 0) == 0) {
      c.options.push_back(line.substr(8));
    } else if (line.rfind("story: ", 0) == 0) {
      c.story = line.substr(7);
    } else {
      c.text += (c.text.empty() ? "" : " ") + line;
    }
  }
  return out;
}

std::shared_ptr<const Engine> LoadMode(const std::vector<std::string>& settings) {
  EngineOptions o;
  o.dict_dir = testing_support::BundledDictDir();
  o.extra_dicts = {"tabari:" + kDir + "/Mode.project"};
  o.native_patterns = false;
  o.tabari_settings = settings;
  auto e = Engine::Load(o);
  EXPECT_TRUE(e.ok()) << e.status().message();
  return e.ok() ? e.value() : nullptr;
}

TEST(ShallowCoderTest, DataFileCases) {
  if (!std::filesystem::exists(testing_support::BundledDictDir() + "/cameo.tsv")) GTEST_SKIP() << "no bundled dictionaries";
  const std::vector<Case> cases = ReadCases();
  ASSERT_GE(cases.size(), 30u);
  std::map<std::vector<std::string>, std::shared_ptr<const Engine>> engines;
  Engine::Scratch story_scratch;
  for (const Case& c : cases) {
    auto& engine = engines[c.options];
    if (!engine) engine = LoadMode(c.options);
    ASSERT_TRUE(engine);
    Engine::Scratch fresh;
    Document doc;
    doc.id = c.story.empty() ? c.name : c.story;
    doc.text = c.text;
    doc.date = c.date;
    std::vector<Event> events;
    ASSERT_TRUE(engine->Code(doc, c.story.empty() ? fresh : story_scratch, &events).ok()) << c.name;
    std::set<std::tuple<std::string, std::string, std::string>> got;
    for (const Event& e : events) got.emplace(e.source.code, e.target ? e.target->code : "", e.cameo);
    std::string got_text;
    for (const auto& [s, t, code] : got) got_text += s + ">" + t + ":" + code + " ";
    EXPECT_EQ(got, c.expected) << "cases.txt:" << c.line << " " << c.name << "\n  got: " << got_text << "\n"
                               << engine->Explain(c.text, c.date);
  }
}

TEST(ShallowCoderTest, KeepsEventsAlreadyInTheOutput) {
  if (!std::filesystem::exists(testing_support::BundledDictDir() + "/cameo.tsv")) GTEST_SKIP() << "no bundled dictionaries";
  auto engine = LoadMode({});
  ASSERT_TRUE(engine);
  Engine::Scratch scratch;
  std::vector<Event> events;
  Document a{"a", "Freedonia condemned Sylvania.", Date{1995, 6, 1}, "", ""};
  ASSERT_TRUE(engine->Code(a, scratch, &events).ok());
  ASSERT_EQ(events.size(), 1u);
  // A discarded sentence (and a dominant code) drops only its own sentence's events.
  Document b{"b", "Freedonia condemned Sylvania over the football match.", Date{1995, 6, 1}, "", ""};
  ASSERT_TRUE(engine->Code(b, scratch, &events).ok());
  Document c{"c", "Freedonia condemned Sylvania and attended talks with Carpania.", Date{1995, 6, 1}, "", ""};
  ASSERT_TRUE(engine->Code(c, scratch, &events).ok());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].doc_id, "a");
  EXPECT_EQ(events[1].doc_id, "c");
  EXPECT_EQ(events[1].cameo, "031");
  // Bad input: an error and nothing appended.
  Document bad{"bad", "", Date{1995, 6, 1}, "", ""};
  EXPECT_FALSE(engine->Code(bad, scratch, &events).ok());
  bad.text = "Freedonia \xff condemned";
  EXPECT_FALSE(engine->Code(bad, scratch, &events).ok());
  EXPECT_EQ(events.size(), 2u);
}

TEST(ShallowCoderTest, EntenteCoderStaysAvailable) {
  if (!std::filesystem::exists(testing_support::BundledDictDir() + "/cameo.tsv")) GTEST_SKIP() << "no bundled dictionaries";
  EngineOptions o;
  o.dict_dir = testing_support::BundledDictDir();
  o.extra_dicts = {"tabari:" + kDir + "/Mode.project"};
  o.coder = EngineOptions::Coder::kEntente;
  auto e = Engine::Load(o);
  ASSERT_TRUE(e.ok()) << e.status().message();
  Engine::Scratch scratch;
  std::vector<Event> events;
  Document doc{"d", "Freedonia condemned Sylvania.", Date{1995, 6, 1}, "", ""};
  ASSERT_TRUE(e.value()->Code(doc, scratch, &events).ok());
  for (const Event& ev : events) EXPECT_EQ(ev.evidence.rule.rfind("tabari:", 0), std::string::npos) << ev.evidence.rule;
  // kTabari without a tabari: dictionary is refused.
  EngineOptions t;
  t.dict_dir = testing_support::BundledDictDir();
  t.coder = EngineOptions::Coder::kTabari;
  EXPECT_FALSE(Engine::Load(t).ok());
}

TEST(KedsModelTest, ReadsOptions) {
  lexicon::KedsSettings s;
  EXPECT_TRUE(lexicon::ApplyKedsSetting("SET: CODE ALL", &s));
  EXPECT_EQ(s.code_by, lexicon::KedsSettings::CodeBy::kAll);
  EXPECT_TRUE(lexicon::ApplyKedsSetting("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &s));
  EXPECT_EQ(s.default_source, "DEFSRC");
  EXPECT_TRUE(s.default_source_prior);
  EXPECT_EQ(s.default_target, "DEFTAR");
  EXPECT_TRUE(s.default_target_after);
  EXPECT_TRUE(lexicon::ApplyKedsSetting("DEFAULT: OFF", &s));
  EXPECT_TRUE(s.default_source.empty());
  EXPECT_TRUE(lexicon::ApplyKedsSetting("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", &s));
  EXPECT_EQ(s.complex_verbs, 5);
  EXPECT_EQ(s.complex_conj, 4);
  EXPECT_TRUE(s.complex_no_actor_prior);
  EXPECT_TRUE(lexicon::ApplyKedsSetting("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", &s));
  EXPECT_EQ(std::make_tuple(s.comma_min, s.comma_max, s.comma_emin, s.comma_emax, s.comma_bmin, s.comma_bmax),
            std::make_tuple(4, 6, 3, 6, 3, 8));
  EXPECT_TRUE(lexicon::ApplyKedsSetting("COMMA: OFF", &s));
  EXPECT_FALSE(s.comma);
  EXPECT_TRUE(lexicon::ApplyKedsSetting("SET: MINIMUM WORDS = 20", &s));
  EXPECT_EQ(s.minimum_words, 20);
  EXPECT_TRUE(lexicon::ApplyKedsSetting("FORWARD: ^^*****NNN*SSS", &s));
  EXPECT_EQ(s.forward, "^^*****NNN*SSS");
  EXPECT_TRUE(lexicon::ApplyKedsSetting("FORWARD: ^^*****NNN*SSS OFF", &s));
  EXPECT_TRUE(s.forward.empty());
  EXPECT_FALSE(lexicon::ApplyKedsSetting("LABEL: 010=YIELD", &s));
  EXPECT_FALSE(lexicon::ApplyKedsSetting("no colon here", &s));
}

TEST(KedsModelTest, ReadsWordsStemsAndPatterns) {
  auto p = lexicon::ParseKedsPhrase("AL_GORE");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_TRUE(p[0].exact);
  EXPECT_FALSE(p[1].exact);
  EXPECT_TRUE(p[1].adjacent);
  p = lexicon::ParseKedsPhrase("DURTHANG ORC_");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_FALSE(p[1].adjacent);
  EXPECT_TRUE(p[1].exact);
  lexicon::KedsModel m;
  lexicon::ParseKedsModel({"ARNOR [ARN]\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV]\n"},
                          {"<SYNSETS>\n&CUR\n+DOLLAR\n+EURO_\n</SYNSETS>\nLEFT_ [032:033]\nGIVE [070]\n{ GAVE_ }\n"
                           "- * &CUR [071]\n- SAID + * { AID | HELP } [073]\nSAID [023?]\n"},
                          {"AMBASSADOR_ [~GOV]\nHUMAN_RIGHTS_GROUP_ [NGO~]\n"}, {"SET: CODE ALL\n"}, &m);
  ASSERT_EQ(m.actors.size(), 3u);
  EXPECT_EQ(m.actors[2].entry, m.actors[1].entry);  // +SMEAGOL shares GOLLUM's codes
  ASSERT_EQ(m.actor_codes[m.actors[1].entry].size(), 2u);
  EXPECT_TRUE(m.actor_codes[m.actors[1].entry][0].dated);
  ASSERT_EQ(m.agents.size(), 2u);
  EXPECT_TRUE(m.agents[1].prefix);
  ASSERT_EQ(m.verbs.size(), 4u);  // LEFT_, GIVE, SAID and the form GAVE_
  EXPECT_EQ(m.verbs[0].code.code, "032");
  EXPECT_EQ(m.verbs[0].code.back, "033");
  EXPECT_TRUE(m.verbs[2].code.subordinate);
  const lexicon::KedsVerb& gave = m.verbs[3];
  EXPECT_EQ(gave.name[0].text, "GAVE");
  ASSERT_EQ(gave.patterns.size(), 2u);
  // Longest first: "SAID + * {AID|HELP}" has two word elements.
  EXPECT_EQ(gave.patterns[0].code.code, "073");
  ASSERT_EQ(gave.patterns[0].before.size(), 2u);
  EXPECT_EQ(gave.patterns[0].before[1].slot, lexicon::KedsSlot::kTarget);
  EXPECT_EQ(gave.patterns[0].after[0].choices.size(), 2u);
  EXPECT_EQ(gave.patterns[1].after[0].choices.size(), 2u);  // the synset's two members
  EXPECT_EQ(m.settings.code_by, lexicon::KedsSettings::CodeBy::kAll);
}

}  // namespace
}  // namespace entente
