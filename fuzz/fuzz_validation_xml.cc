// fuzz/fuzz_validation_xml.cc — io::ParseValidationSuite on arbitrary bytes.
//
// The reader must never throw or crash. Every record it keeps must be one `entente validate` can
// code without further checks: an id, non-empty text, a valid YYYYMMDD date, and not both
// "no events" and expected events. Every rejected record leaves a message.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/date.h"
#include "io/validation_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  entente::io::Suite suite;
  entente::io::ParseValidationSuite("fuzz.xml", text, &suite);
  for (const auto& rec : suite.records) {
    if (rec.id.empty() || rec.text.empty() || !rec.error.empty()) __builtin_trap();
    if (rec.date.size() != 8 || !entente::base::IsValid(rec.day)) __builtin_trap();
    if (entente::base::FormatIsoDate(rec.day) !=
        rec.date.substr(0, 4) + "-" + rec.date.substr(4, 2) + "-" + rec.date.substr(6, 2)) {
      __builtin_trap();
    }
    if (rec.noevents && !rec.expected.empty()) __builtin_trap();
  }
  if (suite.skipped > suite.errors.size()) __builtin_trap();
  return 0;
}
