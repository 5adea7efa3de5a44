// lexicon/keds_model.cc — TABARI dictionaries as TABARI reads them (see keds_model.h).
#include "lexicon/keds_model.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/strings.h"
#include "lexicon/keds_dates.h"
#include "lexicon/keds_lines.h"
#include "lexicon/tabari.h"

namespace entente::lexicon {
namespace {



// Every "[...]" group of `s` as actor codes.
std::vector<KedsCode> ParseActorCodes(std::string_view s) {
  std::vector<KedsCode> out;
  size_t i = 0;
  while ((i = s.find('[', i)) != std::string_view::npos) {
    const size_t close = s.find(']', i);
    if (close == std::string_view::npos) break;
    std::string inner(base::Trim(s.substr(i + 1, close - i - 1)));
    i = close + 1;
    if (inner.empty()) continue;
    size_t split = 0;
    while (split < inner.size() && !base::IsAsciiBlank(inner[split]) && inner[split] != '<' && inner[split] != '>') ++split;
    KedsCode c;
    std::string code = base::ToUpper(inner.substr(0, split));
    std::string rest;
    for (size_t k = split; k < inner.size(); ++k)
      if (!base::IsAsciiBlank(inner[k])) rest += inner[k];
    if (code.empty() && !rest.empty()) continue;  // "[950601-990815]": no code
    if (code == "---") code.clear();
    // "[FRO/BIL/SAM]": one name for several actors, kept whole (the coder reads it as a compound).
    bool ok = code.empty() || (code.front() != '/' && code.back() != '/' && code.find("//") == std::string::npos);
    for (char ch : code)
      ok = ok && ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '#' || ch == '+' || ch == '/');
    if (!ok || (!code.empty() && code[0] >= '0' && code[0] <= '9')) continue;
    c.code = code;
    if (!rest.empty()) {
      if (ParseKedsRestriction(rest, &c.from, &c.to) != KedsRestriction::kOk) continue;
      c.dated = true;
    }
    out.push_back(c);
  }
  return out;
}

KedsEventCode ParseEventCode(std::string_view raw) {
  KedsEventCode c;
  std::string s(base::Trim(raw));
  if (size_t colon = s.find(':'); colon != std::string::npos) {
    c.back = std::string(base::Trim(std::string_view(s).substr(colon + 1)));
    s = std::string(base::Trim(std::string_view(s).substr(0, colon)));
  }
  for (std::string* x : {&s, &c.back}) {
    while (!x->empty() && (x->back() == '?' || x->back() == '!')) {
      if (x->back() == '?') c.subordinate = true;
      if (x->back() == '!') c.dominant = true;
      x->pop_back();
    }
    if (*x == "---") x->clear();
  }
  c.code = s;
  return c;
}

// The code "[...]" at the end of a line and the text before it.
bool SplitCode(std::string_view line, std::string_view* body, std::string_view* code) {
  const size_t open = line.rfind('[');
  if (open == std::string_view::npos) return false;
  const size_t close = line.find(']', open);
  if (close == std::string_view::npos) return false;
  *body = base::Trim(line.substr(0, open));
  *code = line.substr(open + 1, close - open - 1);
  return true;
}

// At most this many phrases from one synset or alternative (members naming synsets multiply).
constexpr size_t kMaxExpansions = 256;

class PatternParser {
 public:
  explicit PatternParser(const std::map<std::string, std::vector<std::string>>& synsets) : synsets_(synsets) {}

