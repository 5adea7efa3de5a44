#include "io/output.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/date.h"
#include "base/numbers.h"
#include "base/strings.h"
#include "io/input.h"
#include "text/utf8.h"

namespace entente::io {

namespace {

// "00" "01" ... "99": the two decimal digits of each number below 100.
constexpr auto kDigitPairsTable = [] {
  std::array<char, 200> t{};
  for (int i = 0; i < 100; ++i) {
    t[2 * i] = static_cast<char>('0' + i / 10);
    t[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return t;
}();
constexpr const char* kDigitPairs = kDigitPairsTable.data();

// Writes u (below 10^8) in decimal at p, returns the end; p must have room for 8 bytes. Byte
// offsets (evidence start and end) and other counts: two digits at a time from the table, right
// to left on the stack, then one copy of a fixed size (std::to_chars counts the digits first and
// costs about twice as much).
[[gnu::noinline]] char* UintDigits(char* p, uint32_t u) {
  char buf[16] = {};
  char* const e = buf + 8;
  char* d = e;
  while (u >= 100) {
    d -= 2;
    std::memcpy(d, kDigitPairs + 2 * (u % 100), 2);
    u /= 100;
  }
  if (u >= 10) {
    d -= 2;
    std::memcpy(d, kDigitPairs + 2 * u, 2);
  } else {
    *--d = static_cast<char>('0' + u);
  }
  std::memcpy(p, d, 8);
  return p + (e - d);
}

// The numbers and dates of the JSON writer (Json, Json::Plain): each writes at p and returns the
// end; p must have room for 32 bytes.
[[gnu::always_inline]] inline char* PutInt(char* p, long long v) {
  // Numbers below 100 (quad classes, most sentence indices) from the digit table.
  if (v >= 0 && v < 100) {
    if (v < 10) {
      *p = static_cast<char>('0' + v);
      return p + 1;
    }
    std::memcpy(p, kDigitPairs + 2 * v, 2);
    return p + 2;
  }
  if (v >= 0 && v < 100000000) return UintDigits(p, static_cast<uint32_t>(v));
  return std::to_chars(p, p + 24, v).ptr;
}

char* PutDouble(char* p, double v) {
  // Whole numbers below 10^4 (most Goldstein scores) have the integer as their shortest form
  // (an exponent form takes at least 5 characters): write them as integers, which is cheaper.
  if (std::abs(v) < 1e4 && static_cast<double>(static_cast<int>(v)) == v && !(v == 0 && std::signbit(v))) {
    return PutInt(p, static_cast<int>(v));
  }
  // The others (coordinates, the other Goldstein scores) repeat from event to event: the text
  // of each is kept in a small per-thread table by its bits, and a value found there is copied
  // (the same 32 bytes base::ToCharsShortest would write at p, of which the text is the first
  // len). (p has 32 bytes of room, as ToCharsShortest's fast path requires.)
  struct Memo {
    uint64_t bits[256];
    uint8_t len[256];  // 0: an empty entry (a text has at least one character)
    char text[256][32];
  };
  static thread_local Memo memo{};
  const uint64_t bits = std::bit_cast<uint64_t>(v);
  const size_t at = static_cast<size_t>(((bits ^ (bits >> 29)) * 0x9E3779B97F4A7C15ULL) >> 56);
  if (memo.len[at] == 0 || memo.bits[at] != bits) {
    char* const end = base::ToCharsShortest(memo.text[at], memo.text[at] + 32, v);  // shortest round-trip form, as std::to_chars
    memo.bits[at] = bits;
    memo.len[at] = static_cast<uint8_t>(end - memo.text[at]);
  }
  std::memcpy(p, memo.text[at], 32);
  return p + memo.len[at];
}

// A date as "YYYY-MM-DD" (with its quotes).
inline char* PutDate(char* b, const entente::Date& d) {
  b[0] = '"', b[5] = '-', b[8] = '-', b[11] = '"';
  if (d.year >= 0 && d.year <= 9999 && d.month >= 0 && d.month <= 99 && d.day >= 0 && d.day <= 99) {
    // Two digits at a time from a table (every real date).
    std::memcpy(b + 1, kDigitPairs + 2 * (d.year / 100), 2);
    std::memcpy(b + 3, kDigitPairs + 2 * (d.year % 100), 2);
    std::memcpy(b + 6, kDigitPairs + 2 * d.month, 2);
    std::memcpy(b + 9, kDigitPairs + 2 * d.day, 2);
  } else {
    auto put = [&](int at, int value, int width) {
      for (int k = width - 1; k >= 0; --k, value /= 10) b[at + k] = static_cast<char>('0' + value % 10);
    };
    put(1, d.year, 4);
    put(6, d.month, 2);
    put(9, d.day, 2);
  }
  return b + 12;
}

// What the JSON writers (Json, Json::Plain) write the same way at their cursor p_: keys and
// punctuation, null, numbers, dates; W (the writer) adds String.
template <class W>
class JsonFields {
 public:
  // Appends JSON punctuation and keys as they are: our own ASCII text ("{\"date\":", ",\"code\":",
  // "}"), a literal, so the copy has a length known when compiling.
  template <size_t N>
  [[gnu::always_inline]] W& Raw(const char (&text)[N]) {
    std::memcpy(p_, text, N - 1);
    p_ += N - 1;
    return self();
  }
  // (Inline as String is: an out-of-line call cost as much as the short strings it writes.)
  [[gnu::always_inline]] W& StringOrNull(std::string_view v) { return v.empty() ? Null() : self().String(v); }
  W& Null() { return Raw("null"); }
  [[gnu::always_inline]] W& Int(long long v) {
    p_ = PutInt(p_, v);
    return self();
  }
  W& Double(double v) {
    p_ = PutDouble(p_, v);
    return self();
  }
  W& Date(const entente::Date& d) {
    p_ = PutDate(p_, d);
    return self();
  }

 protected:
  explicit JsonFields(char* p) : p_(p) {}
  char* p_;

 private:
  W& self() { return static_cast<W&>(*this); }
};

// A small streaming JSON writer: events are written often, so no DOM is built. It grows the
// output once by an estimate of what it will write (`bound`), writes through a raw cursor
// (growing again only for strings that could overflow it), and the destructor trims the output
// to what was written. The caller writes the punctuation and keys itself (Raw(",\"code\":")):
// an event's fields are fixed, so no state is kept to place the commas.
// kTrusted: the strings are known to be valid UTF-8 (text the coder validated); a template
// parameter, so the fast path does not test it for every string.
template <bool kTrusted>
class Json : public JsonFields<Json<kTrusted>> {
  using JsonFields<Json>::p_;

 public:
  Json(std::string* out, size_t bound) : JsonFields<Json>(nullptr), out_(out) {
    start_ = out->size();
    out->resize(start_ + bound);
    p_ = out->data() + start_;
    end_ = out->data() + out->size();
  }
  ~Json() { out_->resize(static_cast<size_t>(p_ - out_->data())); }
  Json(const Json&) = delete;
  Json& operator=(const Json&) = delete;

  // Inline: most strings are codes, names and ids of up to 32 bytes with nothing to escape; the
  // rest (and untrusted text) goes to StringSlow.
  [[gnu::always_inline]] Json& String(std::string_view v) {
    const size_t n = v.size();
    if (!kTrusted || n > 32 || static_cast<size_t>(end_ - p_) < 34) return StringSlow(v);
    // (A local cursor: a store through char* may alias p_, which would then be reloaded.)
    char* p = p_;
    *p++ = '"';
    if (n < 8) {
      const uint64_t w = base::LoadTail(v.data(), n);
      if (SpecialIn(w, n) != 0) return StringSlow(v);
      std::memcpy(p, &w, 8);
    } else if (n <= 16) {
      // Two words that overlap when n < 16, both copied whole.
      uint64_t w1, w2;
      std::memcpy(&w1, v.data(), 8);
      std::memcpy(&w2, v.data() + n - 8, 8);
      if (SpecialIn2(w1, w2) != 0) return StringSlow(v);
      std::memcpy(p, &w1, 8);
      std::memcpy(p + n - 8, &w2, 8);
    } else if (!CopyIfPlain17To32(v.data(), n, p)) {
      return StringSlow(v);
    }
    p += n;
    *p++ = '"';
    p_ = p;
    return *this;
  }
  __attribute__((noinline)) Json& StringSlow(std::string_view v) {
    // Text from documents is validated UTF-8; anything else (library callers) has its invalid
    // bytes replaced by U+FFFD so the output always parses.
    if (!kTrusted && text::FindInvalidUtf8(v) != std::string_view::npos) {
      std::string fixed;
      while (!v.empty()) {
        const size_t bad = text::FindInvalidUtf8(v);
        if (bad == std::string_view::npos) {
          fixed.append(v);
          break;
        }
        fixed.append(v.substr(0, bad));
        fixed.append("\xEF\xBF\xBD");
        v.remove_prefix(bad + 1);
      }
      return String(fixed);
    }
    Ensure(v.size() + 8);  // the common case: nothing to escape
    if (v.size() >= 16 && CopyIfPlainLong(v.data(), v.size(), p_ + 1)) {
      p_[0] = '"';
      p_[v.size() + 1] = '"';
      p_ += v.size() + 2;
      return *this;
    }
    // A local cursor: stores through char* may alias the member, which would make the compiler
    // reload and store p_ around every byte written.
    char* p = p_;
    *p++ = '"';
    const char* s = v.data();
    const char* const end = s + v.size();
    bool escaped = false;  // whether an escape has made the output longer than the input
    while (s < end) {
#if defined(__SSE2__)
      if (end - s >= 16) {
        // 16 bytes at a time, the same way (an exact mask, one bit per byte).
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p), x);
        const unsigned special = SpecialBytes16(x);
        if (special == 0) {
          s += 16;
          p += 16;
          continue;
        }
        const int plain = std::countr_zero(special);
        s += plain;
        p += plain;
      } else if (!escaped && v.size() >= 16 &&
                 (SpecialBytes16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16))) >>
                  (16 - (end - s))) == 0) {
        // The tail of a long string with nothing escaped so far (the output still lines up
        // with the input): the last 16 bytes again, overlapping what was copied.
        const size_t back = 16 - static_cast<size_t>(end - s);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p - back),
                         _mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16)));
        p += end - s;
        s = end;
        continue;
      } else
