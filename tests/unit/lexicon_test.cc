// Unit tests for lexicon/builder + the native reader: a tiny dictionary folder compiled into a
// Lexicon, reader warnings, and the phrase index checked against a naive reference matcher.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "lexicon/builder.h"
#include "lexicon/lexicon.h"
#include "lexicon/native.h"
#include "model/cameo.h"
#include "test_support.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace entente::lexicon {
namespace {

using testing_support::TempDir;

// WordIds of the tokens of `text`, looked up the way the coder does.
std::vector<WordId> Ids(const Lexicon& lx, std::string_view text) {
  std::vector<text::Token> toks;
  text::Tokenize(text, &toks);
  std::vector<WordId> out;
  for (const auto& t : toks) {
    std::string lower;
    text::LowerForLookup(text.substr(t.begin, t.end - t.begin), &lower);
    out.push_back(lx.Find(lower));
  }
  return out;
}

// The senses of the phrase with exactly these words, via the index.
std::vector<Sense> SensesOf(const Lexicon& lx, const std::vector<WordId>& words) {
  if (words.empty()) return {};
  auto [it, end] = lx.PhrasesStartingWith(words[0]);
  for (; it != end; ++it) {
    const Phrase& p = lx.phrase(*it);
    if (p.len == words.size() && std::equal(words.begin(), words.end(), lx.phrase_words(p))) {
      return std::vector<Sense>(lx.senses(p), lx.senses(p) + p.senses_len);
    }
  }
  return {};
}

bool HasSense(const std::vector<Sense>& senses, SenseKind kind) {
  return std::any_of(senses.begin(), senses.end(), [&](const Sense& s) { return s.kind == kind; });
}

class TinyLexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::WriteTinyDictionary(dir_);
    auto r = LoadNativeLexicon(dir_.path().string(), &warnings_);
    ASSERT_TRUE(r.ok()) << r.status().message();
    lx_ = std::move(r).value();
  }
  TempDir dir_;
  std::vector<std::string> warnings_;
  std::unique_ptr<Lexicon> lx_;
};

TEST_F(TinyLexiconTest, CompleteFolderLoadsWithoutWarnings) {
  for (const auto& w : warnings_) ADD_FAILURE() << "unexpected warning: " << w;
  EXPECT_GT(lx_->word_count(), 50u);
  EXPECT_EQ(lx_->source_hash(), HashNativeSources(dir_.path().string()));
  EXPECT_EQ(lx_->cameo_count(), 8u);
  EXPECT_EQ(lx_->pattern_count(), 7u);  // 5 verb + 2 noun patterns
}

TEST_F(TinyLexiconTest, WordsAreInternedAndFound) {
  EXPECT_EQ(lx_->Find("no-such-word"), kUnknownWord);
  EXPECT_EQ(lx_->Find(""), kUnknownWord);
  const WordId minsk = lx_->Find("minsk");
  ASSERT_NE(minsk, kUnknownWord);
  EXPECT_EQ(lx_->Word(minsk), "minsk");
  EXPECT_EQ(lx_->Find("Minsk"), kUnknownWord);  // lookups are lower-case
  for (WordId w = 1; w < lx_->word_count(); ++w) EXPECT_EQ(lx_->Find(lx_->Word(w)), w) << lx_->Word(w);
}

