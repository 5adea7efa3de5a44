// coder/engine.cc — the public Engine facade: dictionaries (compiled or cached) + coder.
#include "entente/engine.h"

#include <cstdio>
#include <filesystem>
#include <functional>

#include "coder/analysis.h"
#include "coder/coder.h"
#include "coder/shallow.h"
#include "lexicon/cache.h"
#include "lexicon/issues.h"
#include "lexicon/keds_model.h"
#include "lexicon/native.h"
#include "lexicon/oeda.h"
#include "lexicon/tabari.h"

namespace entente {

namespace internal {

struct EngineImpl {
  std::unique_ptr<lexicon::Lexicon> lexicon;
  coder::PatternStyles styles;  // how each pattern is read (derived from the lexicon)
  std::vector<std::string> warnings;
  bool from_cache = false;
  // The TABARI coding mode (EngineOptions::coder): its dictionaries and coder, else null.
  std::unique_ptr<lexicon::KedsModel> keds;
  std::unique_ptr<coder::ShallowCoder> shallow;
  // PETRARCH2/Phoenix issue coding from the OEDA folders' issues files (not cached: small).
  lexicon::IssueCoder issues;
};

struct ScratchImpl {
  coder::Analysis analysis;
  coder::ShallowMemory shallow;  // the TABARI mode's memory across documents
};

}  // namespace internal

namespace {

// Size and modification time of the running executable (0 when unknown).
uint64_t BuildIdentity() {
  std::error_code ec;
  const auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return 0;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return 0;
  const auto mtime = std::filesystem::last_write_time(path, ec);
  if (ec) return 0;
  const uint64_t t = static_cast<uint64_t>(mtime.time_since_epoch().count());
  return (size * 0x9E3779B97F4A7C15ULL) ^ (t + 0x632BE59BD9B4E019ULL + (size << 6));
}

// The TABARI coding mode: reads the last "tabari:" dictionary set as TABARI reads it (the
// Lexicon above keeps serving the CAMEO table). Not cached: TABARI dictionaries are small.
Status LoadTabariMode(const EngineOptions& options, internal::EngineImpl* impl) {
  std::string path;
  for (const auto& extra : options.extra_dicts)
    if (extra.rfind("tabari:", 0) == 0) path = extra.substr(7);
  if (options.coder == EngineOptions::Coder::kEntente) return Status();
  if (path.empty()) {
    if (options.coder == EngineOptions::Coder::kTabari) {
      return Status(StatusCode::kInvalidArgument, "the TABARI coding mode needs a tabari:PATH dictionary");
    }
    return Status();
  }
  impl->keds = std::make_unique<lexicon::KedsModel>();
  if (Status s = lexicon::ReadKedsModel(path, options.tabari_settings, impl->keds.get()); !s.ok()) return s;
  impl->shallow = std::make_unique<coder::ShallowCoder>(*impl->keds, *impl->lexicon);
  return Status();
}

}  // namespace

Engine::Scratch::Scratch() : impl_(std::make_unique<internal::ScratchImpl>()) {}
Engine::Scratch::~Scratch() = default;

void Engine::Scratch::Recycle(std::vector<Event>* events) {
  // Only heap memory is worth keeping (longer than the in-place buffer); the pools are bounded
  // (the TABARI mode takes nothing from them).
  constexpr size_t kMaxPool = 256;
  auto keep = [](std::vector<std::string>& pool, std::string& s) {
    if (s.capacity() > 15 && pool.size() < kMaxPool) pool.push_back(std::move(s));
  };
  coder::Analysis& a = impl_->analysis;
  for (Event& e : *events) {
    keep(a.pool_sentence, e.evidence.sentence_text);
    keep(a.pool_rule, e.evidence.rule);
    keep(a.pool_text, e.source.text);
    keep(a.pool_text, e.evidence.verb_text);
    if (e.target) keep(a.pool_text, e.target->text);
  }
  events->clear();
}

Engine::Engine(std::unique_ptr<internal::EngineImpl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::shared_ptr<const Engine>> Engine::Load(const EngineOptions& options) {
  for (const auto& extra : options.extra_dicts) {
    const bool oeda = extra.rfind("oeda:", 0) == 0 && extra.size() > 5;
    const bool tabari = extra.rfind("tabari:", 0) == 0 && extra.size() > 7;
    if (!oeda && !tabari) {
      return Status(StatusCode::kInvalidArgument,
                    "unknown dictionary '" + extra + "' (expected oeda:DIR or tabari:PATH)");
    }
  }
  auto impl = std::make_unique<internal::EngineImpl>();
  std::string cache_path;
  uint64_t key = 0;
  if (!options.cache_dir.empty()) {
    // The key covers the dictionary sources and this very build of the program, so a cache
    // written by an older (or newer) engine is never used.
    key = lexicon::HashNativeSources(options.dict_dir) ^ BuildIdentity();
    if (!options.native_patterns) key = key * 0x100000001B3ULL ^ 0x6e6f2d7061747473ULL;
    for (const auto& extra : options.extra_dicts) {
      key = key * 0x100000001B3ULL ^ std::hash<std::string>{}(extra);
      if (extra.rfind("oeda:", 0) == 0) key ^= lexicon::HashOedaSources(extra.substr(5)) * 0x9E3779B97F4A7C15ULL;
      if (extra.rfind("tabari:", 0) == 0) key ^= lexicon::HashTabariSources(extra.substr(7)) * 0x9E3779B97F4A7C15ULL;
    }
    char name[64];
    std::snprintf(name, sizeof name, "lexicon-%016llx.bin", static_cast<unsigned long long>(key));
    cache_path = (std::filesystem::path(options.cache_dir) / name).string();
    auto cached = lexicon::CacheIo::Load(cache_path, key, &impl->warnings);
    if (cached.ok()) {
      impl->lexicon = std::move(cached).value();
      impl->from_cache = true;
    } else if (cached.status().code() != StatusCode::kNotFound) {
      impl->warnings.push_back("cache ignored and rebuilt: " + cached.status().message());
    }
  }
  if (!impl->lexicon) {
    lexicon::LexiconBuilder builder;
    if (Status s = lexicon::AddNativeDictionaries(options.dict_dir, &builder, &impl->warnings,
                                                       options.native_patterns);
        !s.ok()) {
      return s;
    }
    uint64_t source_hash = lexicon::HashNativeSources(options.dict_dir);
    for (const auto& extra : options.extra_dicts) {
      if (extra.rfind("tabari:", 0) == 0) {
        const std::string path = extra.substr(7);
        if (Status s = lexicon::AddTabariDictionaries(path, &builder, &impl->warnings); !s.ok()) return s;
        source_hash = source_hash * 0x100000001B3ULL ^ lexicon::HashTabariSources(path);
        continue;
      }
      const std::string dir = extra.substr(5);
      if (Status s = lexicon::AddOedaDictionaries(dir, &builder, &impl->warnings); !s.ok()) return s;
      source_hash = source_hash * 0x100000001B3ULL ^ lexicon::HashOedaSources(dir);
    }
    builder.SetSourceHash(source_hash);
    impl->lexicon = builder.Finish();
    if (!cache_path.empty()) {
      if (Status s = lexicon::CacheIo::Save(*impl->lexicon, cache_path, key, impl->warnings); !s.ok()) {
        impl->warnings.push_back("cache not written: " + s.message());
      }
    }
  }
  impl->styles = coder::ClassifyPatterns(*impl->lexicon);
  if (Status s = LoadTabariMode(options, impl.get()); !s.ok()) return s;
  // Issue coding: the issues file of each OEDA folder (the last one wins; OEDA ships one).
  for (const auto& extra : options.extra_dicts) {
    if (extra.rfind("oeda:", 0) != 0) continue;
    const std::string file = lexicon::FindOedaIssueFile(extra.substr(5));
    if (file.empty()) continue;
    auto read = lexicon::IssueCoder::Read(file, &impl->warnings);
    if (!read.ok()) {
      impl->warnings.push_back(read.status().message());
      continue;
    }
    impl->issues = std::move(read).value();
  }
  return std::shared_ptr<const Engine>(new Engine(std::move(impl)));
}

namespace {

// Fills the issues of events [first, end) of *out from their sentences.
void AddIssues(const lexicon::IssueCoder& issues, const Document& doc, size_t first, std::vector<Event>* out) {
  if (issues.empty()) return;
  for (size_t k = first; k < out->size(); ++k) {
    Event& e = (*out)[k];
    if (k > first && (*out)[k - 1].evidence.start == e.evidence.start && (*out)[k - 1].evidence.end == e.evidence.end) {
      e.issues = (*out)[k - 1].issues;  // the same sentence
      continue;
    }
    // (Evidence offsets are into the NFC text; the sentence text is stored with the event.)
    e.issues = issues.Code(e.evidence.sentence_text.empty() && e.evidence.end <= doc.text.size()
                               ? std::string_view(doc.text).substr(e.evidence.start, e.evidence.end - e.evidence.start)
                               : std::string_view(e.evidence.sentence_text));
  }
}

}  // namespace

Status Engine::Code(const Document& doc, Scratch& scratch, std::vector<Event>* out) const {
  const size_t first = out->size();
  if (impl_->shallow) {
    Status s = impl_->shallow->CodeDocument(doc, &scratch.impl()->shallow, out);
    AddIssues(impl_->issues, doc, first, out);
    return s;
  }
  coder::Coder coder(*impl_->lexicon, impl_->styles);
  coder::Analysis& a = scratch.impl()->analysis;
  a.trace = nullptr;
  // CodeDocument checks its input before appending anything, so on error *out is untouched.
  Status s = coder.CodeDocument(doc, a, out);
  AddIssues(impl_->issues, doc, first, out);
  return s;
}

Status Engine::CodeParsed(const Document& doc, const std::vector<ParsedSentence>& sentences,
                          const std::vector<uint32_t>& offsets, Scratch& scratch, std::vector<Event>* out) const {
  if (impl_->shallow) return impl_->shallow->CodeDocument(doc, &scratch.impl()->shallow, out);  // no parses
  coder::Coder coder(*impl_->lexicon, impl_->styles);
  coder::Analysis& a = scratch.impl()->analysis;
  a.trace = nullptr;
  const bool usable = offsets.size() == sentences.size() && !sentences.empty();
  a.parses = usable ? &sentences : nullptr;
  a.parse_offsets = usable ? &offsets : nullptr;
  const size_t first = out->size();
  Status s = coder.CodeDocument(doc, a, out);
  a.parses = nullptr;
  a.parse_offsets = nullptr;
  AddIssues(impl_->issues, doc, first, out);
  return s;
}

std::string Engine::Explain(const std::string& sentence, Date date) const {
  coder::Coder coder(*impl_->lexicon, impl_->styles);
  Scratch scratch;
  coder::Analysis& a = scratch.impl()->analysis;
  std::string trace;
  a.trace = &trace;
  if (impl_->shallow) {
    Document d{"explain", sentence, date, "", ""};
    std::vector<Event> events;
    if (Status s = impl_->shallow->CodeDocument(d, nullptr, &events, &trace); !s.ok()) return "error: " + s.message() + "\n";
    if (events.empty()) trace += "no events coded\n";
    return trace;
  }
  Document doc;
  doc.id = "explain";
  doc.text = sentence;
  doc.date = date;
  std::vector<Event> events;
  Status s = coder.CodeDocument(doc, a, &events);
  if (!s.ok()) return "error: " + s.message() + "\n";
  if (events.empty()) trace += "no events coded\n";
  return trace;
}

const std::vector<std::string>& Engine::warnings() const { return impl_->warnings; }

std::vector<std::pair<std::string, size_t>> Engine::stats() const {
  const lexicon::Lexicon& lx = *impl_->lexicon;
  size_t verb = 0, noun = 0;
  for (size_t i = 0; i < lx.pattern_count(); ++i) (lx.pattern(static_cast<uint32_t>(i)).noun ? noun : verb)++;
  return {{"words", lx.word_count()},       {"actors", lx.actor_count()},
          {"people", lx.person_count()},    {"places", lx.place_count()},
          {"verb_patterns", verb},          {"noun_patterns", noun},
          {"cameo_codes", lx.cameo_count()}, {"issue_phrases", impl_->issues.phrase_count()},
          {"from_cache", impl_->from_cache ? 1u : 0u}};
}

}  // namespace entente
