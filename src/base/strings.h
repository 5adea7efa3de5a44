// base/strings.h — small string helpers (ASCII-only case mapping; UTF-8 passes through).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace entente::base {

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// A blank inside a line: space, tab, CR, VT, FF (not LF).
inline bool IsAsciiBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Appends a lower-cased copy of `s` (ASCII letters only; UTF-8 bytes unchanged) to *out.
void AppendLower(std::string_view s, std::string* out);
std::string ToLower(std::string_view s);
std::string ToUpper(std::string_view s);  // ASCII letters only
std::string_view Trim(std::string_view s);
// Runs of ASCII whitespace (space, tab, CR, LF, FF, VT) become one space; the ends are trimmed.
std::string CollapseWhitespace(std::string_view s);
// Splits on `sep`, trimming each piece and dropping empty ones.
std::vector<std::string_view> SplitList(std::string_view s, char sep);
// The runs of non-blank characters (IsAsciiBlank separates) as views into `s`.
std::vector<std::string_view> SplitBlank(std::string_view s);
// Splits on `sep` keeping empty pieces (for TSV columns).
std::vector<std::string_view> SplitExact(std::string_view s, char sep);

// 64-bit FNV-1a; stable across runs and platforms (used in cache headers).
uint64_t Fnv1a(std::string_view s, uint64_t seed = 14695981039346656037ULL);

// The n < 8 bytes at p as a little-endian integer, zero-extended (what memcpy into a zeroed
// uint64_t gives) without a variable-length copy: two overlapping loads, or three bytes.
inline uint64_t LoadTail(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);  // overlaps lo where n < 8; the shared bytes are equal
    return lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  const auto first = static_cast<uint64_t>(static_cast<unsigned char>(p[0]));
  const auto mid = static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2]));
  const auto last = static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1]));
  return first | (mid << (8 * (n / 2))) | (last << (8 * (n - 1)));
}

// The low n bytes of a uint64_t set, n in 0..8 (a table: no branch, no shift by 64).
inline uint64_t LowBytesMask(size_t n) {
  static constexpr uint64_t kMasks[9] = {0,
                                         0xFFULL,
                                         0xFFFFULL,
                                         0xFFFFFFULL,
                                         0xFFFFFFFFULL,
                                         0xFFFFFFFFFFULL,
                                         0xFFFFFFFFFFFFULL,
                                         0xFFFFFFFFFFFFFFULL,
                                         ~0ULL};
  return kMasks[n];
}

// A fast hash for short keys (dictionary words): 8 bytes at a time, multiply-xorshift mixing.
// Stable across runs on little-endian machines (the compiled-cache format records it).
// Inline: it runs once per token (Lexicon::Find).
namespace hash_short {
inline uint64_t Start(size_t len) { return 0x9E3779B97F4A7C15ULL ^ (len * 0xC2B2AE3D27D4EB4FULL); }
inline uint64_t Mix(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 32);
}
inline uint64_t Finish(uint64_t h) {
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}
}  // namespace hash_short

inline uint64_t HashShort(std::string_view s) {
  uint64_t h = hash_short::Start(s.size());
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = hash_short::Mix(h, w);
  }
  if (i < s.size()) h = hash_short::Mix(h, LoadTail(s.data() + i, s.size() - i));
  return hash_short::Finish(h);
}

// HashShort(string_view(p, len)) when p[len] up to the next multiple of 8 are zero bytes (a
// padded buffer): whole 8-byte chunks, no tail. Sets *first to the first chunk (0 when len is 0).
inline uint64_t HashShortPadded(const char* p, size_t len, uint64_t* first) {
  uint64_t h = hash_short::Start(len);
  if (len == 0) {
    *first = 0;
    return hash_short::Finish(h);
  }
  std::memcpy(first, p, 8);
  h = hash_short::Mix(h, *first);
  for (size_t i = 8; i < len; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = hash_short::Mix(h, w);
  }
  return hash_short::Finish(h);
}

// Calls fn(line_number, line) for every line of `content` (1-based numbers, a trailing '\r'
// removed). When fn returns a bool, false stops the walk.
template <typename Fn>
void ForEachLine(std::string_view content, Fn&& fn) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if constexpr (std::is_void_v<decltype(fn(line_no, line))>) {
      fn(line_no, line);
    } else {
      if (!fn(line_no, line)) break;
    }
  }
}

}  // namespace entente::base
