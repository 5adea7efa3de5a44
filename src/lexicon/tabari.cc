// lexicon/tabari.cc — TABARI dictionary reader (see tabari.h and docs/DICTIONARIES.md).
#include "lexicon/tabari.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "base/date.h"
#include "base/strings.h"
#include "lexicon/keds_dates.h"
#include "lexicon/keds_lines.h"
#include "lexicon/morphology.h"
#include "lexicon/tsv.h"

namespace entente::lexicon {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxWords = 64;

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }


std::string Ext(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : base::ToLower(name.substr(dot + 1));
}

// "YYMMDD" (YY <= 30 → 20YY, else 19YY, as KEDS/TABARI) or "YYYYMMDD".
bool IsCodeChars(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!IsAlpha(c) && !base::IsAsciiDigit(c)) return false;
  return true;
}

// Title-cases words the way news text writes names, so the tokenizer reads abbreviations
// ("U.N.") and possessives as it does in documents.
std::string TitleCase(std::string_view words) {
  std::string s(words);
  bool start = true;
  for (char& c : s) {
    if (IsAlpha(c)) {
      c = start ? static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c)
                : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      start = false;
    } else {
      start = c != '\'';
    }
  }
  return s;
}


// A TABARI name or phrase: words joined by ' ' or '_'; a final '_' means "this exact word"
// (without it the last word is a stem TABARI matches as a prefix).
struct Phrase {
  std::vector<std::string> words;  // lower case
  bool exact = false;     // final '_': the word with regular noun endings (-s)
  bool no_endings = false;  // final '=': the word exactly
};

Phrase ParsePhrase(std::string_view raw) {
  Phrase p;
  std::string s(base::Trim(raw));
  p.no_endings = !s.empty() && s.back() == '=';
  while (!s.empty() && (s.back() == '=' || base::IsAsciiBlank(s.back()))) s.pop_back();
  p.exact = !s.empty() && s.back() == '_';
  std::replace(s.begin(), s.end(), '_', ' ');
  for (auto w : base::SplitBlank(s)) p.words.push_back(base::ToLower(w));
  return p;
}

bool AllAlpha(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!IsAlpha(c)) return false;
  return true;
}

}  // namespace

std::vector<std::string> TabariNounStemForms(const std::string& stem) {
  std::vector<std::string> out{stem};
  if (stem.size() < 3 || !AllAlpha(stem)) return out;
  static const char* kEndings[] = {"s",  "es",  "a", "an",  "ans",  "ia",  "ian",  "ians", "ese", "i", "is",
                                   "ish", "e", "ean", "eans", "ine", "ines", "on", "y",    "ic",  "n", "ns"};
  for (const char* e : kEndings) out.push_back(stem + e);
  return out;
}

std::vector<std::string> TabariVerbStemLemmas(const std::string& stem) {
  std::vector<std::string> out{stem};
  if (stem.size() < 3 || !AllAlpha(stem)) return out;
  const char last = stem.back();
  const bool vowel = last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u';
  if (!vowel) out.push_back(stem + "e");            // CONTRIBUT → contribute
  if (last == 'f' || last == 'l') out.push_back(stem + "y");  // RATIF → ratify
  if (last == 'i') {                                // CRITICI → criticize, criticise
    out.push_back(stem + "ze");
    out.push_back(stem + "se");
  }
  return out;
}

namespace {

enum class Kind { kNone, kActors, kVerbs, kAgents, kOptions };

Kind KindOfName(const std::string& name) {
  const std::string e = Ext(name);
  if (e == "actors") return Kind::kActors;
  if (e == "verbs") return Kind::kVerbs;
  if (e == "agents") return Kind::kAgents;
  if (e == "options") return Kind::kOptions;
  return Kind::kNone;
}

class Reader {
 public:
  Reader(LexiconBuilder* b, std::vector<std::string>* warnings) : b_(b), warnings_(warnings) {}

  void Warn(const std::string& file, int line, const std::string& what) {
    warnings_->push_back(file + ":" + std::to_string(line) + ": " + what);
  }
  void Summary(const std::string& file, const std::string& what) { warnings_->push_back(file + ": " + what); }

  // ------------------------------------------------------------------ codes
  struct CodeSpec {
    std::string code;  // "" for the null code [---]
    bool special = false;  // [###] discard, [+++] complex
    bool dated = false;
    Date from, to;
  };

  // Parses every "[...]" group of `s`. Returns false after a warning on a malformed group.
  void ParseCodes(const std::string& file, int line, std::string_view s, std::vector<CodeSpec>* out,
                  bool agent) {
    size_t i = 0;
    while ((i = s.find('[', i)) != std::string_view::npos) {
      const size_t close = s.find(']', i);
      if (close == std::string_view::npos) {
        Warn(file, line, "missing ']'");
        return;
      }
      const std::string_view inner = base::Trim(s.substr(i + 1, close - i - 1));
      i = close + 1;
      auto words = base::SplitBlank(inner);
      if (words.empty()) {
        Warn(file, line, "empty code '[]'");
        continue;
      }
      CodeSpec c;
      std::string code(words[0]);
      // "[HOB<950601]": the restriction glued to the code.
      size_t glue = code.find_first_of("<>");
      std::string rest;
      if (glue != std::string::npos && glue > 0) {
        rest = code.substr(glue);
        code.resize(glue);
      }
      for (size_t k = 1; k < words.size(); ++k) rest += std::string(words[k]);
      if (agent) {
        if (code.size() > 1 && (code.front() == '~' || code.back() == '~')) {
          if (code.front() == '~') code.erase(0, 1);
          else {
            code.pop_back();
            ++prefix_agents_;
          }
        } else {
          Warn(file, line, "agent code '" + code + "' needs '~' before or after it");
          continue;
        }
      }
      if (code == "---") {
        c.code.clear();
      } else if (code == "###" || code == "+++") {
        c.special = true;
        c.code = code;
      } else {
        if (size_t slash = code.find('/'); slash != std::string::npos) {
          ++multi_codes_;
          code.resize(slash);
        }
        if (!IsCodeChars(code) || base::IsAsciiDigit(code[0])) {
          Warn(file, line, "bad actor code '" + std::string(inner) + "'");
          continue;
        }
        c.code = code;
      }
      if (!rest.empty()) {
        c.dated = true;
        if (const KedsRestriction r = ParseKedsRestriction(rest, &c.from, &c.to); r != KedsRestriction::kOk) {
          Warn(file, line, DescribeKedsRestriction(r, inner));
          continue;
        }
      }
      out->push_back(c);
    }
  }

