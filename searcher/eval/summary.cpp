// The summary over queries: trec_eval's "all" lines (see evaluate.h).
#include <cmath>

#include "eval/evaluate.h"
#include "eval/measure.h"

namespace news::eval {

namespace {

double sum_of(const std::vector<QueryResult>& queries, std::size_t slot) {
  double sum = 0;
  for (const QueryResult& q : queries) sum += q.values[slot].number;
  return sum;
}

// With -c, trec_eval counts every judgment above 0 in the qrels, whatever the relevance level.
double judged_relevant(const Qrels& qrels) {
  double count = 0;
  for (const auto& [qid, judgments] : qrels) {
    for (const auto& [docno, rel] : judgments) {
      if (rel > 0) ++count;
    }
  }
  return count;
}

double summary_number(const MeasureDef& def, double sum, std::size_t scored, long num_q,
                      const Qrels& qrels, const EvalSettings& settings) {
  const double n = static_cast<double>(num_q);
  switch (def.aggregate) {
    case Aggregate::kMean:
      return num_q ? sum / n : sum;
    case Aggregate::kRelevantSum:
      return settings.average_over_all_judged ? judged_relevant(qrels) : sum;
    case Aggregate::kGeometricMean:
      // A query the run lacks (-c) counts as the floor, since a log of 0 means perfection.
      if (num_q <= 0) return sum;
      if (settings.average_over_all_judged) {
        sum += static_cast<double>(num_q - static_cast<long>(scored)) * std::log(kMinGeoMean);
      }
      return std::exp(sum / n);
    case Aggregate::kQueryCount:
      return n;
    default:
      return sum;
  }
}

}  // namespace

std::vector<Value> summarize(const MeasureSelection& selection,
                             const std::vector<QueryResult>& queries, long num_q,
                             const Qrels& qrels, const EvalSettings& settings,
                             const std::string& run_id) {
  std::vector<Value> summary(selection.slot_count);
  for (const SelectedMeasure& m : selection.measures) {
    for (std::size_t i = 0; i < m.value_names.size(); ++i) {
      const std::size_t slot = m.first_slot + i;
      if (m.def->aggregate == Aggregate::kRunId) summary[slot].text = run_id;
      summary[slot].number = summary_number(*m.def, sum_of(queries, slot), queries.size(), num_q,
                                            qrels, settings);
    }
  }
  return summary;
}

}  // namespace news::eval
