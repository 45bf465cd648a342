// nDCG at cutoffs (ndcg_cut). Unlike ndcg, the gain is always the judged value (parameters set
// cutoffs, not gains), and the ideal ranking is cut at the same depth as the run's.
#include <cmath>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

// DCG of the run's top k for every cutoff k, summed rank by rank.
void run_dcg(const RankedQuery& q, const std::vector<long>& cutoffs, Value* out) {
  double sum = 0;
  std::size_t c = 0;
  for (long i = 0; i < q.num_ret && c < cutoffs.size(); ++i) {
    if (i == cutoffs[c]) out[c++].number = sum;
    if (c == cutoffs.size()) return;
    const double gain = static_cast<double>(q.rels[i]);
    if (gain > 0) sum += gain / rank_discount(i);
  }
  for (; c < cutoffs.size(); ++c) out[c].number = sum;
}

// Divides each cutoff's DCG by the ideal DCG at that depth: the judged documents, highest value
// first (documents judged 0 end the ideal ranking).
void normalize_by_ideal(const RankedQuery& q, const std::vector<long>& cutoffs, Value* out) {
  long level = static_cast<long>(q.rel_levels.size()) - 1, taken = 0;
  double ideal = 0;
  std::size_t c = 0;
  for (long i = 0;; ++i) {
    ++taken;
    while (level > 0 && taken > q.rel_levels[level]) {
      --level;
      taken = 1;
    }
    if (level == 0) break;
    if (i == cutoffs[c]) {
      if (ideal > 0.0) out[c].number /= ideal;
      if (++c == cutoffs.size()) return;
    }
    ideal += static_cast<double>(level) / rank_discount(i);
  }
  for (; c < cutoffs.size(); ++c) {
    if (ideal > 0.0) out[c].number /= ideal;
  }
}

void ndcg_cut(const RankedQuery& q, const EvalSettings&, const MeasureParams& p, Value* out) {
  run_dcg(q, p.cutoffs, out);
  normalize_by_ideal(q, p.cutoffs, out);
}

}  // namespace

const MeasureDef kNdcgCutMeasure = cutoff_measure("ndcg_cut", standard_cutoffs(), ndcg_cut);

}  // namespace news::eval
