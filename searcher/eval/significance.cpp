#include "eval/significance.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "eval/student_t.h"

namespace news::eval {

namespace {

// Sign patterns whose |sum| equals the observed one up to rounding count as hits: sums of the
// same numbers in another order may differ in the last bits.
struct Hits {
  std::vector<double> d;
  double threshold;

  bool hit(double sum) const { return std::fabs(sum) >= threshold; }
};

Hits nonzero_differences(const std::vector<double>& diffs) {
  Hits h;
  double observed = 0, scale = 0;
  for (double x : diffs) {
    observed += x;
    scale += std::fabs(x);
    if (x != 0) h.d.push_back(x);
  }
  h.threshold = std::fabs(observed) - 1e-9 * scale;
  return h;
}

std::size_t exact_hits(const Hits& h) {
  std::size_t hits = 0;
  const std::uint64_t patterns = std::uint64_t{1} << h.d.size();
  for (std::uint64_t mask = 0; mask < patterns; ++mask) {
    double sum = 0;
    for (std::size_t i = 0; i < h.d.size(); ++i) sum += (mask >> i & 1) ? -h.d[i] : h.d[i];
    if (h.hit(sum)) ++hits;
  }
  return hits;
}

std::size_t sampled_hits(const Hits& h, std::size_t permutations, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::size_t hits = 0;
  for (std::size_t p = 0; p < permutations; ++p) {
    double sum = 0;
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < h.d.size(); ++i) {
      if (i % 64 == 0) bits = random();
      sum += (bits >> (i % 64) & 1) ? -h.d[i] : h.d[i];
    }
    if (h.hit(sum)) ++hits;
  }
  return hits;
}

}  // namespace

RandomizationResult randomization_test(const std::vector<double>& diffs,
                                       std::size_t permutations, std::uint64_t seed) {
  const Hits h = nonzero_differences(diffs);
  RandomizationResult r;
  if (h.d.size() < 63 && (std::uint64_t{1} << h.d.size()) <= permutations) {
    r.exact = true;
    r.patterns = std::size_t{1} << h.d.size();
    r.p = static_cast<double>(exact_hits(h)) / static_cast<double>(r.patterns);
  } else {
    r.patterns = permutations;
    r.p = static_cast<double>(sampled_hits(h, permutations, seed) + 1) /
          static_cast<double>(permutations + 1);
  }
  return r;
}

TTestResult paired_t_test(const std::vector<double>& diffs) {
  TTestResult r;
  const double n = static_cast<double>(diffs.size());
  if (diffs.size() < 2) {
    r.p = std::numeric_limits<double>::quiet_NaN();
    return r;
  }
  const double mean = std::accumulate(diffs.begin(), diffs.end(), 0.0) / n;
  double squares = 0;
  for (double d : diffs) squares += (d - mean) * (d - mean);
  const double standard_error = std::sqrt(squares / (n - 1) / n);
  const auto [low, high] = std::minmax_element(diffs.begin(), diffs.end());
  if (*low == *high || standard_error == 0) {
    // Every topic moved by the same amount: certain, unless that amount is 0.
    r.t = mean == 0 ? 0 : std::copysign(std::numeric_limits<double>::infinity(), mean);
    r.p = mean == 0 ? 1 : 0;
    return r;
  }
  r.t = mean / standard_error;
  r.p = student_t_two_sided_p(r.t, n - 1);
  return r;
}

std::vector<double> holm_adjust(const std::vector<double>& p_values) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < p_values.size(); ++i) {
    if (!std::isnan(p_values[i])) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p_values[a] < p_values[b]; });
  std::vector<double> adjusted = p_values;
  double running = 0;
  const double m = static_cast<double>(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    running = std::max(running, std::min(1.0, (m - static_cast<double>(k)) * p_values[order[k]]));
    adjusted[order[k]] = running;
  }
  return adjusted;
}

}  // namespace news::eval
