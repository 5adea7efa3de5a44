// lexicon/issues.h — PETRARCH2/Phoenix issue coding: phrases in a sentence that name an issue
// ("students" → STUDENTS, "kindergarten" → EARLY_CHILDHOOD_EDUCATION).
//
// The file format (OEDA `Phoenix.IssueCoding.txt`, docs/DICTIONARIES.md "Issue coding"):
//
//   <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
//   n:school [SCHOOLS]              a phrase and its code; "n:" = a noun, its plural matches too
//   v:arrest n:journalist [...]     "v:" = a verb, its regular inflections match too
//   early+childhood education [...] "+" joins two words that may be written with a hyphen or a space
//   literacy                        a phrase without a code has its block's CATEGORY
//   ~a head start                   a phrase that codes nothing (it blocks the shorter "head start")
//   </ISSUE>
//
// Comments start at '#'. Matching is on lower-cased words; at each word the longest phrase wins.
// Immutable once built; safe to share between threads.
#pragma once

#include <string>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "entente/status.h"

namespace entente::lexicon {

class IssueCoder {
 public:
  // Reads the issue phrases of `content` (a file's text; `name` is used in messages). Bad lines
  // are appended to *warnings as "name:line: reason" and skipped.
  static IssueCoder Parse(std::string_view content, const std::string& name, std::vector<std::string>* warnings);
  // Reads `path`; a missing or unreadable file is an error.
  static Result<IssueCoder> Read(const std::string& path, std::vector<std::string>* warnings);

  // The issues `text` names, in order of first mention, each with how often it is named.
  std::vector<std::pair<std::string, int>> Code(std::string_view text) const;

  size_t phrase_count() const { return phrases_.size(); }
  size_t issue_count() const { return codes_.size(); }
  bool empty() const { return phrases_.empty(); }

 private:
  struct Phrase {
    std::vector<std::vector<std::string>> words;  // per position, the forms that match it
    int code = -1;                                // index into codes_; -1 blocks (a "~" phrase)
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> codes_;
  std::vector<Phrase> phrases_;
  // first-word form → phrases (looked up with string_views: no allocation per word)
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> by_first_;
};

}  // namespace entente::lexicon
