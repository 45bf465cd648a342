#include "eval/compare.h"

#include <map>

#include "eval/comparison_report.h"
#include "eval/evaluate.h"
#include "eval/input_error.h"
#include "eval/measure_registry.h"
#include "eval/measure_selection.h"
#include "eval/qrels.h"
#include "eval/run.h"

namespace news::eval {

namespace {

// Without -m: the measures the benchmark report leads with.
const std::vector<std::string> kDefaultMeasures = {"map", "recip_rank", "P.10", "recall.1000",
                                                   "ndcg_cut.10"};

// Only measures averaged over topics have a per-topic value to pair: not counts, geometric means,
// runid or relstring.
bool comparable(const MeasureDef& def) {
  return def.aggregate == Aggregate::kMean && def.compute != nullptr;
}

MeasureSelection comparable_selection(const std::vector<std::string>& requests) {
  const std::vector<std::string>& wanted = requests.empty() ? kDefaultMeasures : requests;
  for (const std::string& request : wanted) {
    const std::string name = request.substr(0, request.find('.'));
    const MeasureDef* def = nickname_members(name) ? nullptr : find_measure_def(name);
    if (def && !comparable(*def)) {
      throw InputError("measure '" + name + "' has no per-topic mean to compare");
    }
  }
  MeasureSelection all = select_measures(wanted), kept;
  for (SelectedMeasure& m : all.measures) {
    if (!comparable(*m.def)) continue;
    m.first_slot = kept.slot_count;
    kept.slot_count += m.value_names.size();
    kept.measures.push_back(std::move(m));
  }
  return kept;
}

// Every judged topic, in qid order; a topic the run lacks scores 0 (trec_eval -c).
TopicScores topic_scores(const std::string& file, const Qrels& qrels,
                         const MeasureSelection& selection, const EvalSettings& settings) {
  const Run run = read_run(file);
  const Evaluation evaluation = evaluate(qrels, run, selection, settings);
  std::map<std::string, std::size_t> index;
  for (const auto& [qid, judgments] : qrels) index.emplace(qid, index.size());
  TopicScores scores{file, run.run_id, {}};
  scores.by_slot.assign(selection.slot_count, std::vector<double>(qrels.size(), 0.0));
  for (const QueryResult& q : evaluation.queries) {
    for (std::size_t slot = 0; slot < selection.slot_count; ++slot) {
      scores.by_slot[slot][index.at(q.qid)] = q.values[slot].number;
    }
  }
  return scores;
}

}  // namespace

void compare_runs(const Options& options, std::ostream& out) {
  const std::vector<std::string>& files = options.files;
  if (files.size() < 3) {
    throw InputError("--compare needs QRELS BASELINE RUN... (at least one run), got " +
                     std::to_string(files.size()) + " files");
  }
  const MeasureSelection selection = comparable_selection(options.measures);
  const Qrels qrels = read_qrels(files[0]);
  EvalSettings settings = options.settings;
  settings.average_over_all_judged = true;
  const TopicScores baseline = topic_scores(files[1], qrels, selection, settings);
  std::vector<TopicScores> runs;
  for (std::size_t i = 2; i < files.size(); ++i) {
    runs.push_back(topic_scores(files[i], qrels, selection, settings));
  }
  std::vector<std::string> slot_names, topics;
  for (const SelectedMeasure& m : selection.measures) {
    slot_names.insert(slot_names.end(), m.value_names.begin(), m.value_names.end());
  }
  for (const auto& [qid, judgments] : qrels) topics.push_back(qid);
  const CompareSettings& c = options.compare_settings;
  ComparisonReport report{files[0], topics.size(), {baseline.file, baseline.run_id}, {}, settings,
                          {c.permutations, c.seed, c.alpha, c.moved}, {}};
  for (const TopicScores& r : runs) report.runs.push_back({r.file, r.run_id});
  report.measures = compare_scores(baseline, runs, slot_names, topics, report.comparison);
  if (c.json) {
    write_comparison_json(out, report);
  } else {
    write_comparison_text(out, report);
  }
}

}  // namespace news::eval
