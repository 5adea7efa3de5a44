// bench/bench_coder.cc — micro-benchmarks (Google Benchmark) of the hot paths.
//
//   build/release/entente_bench                       # all
//   build/release/entente_bench --benchmark_filter=Code
//
// Dictionaries: $ENTENTE_DICT, else ENTENTE_SOURCE_DIR/data/dict. Items/s is tokens/s for
// BM_Tokenize, sentences/s for the coding benchmarks and loads/s for the dictionary loads.
// Whole-process throughput (reading JSON Lines, threads, output) is scripts/bench.sh's job.
// Benchmarks are not tests: nothing here asserts a time.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "entente/engine.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

#ifndef ENTENTE_SOURCE_DIR
#define ENTENTE_SOURCE_DIR "."
#endif

namespace {

using entente::Date;
using entente::Document;
using entente::Engine;
using entente::EngineOptions;
using entente::Event;

// A wire-style paragraph: dateline, abbreviations, quotes, numbers, a hyphenated name.
constexpr const char* kParagraph =
    "MINSK, Oct. 30 (Reuters) \xE2\x80\x94 Belarusian Foreign Minister Maxim Ryzhenkov met his "
    "North Korean counterpart Choe Son-hui in Minsk on Tuesday, and the two sides signed an "
    "agreement on cooperation in education, science and culture, the ministry said. \xE2\x80\x9CWe "
    "are ready to expand trade,\xE2\x80\x9D Ryzhenkov told reporters, adding that exports had grown "
    "by 3.5 percent to $10,000,000 in the first nine months. The U.S. State Department did not "
    "immediately respond to a request for comment. Gen. Viktor Khrenin, the defence minister, "
    "was not present.";

// About 25 words, one event.
constexpr const char* kSentence =
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on "
    "Tuesday, and the two leaders signed an agreement on energy cooperation.";

constexpr const char* kArticle =
    "MOSCOW, May 16 (Reuters) - Russian President Vladimir Putin met Chinese President Xi Jinping "
    "in Beijing on Thursday, and the two leaders pledged to deepen their strategic partnership. "
    "Putin, on his first foreign trip since starting a new term, praised China's peace proposals "
    "for Ukraine, the Kremlin said. Xi told Putin that Beijing was willing to work with Moscow to "
    "safeguard fairness and justice in the world.\n\n"
    "The United States has accused China of supplying Russia with components for weapons, a "
    "charge Beijing denies. U.S. Secretary of State Antony Blinken warned last month that "
    "Washington could impose new sanctions on Chinese banks. Ukraine's foreign ministry said it "
    "hoped China would urge Russia to end the war.\n\n"
    "Meanwhile, Russian forces attacked the Kharkiv region overnight, Ukrainian officials said. "
    "NATO Secretary-General Jens Stoltenberg condemned the strikes and called on allies to send "
    "more air defence systems to Kyiv. Kazakhstan's president is expected to visit Moscow next "
    "week, the state news agency reported.";
constexpr int kArticleSentences = 10;

std::string DictDir() {
  const char* env = std::getenv("ENTENTE_DICT");
  return env && *env ? env : ENTENTE_SOURCE_DIR "/data/dict";
}

// The engine shared by the coding benchmarks (loaded once, without the cache).
std::shared_ptr<const Engine> SharedEngine(benchmark::State& state) {
  static std::shared_ptr<const Engine> engine;
  static std::string error;
  if (!engine && error.empty()) {
    EngineOptions options;
    options.dict_dir = DictDir();
    auto loaded = Engine::Load(options);
    if (loaded.ok()) engine = loaded.value();
    else error = loaded.status().message();
  }
  if (!engine) state.SkipWithError(("cannot load dictionaries: " + error).c_str());
  return engine;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string text = kParagraph;
  entente::text::AbbreviationSet abbreviations;
  for (const char* w : {"oct", "gen", "mr", "u.s"}) abbreviations.Add(w);
  std::vector<entente::text::Token> tokens;
  std::vector<entente::text::Sentence> sentences;
  for (auto _ : state) {
    tokens.clear();
    sentences.clear();
    entente::text::Tokenize(text, &tokens);
    entente::text::SplitSentences(text, tokens, abbreviations, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
}
BENCHMARK(BM_Tokenize);

// Codes `text` repeatedly; items are sentences.
void CodeText(benchmark::State& state, const char* text, int sentences) {
  auto engine = SharedEngine(state);
  if (!engine) return;
  Engine::Scratch scratch;
  Document doc;
  doc.id = "bench";
  doc.text = text;
  doc.date = Date{2024, 5, 16};
  std::vector<Event> events;
  for (auto _ : state) {
    events.clear();
    if (!engine->Code(doc, scratch, &events).ok()) {
      state.SkipWithError("Engine::Code refused the benchmark text");
      return;
    }
    benchmark::DoNotOptimize(events.data());
  }
  state.SetItemsProcessed(state.iterations() * sentences);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
  state.counters["events"] = static_cast<double>(events.size());
}

void BM_CodeSentence(benchmark::State& state) { CodeText(state, kSentence, 1); }
BENCHMARK(BM_CodeSentence);

void BM_CodeDocument(benchmark::State& state) { CodeText(state, kArticle, kArticleSentences); }
BENCHMARK(BM_CodeDocument);

void BM_LoadDictionariesFromSources(benchmark::State& state) {
  EngineOptions options;
  options.dict_dir = DictDir();  // no cache_dir: parse and compile every time
  for (auto _ : state) {
    auto engine = Engine::Load(options);
    if (!engine.ok()) {
      state.SkipWithError(engine.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(engine.value().get());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LoadDictionariesFromSources)->Unit(benchmark::kMillisecond);

void BM_LoadDictionariesFromCache(benchmark::State& state) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir = fs::temp_directory_path(ec) / ("entente-bench-cache-" + std::to_string(getpid()));
  EngineOptions options;
  options.dict_dir = DictDir();
  options.cache_dir = dir.string();
  // The first load compiles the sources and writes the cache; the timed ones read it.
  auto first = Engine::Load(options);
  if (!first.ok()) {
    state.SkipWithError(first.status().message().c_str());
    fs::remove_all(dir, ec);
    return;
  }
  for (auto _ : state) {
    auto engine = Engine::Load(options);
    if (!engine.ok()) {
      state.SkipWithError(engine.status().message().c_str());
      break;
    }
    for (const auto& [name, value] : engine.value()->stats()) {
      if (name == "from_cache" && value != 1) state.SkipWithError("the cache was not used");
    }
    benchmark::DoNotOptimize(engine.value().get());
  }
  state.SetItemsProcessed(state.iterations());
  fs::remove_all(dir, ec);
}
BENCHMARK(BM_LoadDictionariesFromCache)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
