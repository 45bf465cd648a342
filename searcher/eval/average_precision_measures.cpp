// Average precision: map, its geometric mean over queries (gm_map), and map_cut, average
// precision counting only the relevant documents in the top k.
#include <algorithm>
#include <cmath>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

// Sum of the precision at each relevant document in the top k, in rank order as trec_eval adds
// them (so the last digit agrees too); found counts those documents.
double precision_sum(const RankedQuery& q, long k, long level, long& found) {
  double sum = 0;
  found = 0;
  const long n = std::min(k, q.num_ret);
  for (long i = 0; i < n; ++i) {
    if (q.rels[i] < level) continue;
    ++found;
    sum += static_cast<double>(found) / static_cast<double>(i + 1);
  }
  return sum;
}

void map(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  long found = 0;
  const double sum = precision_sum(q, q.num_ret, s.relevance_level, found);
  if (found) out[0].number = sum / static_cast<double>(q.num_rel);
}

void gm_map(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  long found = 0;
  double ap = precision_sum(q, q.num_ret, s.relevance_level, found);
  if (found) ap /= static_cast<double>(q.num_rel);
  out[0].number = std::log(std::max(ap, kMinGeoMean));
}

void map_cut(const RankedQuery& q, const EvalSettings& s, const MeasureParams& p, Value* out) {
  if (q.num_rel == 0) return;
  for (std::size_t i = 0; i < p.cutoffs.size(); ++i) {
    long found = 0;
    out[i].number = precision_sum(q, p.cutoffs[i], s.relevance_level, found) /
                    static_cast<double>(q.num_rel);
  }
}

}  // namespace

const MeasureDef kMapMeasure = mean_measure("map", map);
const MeasureDef kGmMapMeasure{"gm_map", ParamKind::kNone, {}, Aggregate::kGeometricMean,
                               Printed::kNumber, false, gm_map};
const MeasureDef kMapCutMeasure = cutoff_measure("map_cut", standard_cutoffs(), map_cut);

}  // namespace news::eval
