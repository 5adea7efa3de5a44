#include "lexicon/cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <type_traits>

#include "lexicon/tsv.h"

namespace entente::lexicon {
namespace {

constexpr char kMagic[8] = {'E', 'N', 'T', 'L', 'E', 'X', '\0', '\1'};

class Writer {
 public:
  void Raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
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

class ReaderBuf {
 public:
  explicit ReaderBuf(std::string_view data) : data_(data) {}
  bool Raw(void* p, size_t n) {
    if (n > data_.size() - pos_) return false;
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool Pod(T* v) { return Raw(v, sizeof *v); }
  template <typename T>
  bool Vec(std::vector<T>* v) {
    uint64_t n;
    if (!Pod(&n) || n > (data_.size() - pos_) / sizeof(T)) return false;
    v->resize(n);
    return Raw(v->data(), n * sizeof(T));
  }
  bool String(std::string* s) {
    uint64_t n;
    if (!Pod(&n) || n > data_.size() - pos_) return false;
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace

Status CacheIo::Save(const Lexicon& lx, const std::string& path, uint64_t key) {
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

Result<std::unique_ptr<Lexicon>> CacheIo::Load(const std::string& path, uint64_t expected_hash) {
  std::string data;
  if (Status s = ReadFile(path, &data); !s.ok()) return s;
  ReaderBuf r(data);
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
  if (!ok || !r.done()) return Status(StatusCode::kCorrupt, path + ": truncated or damaged cache");
  // Bounds checks so a damaged file cannot make lookups read out of range.
  const size_t nwords = lx->words_.size();
  for (const Str& s : lx->words_) ok = ok && uint64_t(s.off) + s.len <= lx->pool_.size();
  ok = ok && lx->word_flags_.size() == nwords && lx->verb_lemma_.size() == nwords &&
       lx->noun_lemma_.size() == nwords && lx->phrase_index_off_.size() == nwords + 1 &&
       lx->verb_pat_off_.size() == nwords + 1 && lx->noun_pat_off_.size() == nwords + 1 &&
       !lx->hash_slots_.empty() && (lx->hash_slots_.size() & (lx->hash_slots_.size() - 1)) == 0;
  for (uint32_t id : lx->hash_slots_) ok = ok && id < nwords;
  for (const Phrase& p : lx->phrases_) {
    ok = ok && uint64_t(p.words_off) + p.len <= lx->phrase_words_.size() &&
         uint64_t(p.senses_off) + p.senses_len <= lx->senses_.size();
  }
  for (uint32_t x : lx->phrase_index_) ok = ok && x < lx->phrases_.size();
  for (uint32_t x : lx->verb_pat_) ok = ok && x < lx->patterns_.size();
  for (uint32_t x : lx->noun_pat_) ok = ok && x < lx->patterns_.size();
  for (const Pattern& p : lx->patterns_) {
    ok = ok && p.cameo < lx->cameo_.size() && uint64_t(p.elems_off) + p.elems_len <= lx->elems_.size();
  }
  for (const PatternElem& e : lx->elems_) ok = ok && uint64_t(e.alts_off) + e.alts_len <= lx->pattern_words_.size();
  if (!ok) return Status(StatusCode::kCorrupt, path + ": inconsistent cache tables");
  lx->FinishDerived();
  return lx;
}

}  // namespace entente::lexicon
