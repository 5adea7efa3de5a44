// Unit tests for base/numbers: ToCharsShortest writes exactly what std::to_chars writes, on
// coordinates and scores, random decimals, random bit patterns, neighbours of decimals, the
// edges of the fast range and values outside it.
#include "base/numbers.h"

#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

namespace entente::base {
namespace {

std::string Reference(double v) {
  char buf[64];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

std::string Fast(double v) {
  char buf[64];
  return std::string(buf, ToCharsShortest(buf, buf + sizeof buf, v));
}

void ExpectSame(double v) {
  ASSERT_EQ(Fast(v), Reference(v)) << "bits " << std::hex << std::bit_cast<uint64_t>(v);
  ASSERT_EQ(Fast(-v), Reference(-v));
}

TEST(NumbersTest, KnownValues) {
  EXPECT_EQ(Fast(50.4501), "50.4501");
  EXPECT_EQ(Fast(-71.6125), "-71.6125");
  EXPECT_EQ(Fast(-7.5), "-7.5");
  EXPECT_EQ(Fast(0.001), "0.001");
  EXPECT_EQ(Fast(0.0001), "1e-04");  // outside the fast range: std::to_chars
  EXPECT_EQ(Fast(0.05), "0.05");
  EXPECT_EQ(Fast(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(Fast(1e5), "1e+05");  // outside: the exponent form is shorter
  EXPECT_EQ(Fast(20000.0), "20000");  // a tie: fixed
  EXPECT_EQ(Fast(99999.5), "99999.5");
  EXPECT_EQ(Fast(10.0), "10");
  EXPECT_EQ(Fast(-0.0), "-0");
  EXPECT_EQ(Fast(0.0), "0");
  EXPECT_EQ(Fast(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(Fast(std::nan("")), "nan");
}

TEST(NumbersTest, MatchesToCharsOnDecimals) {
  // Every coordinate-like value with up to 4 decimals in a band, and every Goldstein-like score.
  for (int i = -1800000; i <= 1800000; i += 7) ExpectSame(i / 10000.0);
  for (int i = -100; i <= 100; ++i) ExpectSame(i / 10.0);
  for (int i = 1; i < 100000; ++i) ExpectSame(i);  // whole numbers: fixed or exponent form
  for (int i = 1; i < 100000; ++i) ExpectSame(i / 1000.0);
  std::mt19937_64 rng(42);
  for (int iter = 0; iter < 300000; ++iter) {
    const int k = static_cast<int>(rng() % 12);
    const uint64_t m = rng() % 100000000000ULL;
    double v = static_cast<double>(m) / std::pow(10.0, k);
    ExpectSame(v);
    ExpectSame(std::nextafter(v, 0.0));   // neighbours need (almost) all 17 digits
    ExpectSame(std::nextafter(v, 1e300));
  }
}

TEST(NumbersTest, MatchesToCharsOnRandomBits) {
  std::mt19937_64 rng(5);
  for (int iter = 0; iter < 300000; ++iter) {
    // Exponents around the fast range, then anywhere.
    const uint64_t mantissa = rng() & ((1ULL << 52) - 1);
    const uint64_t exponent = 1023 - 12 + rng() % 32;
    ExpectSame(std::bit_cast<double>((exponent << 52) | mantissa));
    ExpectSame(std::bit_cast<double>(rng()));
  }
}

TEST(NumbersTest, MatchesToCharsAtRangeEdgesAndPowersOfTen) {
  for (double p = 1e-4; p < 1e6; p *= 10) {
    double lo = p, hi = p;
    for (int i = 0; i < 200; ++i) {
      ExpectSame(lo);
      ExpectSame(hi);
      lo = std::nextafter(lo, 0.0);
      hi = std::nextafter(hi, 1e300);
    }
  }
  for (double v : {0.001, 0.0015, 0.00999, 0.0099999, 9.9999, 99999.99999, 99999.9999999999, 12345.6789012}) ExpectSame(v);
}

TEST(NumbersTest, ShortBufferFallsBack) {
  char buf[8];
  char* end = ToCharsShortest(buf, buf + sizeof buf, 12.25);
  EXPECT_EQ(std::string(buf, end), "12.25");
}

}  // namespace
}  // namespace entente::base