// Find, FindPadded, PaddedWords::FindShort and FindMedium (hash tags, integer compares of short words) against a plain map of all
// words: every word, and near-misses of every word (one byte changed, dropped or added), which
// are unknown unless they happen to be words themselves.
TEST_F(TinyLexiconTest, FindEqualsMapOnWordsAndNearMisses) {
  std::map<std::string, WordId, std::less<>> all;
  for (WordId w = 1; w < lx_->word_count(); ++w) all.emplace(std::string(lx_->Word(w)), w);
  auto expected = [&](std::string_view s) {
    auto it = all.find(s);
    return it == all.end() ? kUnknownWord : it->second;
  };
  size_t misses = 0;
  for (const auto& [word, id] : all) {
    ASSERT_EQ(lx_->Find(word), id) << word;
    std::vector<std::string> near;
    for (size_t k = 0; k < word.size(); ++k) {
      std::string changed = word;
      changed[k] = static_cast<char>(changed[k] ^ 1);
      near.push_back(changed);
      near.push_back(word.substr(0, k) + word.substr(k + 1));
    }
    near.push_back(word + "s");
    near.push_back(word + std::string(1, '\0'));  // (padded, the same first 8 bytes as the word)
    near.push_back(word + std::string(9, 'x'));
    near.push_back(word);
    for (const auto& s : near) {
      ASSERT_EQ(lx_->Find(s), expected(s)) << word << " -> " << s;
      std::string padded = s;
      padded.resize((s.size() + 7) / 8 * 8, '\0');
      ASSERT_EQ(lx_->FindPadded(padded.data(), s.size()), expected(s)) << word << " -> " << s;
      if (!s.empty() && s.size() <= 8) {
        uint64_t first = 0;
        std::memcpy(&first, padded.data(), 8);
        ASSERT_EQ(lx_->padded_words().FindShort(first, s.size()), expected(s)) << word << " -> " << s;
      }
      if (s.size() > 8 && s.size() <= 16) {
        uint64_t first = 0, second = 0;
        std::memcpy(&first, padded.data(), 8);
        std::memcpy(&second, padded.data() + 8, 8);
        ASSERT_EQ(lx_->padded_words().FindMedium(first, second, s.size()), expected(s)) << word << " -> " << s;
      }
      misses += expected(s) == kUnknownWord;
    }
  }
  EXPECT_GT(misses, all.size());
}

TEST_F(TinyLexiconTest, VerbFormsAndFlags) {
  const WordId meet = lx_->Find("meet"), met = lx_->Find("met"), visited = lx_->Find("visited");
  ASSERT_NE(met, kUnknownWord);
  EXPECT_EQ(lx_->VerbLemma(met), meet);
  EXPECT_EQ(lx_->VerbFormOf(met), VerbForm::kPastOrParticiple);
  EXPECT_EQ(lx_->VerbFormOf(lx_->Find("meets")), VerbForm::kThird);
  EXPECT_EQ(lx_->VerbFormOf(lx_->Find("meeting")), VerbForm::kGerund);
  EXPECT_EQ(lx_->VerbFormOf(lx_->Find("flew")), VerbForm::kPast);
  EXPECT_EQ(lx_->VerbFormOf(lx_->Find("flown")), VerbForm::kParticiple);
  EXPECT_EQ(lx_->VerbLemma(visited), lx_->Find("visit"));
  EXPECT_TRUE(lx_->Flags(visited) & kEventVerb);
  EXPECT_TRUE(lx_->Flags(visited) & kPastTense);
  EXPECT_TRUE(lx_->Flags(lx_->Find("refused")) & kRefusal);
  EXPECT_TRUE(lx_->Flags(lx_->Find("not")) & kNegation);
  EXPECT_TRUE(lx_->Flags(lx_->Find("was")) & kBe);
  EXPECT_TRUE(lx_->Flags(lx_->Find("did")) & kAuxiliary);
  EXPECT_TRUE(lx_->Flags(lx_->Find("oct")) & kMonth);
  EXPECT_TRUE(lx_->Flags(lx_->Find("monday")) & kWeekday);
  EXPECT_EQ(lx_->Flags(kUnknownWord), 0u);
  // Patterns hang off the lemma; nouns get their plural.
  auto [vb, ve] = lx_->VerbPatterns(meet);
  ASSERT_EQ(ve - vb, 2);
  EXPECT_EQ(lx_->pattern(*vb).literals, 1);  // "meet with *" (more specific) first
  EXPECT_EQ(lx_->NounLemma(lx_->Find("visits")), lx_->Find("visit"));
  EXPECT_TRUE(lx_->Flags(lx_->Find("sanctions")) & kEventNoun);
}

