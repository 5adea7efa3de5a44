// Unit tests for lexicon/cache: Save/Load round trip of a compiled Lexicon, and refusal of
// stale, foreign, truncated, damaged or inconsistent cache files.
#include "lexicon/cache.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "lexicon/native.h"
#include "lexicon/tsv.h"
#include "test_support.h"

namespace entente::lexicon {
namespace {

using testing_support::TempDir;

// Element sizes of the tables in file order (see CacheIo::Save).
enum Table { kPool, kWords, kWordFlags, kHashSlots, kPhrases, kPhraseWords, kSenses, kPhraseIndexOff,
             kPhraseIndex, kVerbLemma, kVerbForm, kNounLemma, kVerbPatOff, kVerbPat, kNounPatOff,
             kNounPat, kPatterns, kElems, kPatternWords, kActors, kPersons, kRoles, kPlaces,
             kSectors, kCountryCodes, kTableCount };
constexpr size_t kElemSize[kTableCount] = {
    1, sizeof(Str), 4, 4, sizeof(Phrase), 4, sizeof(Sense), 4, 4, 4, 1, 4, 4, 4, 4, 4,
    sizeof(Pattern), sizeof(PatternElem), 4, sizeof(ActorEntry), sizeof(Person), sizeof(Role),
    sizeof(Place), sizeof(Str), sizeof(Str)};
constexpr size_t kHeaderBytes = 8 + 4 + 8;  // magic, version, source hash

// Byte offset of element `i` of `table` in a cache file, and the table's element count.
size_t ElementOffset(const std::string& bytes, Table table, size_t i, uint64_t* count = nullptr) {
  size_t pos = kHeaderBytes;
  for (int t = 0;; ++t) {
    uint64_t n;
    std::memcpy(&n, bytes.data() + pos, 8);
    if (t == table) {
      if (count) *count = n;
      return pos + 8 + i * kElemSize[t];
    }
    pos += 8 + n * kElemSize[t];
  }
}

void Put32(std::string* bytes, size_t at, uint32_t v) { std::memcpy(bytes->data() + at, &v, 4); }

class CacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::WriteTinyDictionary(dict_);
    std::vector<std::string> warnings;
    auto r = LoadNativeLexicon(dict_.path().string(), &warnings);
    ASSERT_TRUE(r.ok()) << r.status().message();
    lx_ = std::move(r).value();
    path_ = cache_.file("lexicon.bin");
    ASSERT_TRUE(CacheIo::Save(*lx_, path_).ok());
    ASSERT_TRUE(ReadFile(path_, &bytes_).ok());
    ASSERT_GT(bytes_.size(), kHeaderBytes);
  }
  // Loads `bytes` written to a fresh file with the right hash.
  Result<std::unique_ptr<Lexicon>> LoadBytes(const std::string& bytes) {
    const std::string p = cache_.Write("damaged.bin", bytes);
    return CacheIo::Load(p, lx_->source_hash());
  }
  void ExpectCorrupt(const std::string& bytes, const std::string& what) {
    auto r = LoadBytes(bytes);
    ASSERT_FALSE(r.ok()) << what << ": damaged cache accepted";
    EXPECT_EQ(r.status().code(), StatusCode::kCorrupt) << what << ": " << r.status().message();
  }

  TempDir dict_, cache_;
  std::unique_ptr<Lexicon> lx_;
  std::string path_, bytes_;
};

