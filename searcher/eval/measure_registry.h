// The measures newseval knows, in trec_eval's order (the order they are printed in whatever
// order -m named them), and the nicknames for sets of them (official, set, all_trec).
#pragma once
#include <string>
#include <vector>

#include "eval/measure.h"

namespace news::eval {

// Every measure, in printing order: trec_eval 10's, with mrr_10 (newseval's) after recip_rank.
const std::vector<const MeasureDef*>& all_measure_defs();

// The measure called name, or nullptr.
const MeasureDef* find_measure_def(const std::string& name);

// The measure names a nickname stands for ("official", "set", "all_trec"), or nullptr when name
// is not a nickname.
const std::vector<std::string>* nickname_members(const std::string& name);

}  // namespace news::eval