TEST_F(TinyLexiconTest, PhrasesCarryTheirSenses) {
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "Republic of Belarus")), SenseKind::kCountryName));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "North Korean")), SenseKind::kCountryAdj));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "Moskva")), SenseKind::kPlace));
  const auto minsk = SensesOf(*lx_, Ids(*lx_, "Minsk"));
  EXPECT_TRUE(HasSense(minsk, SenseKind::kCapital));
  EXPECT_TRUE(HasSense(minsk, SenseKind::kPlace));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "Choe Son-hui")), SenseKind::kPerson));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "Choe Son Hui")), SenseKind::kPerson));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "Choe")), SenseKind::kPersonShort));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "foreign ministers")), SenseKind::kAgent));  // plural
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "U.N.")), SenseKind::kOrganization));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "the two sides")), SenseKind::kPair));
  EXPECT_TRUE(HasSense(SensesOf(*lx_, Ids(*lx_, "ruled out")), SenseKind::kGrammar));
  const auto kremlin = SensesOf(*lx_, Ids(*lx_, "Kremlin"));
  ASSERT_TRUE(HasSense(kremlin, SenseKind::kMetonym));
  EXPECT_EQ(lx_->str(lx_->actor(kremlin[0].ref).code), "RUSGOV");
  EXPECT_EQ(lx_->str(lx_->actor(kremlin[0].ref).country), "RUS");
  EXPECT_EQ(lx_->str(lx_->actor(kremlin[0].ref).sector), "GOV");
}

TEST_F(TinyLexiconTest, PersonRolesResolveByDate) {
  const auto senses = SensesOf(*lx_, Ids(*lx_, "Choe Son-hui"));
  ASSERT_EQ(senses.size(), 1u);
  const uint32_t p = senses[0].ref;
  bool in_role = false;
  EXPECT_EQ(lx_->str(lx_->actor(lx_->ResolvePerson(p, Date{2020, 5, 1}, &in_role)).code), "PRKGOV");
  EXPECT_TRUE(in_role);
  EXPECT_EQ(lx_->str(lx_->actor(lx_->ResolvePerson(p, Date{2023, 5, 1}, &in_role)).code), "PRKMED");
  EXPECT_TRUE(in_role);
  // Before every role: the nearest role, not in office.
  EXPECT_EQ(lx_->str(lx_->actor(lx_->ResolvePerson(p, Date{2010, 1, 1}, &in_role)).code), "PRKGOV");
  EXPECT_FALSE(in_role);
}

TEST_F(TinyLexiconTest, CameoCountriesAndAbbreviations) {
  ASSERT_GE(lx_->FindCameo("042"), 0);
  EXPECT_EQ(lx_->cameo(lx_->FindCameo("042")).plover, "CONSULT");
  EXPECT_DOUBLE_EQ(lx_->cameo(lx_->FindCameo("042")).goldstein, 1.9);
  EXPECT_EQ(lx_->cameo(lx_->FindCameo("010")).plover, "");
  EXPECT_EQ(lx_->FindCameo("999"), -1);
  EXPECT_TRUE(lx_->IsCountryCode("PRK"));
  EXPECT_FALSE(lx_->IsCountryCode("XYZ"));
  EXPECT_FALSE(lx_->IsCountryCode("PR"));
  EXPECT_TRUE(lx_->abbreviations().Contains("gen"));
  EXPECT_TRUE(lx_->abbreviations().Contains("u.s"));
  EXPECT_FALSE(lx_->abbreviations().Contains("gen."));
}

TEST(NativeReaderTest, BadLinesBecomeWarningsWithFileAndLine) {
  TempDir d;
  testing_support::WriteTinyDictionary(d);
  d.Write("cameo.tsv", "code\tname\tgoldstein\tquad_class\tplover\n042\tVisit\t1.9\t1\tCONSULT\n"
                       "4x2\tBad\t1\t1\t\n043\tHost\t99\t1\t\n044\tMeet\t1\t7\t\n");
  d.Write("verbs.tsv", "code\tpattern\tnote\n042\tvisit *\t\n999\tmeet *\t\n040\t* meet\t\n"
                       "040\tmeet (with *\t\n043\tvisit *\t\n042\tmeet|see *\t\n");
  std::vector<std::string> warnings;
  auto r = LoadNativeLexicon(d.path().string(), &warnings);
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::string all;
  for (const auto& w : warnings) all += w + "\n";
  // nouns.tsv:3 refers to CAMEO 163, which this cameo.tsv no longer has.
  // verbs.tsv:6 writes "visit *" a second time; verbs.tsv:7 lists alternatives for the verb.
  EXPECT_EQ(warnings.size(), 9u) << all;
  for (const char* where : {"cameo.tsv:3:", "cameo.tsv:4:", "cameo.tsv:5:", "verbs.tsv:3:",
                            "verbs.tsv:4:", "verbs.tsv:5:", "nouns.tsv:3:", "verbs.tsv:6: the same pattern as verbs.tsv:2",
                            "verbs.tsv:7: the verb or noun 'meet|see' holds alternatives"}) {
    EXPECT_NE(all.find(where), std::string::npos) << "no warning at " << where << " in\n" << all;
  }
  EXPECT_EQ(r.value()->cameo_count(), 1u);
  EXPECT_EQ(r.value()->pattern_count(), 2u);  // "visit *" and "visit to *"
}

