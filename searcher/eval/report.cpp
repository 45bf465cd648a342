#include "eval/report.h"

#include <cstdio>
#include <string>

namespace news::eval {

namespace {

void write_line(std::ostream& out, Measure m, const std::string& qid, double value) {
  char number[64];
  if (is_count(m)) {
    std::snprintf(number, sizeof number, "%ld", static_cast<long>(value));
  } else {
    std::snprintf(number, sizeof number, "%.4f", value);
  }
  out << measure_name(m) << '\t' << qid << '\t' << number << '\n';
}

}  // namespace

void write_report(std::ostream& out, const Evaluation& evaluation,
                  const std::vector<Measure>& measures, bool per_query) {
  if (per_query) {
    for (const QueryResult& q : evaluation.queries) {
      for (Measure m : measures) {
        if (m != Measure::kNumQ) write_line(out, m, q.qid, measure_value(m, q.scores));
      }
    }
  }
  for (Measure m : measures) {
    const double value = m == Measure::kNumQ ? static_cast<double>(evaluation.num_q)
                                             : measure_value(m, evaluation.all);
    write_line(out, m, "all", value);
  }
}

}  // namespace news::eval
