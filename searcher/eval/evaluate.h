// Scoring a run against the qrels: every selected measure for every query the two files share,
// and the summary over queries.
#pragma once
#include <string>
#include <vector>

#include "eval/measure_selection.h"
#include "eval/qrels.h"
#include "eval/run.h"
#include "eval/settings.h"

namespace news::eval {

struct QueryResult {
  std::string qid;
  std::vector<Value> values;  // one per slot of the selection
};

struct Evaluation {
  // The queries with both judgments and results, in qid byte order (trec_eval's order). A query
  // of the run without judgments is never scored: there is nothing to score it against.
  std::vector<QueryResult> queries;
  // Queries averaged over: those above, or with -c every query of the qrels (one the run lacks
  // counts 0 on every measure, and is not printed with -q, as in trec_eval).
  long num_q = 0;
  std::string run_id;
  std::vector<Value> summary;  // one per slot
};

Evaluation evaluate(const Qrels& qrels, const Run& run, const MeasureSelection& selection,
                    const EvalSettings& settings);

// The summary values (trec_eval's "all" lines) of per-query results: means over num_q queries,
// sums for counts, geometric means for gm_map and gm_bpref. Sums are taken in query order, as
// trec_eval takes them, so the last digit agrees too.
std::vector<Value> summarize(const MeasureSelection& selection,
                             const std::vector<QueryResult>& queries, long num_q,
                             const Qrels& qrels, const EvalSettings& settings,
                             const std::string& run_id);

}  // namespace news::eval
