// entente::Engine as a whole (tiny test dictionary): loading, warnings, the compiled-dictionary
// cache, and concurrent use with one Scratch per thread.
#include "entente/engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace entente {
namespace {

using testing_support::TempDir;

size_t Stat(const Engine& e, const std::string& name) {
  for (const auto& [n, v] : e.stats())
    if (n == name) return v;
  ADD_FAILURE() << "no stat " << name;
  return 0;
}

std::string Summary(const std::vector<Event>& events) {
  std::ostringstream o;
  for (const Event& e : events) {
    o << e.sentence << ":" << e.source.code << ">" << (e.target ? e.target->code : "-") << ":"
      << e.cameo << ":" << e.date.year << "-" << e.date.month << "-" << e.date.day << ":"
      << e.evidence.start << "-" << e.evidence.end << ";";
  }
  return o.str();
}

Result<std::shared_ptr<const Engine>> LoadFrom(const TempDir& dict, const std::string& cache = "") {
  EngineOptions options;
  options.dict_dir = dict.path().string();
  options.cache_dir = cache;
  return Engine::Load(options);
}

// The tiny test dictionary written into `dict` and loaded; nullptr when it does not load.
std::shared_ptr<const Engine> TinyEngine(const TempDir& dict) {
  testing_support::WriteTinyDictionary(dict);
  auto r = LoadFrom(dict);
  return r.ok() ? r.value() : nullptr;
}

TEST(EngineTest, MissingFolderOrRequiredFileFails) {
  TempDir empty;
  auto r = LoadFrom(empty);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EngineOptions options;
  options.dict_dir = empty.file("no-such-folder");
  auto r2 = Engine::Load(options);
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.status().message().find("no-such-folder"), std::string::npos);
}

TEST(EngineTest, BadLinesAreWarningsNotFailures) {
  TempDir dict;
  testing_support::WriteTinyDictionary(dict);
  dict.Write("gazetteer.tsv", "name\tcountry\tlat\tlon\tkind\talternates\n"
                              "Minsk\tBLR\t53.9\t27.5\tcapital\t\n"
                              "Atlantis\tATL\t0\t0\tcity\t\n"
                              "Nowhere\tBLR\t91\t0\tcity\t\n"
                              "Black Sea\t\t43\t34\tsea\t\n"
                              "Baltic Sea\tLVA\t58\t20\tsea\t\n"
                              "Minsk Sea\t\t53.9\t27.5\tcity\t\n"
                              "Gomel\tBLR\t52.4\t31.0\ttown\t\n");
  auto r = LoadFrom(dict);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto& w = r.value()->warnings();
  ASSERT_EQ(w.size(), 5u);
  EXPECT_NE(w[0].find("gazetteer.tsv:3: unknown country code 'ATL'"), std::string::npos) << w[0];
  EXPECT_NE(w[1].find("gazetteer.tsv:4: lat/lon"), std::string::npos) << w[1];
  EXPECT_NE(w[2].find("gazetteer.tsv:6: a sea has no country"), std::string::npos) << w[2];
  EXPECT_NE(w[3].find("gazetteer.tsv:7: unknown country code ''"), std::string::npos) << w[3];
  EXPECT_NE(w[4].find("gazetteer.tsv:8: kind must be capital, city, region, country or sea"), std::string::npos) << w[4];
  EXPECT_EQ(Stat(*r.value(), "places"), 2u);  // (Minsk and the Black Sea)
}

TEST(EngineTest, AlternativesInAPatternHeadAreABadLine) {
  TempDir dict;
  testing_support::WriteTinyDictionary(dict);
  dict.Write("verbs.tsv", "code\tpattern\tnote\n"
                          "040\tmeet *\t\n"
                          "163\tsuspend|halt trade with *\t\n");
  auto r = LoadFrom(dict);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto& w = r.value()->warnings();
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("verbs.tsv:3:"), std::string::npos) << w[0];
  EXPECT_NE(w[0].find("'suspend|halt'"), std::string::npos) << w[0];
}

TEST(EngineTest, CompiledCacheGivesTheSameEngine) {
  TempDir dict, cache;
  testing_support::WriteTinyDictionary(dict);
  auto built = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(built.ok()) << built.status().message();
  EXPECT_TRUE(built.value()->warnings().empty());
  auto cached = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(cached.ok()) << cached.status().message();
  EXPECT_EQ(Stat(*built.value(), "from_cache"), 0u);
  EXPECT_EQ(Stat(*cached.value(), "from_cache"), 1u);
  for (const char* s : {"words", "actors", "people", "places", "verb_patterns", "noun_patterns", "cameo_codes"}) {
    EXPECT_EQ(Stat(*built.value(), s), Stat(*cached.value(), s)) << s;
  }
  const Document doc{"c", "President Vladimir Putin visited Minsk on Monday. He will visit Pyongyang.",
                     Date{2025, 10, 30}, "", ""};
  Engine::Scratch s1, s2;
  std::vector<Event> a, b;
  ASSERT_TRUE(built.value()->Code(doc, s1, &a).ok());
  ASSERT_TRUE(cached.value()->Code(doc, s2, &b).ok());
  EXPECT_EQ(a.size(), 2u) << Summary(a);
  EXPECT_EQ(Summary(a), Summary(b));
  // Editing a dictionary changes the key: the next load compiles again.
  dict.Write("gazetteer.tsv", "name\tcountry\tlat\tlon\tkind\talternates\nMinsk\tBLR\t53.9\t27.5\tcapital\t\n");
  auto rebuilt = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(rebuilt.ok());
  EXPECT_EQ(Stat(*rebuilt.value(), "from_cache"), 0u);
  EXPECT_EQ(Stat(*rebuilt.value(), "places"), 1u);
}