  // ------------------------------------------------------------------ actors
  struct ActorEntry {
    std::string file;
    int line = 0;
    std::vector<std::pair<Phrase, int>> names;
    std::vector<CodeSpec> codes;
  };

  void ReadActors(const std::string& file, const std::string& content) {
    size_t section_words = 0;
    std::string section;
    ActorEntry cur;
    bool have = false;
    auto finish = [&]() {
      if (have) entries_.push_back(std::move(cur));
      cur = ActorEntry{};
      have = false;
    };
    ForEachTabariLine(content, [&](int line_no, std::string_view raw) {
      if (!raw.empty() && raw.front() == '#') return true;
      const std::string_view text = StripTabariComment(raw);
      const std::string_view t = base::Trim(text);
      if (t.empty()) return true;
      if (t.front() == '<') {
        const size_t close = t.find('>');
        if (close == std::string_view::npos) {
          Warn(file, line_no, "section tag without '>'");
          return true;
        }
        finish();
        const std::string tag = base::ToLower(t.substr(1, close - 1));
        if (!tag.empty() && tag[0] == '/') {
          if (section != tag.substr(1)) Warn(file, line_no, "closing <" + tag + "> without its opening tag");
          section.clear();
        } else {
          section = tag;
        }
        return true;
      }
      if (!section.empty()) {
        ++section_words;  // <NOUN>, <ADJECTIVE>: parts of speech for TABARI's parser
        return true;
      }
      if (base::IsAsciiBlank(text.front())) {
        if (!have) {
          Warn(file, line_no, "indented code line before any name");
          return true;
        }
        if (t.front() != '[') {
          Warn(file, line_no, "indented line must hold codes '[CODE ...]'");
          return true;
        }
        ParseCodes(file, line_no, t, &cur.codes, false);
        return true;
      }
      const size_t br = t.find('[');
      std::string_view name = base::Trim(t.substr(0, br));
      if (t.front() == '+') {
        if (!have) {
          Warn(file, line_no, "synonym '+' before any name");
          return true;
        }
        name = base::Trim(name.substr(1));
      } else {
        finish();
        have = true;
        cur.file = file;
        cur.line = line_no;
      }
      if (name.empty()) {
        Warn(file, line_no, "code without a name");
      } else {
        if (name.back() == '=') ++equals_marks_;
        Phrase p = ParsePhrase(name);
        if (p.words.empty() || p.words.size() > kMaxWords) {
          Warn(file, line_no, "name must have 1 to 64 words");
        } else {
          cur.names.emplace_back(std::move(p), line_no);
        }
      }
      if (br != std::string_view::npos) ParseCodes(file, line_no, t.substr(br), &cur.codes, false);
      return true;
    });
    finish();
    if (!section.empty()) Summary(file, "section <" + section + "> not closed");
    if (section_words) {
      Summary(file, std::to_string(section_words) +
                        " <NOUN>/<ADJECTIVE> words skipped (parts of speech for TABARI's parser; Entente tags words itself)");
    }
  }

  // Adds the names of `phrase` (stems expanded) with `sense`.
  size_t AddNames(const Phrase& phrase, Sense sense, bool stems) {
    std::vector<std::string> lasts{phrase.words.back()};
    if (phrase.no_endings) {
    } else if (phrase.exact || !stems) {
      // TABARI's regular noun ending: "LIBYA_" matches "Libyas" ("Libya's" is tokenized apart).
      if (AllAlpha(phrase.words.back())) lasts.push_back(phrase.words.back() + "s");
    } else {
      lasts = TabariNounStemForms(phrase.words.back());
      ++stem_names_;
    }
    size_t added = 0;
    for (const std::string& last : lasts) {
      std::string text;
      for (size_t i = 0; i + 1 < phrase.words.size(); ++i) text += phrase.words[i] + " ";
      text += last;
      auto words = b_->PhraseWords(TitleCase(text));
      if (words.empty()) continue;
      b_->AddSense(words, sense);
      ++added;
    }
    return added;
  }

