// base/strings.h — small string helpers (ASCII-only case mapping; UTF-8 passes through).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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

// A fast hash for short keys (dictionary words): 8 bytes at a time, multiply-xorshift mixing.
// Stable across runs on little-endian machines (the compiled-cache format records it).
uint64_t HashShort(std::string_view s);

}  // namespace entente::base
