// fuzz/fuzz_issues.cc — lexicon::IssueCoder::Parse on arbitrary bytes, then Code on the same bytes.
//
// The reader must never throw or crash; every warning names the file and a line; coding any text
// returns only codes the file defines, each with a positive count, each once.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/issues.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  const auto issues = entente::lexicon::IssueCoder::Parse(text, "fuzz.txt", &warnings);
  for (const std::string& w : warnings)
    if (w.rfind("fuzz.txt:", 0) != 0) __builtin_trap();
  const auto coded = issues.Code(text);
  if (coded.size() > issues.issue_count()) __builtin_trap();
  for (size_t i = 0; i < coded.size(); ++i) {
    if (coded[i].first.empty() || coded[i].second <= 0) __builtin_trap();
    for (size_t j = 0; j < i; ++j)
      if (coded[j].first == coded[i].first) __builtin_trap();
  }
  return 0;
}