  void FinishActors() {
    LexiconBuilder& b = *b_;
    // Pass 1: TABARI composes agents with any actor code, so every 3-letter code acts as a
    // country code (ARN + ~GOV → ARNGOV).
    for (const ActorEntry& e : entries_) {
      for (const CodeSpec& c : e.codes) {
        if (!c.special && c.code.size() == 3 && !b.IsCountryCode(c.code)) {
          b.AddCountryCode(c.code);
          ++new_country_codes_;
        }
      }
    }
    std::map<std::string, std::array<size_t, 5>> per_file;  // actors, persons, roles, null, special
    for (const ActorEntry& e : entries_) {
      auto& n = per_file[e.file];
      std::vector<CodeSpec> dated;
      const CodeSpec* undated = nullptr;
      for (const CodeSpec& c : e.codes) {
        if (c.special) {
          ++n[4];
          continue;
        }
        if (c.code.empty()) {
          ++n[3];
          continue;
        }
        if (c.dated) dated.push_back(c);
        else if (!undated) undated = &c;
        else ++extra_undated_;
      }
      if (e.names.empty()) continue;
      if (e.codes.empty()) {
        Warn(e.file, e.line, "entry '" + e.names[0].first.words[0] + "' has no code; skipped");
        continue;
      }
      if (dated.empty() && !undated) continue;
      if (!dated.empty()) {
        std::string display;
        for (const auto& w : e.names[0].first.words) display += (display.empty() ? "" : " ") + w;
        const uint32_t person = b.AddPerson(TitleCase(display) + " (TABARI)");
        const std::string where = e.file + ":" + std::to_string(e.line);
        for (const CodeSpec& c : dated) b.AddRole(person, c.from, c.to, b.Actor(c.code, "", "", ActorKind::kPerson), where);
        if (undated) b.AddRole(person, Date{}, Date{}, b.Actor(undated->code, "", "", ActorKind::kPerson), where);
        for (const auto& [p, line] : e.names) AddNames(p, {SenseKind::kPerson, person}, true);
        ++n[1];
        n[2] += dated.size();
        continue;
      }
      const std::string& code = undated->code;
      if (code.size() == 3) {
        const uint32_t a = b.Actor(code, code, "", ActorKind::kState);
        for (const auto& [p, line] : e.names) AddNames(p, {SenseKind::kCountryName, a}, true);
      } else {
        const uint32_t a = b.Actor(code, "", "", ActorKind::kOrganization);
        for (const auto& [p, line] : e.names) AddNames(p, {SenseKind::kOrganization, a}, true);
      }
      ++n[0];
    }
    for (const auto& [file, n] : per_file) {
      Summary(file, std::to_string(n[0]) + " actors and " + std::to_string(n[1]) + " people with " +
                        std::to_string(n[2]) + " dated codes read");
      if (n[3]) Summary(file, std::to_string(n[3]) + " null codes [---] skipped (Entente has no blocking names)");
      if (n[4]) {
        Summary(file, std::to_string(n[4]) +
                          " discard [###] and complex [+++] codes skipped (Entente has no discard or complexity marks)");
      }
    }
    if (new_country_codes_) {
      Summary("actors", std::to_string(new_country_codes_) + " 3-letter actor codes used as country codes (agents compose with them)");
    }
    if (stem_names_) {
      Summary("actors", std::to_string(stem_names_) +
                            " names without a final '_' read as stems (the stem and common endings: -s, -an, -ian, -ese, ...)");
    }
    if (extra_undated_) Summary("actors", std::to_string(extra_undated_) + " extra undated codes skipped (the first one is used)");
    if (multi_codes_) Summary("actors", std::to_string(multi_codes_) + " multiple codes [A/B] read as their first code");
    if (equals_marks_) Summary("actors", std::to_string(equals_marks_) + " '=' marks after names ignored");
  }

  // ------------------------------------------------------------------ agents
  void ReadAgents(const std::string& file, const std::string& content) {
    size_t agents = 0;
    ForEachTabariLine(content, [&](int line_no, std::string_view raw) {
      if (!raw.empty() && raw.front() == '#') return true;
      const std::string_view t = base::Trim(StripTabariComment(raw));
      if (t.empty()) return true;
      const size_t br = t.find('[');
      if (br == std::string_view::npos) {
        Warn(file, line_no, "agent needs a code '[~SECTOR]'");
        return true;
      }
      std::vector<CodeSpec> codes;
      ParseCodes(file, line_no, t.substr(br), &codes, true);
      if (codes.empty()) return true;
      if (codes[0].dated || codes[0].special || codes[0].code.empty()) {
        Warn(file, line_no, "agent code must be a plain '[~SECTOR]'");
        return true;
      }
      Phrase p = ParsePhrase(t.substr(0, br));
      if (p.words.empty() || p.words.size() > kMaxWords) {
        Warn(file, line_no, "agent must have 1 to 64 words");
        return true;
      }
      const uint32_t sector = b_->Sector(codes[0].code);
      AddNames(p, {SenseKind::kAgent, sector}, !p.exact);
      // The regular plural of the last word ("AMBASSADOR_" → ambassadors).
      Phrase plural = p;
      plural.words.back() = PluralOf(plural.words.back());
      plural.no_endings = true;
      if (AllAlpha(p.words.back()) && !p.no_endings) AddNames(plural, {SenseKind::kAgent, sector}, false);
      ++agents;
      return true;
    });
    Summary(file, std::to_string(agents) + " agents read");
  }

  // ------------------------------------------------------------------ options
  void ReadOptions(const std::string& file, const std::string& content) {
    size_t labels = 0;
    std::map<std::string, size_t> ignored;
    ForEachTabariLine(content, [&](int line_no, std::string_view raw) {
      const std::string_view t = base::Trim(raw);
      if (t.empty() || t.rfind("//", 0) == 0 || t.front() == '#') return true;
      const size_t colon = t.find(':');
      if (colon == std::string_view::npos) {
        Warn(file, line_no, "option must be written COMMAND: arguments");
        return true;
      }
      const std::string cmd = base::ToLower(base::Trim(t.substr(0, colon)));
      const std::string_view arg = base::Trim(t.substr(colon + 1));
      if (cmd == "label") {
        const size_t eq = arg.find('=');
        if (eq == std::string_view::npos || base::Trim(arg.substr(0, eq)).empty()) {
          Warn(file, line_no, "LABEL needs CODE=name");
          return true;
        }
        labels_[std::string(base::Trim(arg.substr(0, eq)))] = std::string(base::Trim(arg.substr(eq + 1)));
        ++labels;
        return true;
      }
      static const std::set<std::string> kKnown = {"complex", "set", "output", "forward", "default", "comma",
                                                   "replace", "delete", "skip", "issues", "nonevents"};
      if (!kKnown.count(cmd)) {
        Warn(file, line_no, "unknown option command '" + cmd + "'");
        return true;
      }
      std::string key = cmd;
      if (cmd == "set" || cmd == "output" || cmd == "complex") {
        key += ": " + base::ToLower(base::Trim(arg.substr(0, std::min(arg.find('='), arg.size()))));
      }
      ignored[key]++;
      return true;
    });
    Summary(file, std::to_string(labels) + " LABEL: code names read");
    for (const auto& [what, n] : ignored) {
      Summary(file, std::to_string(n) + " '" + what + "' options not honoured (Entente has no such setting)");
    }
  }

