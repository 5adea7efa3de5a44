#include "lexicon/cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <type_traits>

#include "base/date.h"
#include "lexicon/tsv.h"

namespace entente::lexicon {
namespace {

constexpr char kMagic[8] = {'E', 'N', 'T', 'L', 'E', 'X', '\0', '\1'};

class Writer {
 public:
  void Raw(const void* p, size_t n) {
    if (n) buf_.append(static_cast<const char*>(p), n);
  }
  template <typename T>
  void Pod(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Raw(&v, sizeof v);
  }
  template <typename T>
  void Vec(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Pod<uint64_t>(v.size());
    Raw(v.data(), v.size() * sizeof(T));
  }
  void String(const std::string& s) {
    Pod<uint64_t>(s.size());
    Raw(s.data(), s.size());
  }
  const std::string& bytes() const { return buf_; }

 private:
  std::string buf_;
};

// Reads the tables straight from the file into their vectors: no copy of the whole file in
// memory first (zero-filled, then copied again), which cost more than the rest of a cached load.
// Every count is checked against what is left of the file before anything is allocated.
class ReaderFile {
 public:
  ReaderFile(std::FILE* f, uint64_t size) : f_(f), size_(size) {}
  bool Raw(void* p, size_t n) {
    if (n == 0) return true;  // an empty table: data() may be null
    if (n > size_ - pos_ || std::fread(p, 1, n, f_) != n) return false;
    pos_ += n;
    return true;
  }
  template <typename T>
  bool Pod(T* v) { return Raw(v, sizeof *v); }
  template <typename T>
  bool Vec(std::vector<T>* v) {
    uint64_t n;
    if (!Pod(&n) || n > (size_ - pos_) / sizeof(T)) return false;
    v->resize(n);
    return Raw(v->data(), n * sizeof(T));
  }
  bool String(std::string* s) {
    uint64_t n;
    if (!Pod(&n) || n > size_ - pos_) return false;
    s->resize(n);
    return Raw(s->data(), n);
  }
  bool done() const { return pos_ == size_; }

