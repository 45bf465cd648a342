// Scoring a whole run against the qrels and averaging over queries.
#pragma once
#include <string>
#include <vector>

#include "eval/measures.h"
#include "eval/qrels.h"
#include "eval/run.h"

namespace news::eval {

// Which queries the summary averages over. Queries with no judgments are never scored: there
// is nothing to score them against.
enum class QuerySet {
  // Every query of the qrels; one the run lacks scores 0 on every measure. This is
  // trec_eval -c, newseval's default, so a system that returns nothing for a query is
  // penalised rather than silently excused. As in trec_eval, a qrels query whose judgments
  // are all non-relevant counts too (and scores 0).
  kAllJudged,
  // Only queries in both the qrels and the run: trec_eval's default without -c.
  kRunOnly,
};

struct QueryResult {
  std::string qid;
  QueryScores scores;
};

struct Evaluation {
  std::vector<QueryResult> queries;  // in qid byte order, as trec_eval -q prints them
  long num_q = 0;                    // queries averaged over
  // Summary as trec_eval prints it: num_ret, num_rel and num_rel_ret are sums over queries,
  // every other measure is the mean over num_q queries.
  QueryScores all;
};

Evaluation evaluate(const Qrels& qrels, const Run& run, QuerySet query_set);

}  // namespace news::eval