  // ------------------------------------------------------------------ verbs
  // Registers `code` in the CAMEO table when it is not there. TABARI dictionaries use WEIS-era and
  // local codes ("064", "174K", "903"): they are carried through as given, with their LABEL:
  // name when the options file has one, quad class 0 and Goldstein 0 (meaning unknown).
  void EnsureCode(const std::string& code, const std::string& name = "") {
    if (code.empty() || b_->FindCameo(code) >= 0) return;
    model::CameoInfo info;
    info.code = code;
    auto it = labels_.find(code);
    info.name = !name.empty() ? name : it != labels_.end() ? it->second : "not a CAMEO code (from a TABARI dictionary)";
    info.quad_class = 0;
    b_->AddCameo(info);
    if (name.empty()) ++added_codes_;
  }

  // Resolves a verb code: "[064]" → "064"; "[023?]", "[031!]" → the code (TABARI's marks for
  // uncertain and attribution codes are dropped); a paired code "[032:033]" (the first code for
  // source → target, the second for target → source) → "032:033", registered as such so the
  // coder emits both directions. "" for the null code [---]. Returns false for codes that cannot
  // be coded (discard [###], complex [+++]; counted) and malformed ones (warned).
  bool VerbCode(const std::string& file, int line, std::string_view raw, std::string* code) {
    std::string first(base::Trim(raw)), second;
    if (size_t colon = first.find(':'); colon != std::string::npos) {
      second = std::string(base::Trim(std::string_view(first).substr(colon + 1)));
      first = std::string(base::Trim(std::string_view(first).substr(0, colon)));
    }
    for (std::string* c : {&first, &second}) {
      while (!c->empty() && (c->back() == '?' || c->back() == '!')) c->pop_back();
      if (*c == "---") c->clear();
    }
    if (first == "###" || first == "+++" || second == "###" || second == "+++") {
      skipped_["patterns and verbs with discard [###] or complex [+++] codes (Entente has neither mark)"]++;
      return false;
    }
    for (const std::string* c : {&first, &second}) {
      if (!c->empty() && (!IsCodeChars(*c) || c->size() > 8)) {
        Warn(file, line, "bad event code '" + std::string(raw) + "'");
        return false;
      }
    }
    EnsureCode(first);
    EnsureCode(second);
    if (second.empty()) {
      *code = first;
      return true;
    }
    ++paired_codes_;
    *code = first + ":" + second;
    EnsureCode(*code, "paired code: source to target, then target to source");
    return true;
  }

  // Splits a pattern body into tokens: braces, bars and the '_' joiner stand alone.
  static std::vector<std::string> PatternTokens(std::string_view body) {
    std::string s;
    for (char c : body) {
      if (c == '{' || c == '}' || c == '|') {
        s += ' ';
        s += c;
        s += ' ';
      } else if (c == '_') {
        s += " _ ";  // joins consecutive words
      } else if (c == '~') {
        s += ' ';
      } else {
        s += c;
      }
    }
    std::vector<std::string> out;
    for (auto w : base::SplitBlank(s)) out.emplace_back(w);
    return out;
  }

  // The words of synset `name` (multi-word members give their last word; a member naming
  // another synset gives that synset's words).
  bool SynsetWords(const std::string& name, std::vector<std::string>* out, int depth = 0) {
    auto it = synsets_.find(name);
    if (it == synsets_.end() || depth > 4) return false;
    for (const std::string& member : it->second) {
      auto toks = PatternTokens(member);
      toks.erase(std::remove(toks.begin(), toks.end(), "_"), toks.end());
      if (toks.empty()) continue;
      if (toks.size() > 1) approx_synset_members_++;
      const std::string& last = toks.back();
      if (last[0] == '&') {
        if (!SynsetWords(base::ToLower(last.substr(1)), out, depth + 1)) return false;
      } else {
        out->push_back(base::ToLower(last));
      }
    }
    return true;
  }

  // A literal: TABARI matches a pattern word as a stem (a prefix of the text's word), so a word
  // becomes the alternatives "w|ws|wes|wed|wd|wing|we|wly|wy|wies|wied|wion|wions|wer|wers|
  // wment|wments|<plural>" (the coder matches KEDS literals as written).
  static std::string LiteralAlternatives(const std::string& w) {
    if (w.size() < 3 || !AllAlpha(w)) return w;
    std::vector<std::string> forms = {w,         w + "s",    w + "es",  w + "ed",   w + "d",    w + "ing",
                                      w + "e",   w + "ly",   w + "y",   w + "ies",  w + "ied",  w + "ion",
                                      w + "ions", w + "er", w + "ers", w + "ment", w + "ments", PluralOf(w)};
    std::string out;
    std::set<std::string> seen;
    for (const auto& f : forms) {
      if (!seen.insert(f).second) continue;
      out += (out.empty() ? "" : "|") + f;
    }
    return out;
  }

