// Rank-biased precision (Moffat and Zobel 2008) and its residual: a user goes on from one rank to
// the next with probability p (0.9 unless "rbp.p=0.95"); rbp is the expected gain per document
// seen, rbp_resid how much rbp could still grow if every unjudged document were relevant.
#include <algorithm>
#include <limits>

#include "eval/gains.h"
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

double persistence(const MeasureParams& params) {
  double p = 0.9;
  for (const auto& [name, value] : params.pairs) {
    if (name == "p") p = value;
  }
  return p;
}

// Gains outside [0, 1] are rescaled to it, (g - min) / (max - min). trec_eval means the minimum
// and maximum of the gains but reads them from uninitialized variables; with gains already in
// [0, 1] (binary judgments) nothing is rescaled either way.
void normalize(Gains& gains) {
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  for (const LevelGain& l : gains.levels()) {
    min = std::min(min, l.gain);
    max = std::max(max, l.gain);
  }
  if (!(min < 0 || max > 1)) return;
  for (LevelGain& l : gains.levels()) l.gain = (l.gain - min) / (max - min);
}

void rbp(const RankedQuery& q, const EvalSettings&, const MeasureParams& params, Value* out) {
  const double p = persistence(params);
  Gains gains(params.pairs, q);
  normalize(gains);
  double sum = 0, weight = 1.0;
  for (long i = 0; i < q.num_ret; ++i) {
    const double gain = gains.of(q.rels[i]);
    if (gain != 0) sum += gain * weight;
    weight *= p;
  }
  out[0].number = (1.0 - p) * sum;
}

void rbp_resid(const RankedQuery& q, const EvalSettings&, const MeasureParams& params,
               Value* out) {
  const double p = persistence(params);
  double sum = 0, weight = 1.0;
  long unjudged = 0;
  for (long i = 0; i < q.num_ret; ++i) {
    if (q.rels[i] < 0) {
      ++unjudged;
      sum += weight;
    }
    weight *= p;
  }
  // The documents past the ranking are unjudged too: their weight p^n is added.
  if (unjudged) out[0].number = weight + (1 - p) * sum;
}

}  // namespace

const MeasureDef kRbpMeasure = gain_measure("rbp", rbp);
const MeasureDef kRbpResidMeasure = gain_measure("rbp_resid", rbp_resid);

}  // namespace news::eval
