// fuzz/fuzz_jsonl.cc — io::ParseJsonlRecord on arbitrary bytes.
//
// The parser must never throw or crash; on success the record has an id, and a date it reports
// is a real calendar date.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/date.h"
#include "entente/event.h"
#include "io/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  entente::Document doc;
  const std::string err = entente::io::ParseJsonlRecord(line, &doc);
  if (err.empty()) {
    if (doc.id.empty()) __builtin_trap();
    if (doc.date.known() && !entente::base::IsValid(doc.date)) __builtin_trap();
  }
  return 0;
}
