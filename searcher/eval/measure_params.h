// Reading the parameters written after a measure's name on the command line ("P.5,10").
#pragma once
#include <string>

#include "eval/measure.h"

namespace news::eval {

// Parses text (what followed the '.') as def's parameters, the way trec_eval reads them: numbers
// are read as far as they go ("23.4" is the cutoff 23), cutoffs are sorted and must be distinct
// (whole cutoffs above 0), pairs are name=number. Throws InputError for what trec_eval refuses.
MeasureParams parse_measure_params(const MeasureDef& def, const std::string& text);

}  // namespace news::eval
