// coder/shallow_words.cc — words and dictionary phrases for the TABARI coding mode.
#include "coder/shallow_words.h"

#include <set>

namespace entente::coder::shallow {

using lexicon::KedsPhrase;
using lexicon::KedsWord;

namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char c) { return IsLetter(c) || IsDigit(c) || c == '&' || static_cast<unsigned char>(c) >= 0x80; }

bool HasSuffix(const std::string& tok, const std::string& stem, std::string_view suffix) {
  return tok.size() == stem.size() + suffix.size() && tok.compare(0, stem.size(), stem) == 0 &&
         tok.compare(stem.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<Word> Tokenize(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (IsWordChar(c)) {
      size_t j = i;
      while (j < text.size()) {
        const char d = text[j];
        if (IsWordChar(d)) {
          ++j;
        } else if ((d == '\'' || d == '.') && j + 1 < text.size() && IsLetter(text[j + 1]) &&
                   !(d == '\'' && j + 2 <= text.size() && (text[j + 1] == 's' || text[j + 1] == 'S') &&
                     (j + 2 == text.size() || !IsWordChar(text[j + 2])))) {
          ++j;  // "U.S", "O'Brien" (but not the possessive "'s")
        } else if (d == '.' && j + 1 < text.size() && IsDigit(text[j + 1]) && IsDigit(text[j - 1])) {
          ++j;  // 3.5
        } else {
          break;
        }
      }
      Word w;
      w.begin = static_cast<uint32_t>(i);
      w.end = static_cast<uint32_t>(j);
      w.cap = c >= 'A' && c <= 'Z';
      for (size_t k = i; k < j; ++k) w.up += (text[k] >= 'a' && text[k] <= 'z') ? static_cast<char>(text[k] - 32) : text[k];
      out.push_back(std::move(w));
      // "U.S." keeps its final period when the word already holds one.
      if (j < text.size() && text[j] == '.' && out.back().up.find('.') != std::string::npos) {
        out.back().up += '.';
        out.back().end = static_cast<uint32_t>(++j);
      }
      i = j;
      if (i + 1 < text.size() && text[i] == '\'' && (text[i + 1] == 's' || text[i + 1] == 'S') &&
          (i + 2 == text.size() || !IsWordChar(text[i + 2]))) {
        Word p;
        p.begin = static_cast<uint32_t>(i);
        p.end = static_cast<uint32_t>(i + 2);
        p.up = "'S";
        out.push_back(std::move(p));
        i += 2;
      }
      continue;
    }
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')' || c == '"') {
      Word w;
      w.begin = static_cast<uint32_t>(i);
      w.end = static_cast<uint32_t>(i + 1);
      w.punct = true;
      w.up = std::string(1, c);
      out.push_back(std::move(w));
    }
    ++i;  // blanks, hyphens, apostrophes and other symbols separate words
  }
  return out;
}

bool EndsSentence(const std::vector<Word>& w, size_t i) {
  if (!w[i].punct || (w[i].up != "." && w[i].up != "!" && w[i].up != "?")) return false;
  if (i + 1 >= w.size()) return true;
  if (!w[i + 1].cap && !w[i + 1].punct) return false;
  if (w[i].up == "." && i > 0 && !w[i - 1].punct) {
    static const std::set<std::string> kAbbrev = {"MR", "MRS", "MS", "DR", "GEN", "GOV", "SEN", "REP", "COL", "LT",
                                                  "SGT", "ST", "JAN", "FEB", "AUG", "SEPT", "SEP", "OCT", "NOV",
                                                  "DEC", "NO", "CAPT", "MAJ", "PROF", "REV", "JR", "SR", "INC", "CO"};
    const std::string& p = w[i - 1].up;
    if (p.size() == 1 || kAbbrev.count(p)) return false;
  }
  return true;
}

bool WordMatches(const KedsWord& k, const std::string& tok, Endings endings) {
  if (!k.exact) return tok.size() >= k.text.size() && tok.compare(0, k.text.size(), k.text) == 0;
  if (tok == k.text) return true;
  const std::string& t = k.text;
  if (endings == Endings::kNone || k.bare || t.empty() || tok.size() <= t.size()) return false;
  if (HasSuffix(tok, t, "S") || HasSuffix(tok, t, "ES")) return true;
  if (endings == Endings::kNoun) return false;
  if (HasSuffix(tok, t, "ED") || HasSuffix(tok, t, "ING") || HasSuffix(tok, t, "EN") ||
      (t.back() == 'E' && (HasSuffix(tok, t, "D") || HasSuffix(tok, t, "N"))))
    return true;
  if (t.back() == 'E' && HasSuffix(tok, t.substr(0, t.size() - 1), "ING")) return true;
  const std::string doubled = t + t.back();
  return HasSuffix(tok, doubled, "ED") || HasSuffix(tok, doubled, "ING");
}

bool MatchPhrase(const KedsPhrase& ph, const Sentence& s, size_t i, size_t limit, std::vector<uint32_t>* pos,
                 Endings endings) {
  if (ph.empty() || i >= limit || s.at(i).punct) return false;
  // Verbs inflect their first word ("BURN DOWN": "burned down"), names their last.
  auto ending = [&](size_t k) {
    if (endings == Endings::kVerb) return k == 0 ? Endings::kVerb : Endings::kNone;
    return k + 1 == ph.size() ? endings : Endings::kNone;
  };
  if (!WordMatches(ph[0], s.at(i).up, ending(0))) return false;
  pos->clear();
  pos->push_back(static_cast<uint32_t>(i));
  size_t last = i;
  for (size_t k = 1; k < ph.size(); ++k) {
    size_t j = last + 1;
    if (ph[k].adjacent) {
      if (j >= limit || !WordMatches(ph[k], s.at(j).up, ending(k))) return false;
    } else {
      while (j < limit && !(s.at(j).punct && (s.at(j).up == "," || s.at(j).up == ";")) &&
             !WordMatches(ph[k], s.at(j).up, ending(k)))
        ++j;
      if (j >= limit || s.at(j).punct) return false;
    }
    pos->push_back(static_cast<uint32_t>(j));
    last = j;
  }
  return true;
}

size_t PhraseChars(const KedsPhrase& ph) {
  size_t n = 0;
  for (const auto& w : ph) n += w.text.size() + (w.exact ? 1 : 0);
  return n;
}

const std::vector<uint32_t>* Candidates(const std::map<std::string, std::vector<uint32_t>>& index,
                                        const std::string& tok, size_t n) {
  if (tok.size() < n) return nullptr;
  auto it = index.find(tok.substr(0, n));
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace entente::coder::shallow