TEST(NativeReaderTest, MissingRequiredFileFails) {
  TempDir d;
  testing_support::WriteTinyDictionary(d);
  std::filesystem::remove(d.file("verbs.tsv"));
  std::vector<std::string> warnings;
  auto r = LoadNativeLexicon(d.path().string(), &warnings);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("verbs.tsv"), std::string::npos);
  // A missing optional file is only a warning.
  std::filesystem::remove(d.file("gazetteer.tsv"));
  d.Write("verbs.tsv", "code\tpattern\tnote\n");
  warnings.clear();
  ASSERT_TRUE(LoadNativeLexicon(d.path().string(), &warnings).ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("gazetteer.tsv"), std::string::npos);
}

// --- phrase index vs a naive reference matcher ---

// A noun head that is the plural of a known word ("talks", with the verb "talk" known) is found
// from the form the coder looks up: NounPatterns(NounLemma(form)). It used to be filed under the
// plural while the form resolved to the singular, so "the talks between ..." coded nothing.
TEST(PatternIndexTest, PluralNounHeadIsFoundFromItsFormsLemma) {
  for (const bool verb_first : {true, false}) {
    LexiconBuilder b;
    b.AddCameo(model::CameoInfo{"040", "Consult", 1.0, 1, "CONSULT"});
    b.AddCameo(model::CameoInfo{"046", "Engage in negotiation", 7.0, 1, "CONSULT"});
    const int c040 = b.FindCameo("040"), c046 = b.FindCameo("046");
    if (verb_first) {
      ASSERT_EQ(b.AddPattern(false, "talk", "with *", c040, "talk with *", "t:1"), "");
    }
    ASSERT_EQ(b.AddPattern(true, "talks", "with *", c046, "talks with *", "t:2"), "");
    ASSERT_EQ(b.AddPattern(true, "talks", "", c046, "talks", "t:3"), "");
    if (!verb_first) {
      ASSERT_EQ(b.AddPattern(false, "talk", "with *", c040, "talk with *", "t:1"), "");
    }
    const auto lx = b.Finish();
    const WordId form = lx->Find("talks");
    ASSERT_NE(form, kUnknownWord);
    const auto [first, last] = lx->NounPatterns(lx->NounLemma(form));
    EXPECT_EQ(last - first, 2) << "verb first: " << verb_first;
    // Most literals first, then file order.
    if (last - first == 2) {
      EXPECT_EQ(lx->pattern(*first).literals, 1u);
    }
  }
}

// British spelling doubles a final -l: "travelled", and also after "ia", "ua", "ue"
// ("initialled", "equalled", "fuelled"); American forms stay.
TEST(BritishSpellingTest, FinalLDoubledAfterAVowel) {
  LexiconBuilder b;
  b.AddCameo(model::CameoInfo{"057", "Sign formal agreement", 8.0, 1, "AGREE"});
  const int c057 = b.FindCameo("057");
  for (const char* verb : {"travel", "initial", "equal", "fuel", "cancel"}) {
    ASSERT_EQ(b.AddPattern(false, verb, "", c057, verb, "t:1"), "") << verb;
  }
  const auto lx = b.Finish();
  for (const char* form : {"travelled", "travelling", "initialled", "initialling", "equalled", "fuelled",
                           "cancelled", "initialed", "traveled"}) {
    const WordId w = lx->Find(form);
    ASSERT_NE(w, kUnknownWord) << form;
    EXPECT_TRUE(lx->Flags(w) & kEventVerb) << form;
  }
  EXPECT_EQ(lx->VerbLemma(lx->Find("initialled")), lx->Find("initial"));
  EXPECT_EQ(lx->VerbFormOf(lx->Find("initialling")), VerbForm::kGerund);
}

