// What a measure is: its trec_eval name, how its parameters are written, how its per-query values
// are computed, averaged and printed. The measures themselves are in *_measures.cpp, one file
// per family, and listed in trec_eval's order in measure_registry.cpp.
#pragma once
#include <cmath>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "eval/ranking.h"
#include "eval/settings.h"

namespace news::eval {

// How the parameters after a measure's name are written ("P.5,10", "ndcg.1=3,2=9").
enum class ParamKind {
  kNone,           // none (parameters given anyway are ignored, as trec_eval ignores them)
  kLongCutoffs,    // positive whole cutoffs, one value each: P_5, P_10
  kDoubleCutoffs,  // fractional cutoffs, one value each: iprec_at_recall_0.10
  kDoubles,        // numbers that shape the one value: utility.1,-1,0,0
  kGainPairs,      // name=number pairs that shape the one value: ndcg.1=3,2=9, rbp.p=0.8
};

// How the summary ("all") value is formed from the per-query values.
enum class Aggregate {
  kMean,           // mean over the queries (over every judged query with -c)
  kSum,            // sum over the queries
  kRelevantSum,    // num_rel: a sum, but with -c every judgment above 0 in the qrels
  kGeometricMean,  // per-query values are logs; exp of their mean (-c: missing ones at 1e-5)
  kQueryCount,     // num_q: the queries averaged over
  kRunId,          // the run's tag
  kNone,           // no summary (relstring)
};

enum class Printed { kNumber, kInteger, kText, kQuotedText };

struct MeasureParams {
  std::string as_written;  // what followed the '.' on the command line; "" for the defaults
  std::vector<long> cutoffs;
  std::vector<double> numbers;
  std::vector<std::pair<std::string, double>> pairs;
};

// Values are floored here before their logs are taken for a geometric mean (gm_map, gm_bpref),
// so one query at 0 does not make the mean 0.
inline constexpr double kMinGeoMean = 0.00001;

// DCG's discount of the document at 0-based position i: log2 of its rank plus one.
inline double rank_discount(long i) { return std::log2(static_cast<double>(i + 2)); }

// trec_eval's default cutoffs for P, recall, relative_P, map_cut and ndcg_cut.
inline MeasureParams standard_cutoffs() {
  return {"", {5, 10, 15, 20, 30, 100, 200, 500, 1000}, {}, {}};
}

struct Value {
  double number = 0;
  std::string text;  // relstring and runid
};

// Writes a measure's values for one query (one per cutoff, else one) to out.
using ComputeFn = void (*)(const RankedQuery& query, const EvalSettings& settings,
                           const MeasureParams& params, Value* out);

struct MeasureDef {
  const char* name;
  ParamKind param_kind;
  MeasureParams defaults;
  Aggregate aggregate;
  Printed printed;
  bool per_query;     // printed for each query with -q
  ComputeFn compute;  // nullptr when there is no per-query value (runid)
  std::size_t numbers_needed = 0;  // kDoubles: exactly this many numbers (0: any)
};

// The common kinds of measure: one value per query, printed with -q, averaged over queries.
inline MeasureDef mean_measure(const char* name, ComputeFn compute) {
  return {name, ParamKind::kNone, {}, Aggregate::kMean, Printed::kNumber, true, compute};
}
// ... with whole-number cutoffs, one value each.
inline MeasureDef cutoff_measure(const char* name, MeasureParams defaults, ComputeFn compute) {
  return {name, ParamKind::kLongCutoffs, std::move(defaults), Aggregate::kMean, Printed::kNumber,
          true, compute};
}
// ... with level=gain parameters.
inline MeasureDef gain_measure(const char* name, ComputeFn compute) {
  return {name, ParamKind::kGainPairs, {}, Aggregate::kMean, Printed::kNumber, true, compute};
}

}  // namespace news::eval
