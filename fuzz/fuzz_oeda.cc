// fuzz/fuzz_oeda.cc — lexicon::AddOedaDictionaries on arbitrary bytes.
//
// The bytes are written into a scratch folder as an actors, an agents, a verbs (CAMEO*.txt) and
// a discards file at once, so every OEDA parser reads them; the builder already holds a few
// CAMEO codes, country codes and grammar words like a native load would. The finished lexicon
// must pass lexicon::Consistent and every pattern and person role must stay inside its table.
#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "lexicon/builder.h"
#include "lexicon/oeda.h"

using namespace entente;
using namespace entente::lexicon;

namespace {

class TempFolder {
 public:
  TempFolder() {
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    path_ = (dir / ("entente-fuzz-oeda-" + std::to_string(::getpid()))).string();
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

void Prepare(LexiconBuilder* b) {
  for (const char* code : {"01", "010", "020", "040", "042", "043", "057", "111", "190"}) {
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
  b->AddVerb("meet", 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const TempFolder folder;
  for (const char* name : {"f.actors.txt", "f.agents.txt", "CAMEO.f.txt", "f.discards.txt"}) {
    FILE* f = std::fopen((folder.path() + "/" + name).c_str(), "wb");
    if (!f) return 0;
    const bool ok = size == 0 || std::fwrite(data, 1, size, f) == size;
    if (std::fclose(f) != 0 || !ok) return 0;
  }
  LexiconBuilder b;
  Prepare(&b);
  std::vector<std::string> warnings;
  const Status s = AddOedaDictionaries(folder.path(), &b, &warnings);
  if (!s.ok()) __builtin_trap();  // the folder holds OEDA files: only lines may be refused
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
    if (person.roles_len && lx->ResolvePerson(static_cast<uint32_t>(p), Date{2020, 1, 1}, &in_role) >= lx->actor_count()) {
      __builtin_trap();
    }
  }
  return 0;
}