#endif
      if (end - s >= 8) {
        // 8 bytes at a time: copy the word, then keep the bytes before the first one that needs
        // escaping (the whole word fits: at least as many input bytes remain to be written).
        uint64_t w;
        std::memcpy(&w, s, 8);
        std::memcpy(p, &w, 8);
        const uint64_t special = SpecialBytes(w);
        if (special == 0) {
          s += 8;
          p += 8;
          continue;
        }
        const int plain = std::countr_zero(special) / 8;
        s += plain;
        p += plain;
      } else if (!NeedsEscape(static_cast<unsigned char>(*s))) {
        *p++ = *s++;
        continue;
      }
      const unsigned char c = static_cast<unsigned char>(*s++);
      escaped = true;
      p_ = p;
      Ensure(6 * static_cast<size_t>(end - s) + 14);  // escapes can take up to 6 bytes each
      p = p_;
      *p++ = '\\';
      switch (c) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default: {
          static const char kHex[] = "0123456789abcdef";
          const char u[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          std::memcpy(p, u, 5);
          p += 5;
        }
      }
    }
    *p++ = '"';
    p_ = p;
    return *this;
  }

  // A run of fields written through a local cursor (kept in a register: no load and store of
  // the member cursor around each field) with one test at the end instead of one per field.
  // Its strings must need no escaping; when one does, TryPlain keeps nothing and returns false,
  // and the caller writes the fields again the general way. (A string of n bytes takes at most
  // max(n, 8) + 2 bytes of room: short ones are copied as whole 8-byte words.)
  class Plain : public JsonFields<Plain> {
    using JsonFields<Plain>::p_;

   public:
    explicit Plain(char* p) : JsonFields<Plain>(p) {}
    [[gnu::always_inline]] Plain& String(std::string_view v) {
      const size_t n = v.size();
      *p_ = '"';
      char* const q = p_ + 1;
      if (n < 8) {
        const uint64_t w = base::LoadTail(v.data(), n);
        bad_ |= SpecialIn(w, n);
        std::memcpy(q, &w, 8);
      } else if (n <= 16) {
        uint64_t w1, w2;
        std::memcpy(&w1, v.data(), 8);
        std::memcpy(&w2, v.data() + n - 8, 8);
        bad_ |= SpecialIn2(w1, w2);
        std::memcpy(q, &w1, 8);
        std::memcpy(q + n - 8, &w2, 8);
      } else if (n <= 32 ? !CopyIfPlain17To32(v.data(), n, q) : !CopyIfPlainLong(v.data(), n, q)) {
        bad_ = 1;
        return *this;
      }
      q[n] = '"';
      p_ = q + n + 1;
      return *this;
    }

   private:
    friend class Json;
    uint64_t bad_ = 0;  // nonzero once a string needs the general way
  };
  // Runs write(Plain&) when `most` bytes (the fields' keys, 34 per string and 16 more) fit;
  // keeps what it wrote unless a string needs the general way. Returns whether it kept it.
  template <class F>
  [[gnu::always_inline]] bool TryPlain(size_t most, F&& write) {
    if (!kTrusted || static_cast<size_t>(end_ - p_) < most) return false;
    Plain w(p_);
    write(w);
    if (w.bad_ != 0) return false;
    p_ = w.p_;
    return true;
  }

 private:
  static bool NeedsEscape(unsigned char c) {
    // A table: one load instead of three comparisons per byte of the short strings (codes).
    static constexpr auto kTable = [] {
      std::array<bool, 256> t{};
      for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\';
      return t;
    }();
    return kTable[c];
  }
  // A word with the high bit set in each byte that is a control character, '"' or '\\', and
  // possibly in bytes after such a byte (borrows), never before it: the lowest set bit marks the
  // first byte that needs escaping (SWAR test, little-endian).
  static uint64_t SpecialBytes(uint64_t w) {
    static_assert(std::endian::native == std::endian::little);
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const uint64_t ctrl = (w - kOnes * 0x20) & ~w & kHigh;
    const uint64_t q = w ^ (kOnes * '"'), b = w ^ (kOnes * '\\');
    return ctrl | ((q - kOnes) & ~q & kHigh) | ((b - kOnes) & ~b & kHigh);
  }
  // Nonzero when one of the first n bytes of w (n <= 8) needs escaping; when one of w1, w2 does.
  // (With SSE2 as one 16-byte test: fewer instructions than the word tests, whose constants
  // take an instruction each.)
  static uint64_t SpecialIn(uint64_t w, size_t n) {
#if defined(__SSE2__)
    return SpecialBytes16(_mm_cvtsi64_si128(static_cast<long long>(w))) & ((1u << n) - 1);
#else
    return SpecialBytes(w) & base::LowBytesMask(n);
#endif
  }
  static uint64_t SpecialIn2(uint64_t w1, uint64_t w2) {
#if defined(__SSE2__)
    return SpecialBytes16(_mm_set_epi64x(static_cast<long long>(w2), static_cast<long long>(w1)));
#else
    return SpecialBytes(w1) | SpecialBytes(w2);
#endif
  }
  // Copies v[0, n), 17 <= n <= 32, to p (writing 32 bytes) unless it needs escaping; returns
  // whether it did. Two 16-byte blocks that overlap when n < 32 (four words without SSE2).
  static bool CopyIfPlain17To32(const char* v, size_t n, char* p) {
#if defined(__SSE2__)
    const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v));
    const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + n - 16));
    if ((SpecialBytes16(head) | SpecialBytes16(tail)) != 0) return false;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), head);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + n - 16), tail);
