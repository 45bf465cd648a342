// Interpolated precision at recall levels (iprec_at_recall) and its average over the levels
// (11pt_avg). Interpolated precision at a recall level is the best precision at any rank at or
// below the rank where that many relevant documents have been seen.
#include <cmath>
#include <vector>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

// The relevant documents a recall fraction stands for: (long)(fraction * R + 0.9), as trec_eval
// 9 and 10.0 compute it (the 0.9 keeps the cutoffs of older trec_eval versions). The product is
// rounded before the sum (no fused multiply-add, see CMakeLists.txt): 0.3 * 77 + 0.9 is then
// 23.999..., so 23, as trec_eval gives on x86; fused, it is 24.
long relevant_for_recall(double fraction, long num_rel) {
  return static_cast<long>(fraction * static_cast<double>(num_rel) + 0.9);
}

// Walks the ranking from the bottom, as trec_eval does, keeping the best precision seen so far;
// at the rank of each relevant document calls on_relevant(relevant documents down to here, best
// precision). Returns the best precision over the ranks walked.
template <typename OnRelevant>
double walk_up(const RankedQuery& q, long level, OnRelevant on_relevant) {
  // A run with no documents (all dropped by -J) divides 0 by 0 here, as trec_eval does.
  double best = static_cast<double>(q.num_rel_ret) / static_cast<double>(q.num_ret);
  long found = q.num_rel_ret;
  for (long i = q.num_ret; i > 0 && found > 0; --i) {
    const double precision = static_cast<double>(found) / static_cast<double>(i);
    if (best < precision) best = precision;
    if (q.rels[i - 1] >= level) {
      on_relevant(found, best);
      --found;
    }
  }
  return best;
}

// Cutoffs are handled from the last to the first: those needing more relevant documents than
// were retrieved stay 0, the others take the best precision where their count is reached, and
// those left (a count of 0) take the best precision over the whole ranking.
template <typename OnValue>
void interpolate(const RankedQuery& q, long level, const std::vector<double>& fractions,
                 OnValue on_value) {
  std::vector<long> cutoffs;
  for (double f : fractions) cutoffs.push_back(relevant_for_recall(f, q.num_rel));
  long cut = static_cast<long>(cutoffs.size()) - 1;
  while (cut >= 0 && cutoffs[cut] > q.num_rel_ret) --cut;
  const double best = walk_up(q, level, [&](long found, double best_so_far) {
    while (cut >= 0 && found == cutoffs[cut]) on_value(cut--, best_so_far);
  });
  while (cut >= 0) on_value(cut--, best);
}

void iprec_at_recall(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params,
                     Value* out) {
  interpolate(q, s.relevance_level, params.numbers,
              [&](long cut, double precision) { out[cut].number = precision; });
}

// The sum is taken in the order trec_eval takes it, so that the last digit agrees too.
void eleven_point_average(const RankedQuery& q, const EvalSettings& s,
                          const MeasureParams& params, Value* out) {
  double sum = 0;
  interpolate(q, s.relevance_level, params.numbers,
              [&](long, double precision) { sum += precision; });
  out[0].number = sum / static_cast<double>(params.numbers.size());
}

MeasureParams eleven_points() {
  return {"", {}, {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}, {}};
}

}  // namespace

const MeasureDef kIprecAtRecallMeasure{"iprec_at_recall", ParamKind::kDoubleCutoffs,
                                       eleven_points(), Aggregate::kMean, Printed::kNumber,
                                       true, iprec_at_recall};
const MeasureDef k11ptAvgMeasure{"11pt_avg", ParamKind::kDoubles, eleven_points(),
                                 Aggregate::kMean, Printed::kNumber, true,
                                 eleven_point_average};

}  // namespace news::eval
