#include "lexicon/native.h"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>

#include "base/date.h"
#include "base/strings.h"
#include "lexicon/tsv.h"

namespace entente::lexicon {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNativeFiles[] = {"cameo.tsv",   "irregular_verbs.tsv", "grammar.tsv",
                                        "countries.tsv", "gazetteer.tsv",     "organizations.tsv",
                                        "agents.tsv",  "people.tsv",          "verbs.tsv",
                                        "nouns.tsv"};

struct GrammarClass {
  const char* name;
  uint32_t flags;
  bool verb;  // inflect the first word
};

constexpr GrammarClass kGrammarClasses[] = {
    {"negation", kNegation, false},         {"refusal", kRefusal, true},
    {"intent", kIntent, true},              {"modal", kModal, false},
    {"hypothetical", kHypothetical, false}, {"report", kReport, true},
    {"light", kLight, true},                {"pronoun_person", kPronounPerson, false},
    {"pronoun_group", kPronounGroup, false}, {"pronoun_thing", kPronounThing, false},
    {"determiner", kDeterminer, false},     {"preposition", kPreposition, false},
    {"conjunction", kConjunction, false},   {"subordinator", kSubordinator, false},
    {"weekday", kWeekday, false},           {"month", kMonth, false},
    {"relative_past", kRelTime, false},     {"relative_future", kRelTime, false},
    {"relative_now", kRelTime, false},      {"abbreviation", kAbbreviation, false},
    {"weapon_air", kWeaponAir, false},      {"weapon_drone", kWeaponDrone, false},
    {"weapon_artillery", kWeaponArtillery, false},
    {"complement_noun", kComplementNoun, false},
    {"phone", kPhone, false},
    // (Phrases that contain a state's name or adjective but name no state, "Latin America":
    // matched so that the state's words inside them are not.)
    {"not_actor", 0, false},
};

class Reader {
 public:
  Reader(const std::string& dir, LexiconBuilder* b, std::vector<std::string>* warnings,
         bool patterns)
      : dir_(dir), b_(b), warnings_(warnings), patterns_(patterns) {}

  Status Read(const char* file, const std::vector<std::string>& columns, bool required,
              const std::function<void(const TsvRow&, const std::string& where)>& fn) {
    const std::string path = (fs::path(dir_) / file).string();
    if (!fs::exists(path)) {
      if (required) return Status(StatusCode::kNotFound, path + ": required dictionary missing");
      warnings_->push_back(path + ": not found; skipped");
      return Status::Ok();
    }
    std::string content;
    Status s = ReadTsv(path, columns, &content, warnings_, [&](const TsvRow& row) {
      fn(row, std::string(file) + ":" + std::to_string(row.line));
    });
    return s;
  }

  void Warn(const std::string& where, const std::string& what) {
    warnings_->push_back(dir_ + "/" + where + ": " + what);
  }

  // "1.9" / "-10" → double.
  static bool ParseDouble(std::string_view s, double* out) {
    std::string tmp(s);
    char* end = nullptr;
    *out = std::strtod(tmp.c_str(), &end);
    return !tmp.empty() && end == tmp.c_str() + tmp.size();
  }

  static bool ParseDateCell(std::string_view s, Date* out) {
    if (s.empty()) {
      *out = Date{};
      return true;
    }
    auto d = base::ParseIsoDate(s);
    if (!d) return false;
    *out = *d;
    return true;
  }

