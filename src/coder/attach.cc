// coder/attach.cc — reading a predicate's subject and objects off an external parse.
//
// Penn Treebank: the subject is the NP child of the clause (S, SINV, SQ) that dominates the
// verb's VP chain, before the VP (after it in an inverted SINV clause); the objects are the NP
// children of the lowest VP holding the verb, and the NP of each PP child of that VP.
// Either way the parse must read the token as a verb (Penn VB* heading the VP, UD VERB/AUX).
// Universal Dependencies: nsubj / nsubj:pass (a conjoined verb without one shares its head's),
// obj / iobj, and obl (and nmod under an object) with their case word; UD v1 names (dobj,
// nsubjpass, auxpass, nmod for a verb's oblique) are read as their v2 successors. Auxiliaries and copulas
// stand for the verb they attach to.
#include "coder/attach.h"

#include <cctype>
#include <string_view>

namespace entente::coder {

namespace {

bool LowerEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// A relation in UD v2 terms: UD v1 names (older UDPipe models) are mapped to their v2 successors
// (dobj -> obj, nsubjpass -> nsubj:pass, auxpass -> aux:pass, csubjpass -> csubj:pass).
std::string_view Rel(const std::string& deprel) {
  const std::string_view r = deprel;
  if (r == "dobj") return "obj";
  if (r == "nsubjpass") return "nsubj:pass";
  if (r == "auxpass") return "aux:pass";
  if (r == "csubjpass") return "csubj:pass";
  return r;
}

std::string_view BaseRel(const std::string& deprel) {
  const std::string_view r = Rel(deprel);
  const size_t colon = r.find(':');
  return colon == std::string_view::npos ? r : r.substr(0, colon);
}

// Byte range of the aligned tokens in [first, end); false when none is aligned.
bool TokenRange(const ParsedSentence& s, uint32_t first, uint32_t end, ParseArg* arg) {
  bool any = false;
  for (uint32_t t = first; t < end && t < s.tokens.size(); ++t) {
    const ParsedToken& tok = s.tokens[t];
    if (!tok.aligned) continue;
    if (!any) arg->begin = tok.begin;
    arg->end = tok.end;
    any = true;
  }
  return any;
}

// --- Penn Treebank ---

// The head word of an NP: the last word of its innermost leading NP ("(NP (NP the leaders)
// (PP of Arnor))" → "leaders"), a possessive "'s" aside.
uint32_t PennHead(const ParsedSentence& s, int np) {
  const auto& cs = s.constituents;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (size_t c = static_cast<size_t>(np) + 1; c < cs.size(); ++c) {
      if (cs[c].parent == np && cs[c].label == "NP" && cs[c].first == cs[np].first && cs[c].end < cs[np].end) {
        np = static_cast<int>(c);
        deeper = true;
        break;
      }
    }
  }
  for (uint32_t t = cs[np].end; t > cs[np].first; --t) {
    const ParsedToken& tok = s.tokens[t - 1];
    if (!tok.aligned || tok.xpos == "POS") continue;
    return tok.begin;
  }
  return 0;
}

bool PennArg(const ParsedSentence& s, int np, ParseArg* arg) {
  const Constituent& c = s.constituents[np];
  if (!TokenRange(s, c.first, c.end, arg)) return false;
  arg->head = PennHead(s, np);
  return true;
}

bool PennRoles(const ParsedSentence& s, uint32_t v, ParseRoles* out) {
  const auto& cs = s.constituents;
  // Constituents that hold the same token nest, parents first: the last VP found is the lowest.
  int vp = -1;
  for (size_t c = 0; c < cs.size(); ++c)
    if (cs[c].label == "VP" && cs[c].first <= v && v < cs[c].end) vp = static_cast<int>(c);
  if (vp < 0) return false;
  // The parse must read the token as a verb heading that VP ("believed linked to ...": the
  // participle inside an ADJP heads no VP; "a brief visit": a noun). Else the text decides.
  if (s.tokens[v].xpos.rfind("VB", 0) != 0 && s.tokens[v].xpos.rfind("AUX", 0) != 0) return false;
  for (size_t c = static_cast<size_t>(vp) + 1; c < cs.size(); ++c)
    if (cs[c].parent == vp && cs[c].first <= v && v < cs[c].end) return false;
  out->has_phrase = TokenRange(s, cs[vp].first, cs[vp].end, &out->phrase);
  int top = vp;  // "has attacked", "met X and attacked Y": the VP chain up to the clause
  while (cs[top].parent >= 0 && cs[cs[top].parent].label == "VP") top = cs[top].parent;
  const int clause = cs[top].parent;
  if (clause >= 0 && (cs[clause].label == "S" || cs[clause].label == "SINV" || cs[clause].label == "SQ")) {
    int before = -1, after = -1;
    for (size_t c = static_cast<size_t>(clause) + 1; c < cs.size(); ++c) {
      if (cs[c].parent != clause || cs[c].label != "NP") continue;
      if (cs[c].end <= cs[top].first) before = static_cast<int>(c);
      else if (cs[c].first >= cs[top].end && after < 0) after = static_cast<int>(c);
    }
    const int subject = before >= 0 ? before : cs[clause].label == "SINV" ? after : -1;
    if (subject >= 0) out->has_subject = PennArg(s, subject, &out->subject);
  }
  std::vector<ParseArg> pps;
  for (size_t c = static_cast<size_t>(vp) + 1; c < cs.size(); ++c) {
    if (cs[c].parent != vp) continue;
    ParseArg arg;
    if (cs[c].label == "NP") {
      if (PennArg(s, static_cast<int>(c), &arg)) out->objects.push_back(arg);
    } else if (cs[c].label == "PP") {
      for (size_t d = c + 1; d < cs.size(); ++d) {
        if (cs[d].parent != static_cast<int>(c) || cs[d].label != "NP") continue;
        if (PennArg(s, static_cast<int>(d), &arg)) {
          arg.by = cs[c].first < s.tokens.size() && LowerEquals(s.tokens[cs[c].first].form, "by");
          pps.push_back(arg);
        }
        break;
      }
    }
  }
  out->objects.insert(out->objects.end(), pps.begin(), pps.end());
  return true;
}

// --- Universal Dependencies ---

// Whether token t lies in the subtree of d (heads followed upwards, cycles cut).
bool InSubtree(const ParsedSentence& s, int t, int d) {
  for (size_t steps = 0; t >= 0 && steps <= s.tokens.size(); ++steps) {
    if (t == d) return true;
    t = s.tokens[t].head;
  }
  return false;
}

bool UdArg(const ParsedSentence& s, int d, ParseArg* arg) {
  if (!s.tokens[d].aligned) return false;
  bool any = false;
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    const ParsedToken& tok = s.tokens[t];
    if (!tok.aligned || !InSubtree(s, static_cast<int>(t), d)) continue;
    if (!any || tok.begin < arg->begin) arg->begin = tok.begin;
    if (!any || tok.end > arg->end) arg->end = tok.end;
    any = true;
  }
  arg->head = s.tokens[d].begin;
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    if (s.tokens[t].head == d && BaseRel(s.tokens[t].deprel) == "case") {
      arg->by = arg->by || LowerEquals(s.tokens[t].form, "by") || s.tokens[t].lemma == "by";
    }
  }
  return any;
}

