// lexicon/oeda.cc — OEDA/PETRARCH2 dictionary reader (see oeda.h and docs/DICTIONARIES.md).
#include "lexicon/oeda.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "base/date.h"
#include "base/strings.h"
#include "lexicon/keds_dates.h"
#include "lexicon/tsv.h"

namespace entente::lexicon {
namespace {

namespace fs = std::filesystem;

enum class FileKind { kNone, kActors, kAgents, kVerbs, kDiscards, kIssues };

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return base::ToLower(s.substr(s.size() - suffix.size())) == suffix;
}

FileKind KindOf(const std::string& name) {
  const std::string lower = base::ToLower(name);
  if (EndsWithNoCase(lower, ".actors.txt")) return FileKind::kActors;
  if (EndsWithNoCase(lower, ".agents.txt")) return FileKind::kAgents;
  if (EndsWithNoCase(lower, ".discards.txt")) return FileKind::kDiscards;
  if (EndsWithNoCase(lower, ".verbs.txt") || (lower.rfind("cameo", 0) == 0 && EndsWithNoCase(lower, ".txt"))) {
    return FileKind::kVerbs;
  }
  if (lower.find("issue") != std::string::npos && EndsWithNoCase(lower, ".txt")) return FileKind::kIssues;
  return FileKind::kNone;
}

// The recognised files of `dir`, sorted by name.
std::vector<std::pair<std::string, FileKind>> ListFiles(const std::string& dir) {
  std::vector<std::pair<std::string, FileKind>> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string name = it->path().filename().string();
    const FileKind k = KindOf(name);
    if (k != FileKind::kNone) out.emplace_back(name, k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Longest name or pattern read (the lexicon stores lengths in 16 bits; real entries are short).
constexpr size_t kMaxWords = 64;



// Drops a '#' comment (and an XML comment on one line).
std::string_view StripComment(std::string_view line) {
  if (size_t k = line.find('#'); k != std::string_view::npos) line = line.substr(0, k);
  if (size_t k = line.find("<!--"); k != std::string_view::npos) line = line.substr(0, k);
  return line;
}

// "YYMMDD" (YY <= 30 → 20YY, else 19YY, as KEDS/TABARI/PETRARCH) or "YYYYMMDD".
bool IsCodeChars(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!base::IsAsciiUpper(c) && !base::IsAsciiDigit(c)) return false;
  return true;
}

// "THE_UNITED_NATIONS_" → "The United Nations": underscores become spaces, a trailing '_' (a
// "whole word" marker) is dropped, and the words are title-cased the way news text writes names,
// so the tokenizer treats abbreviations ("U.N.") and possessives as it does in documents.
std::string NameText(std::string_view raw) {
  std::string s;
  for (char c : base::Trim(raw)) s.push_back(c == '_' ? ' ' : c);
  while (!s.empty() && base::IsAsciiBlank(s.back())) s.pop_back();
  bool start = true;
  for (char& c : s) {
    const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (alpha) {
      c = start ? static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c)
                : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      start = false;
    } else {
      start = c != '\'';  // "PEOPLE'S" → "People's", not "People'S"
    }
  }
  return s;
}

class Reader {
 public:
  Reader(const std::string& dir, LexiconBuilder* b, std::vector<std::string>* warnings)
      : dir_(dir), b_(b), warnings_(warnings) {}

  void Warn(const std::string& file, int line, const std::string& what) {
    warnings_->push_back(dir_ + "/" + file + ":" + std::to_string(line) + ": " + what);
  }
  void Summary(const std::string& file, const std::string& what) {
    warnings_->push_back(dir_ + "/" + file + ": " + what);
  }

  // Calls fn(line_number, line) for every line that is not blank or a whole-line comment.
  template <typename Fn>
  static void ForEachLine(const std::string& content, Fn&& fn) {
    size_t pos = 0;
    int line_no = 0;
    while (pos <= content.size()) {
      size_t nl = content.find('\n', pos);
      if (nl == std::string::npos) nl = content.size();
      std::string_view line(content.data() + pos, nl - pos);
      ++line_no;
      pos = nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (base::Trim(line).empty() || line.front() == '#' || line.rfind("<!", 0) == 0) {
        if (nl == content.size()) break;
        continue;
      }
      if (!fn(line_no, line)) break;
      if (nl == content.size()) break;
    }
  }

  // ---------------------------------------------------------------- actors
  struct CodeSpec {
    std::string code;
    bool dated = false;
    Date from, to;
  };
  struct ActorEntry {
    int line = 0;
    std::vector<std::pair<std::string, int>> names;  // raw name, line
    std::vector<CodeSpec> codes;
  };

  // Parses every "[...]" group of `s` into entry->codes.
  void ParseCodes(const std::string& file, int line, std::string_view s, ActorEntry* e) {
    size_t i = 0;
    while ((i = s.find('[', i)) != std::string_view::npos) {
      const size_t close = s.find(']', i);
      if (close == std::string_view::npos) {
        Warn(file, line, "missing ']'");
        return;
      }
      const std::string_view inner = base::Trim(s.substr(i + 1, close - i - 1));
      i = close + 1;
      const auto words = base::SplitBlank(inner);
      if (words.empty()) {
        Warn(file, line, "empty code '[]'");
        continue;
      }
      CodeSpec c;
      c.code = std::string(words[0]);
      if (c.code != "---" && !IsCodeChars(c.code)) {
        Warn(file, line, "bad actor code '" + c.code + "'");
        continue;
      }
      std::string rest;
      for (size_t k = 1; k < words.size(); ++k) rest += words[k];
      if (rest.empty()) {
        e->codes.push_back(c);
        continue;
      }
      c.dated = true;
      if (const KedsRestriction r = ParseKedsRestriction(rest, &c.from, &c.to); r == KedsRestriction::kNoOperator) {
        // PETRARCH reads a restriction without <, > or - as the default code.
        Warn(file, line, DescribeKedsRestriction(r, inner) + "; read as an undated code");
        c.dated = false;
      } else if (r != KedsRestriction::kOk) {
        Warn(file, line, DescribeKedsRestriction(r, inner));
        continue;
      }
      e->codes.push_back(c);
    }
  }