#else
    uint64_t w[4];
    std::memcpy(&w[0], v, 16);
    std::memcpy(&w[2], v + n - 16, 16);
    if ((SpecialBytes(w[0]) | SpecialBytes(w[1]) | SpecialBytes(w[2]) | SpecialBytes(w[3])) != 0) return false;
    std::memcpy(p, &w[0], 16);
    std::memcpy(p + n - 16, &w[2], 16);
#endif
    return true;
  }
  // Copies v[0, n), n >= 16, to p (writing exactly n bytes) unless it needs escaping; returns
  // whether it did (after a `false`, p[0, n) holds a partial copy to be written over). Most long
  // strings (sentences, rules) need none: 32 bytes per block with one test, then the last 1-31
  // bytes as the last 16 (or 32) bytes of v again, overlapping what was copied.
  static bool CopyIfPlainLong(const char* v, size_t n, char* p) {
#if !defined(__SSE2__)
    for (size_t i = 0; i < n; ++i) {
      if (NeedsEscape(static_cast<unsigned char>(v[i]))) return false;
      p[i] = v[i];
    }
    return true;
#else
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
      const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i));
      const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + i + 16));
      if ((SpecialBytes16(x0) | SpecialBytes16(x1)) != 0) return false;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i), x0);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i + 16), x1);
    }
    if (i == n) return true;
    // The tail: v[i, n), 1-31 bytes, inside v[n - 32, n) (n >= 32 here) or v[0, 16).
    const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + (n - i > 16 ? i : n - 16)));
    const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + n - 16));
    if ((SpecialBytes16(head) | SpecialBytes16(tail)) != 0) return false;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + (n - i > 16 ? i : n - 16)), head);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + n - 16), tail);
    return true;
