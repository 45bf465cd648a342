#include "eval/student_t.h"

#include <cmath>
#include <initializer_list>
#include <limits>

namespace news::eval {

namespace {

// The continued fraction of I_x(a, b) (the form that converges for x < (a + 1) / (a + b + 2)),
// evaluated with the modified Lentz method.
double beta_continued_fraction(double x, double a, double b) {
  constexpr double kTiny = 1e-300;
  constexpr double kEpsilon = 1e-15;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  d = 1.0 / (std::fabs(d) < kTiny ? kTiny : d);
  double result = d;
  for (int m = 1; m <= 1000; ++m) {
    // Two steps per m: the even term d_2m and the odd term d_2m+1 of the fraction.
    const double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
    const double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
    for (double term : {even, odd}) {
      d = 1.0 + term * d;
      d = 1.0 / (std::fabs(d) < kTiny ? kTiny : d);
      c = 1.0 + term / c;
      if (std::fabs(c) < kTiny) c = kTiny;
      result *= d * c;
    }
    if (std::fabs(d * c - 1.0) < kEpsilon) break;
  }
  return result;
}

}  // namespace

double regularized_incomplete_beta(double x, double a, double b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double log_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                           a * std::log(x) + b * std::log1p(-x);
  const double front = std::exp(log_front);
  // The fraction converges fast on one side of the mean; the symmetry I_x(a,b) = 1 - I_1-x(b,a)
  // covers the other.
  if (x < (a + 1.0) / (a + b + 2.0)) return front * beta_continued_fraction(x, a, b) / a;
  return 1.0 - front * beta_continued_fraction(1.0 - x, b, a) / b;
}

double student_t_two_sided_p(double t, double df) {
  if (std::isnan(t) || !(df > 0)) return std::numeric_limits<double>::quiet_NaN();
  if (std::isinf(t)) return 0;
  return regularized_incomplete_beta(df / (df + t * t), df / 2.0, 0.5);
}

}  // namespace news::eval
