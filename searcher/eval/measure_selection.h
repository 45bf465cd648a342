// The measures chosen with -m, in printing order, each with its parameters and the names of its
// values ("P" with cutoffs 5,10 has values P_5 and P_10).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "eval/measure.h"

namespace news::eval {

struct SelectedMeasure {
  const MeasureDef* def = nullptr;
  MeasureParams params;
  std::vector<std::string> value_names;
  std::size_t first_slot = 0;  // where its values start in a query's list of values
};

struct MeasureSelection {
  std::vector<SelectedMeasure> measures;  // in trec_eval's printing order
  std::size_t slot_count = 0;             // values per query, all measures together
};

// Chooses measures as trec_eval's -m does: "map", "P.5,10" (parameters after the first '.'),
// or a nickname ("official", "set", "all_trec"); no request means "official". When a measure is
// named with parameters more than once, the first parameters count. Throws InputError for an
// unknown measure or bad parameters.
MeasureSelection select_measures(const std::vector<std::string>& requests);

// The names a measure's values are printed under.
std::vector<std::string> value_names(const MeasureDef& def, const MeasureParams& params);

}  // namespace news::eval
