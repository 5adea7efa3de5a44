// cli/common.h — shared pieces of the command-line front end (the only code that prints/exits).
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "entente/engine.h"

namespace entente::store {
class EventStore;
}  // namespace entente::store

namespace entente::cli {

// Exit codes (ripgrep's convention): 0 ok, 1 nothing found (query commands), 2 error.
constexpr int kExitOk = 0;
constexpr int kExitNothing = 1;
constexpr int kExitError = 2;

// The dictionary folder: the flag, else $ENTENTE_DICT, else ./data/dict, else the source tree's.
std::string ResolveDictDir(const std::string& flag);
// Engine options for a --dict value: "oeda:DIR" means the bundled (or $ENTENTE_DICT) native
// folder plus the OEDA/PETRARCH2 files of DIR; anything else is a native folder (ResolveDictDir).
EngineOptions DictOptions(const std::string& flag);
// The compiled-dictionary cache folder ("" when disabled).
std::string ResolveCacheDir(bool disabled);
// Today's date (UTC).
Date Today();

// Loads the engine or prints the error and returns nullptr.
// `native_patterns`: see EngineOptions::native_patterns.
std::shared_ptr<const Engine> LoadEngineOrReport(const std::string& dict_flag, bool no_cache,
                                                 bool native_patterns = true);

// A CSV field with RFC 4180 quoting (quoted, with doubled quotes, when it holds , " or a newline).
std::string CsvField(const std::string& s);

// Writes all of `s` to `f`; returns false on a broken pipe or other write error.
bool WriteAll(FILE* f, const std::string& s);

// Opens the event store read-only for an analysis command: `flag`, else $ENTENTE_DB, else
// ./entente.db; a missing or unreadable store is reported as "entente CMD: …" on stderr and
// gives nullptr (cli/analyze_cmds.cc).
std::unique_ptr<store::EventStore> OpenForReading(const char* cmd, const std::string& flag);

}  // namespace entente::cli
