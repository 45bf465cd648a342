#include "eval/measure_registry.h"

#include <map>

#include "eval/measure_defs.h"

namespace news::eval {

const std::vector<const MeasureDef*>& all_measure_defs() {
  static const std::vector<const MeasureDef*> kAll = {
      &kRunIdMeasure,     &kNumQMeasure,        &kNumRetMeasure,
      &kNumRelMeasure,    &kNumRelRetMeasure,   &kMapMeasure,
      &kGmMapMeasure,     &kRprecMeasure,       &kBprefMeasure,
      &kRecipRankMeasure, &kMrr10Measure,       &kIprecAtRecallMeasure,
      &kPMeasure,         &kRelstringMeasure,   &kRecallMeasure,
      &kInfApMeasure,     &kGmBprefMeasure,     &kRprecMultMeasure,
      &kUtilityMeasure,   &k11ptAvgMeasure,     &kBinGMeasure,
      &kGMeasure,         &kDcgMeasure,         &kIdealDcgMeasure,
      &kNdcgMeasure,      &kNdcgRelMeasure,     &kRndcgMeasure,
      &kNdcgCutMeasure,   &kMapCutMeasure,      &kRelativePMeasure,
      &kSuccessMeasure,   &kSetPMeasure,        &kSetRelativePMeasure,
      &kSetRecallMeasure, &kSetMapMeasure,      &kSetFMeasure,
      &kNumNonrelJudgedRetMeasure, &kRbpMeasure, &kRbpResidMeasure,
      &kUnjMeasure,
  };
  return kAll;
}

const MeasureDef* find_measure_def(const std::string& name) {
  for (const MeasureDef* def : all_measure_defs()) {
    if (name == def->name) return def;
  }
  return nullptr;
}

const std::vector<std::string>* nickname_members(const std::string& name) {
  static const std::map<std::string, std::vector<std::string>> kNicknames = {
      {"official",
       {"runid", "num_q", "num_ret", "num_rel", "num_rel_ret", "map", "gm_map", "Rprec", "bpref",
        "recip_rank", "iprec_at_recall", "P"}},
      {"set",
       {"runid", "num_q", "num_ret", "num_rel", "num_rel_ret", "utility", "set_P", "set_recall",
        "set_relative_P", "set_map", "set_F"}},
      {"all_trec",
       {"runid", "num_q", "num_ret", "num_rel", "num_rel_ret", "map", "gm_map", "Rprec", "bpref",
        "recip_rank", "iprec_at_recall", "P", "relstring", "recall", "unj", "rbp", "rbp_resid",
        "infAP", "gm_bpref", "utility", "11pt_avg", "ndcg", "relative_P", "Rprec_mult",
        "success", "map_cut", "ndcg_cut", "ndcg_rel", "Rndcg", "binG", "G", "set_P",
        "set_recall", "set_relative_P", "set_map", "set_F", "num_nonrel_judged_ret"}},
  };
  const auto it = kNicknames.find(name);
  return it == kNicknames.end() ? nullptr : &it->second;
}

}  // namespace news::eval
