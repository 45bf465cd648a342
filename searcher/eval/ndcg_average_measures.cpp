// Two experimental averages of nDCG along the ranking: ndcg_rel, the mean nDCG at each relevant
// document (a relevant document never retrieved counts the nDCG at the end of the ranking), and
// Rndcg, the mean nDCG at the ranks where the ideal ranking moves to a lower gain.
#include <cmath>

#include "eval/gains.h"
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

void ndcg_rel(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  const Gains gains(p.pairs, q);
  IdealGains ideal(gains);
  double ideal_gain = ideal.current(), results_dcg = 0, ideal_dcg = 0, sum = 0;
  long relevant = 0, relevant_ret = 0;
  for (long i = 0; i < q.num_ret || ideal_gain > 0.0; ++i) {
    const double gain = i < q.num_ret ? gains.of(q.rels[i]) : 0.0;
    if (gain != 0) results_dcg += gain / rank_discount(i);
    if (ideal_gain > 0.0) {
      ideal_gain = ideal.advance();
      if (ideal_gain > 0.0) {
        ++relevant;
        ideal_dcg += ideal_gain / rank_discount(i);
      }
    }
    if (gain > 0) {
      sum += results_dcg / ideal_dcg;
      ++relevant_ret;
    }
  }
  sum += static_cast<double>(relevant - relevant_ret) * results_dcg / ideal_dcg;
  if (sum > 0.0) out[0].number = sum / static_cast<double>(relevant);
}

// The nDCG at each rank where the ideal gain changes, and once more at the end of the ranking
// when the run retrieved past the ideal ranking's positive gains.
struct RndcgState {
  const Gains& gains;
  IdealGains ideal;
  double ideal_gain, old_ideal_gain, results_dcg = 0, ideal_dcg = 0, sum = 0;
  long changes = 0;

  explicit RndcgState(const Gains& g)
      : gains(g), ideal(g), ideal_gain(ideal.current()), old_ideal_gain(ideal_gain) {}

  void take_ndcg() {
    if (ideal_dcg > 0.0) {
      sum += results_dcg / ideal_dcg;
      ++changes;
    }
  }
  void advance_ideal() {
    ideal_gain = ideal.advance();
    if (old_ideal_gain != ideal_gain) {
      take_ndcg();
      old_ideal_gain = ideal_gain;
    }
  }
  void add_result(double gain, long i) {
    if (gain != 0) results_dcg += gain / rank_discount(i);
  }
  void add_ideal(long i) {
    if (ideal_gain > 0.0) ideal_dcg += ideal_gain / rank_discount(i);
  }
};

void rndcg(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  if (q.num_rel == 0) return;
  const Gains gains(p.pairs, q);
  RndcgState st(gains);
  long i = 0;
  for (; i < q.num_ret && st.ideal_gain > 0.0; ++i) {
    const double gain = gains.of(q.rels[i]);
    st.advance_ideal();
    st.add_result(gain, i);
    st.add_ideal(i);
  }
  if (i < q.num_ret) {
    for (; i < q.num_ret; ++i) st.add_result(gains.of(q.rels[i]), i);
    st.take_ndcg();
  }
  for (; st.ideal_gain > 0.0; ++i) {
    st.advance_ideal();
    st.add_ideal(i);
  }
  // trec_eval divides even when nothing was taken, which makes NaN.
  out[0].number = st.sum / static_cast<double>(st.changes);
}

}  // namespace

const MeasureDef kNdcgRelMeasure = gain_measure("ndcg_rel", ndcg_rel);
const MeasureDef kRndcgMeasure = gain_measure("Rndcg", rndcg);

}  // namespace news::eval
