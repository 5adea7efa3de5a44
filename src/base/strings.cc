#include "base/strings.h"

#include <cstring>

namespace entente::base {

void AppendLower(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->append(s);
  for (size_t i = start; i < out->size(); ++i) (*out)[i] = AsciiLower((*out)[i]);
}

std::string ToLower(std::string_view s) {
  std::string out;
  AppendLower(s, &out);
  return out;
}

std::string ToUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

std::vector<std::string_view> SplitBlank(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiBlank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsAsciiBlank(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> SplitList(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t next = s.find(sep, pos);
    if (next == std::string_view::npos) next = s.size();
    std::string_view piece = Trim(s.substr(pos, next - pos));
    if (!piece.empty()) out.push_back(piece);
    pos = next + 1;
  }
  return out;
}

std::vector<std::string_view> SplitExact(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    if (next == std::string_view::npos) {
      out.push_back(s.substr(pos));
      return out;
    }
    out.push_back(s.substr(pos, next - pos));
    pos = next + 1;
  }
}

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  constexpr uint64_t kPrime = 1099511628211ULL;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  // The same byte-by-byte hash, eight bytes per trip of the loop (it hashes whole dictionary
  // files at every start, where the loop's own counting was a third of the work).
  for (; i + 8 <= n; i += 8) {
#pragma GCC unroll 8
    for (size_t k = 0; k < 8; ++k) h = (h ^ p[i + k]) * kPrime;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * kPrime;
  return h;
}

}  // namespace entente::base
