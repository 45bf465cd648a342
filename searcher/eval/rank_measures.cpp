// Where the first relevant document is: reciprocal rank (recip_rank), the same counting only the
// top 10 (mrr_10, newseval's MRR@10, not a trec_eval measure), and success at cutoffs.
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

// 1/rank of the first relevant document within the top `depth`, else 0.
double reciprocal_rank(const RankedQuery& q, long depth, long level) {
  for (long i = 0; i < q.num_ret && i < depth; ++i) {
    if (q.rels[i] >= level) return 1.0 / static_cast<double>(i + 1);
  }
  return 0;
}

void recip_rank(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  out[0].number = reciprocal_rank(q, q.num_ret, s.relevance_level);
}

void mrr_10(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  out[0].number = reciprocal_rank(q, 10, s.relevance_level);
}

void success(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params,
             Value* out) {
  for (std::size_t i = 0; i < params.cutoffs.size(); ++i) {
    out[i].number = relevant_in_top(q, params.cutoffs[i], s.relevance_level) > 0 ? 1.0 : 0.0;
  }
}

}  // namespace

const MeasureDef kRecipRankMeasure = mean_measure("recip_rank", recip_rank);
const MeasureDef kMrr10Measure = mean_measure("mrr_10", mrr_10);
const MeasureDef kSuccessMeasure = cutoff_measure("success", {"", {1, 5, 10}, {}, {}}, success);

}  // namespace news::eval
