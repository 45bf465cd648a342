#include "eval/evaluate.h"

#include "eval/ranking.h"

namespace news::eval {

namespace {

void add_to(QueryScores& total, const QueryScores& s) {
  total.num_ret += s.num_ret;
  total.num_rel += s.num_rel;
  total.num_rel_ret += s.num_rel_ret;
  total.map += s.map;
  total.recip_rank += s.recip_rank;
  total.mrr_10 += s.mrr_10;
  total.p_10 += s.p_10;
  total.recall_100 += s.recall_100;
  total.recall_1000 += s.recall_1000;
  total.ndcg_cut_10 += s.ndcg_cut_10;
}

void divide_rates(QueryScores& total, long num_q) {
  if (num_q == 0) return;
  const double n = static_cast<double>(num_q);
  total.map /= n;
  total.recip_rank /= n;
  total.mrr_10 /= n;
  total.p_10 /= n;
  total.recall_100 /= n;
  total.recall_1000 /= n;
  total.ndcg_cut_10 /= n;
}

}  // namespace

Evaluation evaluate(const Qrels& qrels, const Run& run, QuerySet query_set) {
  Evaluation result;
  // Queries go in qrels order and are summed in that order, as trec_eval sums them.
  for (const auto& [qid, judgments] : qrels) {
    const auto retrieved = run.find(qid);
    std::vector<long> rels;
    if (retrieved != run.end()) {
      std::vector<Retrieved> ranked = retrieved->second;
      sort_trec_order(ranked);
      rels = relevance_by_rank(ranked, judgments);
    } else if (query_set == QuerySet::kRunOnly) {
      continue;
    }
    QueryScores scores = score_ranking(rels, judgments);
    add_to(result.all, scores);
    result.queries.push_back(QueryResult{qid, scores});
  }
  result.num_q = static_cast<long>(result.queries.size());
  divide_rates(result.all, result.num_q);
  return result;
}

}  // namespace news::eval
