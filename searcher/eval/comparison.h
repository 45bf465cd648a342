// The comparison of runs with a baseline that --compare prints: per measure value, each run's
// mean, difference, significance and per-topic wins and losses.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace news::eval {

// One run's value per topic for every measure value (slot), topics in qid order.
struct TopicScores {
  std::string file;
  std::string run_id;
  std::vector<std::vector<double>> by_slot;  // [slot][topic]
};

struct MovedTopic {
  std::string topic;
  double baseline = 0;
  double run = 0;
};

struct RunComparison {
  std::string file;
  std::string run_id;
  double mean = 0;
  double diff = 0;           // mean minus the baseline's mean
  double relative_diff = 0;  // diff over the baseline's mean; NaN when that is 0
  double p_randomization = 1, p_randomization_holm = 1;
  bool randomization_exact = false;
  std::size_t sign_patterns = 0;
  double t = 0, p_t = 1, p_t_holm = 1;
  bool significant = false;  // p_randomization_holm < alpha
  std::size_t wins = 0, ties = 0, losses = 0;
  std::vector<MovedTopic> moved;  // largest |difference| first
};

struct MeasureComparison {
  std::string measure;  // a value name: "map", "P_10"
  double baseline_mean = 0;
  std::vector<RunComparison> runs;
};

struct ComparisonSettings {
  std::size_t permutations = 10000;
  std::uint64_t seed = 1;
  double alpha = 0.05;
  std::size_t moved = 5;
};

// Compares each run with the baseline on every slot; slot_names name the slots and topics the
// columns of the scores.
std::vector<MeasureComparison> compare_scores(const TopicScores& baseline,
                                              const std::vector<TopicScores>& runs,
                                              const std::vector<std::string>& slot_names,
                                              const std::vector<std::string>& topics,
                                              const ComparisonSettings& settings);

}  // namespace news::eval