#endif
  }
#if defined(__SSE2__)
  // One bit per byte of `x` that is a control character, '"' or '\\' (bit i for byte i).
  static unsigned SpecialBytes16(__m128i x) {
    const __m128i ctrl = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);  // x <= 0x1F
    const __m128i quote = _mm_cmpeq_epi8(x, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ctrl, _mm_or_si128(quote, backslash))));
  }
#endif
  // Makes room for `n` more bytes (rarely needed: the initial bound usually suffices).
  void Ensure(size_t n) {
    if (static_cast<size_t>(end_ - p_) >= n) return;
    const size_t used = static_cast<size_t>(p_ - out_->data());
    out_->resize(used + n + 1024 + out_->size() / 2);  // 1024: the keys and numbers that follow
    p_ = out_->data() + used;
    end_ = out_->data() + out_->size();
  }

  std::string* out_;
  size_t start_ = 0;
  char* end_ = nullptr;
};

// An estimate of the JSON text for an event (see Json); keys and numbers fit in the constant.
size_t Bound(const Event& e, const Document* doc, std::string_view event_id) {
  size_t n = e.doc_id.size() + e.cameo.size() + e.plover.size() + event_id.size() +
             e.evidence.sentence_text.size() + e.evidence.verb_text.size() + e.evidence.rule.size() +
             e.source.text.size() + e.source.code.size() + e.source.country.size() + e.source.sector.size();
  if (e.target) n += e.target->text.size() + e.target->code.size() + e.target->country.size() + e.target->sector.size();
  if (e.location) n += e.location->name.size() + e.location->country.size();
  if (doc) n += doc->source.size() + doc->url.size();
  for (const auto& [code, count] : e.issues) n += code.size() + 12;
  return n + n / 4 + 640;  // strings rarely need escaping; Json::Ensure grows when they do
}

