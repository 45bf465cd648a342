// Every measure newseval knows, defined in the *_measures.cpp file of its family.
#pragma once
#include "eval/measure.h"

namespace news::eval {

// counts_measures.cpp
extern const MeasureDef kRunIdMeasure, kNumQMeasure, kNumRetMeasure, kNumRelMeasure,
    kNumRelRetMeasure, kNumNonrelJudgedRetMeasure;
// average_precision_measures.cpp
extern const MeasureDef kMapMeasure, kGmMapMeasure, kMapCutMeasure;
// precision_measures.cpp
extern const MeasureDef kPMeasure, kRelativePMeasure, kRprecMeasure, kRprecMultMeasure;
// recall_measures.cpp
extern const MeasureDef kRecallMeasure;
// rank_measures.cpp
extern const MeasureDef kRecipRankMeasure, kMrr10Measure, kSuccessMeasure;
// interpolated_measures.cpp
extern const MeasureDef kIprecAtRecallMeasure, k11ptAvgMeasure;
// incomplete_judgment_measures.cpp
extern const MeasureDef kBprefMeasure, kGmBprefMeasure, kInfApMeasure;
// set_measures.cpp
extern const MeasureDef kSetPMeasure, kSetRelativePMeasure, kSetRecallMeasure, kSetMapMeasure,
    kSetFMeasure, kUtilityMeasure;
// ndcg_measures.cpp
extern const MeasureDef kDcgMeasure, kIdealDcgMeasure, kNdcgMeasure, kNdcgRelMeasure,
    kRndcgMeasure;
// ndcg_cut_measures.cpp
extern const MeasureDef kNdcgCutMeasure;
// gain_measures.cpp
extern const MeasureDef kGMeasure, kBinGMeasure;
// rbp_measures.cpp
extern const MeasureDef kRbpMeasure, kRbpResidMeasure;
// unjudged_measures.cpp
extern const MeasureDef kUnjMeasure, kRelstringMeasure;

}  // namespace news::eval
