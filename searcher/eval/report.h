// Printing an evaluation exactly as trec_eval prints it: "%-22s\t%s\t%6.4f" lines (counts as
// integers, relstring quoted), per query with -q and then the summary ("all").
#pragma once
#include <ostream>

#include "eval/evaluate.h"
#include "eval/measure_selection.h"

namespace news::eval {

void write_report(std::ostream& out, const Evaluation& evaluation,
                  const MeasureSelection& selection, bool per_query, bool summary);

}  // namespace news::eval
