// Discounted cumulative gain (Jarvelin and Kekalainen 2002) over the whole ranking: ndcg and its
// parts dcg and ideal_dcg (ndcg_average_measures.cpp has two averages of it). Gains are the
// judged values unless "level=gain" parameters say otherwise; rank r is discounted by
// log2(r + 1).
#include <cmath>
#include <cstring>

#include "eval/gains.h"
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

struct Dcg {
  double results = 0;
  double ideal = 0;
};

// The run's DCG over its whole ranking and the ideal DCG over every judged document with a
// positive gain, each summed rank by rank as trec_eval sums them.
Dcg full_dcg(const RankedQuery& q, const Gains& gains) {
  Dcg dcg;
  IdealGains ideal(gains);
  double ideal_gain = ideal.current();
  long i = 0;
  for (; i < q.num_ret || ideal_gain > 0.0; ++i) {
    if (i < q.num_ret) {
      const double gain = gains.of(q.rels[i]);
      if (gain != 0) dcg.results += gain / rank_discount(i);
    }
    if (ideal_gain > 0.0) {
      ideal_gain = ideal.advance();
      if (ideal_gain > 0.0) dcg.ideal += ideal_gain / rank_discount(i);
    }
  }
  return dcg;
}

void ndcg_family(const RankedQuery& q, const MeasureParams& params, const char* name,
                 Value* out) {
  const Dcg dcg = full_dcg(q, Gains(params.pairs, q));
  if (std::strcmp(name, "dcg") == 0) {
    out[0].number = dcg.results;
  } else if (std::strcmp(name, "ideal_dcg") == 0) {
    out[0].number = dcg.ideal;
  } else if (dcg.ideal > 0.0) {
    out[0].number = dcg.results / dcg.ideal;
  }
}

void ndcg(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  ndcg_family(q, p, "ndcg", out);
}
void dcg(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  ndcg_family(q, p, "dcg", out);
}
void ideal_dcg(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  ndcg_family(q, p, "ideal_dcg", out);
}

}  // namespace

const MeasureDef kDcgMeasure = gain_measure("dcg", dcg);
const MeasureDef kIdealDcgMeasure = gain_measure("ideal_dcg", ideal_dcg);
const MeasureDef kNdcgMeasure = gain_measure("ndcg", ndcg);

}  // namespace news::eval