TEST_F(CacheTest, RoundTripKeepsEveryTable) {
  auto r = CacheIo::Load(path_, lx_->source_hash());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Lexicon& a = *lx_;
  const Lexicon& b = *r.value();
  ASSERT_EQ(a.word_count(), b.word_count());
  EXPECT_EQ(a.source_hash(), b.source_hash());
  for (WordId w = 1; w < a.word_count(); ++w) {
    ASSERT_EQ(a.Word(w), b.Word(w));
    ASSERT_EQ(b.Find(a.Word(w)), w);
    EXPECT_EQ(a.Flags(w), b.Flags(w));
    EXPECT_EQ(a.VerbLemma(w), b.VerbLemma(w));
    EXPECT_EQ(a.VerbFormOf(w), b.VerbFormOf(w));
    EXPECT_EQ(a.NounLemma(w), b.NounLemma(w));
    auto pa = a.PhrasesStartingWith(w), pb = b.PhrasesStartingWith(w);
    ASSERT_EQ(pa.second - pa.first, pb.second - pb.first) << a.Word(w);
    for (long k = 0; k < pa.second - pa.first; ++k) {
      const Phrase &x = a.phrase(pa.first[k]), &y = b.phrase(pb.first[k]);
      ASSERT_EQ(x.len, y.len);
      EXPECT_TRUE(std::equal(a.phrase_words(x), a.phrase_words(x) + x.len, b.phrase_words(y)));
      ASSERT_EQ(x.senses_len, y.senses_len);
      for (uint16_t s = 0; s < x.senses_len; ++s) {
        EXPECT_EQ(a.senses(x)[s].kind, b.senses(y)[s].kind);
        EXPECT_EQ(a.senses(x)[s].ref, b.senses(y)[s].ref);
      }
    }
    auto va = a.VerbPatterns(w), vb = b.VerbPatterns(w);
    ASSERT_EQ(va.second - va.first, vb.second - vb.first);
    for (long k = 0; k < va.second - va.first; ++k) {
      EXPECT_EQ(a.str(a.pattern(va.first[k]).text), b.str(b.pattern(vb.first[k]).text));
    }
  }
  EXPECT_EQ(b.Find("no-such-word"), kUnknownWord);
  ASSERT_EQ(a.actor_count(), b.actor_count());
  for (uint32_t i = 0; i < a.actor_count(); ++i) EXPECT_EQ(a.str(a.actor(i).code), b.str(b.actor(i).code));
  ASSERT_EQ(a.person_count(), b.person_count());
  ASSERT_EQ(a.place_count(), b.place_count());
  for (uint32_t i = 0; i < a.place_count(); ++i) {
    EXPECT_EQ(a.str(a.place(i).name), b.str(b.place(i).name));
    EXPECT_DOUBLE_EQ(a.place(i).lat, b.place(i).lat);
  }
  ASSERT_EQ(a.cameo_count(), b.cameo_count());
  for (uint32_t i = 0; i < a.cameo_count(); ++i) {
    EXPECT_EQ(a.cameo(i).code, b.cameo(i).code);
    EXPECT_EQ(a.cameo(i).plover, b.cameo(i).plover);
    EXPECT_EQ(a.cameo(i).quad_class, b.cameo(i).quad_class);
    EXPECT_EQ(b.FindCameo(a.cameo(i).code), static_cast<int>(i));
  }
  EXPECT_EQ(a.abbreviations().size(), b.abbreviations().size());
  EXPECT_TRUE(b.abbreviations().Contains("oct"));
  EXPECT_TRUE(b.IsCountryCode("BLR"));
  bool in_role = false;
  EXPECT_EQ(a.ResolvePerson(0, Date{2020, 1, 1}, &in_role), b.ResolvePerson(0, Date{2020, 1, 1}, &in_role));
}

TEST_F(CacheTest, SavedBytesAreDeterministic) {
  const std::string again = cache_.file("again.bin");
  ASSERT_TRUE(CacheIo::Save(*lx_, again).ok());
  std::string bytes2;
  ASSERT_TRUE(ReadFile(again, &bytes2).ok());
  EXPECT_TRUE(bytes2 == bytes_);
}

TEST_F(CacheTest, MissingFileIsNotFound) {
  auto r = CacheIo::Load(cache_.file("nope.bin"), lx_->source_hash());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST_F(CacheTest, RefusesOtherSourceHashVersionAndMagic) {
  auto r = CacheIo::Load(path_, lx_->source_hash() ^ 1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(r.status().message().find(path_), std::string::npos);
  for (size_t i = 0; i < 8; ++i) {
    std::string b = bytes_;
    b[i] ^= 0x01;
    ExpectCorrupt(b, "magic byte " + std::to_string(i));
  }
  std::string b = bytes_;
  Put32(&b, 8, kCacheFormatVersion + 1);
  ExpectCorrupt(b, "format version");
}

TEST_F(CacheTest, RefusesTruncatedFilesAndTrailingBytes) {
  for (size_t len = 0; len < bytes_.size(); len += (len < 64 ? 1 : 13)) {
    ExpectCorrupt(bytes_.substr(0, len), "truncated to " + std::to_string(len));
  }
  ExpectCorrupt(bytes_.substr(0, bytes_.size() - 1), "last byte missing");
  ExpectCorrupt(bytes_ + '\0', "one trailing byte");
}

TEST_F(CacheTest, RefusesRandomGarbage) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::string g(rng() % 4096, '\0');
    for (char& c : g) c = static_cast<char>(rng());
    ExpectCorrupt(g, "garbage");
    // Garbage behind a valid header: the table sizes are nonsense.
    ExpectCorrupt(bytes_.substr(0, kHeaderBytes) + g, "garbage after the header");
  }
}