 private:
  std::FILE* f_;
  uint64_t size_;
  uint64_t pos_ = 0;
};

}  // namespace

// Checks every cross-reference of the flat tables.
bool Consistent(const Lexicon& lx) {
  const size_t nwords = lx.words_.size(), pool = lx.pool_.size();
  auto str_ok = [&](Str x) { return uint64_t(x.off) + x.len <= pool; };
  auto csr_ok = [&](const std::vector<uint32_t>& off, const std::vector<uint32_t>& values, size_t limit) {
    if (off.size() != nwords + 1 || off.front() != 0 || off.back() != values.size()) return false;
    for (size_t i = 1; i < off.size(); ++i)
      if (off[i] < off[i - 1]) return false;
    for (uint32_t v : values)
      if (v >= limit) return false;
    return true;
  };
  if (nwords == 0 || lx.word_flags_.size() != nwords || lx.verb_lemma_.size() != nwords ||
      lx.verb_form_.size() != nwords || lx.noun_lemma_.size() != nwords) {
    return false;
  }
  for (const Str& w : lx.words_)
    if (!str_ok(w)) return false;
  if (lx.hash_slots_.size() < 2 || (lx.hash_slots_.size() & (lx.hash_slots_.size() - 1)) != 0) return false;
  size_t empty = 0;
  for (uint32_t id : lx.hash_slots_) {
    if (id >= nwords) return false;
    empty += id == 0;
  }
  if (empty == 0) return false;  // a full table would make lookups of unknown words loop forever
  for (size_t i = 0; i < nwords; ++i) {
    if (lx.verb_lemma_[i] >= nwords || lx.noun_lemma_[i] >= nwords) return false;
    if (lx.verb_form_[i] > static_cast<uint8_t>(VerbForm::kGerund)) return false;
  }
  for (const Phrase& p : lx.phrases_) {
    if (p.len == 0 || uint64_t(p.words_off) + p.len > lx.phrase_words_.size() ||
        uint64_t(p.senses_off) + p.senses_len > lx.senses_.size()) {
      return false;
    }
  }
  for (WordId w : lx.phrase_words_)
    if (w >= nwords) return false;
  for (const Sense& s : lx.senses_) {
    switch (s.kind) {
      case SenseKind::kCountryName: case SenseKind::kCountryAdj: case SenseKind::kCapital:
      case SenseKind::kMetonym: case SenseKind::kOrganization:
        if (s.ref >= lx.actors_.size()) return false;
        break;
      case SenseKind::kPerson: case SenseKind::kPersonShort:
        if (s.ref >= lx.persons_.size()) return false;
        break;
      case SenseKind::kAgent: case SenseKind::kTitle:
        if (s.ref >= lx.sectors_.size()) return false;
        break;
      case SenseKind::kPlace:
        if (s.ref >= lx.places_.size()) return false;
        break;
      case SenseKind::kGrammar: case SenseKind::kPair:
        break;
      default:
        return false;
    }
  }
  if (!csr_ok(lx.phrase_index_off_, lx.phrase_index_, lx.phrases_.size()) ||
      !csr_ok(lx.verb_pat_off_, lx.verb_pat_, lx.patterns_.size()) ||
      !csr_ok(lx.noun_pat_off_, lx.noun_pat_, lx.patterns_.size())) {
    return false;
  }
  for (const Pattern& p : lx.patterns_) {
    // bool members must hold 0 or 1: read their bytes, never a damaged bool.
    unsigned char flags[2];
    std::memcpy(&flags[0], &p.has_target, 1);
    std::memcpy(&flags[1], &p.noun, 1);
    if (flags[0] > 1 || flags[1] > 1) return false;
    if (p.cameo >= lx.cameo_.size() || uint64_t(p.elems_off) + p.elems_len > lx.elems_.size() ||
        !str_ok(p.text) || !str_ok(p.source)) {
      return false;
    }
  }
  for (const PatternElem& e : lx.elems_) {
    if (uint64_t(e.alts_off) + e.alts_len > lx.pattern_words_.size() ||
        static_cast<uint8_t>(e.kind) > static_cast<uint8_t>(ElemKind::kTarget)) {
      return false;
    }
  }
  for (WordId w : lx.pattern_words_)
    if (w >= nwords) return false;
  for (const ActorEntry& a : lx.actors_)
    if (!str_ok(a.code) || !str_ok(a.country) || !str_ok(a.sector)) return false;
  for (const Person& p : lx.persons_)
    if (!str_ok(p.name) || uint64_t(p.roles_off) + p.roles_len > lx.roles_.size()) return false;
  for (const Role& r : lx.roles_) {
    if (r.actor >= lx.actors_.size() || !str_ok(r.description)) return false;
    if ((r.from.known() && !base::IsValid(r.from)) || (r.to.known() && !base::IsValid(r.to))) return false;
  }
  for (const Place& p : lx.places_) {
    unsigned char country_level;  // (a bool member: its byte, as for Pattern)
    std::memcpy(&country_level, &p.country_level, 1);
    if (country_level > 1 || !str_ok(p.name) || !str_ok(p.country)) return false;
  }
  for (const Str& x : lx.sectors_)
    if (!str_ok(x)) return false;
  for (const Str& x : lx.country_codes_)
    if (!str_ok(x)) return false;
  return true;
}

Status CacheIo::Save(const Lexicon& lx, const std::string& path, uint64_t key,
                     const std::vector<std::string>& warnings) {
  Writer w;
  w.Raw(kMagic, sizeof kMagic);
  w.Pod(kCacheFormatVersion);
  w.Pod(key);
  w.Vec(lx.pool_);
  w.Vec(lx.words_);
  w.Vec(lx.word_flags_);
  w.Vec(lx.hash_slots_);
  w.Vec(lx.phrases_);
  w.Vec(lx.phrase_words_);
  w.Vec(lx.senses_);
  w.Vec(lx.phrase_index_off_);
  w.Vec(lx.phrase_index_);
  w.Vec(lx.verb_lemma_);
  w.Vec(lx.verb_form_);
  w.Vec(lx.noun_lemma_);
  w.Vec(lx.verb_pat_off_);
  w.Vec(lx.verb_pat_);
  w.Vec(lx.noun_pat_off_);
  w.Vec(lx.noun_pat_);
  w.Vec(lx.patterns_);
  w.Vec(lx.elems_);
  w.Vec(lx.pattern_words_);
  w.Vec(lx.actors_);
  w.Vec(lx.persons_);
  w.Vec(lx.roles_);
  w.Vec(lx.places_);
  w.Vec(lx.sectors_);
  w.Vec(lx.country_codes_);
  w.Pod<uint64_t>(lx.cameo_.size());
  for (const auto& c : lx.cameo_) {
    w.String(c.code);
    w.String(c.name);
    w.Pod(c.goldstein);
    w.Pod(c.quad_class);
    w.String(c.plover);
  }
  w.Pod<uint64_t>(warnings.size());
  for (const auto& s : warnings) w.String(s);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  const std::string tmp = path + ".tmp" + std::to_string(reinterpret_cast<uintptr_t>(&lx) % 100000);
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status(StatusCode::kIoError, tmp + ": cannot write cache");
  const bool ok = std::fwrite(w.bytes().data(), 1, w.bytes().size(), f) == w.bytes().size();
  if (std::fclose(f) != 0 || !ok) {
    std::remove(tmp.c_str());
    return Status(StatusCode::kIoError, tmp + ": cannot write cache");
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return Status(StatusCode::kIoError, path + ": " + ec.message());
  }
  return Status::Ok();
}

Result<std::unique_ptr<Lexicon>> CacheIo::Load(const std::string& path, uint64_t expected_hash,
                                               std::vector<std::string>* warnings) {
  struct Closer {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, Closer> file(std::fopen(path.c_str(), "rb"));
  if (!file) return CannotOpen(path);
  // (The size, so that no count read from the file can ask for more than the file holds.)
  long size = -1;
  if (std::fseek(file.get(), 0, SEEK_END) == 0) size = std::ftell(file.get());
  if (size < 0 || std::fseek(file.get(), 0, SEEK_SET) != 0) size = 0;
  ReaderFile r(file.get(), static_cast<uint64_t>(size));
  char magic[sizeof kMagic];
  uint32_t version = 0;
  uint64_t hash = 0;
  if (!r.Raw(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0) {
    return Status(StatusCode::kCorrupt, path + ": not an Entente dictionary cache");
  }
  if (!r.Pod(&version) || version != kCacheFormatVersion) {
    return Status(StatusCode::kCorrupt, path + ": cache format version " +
                                            std::to_string(version) + ", expected " +
                                            std::to_string(kCacheFormatVersion));
  }
  if (!r.Pod(&hash) || hash != expected_hash) {
    return Status(StatusCode::kCorrupt, path + ": cache built from other dictionary sources");
  }
  auto lx = std::make_unique<Lexicon>();
  lx->source_hash_ = hash;
  bool ok = r.Vec(&lx->pool_) && r.Vec(&lx->words_) && r.Vec(&lx->word_flags_) &&
            r.Vec(&lx->hash_slots_) && r.Vec(&lx->phrases_) && r.Vec(&lx->phrase_words_) &&
            r.Vec(&lx->senses_) && r.Vec(&lx->phrase_index_off_) && r.Vec(&lx->phrase_index_) &&
            r.Vec(&lx->verb_lemma_) && r.Vec(&lx->verb_form_) && r.Vec(&lx->noun_lemma_) &&
            r.Vec(&lx->verb_pat_off_) && r.Vec(&lx->verb_pat_) && r.Vec(&lx->noun_pat_off_) &&
            r.Vec(&lx->noun_pat_) && r.Vec(&lx->patterns_) && r.Vec(&lx->elems_) &&
            r.Vec(&lx->pattern_words_) && r.Vec(&lx->actors_) && r.Vec(&lx->persons_) &&
            r.Vec(&lx->roles_) && r.Vec(&lx->places_) && r.Vec(&lx->sectors_) &&
            r.Vec(&lx->country_codes_);
  uint64_t ncameo = 0;
  ok = ok && r.Pod(&ncameo) && ncameo < 100000;
  for (uint64_t i = 0; ok && i < ncameo; ++i) {
    model::CameoInfo c;
    ok = r.String(&c.code) && r.String(&c.name) && r.Pod(&c.goldstein) && r.Pod(&c.quad_class) &&
         r.String(&c.plover);
    lx->cameo_.push_back(std::move(c));
  }
  uint64_t nwarn = 0;
  std::vector<std::string> stored;
  ok = ok && r.Pod(&nwarn) && nwarn < 1000000;
  for (uint64_t i = 0; ok && i < nwarn; ++i) {
    std::string s;
    ok = r.String(&s);
    stored.push_back(std::move(s));
  }
  if (!ok || !r.done()) return Status(StatusCode::kCorrupt, path + ": truncated or damaged cache");
  // Every offset, index and string in the tables is checked, so a damaged file (or a fuzzer)
  // can never make a lookup read out of range.
  ok = ok && Consistent(*lx);
  if (!ok) return Status(StatusCode::kCorrupt, path + ": inconsistent cache tables");
  lx->FinishDerived();
  if (warnings) *warnings = std::move(stored);
  return lx;
}

}  // namespace entente::lexicon
