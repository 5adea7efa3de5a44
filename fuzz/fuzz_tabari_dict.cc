// fuzz/fuzz_tabari_dict.cc — lexicon::AddTabariDictionaries on arbitrary bytes.
//
// The first byte selects the file kind(s) the rest is written as, in a scratch folder:
//   byte % 5 == 0..3: one f.options, f.actors, f.agents or f.verbs file holding the rest;
//   byte % 5 == 4:    the rest split at NUL bytes into options, actors, agents and verbs files
//                     (missing parts empty), so LABEL: lines, actor codes and synsets interact.
// The builder already holds a few CAMEO codes, country codes, grammar words and an irregular
// verb like a native load would. The folder holds TABARI files, so the reader must succeed
// (only lines may be refused, each with a non-empty warning), the finished lexicon must pass
// lexicon::Consistent, and every pattern and person role must stay inside its table. The same
// files are then read as lexicon::KedsModel (the TABARI coding mode's dictionaries), which must
// succeed, and coder::ShallowCoder codes a few fixed sentences with them.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "coder/shallow.h"
#include "lexicon/builder.h"
#include "lexicon/keds_model.h"
#include "lexicon/tabari.h"

using namespace entente;
using namespace entente::lexicon;

namespace {

class TempFolder {
 public:
  TempFolder() {
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    path_ = (dir / ("entente-fuzz-tabari-" + std::to_string(::getpid()))).string();
    std::filesystem::create_directories(path_, ec);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

constexpr std::array<const char*, 4> kNames = {"f.options", "f.actors", "f.agents", "f.verbs"};

bool WriteFile(const std::string& path, std::string_view bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool ok = bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

void Prepare(LexiconBuilder* b) {
  for (const char* code : {"01", "010", "020", "032", "040", "042", "043", "057", "081", "111", "190"}) {
    model::CameoInfo info;
    info.code = code;
    info.name = std::string("code ") + code;
    info.quad_class = 1;
    b->AddCameo(info);
  }
  for (const char* c : {"BLR", "RUS", "USA"}) {
    b->AddCountryCode(c);
    b->Actor(c, c, "", ActorKind::kState);
  }
  for (const char* w : {"with", "to", "on", "against", "in", "of", "for"}) b->AddFlags(b->Intern(w), kPreposition);
  for (const char* w : {"the", "a", "an"}) b->AddFlags(b->Intern(w), kDeterminer);
  b->irregular()["fight"] = VerbForms{"fight", "fights", "fought", "fought", "fighting"};
  b->AddVerb("meet", 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const TempFolder folder;
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::array<std::string_view, 4> parts{};
  const unsigned mode = data[0] % 5;
  if (mode < 4) {
    parts[mode] = rest;
  } else {
    size_t pos = 0;
    for (size_t k = 0; k < parts.size() && pos <= rest.size(); ++k) {
      size_t nul = k + 1 < parts.size() ? rest.find('\0', pos) : std::string_view::npos;
      if (nul == std::string_view::npos) nul = rest.size();
      parts[k] = rest.substr(pos, nul - pos);
      pos = nul + 1;
    }
  }
  for (size_t k = 0; k < kNames.size(); ++k) {
    if (!WriteFile(folder.path() + "/" + kNames[k], parts[k])) return 0;
  }
  LexiconBuilder b;
  Prepare(&b);
  std::vector<std::string> warnings;
  const Status s = AddTabariDictionaries(folder.path(), &b, &warnings);
  if (!s.ok()) __builtin_trap();  // the folder holds TABARI files: only lines may be refused
  for (const auto& w : warnings) {
    if (w.empty()) __builtin_trap();
  }
  auto lx = b.Finish();
  if (!Consistent(*lx)) __builtin_trap();
  for (size_t i = 0; i < lx->pattern_count(); ++i) {
    const Pattern& p = lx->pattern(static_cast<uint32_t>(i));
    if (p.cameo >= lx->cameo_count()) __builtin_trap();
  }
  for (size_t p = 0; p < lx->person_count(); ++p) {
    const Person& person = lx->person(static_cast<uint32_t>(p));
    for (uint32_t r = 0; r < person.roles_len; ++r) {
      if (lx->role(person.roles_off + r).actor >= lx->actor_count()) __builtin_trap();
    }
    bool in_role = false;
    if (person.roles_len &&
        lx->ResolvePerson(static_cast<uint32_t>(p), Date{2020, 1, 1}, &in_role) >= lx->actor_count()) {
      __builtin_trap();
    }
  }
  KedsModel model;
  if (!ReadKedsModel(folder.path(), {"SET: CODE ALL"}, &model).ok()) __builtin_trap();
  for (const auto& a : model.actors) {
    if (a.entry >= model.actor_codes.size() || a.name.empty()) __builtin_trap();
  }
  coder::ShallowCoder shallow(model, *lx);
  coder::ShallowMemory memory;
  std::vector<Event> events;
  for (const char* text : {"Arnor, said the Gondor government, would not restore ties and attacked it.",
                           "They met Russia's foreign minister; he said Belarus and the USA agreed to talks."}) {
    Document doc{"FUZ-001-001", text, Date{1995, 1, 1}, "", ""};
    if (!shallow.CodeDocument(doc, &memory, &events).ok()) __builtin_trap();
  }
  return 0;
}