TEST(PhraseIndexTest, LongestMatchEqualsNaiveScanOverAllPhrases) {
  std::mt19937 rng(20251030);
  for (int round = 0; round < 20; ++round) {
    LexiconBuilder b;
    const int vocab = 4 + static_cast<int>(rng() % 12);  // small vocabulary: many shared prefixes
    std::vector<WordId> words;
    for (int v = 0; v < vocab; ++v) words.push_back(b.Intern(std::to_string(v) + "w"));
    std::map<std::vector<WordId>, std::vector<Sense>> reference;
    const int nphrases = 1 + static_cast<int>(rng() % 60);
    for (int k = 0; k < nphrases; ++k) {
      std::vector<WordId> p(1 + rng() % 5);
      for (auto& w : p) w = words[rng() % words.size()];
      const Sense s{static_cast<SenseKind>(rng() % 12), static_cast<uint32_t>(rng() % 4)};
      b.AddSense(p, s);
      auto& list = reference[p];
      if (std::none_of(list.begin(), list.end(),
                       [&](const Sense& x) { return x.kind == s.kind && x.ref == s.ref; })) {
        list.push_back(s);
      }
    }
    const auto lx = b.Finish();
    // Random text over the vocabulary plus unknown words.
    std::vector<WordId> textw(300);
    for (auto& w : textw) w = rng() % 8 == 0 ? kUnknownWord : words[rng() % words.size()];
    for (size_t i = 0; i < textw.size(); ++i) {
      // Naive: every phrase, keep the longest that matches at i.
      const std::vector<WordId>* want = nullptr;
      for (const auto& [p, senses] : reference) {
        if (i + p.size() <= textw.size() && std::equal(p.begin(), p.end(), textw.begin() + i) &&
            (!want || p.size() > want->size())) {
          want = &p;
        }
      }
      // Index: the first (longest) phrase starting with textw[i] that matches.
      const Phrase* got = nullptr;
      auto [it, end] = lx->PhrasesStartingWith(textw[i]);
      for (; it != end && !got; ++it) {
        const Phrase& p = lx->phrase(*it);
        if (i + p.len <= textw.size() && std::equal(lx->phrase_words(p), lx->phrase_words(p) + p.len,
                                                   textw.begin() + i)) {
          got = &p;
        }
      }
      ASSERT_EQ(want != nullptr, got != nullptr) << "round " << round << " position " << i;
      if (!want) continue;
      ASSERT_EQ(got->len, want->size()) << "round " << round << " position " << i;
      ASSERT_TRUE(std::equal(want->begin(), want->end(), lx->phrase_words(*got)));
      const auto& ws = reference.at(*want);
      ASSERT_EQ(got->senses_len, ws.size());
      for (size_t k = 0; k < ws.size(); ++k) {
        EXPECT_EQ(lx->senses(*got)[k].kind, ws[k].kind);
        EXPECT_EQ(lx->senses(*got)[k].ref, ws[k].ref);
      }
    }
  }
}

TEST(PhraseIndexTest, RangesAreSortedLongestFirst) {
  LexiconBuilder b;
  const WordId a = b.Intern("a"), c = b.Intern("c");
  b.AddSense({a}, Sense{SenseKind::kPlace, 0});
  b.AddSense({a, c, c}, Sense{SenseKind::kPlace, 1});
  b.AddSense({a, c}, Sense{SenseKind::kPlace, 2});
  b.AddSense({a, c}, Sense{SenseKind::kPlace, 2});  // duplicate sense ignored
  const auto lx = b.Finish();
  auto [it, end] = lx->PhrasesStartingWith(a);
  ASSERT_EQ(end - it, 3);
  EXPECT_EQ(lx->phrase(it[0]).len, 3);
  EXPECT_EQ(lx->phrase(it[1]).len, 2);
  EXPECT_EQ(lx->phrase(it[1]).senses_len, 1);
  EXPECT_EQ(lx->phrase(it[2]).len, 1);
  auto none = lx->PhrasesStartingWith(c);
  EXPECT_EQ(none.first, none.second);
  auto unknown = lx->PhrasesStartingWith(kUnknownWord);
  EXPECT_EQ(unknown.first, unknown.second);
  auto out_of_range = lx->PhrasesStartingWith(12345);
  EXPECT_EQ(out_of_range.first, out_of_range.second);
}

}  // namespace
}  // namespace entente::lexicon
