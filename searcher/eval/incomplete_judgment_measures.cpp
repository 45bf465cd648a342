// Measures built for incomplete judgments, which look only at judged documents: bpref (Buckley
// and Voorhees 2004), its geometric mean over queries (gm_bpref), and inferred AP (infAP, Yilmaz
// and Aslam), which also takes "in the pool but not judged" documents (negative judgments) into
// account.
#include <algorithm>
#include <cmath>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

constexpr double kInfApEpsilon = 0.00001;

// For each relevant document, the fraction of judged non-relevant documents (at most R of them)
// not ranked above it; averaged over all R relevant documents. Unjudged documents are skipped.
double bpref_of(const RankedQuery& q, long level) {
  const long num_nonrel = judged_below(q, level);
  long nonrel_so_far = 0;
  double bpref = 0;
  for (long rel : q.rels) {
    if (rel == kNotInPool || rel == kPoolUnjudged) continue;
    if (rel >= 0 && rel < level) {
      ++nonrel_so_far;
    } else if (nonrel_so_far > 0) {
      bpref += 1.0 - static_cast<double>(std::min(nonrel_so_far, q.num_rel)) /
                         static_cast<double>(std::min(num_nonrel, q.num_rel));
    } else {
      bpref += 1.0;
    }
  }
  if (q.num_rel) bpref /= static_cast<double>(q.num_rel);
  return bpref;
}

void bpref(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  out[0].number = bpref_of(q, s.relevance_level);
}

void gm_bpref(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  out[0].number = std::log(std::max(bpref_of(q, s.relevance_level), kMinGeoMean));
}

// The precision estimated at the j-th rank from the judged documents above it.
double inferred_precision(long j, long rel_so_far, long nonrel_so_far, long unjudged_so_far) {
  if (j == 0) return 1.0;
  const double fj = static_cast<double>(j);
  return 1.0 / (fj + 1.0) +
         (fj / (fj + 1.0)) *
             (static_cast<double>(rel_so_far - 1 + nonrel_so_far + unjudged_so_far) / fj) *
             ((static_cast<double>(rel_so_far - 1) + kInfApEpsilon) /
              (static_cast<double>(rel_so_far - 1 + nonrel_so_far) + 2 * kInfApEpsilon));
}

void inf_ap(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  long rel_so_far = 0, nonrel_so_far = 0, unjudged_so_far = 0;
  double sum = 0;
  for (long j = 0; j < q.num_ret; ++j) {
    const long rel = q.rels[j];
    if (rel == kNotInPool) continue;
    if (rel == kPoolUnjudged) {
      ++unjudged_so_far;
    } else if (rel >= 0 && rel < s.relevance_level) {
      ++nonrel_so_far;
    } else {
      ++rel_so_far;
      sum += inferred_precision(j, rel_so_far, nonrel_so_far, unjudged_so_far);
    }
  }
  if (q.num_rel) sum /= static_cast<double>(q.num_rel);
  out[0].number = sum;
}

}  // namespace

const MeasureDef kBprefMeasure = mean_measure("bpref", bpref);
const MeasureDef kGmBprefMeasure{"gm_bpref", ParamKind::kNone, {}, Aggregate::kGeometricMean,
                                 Printed::kNumber, false, gm_bpref};
const MeasureDef kInfApMeasure = mean_measure("infAP", inf_ap);

}  // namespace news::eval
