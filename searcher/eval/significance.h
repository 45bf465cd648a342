// Paired significance tests on per-topic differences (run minus baseline) and the Holm
// correction for comparing several runs with one baseline.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace news::eval {

struct RandomizationResult {
  double p = 1;
  bool exact = false;  // every sign pattern was tried, rather than a random sample of them
  std::size_t patterns = 0;
};

// Two-sided paired randomization (permutation) test: if the two systems were interchangeable,
// every topic's difference would be as likely to have either sign. p is the share of sign
// patterns whose mean difference is at least as far from 0 as the observed one. With 2^n
// patterns (n nonzero differences) no more than `permutations`, all are tried and p is exact;
// otherwise `permutations` random patterns are drawn from a std::mt19937_64 seeded with `seed`
// (the same on every machine) and p = (hits + 1) / (permutations + 1), counting the observed one.
RandomizationResult randomization_test(const std::vector<double>& diffs,
                                       std::size_t permutations, std::uint64_t seed);

struct TTestResult {
  double t = 0;
  double p = 1;  // two-sided; NaN with fewer than two topics
};

// Paired t-test of mean(diffs) = 0 with n - 1 degrees of freedom.
TTestResult paired_t_test(const std::vector<double>& diffs);

// Holm's step-down adjustment of a family of p-values (NaN ones are left out of the family and
// stay NaN): the k-th smallest becomes max over j <= k of min(1, (m - j + 1) p_(j)).
std::vector<double> holm_adjust(const std::vector<double>& p_values);

}  // namespace news::eval
