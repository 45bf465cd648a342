#include "eval/measures.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace news::eval {

namespace {

bool is_relevant(long rel) { return rel >= kRelevanceLevel; }

long relevant_in_top(const std::vector<long>& rels, std::size_t k) {
  const std::size_t n = std::min(k, rels.size());
  return static_cast<long>(std::count_if(rels.begin(), rels.begin() + n, is_relevant));
}

// Gains are summed in rank order, as trec_eval sums them, so the last digit agrees too.
double dcg(const std::vector<long>& gains, std::size_t k) {
  double sum = 0;
  const std::size_t n = std::min(k, gains.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (gains[i] > 0) sum += static_cast<double>(gains[i]) / std::log2(static_cast<double>(i + 2));
  }
  return sum;
}

}  // namespace

long count_relevant(const Judgments& judgments) {
  return static_cast<long>(std::count_if(judgments.begin(), judgments.end(),
                                         [](const auto& j) { return is_relevant(j.second); }));
}

double average_precision(const std::vector<long>& rels, long num_rel) {
  if (num_rel == 0) return 0;
  double sum = 0;
  long found = 0;
  for (std::size_t i = 0; i < rels.size(); ++i) {
    if (!is_relevant(rels[i])) continue;
    ++found;
    sum += static_cast<double>(found) / static_cast<double>(i + 1);
  }
  return sum / static_cast<double>(num_rel);
}

double precision_at(const std::vector<long>& rels, std::size_t k) {
  if (k == 0) return 0;
  return static_cast<double>(relevant_in_top(rels, k)) / static_cast<double>(k);
}

double recall_at(const std::vector<long>& rels, long num_rel, std::size_t k) {
  if (num_rel == 0) return 0;
  return static_cast<double>(relevant_in_top(rels, k)) / static_cast<double>(num_rel);
}

double reciprocal_rank(const std::vector<long>& rels, std::size_t depth) {
  const std::size_t n = std::min(depth, rels.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (is_relevant(rels[i])) return 1.0 / static_cast<double>(i + 1);
  }
  return 0;
}

double ndcg_at(const std::vector<long>& rels, const Judgments& judgments, std::size_t k) {
  std::vector<long> ideal;
  for (const auto& [docno, rel] : judgments) {
    if (rel > 0) ideal.push_back(rel);
  }
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  const double ideal_dcg = dcg(ideal, k);
  // No positive judgment means no gain anywhere: trec_eval leaves the value at 0.
  if (ideal_dcg <= 0) return 0;
  return dcg(rels, k) / ideal_dcg;
}

QueryScores score_ranking(const std::vector<long>& rels, const Judgments& judgments) {
  constexpr std::size_t kWholeList = std::numeric_limits<std::size_t>::max();
  QueryScores s;
  s.num_ret = static_cast<long>(rels.size());
  s.num_rel = count_relevant(judgments);
  s.num_rel_ret = relevant_in_top(rels, kWholeList);
  s.map = average_precision(rels, s.num_rel);
  s.recip_rank = reciprocal_rank(rels, kWholeList);
  s.mrr_10 = reciprocal_rank(rels, 10);
  s.p_10 = precision_at(rels, 10);
  s.recall_100 = recall_at(rels, s.num_rel, 100);
  s.recall_1000 = recall_at(rels, s.num_rel, 1000);
  s.ndcg_cut_10 = ndcg_at(rels, judgments, 10);
  return s;
}

}  // namespace news::eval
