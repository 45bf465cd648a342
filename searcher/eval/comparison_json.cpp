#include <limits>

#include <nlohmann/json.hpp>

#include "eval/comparison_report.h"

namespace news::eval {

namespace {

using Json = nlohmann::ordered_json;

Json run_json(const RunComparison& r) {
  Json moved = Json::array();
  for (const MovedTopic& m : r.moved) {
    moved.push_back({{"topic", m.topic}, {"baseline", m.baseline}, {"run", m.run},
                     {"diff", m.run - m.baseline}});
  }
  // NaN (a relative difference to a mean of 0, a t-test on one topic) is written as null.
  return {{"file", r.file},
          {"runid", r.run_id},
          {"mean", r.mean},
          {"diff", r.diff},
          {"relative_diff", r.relative_diff},
          {"p_randomization", r.p_randomization},
          {"p_randomization_holm", r.p_randomization_holm},
          {"randomization_exact", r.randomization_exact},
          {"sign_patterns", r.sign_patterns},
          {"t", r.t},
          {"p_t", r.p_t},
          {"p_t_holm", r.p_t_holm},
          {"significant", r.significant},
          {"wins", r.wins},
          {"ties", r.ties},
          {"losses", r.losses},
          {"moved", moved}};
}

Json settings_json(const ComparisonReport& report) {
  const EvalSettings& s = report.settings;
  Json max_docs = nullptr;
  if (s.max_docs_per_topic != std::numeric_limits<std::size_t>::max()) max_docs = s.max_docs_per_topic;
  return {{"relevance_level", s.relevance_level},
          {"max_docs_per_topic", max_docs},
          {"judged_docs_only", s.judged_docs_only}};
}

}  // namespace

void write_comparison_json(std::ostream& out, const ComparisonReport& report) {
  Json runs = Json::array();
  for (const RunInfo& r : report.runs) runs.push_back({{"file", r.file}, {"runid", r.run_id}});
  Json measures = Json::array();
  for (const MeasureComparison& m : report.measures) {
    Json per_run = Json::array();
    for (const RunComparison& r : m.runs) per_run.push_back(run_json(r));
    measures.push_back({{"measure", m.measure}, {"baseline_mean", m.baseline_mean}, {"runs", per_run}});
  }
  const Json doc = {
      {"qrels", report.qrels_file},
      {"topics", report.topics},
      {"topic_set", "every judged topic; a run without results for a topic scores 0 on it"},
      {"baseline", {{"file", report.baseline.file}, {"runid", report.baseline.run_id}}},
      {"runs", runs},
      {"settings", settings_json(report)},
      {"randomization", {{"permutations", report.comparison.permutations},
                         {"seed", report.comparison.seed},
                         {"sides", 2}}},
      {"correction", "holm"},
      {"alpha", report.comparison.alpha},
      {"measures", measures}};
  out << doc.dump(2) << '\n';
}

}  // namespace news::eval
