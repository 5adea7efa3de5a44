// Shared helpers for the unit tests: temporary folders, a tiny hand-written dictionary set, and
// the bundled-dictionary Engine loaded once per test binary.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "entente/engine.h"

namespace entente {
// Readable dates in assertion messages ("2025-10-27" instead of a byte dump).
inline void PrintTo(const Date& d, std::ostream* os) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  *os << buf;
}
}  // namespace entente

namespace entente::testing_support {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() /
            ("entente_unit_" + std::to_string(rd()) + "_" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string Write(const std::string& name, const std::string& content) const {
    const std::string p = file(name);
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  fs::path path_;
};

// Writes a small but complete native dictionary folder (every file the reader knows).
inline void WriteTinyDictionary(const TempDir& d) {
  d.Write("cameo.tsv",
          "# tiny CAMEO table\n"
          "code\tname\tgoldstein\tquad_class\tplover\n"
          "010\tMake statement\t0.0\t1\t\n"
          "036\tExpress intent to meet\t4.0\t1\tCONSULT\n"
          "040\tConsult\t1.0\t1\tCONSULT\n"
          "042\tMake a visit\t1.9\t1\tCONSULT\n"
          "043\tHost a visit\t2.8\t1\tCONSULT\n"
          "046\tEngage in negotiation\t7.0\t1\tCONSULT\n"
          "125\tReject proposal to meet\t-5.0\t3\tREJECT\n"
          "163\tImpose embargo\t-8.0\t4\tSANCTION\n");
  d.Write("irregular_verbs.tsv",
          "lemma\tthird\tpast\tparticiple\tgerund\n"
          "meet\tmeets\tmet\tmet\tmeeting\n"
          "hold\tholds\theld\theld\tholding\n"
          "fly\tflies\tflew\tflown\tflying\n");
  d.Write("grammar.tsv",
          "class\twords\n"
          "negation\tnot;n't;no longer\n"
          "refusal\trefuse;rule out\n"
          "intent\tplan;be set to\n"
          "modal\twill;would;could\n"
          "hypothetical\tif\n"
          "report\tsay\n"
          "light\thold;impose\n"
          "pronoun_person\the;she\n"
          "determiner\tthe;a;her\n"
          "preposition\tin;on;to;with;for;of\n"
          "conjunction\tand;as well as\n"
          "subordinator\twho;that\n"
          "weekday\tmonday;tuesday\n"
          "month\toct;oct.;october;nov;nov.\n"
          "relative_past\tyesterday;last week\n"
          "abbreviation\tmr.;gen.;oct.;nov.;u.s.\n"
          "pair\tthe two sides;both\n");
  d.Write("countries.tsv",
          "code\tiso3\tkind\tnames\tadjectives\tcapitals\tmetonyms\n"
          "BLR\tBLR\tstate\tBelarus;Republic of Belarus\tBelarusian;Belarusians\tMinsk\t\n"
          "RUS\tRUS\tstate\tRussia;Russian Federation\tRussian;Russians\tMoscow\tKremlin=GOV;State Duma=LEG\n"
          "PRK\tPRK\tstate\tNorth Korea;DPRK;Democratic People's Republic of Korea\tNorth Korean\tPyongyang\t\n"
          "USA\tUSA\tstate\tUnited States;U.S.;United States of America\tAmerican\tWashington\tWhite House=GOV\n");
  d.Write("gazetteer.tsv",
          "name\tcountry\tlat\tlon\tkind\talternates\n"
          "Minsk\tBLR\t53.9045\t27.5615\tcapital\t\n"
          "Moscow\tRUS\t55.7558\t37.6173\tcapital\tMoskva\n"
          "Sochi\tRUS\t43.6028\t39.7342\tcity\t\n");
  d.Write("organizations.tsv",
          "code\tcountry\tsector\tkind\tnames\n"
          "IGOUNO\t\tIGO\tigo\tUnited Nations;UN;U.N.;United Nations Security Council\n"
          "PRKMED\tPRK\tMED\tmedia\tKorean Central News Agency;KCNA\n");
  d.Write("agents.tsv",
          "sector\tkind\twords\n"
          "GOV\tnoun\tgovernment;foreign minister;foreign ministry\n"
          "MIL\tnoun\tarmy;defence ministry\n"
          "GOV\ttitle\tPresident;Foreign Minister\n");
  d.Write("people.tsv",
          "names\tshort\tcode\tfrom\tto\trole\n"
          "Choe Son-hui;Choe Son Hui\tChoe\tPRKGOV\t2018-01-01\t2022-06-10\tvice foreign minister\n"
          "Choe Son-hui;Choe Son Hui\tChoe\tPRKMED\t2022-06-11\t\ttest role (fictional)\n"
          "Vladimir Putin\tPutin\tRUSGOV\t2012-05-07\t\tpresident\n");
  d.Write("verbs.tsv",
          "code\tpattern\tnote\n"
          "042\tvisit *\t\n"
          "040\tmeet *\t\n"
          "040\tmeet with *\t\n"
          "046\thold talks with *\t\n"
          "042\tfly to *\t\n");
  d.Write("nouns.tsv",
          "code\tpattern\tnote\n"
          "042\tvisit to *\t\n"
          "163\tsanctions on|against *\t\n");
}

// The folder of the bundled dictionaries: ENTENTE_SOURCE_DIR/data/dict, or $ENTENTE_TEST_DICT_DIR
// when set (to try the tests against a dictionary being edited elsewhere).
inline std::string BundledDictDir() {
  if (const char* env = std::getenv("ENTENTE_TEST_DICT_DIR"); env && *env) return env;
  return ENTENTE_SOURCE_DIR "/data/dict";
}

// True when the bundled verbs.tsv has a pattern whose head word is `lemma` ("visit *").
inline bool BundledHasVerb(const std::string& lemma) {
  std::ifstream in(BundledDictDir() + "/verbs.tsv");
  std::string line;
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (tab != std::string::npos && line.compare(tab + 1, lemma.size() + 1, lemma + " ") == 0) return true;
  }
  return false;
}

// The bundled dictionaries, loaded once. Returns nullptr when they cannot be used:
// *skip is set when verbs.tsv is absent (callers GTEST_SKIP), *error when Load failed
// although the files are there (callers FAIL).
inline std::shared_ptr<const Engine> BundledEngine(std::string* skip, std::string* error) {
  struct Loaded {
    std::shared_ptr<const Engine> engine;
    std::string skip, error;
  };
  static const Loaded loaded = [] {
    Loaded l;
    const std::string dir = BundledDictDir();
    if (!fs::exists(dir + "/verbs.tsv")) {
      l.skip = dir + "/verbs.tsv is absent: bundled-dictionary tests skipped";
      return l;
    }
    EngineOptions options;
    options.dict_dir = dir;
    auto r = Engine::Load(options);
    if (!r.ok()) {
      l.error = "Engine::Load(" + dir + ") failed: " + r.status().message();
      return l;
    }
    l.engine = r.value();
    return l;
  }();
  *skip = loaded.skip;
  *error = loaded.error;
  return loaded.engine;
}

// Fixture base for tests that code text with the bundled dictionaries.
class BundledEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string skip, error;
    engine_ = BundledEngine(&skip, &error);
    if (!skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(error.empty()) << error;
    ASSERT_NE(engine_, nullptr);
  }

  // Codes one document; fails the test when the engine refuses it.
  std::vector<Event> Code(const std::string& text, Date date, const std::string& id = "doc") {
    Document doc;
    doc.id = id;
    doc.text = text;
    doc.date = date;
    std::vector<Event> events;
    const Status s = engine_->Code(doc, scratch_, &events);
    EXPECT_TRUE(s.ok()) << s.message() << " for: " << text;
    return events;
  }

  // The coder's trace for a sentence, to print when an expectation fails.
  std::string Explain(const std::string& text, Date date) const { return engine_->Explain(text, date); }

  std::shared_ptr<const Engine> engine_;
  Engine::Scratch scratch_;
};

}  // namespace entente::testing_support
