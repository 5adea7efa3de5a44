#include "base/numbers.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace entente::base {

namespace {

// "00" "01" ... "99": the two decimal digits of each number below 100.
constexpr auto kDigitPairsTable = [] {
  struct Table {
    char c[200];
  } t{};
  for (int i = 0; i < 100; ++i) {
    t.c[2 * i] = static_cast<char>('0' + i / 10);
    t.c[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return t;
}();

}  // namespace

char* ToCharsShortest(char* first, char* last, double v) {
  // Why this equals the shortest round-trip form: for 1e-3 <= |v| < 1e5 the fixed notation is
  // never longer than the exponent one (std::to_chars prefers fixed on ties). A decimal m / 10^k
  // reads back as |v| iff the correctly rounded quotient of the exact doubles m and 10^k is |v|
  // (m < 2^53 and k <= 22, so both are exact). Here |v| * 10^k < 2^50, so the doubles that round
  // to |v| span less than half a unit of m: at most one m per k can round-trip, and it is the
  // integer nearest |v| * 10^k. Candidates that round-trip all lie within ulp(v) < 1e-10 of each
  // other, so the smallest k that has one gives the fewest significant digits, and that
  // candidate's digits are the ones std::to_chars writes (m has no trailing zero when k > 0, or
  // k - 1 would have worked).
  static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
  const double a = v < 0 ? -v : v;
  if (!(a >= 1e-3 && a < 1e5) || last - first < 32) return std::to_chars(first, last, v).ptr;
  for (int k = 0; k <= 10; ++k) {
    const double x = a * kPow10[k];  // < 1e15 < 2^50
    // Only the integer nearest x can be m: x is within 1/16 of |v| * 10^k (half an ulp below
    // 2^50), and a candidate that reads back as |v| within 1/8 of it (half an ulp of v, times
    // 10^k); x + 0.5 is exact, so the cast rounds x to nearest. (Signed: x < 2^50, and x86
    // converts between doubles and signed integers in one instruction each.)
    const int64_t nearest = static_cast<int64_t>(x + 0.5);
    if (static_cast<double>(nearest) / kPow10[k] != a) continue;
    auto m = static_cast<uint64_t>(nearest);  // (unsigned digits take fewer instructions)
    // The digits of m with a decimal point k digits from the right, written backwards on the
    // stack: the k fractional digits first (leading zeros included when m has fewer, as in
    // 0.005), then the point and the integer part ("0" when it is empty). Then one fixed-size
    // copy (the output has room for 32 bytes; the text is at most 24).
    // (buf holds the text before `end` and the 32 bytes the copy may read from d, up to end + 32.)
    char buf[72];
    char* const end = buf + 40;
    char* d = end;
    // (Two digits at a time from a table.)
    const char* const pairs = kDigitPairsTable.c;
    int i = 0;
    for (; i + 2 <= k; i += 2, m /= 100) {
      d -= 2;
      std::memcpy(d, pairs + 2 * (m % 100), 2);
    }
    if (i < k) {
      *--d = static_cast<char>('0' + m % 10);
      m /= 10;
    }
    if (k > 0) *--d = '.';
    for (; m >= 100; m /= 100) {
      d -= 2;
      std::memcpy(d, pairs + 2 * (m % 100), 2);
    }
    if (m >= 10) {
      d -= 2;
      std::memcpy(d, pairs + 2 * m, 2);
    } else {
      *--d = static_cast<char>('0' + m);
    }
    if (v < 0) *--d = '-';
    std::memcpy(first, d, 32);
    return first + (end - d);
  }
  return std::to_chars(first, last, v).ptr;
}

}  // namespace entente::base
