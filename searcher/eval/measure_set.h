// The measures newseval reports, their trec_eval names and their printing order.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "eval/measures.h"

namespace news::eval {

// Declared in trec_eval's printing order (num_q ... map, recip_rank, P, recall, ndcg_cut);
// mrr_10, which trec_eval lacks, sits beside recip_rank.
enum class Measure {
  kNumQ,
  kNumRet,
  kNumRel,
  kNumRelRet,
  kMap,
  kRecipRank,
  kMrr10,
  kP10,
  kRecall100,
  kRecall1000,
  kNdcgCut10,
};

// Every measure, in printing order.
const std::vector<Measure>& all_measures();

const char* measure_name(Measure m);

// Counts are printed as integers, everything else with four decimals.
bool is_count(Measure m);

// The value of m in scores. kNumQ has no per-query value and is not looked up here.
double measure_value(Measure m, const QueryScores& scores);

// Looks a measure up by name; trec_eval's parameter spelling ("P.10", "ndcg_cut.10") is
// accepted for the measures whose name carries a cutoff.
std::optional<Measure> find_measure(std::string_view name);

}  // namespace news::eval
