// Counts: queries, documents retrieved, relevant, relevant retrieved, judged non-relevant
// retrieved; and the run's id. Counts are summed over queries, not averaged.
#include "eval/measure_defs.h"

namespace news::eval {

namespace {

void num_q(const RankedQuery&, const EvalSettings&, const MeasureParams&, Value* out) {
  out[0].number = 1;
}

void num_ret(const RankedQuery& q, const EvalSettings&, const MeasureParams&, Value* out) {
  out[0].number = static_cast<double>(q.num_ret);
}

void num_rel(const RankedQuery& q, const EvalSettings&, const MeasureParams&, Value* out) {
  out[0].number = static_cast<double>(q.num_rel);
}

void num_rel_ret(const RankedQuery& q, const EvalSettings&, const MeasureParams&, Value* out) {
  out[0].number = static_cast<double>(q.num_rel_ret);
}

// Retrieved documents judged below the relevance level: neither unjudged nor relevant.
void num_nonrel_judged_ret(const RankedQuery& q, const EvalSettings&, const MeasureParams&,
                           Value* out) {
  out[0].number =
      static_cast<double>(q.num_ret - q.num_nonpool - q.num_unjudged_in_pool - q.num_rel_ret);
}

}  // namespace

const MeasureDef kRunIdMeasure{"runid", ParamKind::kNone, {}, Aggregate::kRunId,
                               Printed::kText, false, nullptr};
const MeasureDef kNumQMeasure{"num_q", ParamKind::kNone, {}, Aggregate::kQueryCount,
                              Printed::kInteger, false, num_q};
const MeasureDef kNumRetMeasure{"num_ret", ParamKind::kNone, {}, Aggregate::kSum,
                                Printed::kInteger, true, num_ret};
const MeasureDef kNumRelMeasure{"num_rel", ParamKind::kNone, {}, Aggregate::kRelevantSum,
                                Printed::kInteger, true, num_rel};
const MeasureDef kNumRelRetMeasure{"num_rel_ret", ParamKind::kNone, {}, Aggregate::kSum,
                                   Printed::kInteger, true, num_rel_ret};
const MeasureDef kNumNonrelJudgedRetMeasure{"num_nonrel_judged_ret", ParamKind::kNone, {},
                                            Aggregate::kSum, Printed::kInteger, true,
                                            num_nonrel_judged_ret};

}  // namespace news::eval
