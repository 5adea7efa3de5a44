// fuzz/fuzz_cache.cc — lexicon::CacheIo::Load on arbitrary bytes.
//
// The bytes are written to a file and loaded with the source hash they themselves carry (bytes
// 12..19, after the 8-byte magic and the 4-byte version), so the hash check does not end every
// run early; for the same reason bytes 8..11 are set to the current format version. CacheIo promises that a damaged file is refused or, when accepted, cannot make
// lookups read out of range; so an accepted lexicon is used the way the coder uses it: a few
// documents are coded, and every table reachable through the public accessors is walked.
// ENTENTE_FUZZ_CACHE_LOAD_ONLY=1 skips that use and fuzzes Load alone.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "coder/analysis.h"
#include "coder/coder.h"
#include "fuzz_common.h"
#include "lexicon/cache.h"
#include "lexicon/lexicon.h"

using namespace entente;
using namespace entente::lexicon;

namespace {

constexpr const char* kDocuments[] = {
    "MINSK, Oct. 30 (Reuters) - Belarusian President Alexander Lukashenko met with Russian "
    "President Vladimir Putin in Sochi on Tuesday, the Kremlin said.\n\nThe two sides did not "
    "say whether Putin would visit Minsk. He accused the U.S. of meddling.",
    "The United Nations said Russia's foreign minister held talks with the government of Belarus. "
    "Gen. Smith never hosts American officials.",
};

// Touches every table entry reachable from a word, the way matching does.
void Walk(const Lexicon& lx) {
  volatile size_t sink = 0;
  auto use = [&](std::string_view s) { sink = sink + s.size() + (s.empty() ? 0 : s[0]); };
  for (WordId w = 0; w < lx.word_count(); ++w) {
    use(lx.Word(w));
    sink = sink + lx.Flags(w) + lx.VerbLemma(w) + lx.NounLemma(w) +
           static_cast<size_t>(lx.VerbFormOf(w));
    for (auto [it, end] = lx.PhrasesStartingWith(w); it != end; ++it) {
      const Phrase& p = lx.phrase(*it);
      const WordId* words = lx.phrase_words(p);
      for (uint16_t i = 0; i < p.len; ++i) use(lx.Word(words[i]));
      const Sense* senses = lx.senses(p);
      for (uint16_t i = 0; i < p.senses_len; ++i) sink = sink + senses[i].ref;
    }
    for (bool noun : {false, true}) {
      for (auto [it, end] = noun ? lx.NounPatterns(w) : lx.VerbPatterns(w); it != end; ++it) {
        const Pattern& p = lx.pattern(*it);
        use(lx.str(p.text));
        use(lx.str(p.source));
        use(lx.cameo(p.cameo).code);
        for (uint16_t e = 0; e < p.elems_len; ++e) {
          const PatternElem& el = lx.elem(p.elems_off + e);
          const WordId* alts = lx.pattern_words(el);
          for (uint16_t k = 0; k < el.alts_len; ++k) use(lx.Word(alts[k]));
        }
      }
    }
  }
  for (size_t i = 0; i < lx.actor_count(); ++i) {
    const ActorEntry& a = lx.actor(static_cast<uint32_t>(i));
    use(lx.str(a.code));
    use(lx.str(a.country));
    use(lx.str(a.sector));
  }
  for (size_t i = 0; i < lx.place_count(); ++i) {
    use(lx.str(lx.place(static_cast<uint32_t>(i)).name));
    use(lx.str(lx.place(static_cast<uint32_t>(i)).country));
  }
  for (size_t i = 0; i < lx.person_count(); ++i) {
    const Person& p = lx.person(static_cast<uint32_t>(i));
    use(lx.str(p.name));
    bool in_role = false;
    const uint32_t actor = lx.ResolvePerson(static_cast<uint32_t>(i), Date{2023, 6, 15}, &in_role);
    if (p.roles_len > 0) use(lx.str(lx.actor(actor).code));
  }
  sink = sink + lx.IsCountryCode("USA");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::TempFile file("entente-fuzz-cache.bin");
  // The current format version goes into bytes 8..11, so saved inputs (seeds, regressions) stay
  // meaningful after a version bump instead of being refused at the version check.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (size >= 12) std::memcpy(bytes.data() + 8, &kCacheFormatVersion, sizeof kCacheFormatVersion);
  if (!file.Write(bytes.data(), bytes.size())) return 0;
  uint64_t expected_hash = 0;
  if (size >= 20) std::memcpy(&expected_hash, data + 12, sizeof expected_hash);

  auto loaded = CacheIo::Load(file.path(), expected_hash);
  if (!loaded.ok()) {
    if (loaded.status().code() != StatusCode::kCorrupt) __builtin_trap();  // the file exists
    return 0;
  }
  const Lexicon& lx = *loaded.value();
  if (lx.source_hash() != expected_hash) __builtin_trap();
  // ENTENTE_FUZZ_CACHE_LOAD_ONLY=1 fuzzes Load alone (to get past a known finding in the use).
  static const bool load_only = [] {
    const char* env = std::getenv("ENTENTE_FUZZ_CACHE_LOAD_ONLY");
    return env && *env == '1';
  }();
  if (load_only) return 0;

  const coder::PatternStyles styles = coder::ClassifyPatterns(lx);
  coder::Coder coder(lx, styles);
  coder::Analysis analysis;
  std::vector<Event> events;
  for (const char* text : kDocuments) {
    Document doc;
    doc.id = "fuzz";
    doc.text = text;
    doc.date = Date{2023, 6, 15};
    coder.CodeDocument(doc, analysis, &events);
  }
  Walk(lx);
  return 0;
}
