// The command-line settings that change how every measure is computed (trec_eval's -l, -M, -J,
// -N and -c).
#pragma once
#include <cstddef>
#include <limits>

namespace news::eval {

struct EvalSettings {
  // -l: a document is relevant when its judgment is at least this.
  long relevance_level = 1;
  // -M: only the first this many documents of each ranking are evaluated.
  std::size_t max_docs_per_topic = std::numeric_limits<std::size_t>::max();
  // -J: unjudged documents are removed from the ranking before anything is computed.
  bool judged_docs_only = false;
  // -N: documents in the collection, for the fourth coefficient of utility.
  long num_docs_in_collection = 0;
  // -c: average over every query of the qrels; a query the run lacks counts as 0.
  bool average_over_all_judged = false;
};

}  // namespace news::eval
