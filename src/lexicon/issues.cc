// lexicon/issues.cc — PETRARCH2/Phoenix issue coding (see issues.h).
#include "lexicon/issues.h"

#include <algorithm>
#include <array>

#include "base/strings.h"
#include "lexicon/tsv.h"

namespace entente::lexicon {
namespace {

constexpr bool IsWordByteSlow(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }
// (A table: Code runs over every sentence that has events when issue coding is on.)
constexpr auto kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = IsWordByteSlow(static_cast<unsigned char>(c));
  return t;
}();
constexpr auto kLowerByte = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();
bool IsWordByte(unsigned char c) { return kWordByte[c]; }

// Lower-cased words of `text`: runs of letters, digits and non-ASCII bytes; an apostrophe inside
// a word stays ("women's"); everything else separates words.
void Words(std::string_view text, std::vector<std::string>* out) {
  out->clear();
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    const bool inner_apostrophe = c == '\'' && !cur.empty() && i + 1 < text.size() &&
                                  IsWordByte(static_cast<unsigned char>(text[i + 1] | 0x20));
    if (IsWordByte(c) || inner_apostrophe) {
      cur += static_cast<char>(c);
    } else if (!cur.empty()) {
      out->push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out->push_back(std::move(cur));
}

// The forms a noun marked "n:" matches: itself and its regular plural.
std::vector<std::string> NounForms(const std::string& w) {
  std::vector<std::string> forms = {w};
  if (w.empty()) return forms;
  const char last = w.back();
  const bool sibilant = last == 's' || last == 'x' || last == 'z' || (w.size() > 1 && (w.ends_with("ch") || w.ends_with("sh")));
  if (last == 'y' && w.size() > 1 && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos) {
    forms.push_back(w.substr(0, w.size() - 1) + "ies");
  } else if (sibilant) {
    forms.push_back(w + "es");
  } else {
    forms.push_back(w + "s");
  }
  return forms;
}

// The forms a verb marked "v:" matches: itself and its regular inflections.
std::vector<std::string> VerbForms(const std::string& w) {
  std::vector<std::string> forms = {w};
  if (w.empty()) return forms;
  const std::string stem = w.back() == 'e' ? w.substr(0, w.size() - 1) : w;
  forms.push_back(w.back() == 's' ? w + "es" : w + "s");
  forms.push_back(stem + "ed");
  forms.push_back(stem + "ing");
  // ("kidnap" → kidnapped: a final consonant after a vowel may double.)
  auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  if (w.size() >= 3 && !vowel(w.back()) && w.back() != 'w' && w.back() != 'x' && w.back() != 'y' &&
      vowel(w[w.size() - 2]) && !vowel(w[w.size() - 3])) {
    forms.push_back(w + w.back() + "ed");
    forms.push_back(w + w.back() + "ing");
  }
  return forms;
}

// CATEGORY="..." of an <ISSUE ...> line ("" when absent).
std::string Category(std::string_view line) {
  const size_t at = line.find("CATEGORY=\"");
  if (at == std::string_view::npos) return "";
  const size_t start = at + 10, end = line.find('"', start);
  return end == std::string_view::npos ? "" : std::string(line.substr(start, end - start));
}

}  // namespace

IssueCoder IssueCoder::Parse(std::string_view content, const std::string& name, std::vector<std::string>* warnings) {
  IssueCoder ic;
  std::unordered_map<std::string, int> code_index;
  bool in_block = false;
  std::string category;  // the block's CATEGORY: the code of its phrases written without one
  int line_no = 0;
  size_t pos = 0;
  auto warn = [&](const std::string& why) {
    if (warnings) warnings->push_back(name + ":" + std::to_string(line_no) + ": " + why);
  };
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = base::Trim(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    if (line.rfind("<ISSUE", 0) == 0) {
      if (in_block) warn("<ISSUE> inside another <ISSUE> block");
      in_block = true;
      category = Category(line);
      continue;
    }
    if (line.rfind("</ISSUE", 0) == 0) {
      if (!in_block) warn("</ISSUE> without <ISSUE>");
      in_block = false;
      category.clear();
      continue;
    }
    if (!in_block) {
      warn("phrase outside an <ISSUE> block; skipped");
      continue;
    }
    Phrase ph;
    std::string_view text = line;
    if (text.front() == '~') {
      while (!text.empty() && text.front() == '~') text.remove_prefix(1);  // a phrase that codes nothing
    } else {
      std::string code = category;  // a phrase without [CODE] takes its block's CATEGORY
      const size_t open = text.rfind('[');
      if (open != std::string_view::npos) {
        const size_t close = text.find(']', open);
        std::string_view after = close == std::string_view::npos ? "" : base::Trim(text.substr(close + 1));
        while (!after.empty() && after.back() == '*') after.remove_suffix(1);  // "[CODE]*****" in the OEDA file
        if (close == std::string_view::npos || close < open + 2 || !after.empty()) {
          warn("expected 'phrase [CODE]', 'phrase' in a block with a CATEGORY, or '~phrase'; skipped");
          continue;
        }
        code = std::string(base::Trim(text.substr(open + 1, close - open - 1)));
        text = text.substr(0, open);
      }
      if (code.empty()) {
        warn("a phrase without [CODE] in a block without CATEGORY; skipped");
        continue;
      }
      if (code.find_first_of(" \t[]") != std::string::npos) {
        warn("bad issue code '" + code + "'; skipped");
        continue;
      }
      auto [it, added] = code_index.emplace(code, static_cast<int>(ic.codes_.size()));
      if (added) ic.codes_.push_back(code);
      ph.code = it->second;
    }
    bool ok = true;
    for (std::string_view piece : base::SplitList(base::Trim(text), ' ')) {
      piece = base::Trim(piece);
      if (piece.empty()) continue;
      // "early+childhood": two words (written with a hyphen or a space; both tokenize the same).
      for (std::string_view part : base::SplitList(piece, '+')) {
        bool noun = false, verb = false;
        if (part.rfind("n:", 0) == 0) {
          noun = true;
          part.remove_prefix(2);
        } else if (part.rfind("v:", 0) == 0) {
          verb = true;
          part.remove_prefix(2);
        }
        std::vector<std::string> words;
        Words(part, &words);
        if (words.empty()) continue;  // punctuation ("&") is no word in the text either
        for (size_t k = 0; k < words.size(); ++k) {
          // ("n:" applies to the word it marks; a hyphenated word splits into several.)
          const bool marked = k + 1 == words.size();
          ph.words.push_back(noun && marked   ? NounForms(words[k])
                             : verb && marked ? VerbForms(words[k])
                                              : std::vector<std::string>{words[k]});
        }
      }
      if (!ok) break;
    }
    if (!ok || ph.words.empty()) {
      warn("empty phrase; skipped");
      continue;
    }
    const uint32_t index = static_cast<uint32_t>(ic.phrases_.size());
    for (const std::string& first : ph.words.front()) ic.by_first_[first].push_back(index);
    ic.phrases_.push_back(std::move(ph));
  }
  if (in_block) {
    line_no = std::max(line_no, 1);
    warn("<ISSUE> block not closed at the end of the file");
  }
  return ic;
}

Result<IssueCoder> IssueCoder::Read(const std::string& path, std::vector<std::string>* warnings) {
  std::string content;
  if (Status s = ReadFile(path, &content); !s.ok()) return s;
  return Parse(content, path, warnings);
}

std::vector<std::pair<std::string, int>> IssueCoder::Code(std::string_view text) const {
  std::vector<std::pair<std::string, int>> out;
  if (phrases_.empty()) return out;
  // The words as views into one lower-cased copy (the same words Words() gives).
  std::string lower(text);
  for (char& c : lower) c = kLowerByte[static_cast<unsigned char>(c)];
  std::vector<std::string_view> words;
  for (size_t i = 0; i < lower.size();) {
    const auto c = static_cast<unsigned char>(lower[i]);
    if (!IsWordByte(c)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < lower.size() &&
           (IsWordByte(static_cast<unsigned char>(lower[j])) ||
            (lower[j] == '\'' && j + 1 < lower.size() && IsWordByte(static_cast<unsigned char>(lower[j + 1] | 0x20))))) {
      ++j;
    }
    words.emplace_back(lower.data() + i, j - i);
    i = j;
  }
  for (size_t i = 0; i < words.size();) {
    const auto it = by_first_.find(words[i]);
    size_t best_len = 0;
    int best_code = -1;
    if (it != by_first_.end()) {
      for (const uint32_t pi : it->second) {
        const Phrase& ph = phrases_[pi];
        if (ph.words.size() <= best_len || i + ph.words.size() > words.size()) continue;
        bool match = true;
        for (size_t k = 1; k < ph.words.size() && match; ++k) {
          const std::string_view w = words[i + k];
          match = std::any_of(ph.words[k].begin(), ph.words[k].end(), [&](const std::string& f) { return f == w; });
        }
        if (match) {
          best_len = ph.words.size();
          best_code = ph.code;
        }
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    if (best_code >= 0) {  // (a "~" phrase: those words code nothing)
      const std::string& code = codes_[static_cast<size_t>(best_code)];
      auto found = std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == code; });
      if (found == out.end()) out.emplace_back(code, 1);
      else ++found->second;
    }
    i += best_len;
  }
  return out;
}

}  // namespace entente::lexicon