// PETRARCH2's issues field: "CODE,count;CODE,count" ("" when none).
std::string IssuesText(const std::vector<std::pair<std::string, int>>& issues) {
  std::string out;
  for (const auto& [code, count] : issues) {
    if (!out.empty()) out += ';';
    out += code;
    out += ',';
    out += std::to_string(count);
  }
  return out;
}

template <class J>
void ActorJson(J& j, const Actor& a) {
  const auto write = [&a](auto& w) {
    w.Raw("{\"text\":").String(a.text).Raw(",\"code\":").String(a.code).Raw(",\"country\":").String(a.country)
        .Raw(",\"sector\":").String(a.sector).Raw("}");
  };
  // Most actors: short codes and names with nothing to escape, written in one run.
  if (!j.TryPlain(48 + 4 * 34 + 16, write)) write(j);
}

template <class J>
void LocationJson(J& j, const Location& l) {
  j.Raw("{\"name\":").String(l.name).Raw(",\"country\":").String(l.country).Raw(",\"lat\":").Double(l.lat)
      .Raw(",\"lon\":").Double(l.lon).Raw("}");
}

[[gnu::noinline]] void ReplaceTsvSpecialsSlow(char* p, size_t n) {
  std::replace_if(p, p + n, [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
}

// Turns the tabs and line breaks of p[0, n) into spaces (so a TSV field stays one field).
// Inline: it runs for every field of every row.
[[gnu::always_inline]] inline void ReplaceTsvSpecials(char* p, size_t n) {
  // Fields rarely hold any: look for a byte below 14 (where '\t', '\n' and '\r' are) 8 bytes
  // at a time first (SWAR: the high bit of a byte is set where it is below 14; bytes after
  // one may be flagged too, never bytes before it).
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const auto below14 = [](uint64_t w) { return (w - kOnes * 14) & ~w & kHigh; };
  bool any = false;
  size_t i = 0;
  for (; i + 8 <= n && !any; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    any = below14(w) != 0;
  }
  if (!any && i < n) {
    // The tail, its missing bytes filled with spaces (LoadTail zero-fills them).
    any = below14(base::LoadTail(p + i, n - i) | (~base::LowBytesMask(n - i) & (kOnes * ' '))) != 0;
  }
  if (any) ReplaceTsvSpecialsSlow(p, n);
}

// Whether `a` and `b` are the same TSV field once their tabs and line breaks are spaces.
inline bool SameTsvField(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i] && !(blank(a[i]) && blank(b[i]))) return false;
  }
  return true;
}