bool UdRoles(const ParsedSentence& s, uint32_t verb, ParseRoles* out) {
  int v = static_cast<int>(verb);
  for (int steps = 0; steps < 3; ++steps) {
    const std::string_view r = BaseRel(s.tokens[v].deprel);
    if ((r != "aux" && r != "cop") || s.tokens[v].head < 0) break;
    v = s.tokens[v].head;
  }
  // The parse must read the word as a verb (a UPOS of VERB or AUX) when it gives UPOS.
  const std::string& upos = s.tokens[v].upos;
  if (!upos.empty() && upos != "_" && upos != "VERB" && upos != "AUX") return false;
  bool any_rel = false;
  for (const ParsedToken& t : s.tokens) any_rel = any_rel || !t.deprel.empty();
  if (!any_rel) return false;
  auto find_subject = [&](int h) {
    for (size_t t = 0; t < s.tokens.size(); ++t) {
      if (s.tokens[t].head != h) continue;
      const std::string_view rel = Rel(s.tokens[t].deprel);
      if (rel == "aux:pass" || rel == "nsubj:pass") out->passive = true;
      if (BaseRel(s.tokens[t].deprel) == "nsubj" && !out->has_subject) {
        out->has_subject = UdArg(s, static_cast<int>(t), &out->subject);
      }
    }
  };
  out->has_phrase = UdArg(s, v, &out->phrase);
  find_subject(v);
  // "X met Y and attacked Z": a conjoined verb without a subject shares its head's.
  if (!out->has_subject && BaseRel(s.tokens[v].deprel) == "conj" && s.tokens[v].head >= 0) {
    const bool passive = out->passive;
    find_subject(s.tokens[v].head);
    out->passive = passive;
  }
  std::vector<ParseArg> obliques;
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    if (s.tokens[t].head != v) continue;
    const std::string_view rel = Rel(s.tokens[t].deprel);
    const std::string_view base = BaseRel(s.tokens[t].deprel);
    ParseArg arg;
    if (base == "obj" || base == "iobj") {
      if (!UdArg(s, static_cast<int>(t), &arg)) continue;
      out->objects.push_back(arg);
      // "met leaders of Gondor": nmod under the object, with its case word.
      for (size_t n = 0; n < s.tokens.size(); ++n) {
        ParseArg nm;
        if (s.tokens[n].head == static_cast<int>(t) && BaseRel(s.tokens[n].deprel) == "nmod" &&
            UdArg(s, static_cast<int>(n), &nm)) {
          obliques.push_back(nm);
        }
      }
    } else if ((base == "obl" || base == "nmod") && !rel.ends_with(":tmod") && !rel.ends_with(":npmod") &&
               !rel.ends_with(":poss")) {
      // (UD v1 calls a verb's oblique "nmod".)
      if (UdArg(s, static_cast<int>(t), &arg)) obliques.push_back(arg);
    }
  }
  out->objects.insert(out->objects.end(), obliques.begin(), obliques.end());
  return true;
}

}  // namespace

int ParseTokenAt(const ParsedSentence& s, uint32_t b) {
  for (size_t t = 0; t < s.tokens.size(); ++t) {
    const ParsedToken& tok = s.tokens[t];
    if (tok.aligned && tok.begin <= b && b < tok.end) return static_cast<int>(t);
  }
  return -1;
}

bool FindParseRoles(const ParsedSentence& s, uint32_t verb, ParseRoles* out) {
  *out = ParseRoles{};
  if (verb >= s.tokens.size()) return false;
  return s.constituents.empty() ? UdRoles(s, verb, out) : PennRoles(s, verb, out);
}

}  // namespace entente::coder
