// lexicon/cache.h — binary save/load of a compiled Lexicon.
//
// File layout: magic "ENTLEX", format version, the hash of the dictionary sources, then every
// table as (count, raw bytes). A file with another magic, version or source hash is refused, so a
// stale or foreign cache is never used: it is rebuilt from the sources.
#pragma once

#include <memory>
#include <string>

#include "entente/status.h"
#include "lexicon/lexicon.h"

namespace entente::lexicon {

constexpr uint32_t kCacheFormatVersion = 11;  // 11: country-level places; 10: British -lled forms after "ia", "ua", "ue"; 9: noun patterns filed under their form's lemma

class CacheIo {
 public:
  // Writes `lx` to `path` atomically (temp file + rename), stamped with `key` (what Load will
  // expect: usually the source hash, possibly mixed with the program's identity).
  // `warnings` (the dictionary problems found when compiling) are stored too, so a cached load
  // reports the same problems as the compiling one.
  static Status Save(const Lexicon& lx, const std::string& path, uint64_t key,
                     const std::vector<std::string>& warnings = {});
  // The same, stamped with the lexicon's own source hash.
  static Status Save(const Lexicon& lx, const std::string& path) { return Save(lx, path, lx.source_hash()); }
  // Loads a lexicon whose source hash must equal `expected_hash`. kNotFound when absent,
  // kCorrupt when unreadable, of another version or of other sources.
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& path, uint64_t expected_hash,
                                               std::vector<std::string>* warnings = nullptr);
};

}  // namespace entente::lexicon