  // The literal of one token or '{ | }' group (starting at toks[*i]; *i moves to its end).
  bool Literal(const std::vector<std::string>& toks, size_t* i, std::string* lit, std::string* error) {
    std::vector<std::string> words;
    if (toks[*i] == "{") {
      std::vector<std::vector<std::string>> alts(1);
      size_t j = *i + 1;
      for (; j < toks.size() && toks[j] != "}"; ++j) {
        if (toks[j] == "|") alts.emplace_back();
        else if (toks[j] != "_") alts.back().push_back(toks[j]);
      }
      if (j == toks.size()) {
        *error = "'{' without '}'";
        return false;
      }
      *i = j;
      for (const auto& alt : alts) {
        if (alt.empty()) {
          *error = "empty alternative in '{ | }'";
          return false;
        }
        if (alt.size() > 1) ++approx_alternatives_;
        words.push_back(alt.back());
      }
    } else {
      words.push_back(toks[*i]);
    }
    std::set<std::string> seen;
    lit->clear();
    for (const auto& w : words) {
      std::vector<std::string> expanded;
      if (w[0] == '&') {
        if (!SynsetWords(base::ToLower(w.substr(1)), &expanded) || expanded.empty()) {
          *error = "undefined synset " + w;
          return false;
        }
      } else {
        bool ok = false;
        for (char c : w) ok = ok || IsAlpha(c) || base::IsAsciiDigit(c);
        if (!ok) {
          *error = "literal '" + w + "' has no letters";
          return false;
        }
        expanded.push_back(base::ToLower(w));
      }
      for (const auto& e : expanded) {
        const std::string alts = LiteralAlternatives(e);
        for (auto alt : base::SplitList(alts, '|')) {
          if (seen.insert(std::string(alt)).second) {
            if (!lit->empty()) lit->push_back('|');
            lit->append(alt);
          }
        }
      }
    }
    return true;
  }

