// fuzz/fuzz_conllu.cc — io::ParseConllu on arbitrary bytes.
//
// The reader must never throw or crash. Every sentence it keeps must be one the coder and a parse
// hook can use without further checks: valid UTF-8 text, at least one word, heads inside the
// sentence, aligned tokens inside the text and in order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<entente::io::ParsedDocument> docs;
  std::vector<entente::io::ParseProblem> problems;
  entente::io::ParseConllu("fuzz.conllu", text, 1, &docs, &problems);
  for (const auto& doc : docs) {
    if (doc.id.empty() || doc.sentences.empty()) __builtin_trap();
    for (const auto& s : doc.sentences) {
      if (s.tokens.empty()) __builtin_trap();
      if (entente::text::FindInvalidUtf8(s.text) != std::string::npos) __builtin_trap();
      uint32_t last_end = 0;
      for (const auto& t : s.tokens) {
        if (t.head < -1 || t.head >= static_cast<int>(s.tokens.size())) __builtin_trap();
        if (!t.aligned) continue;
        if (t.begin > t.end || t.end > s.text.size()) __builtin_trap();
        // Spans move forward; the words of one multiword token share theirs.
        if (t.begin < last_end && t.end != last_end) __builtin_trap();
        last_end = t.end;
      }
    }
  }
  for (const auto& p : problems) {
    if (p.where.empty() || p.message.empty()) __builtin_trap();
  }
  return 0;
}