// Appends a TSV field: `s` with tabs and line breaks turned into spaces.
void AppendTsv(std::string* out, std::string_view s) {
  const size_t at = out->size();
  out->append(s);
  ReplaceTsvSpecials(out->data() + at, s.size());
}

void AppendInt(std::string* out, long long v) {
  char buf[24];
  out->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// `v` in at least `width` characters, zero-padded, as by printf's "%0*d".
void AppendDigits(std::string* out, long long v, int width) {
  if (v < 0) {
    *out += '-';
    v = -v;
    --width;
  }
  char buf[24];
  char* end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  if (end - buf < width) out->append(static_cast<size_t>(width - (end - buf)), '0');
  out->append(buf, end);
}

// `v` as by printf's "%.4f", cut to 31 characters as the 32-byte buffer this format was first
// written with did (no real coordinate or score comes near that).
void AppendFixed4(std::string* out, double v) {
  char buf[400];  // the longest double in fixed notation with 4 decimals fits
  const char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4).ptr;
  out->append(buf, std::min<size_t>(static_cast<size_t>(end - buf), 31));
}

// One event as a JSON Lines record.
template <bool kTrusted>
void JsonlEvent(const Event& e, const Document* doc, std::string_view event_id, std::string* out) {
  Json<kTrusted> j(out, Bound(e, doc, event_id));
  // Runs of fields with short strings are tried as Json::Plain runs first (the room asked is
  // the keys', 34 per string, 32 per number or date, and 16 more).
  const auto head = [&](auto& w) {
    w.Raw("{\"event_id\":").String(event_id).Raw(",\"doc_id\":").String(e.doc_id);
    w.Raw(",\"sentence\":").Int(e.sentence).Raw(",\"date\":").Date(e.date);
    w.Raw(",\"end_date\":");
    if (e.end_date) w.Date(*e.end_date); else w.Null();
    w.Raw(",\"source\":");
  };
  if (!j.TryPlain(64 + 2 * 34 + 3 * 32 + 16, head)) head(j);
  ActorJson(j, e.source);
  j.Raw(",\"target\":");
  if (e.target) ActorJson(j, *e.target); else j.Null();
  const auto middle = [&](auto& w) {
    w.Raw(",\"cameo\":").String(e.cameo).Raw(",\"plover\":").StringOrNull(e.plover);
    w.Raw(",\"quad_class\":").Int(e.quad_class).Raw(",\"goldstein\":").Double(e.goldstein);
    w.Raw(",\"location\":");
  };
  if (!j.TryPlain(64 + 2 * 34 + 2 * 32 + 16, middle)) middle(j);
  if (e.location) LocationJson(j, *e.location); else j.Null();
  // The evidence: its long strings copied 32 bytes per test when nothing needs escaping.
  const Evidence& ev = e.evidence;
  const auto evidence = [&ev](auto& w) {
    w.Raw(",\"evidence\":{\"sentence_text\":").String(ev.sentence_text);
    w.Raw(",\"verb_text\":").String(ev.verb_text).Raw(",\"rule\":").String(ev.rule);
    w.Raw(",\"start\":").Int(ev.start).Raw(",\"end\":").Int(ev.end).Raw("}");
  };
  if (!j.TryPlain(ev.sentence_text.size() + ev.verb_text.size() + ev.rule.size() + 80 + 3 * 10 + 2 * 32 + 16,
                  evidence)) {
    evidence(j);
  }
  if (!e.issues.empty()) j.Raw(",\"issues\":").String(IssuesText(e.issues));
  if (doc) {
    j.Raw(",\"doc_source\":").StringOrNull(doc->source).Raw(",\"url\":").StringOrNull(doc->url);
  }
  j.Raw("}\n");
}