  // Expands a phrase text that may hold "&SYNSET" words into its phrases.
  std::vector<KedsPhrase> Expand(std::string_view text, int depth = 0) {
    std::vector<KedsPhrase> out{KedsPhrase{}};
    std::string word;
    bool adjacent = false;
    auto flush = [&](bool exact_end) {
      if (word.empty()) return;
      std::vector<KedsPhrase> parts;
      if (word[0] == '&') {
        auto it = synsets_.find(word);
        if (it != synsets_.end() && depth < 4) {
          for (const auto& member : it->second)
            for (auto& p : Expand(member, depth + 1)) parts.push_back(std::move(p));
        }
        if (parts.empty()) parts.push_back(KedsPhrase{{word, true, false}});
      } else {
        parts.push_back(ParseKedsPhrase(word + (exact_end ? "_" : "")));
      }
      std::vector<KedsPhrase> next;
      for (const auto& head : out) {
        for (auto p : parts) {
          if (next.size() >= kMaxExpansions) break;  // synsets nested into each other: bounded
          if (!p.empty()) p[0].adjacent = adjacent && !head.empty();
          KedsPhrase q = head;
          q.insert(q.end(), p.begin(), p.end());
          next.push_back(std::move(q));
        }
      }
      out = std::move(next);
      word.clear();
    };
    for (char c : text) {
      if (c == '_') {
        flush(true);
        adjacent = true;
      } else if (base::IsAsciiBlank(c)) {
        flush(false);
        adjacent = false;
      } else {
        word += c;
      }
    }
    flush(false);
    return out;
  }

  // Parses a pattern body ("SAID $ * + TO ASSIST") into elements. False when it has no "*".
  bool Parse(std::string_view body, KedsPattern* p) {
    std::vector<KedsElem> elems;
    bool seen_verb = false;
    size_t verb_at = 0;
    size_t i = 0;
    bool joined = false;  // the previous element ended with '_'
    while (i < body.size()) {
      const char c = body[i];
      if (base::IsAsciiBlank(c)) {
        joined = false;
        ++i;
        continue;
      }
      if (c == '_') {
        joined = true;
        ++i;
        continue;
      }
      KedsElem e;
      e.adjacent = joined;
      joined = false;
      if (c == '*' || c == '+' || c == '$' || c == '^' || c == '%') {
        e.slot = c == '*' ? KedsSlot::kVerb : c == '+' ? KedsSlot::kTarget : c == '$' ? KedsSlot::kSource
                 : c == '^' ? KedsSlot::kSkip : KedsSlot::kCompound;
        if (c == '*') {
          if (seen_verb) return false;
          seen_verb = true;
          verb_at = elems.size();
        }
        elems.push_back(std::move(e));
        ++i;
        continue;
      }
      if (c == '{') {
        const size_t close = body.find('}', i);
        if (close == std::string_view::npos) return false;
        std::string_view inner = body.substr(i + 1, close - i - 1);
        size_t a = 0;
        while (a <= inner.size()) {
          size_t bar = inner.find('|', a);
          if (bar == std::string_view::npos) bar = inner.size();
          std::string alt(base::Trim(inner.substr(a, bar - a)));
          if (!alt.empty()) {
            bool exact = alt.back() == '_';
            while (!alt.empty() && alt.back() == '_') alt.pop_back();
            for (auto& ph : Expand(alt)) {
              if (exact && !ph.empty()) ph.back().exact = true;
              e.choices.push_back(std::move(ph));
            }
          }
          a = bar + 1;
        }
        i = close + 1;
        if (!e.choices.empty()) elems.push_back(std::move(e));
        continue;
      }
      // A word (or &SYNSET) up to a blank, '_', or a slot character.
      size_t j = i;
      while (j < body.size() && !base::IsAsciiBlank(body[j]) && body[j] != '_' && body[j] != '{' && body[j] != '*' &&
             body[j] != '+' && body[j] != '$' && body[j] != '^' && body[j] != '%')
        ++j;
      std::string word(body.substr(i, j - i));
      // "REAL~_PLEASANT": '~' keeps the word a stem ("really") although '_' joins it to the next.
      const bool tilde = word.find('~') != std::string::npos;
      word.erase(std::remove(word.begin(), word.end(), '~'), word.end());
      const bool exact = !tilde && j < body.size() && body[j] == '_';
      i = j;
      if (word.empty()) continue;
      for (auto& ph : Expand(word)) {
        if (exact && !ph.empty()) ph.back().exact = true;
        e.choices.push_back(std::move(ph));
      }
      if (!e.choices.empty()) elems.push_back(std::move(e));
    }
    if (!seen_verb) return false;
    p->verb_adjacent = elems[verb_at].adjacent;
    p->before.assign(elems.begin(), elems.begin() + static_cast<std::ptrdiff_t>(verb_at));
    p->after.assign(elems.begin() + static_cast<std::ptrdiff_t>(verb_at) + 1, elems.end());
    // The element right after "*" joined to it ("*_HOPE") must follow the verb directly.
    if (verb_at + 1 < elems.size() && elems[verb_at + 1].adjacent) p->after.front().adjacent = true;
    p->words = 0;
    for (const auto& e : elems)
      if (e.slot == KedsSlot::kWords) ++p->words;
    return true;
  }

