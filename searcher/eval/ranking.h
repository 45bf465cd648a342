// One query's ranking as every measure sees it: the relevance of each ranked document, best
// first, and the counts of the judgments (trec_eval's "res_rels").
#pragma once
#include <vector>

#include "eval/qrels.h"
#include "eval/run.h"
#include "eval/settings.h"

namespace news::eval {

// Relevance given to a ranked document the qrels do not mention ("not in the pool").
inline constexpr long kNotInPool = -1;
// Relevance given to a ranked document the qrels list with a negative judgment ("in the pool but
// not judged", as in sampled pools).
inline constexpr long kPoolUnjudged = -2;

struct RankedQuery {
  std::vector<long> rels;  // relevance of each ranked document, best first
  long num_ret = 0;        // documents ranked (after -M and -J)
  long num_rel = 0;        // judged documents at the relevance level or above
  long num_rel_ret = 0;    // of them, ranked
  long num_nonpool = 0;    // ranked documents the qrels do not mention
  long num_unjudged_in_pool = 0;
  // Judged documents of the query (ranked or not) per judgment value 0, 1, 2, ...; its size is
  // the highest value with documents plus one (trec_eval's num_rel_levels).
  std::vector<long> rel_levels;
};

// Orders documents as trec_eval does: score descending, ties broken by docno descending in byte
// order (so "b" ranks above "a", and "9" above "10"). The run's rank column and file order play
// no part, which makes scores reproducible whatever order a run was written in.
void sort_trec_order(std::vector<Retrieved>& docs);

// Ranks docs, keeps the first settings.max_docs_per_topic, gives each its judgment (kNotInPool,
// kPoolUnjudged) and, with settings.judged_docs_only, drops the unjudged ones.
RankedQuery rank_query(std::vector<Retrieved> docs, const Judgments& judgments,
                       const EvalSettings& settings);

// Judged documents at level or above in the top k (k past the ranking counts what there is).
long relevant_in_top(const RankedQuery& query, long k, long level);

// Judged documents of the query with a value below level (bpref's non-relevant documents).
long judged_below(const RankedQuery& query, long level);

}  // namespace news::eval
