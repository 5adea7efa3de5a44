// entente/engine.h — the public entry point: load dictionaries once, code many documents.
//
//   auto engine = entente::Engine::Load({.dict_dir = "data/dict"});
//   if (!engine.ok()) { ... engine.status().message() ... }
//   entente::Engine::Scratch scratch;            // one per thread
//   std::vector<entente::Event> events;
//   engine.value()->Code(doc, scratch, &events);
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entente/event.h"
#include "entente/parse.h"
#include "entente/status.h"

namespace entente {

namespace internal {
struct EngineImpl;
struct ScratchImpl;
}  // namespace internal

struct EngineOptions {
  // Folder with the native dictionaries (countries.tsv, verbs.tsv, ...).
  std::string dict_dir = "data/dict";
  // Where compiled dictionaries are cached; empty disables the cache.
  std::string cache_dir;
  // Further dictionaries loaded after `dict_dir`, in order, each "FORMAT:PATH". Supported:
  // "oeda:DIR" (OEDA/PETRARCH2 files, docs/DICTIONARIES.md). They add to the native ones (a phrase
  // in both gets both senses; the native sense is listed first). Part of the cache key.
  std::vector<std::string> extra_dicts;
  // false: the native verb and noun patterns (verbs.tsv, nouns.tsv) are not loaded; actors,
  // agents, grammar and CAMEO codes still are. For running another project's verb dictionary
  // alone (`entente validate` does this with a suite's own dictionaries). Part of the cache key.
  bool native_patterns = true;
  // Which coder runs. kAuto: the TABARI coding mode (a sequential shallow parse as TABARI does
  // it, coder/shallow.h; docs/DICTIONARIES.md, "The TABARI coding mode") when a "tabari:PATH"
  // dictionary is loaded, else Entente's coder. kEntente: always Entente's coder (TABARI
  // dictionaries then only add senses and patterns, as "oeda:" ones do). kTabari: the TABARI
  // mode; Load fails without a "tabari:" dictionary.
  enum class Coder { kAuto, kEntente, kTabari };
  Coder coder = Coder::kAuto;
  // TABARI mode only: .options lines applied after the project's .options files, in order
  // ("SET: CODE ALL", "DEFAULT: OFF", "COMMA: MIN = 2 MAX = 10 ..."); `entente validate` passes
  // the { OPTION: } settings of a TABARI validation file this way. Not part of the cache key
  // (they do not change the compiled dictionaries).
  std::vector<std::string> tabari_settings;
};

// A loaded, immutable coder. Thread-safe: any number of threads may call Code() concurrently,
// each with its own Scratch.
class Engine {
 public:
  // Per-thread working memory. Not thread-safe; reuse it across documents for speed.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    internal::ScratchImpl* impl() { return impl_.get(); }

    // Takes the events of *events (leaving it empty) to reuse their memory in later Code()
    // calls with this scratch; a caller that is done with a document's events may hand them
    // back instead of clearing them. Optional: it never changes what is coded.
    void Recycle(std::vector<Event>* events);

   private:
    std::unique_ptr<internal::ScratchImpl> impl_;
  };

  // Loads and compiles dictionaries. Bad dictionary lines do not fail the load: they are listed
  // in warnings() ("file:line: reason"). Fails only when a required file is missing or unreadable.
  static Result<std::shared_ptr<const Engine>> Load(const EngineOptions& options);

  ~Engine();

  // Codes one document, appending events in sentence order to *out. `doc.date` must be known
  // (callers supply a default). Returns non-ok for input the coder refuses (invalid UTF-8);
  // then nothing is appended.
  Status Code(const Document& doc, Scratch& scratch, std::vector<Event>* out) const;

  // Code() with external parses: sentences[k] is a parse of the text that starts at byte
  // offsets[k] of doc.text (sentences[k].text == doc.text.substr(offsets[k], its size)). For each
  // verb predicate inside a parsed sentence, the source is chosen among the actor mentions of
  // the verb's subject (a passive's "by" agent) and the target among those of its objects and
  // prepositional objects, when such a phrase holds an actor; otherwise, and for sentences
  // without a parse, the choice is Code()'s. Penn trees (constituents) and UD relations
  // (deprel/head) are both read (docs/FORMATS.md, "Parsed input"). When the sizes of the two
  // vectors differ the parses are ignored. Same contract and thread safety as Code(); the
  // vectors are only read during the call.
  Status CodeParsed(const Document& doc, const std::vector<ParsedSentence>& sentences,
                    const std::vector<uint32_t>& offsets, Scratch& scratch, std::vector<Event>* out) const;

  // A human-readable trace of how one sentence was coded: tokens, actor matches, predicates,
  // the rules that fired and why each source/target was chosen.
  std::string Explain(const std::string& sentence, Date date) const;

  // Dictionary problems found at load time (each "file:line: reason").
  const std::vector<std::string>& warnings() const;

  // Statistics of the loaded dictionaries ("actors", "patterns", ...) as name/value pairs.
  std::vector<std::pair<std::string, size_t>> stats() const;

  const internal::EngineImpl& impl() const { return *impl_; }

 private:
  explicit Engine(std::unique_ptr<internal::EngineImpl> impl);
  std::unique_ptr<internal::EngineImpl> impl_;
};

}  // namespace entente
