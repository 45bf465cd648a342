// Precision: at cutoffs (P), relative to the best possible at a cutoff (relative_P), at R, the
// number of relevant documents (Rprec), and at multiples of R (Rprec_mult).
#include <algorithm>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

// A cutoff past the ranking counts the missing documents as non-relevant: 4 relevant of 15
// retrieved is P_20 = 4/20.
void p(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params, Value* out) {
  for (std::size_t i = 0; i < params.cutoffs.size(); ++i) {
    const long k = params.cutoffs[i];
    out[i].number = static_cast<double>(relevant_in_top(q, k, s.relevance_level)) /
                    static_cast<double>(k);
  }
}

// Precision divided by the best precision possible at k: k, or R when there are fewer.
void relative_p(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params,
                Value* out) {
  if (q.num_rel == 0) return;
  for (std::size_t i = 0; i < params.cutoffs.size(); ++i) {
    const long k = params.cutoffs[i];
    out[i].number = static_cast<double>(relevant_in_top(q, k, s.relevance_level)) /
                    static_cast<double>(std::min(k, q.num_rel));
  }
}

void rprec(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  const long k = std::min(q.num_ret, q.num_rel);
  if (k == 0) return;
  out[0].number = static_cast<double>(relevant_in_top(q, k, s.relevance_level)) /
                  static_cast<double>(q.num_rel);
}

// Precision at m * R documents, rounded as trec_eval rounds it: (long)(m * R + 0.9).
void rprec_mult(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params,
                Value* out) {
  for (std::size_t i = 0; i < params.numbers.size(); ++i) {
    const long k = static_cast<long>(params.numbers[i] * static_cast<double>(q.num_rel) + 0.9);
    if (k <= 0) continue;
    const long found = k > q.num_ret ? q.num_rel_ret : relevant_in_top(q, k, s.relevance_level);
    out[i].number = static_cast<double>(found) / static_cast<double>(k);
  }
}

}  // namespace

const MeasureDef kPMeasure = cutoff_measure("P", standard_cutoffs(), p);
const MeasureDef kRelativePMeasure = cutoff_measure("relative_P", standard_cutoffs(), relative_p);
const MeasureDef kRprecMeasure = mean_measure("Rprec", rprec);
const MeasureDef kRprecMultMeasure{"Rprec_mult",
                                   ParamKind::kDoubleCutoffs,
                                   {"", {}, {0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0}, {}},
                                   Aggregate::kMean,
                                   Printed::kNumber,
                                   true,
                                   rprec_mult};

}  // namespace news::eval