TEST(EngineTest, DamagedCacheIsRebuiltWithAWarning) {
  TempDir dict, cache;
  testing_support::WriteTinyDictionary(dict);
  ASSERT_TRUE(LoadFrom(dict, cache.path().string()).ok());
  int damaged = 0;
  for (const auto& entry : std::filesystem::directory_iterator(cache.path())) {
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "not a cache";
    ++damaged;
  }
  ASSERT_EQ(damaged, 1) << "expected exactly one cache file";
  auto r = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(Stat(*r.value(), "from_cache"), 0u);
  ASSERT_EQ(r.value()->warnings().size(), 1u);
  EXPECT_NE(r.value()->warnings()[0].find("cache"), std::string::npos) << r.value()->warnings()[0];
  // The rebuilt cache is good again.
  auto again = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(Stat(*again.value(), "from_cache"), 1u);
}

TEST(EngineTest, CachedLoadKeepsDictionaryWarnings) {
  TempDir dict, cache;
  testing_support::WriteTinyDictionary(dict);
  dict.Write("nouns.tsv", "code\tpattern\tnote\n042\tvisit to *\t\n999\ttalks with *\t\n");
  auto first = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first.value()->warnings().size(), 1u);
  auto second = LoadFrom(dict, cache.path().string());
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(Stat(*second.value(), "from_cache"), 1u);
  EXPECT_EQ(second.value()->warnings(), first.value()->warnings());
}

TEST(EngineTest, ConcurrentCodingMatchesSequential) {
  TempDir dict;
  const std::shared_ptr<const Engine> engine = TinyEngine(dict);
  ASSERT_NE(engine, nullptr);
  std::vector<Document> docs;
  const char* texts[] = {"President Vladimir Putin visited Minsk on Monday.",
                         "Choe Son-hui met President Vladimir Putin in Moscow. She will visit Minsk.",
                         "President Vladimir Putin refused to visit Pyongyang yesterday.",
                         "Russia and Belarus held talks with North Korea last week."};
  for (int i = 0; i < 40; ++i) docs.push_back(Document{"d" + std::to_string(i), texts[i % 4], Date{2025, 10, 30}, "", ""});
  std::vector<std::string> sequential(docs.size()), parallel(docs.size());
  Engine::Scratch scratch;
  for (size_t i = 0; i < docs.size(); ++i) {
    std::vector<Event> ev;
    ASSERT_TRUE(engine->Code(docs[i], scratch, &ev).ok());
    sequential[i] = Summary(ev);
  }
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Engine::Scratch own;
      for (size_t i = t; i < docs.size(); i += 4) {
        std::vector<Event> ev;
        if (engine->Code(docs[i], own, &ev).ok()) parallel[i] = Summary(ev);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(parallel, sequential);
  EXPECT_FALSE(sequential[0].empty());
}

// Every field a recycled event's memory could leak into.
std::string Full(const std::vector<Event>& events) {
  std::ostringstream o;
  for (const Event& e : events) {
    o << Summary({e}) << e.doc_id << "|" << e.source.text << "|" << e.source.country << "|" << e.source.sector << "|"
      << (e.target ? e.target->text + "|" + e.target->country + "|" + e.target->sector : "-") << "|" << e.plover
      << "|" << (e.location ? e.location->name : "-") << "|" << e.evidence.sentence_text << "|"
      << e.evidence.verb_text << "|" << e.evidence.rule << "|" << e.issues.size() << "\n";
  }
  return o.str();
}

TEST(EngineTest, RecycledEventsCodeTheSame) {
  TempDir dict;
  const std::shared_ptr<const Engine> engine = TinyEngine(dict);
  ASSERT_NE(engine, nullptr);
  // Long sentences first, so later (shorter) events reuse larger buffers, and the reverse.
  const char* texts[] = {"Russia and Belarus held talks with North Korea last week in Minsk, officials said on Friday.",
                         "Putin visited Minsk.",
                         "Choe Son-hui met President Vladimir Putin in Moscow. She will visit Minsk.",
                         "President Vladimir Putin refused to visit Pyongyang yesterday.",
                         "Nothing happened."};
  Engine::Scratch fresh_scratch, recycling;
  std::vector<Event> reused;
  for (int i = 0; i < 20; ++i) {
    const Document doc{"d" + std::to_string(i), texts[(i * 3) % 5], Date{2025, 10, 30}, "", ""};
    std::vector<Event> fresh;
    ASSERT_TRUE(engine->Code(doc, fresh_scratch, &fresh).ok());
    recycling.Recycle(&reused);
    EXPECT_TRUE(reused.empty());
    ASSERT_TRUE(engine->Code(doc, recycling, &reused).ok());
    EXPECT_EQ(Full(reused), Full(fresh)) << doc.text;
  }
}

}  // namespace
}  // namespace entente
