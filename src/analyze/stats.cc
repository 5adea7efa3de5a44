#include "analyze/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente::analyze {

double LogBinomialUpperTail(int64_t n, int64_t k, double p) {
  if (k <= 0) return 0;
  if (k > n) return -std::numeric_limits<double>::infinity();
  if (p <= 0) return -std::numeric_limits<double>::infinity();
  if (p >= 1) return 0;
  const double lp = std::log(p), lq = std::log1p(-p);
  const double dn = static_cast<double>(n);
  // Term j: log C(n, j) + j log p + (n - j) log q. Successive terms differ by
  // log((n - j) / (j + 1)) + log(p / q); the terms are unimodal in j, so once past the largest
  // one, terms 40 nats below it (e^-40 ~ 4e-18 relative) cannot change the sum and we stop.
  double term = std::lgamma(dn + 1) - std::lgamma(static_cast<double>(k) + 1) -
                std::lgamma(static_cast<double>(n - k) + 1) + static_cast<double>(k) * lp +
                static_cast<double>(n - k) * lq;
  double max_term = term, sum = 1;  // sum of exp(term - max_term)
  for (int64_t j = k; j < n; ++j) {
    term += std::log(static_cast<double>(n - j) / static_cast<double>(j + 1)) + lp - lq;
    if (term > max_term) {
      sum = sum * std::exp(max_term - term) + 1;
      max_term = term;
    } else {
      sum += std::exp(term - max_term);
      if (term < max_term - 40) break;
    }
  }
  return std::min(0.0, max_term + std::log(sum));
}

RateChange CompareRates(int64_t x1, double t1, int64_t x2, double t2) {
  RateChange r;
  const double inf = std::numeric_limits<double>::infinity();
  if (x1 == 0) r.ratio = 0;
  else if (x2 == 0) r.ratio = inf;
  else r.ratio = (static_cast<double>(x1) / t1) / (static_cast<double>(x2) / t2);
  const double p0 = t1 / (t1 + t2);
  r.p = std::exp(LogBinomialUpperTail(x1 + x2, x1, p0));
  // Haldane's correction: 0.5 added to both counts keeps the interval finite for zero counts and
  // wide for small ones, so 1 vs 0 never looks like a solid rise.
  const double a = static_cast<double>(x1) + 0.5, b = static_cast<double>(x2) + 0.5;
  const double log_ratio = std::log(a / t1) - std::log(b / t2);
  const double half = 1.959963984540054 * std::sqrt(1 / a + 1 / b);
  r.log_lo = log_ratio - half;
  r.log_hi = log_ratio + half;
  if (r.log_lo > 0 && x1 >= 3) r.score = r.log_lo;
  else if (r.log_hi < 0 && x2 >= 3) r.score = r.log_hi;
  return r;
}

std::vector<double> BenjaminiHochberg(const std::vector<double>& p) {
  const size_t m = p.size();
  std::vector<size_t> order(m);
  for (size_t i = 0; i < m; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
  std::vector<double> q(m, 1.0);
  double running = 1.0;
  for (size_t r = m; r-- > 0;) {
    const double v = p[order[r]] * static_cast<double>(m) / static_cast<double>(r + 1);
    running = std::min(running, v);
    q[order[r]] = running;
  }
  return q;
}

}  // namespace entente::analyze
