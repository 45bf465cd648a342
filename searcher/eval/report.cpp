#include "eval/report.h"

#include <cstdio>
#include <string>

namespace news::eval {

namespace {

void write_line(std::ostream& out, const std::string& name, const std::string& qid,
                const Value& value, Printed printed) {
  // Measure names are left-aligned in 22 columns and the fields separated by tabs, as trec_eval
  // prints them; a name of 22 characters or more is not cut.
  std::string line(512 + name.size() + qid.size() + value.text.size(), '\0');
  int n = 0;
  switch (printed) {
    case Printed::kNumber:
      n = std::snprintf(line.data(), line.size(), "%-22s\t%s\t%6.4f\n", name.c_str(), qid.c_str(),
                        value.number);
      break;
    case Printed::kInteger:
      n = std::snprintf(line.data(), line.size(), "%-22s\t%s\t%ld\n", name.c_str(), qid.c_str(),
                        static_cast<long>(value.number));
      break;
    case Printed::kText:
      n = std::snprintf(line.data(), line.size(), "%-22s\t%s\t%s\n", name.c_str(), qid.c_str(),
                        value.text.c_str());
      break;
    case Printed::kQuotedText:
      n = std::snprintf(line.data(), line.size(), "%-22s\t%s\t'%s'\n", name.c_str(), qid.c_str(),
                        value.text.c_str());
      break;
  }
  out.write(line.data(), n);
}

void write_values(std::ostream& out, const SelectedMeasure& m, const std::string& qid,
                  const std::vector<Value>& values) {
  for (std::size_t i = 0; i < m.value_names.size(); ++i) {
    write_line(out, m.value_names[i], qid, values[m.first_slot + i], m.def->printed);
  }
}

}  // namespace

void write_report(std::ostream& out, const Evaluation& evaluation,
                  const MeasureSelection& selection, bool per_query, bool summary) {
  if (per_query) {
    for (const QueryResult& q : evaluation.queries) {
      for (const SelectedMeasure& m : selection.measures) {
        if (m.def->per_query) write_values(out, m, q.qid, q.values);
      }
    }
  }
  if (!summary) return;
  for (const SelectedMeasure& m : selection.measures) {
    if (m.def->aggregate != Aggregate::kNone) write_values(out, m, "all", evaluation.summary);
  }
}

}  // namespace news::eval
