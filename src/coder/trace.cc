// coder/trace.cc — the step-by-step account `entente explain` prints for a sentence.
#include <string>

#include "base/date.h"
#include "coder/coder.h"

namespace entente::coder {

namespace lx = lexicon;

void Coder::TraceSentence(std::string_view text, const Analysis& a, size_t first_event,
                          const std::vector<Event>& events, std::string* trace) const {
  auto tok_text = [&](uint32_t i) { return TokenText(text, a.toks[i]); };
  auto Fmt = [](Date d) { return base::FormatIsoDate(d); };
  const std::vector<Event>* out = &events;
  for (const Mention& m : a.mentions) {
    trace->append("  actor: '").append(text.substr(a.toks[m.tb].begin, a.toks[m.te - 1].end - a.toks[m.tb].begin)).append("' ->");
    for (uint32_t x = 0; x < m.actors_len; ++x) trace->append(" ").append(a.mention_actors[m.actors_off + x].code.view());
    if (m.prep) trace->append(" (after '").append(lx_.Word(m.prep)).append("')");
    if (m.group >= 0) *trace += " (group " + std::to_string(m.group) + ")";
    if (m.modifier) *trace += " (modifier)";
    *trace += "\n";
  }
  for (const Predicate& p : a.preds) {
    const lx::Pattern& pat = lx_.pattern(p.pattern);
    *trace += "  predicate: '" + std::string(tok_text(p.tok)) + "' pattern '" + std::string(lx_.str(pat.text)) +
              "' (" + std::string(lx_.str(pat.source)) + ") cameo " + lx_.cameo(pat.cameo).code;
    if (p.source >= 0) *trace += "; source: " + std::string(p.why_source);
    if (p.target >= 0) *trace += "; target: actor phrase in the pattern's * slot";
    static const char* kMood[] = {"plain", "intent", "refusal", "negated", "hypothetical"};
    *trace += std::string("; mood: ") + kMood[static_cast<int>(p.mood)] + (p.passive ? "; passive" : "") + "\n";
  }
  for (size_t k = first_event; k < out->size(); ++k) {
    const Event& e = (*out)[k];
    *trace += "  event: " + e.source.code + " -> " + (e.target ? e.target->code : "-") + " " + e.cameo +
              " date " + Fmt(e.date) + (e.end_date ? ".." + Fmt(*e.end_date) : "") +
              (e.location ? " at " + e.location->name : "") + " rule " + e.evidence.rule + "\n";
  }
}

}  // namespace entente::coder