  Status ReadAll() {
    LexiconBuilder& b = *b_;
    // Closed-class English words the coder needs whatever the grammar file says.
    for (const char* w : {"be", "is", "are", "was", "were", "been", "being", "am"})
      b.AddFlags(b.Intern(w), kBe);
    for (const char* w : {"has", "have", "had", "do", "does", "did", "having"})
      b.AddFlags(b.Intern(w), kAuxiliary);

    Status s = Read("cameo.tsv", {"code", "name", "goldstein", "quad_class", "plover"}, true,
                    [&](const TsvRow& r, const std::string& where) {
                      model::CameoInfo info;
                      info.code = std::string(r.cells[0]);
                      info.name = std::string(r.cells[1]);
                      int quad = 0;
                      bool ok_code = model::CameoRoot(info.code) >= 1 &&
                                     model::CameoRoot(info.code) <= 20 && info.code.size() <= 4;
                      for (char c : info.code) ok_code = ok_code && base::IsAsciiDigit(c);
                      if (!ok_code) return Warn(where, "bad CAMEO code '" + info.code + "'");
                      if (!ParseDouble(r.cells[2], &info.goldstein) || info.goldstein < -10 ||
                          info.goldstein > 10) {
                        return Warn(where, "goldstein must be a number in [-10, 10]");
                      }
                      auto [p, ec] = std::from_chars(r.cells[3].data(),
                                                     r.cells[3].data() + r.cells[3].size(), quad);
                      if (ec != std::errc() || quad < 1 || quad > 4) {
                        return Warn(where, "quad_class must be 1..4");
                      }
                      info.quad_class = quad;
                      info.plover = std::string(r.cells[4]);
                      b.AddCameo(std::move(info));
                    });
    if (!s.ok()) return s;

    s = Read("irregular_verbs.tsv", {"lemma", "third", "past", "participle", "gerund"}, false,
             [&](const TsvRow& r, const std::string& where) {
               for (auto c : r.cells)
                 if (c.empty()) return Warn(where, "every column needs a form");
               VerbForms f{base::ToLower(r.cells[0]), base::ToLower(r.cells[1]),
                           base::ToLower(r.cells[2]), base::ToLower(r.cells[3]),
                           base::ToLower(r.cells[4])};
               // Alternative forms ("learned/learnt") are separated by '/'.
               auto first = [](std::string& s) {
                 if (auto k = s.find('/'); k != std::string::npos) s = s.substr(0, k);
               };
               first(f.third), first(f.past), first(f.participle), first(f.gerund);
               b.irregular()[f.base] = f;
             });
    if (!s.ok()) return s;
    for (const auto& [lemma, f] : b.irregular()) b.AddVerb(lemma, 0);

    s = Read("grammar.tsv", {"class", "words"}, true,
             [&](const TsvRow& r, const std::string& where) {
               const GrammarClass* gc = nullptr;
               for (const auto& c : kGrammarClasses)
                 if (r.cells[0] == c.name) gc = &c;
               const bool pair = r.cells[0] == "pair";
               if (!gc && !pair) return Warn(where, "unknown class '" + std::string(r.cells[0]) + "'");
               for (std::string_view item : base::SplitList(r.cells[1], ';')) {
                 std::string lower = base::ToLower(item);
                 if (pair) {
                   b.AddSense(b.PhraseWords(lower), Sense{SenseKind::kPair, 0});
                   continue;
                 }
                 if (gc->flags == kAbbreviation) {
                   if (!lower.empty() && lower.back() == '.') lower.pop_back();
                   b.AddFlags(b.Intern(lower), kAbbreviation);
                   continue;
                 }
                 std::vector<WordId> words = b.PhraseWords(lower);
                 if (words.empty()) continue;
                 if (gc->verb) {
                   // Inflect the first word; multi-word entries ("rule out") become phrases.
                   std::string head = lower.substr(0, lower.find(' '));
                   b.AddVerb(head, words.size() == 1 ? gc->flags : 0);
                   if (words.size() > 1) {
                     VerbForms f = InflectVerb(head, b.irregular());
                     std::string rest = lower.substr(head.size());
                     for (const std::string& form : {f.base, f.third, f.past, f.participle, f.gerund}) {
                       b.AddSense(b.PhraseWords(form + rest), Sense{SenseKind::kGrammar, gc->flags});
                     }
                   }
                 } else if (words.size() == 1) {
                   b.AddFlags(words[0], gc->flags);
                 } else {
                   b.AddSense(words, Sense{SenseKind::kGrammar, gc->flags});
                 }
               }
             });
    if (!s.ok()) return s;

    // Countries: register codes first so people/organisation codes can be split.
    struct CountryRow {
      std::string code, iso3, kind, names, adjectives, capitals, metonyms, where;
    };
    std::vector<CountryRow> countries;
    s = Read("countries.tsv",
             {"code", "iso3", "kind", "names", "adjectives", "capitals", "metonyms"}, true,
             [&](const TsvRow& r, const std::string& where) {
               if (r.cells[0].size() != 3) return Warn(where, "country code must have 3 letters");
               if (r.cells[2] != "state" && r.cells[2] != "observer" && r.cells[2] != "territory") {
                 return Warn(where, "kind must be state, observer or territory");
               }
               countries.push_back({std::string(r.cells[0]), std::string(r.cells[1]),
                                    std::string(r.cells[2]), std::string(r.cells[3]),
                                    std::string(r.cells[4]), std::string(r.cells[5]),
                                    std::string(r.cells[6]), where});
               b.AddCountryCode(r.cells[0]);
             });
    if (!s.ok()) return s;
    std::unordered_map<std::string, std::vector<WordId>> capital_words;
    for (const auto& c : countries) {
      const uint32_t actor = b.Actor(c.code, c.code, "",
                                     c.kind == "territory" ? ActorKind::kTerritory : ActorKind::kState);
      for (auto n : base::SplitList(c.names, ';')) b.AddSense(b.PhraseWords(n), {SenseKind::kCountryName, actor});
      for (auto n : base::SplitList(c.adjectives, ';')) b.AddSense(b.PhraseWords(n), {SenseKind::kCountryAdj, actor});
      for (auto n : base::SplitList(c.capitals, ';')) {
        auto words = b.PhraseWords(n);
        b.AddSense(words, {SenseKind::kCapital, actor});
        capital_words[base::ToLower(n)] = words;
      }
      for (auto m : base::SplitList(c.metonyms, ';')) {
        const size_t eq = m.find('=');
        if (eq == std::string_view::npos) {
          Warn(c.where, "metonym '" + std::string(m) + "' needs =SECTOR");
          continue;
        }
        const std::string_view sector = base::Trim(m.substr(eq + 1));
        const uint32_t a = b.Actor(c.code + std::string(sector), c.code, sector, ActorKind::kState);
        b.AddSense(b.PhraseWords(base::Trim(m.substr(0, eq))), {SenseKind::kMetonym, a});
      }
    }

    s = Read("gazetteer.tsv", {"name", "country", "lat", "lon", "kind", "alternates"}, false,
             [&](const TsvRow& r, const std::string& where) {
               double lat, lon;
               if (!ParseDouble(r.cells[2], &lat) || !ParseDouble(r.cells[3], &lon) || lat < -90 ||
                   lat > 90 || lon < -180 || lon > 180) {
                 return Warn(where, "lat/lon must be numbers within range");
               }
               const std::string_view kind = r.cells[4];
               if (kind != "capital" && kind != "city" && kind != "region" && kind != "country" && kind != "sea") {
                 return Warn(where, "kind must be capital, city, region, country or sea");
               }
               // (A sea or strait no one state holds has no country: kind `sea`, country empty.)
               const bool sea = kind == "sea";
               if (sea ? !r.cells[1].empty() : !b.IsCountryCode(r.cells[1])) {
                 return Warn(where, sea ? "a sea has no country (leave the column empty)"
                                        : "unknown country code '" + std::string(r.cells[1]) + "'");
               }
               // (A state itself, kind `country`, gets no phrase sense: its names stay the
               // country's actor, and the coder places "in Malta" through that actor.)
               if (kind == "country") {
                 b.AddPlace(r.cells[0], r.cells[1], lat, lon, /*country_level=*/true);
                 return;
               }
               const uint32_t place = b.AddPlace(r.cells[0], r.cells[1], lat, lon);
               b.AddSense(b.PhraseWords(r.cells[0]), {SenseKind::kPlace, place});
               for (auto alt : base::SplitList(r.cells[5], ';'))
                 b.AddSense(b.PhraseWords(alt), {SenseKind::kPlace, place});
             });
    if (!s.ok()) return s;

    s = Read("organizations.tsv", {"code", "country", "sector", "kind", "names"}, false,
             [&](const TsvRow& r, const std::string& where) {
               if (r.cells[0].empty()) return Warn(where, "empty code");
               ActorKind kind = ActorKind::kOrganization;
               if (r.cells[3] == "media") kind = ActorKind::kMedia;
               else if (r.cells[3] == "armed") kind = ActorKind::kArmed;
               else if (r.cells[3] == "party") kind = ActorKind::kParty;
               const uint32_t a = b.Actor(r.cells[0], r.cells[1], r.cells[2], kind);
               for (auto n : base::SplitList(r.cells[4], ';'))
                 b.AddSense(b.PhraseWords(n), {SenseKind::kOrganization, a});
             });
    if (!s.ok()) return s;

    s = Read("agents.tsv", {"sector", "kind", "words"}, false,
             [&](const TsvRow& r, const std::string& where) {
               const bool title = r.cells[1] == "title";
               if (!title && r.cells[1] != "noun") return Warn(where, "kind must be noun or title");
               const uint32_t sector = b.Sector(r.cells[0] == "---" ? "" : r.cells[0]);
               for (auto w : base::SplitList(r.cells[2], ';')) {
                 auto words = b.PhraseWords(w);
                 const Sense sense{title ? SenseKind::kTitle : SenseKind::kAgent, sector};
                 b.AddSense(words, sense);
                 if (!title) {
                   // Regular plural of the last word: "foreign minister" → "foreign ministers".
                   std::string lower = base::ToLower(w);
                   const size_t sp = lower.rfind(' ');
                   const std::string last = lower.substr(sp == std::string::npos ? 0 : sp + 1);
                   if (last.size() >= 3 && std::isalpha(static_cast<unsigned char>(last.back()))) {
                     b.AddSense(b.PhraseWords(lower.substr(0, lower.size() - last.size()) + PluralOf(last)),
                                sense);
                   }
                 }
               }
             });
    if (!s.ok()) return s;

    s = Read("people.tsv", {"names", "short", "code", "from", "to", "role"}, false,
             [&](const TsvRow& r, const std::string& where) {
               auto names = base::SplitList(r.cells[0], ';');
               if (names.empty()) return Warn(where, "no name");
               Date from, to;
               if (!ParseDateCell(r.cells[3], &from) || !ParseDateCell(r.cells[4], &to)) {
                 return Warn(where, "dates must be YYYY-MM-DD or empty");
               }
               if (from.known() && to.known() && to < from) return Warn(where, "'to' is before 'from'");
               if (r.cells[2].empty()) return Warn(where, "empty code");
               const uint32_t person = b.AddPerson(names[0]);
               const uint32_t actor = b.Actor(r.cells[2], "", "", ActorKind::kPerson);
               b.AddRole(person, from, to, actor, r.cells[5]);
               for (auto n : names) b.AddSense(b.PhraseWords(n), {SenseKind::kPerson, person});
               for (auto n : base::SplitList(r.cells[1], ';'))
                 b.AddSense(b.PhraseWords(n), {SenseKind::kPersonShort, person});
             });
    if (!s.ok()) return s;

    if (!patterns_) return Status::Ok();
    for (bool noun : {false, true}) {
      const char* file = noun ? "nouns.tsv" : "verbs.tsv";
      // (A pattern written twice is a slip that hides which code wins: one warning per copy.)
      std::unordered_map<std::string, std::string> seen;  // pattern → where first written
      s = Read(file, {"code", "pattern", "note"}, !noun,
               [&](const TsvRow& r, const std::string& where) {
                 const std::string_view pattern = r.cells[1];
                 if (auto [it, fresh] = seen.emplace(std::string(pattern), where); !fresh) {
                   return Warn(where, "the same pattern as " + it->second + " ('" + std::string(pattern) + "')");
                 }
                 const size_t sp = pattern.find(' ');
                 const std::string_view head = pattern.substr(0, sp);
                 const std::string_view rest =
                     sp == std::string_view::npos ? std::string_view() : pattern.substr(sp + 1);
                 if (head.empty() || head == "*" || head.front() == '(') {
                   return Warn(where, "pattern must start with a " + std::string(noun ? "noun" : "verb"));
                 }
                 std::string err = b.AddPattern(noun, head, rest, b.FindCameo(r.cells[0]),
                                                pattern, where);
                 if (!err.empty()) Warn(where, err + " ('" + std::string(r.cells[0]) + "')");
               });
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  std::string dir_;
  LexiconBuilder* b_;
  std::vector<std::string>* warnings_;
  bool patterns_;
};

}  // namespace

Status AddNativeDictionaries(const std::string& dir, LexiconBuilder* builder,
                             std::vector<std::string>* warnings, bool patterns) {
  if (!fs::is_directory(dir)) {
    return Status(StatusCode::kNotFound, dir + ": dictionary folder not found");
  }
  return Reader(dir, builder, warnings, patterns).ReadAll();
}

uint64_t HashNativeSources(const std::string& dir) {
  // (Every start hashes the whole dictionary to find its cache: the contents 8 bytes at a time
  // with HashShort, several times cheaper than Fnv1a's byte at a time; the key only has to
  // change when a file does.)
  uint64_t h = base::Fnv1a("entente-native-v2");
  std::string content;
  for (const char* file : kNativeFiles) {
    if (!ReadFile((fs::path(dir) / file).string(), &content).ok()) continue;
    h = base::hash_short::Mix(base::Fnv1a(file, h), base::HashShort(content));
  }
  return h;
}

Result<std::unique_ptr<Lexicon>> LoadNativeLexicon(const std::string& dir,
                                                   std::vector<std::string>* warnings) {
  LexiconBuilder builder;
  if (Status s = AddNativeDictionaries(dir, &builder, warnings); !s.ok()) return s;
  builder.SetSourceHash(HashNativeSources(dir));
  return builder.Finish();
}

}  // namespace entente::lexicon
