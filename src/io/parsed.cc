// io/parsed.cc — see parsed.h.
#include "io/parsed.h"

#include <algorithm>
#include <cctype>

namespace entente::io {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whether `text` at `at` starts with `s`, ignoring ASCII case.
bool MatchesAt(std::string_view text, size_t at, std::string_view s) {
  if (s.empty() || at > text.size() || text.size() - at < s.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != std::tolower(static_cast<unsigned char>(s[i]))) {
      return false;
    }
  }
  return true;
}

// The ways a token form can be written in the text: itself, and for Penn escapes and quote
// tokens the characters they stand for.
std::vector<std::string_view> Spellings(std::string_view form) {
  std::vector<std::string_view> out{form};
  auto add = [&](std::initializer_list<std::string_view> alts) { out.insert(out.end(), alts); };
  if (form == "-LRB-" || form == "-lrb-") add({"(", "[", "{"});
  else if (form == "-RRB-" || form == "-rrb-") add({")", "]", "}"});
  else if (form == "-LSB-" || form == "-lsb-") add({"["});
  else if (form == "-RSB-" || form == "-rsb-") add({"]"});
  else if (form == "-LCB-" || form == "-lcb-") add({"{"});
  else if (form == "-RCB-" || form == "-rcb-") add({"}"});
  else if (form == "``" || form == "''" || form == "\"") add({"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "''", "``"});
  else if (form == "`" || form == "'") add({"'", "\xE2\x80\x98", "\xE2\x80\x99"});
  else if (form == "--") add({"\xE2\x80\x94", "\xE2\x80\x93", "-"});
  return out;
}

// "NP-SBJ-1" -> "NP", "NP=2" -> "NP"; labels that start with '-' ("-NONE-") are kept.
std::string BareLabel(std::string_view label) {
  if (label.empty() || label[0] == '-') return std::string(label);
  const size_t cut = label.find_first_of("-=");
  return std::string(label.substr(0, cut));
}

}  // namespace

size_t AlignTokens(std::string_view text, std::vector<ParsedToken>* tokens) {
  // How far past the cursor a form may be found: parsers drop or rewrite a few characters
  // (quotes, dashes) but a form found much later is more likely a later occurrence.
  constexpr size_t kWindow = 48;
  size_t cursor = 0, aligned = 0;
  for (ParsedToken& t : *tokens) {
    t.aligned = false;
    t.begin = t.end = 0;
    size_t at = cursor;
    while (at < text.size() && IsSpace(text[at])) ++at;
    const auto spellings = Spellings(t.form);
    bool found = false;
    for (size_t p = at; !found && p < text.size() && p <= at + kWindow; ++p) {
      for (std::string_view s : spellings) {
        if (MatchesAt(text, p, s)) {
          t.begin = static_cast<uint32_t>(p);
          t.end = static_cast<uint32_t>(p + s.size());
          found = true;
          break;
        }
      }
    }
    if (!found) continue;
    t.aligned = true;
    cursor = t.end;
    ++aligned;
  }
  return aligned;
}

std::string ParsePennTree(std::string_view tree, ParsedSentence* out) {
  out->tokens.clear();
  out->constituents.clear();
  // One open node: its label, its constituent index (-1 until known) and first leaf.
  struct Open {
    std::string label;
    bool label_done = false;
    size_t first_leaf = 0;
    size_t children = 0;  // subtrees
    size_t leaves = 0;    // atoms after the label
    int constituent = -1;
  };
  std::vector<Open> stack;
  size_t i = 0, roots = 0;
  auto atom_end = [&](size_t p) {
    while (p < tree.size() && !IsSpace(tree[p]) && tree[p] != '(' && tree[p] != ')') ++p;
    return p;
  };
  while (i < tree.size()) {
    const char c = tree[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == '(') {
      if (stack.empty() && roots > 0) return "text after the end of the tree at byte " + std::to_string(i);
      if (!stack.empty()) {
        Open& parent = stack.back();
        parent.label_done = true;
        if (parent.leaves > 0) return "a subtree follows a word inside (" + parent.label + " at byte " + std::to_string(i);
        if (parent.children++ == 0 && !parent.label.empty()) {
          // The parent holds a subtree, so it is a phrase (not a preterminal).
          int enclosing = -1;
          for (size_t k = stack.size() - 1; k-- > 0;) {
            if (stack[k].constituent >= 0) {
              enclosing = stack[k].constituent;
              break;
            }
          }
          parent.constituent = static_cast<int>(out->constituents.size());
          out->constituents.push_back(Constituent{BareLabel(parent.label),
                                                  static_cast<uint32_t>(parent.first_leaf), 0, enclosing});
        }
      }
      stack.push_back(Open{});
      stack.back().first_leaf = out->tokens.size();
      ++i;
      continue;
    }
    if (c == ')') {
      if (stack.empty()) return "unbalanced brackets: ')' without '(' at byte " + std::to_string(i);
      Open node = std::move(stack.back());
      stack.pop_back();
      ++i;
      if (node.children == 0 && node.leaves == 0) {
        return "empty node (" + node.label + ") at byte " + std::to_string(i - 1);
      }
      if (node.children > 0 && node.constituent >= 0) {
        out->constituents[node.constituent].end = static_cast<uint32_t>(out->tokens.size());
      }
      if (stack.empty()) ++roots;
      continue;
    }
    // An atom: the node's label, or a word.
    const size_t e = atom_end(i);
    const std::string_view atom = tree.substr(i, e - i);
    i = e;
    if (stack.empty()) return "text outside brackets: '" + std::string(atom.substr(0, 40)) + "'";
    Open& node = stack.back();
    if (!node.label_done) {
      node.label = std::string(atom);
      node.label_done = true;
      continue;
    }
    if (node.children > 0) return "a word follows a subtree inside (" + node.label + ": '" + std::string(atom.substr(0, 40)) + "'";
    ParsedToken t;
    t.form = std::string(atom);
    t.xpos = node.label;
    out->tokens.push_back(std::move(t));
    ++node.leaves;
    continue;
  }
  if (!stack.empty()) return "unbalanced brackets: " + std::to_string(stack.size()) + " '(' not closed";
  if (roots == 0) return "no tree";
  if (out->tokens.empty()) return "a tree without words";
  return "";
}

}  // namespace entente::io
