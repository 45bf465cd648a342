// Recall at cutoffs: relevant documents in the top k over all relevant documents.
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

void recall(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params,
            Value* out) {
  if (q.num_rel == 0) return;
  for (std::size_t i = 0; i < params.cutoffs.size(); ++i) {
    out[i].number = static_cast<double>(relevant_in_top(q, params.cutoffs[i], s.relevance_level)) /
                    static_cast<double>(q.num_rel);
  }
}

}  // namespace

const MeasureDef kRecallMeasure = cutoff_measure("recall", standard_cutoffs(), recall);

}  // namespace news::eval
