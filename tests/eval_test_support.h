// Helpers for the newseval tests: small qrels, runs and rankings written inline, a measure's
// values on one ranking, and running the newseval command line in-process.
#pragma once
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "eval/cli.h"
#include "eval/measure_selection.h"
#include "eval/qrels.h"
#include "eval/ranking.h"
#include "eval/run.h"

namespace news::eval::testing {

// Tolerance for values worked out by hand.
inline constexpr double kEps = 1e-9;

inline Qrels qrels_from(const std::string& text) {
  std::istringstream in(text);
  return parse_qrels(in, "qrels.txt");
}

inline Run run_from(const std::string& text) {
  std::istringstream in(text);
  return parse_run(in, "run.txt");
}

// The ranking of docs in the order given (the first gets the highest score).
inline RankedQuery ranked(const Judgments& judgments, const std::vector<std::string>& docs,
                          const EvalSettings& settings = {}) {
  std::vector<Retrieved> retrieved;
  double score = static_cast<double>(docs.size());
  for (const std::string& d : docs) retrieved.push_back({d, score--});
  return rank_query(retrieved, judgments, settings);
}

// The ranking most measure tests use. Judgments: a 2, b 1, c 0, d 1, e -1 (in the pool, not
// judged), f 3 (never retrieved). The run ranks c, a, x (not in the qrels), e, b, d, so by rank
// the judgments are 0, 2, -1 (not in pool), -2 (pool unjudged), 1, 1. At level 1 the relevant
// documents are a, b, d, f: R = 4, 3 of them retrieved at ranks 2, 5 and 6.
inline const Judgments& example_judgments() {
  static const Judgments judged = {{"a", 2}, {"b", 1}, {"c", 0}, {"d", 1}, {"e", -1}, {"f", 3}};
  return judged;
}

inline RankedQuery example(const EvalSettings& settings = {}) {
  return ranked(example_judgments(), {"c", "a", "x", "e", "b", "d"}, settings);
}

// The values of one measure ("P.5,10", "map") on a ranking, by printed name.
inline std::map<std::string, double> values_of(const std::string& measure, const RankedQuery& q,
                                               const EvalSettings& settings = {}) {
  const MeasureSelection selection = select_measures({measure});
  std::vector<Value> values(selection.slot_count);
  for (const SelectedMeasure& m : selection.measures) {
    m.def->compute(q, settings, m.params, &values[m.first_slot]);
  }
  std::map<std::string, double> by_name;
  for (const SelectedMeasure& m : selection.measures) {
    for (std::size_t i = 0; i < m.value_names.size(); ++i) {
      by_name[m.value_names[i]] = values[m.first_slot + i].number;
    }
  }
  return by_name;
}

// The one value of a measure without cutoffs.
inline double value_of(const std::string& measure, const RankedQuery& q,
                       const EvalSettings& settings = {}) {
  return values_of(measure, q, settings).begin()->second;
}

struct Outcome {
  int status = 0;
  std::string out;
  std::string err;
};

inline Outcome newseval(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  Outcome o;
  o.status = run_newseval(args, out, err);
  o.out = out.str();
  o.err = err.str();
  return o;
}

}  // namespace news::eval::testing