TEST_F(CacheTest, HugeTableCountIsRefusedWithoutAllocating) {
  std::string b = bytes_;
  const uint64_t huge = ~uint64_t{0} / 2;
  std::memcpy(b.data() + ElementOffset(b, kWords, 0) - 8, &huge, 8);
  ExpectCorrupt(b, "words count 2^63");
}

TEST_F(CacheTest, RefusesOutOfRangeWordAndPhraseReferences) {
  std::string b = bytes_;
  Put32(&b, ElementOffset(b, kHashSlots, 0), static_cast<uint32_t>(lx_->word_count()));
  ExpectCorrupt(b, "hash slot beyond the word table");
  b = bytes_;
  Put32(&b, ElementOffset(b, kPhraseIndex, 0), 0x7fffffff);
  ExpectCorrupt(b, "phrase index entry beyond the phrase table");
  b = bytes_;
  Put32(&b, ElementOffset(b, kWords, 1) + offsetof(Str, len), 0x7fffffff);
  ExpectCorrupt(b, "word string beyond the pool");
}

TEST_F(CacheTest, RefusesInconsistentIndexOffsets) {
  for (Table t : {kPhraseIndexOff, kVerbPatOff, kNounPatOff}) {
    std::string b = bytes_;
    uint64_t n = 0;
    ElementOffset(b, t, 0, &n);
    Put32(&b, ElementOffset(b, t, n / 2), 0x40000000);
    ExpectCorrupt(b, "CSR offset table " + std::to_string(t));
  }
}

TEST_F(CacheTest, RefusesDanglingEntityReferences) {
  // The first sense whose ref indexes a table (grammar and pair senses hold flags instead).
  size_t indexed_sense = 0;
  for (;; ++indexed_sense) {
    Sense s;
    std::memcpy(&s, bytes_.data() + ElementOffset(bytes_, kSenses, indexed_sense), sizeof s);
    if (s.kind != SenseKind::kGrammar && s.kind != SenseKind::kPair) break;
  }
  struct Case {
    Table table;
    size_t index, field;
    const char* what;
  };
  for (const Case& c : {Case{kSenses, indexed_sense, offsetof(Sense, ref), "sense ref"},
                        Case{kPersons, 0, offsetof(Person, roles_off), "person roles_off"},
                        Case{kRoles, 0, offsetof(Role, actor), "role actor"},
                        Case{kPatterns, 0, offsetof(Pattern, text) + offsetof(Str, off), "pattern text"},
                        Case{kActors, 0, offsetof(ActorEntry, code) + offsetof(Str, len), "actor code"}}) {
    std::string b = bytes_;
    Put32(&b, ElementOffset(b, c.table, c.index) + c.field, 0x40000000);
    ExpectCorrupt(b, c.what);
  }
}

TEST_F(CacheTest, RefusesDamagedBoolMembers) {
  ASSERT_GT(lx_->place_count(), 0u);
  struct Case {
    Table table;
    size_t field;
    const char* what;
  };
  for (const Case& c : {Case{kPatterns, offsetof(Pattern, has_target), "pattern has_target"},
                        Case{kPatterns, offsetof(Pattern, noun), "pattern noun"},
                        Case{kPlaces, offsetof(Place, country_level), "place country_level"}}) {
    std::string b = bytes_;
    b[ElementOffset(b, c.table, 0) + c.field] = 2;
    ExpectCorrupt(b, c.what);
  }
}

TEST_F(CacheTest, RefusesDegenerateTables) {
  std::string b = bytes_;
  uint64_t slots = 0;
  ElementOffset(b, kHashSlots, 0, &slots);
  for (size_t i = 0; i < slots; ++i) Put32(&b, ElementOffset(b, kHashSlots, i), 1);
  ExpectCorrupt(b, "hash table without an empty slot");
  b = bytes_;
  const uint16_t zero = 0;
  std::memcpy(b.data() + ElementOffset(b, kPhrases, 0) + offsetof(Phrase, len), &zero, 2);
  ExpectCorrupt(b, "phrase of length 0");
}

TEST_F(CacheTest, SaveReportsUnwritablePath) {
  const std::string file = cache_.Write("plain_file", "x");
  const Status s = CacheIo::Save(*lx_, file + "/sub/lexicon.bin");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace entente::lexicon
