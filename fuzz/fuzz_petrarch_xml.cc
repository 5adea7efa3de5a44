// fuzz/fuzz_petrarch_xml.cc — io::ParsePetrarchXml on arbitrary bytes (Penn trees and CoNLL-U
// inside <Parse> included).
//
// The reader must never throw or crash. Every story it keeps has an id, a valid date and
// sentences with valid UTF-8 text and one output id each; Penn-tree constituents lie inside the
// sentence's tokens and have earlier parents; aligned tokens lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"
#include "io/petrarch_xml.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<entente::io::PetrarchStory> stories;
  std::vector<entente::io::ParseProblem> problems;
  entente::io::PetrarchStats stats;
  entente::io::ParsePetrarchXml("fuzz.xml", text, &stories, &problems, &stats);
  size_t sentences = 0;
  for (const auto& story : stories) {
    if (story.id.empty() || !entente::base::IsValid(story.date)) __builtin_trap();
    if (story.sentences.empty() || story.sentences.size() != story.sentence_ids.size()) __builtin_trap();
    for (const auto& s : story.sentences) {
      ++sentences;
      if (s.text.empty() || entente::text::FindInvalidUtf8(s.text) != std::string::npos) __builtin_trap();
      for (const auto& t : s.tokens) {
        if (t.aligned && (t.begin > t.end || t.end > s.text.size())) __builtin_trap();
        if (t.head < -1 || t.head >= static_cast<int>(s.tokens.size())) __builtin_trap();
      }
      for (size_t i = 0; i < s.constituents.size(); ++i) {
        const auto& c = s.constituents[i];
        if (c.first > c.end || c.end > s.tokens.size()) __builtin_trap();
        if (c.parent >= static_cast<int>(i)) __builtin_trap();
      }
    }
  }
  if (sentences > stats.records || stats.bad_parses > stats.parses) __builtin_trap();
  return 0;
}
