#include "eval/measure_set.h"

#include <string>

namespace news::eval {

const std::vector<Measure>& all_measures() {
  static const std::vector<Measure> kAll = {
      Measure::kNumQ,      Measure::kNumRet, Measure::kNumRel,    Measure::kNumRelRet,
      Measure::kMap,       Measure::kRecipRank, Measure::kMrr10, Measure::kP10,
      Measure::kRecall100, Measure::kRecall1000, Measure::kNdcgCut10,
  };
  return kAll;
}

const char* measure_name(Measure m) {
  switch (m) {
    case Measure::kNumQ: return "num_q";
    case Measure::kNumRet: return "num_ret";
    case Measure::kNumRel: return "num_rel";
    case Measure::kNumRelRet: return "num_rel_ret";
    case Measure::kMap: return "map";
    case Measure::kRecipRank: return "recip_rank";
    case Measure::kMrr10: return "mrr_10";
    case Measure::kP10: return "P_10";
    case Measure::kRecall100: return "recall_100";
    case Measure::kRecall1000: return "recall_1000";
    case Measure::kNdcgCut10: return "ndcg_cut_10";
  }
  return "?";
}

bool is_count(Measure m) {
  return m == Measure::kNumQ || m == Measure::kNumRet || m == Measure::kNumRel ||
         m == Measure::kNumRelRet;
}

double measure_value(Measure m, const QueryScores& s) {
  switch (m) {
    case Measure::kNumQ: return 0;
    case Measure::kNumRet: return static_cast<double>(s.num_ret);
    case Measure::kNumRel: return static_cast<double>(s.num_rel);
    case Measure::kNumRelRet: return static_cast<double>(s.num_rel_ret);
    case Measure::kMap: return s.map;
    case Measure::kRecipRank: return s.recip_rank;
    case Measure::kMrr10: return s.mrr_10;
    case Measure::kP10: return s.p_10;
    case Measure::kRecall100: return s.recall_100;
    case Measure::kRecall1000: return s.recall_1000;
    case Measure::kNdcgCut10: return s.ndcg_cut_10;
  }
  return 0;
}

std::optional<Measure> find_measure(std::string_view name) {
  std::string wanted(name);
  // trec_eval writes a cutoff as a parameter ("P.10") and prints it as "P_10".
  if (const auto dot = wanted.find('.'); dot != std::string::npos) wanted[dot] = '_';
  for (Measure m : all_measures()) {
    if (wanted == measure_name(m)) return m;
  }
  return std::nullopt;
}

}  // namespace news::eval
