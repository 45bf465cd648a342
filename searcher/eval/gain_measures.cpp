// G and binG, experimental gain measures of trec_eval. A document's contribution is discounted
// by how far the run is behind the ideal at that rank (binG: by the non-relevant documents
// above it), rather than by its rank.
#include <cmath>

#include "eval/gains.h"
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

// Each relevant document adds 1 / log2(2 + non-relevant documents above it); the sum is
// divided by R.
void bin_g(const RankedQuery& q, const EvalSettings& s, const MeasureParams&, Value* out) {
  long found = 0;
  double sum = 0;
  for (long i = 0; i < q.num_ret; ++i) {
    if (q.rels[i] < s.relevance_level) continue;
    ++found;
    sum += 1.0 / std::log2(static_cast<double>(3 + i - found));
  }
  if (found) out[0].number = sum / static_cast<double>(q.num_rel);
}

// A document of gain g at a rank where the ideal ranking has gathered `cost` (each rank costing
// at least 1) and the run `gathered` adds g / log2(2 + cost - gathered); the sum is divided by
// the ideal ranking's total gain.
void g(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  const Gains gains(p.pairs, q);
  IdealGains ideal(gains);
  constexpr double kMinCost = 1.0;
  double ideal_gain = ideal.current(), gathered = 0, ideal_total = 0, cost = 0, sum = 0;
  for (long i = 0; i < q.num_ret || ideal_gain > 0.0; ++i) {
    const bool ideal_left = ideal_gain > 0.0;
    if (ideal_left) {
      ideal_gain = ideal.advance();
      if (ideal_gain > 0.0) ideal_total += ideal_gain;
    }
    if (i >= q.num_ret) continue;
    const double gain = gains.of(q.rels[i]);
    gathered += gain;
    cost += (ideal_left && ideal_gain >= kMinCost) ? ideal_gain : kMinCost;
    if (gain != 0) sum += gain / std::log2(2 + cost - gathered);
  }
  if (ideal_total > 0.0) out[0].number = sum / ideal_total;
}

}  // namespace

const MeasureDef kGMeasure = gain_measure("G", g);
const MeasureDef kBinGMeasure = mean_measure("binG", bin_g);

}  // namespace news::eval
