#include "eval/comparison.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "eval/significance.h"

namespace news::eval {

namespace {

// Differences this small are rounding, not a change: the topic is a tie.
constexpr double kTie = 1e-12;

double mean_of(const std::vector<double>& values) {
  if (values.empty()) return 0;
  return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

std::vector<MovedTopic> moved_most(const std::vector<double>& base, const std::vector<double>& run,
                                   const std::vector<std::string>& topics, std::size_t count) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < topics.size(); ++i) {
    if (std::fabs(run[i] - base[i]) > kTie) order.push_back(i);
  }
  // Largest change first; ties in topic order, so the list is the same on every machine.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::fabs(run[a] - base[a]) > std::fabs(run[b] - base[b]);
  });
  if (order.size() > count) order.resize(count);
  std::vector<MovedTopic> moved;
  for (std::size_t i : order) moved.push_back({topics[i], base[i], run[i]});
  return moved;
}

RunComparison compare_one(const std::vector<double>& base, const TopicScores& run,
                          std::size_t slot, const std::vector<std::string>& topics,
                          const ComparisonSettings& settings) {
  const std::vector<double>& values = run.by_slot[slot];
  RunComparison c;
  c.file = run.file;
  c.run_id = run.run_id;
  c.mean = mean_of(values);
  const double base_mean = mean_of(base);
  c.diff = c.mean - base_mean;
  c.relative_diff = base_mean != 0 ? c.diff / base_mean : std::numeric_limits<double>::quiet_NaN();
  std::vector<double> diffs(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    diffs[i] = values[i] - base[i];
    if (diffs[i] > kTie) ++c.wins;
    else if (diffs[i] < -kTie) ++c.losses;
    else ++c.ties;
  }
  const RandomizationResult r = randomization_test(diffs, settings.permutations, settings.seed);
  c.p_randomization = r.p;
  c.randomization_exact = r.exact;
  c.sign_patterns = r.patterns;
  const TTestResult t = paired_t_test(diffs);
  c.t = t.t;
  c.p_t = t.p;
  c.moved = moved_most(base, values, topics, settings.moved);
  return c;
}

// Holm's correction over the runs compared with the baseline on one measure value.
void correct(MeasureComparison& m, double alpha) {
  std::vector<double> p_rand, p_t;
  for (const RunComparison& r : m.runs) {
    p_rand.push_back(r.p_randomization);
    p_t.push_back(r.p_t);
  }
  p_rand = holm_adjust(p_rand);
  p_t = holm_adjust(p_t);
  for (std::size_t i = 0; i < m.runs.size(); ++i) {
    m.runs[i].p_randomization_holm = p_rand[i];
    m.runs[i].p_t_holm = p_t[i];
    m.runs[i].significant = p_rand[i] < alpha;
  }
}

}  // namespace

std::vector<MeasureComparison> compare_scores(const TopicScores& baseline,
                                              const std::vector<TopicScores>& runs,
                                              const std::vector<std::string>& slot_names,
                                              const std::vector<std::string>& topics,
                                              const ComparisonSettings& settings) {
  std::vector<MeasureComparison> result;
  for (std::size_t slot = 0; slot < slot_names.size(); ++slot) {
    MeasureComparison m;
    m.measure = slot_names[slot];
    m.baseline_mean = mean_of(baseline.by_slot[slot]);
    for (const TopicScores& run : runs) {
      m.runs.push_back(compare_one(baseline.by_slot[slot], run, slot, topics, settings));
    }
    correct(m, settings.alpha);
    result.push_back(std::move(m));
  }
  return result;
}

}  // namespace news::eval
