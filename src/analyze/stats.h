// analyze/stats.h — the statistics behind `entente trends` (formulas: docs/ANALYSIS.md).
//
// Two Poisson counts x1 (recent window, t1 days) and x2 (baseline window, t2 days) are compared
// with the conditional binomial test: given n = x1 + x2, x1 ~ Binomial(n, p0) with
// p0 = t1 / (t1 + t2) when the rates are equal. All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <vector>

namespace entente::analyze {

// log P(X >= k) for X ~ Binomial(n, p), exact up to double rounding (summed in log space, so
// tails far below 1e-308 are still ordered correctly). 0 when k <= 0; -infinity when k > n.
double LogBinomialUpperTail(int64_t n, int64_t k, double p);

// The outcome of comparing a recent rate with a baseline rate.
struct RateChange {
  double ratio = 0;     // (x1 / t1) / (x2 / t2); +infinity when x2 == 0 < x1; 0 when x1 == 0
  double p = 1;         // one-sided p-value for an increase: P(X >= x1 | n, p0)
  double log_lo = 0;    // 95% interval of log rate ratio with 0.5 added to each count
  double log_hi = 0;
  double score = 0;     // log_lo when > 0 (and x1 >= 3), log_hi when < 0 (and x2 >= 3), else 0
};

// Compares x1 events in t1 days with x2 events in t2 days (t1, t2 > 0).
RateChange CompareRates(int64_t x1, double t1, int64_t x2, double t2);

// Benjamini-Hochberg q-values, in the order of `p`: q_(i) = min over j >= i of p_(j) * m / j
// (p sorted ascending, ranks from 1), capped at 1. Rejecting every q < alpha keeps the expected
// share of false discoveries among the rejections at or below alpha (independent tests).
std::vector<double> BenjaminiHochberg(const std::vector<double>& p);

}  // namespace entente::analyze