  // Converts a pattern body ("SAID * SUSPEND { A | B } +") to an Entente spec in the KEDS
  // convention the coder reads for non-native patterns (coder.h, PatternStyles): the elements
  // after the verb ("+" and "%" → "*", the target; "^" → "(^)", skip an actor phrase), then, when
  // words stand before the verb, the "(*)" marker and those words as optional elements ("%" →
  // "(%)", a compound subject acting on itself; "$" adds nothing: the source is before the verb).
  // Without "+" the coder takes the first actor after the pattern as the target. Returns false
  // with *reason (counted) or *error (a malformed line).
  bool ConvertPattern(std::string_view body, std::string* spec, std::string* reason, std::string* error) {
    const auto toks = PatternTokens(body);
    size_t star = toks.size();
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i] == "*") {
        if (star != toks.size()) {
          *error = "pattern with more than one '*'";
          return false;
        }
        star = i;
      }
    }
    if (star == toks.size()) {
      *error = "pattern without '*' (the verb's position)";
      return false;
    }
    std::vector<std::string> pre, post;
    auto joinable = [&](size_t i) {
      return i < toks.size() && toks[i] != "+" && toks[i] != "$" && toks[i] != "^" && toks[i] != "%" && toks[i] != "_";
    };
    for (size_t i = 0; i < star; ++i) {
      const std::string& tk = toks[i];
      if (tk == "_") {
        // Joined words follow each other: "(_)" between them; "RECENTLY_*": right before the verb.
        if (!pre.empty() && pre.back() != "(_)" && (joinable(i + 1) || i + 1 == star)) pre.push_back("(_)");
        continue;
      }
      if (tk == "+") {
        *reason = "patterns with the target (+) before the verb";
        return false;
      }
      if (tk == "$" || tk == "^") continue;
      if (tk == "%") {
        pre.push_back("(%)");
        continue;
      }
      if (tk == "}" || tk == "|") {
        *error = "'" + tk + "' outside '{ }'";
        return false;
      }
      std::string lit;
      if (!Literal(toks, &i, &lit, error)) return false;
      if (i >= star) {
        *error = "'{ }' around the verb's '*'";
        return false;
      }
      pre.push_back("(" + lit + ")");
    }
    bool target = false;
    for (size_t i = star + 1; i < toks.size(); ++i) {
      const std::string& tk = toks[i];
      if (tk == "_") {
        // "*_HOPE": right after the verb; "A_B": B right after A.
        if (joinable(i + 1) && (post.empty() || post.back() != "(_)")) post.push_back("(_)");
        continue;
      }
      if (tk == "+" || tk == "%") {
        if (target) {
          *reason = "patterns with two targets";
          return false;
        }
        post.push_back("*");
        target = true;
      } else if (tk == "$") {
        *reason = "patterns with the source ($) after the verb";
        return false;
      } else if (tk == "^") {
        post.push_back("(^)");
      } else if (tk == "}" || tk == "|") {
        *error = "'" + tk + "' outside '{ }'";
        return false;
      } else {
        std::string lit;
        if (!Literal(toks, &i, &lit, error)) return false;
        post.push_back(lit);
      }
    }
    if (post.empty()) post.push_back("*");
    if (post.size() + pre.size() + 1 > kMaxWords) {
      *error = "pattern longer than 64 words";
      return false;
    }
    std::string s;
    for (const auto& w : post) s += (s.empty() ? "" : " ") + w;
    if (!pre.empty()) {
      s += " (*)";
      for (const auto& w : pre) s += " " + w;
    }
    *spec = s;
    return true;
  }

  struct VerbBlock {
    std::vector<std::string> heads;  // verb lemmas (stem expansions and listed forms)
    std::string prefix;              // words after the verb of a multi-word verb
    std::string code;                // the isolated verb's code ("" none)
    std::string text;
    int line = 0;
    struct Pat {
      std::string spec, code, text;
      int line;
    };
    std::vector<Pat> patterns;
  };

  void AddVerbPattern(const std::string& file, const VerbBlock& v, const std::string& spec, const std::string& code,
                      const std::string& text, int line) {
    // A multi-word verb's words follow the verb ("BRUSH ASIDE REPORTS": "aside reports" first).
    std::string full = spec;
    if (!v.prefix.empty()) full = spec == "*" ? v.prefix : v.prefix + " " + spec;
    const std::string where = file + ":" + std::to_string(line);
    bool ok = false;
    for (const std::string& head : v.heads) {
      if (!pattern_keys_.insert(head + "\t" + full + "\t" + code).second) {
        ++duplicates_;
        continue;
      }
      std::string err = b_->AddPattern(false, head, full, b_->FindCameo(code), text, where);
      if (!err.empty()) {
        Warn(file, line, err + " ('" + text + "')");
        return;
      }
      ok = true;
    }
    if (ok) ++mapped_;
  }

  // The lemma of an inflected verb word ("called" → call, "banned" → ban, "fought" → fight), or
  // "" when `word` is not recognisably inflected. The coder finds a verb's patterns by its lemma,
  // so TABARI verbs written inflected (CALLED_ON, FOUGHT, SET_UP) are filed under the lemma too.
  std::string LemmaOf(const std::string& word) {
    for (const auto& [lemma, f] : b_->irregular()) {
      if (lemma != word && (f.past == word || f.participle == word || f.third == word || f.gerund == word)) return lemma;
    }
    std::vector<std::string> cands;
    auto strip = [&](const char* suffix) {
      const size_t n = std::char_traits<char>::length(suffix);
      if (word.size() > n + 2 && word.compare(word.size() - n, n, suffix) == 0) {
        const std::string base = word.substr(0, word.size() - n);
        cands.push_back(base);
        cands.push_back(base + "e");
        cands.push_back(base + "y");
        if (base.size() >= 2 && base[base.size() - 1] == base[base.size() - 2]) cands.push_back(base.substr(0, base.size() - 1));
      }
    };
    strip("ed");
    strip("ied");
    strip("ing");
    strip("s");
    for (const std::string& c : cands) {
      const VerbForms f = InflectVerb(c, b_->irregular());
      if (f.past == word || f.participle == word || f.gerund == word || f.third == word) return c;
    }
    return "";
  }

  void FlushVerb(const std::string& file, VerbBlock* v) {
    if (v->heads.empty()) return;
    const size_t n = v->heads.size();
    for (size_t i = 0; i < n; ++i) {
      const std::string lemma = LemmaOf(v->heads[i]);
      if (!lemma.empty() && std::find(v->heads.begin(), v->heads.end(), lemma) == v->heads.end()) {
        v->heads.push_back(lemma);
        ++lemmatized_;
      }
    }
    // TABARI tries a verb's patterns first; the verb's own code applies when none matches.
    for (const auto& p : v->patterns) AddVerbPattern(file, *v, p.spec, p.code, p.text, p.line);
    if (!v->code.empty()) AddVerbPattern(file, *v, "*", v->code, v->text, v->line);
    *v = VerbBlock{};
  }

  void ReadVerbs(const std::string& file, const std::string& content) {
    std::string section, synset;
    size_t time_phrases = 0, verbs = 0, patterns = 0, other_section = 0;
    VerbBlock cur;
    bool have = false;
    ForEachTabariLine(content, [&](int line_no, std::string_view raw) {
      if (!raw.empty() && raw.front() == '#') return true;
      const std::string_view t = base::Trim(StripTabariComment(raw));
      if (t.empty()) return true;
      if (t.front() == '<') {
        const size_t close = t.find('>');
        if (close == std::string_view::npos) {
          Warn(file, line_no, "section tag without '>'");
          return true;
        }
        const std::string tag = base::ToLower(t.substr(1, close - 1));
        if (!tag.empty() && tag[0] == '/') {
          if (section != tag.substr(1)) Warn(file, line_no, "closing <" + tag + "> without its opening tag");
          section.clear();
        } else {
          FlushVerb(file, &cur);
          have = false;
          section = tag;
        }
        return true;
      }
      if (section == "synsets") {
        if (t.front() == '&') {
          synset = base::ToLower(base::SplitBlank(t)[0].substr(1));
          synsets_[synset];
        } else if (t.front() == '+') {
          if (synset.empty()) {
            Warn(file, line_no, "synset member before any &NAME");
          } else if (base::Trim(t.substr(1)).empty()) {
            Warn(file, line_no, "empty synset member");
          } else {
            synsets_[synset].emplace_back(base::Trim(t.substr(1)));
          }
        } else {
          Warn(file, line_no, "synset lines are &NAME or +MEMBER");
        }
        return true;
      }
      if (section == "time") {
        ++time_phrases;
        return true;
      }
      if (!section.empty()) {
        ++other_section;
        return true;
      }
      if (t.front() == '{') {
        const size_t close = t.find('}');
        if (!have || close == std::string_view::npos) {
          Warn(file, line_no, !have ? "verb forms '{...}' before any verb" : "missing '}'");
          return true;
        }
        for (auto w : base::SplitBlank(t.substr(1, close - 1))) {
          std::string f = base::ToLower(w);
          while (!f.empty() && (f.back() == '_' || f.back() == '=')) f.pop_back();
          if (f.find('_') != std::string::npos) {
            ++multiword_forms_;
            continue;
          }
          if (AllAlpha(f)) cur.heads.push_back(f);
        }
        return true;
      }
      if (t.front() == '-') {
        ++patterns;
        if (!have) {
          Warn(file, line_no, "pattern before any verb");
          return true;
        }
        const std::string_view body_all = base::Trim(t.substr(1));
        const size_t ob = body_all.rfind('['), cb = body_all.rfind(']');
        if (ob == std::string_view::npos || cb == std::string_view::npos || cb < ob) {
          Warn(file, line_no, "pattern needs a code '[...]'");
          return true;
        }
        std::string code;
        if (!VerbCode(file, line_no, body_all.substr(ob + 1, cb - ob - 1), &code)) return true;
        if (code.empty()) {
          skipped_["patterns with the null code [---] (Entente has no blocking patterns)"]++;
          return true;
        }
        std::string spec, reason, err;
        if (!ConvertPattern(body_all.substr(0, ob), &spec, &reason, &err)) {
          if (!err.empty()) Warn(file, line_no, err);
          else skipped_[reason]++;
          return true;
        }
        cur.patterns.push_back({spec, code, "- " + std::string(base::Trim(body_all.substr(0, ob))) + " [" + code + "]", line_no});
        return true;
      }
      if (t.front() == '+' || t.front() == '&') {
        Warn(file, line_no, "'" + std::string(1, t.front()) + "' line outside <SYNSETS>");
        return true;
      }
      // A verb line: VERB[_] [CODE], or a multi-word verb "BRUSH ASIDE REPORTS [142]".
      FlushVerb(file, &cur);
      have = true;
      const size_t ob = t.find('[');
      std::string code;
      if (ob != std::string_view::npos) {
        const size_t cb = t.find(']', ob);
        if (cb == std::string_view::npos) {
          Warn(file, line_no, "missing ']'");
          have = false;
          return true;
        }
        const std::string_view raw_code = base::Trim(t.substr(ob + 1, cb - ob - 1));
        if (!VerbCode(file, line_no, raw_code, &code)) {
          // The verb still carries its patterns; only the isolated verb codes nothing.
          code.clear();
        } else if (!raw_code.empty() && raw_code.back() == '?') {
          // "SAID [023?]": a tentative code. Read as TABARI's suite uses it — the verb alone codes
          // nothing (a report verb's clause carries the event), its patterns still do.
          ++tentative_codes_;
          code.clear();
        }
      }
      std::string phrase(base::Trim(t.substr(0, ob)));
      if (!phrase.empty() && phrase.back() == '=') {
        ++equals_marks_;
        phrase.pop_back();
      }
      Phrase p = ParsePhrase(phrase);
      if (p.words.empty() || p.words.size() > kMaxWords) {
        Warn(file, line_no, "verb must have 1 to 64 words");
        have = false;
        return true;
      }
      if (!AllAlpha(p.words[0])) {
        if (p.words[0].find('-') != std::string::npos) skipped_["hyphenated verbs"]++;
        else Warn(file, line_no, "verb '" + p.words[0] + "' must be letters");
        have = false;
        return true;
      }
      // The first word is the verb; TABARI matches a verb written without '_' as a stem.
      const bool exact = p.words.size() > 1 || p.exact;
      cur.heads = exact ? std::vector<std::string>{p.words[0]} : TabariVerbStemLemmas(p.words[0]);
      if (!exact) ++stem_verbs_;
      // TABARI's regular verb endings are -S, -ES, -ED, -EN and -ING; Entente's inflection gives
      // -s, -ed and -ing, so "-es" and "-en" forms join as heads of their own.
      if (!p.no_endings && AllAlpha(p.words[0]) && p.words[0].size() >= 3 && p.words[0].back() != 'e') {
        cur.heads.push_back(p.words[0] + "es");
        cur.heads.push_back(p.words[0] + "en");
      }
      for (size_t i = 1; i < p.words.size(); ++i) cur.prefix += (i > 1 ? " " : "") + LiteralAlternatives(p.words[i]);
      if (p.words.size() > 1) ++multiword_verbs_;
      cur.code = code;
      cur.text = std::string(t);
      cur.line = line_no;
      ++verbs;
      return true;
    });
    FlushVerb(file, &cur);
    if (!section.empty()) Summary(file, "section <" + section + "> not closed");
    Summary(file, std::to_string(verbs) + " verbs and " + std::to_string(patterns) + " pattern lines read; " +
                      std::to_string(mapped_) + " patterns and coded verbs added; " + std::to_string(synsets_.size()) +
                      " synsets");
    for (const auto& [reason, n] : skipped_) Summary(file, std::to_string(n) + " " + reason + " skipped");
    skipped_.clear();
    if (time_phrases) Summary(file, std::to_string(time_phrases) + " <TIME> phrases skipped (Entente does not shift dates)");
    if (other_section) Summary(file, std::to_string(other_section) + " lines of other sections skipped");
    if (stem_verbs_) {
      Summary(file, std::to_string(stem_verbs_) + " verbs without a final '_' read as stems (stem, stem+e, stem+y, stem+ze/se)");
    }
    if (multiword_verbs_) {
      Summary(file, std::to_string(multiword_verbs_) + " multi-word verbs read as the verb followed by its words");
    }
    if (paired_codes_) {
      Summary(file, std::to_string(paired_codes_) +
                        " paired codes [A:B] read (A for source to target, B for target to source)");
    }
    if (approx_alternatives_ || approx_synset_members_) {
      Summary(file, std::to_string(approx_alternatives_ + approx_synset_members_) +
                        " multi-word alternatives or synset members read as their last word");
    }
    if (multiword_forms_) Summary(file, std::to_string(multiword_forms_) + " multi-word verb forms in '{...}' skipped");
    if (tentative_codes_) {
      Summary(file, std::to_string(tentative_codes_) + " tentative verb codes [CODE?] not coded for the verb alone");
    }
    if (lemmatized_) {
      Summary(file, std::to_string(lemmatized_) +
                        " inflected verbs (CALLED_ON, FOUGHT) also filed under their lemma (the coder finds verbs by lemma)");
    }
    if (duplicates_) Summary(file, std::to_string(duplicates_) + " duplicate patterns skipped");
    if (added_codes_) {
      Summary(file, std::to_string(added_codes_) + " event codes not in cameo.tsv added as given (names from LABEL:)");
    }
    mapped_ = duplicates_ = added_codes_ = paired_codes_ = stem_verbs_ = multiword_verbs_ = 0;
    approx_alternatives_ = approx_synset_members_ = multiword_forms_ = lemmatized_ = tentative_codes_ = 0;
  }

  Status ReadAll(const TabariFiles& files) {
    auto read = [&](const std::string& path, std::string* content) {
      Status s = ReadFile(path, content);
      if (!s.ok()) warnings_->push_back(s.message());
      return s.ok();
    };
    std::string content;
    // Options first: their LABEL: lines name the event codes the verbs add.
    for (const auto& f : files.options)
      if (read(f, &content)) ReadOptions(f, content);
    for (const auto& f : files.actors)
      if (read(f, &content)) ReadActors(f, content);
    FinishActors();
    for (const auto& f : files.agents)
      if (read(f, &content)) ReadAgents(f, content);
    if (prefix_agents_) {
      Summary("agents", std::to_string(prefix_agents_) +
                            " prefix agents [XXX~] read as the sector after the actor (Entente has one sector order)");
    }
    for (const auto& f : files.verbs)
      if (read(f, &content)) ReadVerbs(f, content);
    return Status::Ok();
  }

 private:
  LexiconBuilder* b_;
  std::vector<std::string>* warnings_;
  std::vector<ActorEntry> entries_;
  std::map<std::string, std::string> labels_;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::map<std::string, size_t> skipped_;
  std::set<std::string> pattern_keys_;
  size_t new_country_codes_ = 0, stem_names_ = 0, extra_undated_ = 0, multi_codes_ = 0, equals_marks_ = 0,
         prefix_agents_ = 0;
  size_t mapped_ = 0, duplicates_ = 0, added_codes_ = 0, paired_codes_ = 0, stem_verbs_ = 0, multiword_verbs_ = 0,
         approx_alternatives_ = 0, approx_synset_members_ = 0, multiword_forms_ = 0, lemmatized_ = 0, tentative_codes_ = 0;
};

}  // namespace

