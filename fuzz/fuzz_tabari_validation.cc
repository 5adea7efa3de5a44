// fuzz/fuzz_tabari_validation.cc — io::ParseTabariValidation on arbitrary bytes.
//
// The reader must never throw or crash. Every record it keeps must be one `entente validate` can
// code without further checks: an id, non-empty text, a valid date (YYMMDD or YYYYMMDD), and
// expected events whose three fields are single non-empty words. Every rejected record leaves a
// message.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/date.h"
#include "io/tabari_validation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  entente::io::TabariSuite suite;
  entente::io::ParseTabariValidation("fuzz.text", text, &suite);
  (void)entente::io::LooksLikeTabariValidation(text);
  for (const auto& rec : suite.records) {
    if (rec.id.empty() || rec.text.empty()) __builtin_trap();
    if ((rec.date.size() != 6 && rec.date.size() != 8) || !entente::base::IsValid(rec.day)) __builtin_trap();
    for (const auto& [s, t, c] : rec.expected) {
      if (s.empty() || t.empty() || c.empty()) __builtin_trap();
      for (const std::string* f : {&s, &t, &c})
        for (char ch : *f)
          if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '/' || ch == '}') __builtin_trap();
    }
    for (const auto& m : rec.no_event)
      if (m != "---" && m != "+++" && m != "###") __builtin_trap();
  }
  if (suite.skipped != suite.errors.size()) __builtin_trap();
  return 0;
}