// A PLOVER record (the caller skips events without a PLOVER type).
template <bool kTrusted>
void PloverEvent(const Event& e, const Document* doc, std::string_view event_id, std::string* out) {
  Json<kTrusted> j(out, Bound(e, doc, event_id));
  j.Raw("{\"id\":").String(event_id).Raw(",\"date\":").Date(e.date);
  j.Raw(",\"event_type\":").String(e.plover).Raw(",\"mode\":\"\",\"context\":\"\"");
  j.Raw(",\"actor\":").String(e.source.text).Raw(",\"actor_country\":").String(e.source.country);
  j.Raw(",\"actor_role\":").String(e.source.sector).Raw(",\"actor_code\":").String(e.source.code);
  const Actor empty;
  const Actor& t = e.target ? *e.target : empty;
  j.Raw(",\"recipient\":").String(t.text).Raw(",\"recipient_country\":").String(t.country);
  j.Raw(",\"recipient_role\":").String(t.sector).Raw(",\"recipient_code\":").String(t.code);
  j.Raw(",\"location\":[");
  if (e.location) LocationJson(j, *e.location);
  j.Raw("]");
  j.Raw(",\"cameo\":").String(e.cameo).Raw(",\"goldstein\":").Double(e.goldstein);
  j.Raw(",\"doc_id\":").String(e.doc_id).Raw(",\"sentence\":").Int(e.sentence);
  j.Raw(",\"text\":").String(e.evidence.sentence_text).Raw("}\n");
}

}  // namespace

std::string FormatHeader(OutputFormat format) {
  if (format != OutputFormat::kTsv) return "";
  return "event_id\tdate\tyear\tmonth\tday\tsource_full\tsource_entity\tsource_role\t"
         "source_attribute\ttarget_full\ttarget_entity\ttarget_role\ttarget_attribute\tevent_code\t"
         "event_root\tquad_class\tgoldstein\tissues\tlat\tlon\tlocation_name\tstate_name\t"
         "country_code\tsentence_id\turls\tnews_sources\n";
}

void FormatEvent(const Event& e, const Document* doc, OutputFormat format,
                 std::string_view event_id, std::string* out, bool trusted_utf8) {
  switch (format) {
    case OutputFormat::kJsonl:
      if (trusted_utf8) JsonlEvent<true>(e, doc, event_id, out); else JsonlEvent<false>(e, doc, event_id, out);
      return;
    case OutputFormat::kTsv: {
      const Actor empty;
      const Actor& t = e.target ? *e.target : empty;
      AppendTsv(out, event_id);
      *out += '\t';
      AppendDigits(out, e.date.year, 4);
      AppendDigits(out, e.date.month, 2);
      AppendDigits(out, e.date.day, 2);
      *out += '\t';
      AppendInt(out, e.date.year);
      *out += '\t';
      AppendInt(out, e.date.month);
      *out += '\t';
      AppendInt(out, e.date.day);
      *out += '\t';
      for (const Actor* a : {&e.source, &t}) {
        AppendTsv(out, a->code);
        *out += '\t';
        *out += a->country;
        *out += '\t';
        *out += a->sector;
        *out += "\t\t";
      }
      *out += e.cameo;
      *out += '\t';
      *out += std::string_view(e.cameo).substr(0, 2);
      *out += '\t';
      AppendInt(out, e.quad_class);
      *out += '\t';
      AppendFixed4(out, e.goldstein);
      *out += '\t';
      AppendTsv(out, IssuesText(e.issues));
      *out += '\t';
      if (e.location) {
        AppendFixed4(out, e.location->lat);
        *out += '\t';
        AppendFixed4(out, e.location->lon);
        *out += '\t';
        AppendTsv(out, e.location->name);
        *out += "\t\t";
        *out += e.location->country;
        *out += '\t';
      } else {
        *out += "\t\t\t\t\t";
      }
      AppendTsv(out, e.doc_id);
      *out += '_';
      AppendInt(out, e.sentence);
      *out += '\t';
      if (doc) AppendTsv(out, doc->url);
      *out += '\t';
      if (doc) AppendTsv(out, doc->source);
      *out += '\n';
      return;
    }
    case OutputFormat::kPetrarchTsv:
      FormatPetrarchEvents({e}, doc ? *doc : Document{e.doc_id, "", e.date, "", ""}, nullptr, out);
      return;
    case OutputFormat::kPlover:
      if (e.plover.empty()) return;
      if (trusted_utf8) PloverEvent<true>(e, doc, event_id, out); else PloverEvent<false>(e, doc, event_id, out);
      return;
  }
}