 private:
  const std::map<std::string, std::vector<std::string>>& synsets_;
};

std::string IndexKey(std::string_view w) { return std::string(w.substr(0, std::min<size_t>(2, w.size()))); }

}  // namespace

KedsPhrase ParseKedsPhrase(std::string_view text) {
  KedsPhrase out;
  std::string word;
  bool adjacent = false;
  auto flush = [&](bool exact, bool bare = false) {
    if (word.empty()) return;
    out.push_back({base::ToUpper(word), exact, adjacent && !out.empty(), bare});
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' || c == '-') {
      // '-' joins like '_' ("BARAD-DUR"): the coder splits hyphenated words the same way.
      flush(c == '_');
      adjacent = true;
    } else if (c == '=') {
      flush(true, true);
    } else if (base::IsAsciiBlank(c)) {
      flush(false);
      adjacent = false;
    } else if (c != '~') {
      word += c;
    }
  }
  flush(false);
  return out;
}

bool ApplyKedsSetting(std::string_view raw, KedsSettings* s) {
  std::string line = base::ToUpper(base::Trim(raw));
  const size_t colon = line.find(':');
  if (colon == std::string::npos) return false;
  const std::string cmd(base::Trim(std::string_view(line).substr(0, colon)));
  std::string arg(base::Trim(std::string_view(line).substr(colon + 1)));
  auto has = [&](std::string_view w) { return arg.find(w) != std::string::npos; };
  // The number after `key` in "KEY = 4" or "KEY[4]" (-1 when absent).
  auto number_after = [&](std::string_view key) {
    size_t k = arg.find(key);
    while (k != std::string::npos) {
      const size_t end = k + key.size();
      const bool word_start = k == 0 || !(arg[k - 1] >= 'A' && arg[k - 1] <= 'Z');
      if (word_start && (end >= arg.size() || !(arg[end] >= 'A' && arg[end] <= 'Z'))) {
        size_t d = end;
        while (d < arg.size() && (base::IsAsciiBlank(arg[d]) || arg[d] == '=' || arg[d] == '[')) ++d;
        int v = 0;
        bool any = false;
        while (d < arg.size() && arg[d] >= '0' && arg[d] <= '9') {
          v = v * 10 + (arg[d++] - '0');
          any = true;
        }
        if (any) return v;
      }
      k = arg.find(key, k + 1);
    }
    return -1;
  };
  auto bracket_after = [&](std::string_view key) {
    const size_t k = arg.find(key);
    if (k == std::string::npos) return std::string();
    const size_t open = arg.find('[', k);
    const size_t close = open == std::string::npos ? open : arg.find(']', open);
    if (close == std::string::npos) return std::string();
    return std::string(base::Trim(std::string_view(arg).substr(open + 1, close - open - 1)));
  };
  if (cmd == "SET") {
    const bool yes = !has("FALSE");
    if (has("CODE BY CLAUSE")) s->code_by = KedsSettings::CodeBy::kClause;
    else if (has("CODE BY SENTENCE")) s->code_by = KedsSettings::CodeBy::kSentence;
    else if (has("CODE ALL")) s->code_by = KedsSettings::CodeBy::kAll;
    else if (has("CONVERT AGENT")) s->convert_agent = yes;
    else if (has("TIME SHIFT")) s->time_shift = yes;
    else if (has("MINIMUM WORDS")) s->minimum_words = std::max(0, number_after("WORDS"));
    else return false;
    return true;
  }
  if (cmd == "DEFAULT") {
    if (has("OFF")) {
      s->default_source.clear();
      s->default_target.clear();
      s->default_source_prior = s->default_target_after = false;
      return true;
    }
    const size_t tpos = arg.find("TARGET");
    const std::string src_part = arg.substr(0, tpos == std::string::npos ? arg.size() : tpos);
    const std::string tgt_part = tpos == std::string::npos ? std::string() : arg.substr(tpos);
    if (src_part.find("SOURCE") != std::string::npos) {
      s->default_source = bracket_after("SOURCE");
      s->default_source_prior = src_part.find("PRIOR") != std::string::npos;
    }
    if (!tgt_part.empty()) {
      s->default_target = bracket_after("TARGET");
      s->default_target_after = tgt_part.find("AFTER") != std::string::npos;
    }
    return true;
  }
  if (cmd == "COMPLEX") {
    s->complex_verbs = std::max(0, number_after("VERBS"));
    s->complex_conj = std::max(0, number_after("CONJ"));
    s->complex_no_actor_prior = has("NOACTPRIOR");
    return true;
  }
  if (cmd == "FORWARD") {
    const size_t sp = arg.find_first_of(" \t");
    const std::string rest = sp == std::string::npos ? std::string() : arg.substr(sp);
    s->forward = rest.find("OFF") != std::string::npos ? std::string() : arg.substr(0, sp);
    return true;
  }
  if (cmd == "COMMA") {
    if (has("OFF")) {
      s->comma = false;
      return true;
    }
    s->comma = true;
    auto set = [&](std::string_view k, int* v) {
      if (int n = number_after(k); n >= 0) *v = n;
    };
    set("MIN", &s->comma_min);
    set("MAX", &s->comma_max);
    set("EMIN", &s->comma_emin);
    set("EMAX", &s->comma_emax);
    set("BMIN", &s->comma_bmin);
    set("BMAX", &s->comma_bmax);
    return true;
  }
  return false;
}

