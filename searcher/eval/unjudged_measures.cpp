// How much of the top of a ranking was judged: the fraction of unjudged documents at cutoffs
// (unj, a red flag for a run the judgments barely cover), and relstring, the judgments of the
// first N documents as a string (per query only).
#include <algorithm>

#include "eval/measure_defs.h"

namespace news::eval {

namespace {

void unj(const RankedQuery& q, const EvalSettings&, const MeasureParams& params, Value* out) {
  for (std::size_t i = 0; i < params.cutoffs.size(); ++i) {
    const long k = params.cutoffs[i];
    const long n = std::min(k, q.num_ret);
    const long unjudged = static_cast<long>(
        std::count_if(q.rels.begin(), q.rels.begin() + n,
                      [](long rel) { return rel == kNotInPool || rel == kPoolUnjudged; }));
    out[i].number = static_cast<double>(unjudged) / static_cast<double>(k);
  }
}

// One character per document: its judgment 0-9, '>' above 9, '-' not in the pool, '.' in the
// pool but unjudged.
char relstring_char(long rel) {
  if (rel > 9) return '>';
  if (rel >= 0) return static_cast<char>('0' + rel);
  if (rel == kNotInPool) return '-';
  if (rel == kPoolUnjudged) return '.';
  return '<';
}

void relstring(const RankedQuery& q, const EvalSettings&, const MeasureParams& params,
               Value* out) {
  const long length = std::max(0L, std::min(static_cast<long>(params.numbers[0]), q.num_ret));
  std::string text;
  for (long i = 0; i < length; ++i) text += relstring_char(q.rels[i]);
  out[0].text = text;
}

}  // namespace

const MeasureDef kUnjMeasure = cutoff_measure("unj", {"", {5, 10, 20}, {}, {}}, unj);
const MeasureDef kRelstringMeasure{"relstring", ParamKind::kDoubles, {"", {}, {10.0}, {}},
                                   Aggregate::kNone, Printed::kQuotedText, true, relstring};

}  // namespace news::eval
