// The Student t distribution, for the paired t-test of --compare.
#pragma once

namespace news::eval {

// The regularized incomplete beta function I_x(a, b), for 0 <= x <= 1 and a, b > 0.
double regularized_incomplete_beta(double x, double a, double b);

// P(|T| >= |t|) for T following Student's t with df degrees of freedom (two-sided p-value).
double student_t_two_sided_p(double t, double df);

}  // namespace news::eval