Status FindTabariFiles(const std::string& path, TabariFiles* files) {
  *files = TabariFiles{};
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> names;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    for (const auto& n : names) {
      const std::string full = (fs::path(path) / n).string();
      switch (KindOfName(n)) {
        case Kind::kActors: files->actors.push_back(full); break;
        case Kind::kVerbs: files->verbs.push_back(full); break;
        case Kind::kAgents: files->agents.push_back(full); break;
        case Kind::kOptions: files->options.push_back(full); break;
        default: break;
      }
    }
  } else if (!fs::is_regular_file(path, ec)) {
    return Status(StatusCode::kNotFound, path + ": TABARI project, folder or dictionary not found");
  } else if (Ext(path) == "project") {
    std::string content;
    if (Status s = ReadFile(path, &content); !s.ok()) return s;
    const fs::path base = fs::path(path).parent_path();
    int line_no = 0;
    size_t pos = 0;
    while (pos < content.size()) {
      size_t nl = content.find('\n', pos);
      if (nl == std::string::npos) nl = content.size();
      std::string_view line = base::Trim(std::string_view(content).substr(pos, nl - pos));
      pos = nl + 1;
      ++line_no;
      if (line.size() < 3 || line.front() != '<') continue;
      const size_t close = line.find('>');
      if (close == std::string_view::npos) continue;
      const std::string tag = base::ToLower(line.substr(1, close - 1));
      std::string value(base::Trim(line.substr(close + 1)));
      if (size_t lt = value.find('<'); lt != std::string::npos) value = std::string(base::Trim(value.substr(0, lt)));
      if (value.empty()) continue;
      const std::string full = (base / value).string();
      std::vector<std::string>* list = nullptr;
      if (tag == "actorsfile") list = &files->actors;
      else if (tag == "verbsfile") list = &files->verbs;
      else if (tag == "agentsfile") list = &files->agents;
      else if (tag == "optionsfile") list = &files->options;
      else if (tag == "textfile" && files->text.empty()) files->text = full;
      if (!list) continue;
      if (!fs::is_regular_file(full, ec)) {
        return Status(StatusCode::kNotFound, path + ":" + std::to_string(line_no) + ": <" + tag + "> " + full +
                                                 " is not a readable file");
      }
      list->push_back(full);
    }
  } else {
    switch (KindOfName(path)) {
      case Kind::kActors: files->actors.push_back(path); break;
      case Kind::kVerbs: files->verbs.push_back(path); break;
      case Kind::kAgents: files->agents.push_back(path); break;
      case Kind::kOptions: files->options.push_back(path); break;
      default:
        return Status(StatusCode::kInvalidArgument,
                      path + ": not a TABARI file (.project, .actors, .verbs, .agents, .options)");
    }
  }
  if (files->actors.empty() && files->verbs.empty() && files->agents.empty() && files->options.empty()) {
    return Status(StatusCode::kNotFound, path + ": no TABARI dictionary files (.actors, .verbs, .agents, .options)");
  }
  return Status::Ok();
}

Status AddTabariDictionaries(const std::string& path, LexiconBuilder* builder, std::vector<std::string>* warnings) {
  TabariFiles files;
  if (Status s = FindTabariFiles(path, &files); !s.ok()) return s;
  return Reader(builder, warnings).ReadAll(files);
}

uint64_t HashTabariSources(const std::string& path) {
  uint64_t h = base::Fnv1a("entente-tabari-v1");
  TabariFiles files;
  if (!FindTabariFiles(path, &files).ok()) return h;
  for (const auto* list : {&files.options, &files.actors, &files.agents, &files.verbs}) {
    for (const auto& f : *list) {
      std::string content;
      if (!ReadFile(f, &content).ok()) continue;
      h = base::Fnv1a(f, h);
      h = base::Fnv1a(content, h);
    }
  }
  return h;
}

}  // namespace entente::lexicon
