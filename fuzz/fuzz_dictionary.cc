// fuzz/fuzz_dictionary.cc — lexicon::ReadTsv + LexiconBuilder::AddPattern on arbitrary bytes.
//
// The bytes are a verbs/nouns dictionary file (header "code\tpattern\tnote"). Every row that
// ReadTsv accepts goes through AddPattern the way the native reader does it, then the builder is
// finished and each pattern is read back, checking that every index stays inside its table.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.h"
#include "lexicon/builder.h"
#include "lexicon/tsv.h"

using namespace entente;
using namespace entente::lexicon;

namespace {

void AddCameoCodes(LexiconBuilder* b) {
  for (const char* code : {"01", "010", "020", "036", "040", "042", "043", "051", "057", "111",
                           "112", "130", "172", "190", "193"}) {
    model::CameoInfo info;
    info.code = code;
    info.name = std::string("code ") + code;
    info.quad_class = 1;
    b->AddCameo(info);
  }
  // A little grammar so AddPattern's "is this word a preposition/verb?" checks see flags.
  for (const char* w : {"with", "to", "on", "against", "in", "of", "for"})
    b->AddFlags(b->Intern(w), kPreposition);
  for (const char* w : {"the", "a", "an"}) b->AddFlags(b->Intern(w), kDeterminer);
  b->AddVerb("meet", 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::TempFile file("entente-fuzz-dictionary.tsv");
  if (!file.Write(data, size)) return 0;

  LexiconBuilder b;
  AddCameoCodes(&b);
  std::string content;
  std::vector<std::string> warnings;
  size_t rows = 0;
  Status s = ReadTsv(file.path(), {"code", "pattern", "note"}, &content, &warnings,
                     [&](const TsvRow& r) {
                       if (r.cells.size() != 3 || r.line <= 0) __builtin_trap();
                       ++rows;
                       const std::string_view pattern = r.cells[1];
                       const size_t sp = pattern.find(' ');
                       const std::string_view head = pattern.substr(0, sp);
                       const std::string_view rest =
                           sp == std::string_view::npos ? std::string_view() : pattern.substr(sp + 1);
                       if (head.empty() || head == "*" || head.front() == '(') return;
                       // Alternate nouns and verbs by line so both paths run.
                       const bool noun = (r.line % 2) == 0;
                       b.AddPattern(noun, head, rest, b.FindCameo(r.cells[0]), pattern,
                                    "fuzz.tsv:" + std::to_string(r.line));
                     });
  if (!s.ok() && rows != 0) __builtin_trap();  // a header error must stop before any row

  auto lx = b.Finish();
  for (size_t i = 0; i < lx->pattern_count(); ++i) {
    const Pattern& p = lx->pattern(static_cast<uint32_t>(i));
    if (p.cameo >= lx->cameo_count()) __builtin_trap();
    if (p.elems_len == 0 && p.has_target) __builtin_trap();
    for (uint32_t e = 0; e < p.elems_len; ++e) {
      const PatternElem& el = lx->elem(p.elems_off + e);
      if ((el.kind == ElemKind::kTarget) != (el.alts_len == 0)) __builtin_trap();
      if (el.alts_len == 0) continue;  // a target slot has no words (and no pattern_words())
      const WordId* alts = lx->pattern_words(el);
      for (uint32_t k = 0; k < el.alts_len; ++k) {
        if (alts[k] >= lx->word_count()) __builtin_trap();
      }
    }
  }
  for (WordId w = 1; w < lx->word_count(); ++w) {
    if (lx->Find(lx->Word(w)) != w) __builtin_trap();  // every interned word finds itself
    for (auto [it, end] = lx->VerbPatterns(w); it != end; ++it) {
      if (*it >= lx->pattern_count()) __builtin_trap();
    }
    for (auto [it, end] = lx->NounPatterns(w); it != end; ++it) {
      if (*it >= lx->pattern_count()) __builtin_trap();
    }
  }
  return 0;
}
