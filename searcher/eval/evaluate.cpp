#include "eval/evaluate.h"

#include "eval/ranking.h"

namespace news::eval {

namespace {

std::vector<Value> score_query(const RankedQuery& query, const MeasureSelection& selection,
                               const EvalSettings& settings) {
  std::vector<Value> values(selection.slot_count);
  for (const SelectedMeasure& m : selection.measures) {
    if (m.def->compute) m.def->compute(query, settings, m.params, &values[m.first_slot]);
  }
  return values;
}

}  // namespace

Evaluation evaluate(const Qrels& qrels, const Run& run, const MeasureSelection& selection,
                    const EvalSettings& settings) {
  Evaluation evaluation;
  evaluation.run_id = run.run_id;
  for (const auto& [qid, judgments] : qrels) {
    const auto retrieved = run.queries.find(qid);
    if (retrieved == run.queries.end()) continue;
    const RankedQuery query = rank_query(retrieved->second, judgments, settings);
    evaluation.queries.push_back(QueryResult{qid, score_query(query, selection, settings)});
  }
  evaluation.num_q = settings.average_over_all_judged ? static_cast<long>(qrels.size())
                                                      : static_cast<long>(evaluation.queries.size());
  evaluation.summary = summarize(selection, evaluation.queries, evaluation.num_q, qrels, settings,
                                 run.run_id);
  return evaluation;
}

}  // namespace news::eval
