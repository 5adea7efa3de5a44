// fuzz/make_cache_seed.cc — writes a small valid dictionary cache (a seed for fuzz_cache).
//
//   fuzz_make_cache_seed fuzz/tiny_dict fuzz/corpus/fuzz_cache/tiny_dict.bin
//
// Compiles the dictionary folder with the native reader and saves it with CacheIo::Save, exactly
// as Engine::Load does for its cache.
#include <cstdio>
#include <string>
#include <vector>

#include "lexicon/cache.h"
#include "lexicon/native.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DICT_DIR OUT_FILE\n", argv[0]);
    return 2;
  }
  std::vector<std::string> warnings;
  auto lx = entente::lexicon::LoadNativeLexicon(argv[1], &warnings);
  for (const auto& w : warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  if (!lx.ok()) {
    std::fprintf(stderr, "%s\n", lx.status().message().c_str());
    return 2;
  }
  if (auto s = entente::lexicon::CacheIo::Save(*lx.value(), argv[2]); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }
  return 0;
}
