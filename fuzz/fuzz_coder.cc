// fuzz/fuzz_coder.cc — entente::Engine::Code on arbitrary bytes as one document's text.
//
// The bundled dictionaries ($ENTENTE_DICT, else ENTENTE_SOURCE_DIR/data/dict) are loaded once.
// Besides "no crash, no sanitizer report", every event must be well formed: in sentence order,
// with a CAMEO code, a quad class in 1..4 and evidence offsets inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "entente/engine.h"

#ifndef ENTENTE_SOURCE_DIR
#define ENTENTE_SOURCE_DIR "."
#endif

namespace {

constexpr size_t kMaxInput = 64 * 1024;

const entente::Engine& GetEngine() {
  static const std::shared_ptr<const entente::Engine> engine = [] {
    entente::EngineOptions options;
    const char* env = std::getenv("ENTENTE_DICT");
    options.dict_dir = env && *env ? env : ENTENTE_SOURCE_DIR "/data/dict";
    auto loaded = entente::Engine::Load(options);
    if (!loaded.ok()) {
      // A fuzzer without dictionaries tests nothing: fail loudly rather than pass.
      std::fprintf(stderr, "fuzz_coder: cannot load dictionaries: %s\n",
                   loaded.status().message().c_str());
      std::abort();
    }
    return loaded.value();
  }();
  return *engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  const entente::Engine& engine = GetEngine();
  static entente::Engine::Scratch scratch;  // reused across inputs, as coding threads do

  entente::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  doc.date = entente::Date{2023, 6, 15};
  std::vector<entente::Event> events;
  const entente::Status status = engine.Code(doc, scratch, &events);
  if (!status.ok() && !events.empty()) __builtin_trap();  // refused input appends nothing

  bool ascii = true;
  for (size_t i = 0; i < size; ++i) ascii = ascii && data[i] < 0x80;
  uint32_t prev_sentence = 0;
  for (const entente::Event& e : events) {
    if (e.sentence < prev_sentence) __builtin_trap();
    prev_sentence = e.sentence;
    if (e.cameo.empty() || e.quad_class < 1 || e.quad_class > 4) __builtin_trap();
    if (e.source.code.empty() || e.doc_id != doc.id) __builtin_trap();
    if (e.evidence.start > e.evidence.end) __builtin_trap();
    // Offsets refer to the NFC text; for ASCII input that is the input itself.
    if (ascii && e.evidence.end > size) __builtin_trap();
  }
  return 0;
}
