// lexicon/keds_lines.h — lines and comments of TABARI-format files, shared by the readers (tabari.cc,
// keds_model.cc). Internal to lexicon/.
#pragma once

#include <string_view>
#include <type_traits>

#include "base/strings.h"

namespace entente::lexicon {

// Calls fn(line_number, line) for every line of `content` (1-based numbers, a trailing '\r'
// removed); stops at TABARI's end-of-file marker ("~~FINISH", any line starting "~~") or when fn
// returns false (fn may also return nothing).
template <typename Fn>
void ForEachTabariLine(std::string_view content, Fn&& fn) {
  base::ForEachLine(content, [&](int line_no, std::string_view line) {
    if (line.rfind("~~", 0) == 0) return false;
    if constexpr (std::is_void_v<decltype(fn(line_no, line))>) {
      fn(line_no, line);
      return true;
    } else {
      return static_cast<bool>(fn(line_no, line));
    }
  });
}

// `line` without its TABARI comment (from ';' on).
inline std::string_view StripTabariComment(std::string_view line) {
  if (size_t k = line.find(';'); k != std::string_view::npos) line = line.substr(0, k);
  return line;
}

}  // namespace entente::lexicon