void KedsModel::Index() {
  actor_index.clear();
  agent_index.clear();
  verb_index.clear();
  for (uint32_t i = 0; i < actors.size(); ++i)
    if (!actors[i].name.empty()) actor_index[IndexKey(actors[i].name[0].text)].push_back(i);
  for (uint32_t i = 0; i < agents.size(); ++i)
    if (!agents[i].name.empty()) agent_index[IndexKey(agents[i].name[0].text)].push_back(i);
  for (uint32_t i = 0; i < verbs.size(); ++i)
    if (!verbs[i].name.empty()) verb_index[IndexKey(verbs[i].name[0].text)].push_back(i);
  noun_index.clear();
  adjective_index.clear();
  for (uint32_t i = 0; i < nouns.size(); ++i)
    if (nouns[i].size() == 1) noun_index[IndexKey(nouns[i][0].text)].push_back(i);
  for (uint32_t i = 0; i < adjectives.size(); ++i)
    if (adjectives[i].size() == 1) adjective_index[IndexKey(adjectives[i][0].text)].push_back(i);
}

void ParseKedsModel(const std::vector<std::string>& actor_files, const std::vector<std::string>& verb_files,
                    const std::vector<std::string>& agent_files, const std::vector<std::string>& option_files,
                    KedsModel* m) {
  // ---- options
  for (const std::string& content : option_files) {
    ForEachTabariLine(content, [&](int, std::string_view raw) {
      const std::string_view t = base::Trim(raw);
      if (t.empty() || t.rfind("//", 0) == 0 || t.front() == '#') return;
      ApplyKedsSetting(t, &m->settings);
    });
  }
  // ---- actors
  for (const std::string& content : actor_files) {
    std::string section;
    bool have = false;
    uint32_t entry = 0;
    ForEachTabariLine(content, [&](int, std::string_view raw) {
      if (!raw.empty() && raw.front() == '#') return;
      const std::string_view text = StripTabariComment(raw);
      const std::string_view t = base::Trim(text);
      if (t.empty()) return;
      if (t.front() == '<') {
        const size_t close = t.find('>');
        std::string tag = base::ToUpper(t.substr(1, close == std::string_view::npos ? t.size() - 1 : close - 1));
        section = !tag.empty() && tag[0] == '/' ? "" : tag;
        have = false;
        return;
      }
      if (section == "NOUN" || section == "ADJECTIVE") {
        KedsPhrase p = ParseKedsPhrase(t);
        if (!p.empty()) (section == "NOUN" ? m->nouns : m->adjectives).push_back(std::move(p));
        return;
      }
      if (!section.empty()) return;
      if (base::IsAsciiBlank(text.front())) {
        if (have && t.front() == '[') {
          auto codes = ParseActorCodes(t);
          m->actor_codes[entry].insert(m->actor_codes[entry].end(), codes.begin(), codes.end());
        }
        return;
      }
      const size_t br = t.find('[');
      std::string_view name = base::Trim(t.substr(0, br));
      if (t.front() == '+') {
        if (!have) return;
        name = base::Trim(name.substr(1));
      } else {
        entry = static_cast<uint32_t>(m->actor_codes.size());
        m->actor_codes.emplace_back();
        have = true;
      }
      KedsPhrase p = ParseKedsPhrase(name);
      if (!p.empty()) m->actors.push_back({std::move(p), entry});
      if (br != std::string_view::npos) {
        auto codes = ParseActorCodes(t.substr(br));
        m->actor_codes[entry].insert(m->actor_codes[entry].end(), codes.begin(), codes.end());
      }
    });
  }
  // ---- agents
  for (const std::string& content : agent_files) {
    ForEachTabariLine(content, [&](int, std::string_view raw) {
      if (!raw.empty() && raw.front() == '#') return;
      const std::string_view t = base::Trim(StripTabariComment(raw));
      std::string_view body, code;
      if (t.empty() || !SplitCode(t, &body, &code)) return;
      std::string c = base::ToUpper(base::Trim(code));
      KedsAgent a;
      if (c.size() > 1 && c.front() == '~') {
        c.erase(0, 1);
      } else if (c.size() > 1 && c.back() == '~') {
        c.pop_back();
        a.prefix = true;
      } else {
        return;
      }
      a.code = std::string(base::Trim(c));
      a.name = ParseKedsPhrase(body);
      if (!a.name.empty() && !a.code.empty()) m->agents.push_back(std::move(a));
    });
  }
  // ---- verbs: synsets first (patterns may use them before they are defined)
  std::map<std::string, std::vector<std::string>> synsets;
  for (const std::string& content : verb_files) {
    bool in = false;
    std::string cur;
    ForEachTabariLine(content, [&](int, std::string_view raw) {
      const std::string_view t = base::Trim(StripTabariComment(raw));
      if (t.empty()) return;
      const std::string up = base::ToUpper(t);
      if (up == "<SYNSETS>") in = true;
      else if (up == "</SYNSETS>") in = false;
      else if (in && t.front() == '&') cur = base::ToUpper(base::Trim(t));
      else if (in && t.front() == '+' && !cur.empty()) synsets[cur].push_back(base::ToUpper(base::Trim(t.substr(1))));
    });
  }
  PatternParser parser(synsets);
  std::vector<std::pair<size_t, KedsPhrase>> forms;  // irregular forms {..} of verb [index]
  for (size_t f = 0; f < verb_files.size(); ++f) {
    std::string section;
    long cur = -1;  // index of the verb that owns the next patterns
    ForEachTabariLine(verb_files[f], [&](int line_no, std::string_view raw) {
      if (!raw.empty() && raw.front() == '#') return;
      const std::string_view t = base::Trim(StripTabariComment(raw));
      if (t.empty()) return;
      if (t.front() == '<') {
        const size_t close = t.find('>');
        std::string tag = base::ToUpper(t.substr(1, close == std::string_view::npos ? t.size() - 1 : close - 1));
        section = !tag.empty() && tag[0] == '/' ? "" : tag;
        cur = -1;
        return;
      }
      if (section == "SYNSETS") return;
      std::string_view body, code;
      if (section == "TIME") {
        if (t.front() == '-' || !SplitCode(t, &body, &code)) return;
        const std::string c(base::Trim(code));
        if (c == "###" || c == "+++") m->time_marks.emplace_back(ParseKedsPhrase(body), c);
        return;
      }
      if (!section.empty()) return;
      if (t.front() == '{') {
        // Irregular forms of the current verb: each is the verb too, with its patterns.
        if (cur < 0) return;
        const size_t close = t.find('}');
        const std::string_view inner = t.substr(1, close == std::string_view::npos ? t.size() - 1 : close - 1);
        size_t a = 0;
        while (a < inner.size()) {
          while (a < inner.size() && base::IsAsciiBlank(inner[a])) ++a;
          size_t b = a;
          while (b < inner.size() && !base::IsAsciiBlank(inner[b])) ++b;
          if (b > a) {
            KedsPhrase ph = ParseKedsPhrase(inner.substr(a, b - a));
            if (!ph.empty()) forms.emplace_back(static_cast<size_t>(cur), std::move(ph));
          }
          a = b;
        }
        return;
      }
      if (!SplitCode(t, &body, &code)) return;
      if (t.front() == '-') {
        if (cur < 0) return;
        KedsPattern p;
        p.text = std::string(base::Trim(body.substr(1)));
        p.line = line_no;
        p.code = ParseEventCode(code);
        if (parser.Parse(base::ToUpper(p.text), &p)) m->verbs[static_cast<size_t>(cur)].patterns.push_back(std::move(p));
        return;
      }
      KedsVerb v;
      v.name = ParseKedsPhrase(body);
      if (v.name.empty()) return;
      v.code = ParseEventCode(code);
      v.line = line_no;
      m->verbs.push_back(std::move(v));
      cur = static_cast<long>(m->verbs.size() - 1);
    });
  }
  for (auto& [owner, name] : forms) {
    KedsVerb v = m->verbs[owner];
    v.name = std::move(name);
    m->verbs.push_back(std::move(v));
  }
  for (auto& v : m->verbs) {
    std::stable_sort(v.patterns.begin(), v.patterns.end(),
                     [](const KedsPattern& a, const KedsPattern& b) { return a.words > b.words; });
  }
  m->Index();
}

Status ReadKedsModel(const std::string& path, const std::vector<std::string>& extra_settings, KedsModel* model) {
  TabariFiles files;
  if (Status s = FindTabariFiles(path, &files); !s.ok()) return s;
  auto read_all = [](const std::vector<std::string>& names, std::vector<std::string>* out) -> Status {
    for (const auto& n : names) {
      std::ifstream in(n, std::ios::binary);
      if (!in) return Status(StatusCode::kNotFound, n + ": cannot read");
      std::ostringstream ss;
      ss << in.rdbuf();
      out->push_back(ss.str());
    }
    return Status();
  };
  std::vector<std::string> actors, verbs, agents, options;
  for (auto [names, out] : {std::pair{&files.actors, &actors}, std::pair{&files.verbs, &verbs},
                            std::pair{&files.agents, &agents}, std::pair{&files.options, &options}}) {
    if (Status s = read_all(*names, out); !s.ok()) return s;
  }
  *model = KedsModel{};
  ParseKedsModel(actors, verbs, agents, options, model);
  for (const auto& line : extra_settings) ApplyKedsSetting(line, &model->settings);
  return Status();
}

}  // namespace entente::lexicon
