// Turning a query's retrieved documents into trec_eval's ranking.
#pragma once
#include <vector>

#include "eval/qrels.h"
#include "eval/run.h"

namespace news::eval {

// Relevance given to a ranked document that the qrels do not mention.
inline constexpr long kNotJudged = -1;

// Orders documents as trec_eval does: score descending, ties broken by docno descending in
// byte order (so "b" ranks above "a", and "9" above "10"). The run's rank column and file order
// play no part, which makes scores reproducible whatever order a run was written in.
void sort_trec_order(std::vector<Retrieved>& docs);

// The judged relevance of each document of an already ranked list, kNotJudged when absent.
std::vector<long> relevance_by_rank(const std::vector<Retrieved>& ranked,
                                    const Judgments& judgments);

}  // namespace news::eval