// PETRARCH2's event file (docs/FORMATS.md): PETRARCH2 keeps one row per distinct (story date,
// source, target, code) in a story and lists the sentences that gave it.
void FormatPetrarchEvents(const std::vector<Event>& events, const Document& doc,
                          const std::vector<SentenceSpan>* spans, std::string* out) {
  struct Row {
    // The row's key as its first event gives it ("---" for no actor): written (with tabs and
    // line breaks as spaces) only once the rows are known.
    std::string_view source, target, code;
    std::string ids;                // the row's distinct sentence ids, joined by ';'
    std::vector<uint32_t> id_ends;  // where each id ends in `ids` (an id may hold a ';')
    std::vector<std::pair<std::string, int>> issues;  // summed over the row's sentences
    bool HasId(std::string_view id) const {
      for (size_t k = 0, begin = 0; k < id_ends.size(); begin = id_ends[k++] + 1) {
        if (std::string_view(ids).substr(begin, id_ends[k] - begin) == id) return true;
      }
      return false;
    }
  };
  // This runs once per document: the rows (and their strings) are kept from call to call and
  // reused, so a document allocates nothing once the thread has seen a few.
  thread_local std::vector<Row> rows;
  thread_local std::string id;
  size_t n_rows = 0;
  for (const Event& e : events) {
    id.clear();
    if (spans && !spans->empty()) {
      // The last span starting at or before the sentence.
      auto it = std::upper_bound(spans->begin(), spans->end(), e.evidence.start,
                                 [](uint32_t at, const SentenceSpan& s) { return at < s.begin; });
      if (it != spans->begin() && e.evidence.start < std::prev(it)->end + 1) id = std::prev(it)->id;
    }
    if (id.empty()) {
      id = doc.id.empty() ? e.doc_id : doc.id;
      char number[24];
      number[0] = '_';
      id.append(number, std::to_chars(number + 1, number + sizeof number, e.sentence).ptr);
    }
    ReplaceTsvSpecials(id.data(), id.size());
    constexpr std::string_view kNone = "---";
    const std::string_view source = e.source.code.empty() ? kNone : std::string_view(e.source.code);
    const std::string_view target = e.target && !e.target->code.empty() ? std::string_view(e.target->code) : kNone;
    Row* row = nullptr;
    for (size_t r = 0; r < n_rows && !row; ++r) {
      if (SameTsvField(rows[r].code, e.cameo) && SameTsvField(rows[r].source, source) &&
          SameTsvField(rows[r].target, target)) {
        row = &rows[r];
      }
    }
    if (!row) {
      if (n_rows == rows.size()) rows.emplace_back();
      row = &rows[n_rows++];
      row->source = source;
      row->target = target;
      row->code = e.cameo;
      row->ids.clear();
      row->id_ends.clear();
      row->issues.clear();
    }
    if (!row->HasId(id)) {
      if (!row->ids.empty()) row->ids += ';';
      row->ids += id;
      row->id_ends.push_back(static_cast<uint32_t>(row->ids.size()));
      for (const auto& [code, count] : e.issues) {  // once per sentence
        auto it = std::find_if(row->issues.begin(), row->issues.end(), [&](const auto& x) { return x.first == code; });
        if (it == row->issues.end()) row->issues.emplace_back(code, count);
        else it->second += count;
      }
    }
  }
  if (n_rows == 0) return;
  // Every row starts with the story's date and ends with its url and source.
  thread_local std::string head, tail;
  head.clear();
  AppendDigits(&head, doc.date.year, 4);
  AppendDigits(&head, doc.date.month, 2);
  AppendDigits(&head, doc.date.day, 2);
  head += '\t';
  tail.clear();
  tail += '\t';
  AppendTsv(&tail, doc.url);
  tail += '\t';
  if (doc.source.empty()) tail += "NULL"; else AppendTsv(&tail, doc.source);
  tail += '\n';
  for (size_t r = 0; r < n_rows; ++r) {
    const Row& row = rows[r];
    const std::string issues = row.issues.empty() ? std::string() : IssuesText(row.issues);
    // One resize for the whole row, then plain copies (appending piece by piece costs more).
    const size_t at = out->size();
    out->resize(at + head.size() + row.source.size() + row.target.size() + row.code.size() +
                issues.size() + row.ids.size() + tail.size() + 4);
    char* p = out->data() + at;
    const auto put = [&p](std::string_view s) {
      std::memcpy(p, s.data(), s.size());
      p += s.size();
    };
    const auto put_field = [&p](std::string_view s) {
      std::memcpy(p, s.data(), s.size());
      ReplaceTsvSpecials(p, s.size());
      p += s.size();
      *p++ = '\t';
    };
    put(head);
    put_field(row.source);
    put_field(row.target);
    put_field(row.code);
    put_field(issues);
    put(row.ids);
    put(tail);
  }
}

}  // namespace entente::io
