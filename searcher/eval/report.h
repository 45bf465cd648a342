// Printing an evaluation as trec_eval prints it: "measure<TAB>qid<TAB>value" lines.
#pragma once
#include <ostream>
#include <vector>

#include "eval/evaluate.h"
#include "eval/measure_set.h"

namespace news::eval {

// Writes the summary ("all") lines for `measures`, preceded, when per_query is set, by each
// query's lines (query by query, num_q excepted, as trec_eval -q does). Rates have four
// decimals; counts are integers. Unlike trec_eval, measure names are not padded with spaces,
// so every field splits cleanly on tabs.
void write_report(std::ostream& out, const Evaluation& evaluation,
                  const std::vector<Measure>& measures, bool per_query);

}  // namespace news::eval