  // OEDA's convention: a primary code of three letters is a country-level code (ISO3, a CAMEO
  // region such as AFR, or a dictionary's own country, as the PETRARCH suite's ARN or GON), so
  // agents combine with it ("Gondor's government" → GONGOV). CAMEO sector codes (IGO, NGO,
  // MED, ...) are not countries.
  static bool CountryLevel(std::string_view code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), base::IsAsciiUpper) &&
           !model::IsSectorCode(code);
  }

  void FinishActor(const std::string& file, ActorEntry* e, ActorKind kind) {
    if (e->names.empty()) return;
    LexiconBuilder& b = *b_;
    std::vector<CodeSpec> dated;
    const CodeSpec* undated = nullptr;
    for (const CodeSpec& c : e->codes) {
      if (c.code == "---") {
        ++null_codes_;
        continue;
      }
      if (c.dated) {
        dated.push_back(c);
      } else if (!undated) {
        undated = &c;
      } else {
        ++extra_undated_;
      }
    }
    std::vector<std::vector<WordId>> phrases;
    for (const auto& [raw, line] : e->names) {
      const std::string name = NameText(raw);
      std::vector<WordId> words = b.PhraseWords(name);
      if (words.empty() || words.size() > kMaxWords) {
        Warn(file, line, words.empty() ? "empty name" : "name longer than 64 words");
        continue;
      }
      phrases.push_back(std::move(words));
    }
    if (phrases.empty()) return;
    if (dated.empty() && !undated) {
      if (e->codes.empty()) {
        Warn(file, e->line, "entry '" + e->names[0].first + "' has no code; skipped");
      }
      return;
    }
    if (!dated.empty()) {
      // A person with dated roles; the display name keeps OEDA people apart from bundled ones
      // (a name in both has both senses and the bundled one is listed first).
      const uint32_t person = b.AddPerson(NameText(e->names[0].first) + " (OEDA)");
      const std::string where = file + ":" + std::to_string(e->line);
      for (const CodeSpec& c : dated) {
        b.AddRole(person, c.from, c.to, b.Actor(c.code, "", "", ActorKind::kPerson), where);
      }
      if (undated) {
        // A bare sector ("[ELI]") has no country: the nearest dated role's country serves better.
        if (undated->code.size() == 3 && !b.IsCountryCode(undated->code) && !CountryLevel(undated->code)) {
          ++bare_sector_fallbacks_;
        } else {
          b.AddRole(person, Date{}, Date{}, b.Actor(undated->code, "", "", ActorKind::kPerson), where);
        }
      }
      for (const auto& words : phrases) b.AddSense(words, {SenseKind::kPerson, person});
      ++persons_;
      roles_ += dated.size();
      return;
    }
    const std::string& code = undated->code;
    const bool country_level = CountryLevel(code);
    if (country_level && !b.IsCountryCode(code)) {
      b.AddCountryCode(code);
      ++own_countries_;
    }
    if (country_level) {
      const uint32_t a = b.Actor(code, code, "", ActorKind::kState);
      for (const auto& words : phrases) b.AddSense(words, {SenseKind::kCountryName, a});
      ++country_names_;
    } else {
      const uint32_t a = b.Actor(code, "", "", kind);
      for (const auto& words : phrases) b.AddSense(words, {SenseKind::kOrganization, a});
      ++actors_;
    }
  }

  void ReadActors(const std::string& file, const std::string& content) {
    const ActorKind kind =
        base::ToLower(file).find("milnonstate") != std::string::npos ? ActorKind::kArmed : ActorKind::kOrganization;
    persons_ = roles_ = actors_ = country_names_ = null_codes_ = extra_undated_ = bare_sector_fallbacks_ = 0;
    own_countries_ = 0;
    ActorEntry cur;
    bool have = false;
    ForEachLine(content, [&](int line_no, std::string_view line) {
      if (line.find("---STOP---") != std::string_view::npos) return false;
      const std::string_view text = StripComment(line);
      if (base::Trim(text).empty()) return true;
      if (base::IsAsciiBlank(text.front())) {
        if (!have) {
          Warn(file, line_no, "code line before any name");
          return true;
        }
        if (base::Trim(text).front() != '[') {
          Warn(file, line_no, "indented line must hold codes '[CODE ...]'");
          return true;
        }
        ParseCodes(file, line_no, text, &cur);
        return true;
      }
      const size_t br = text.find('[');
      const std::string_view name = base::Trim(text.substr(0, br));
      if (text.front() == '+') {
        if (!have) {
          Warn(file, line_no, "synonym before any name");
          return true;
        }
        if (name.size() > 1) cur.names.emplace_back(std::string(name.substr(1)), line_no);
        else Warn(file, line_no, "empty synonym");
      } else {
        if (have) FinishActor(file, &cur, kind);
        cur = ActorEntry{};
        cur.line = line_no;
        have = true;
        if (name.empty()) Warn(file, line_no, "code without a name");
        else cur.names.emplace_back(std::string(name), line_no);
      }
      if (br != std::string_view::npos) ParseCodes(file, line_no, text.substr(br), &cur);
      return true;
    });
    if (have) FinishActor(file, &cur, kind);
    Summary(file, std::to_string(actors_) + " actors, " + std::to_string(country_names_) +
                      " country names, " + std::to_string(persons_) + " people with " +
                      std::to_string(roles_) + " dated roles read");
    if (own_countries_) {
      Summary(file, std::to_string(own_countries_) +
                        " three-letter codes that are not ISO3 countries read as country-level codes");
    }
    if (null_codes_) Summary(file, std::to_string(null_codes_) + " null codes [---] skipped");
    if (extra_undated_) {
      Summary(file, std::to_string(extra_undated_) + " extra undated codes skipped (the first one is used)");
    }
    if (bare_sector_fallbacks_) {
      Summary(file, std::to_string(bare_sector_fallbacks_) +
                        " undated fallback codes without a country ([ELI]...) skipped (the nearest dated role applies)");
    }
  }

  // ---------------------------------------------------------------- agents
  void ReadAgents(const std::string& file, const std::string& content) {
    LexiconBuilder& b = *b_;
    std::map<std::string, std::vector<std::string>> markers;
    size_t agents = 0, prefix = 0;
    auto add = [&](const std::string& phrase, uint32_t sector) {
      std::string text;
      for (char c : phrase) text.push_back(c == '_' ? ' ' : c);
      auto words = b.PhraseWords(base::ToLower(base::Trim(text)));
      if (words.empty() || words.size() > kMaxWords) return;
      b.AddSense(words, {SenseKind::kAgent, sector});
    };
    ForEachLine(content, [&](int line_no, std::string_view line) {
      const std::string_view text = base::Trim(StripComment(line));
      if (text.empty()) return true;
      if (text.front() == '!' && text.find('=') != std::string_view::npos) {
        const size_t close = text.find('!', 1);
        const size_t eq = text.find('=');
        if (close == std::string_view::npos || close > eq) {
          Warn(file, line_no, "substitution marker must be written !NAME! = a, b, ...");
          return true;
        }
        auto& items = markers[std::string(text.substr(1, close - 1))];
        items.clear();
        for (auto item : base::SplitList(text.substr(eq + 1), ','))
          if (!base::Trim(item).empty()) items.emplace_back(base::Trim(item));
        return true;
      }
      if (text.front() == '<') return true;  // <Combine rule = ...>: code combination rules
      const size_t br = text.find('[');
      const size_t close = text.find(']', br == std::string_view::npos ? 0 : br);
      if (br == std::string_view::npos || close == std::string_view::npos) {
        Warn(file, line_no, "agent needs a code '[~SECTOR]'");
        return true;
      }
      std::string code(base::Trim(text.substr(br + 1, close - br - 1)));
      if (code.size() > 1 && code.front() == '~') {
        code.erase(0, 1);
      } else if (code.size() > 1 && code.back() == '~') {
        code.pop_back();
        ++prefix;  // [NGO~]: PETRARCH puts it before the actor code; Entente has one sector slot
      } else {
        Warn(file, line_no, "agent code '" + code + "' needs '~' before or after it");
        return true;
      }
      if (!IsCodeChars(code)) {
        Warn(file, line_no, "bad agent code '" + code + "'");
        return true;
      }
      std::string phrase(base::Trim(text.substr(0, br)));
      std::string plural;
      bool explicit_plural = false;
      if (size_t ob = phrase.find('{'); ob != std::string::npos) {
        const size_t cb = phrase.find('}', ob);
        if (cb == std::string::npos) {
          Warn(file, line_no, "missing '}'");
          return true;
        }
        plural = std::string(base::Trim(std::string_view(phrase).substr(ob + 1, cb - ob - 1)));
        phrase = std::string(base::Trim(std::string_view(phrase).substr(0, ob)));
        explicit_plural = true;
      }
      if (phrase.empty()) {
        Warn(file, line_no, "agent without words");
        return true;
      }
      const uint32_t sector = b.Sector(code);
      if (size_t m1 = phrase.find('!'); m1 != std::string::npos) {
        const size_t m2 = phrase.find('!', m1 + 1);
        if (m2 == std::string::npos) {
          Warn(file, line_no, "substitution marker needs a closing '!'");
          return true;
        }
        auto it = markers.find(phrase.substr(m1 + 1, m2 - m1 - 1));
        if (it == markers.end()) {
          Warn(file, line_no, "substitution marker !" + phrase.substr(m1 + 1, m2 - m1 - 1) + "! is not defined");
          return true;
        }
        for (const auto& item : it->second) add(phrase.substr(0, m1) + item + phrase.substr(m2 + 1), sector);
        ++agents;
        return true;
      }
      add(phrase, sector);
      if (explicit_plural) {
        if (!plural.empty()) add(plural, sector);
      } else {
        // Regular plural of the last word.
        std::string lower = base::ToLower(phrase);
        std::replace(lower.begin(), lower.end(), '_', ' ');
        const size_t sp = lower.rfind(' ');
        const std::string last = lower.substr(sp == std::string::npos ? 0 : sp + 1);
        if (last.size() >= 2) add(lower.substr(0, lower.size() - last.size()) + PluralOf(last), sector);
      }
      ++agents;
      return true;
    });
    Summary(file, std::to_string(agents) + " agents read");
    if (prefix) {
      Summary(file, std::to_string(prefix) +
                        " prefix agents [XXX~] read as the sector after the country (Entente has one sector order)");
    }
  }

  // ---------------------------------------------------------------- discards
  void ReadDiscards(const std::string& file, const std::string& content) {
    size_t sentence = 0, story = 0;
    ForEachLine(content, [&](int line_no, std::string_view line) {
      std::string_view text = base::Trim(StripComment(line));
      if (text.empty()) return true;
      const bool whole_story = text.front() == '+';
      if (whole_story) text = base::Trim(text.substr(1));
      if (text.empty()) {
        Warn(file, line_no, "empty discard phrase");
        return true;
      }
      std::string words;
      for (char c : text) words.push_back(c == '_' ? ' ' : c);
      const auto ids = b_->PhraseWords(base::ToLower(base::Trim(words)));
      if (ids.empty() || ids.size() > kMaxWords) {
        Warn(file, line_no, "empty discard phrase");
        return true;
      }
      b_->AddSense(ids, {SenseKind::kGrammar, whole_story ? kDiscardStory : kDiscardSentence});
      (whole_story ? story : sentence)++;
      return true;
    });
    Summary(file, std::to_string(sentence) + " sentence and " + std::to_string(story) +
                      " story discard phrases read (whole words only; PETRARCH's stem matching is not done)");
  }

  // ---------------------------------------------------------------- verbs
  struct BlockVerb {
    std::string lemma, prefix;  // prefix: particles of a multi-word verb ("up" in BEEF_UP)
    std::string pre;            // words right before the verb, as "(*)" elements ("(wire) (_)")
    std::string code;           // the isolated verb's code ("" or "---": none)
    int line = 0;
  };
  struct BlockPattern {
    std::string spec, code, text;
    int line = 0;
  };

  // Registers `code` in the CAMEO table when it is not there: a code the dictionary uses that
  // is not a CAMEO code (WEIS-era "345", "174K", the suite's "903") is carried through as
  // given, with its meaning unknown: quad class 0, Goldstein 0, no PLOVER category
  // (docs/DICTIONARIES.md, "Codes that are not CAMEO codes").
  void EnsureCode(const std::string& code) {
    if (code.empty() || b_->FindCameo(code) >= 0) return;
    model::CameoInfo info;
    info.code = code;
    info.name = "not a CAMEO code (from an OEDA dictionary)";
    info.goldstein = 0;
    info.quad_class = 0;
    b_->AddCameo(info);
    ++added_codes_;
  }

  // Resolves a code "[042]" → "042"; a paired code "[032:033]" (PETRARCH: the first code for
  // source → target, the second for target → source) → "032:033", registered as such so the
  // coder can emit both directions; "[:173]" → ":173" (the reverse event only); "[042:---]" →
  // "042". Returns "" for the null code. *error on a malformed code. Codes are letters and
  // digits, kept as written.
  std::string ResolveCode(std::string_view raw, std::string* error) {
    std::string_view code = base::Trim(raw);
    std::string_view second;
    if (size_t colon = code.find(':'); colon != std::string_view::npos) {
      second = base::Trim(code.substr(colon + 1));
      code = base::Trim(code.substr(0, colon));
    }
    auto valid = [](std::string_view c) {
      if (c.empty() || c.size() > 8) return false;
      for (char ch : c)
        if (!base::IsAsciiDigit(ch) && !((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) return false;
      return true;
    };
    if (code == "---") code = {};
    if (second == "---") second = {};
    if ((!code.empty() && !valid(code)) || (!second.empty() && !valid(second))) {
      *error = "bad CAMEO code '" + std::string(raw) + "'";
      return "";
    }
    if (code.empty() && second.empty()) return "";
    EnsureCode(std::string(code));
    EnsureCode(std::string(second));
    if (second.empty()) return std::string(code);
    std::string pair = std::string(code) + ":" + std::string(second);
    if (b_->FindCameo(pair) < 0) {
      model::CameoInfo info;
      info.code = pair;
      info.name = "paired code: source to target, then target to source";
      b_->AddCameo(info);
    }
    return pair;
  }

  // A synset in a pattern. Its single-word members (and their regular plurals, unless the member
  // or the synset's name ends in '_') are one alternative "a|b|c"; each multi-word member is a
  // run of consecutive words ("austrian (_) florin"), so the pattern is expanded into one
  // pattern per alternative (ExpandChoices). Returns a placeholder "{Sn}" for the spec, or ""
  // when the synset is not defined. `pre`: the words stand before the verb ("(a|b)" elements).
  std::string SynsetLiteral(std::string_view name, bool pre, bool* ok) {
    auto it = synsets_.find(std::string(name));
    if (it == synsets_.end() && !name.empty() && name.back() == '_') it = synsets_.find(std::string(name.substr(0, name.size() - 1)));
    if (it == synsets_.end()) {
      *ok = false;
      return "";
    }
    *ok = true;
    std::string singles, heads;
    std::set<std::string> seen, seen_heads;
    std::vector<std::string> runs;
    auto add = [&](std::string* list, std::set<std::string>* set, const std::string& w) {
      if (!set->insert(w).second) return;
      if (!list->empty()) *list += '|';
      *list += w;
    };
    auto with_plural = [](const std::string& w, bool no_plural) {
      if (no_plural || w.empty() || w.back() == 's' ||
          !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return w;
      }
      return w + "|" + PluralOf(w);
    };
    auto member = [&](const std::string& raw) {
      const bool no_plural = !raw.empty() && raw.back() == '_';
      const std::string m = no_plural ? raw.substr(0, raw.size() - 1) : raw;
      const auto words = base::SplitBlank(m);
      if (words.empty()) return;
      if (words.size() == 1) {
        const std::string alts = with_plural(KedsWord(std::string(words[0])), no_plural);
        for (auto alt : base::SplitList(alts, '|')) {
          add(&singles, &seen, std::string(alt));
          add(&heads, &seen_heads, std::string(alt));
        }
        return;
      }
      std::string run;
      for (size_t k = 0; k < words.size(); ++k) {
        std::string w = KedsWord(std::string(words[k]));
        if (k + 1 == words.size()) w = with_plural(w, no_plural);
        if (k > 0) run += " (_) ";
        run += pre ? "(" + w + ")" : w;
      }
      runs.push_back(run);
      const std::string head_alts = with_plural(KedsWord(std::string(words.back())), no_plural);
      for (auto alt : base::SplitList(head_alts, '|')) {
        add(&heads, &seen_heads, std::string(alt));
      }
    };
    for (const std::string& raw : it->second) {
      if (!raw.empty() && raw.front() == '&') {
        // A synset inside a synset (one level deep).
        if (std::string_view(raw).substr(0, raw.size() - (raw.back() == '_')) == name) continue;
        std::string upper = raw;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        auto inner = synsets_.find(upper.back() == '_' ? upper.substr(0, upper.size() - 1) : upper);
        if (inner == synsets_.end()) continue;
        for (const std::string& w : inner->second)
          if (!w.empty() && w.front() != '&') member(w);
        continue;
      }
      member(raw);
    }
    Choice c;
    if (!singles.empty()) c.fragments.push_back(pre ? "(" + singles + ")" : singles);
    for (auto& r : runs) c.fragments.push_back(r);
    c.fallback = heads.empty() ? (pre ? "(" + singles + ")" : singles) : (pre ? "(" + heads + ")" : heads);
    if (c.fragments.empty()) {
      *ok = false;
      return "";
    }
    choices_.push_back(std::move(c));
    return "{S" + std::to_string(choices_.size() - 1) + "}";
  }

  // The alternatives of one synset in a pattern (SynsetLiteral).
  struct Choice {
    std::vector<std::string> fragments;
    std::string fallback;  // the head words only, when expanding would make too many patterns
  };
  std::vector<Choice> choices_;  // of the pattern being read

  // Replaces the "{Sn}" placeholders of `spec` by each combination of their alternatives; with
  // more than 16 combinations, by the head words only (one pattern).
  std::vector<std::string> ExpandChoices(const std::string& spec) {
    std::vector<std::string> pieces;  // literal text and placeholders, alternating
    std::vector<int> which;
    size_t pos = 0, combos = 1;
    while (true) {
      const size_t open = spec.find("{S", pos);
      if (open == std::string::npos) break;
      const size_t close = spec.find('}', open);
      pieces.push_back(spec.substr(pos, open - pos));
      const int n = std::stoi(spec.substr(open + 2, close - open - 2));
      which.push_back(n);
      combos *= choices_[static_cast<size_t>(n)].fragments.size();
      if (combos > 16) combos = 17;
      pos = close + 1;
    }
    pieces.push_back(spec.substr(pos));
    std::vector<std::string> out;
    if (which.empty()) return {spec};
    if (combos > 16) {
      std::string one = pieces[0];
      for (size_t k = 0; k < which.size(); ++k) one += choices_[static_cast<size_t>(which[k])].fallback + pieces[k + 1];
      return {one};
    }
    std::vector<size_t> idx(which.size(), 0);
    while (true) {
      std::string one = pieces[0];
      for (size_t k = 0; k < which.size(); ++k) one += choices_[static_cast<size_t>(which[k])].fragments[idx[k]] + pieces[k + 1];
      out.push_back(one);
      size_t k = 0;
      while (k < which.size() && ++idx[k] == choices_[static_cast<size_t>(which[k])].fragments.size()) idx[k++] = 0;
      if (k == which.size()) break;
    }
    return out;
  }

  // A pattern word as Entente matches it: the negation clitic "n't" (a token of its own only
  // after a verb, "did|n't") is written "not", which the coder also matches against "n't".
  static std::string KedsWord(const std::string& lower) {
    return lower == "n't" || lower == "n\xE2\x80\x99t" ? "not" : lower;
  }

  // Converts the part of a pattern before '*' to the optional elements that follow the "(*)"
  // marker of an Entente spec (the coder reads them as words before the verb, right to left;
  // coder.h, PatternStyles): words and synsets in order, "%" as the "(%)" marker (a compound
  // subject acting on itself); "$" (the source, which is always before the verb) and "^" add
  // nothing. Returns "" when there are no such words. A target "+" before the verb is not
  // supported (*reason).
  std::string ConvertPre(std::string_view pre, std::string* reason, std::string* error) {
    std::vector<std::string> out;
    for (std::string_view tok : base::SplitBlank(pre)) {
      const auto parts = base::SplitExact(tok, '_');
      for (size_t pi = 0; pi < parts.size(); ++pi) {
        const std::string_view part = parts[pi];
        // Words joined by '_' follow each other: "(_)" between them ("RECENTLY_*": before the verb).
        if (pi > 0 && !out.empty() && out.back() != "(_)" && part != "$" && part != "^") out.emplace_back("(_)");
        if (part.empty() || part == "$" || part == "^") continue;
        if (part == "+") {
          out.emplace_back("(+)");  // the subject is the target (the source follows the verb as $)
          continue;
        }
        if (part == "%") {
          out.emplace_back("(%)");
          continue;
        }
        if (part.front() == '&') {
          bool ok = false;
          std::string lit = SynsetLiteral(part, true, &ok);
          if (!ok) {
            *error = "undefined synset " + std::string(part);
            return "";
          }
          out.push_back(lit);
          continue;
        }
        bool word = true;
        for (char c : part) word = word && (std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '/' || c == '-');
        if (!word) {
          *error = "unexpected '" + std::string(part) + "' before the verb";
          return "";
        }
        std::string lower = base::ToLower(part);
        std::replace(lower.begin(), lower.end(), '/', '|');
        out.push_back("(" + KedsWord(lower) + ")");
      }
    }
    if (out.size() > kMaxWords) {
      *error = "pattern longer than 64 words";
      return "";
    }
    std::string spec;
    for (const auto& w : out) {
      if (!spec.empty()) spec += ' ';
      spec += w;
    }
    return spec;
  }

  // Converts the part of a pattern after '*' to an Entente spec. Returns "" and sets *reason
  // (a counted, not per-line, reason) or *error (a malformed line).
  std::string ConvertPost(std::string_view post, std::string* reason, std::string* error) {
    std::vector<std::string> out;
    int paren = 0, brace = 0;
    int pp_start = -1;       // index in `out` of the current prepositional phrase's preposition
    int pp_words = 0;        // words of the current PP after its preposition
    int empty_pp_slot = -1;  // where a '*' goes after a lone preposition "(WITH)"
    bool target = false;
    for (std::string_view tok : base::SplitBlank(post)) {
      bool opens = false;
      while (!tok.empty() && (tok.front() == '(' || tok.front() == '{')) {
        if (tok.front() == '(') {
          if (paren > 0) {
            *error = "nested '('";
            return "";
          }
          ++paren;
          opens = true;
        } else {
          ++brace;
        }
        tok.remove_prefix(1);
      }
      int closes_paren = 0, closes_brace = 0;
      while (!tok.empty() && (tok.back() == ')' || tok.back() == '}')) {
        (tok.back() == ')' ? closes_paren : closes_brace)++;
        tok.remove_suffix(1);
      }
      if (opens) {
        pp_start = static_cast<int>(out.size());
        pp_words = -1;  // the preposition itself is not counted
      }
      if (tok.empty()) {
      } else if (tok == "+") {
        if (!target) out.push_back("*");
        target = true;
        ++pp_words;
      } else if (tok == "$") {
        out.emplace_back("($)");  // the source: the next actor phrase
        ++pp_words;
      } else if (tok == "^") {
        out.emplace_back("(^)");  // skip one noun phrase (the coder skips one actor phrase)
        ++pp_words;
      } else if (tok == "%") {
        ++pp_words;  // a compound after the verb: the target slot takes the whole group
      } else {
        // Words joined by '_' follow each other ("(_)" before the later ones; "*_OUT": right after
        // the verb); any part may be a synset ("NEW_&TIETYPES_RELATIONS").
        const auto parts = base::SplitExact(tok, '_');
        for (size_t pi = 0; pi < parts.size(); ++pi) {
          const std::string_view part = parts[pi];
          if (part.empty()) continue;
          const bool joined = pi > 0 && part != "+" && part != "$" && part != "^" && part != "%";
          if (joined && (out.empty() || out.back() != "(_)")) out.emplace_back("(_)");
          if (part == "+") {
            if (!target) out.push_back("*");
            target = true;
          } else if (part == "$") {
            out.emplace_back("($)");
          } else if (part == "^") {
            out.emplace_back("(^)");
          } else if (part.front() == '&') {
            bool ok = false;
            std::string lit = SynsetLiteral(part, false, &ok);
            if (!ok) {
              *error = "undefined synset " + std::string(part);
              return "";
            }
            out.push_back(lit);
          } else if (part != "%") {
            std::string lower = base::ToLower(part);
            std::replace(lower.begin(), lower.end(), '/', '|');
            out.push_back(KedsWord(lower));
          }
        }
        ++pp_words;
      }
      if (closes_paren) {
        if (paren == 0) {
          *error = "unbalanced ')'";
          return "";
        }
        paren = 0;
        if (pp_words <= 0 && pp_start >= 0 && empty_pp_slot < 0) empty_pp_slot = static_cast<int>(out.size());
        pp_start = -1;
        if (closes_paren > 1) {
          *error = "unbalanced ')'";
          return "";
        }
      }
      brace -= closes_brace;
      if (brace < 0) {
        *error = "unbalanced '}'";
        return "";
      }
    }
    if (paren != 0 || brace != 0) {
      *error = "unbalanced '(' or '{'";
      return "";
    }
    // No explicit target: a lone preposition "(TO)" takes it; a pattern that is only the verb
    // takes its direct object.
    if (!target && empty_pp_slot >= 0) out.insert(out.begin() + empty_pp_slot, "*");
    else if (!target && out.empty()) out.push_back("*");
    if (out.size() > kMaxWords) {
      *error = "pattern longer than 64 words";
      return "";
    }
    std::string spec;
    for (const auto& w : out) {
      if (!spec.empty()) spec += ' ';
      spec += w;
    }
    return spec;
  }

  // Classifies irregular forms "{GAVE GIVEN GIVING}" of `lemma` into the irregular table
  // (never overriding a bundled entry).
  void AddIrregular(const std::string& lemma, const std::vector<std::string>& forms) {
    if (forms.empty() || b_->irregular().count(lemma)) return;
    VerbForms regular = InflectVerb(lemma, IrregularVerbs{});
    VerbForms f = regular;
    std::vector<std::string> rest;
    bool have_third = false, have_gerund = false;
    for (const std::string& w : forms) {
      if (w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0 && !have_gerund) {
        f.gerund = w;
        have_gerund = true;
      } else if (!have_third && w.back() == 's' && w != lemma && (w == regular.third || w.size() > lemma.size())) {
        f.third = w;
        have_third = true;
      } else {
        rest.push_back(w);
      }
    }
    if (!rest.empty()) {
      f.past = rest[0];
      f.participle = rest.size() > 1 ? rest[1] : rest[0];
    }
    b_->irregular()[lemma] = f;
  }

  void FlushBlock(const std::string& file) {
    LexiconBuilder& b = *b_;
    for (const BlockVerb& v : block_verbs_) {
      auto add = [&](const std::string& spec, const std::string& code, const std::string& text, int line) {
        std::string full = v.prefix.empty() ? spec : v.prefix + " " + spec;
        if (!v.pre.empty()) full += (full.find("(*)") == std::string::npos ? " (*) " : " ") + v.pre;
        if (!pattern_keys_.insert(v.lemma + "\t" + full).second) {
          ++duplicates_;
          return;
        }
        const std::string where = file + ":" + std::to_string(line);
        std::string err = b.AddPattern(false, v.lemma, full, b.FindCameo(code), text, where);
        if (!err.empty()) {
          Warn(file, line, err + " ('" + text + "')");
          return;
        }
        ++mapped_;
      };
      // The isolated verb takes its direct object as the target ("criticized Y"); a statement
      // verb's object is a clause ("said Y had called ..."), so 01x verbs alone code nothing.
      if (!v.code.empty() && model::CameoRoot(v.code) == 1) {
        ++statement_verbs_;
      } else if (!v.code.empty()) {
        add("*", v.code, v.lemma + " * [" + v.code + "]", v.line);
      }
      for (const BlockPattern& p : block_patterns_) add(p.spec, p.code, p.text, p.line);
    }
    block_verbs_.clear();
    block_patterns_.clear();
  }

  void ReadVerbs(const std::string& file, const std::string& content) {
    enum class Mode { kNone, kSynset, kBlock } mode = Mode::kNone;
    std::string synset, block_code;
    bool have_block = false;
    std::map<std::string, size_t> skipped;  // reason → count
    size_t patterns = 0;
    mapped_ = duplicates_ = added_codes_ = statement_verbs_ = 0;
    ForEachLine(content, [&](int line_no, std::string_view line) {
      const std::string_view text = base::Trim(StripComment(line));
      if (text.empty()) return true;
      if (text.rfind("---", 0) == 0) {
        FlushBlock(file);
        mode = Mode::kBlock;
        have_block = true;
        block_code.clear();
        const size_t ob = text.find('['), cb = text.find(']');
        if (ob != std::string_view::npos && cb != std::string_view::npos && cb > ob) {
          std::string err;
          block_code = ResolveCode(text.substr(ob + 1, cb - ob - 1), &err);
          if (!err.empty()) Warn(file, line_no, err);
        }
        return true;
      }
      if (text.front() == '&') {
        synset = std::string(base::SplitBlank(text)[0]);
        synsets_[synset];
        if (synset.size() > 1 && synset.back() == '_') synsets_[synset.substr(0, synset.size() - 1)];
        mode = Mode::kSynset;
        return true;
      }
      if (text.front() == '+' && mode == Mode::kSynset) {
        std::string member = base::ToLower(base::Trim(text.substr(1)));
        std::replace(member.begin(), member.end(), '_', ' ');
        auto words = base::SplitBlank(member);
        if (words.empty()) {
          Warn(file, line_no, "empty synset member");
          return true;
        }
        std::string head;  // the member's words, space-separated
        for (auto w : words) head += (head.empty() ? "" : " ") + std::string(w);
        // No plural for a member or a whole synset whose name ends in '_'.
        if (text.back() == '_' || synset.back() == '_') head += '_';
        synsets_[synset].push_back(head);
        if (synset.size() > 1 && synset.back() == '_') synsets_[synset.substr(0, synset.size() - 1)].push_back(head);
        return true;
      }
      if (text.front() == '~') {
        skipped["verb transformations (~ lines)"]++;
        return true;
      }
      if (text.front() == '-') {
        ++patterns;
        if (!have_block) {
          Warn(file, line_no, "pattern outside a verb block");
          return true;
        }
        mode = Mode::kBlock;
        const std::string_view body_all = base::Trim(text.substr(1));
        const size_t ob = body_all.rfind('['), cb = body_all.rfind(']');
        if (ob == std::string_view::npos || cb == std::string_view::npos || cb < ob) {
          Warn(file, line_no, "pattern needs a code '[...]'");
          return true;
        }
        std::string err;
        const std::string code = ResolveCode(body_all.substr(ob + 1, cb - ob - 1), &err);
        if (!err.empty()) {
          Warn(file, line_no, err);
          return true;
        }
        if (code.empty()) {
          skipped["patterns with the null code [---] (Entente has no blocking patterns)"]++;
          return true;
        }
        const std::string_view body = base::Trim(body_all.substr(0, ob));
        const size_t star = body.find('*');
        if (star == std::string_view::npos) {
          Warn(file, line_no, "pattern without '*' (the verb's position)");
          return true;
        }
        std::string reason;
        choices_.clear();
        const std::string pre = ConvertPre(body.substr(0, star), &reason, &err);
        if (!err.empty()) {
          Warn(file, line_no, err);
          return true;
        }
        if (!reason.empty()) {
          skipped[reason]++;
          return true;
        }
        std::string spec = ConvertPost(body.substr(star + 1), &reason, &err);
        if (!pre.empty() && err.empty() && reason.empty()) spec += " (*) " + pre;
        if (!err.empty()) {
          Warn(file, line_no, err);
          return true;
        }
        if (!reason.empty()) {
          skipped[reason]++;
          return true;
        }
        for (std::string& one : ExpandChoices(spec)) {
          block_patterns_.push_back({std::move(one), code, "- " + std::string(body) + " [" + code + "]", line_no});
        }
        return true;
      }
      // A verb line: WORD [{forms}] [[code]], or a multi-word verb +WORD_PARTICLE / WORD_+WORD.
      if (!have_block) {
        Warn(file, line_no, "verb outside a verb block");
        return true;
      }
      mode = Mode::kBlock;
      std::string_view rest = text;
      std::string code = block_code;
      if (size_t ob = rest.find('['); ob != std::string_view::npos) {
        const size_t cb = rest.find(']', ob);
        if (cb == std::string_view::npos) {
          Warn(file, line_no, "missing ']'");
          return true;
        }
        std::string err;
        code = ResolveCode(rest.substr(ob + 1, cb - ob - 1), &err);
        if (!err.empty()) {
          Warn(file, line_no, err);
          return true;
        }
        rest = base::Trim(rest.substr(0, ob));
      }
      std::vector<std::string> forms;
      if (size_t ob = rest.find('{'); ob != std::string_view::npos) {
        const size_t cb = rest.find('}', ob);
        if (cb == std::string_view::npos) {
          Warn(file, line_no, "missing '}'");
          return true;
        }
        for (auto w : base::SplitBlank(rest.substr(ob + 1, cb - ob - 1))) {
          std::string f = base::ToLower(w);
          if (!f.empty() && f.front() == '+') f.erase(0, 1);
          if (size_t plus = f.find('+'); plus != std::string::npos) f = f.substr(plus + 1);  // WIRE_+TAPPED
          if (size_t us = f.find('_'); us != std::string::npos) f = f.substr(0, us);
          if (!f.empty()) forms.push_back(f);
        }
        rest = base::Trim(rest.substr(0, ob));
      }
      const auto words = base::SplitBlank(rest);
      if (words.size() != 1) {
        Warn(file, line_no, words.empty() ? "empty verb line" : "verb must be one word (join multi-word verbs with '_')");
        return true;
      }
      std::string verb = base::ToLower(words[0]);
      BlockVerb v;
      v.line = line_no;
      v.code = code;
      if (verb.find('-') != std::string::npos) {
        skipped["hyphenated verbs"]++;
        return true;
      }
      if (verb.find('_') != std::string::npos || verb.find('+') != std::string::npos) {
        const size_t plus = verb.find('+');
        if (plus != std::string::npos && plus != 0) {
          // "WIRE_+TAP": the words before '+' stand right before the verb.
          for (auto w : base::SplitList(std::string_view(verb).substr(0, plus), '_')) {
            if (!v.pre.empty()) v.pre += " (_) ";
            v.pre += "(" + std::string(w) + ")";
          }
          if (v.pre.empty() || verb[plus - 1] != '_') {
            skipped["multi-word verbs not joined with '_' before the verb"]++;
            return true;
          }
          v.pre += " (_)";
          verb.erase(0, plus);
        }
        if (!verb.empty() && verb.front() == '+') verb.erase(0, 1);
        auto parts = base::SplitList(verb, '_');
        std::vector<std::string> kept;
        for (auto p : parts)
          if (!p.empty()) kept.emplace_back(p);
        if (kept.empty()) {
          Warn(file, line_no, "empty verb");
          return true;
        }
        v.lemma = kept[0];
        for (size_t i = 1; i < kept.size(); ++i) v.prefix += (i > 1 ? " " : "") + kept[i];
      } else {
        v.lemma = verb;
      }
      for (char c : v.lemma) {
        if (!((c >= 'a' && c <= 'z') || c == '\'')) {
          Warn(file, line_no, "verb '" + v.lemma + "' must be letters");
          return true;
        }
      }
      if (v.prefix.empty()) AddIrregular(v.lemma, forms);
      block_verbs_.push_back(v);
      ++verbs_;
      return true;
    });
    FlushBlock(file);
    Summary(file, std::to_string(patterns) + " pattern lines read; " + std::to_string(verbs_) +
                      " verbs; " + std::to_string(mapped_) + " verb patterns added (patterns x verbs of their block)");
    for (const auto& [reason, n] : skipped) Summary(file, std::to_string(n) + " " + reason + " skipped");
    if (duplicates_) Summary(file, std::to_string(duplicates_) + " duplicate verb patterns skipped");
    if (statement_verbs_) {
      Summary(file, std::to_string(statement_verbs_) +
                        " isolated statement verbs (CAMEO 01x: say, tell, announce...) skipped (their object is a clause)");
    }
    if (added_codes_) {
      Summary(file, std::to_string(added_codes_) +
                        " codes that are not in cameo.tsv carried through as given (quad class 0, goldstein 0, no PLOVER)");
    }
  }

  Status ReadAll() {
    const auto files = ListFiles(dir_);
    bool any = false;
    for (const auto& [name, kind] : files) {
      if (kind == FileKind::kIssues) {
        Summary(name, "issue coding: read separately (lexicon/issues.h), not part of the lexicon");
        continue;
      }
      std::string content;
      if (Status s = ReadFile((fs::path(dir_) / name).string(), &content); !s.ok()) {
        warnings_->push_back(s.message());
        continue;
      }
      any = true;
      switch (kind) {
        case FileKind::kActors: ReadActors(name, content); break;
        case FileKind::kAgents: ReadAgents(name, content); break;
        case FileKind::kVerbs: ReadVerbs(name, content); break;
        case FileKind::kDiscards: ReadDiscards(name, content); break;
        default: break;
      }
    }
    if (!any) {
      return Status(StatusCode::kNotFound,
                    dir_ + ": no OEDA dictionary files (*.actors.txt, *.agents.txt, CAMEO*.txt, *.verbs.txt)");
    }
    return Status::Ok();
  }

 private:
  std::string dir_;
  LexiconBuilder* b_;
  std::vector<std::string>* warnings_;
  // actors
  size_t persons_ = 0, roles_ = 0, actors_ = 0, country_names_ = 0, null_codes_ = 0, extra_undated_ = 0,
         bare_sector_fallbacks_ = 0, own_countries_ = 0;
  // verbs
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::vector<BlockVerb> block_verbs_;
  std::vector<BlockPattern> block_patterns_;
  std::set<std::string> pattern_keys_;
  size_t mapped_ = 0, duplicates_ = 0, added_codes_ = 0, verbs_ = 0, statement_verbs_ = 0;
};

}  // namespace

Status AddOedaDictionaries(const std::string& dir, LexiconBuilder* builder,
                           std::vector<std::string>* warnings) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status(StatusCode::kNotFound, dir + ": OEDA dictionary folder not found");
  }
  return Reader(dir, builder, warnings).ReadAll();
}

std::string FindOedaIssueFile(const std::string& dir) {
  for (const auto& [name, kind] : ListFiles(dir)) {
    if (kind == FileKind::kIssues) return (fs::path(dir) / name).string();
  }
  return "";
}

uint64_t HashOedaSources(const std::string& dir) {
  uint64_t h = base::Fnv1a("entente-oeda-v1");
  for (const auto& [name, kind] : ListFiles(dir)) {
    std::string content;
    if (!ReadFile((fs::path(dir) / name).string(), &content).ok()) continue;
    h = base::Fnv1a(name, h);
    h = base::Fnv1a(content, h);
  }
  return h;
}

}  // namespace entente::lexicon
