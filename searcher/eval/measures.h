// Per-query measures, each computed the way trec_eval 9 computes its measure of that name.
// `rels` is always the relevance of the ranked documents, best first (see ranking.h).
#pragma once
#include <cstddef>
#include <vector>

#include "eval/qrels.h"

namespace news::eval {

// trec_eval's default -l: a document is relevant when its judgment is at least 1.
inline constexpr long kRelevanceLevel = 1;

struct QueryScores {
  long num_ret = 0;      // documents retrieved
  long num_rel = 0;      // relevant documents in the qrels
  long num_rel_ret = 0;  // relevant documents retrieved
  double map = 0;        // average precision
  double recip_rank = 0;
  double mrr_10 = 0;  // reciprocal rank when the first relevant document is in the top 10
  double p_10 = 0;
  double recall_100 = 0;
  double recall_1000 = 0;
  double ndcg_cut_10 = 0;
};

// Relevant documents in a query's judgments.
long count_relevant(const Judgments& judgments);

// Sum of precision at each relevant retrieved document, divided by all relevant documents, so
// relevant documents never retrieved count as zero.
double average_precision(const std::vector<long>& rels, long num_rel);

// Relevant documents in the top k divided by k, even when fewer than k were retrieved.
double precision_at(const std::vector<long>& rels, std::size_t k);

// Relevant documents in the top k divided by all relevant documents; 0 when there are none.
double recall_at(const std::vector<long>& rels, long num_rel, std::size_t k);

// 1/rank of the first relevant document within the top `depth`, else 0.
double reciprocal_rank(const std::vector<long>& rels, std::size_t depth);

// trec_eval's ndcg_cut: gain is the judged value, rank r is discounted by log2(r + 1), and the
// ideal ranking orders all positively judged documents of the qrels by gain; both are cut at k.
double ndcg_at(const std::vector<long>& rels, const Judgments& judgments, std::size_t k);

// Every measure for one query.
QueryScores score_ranking(const std::vector<long>& rels, const Judgments& judgments);

}  // namespace news::eval
