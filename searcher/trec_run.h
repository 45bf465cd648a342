// Batch mode for relevance benchmarking: a topics file in, a TREC run out.
#pragma once
#include <iosfwd>
#include <string>

#include "searcher/searcher.h"

namespace news {

// Reads `qid<TAB>query` lines and writes `qid Q0 docid rank score run_id` lines, `depth` per
// query. Returns the number of topics run; throws std::runtime_error on a malformed line.
size_t write_trec_run(Searcher& searcher, std::istream& topics, std::ostream& run, const std::string& run_id,
                      size_t depth, const std::string& topics_name);

}  // namespace news
