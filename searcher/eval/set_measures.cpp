// Measures of the retrieved set as a whole, ignoring the order: set_P, set_recall,
// set_relative_P, set_map (set precision times set recall), set_F and utility.
#include <algorithm>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

double as_double(long n) { return static_cast<double>(n); }

void set_p(const RankedQuery& q, const EvalSettings&, const MeasureParams&, Value* out) {
  if (q.num_ret) out[0].number = as_double(q.num_rel_ret) / as_double(q.num_ret);
}

void set_recall(const RankedQuery& q, const EvalSettings&, const MeasureParams&, Value* out) {
  if (q.num_rel) out[0].number = as_double(q.num_rel_ret) / as_double(q.num_rel);
}

void set_relative_p(const RankedQuery& q, const EvalSettings&, const MeasureParams&,
                    Value* out) {
  if (q.num_ret && q.num_rel) {
    out[0].number = as_double(q.num_rel_ret) / as_double(std::min(q.num_ret, q.num_rel));
  }
}

void set_map(const RankedQuery& q, const EvalSettings&, const MeasureParams&, Value* out) {
  if (q.num_ret && q.num_rel) {
    out[0].number = (as_double(q.num_rel_ret) * as_double(q.num_rel_ret)) /
                    (as_double(q.num_ret) * as_double(q.num_rel));
  }
}

// (x + 1) P R / (x P + R), x weighing recall against precision (1 by default).
void set_f(const RankedQuery& q, const EvalSettings&, const MeasureParams& params, Value* out) {
  if (!q.num_rel_ret) return;
  const double precision = as_double(q.num_rel_ret) / as_double(q.num_ret);
  const double recall = as_double(q.num_rel_ret) / as_double(q.num_rel);
  const double x = params.numbers[0];
  out[0].number = (x + 1.0) * precision * recall / (x * precision + recall);
}

// p1 (relevant retrieved) + p2 (non-relevant retrieved) + p3 (relevant missed) + p4 (the rest
// of the collection, -N).
void utility(const RankedQuery& q, const EvalSettings& s, const MeasureParams& params,
             Value* out) {
  const std::vector<double>& c = params.numbers;
  out[0].number = c[0] * as_double(q.num_rel_ret) + c[1] * as_double(q.num_ret - q.num_rel_ret) +
                  c[2] * as_double(q.num_rel - q.num_rel_ret) +
                  c[3] * as_double(s.num_docs_in_collection + q.num_rel_ret - q.num_ret -
                                   q.num_rel);
}

}  // namespace

const MeasureDef kSetPMeasure = mean_measure("set_P", set_p);
const MeasureDef kSetRelativePMeasure = mean_measure("set_relative_P", set_relative_p);
const MeasureDef kSetRecallMeasure = mean_measure("set_recall", set_recall);
const MeasureDef kSetMapMeasure = mean_measure("set_map", set_map);
const MeasureDef kSetFMeasure{"set_F", ParamKind::kDoubles, {"", {}, {1.0}, {}},
                              Aggregate::kMean, Printed::kNumber, true, set_f};
const MeasureDef kUtilityMeasure{"utility",         ParamKind::kDoubles,
                                 {"", {}, {1.0, -1.0, 0.0, 0.0}, {}},
                                 Aggregate::kMean,  Printed::kNumber,
                                 true,              utility,
                                 4};

}  // namespace news::eval
