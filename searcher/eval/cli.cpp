#include "eval/cli.h"

#include "eval/compare.h"
#include "eval/evaluate.h"
#include "eval/input_error.h"
#include "eval/measure_selection.h"
#include "eval/options.h"
#include "eval/qrels.h"
#include "eval/report.h"
#include "eval/run.h"

namespace news::eval {

namespace {

constexpr const char* kVersion =
    "newseval: trec_eval 10 measures, command line and output; --compare for significance\n";

int score_run(const Options& options, std::ostream& out) {
  if (options.files.size() != 2) {
    throw InputError("expected 2 files (QRELS RUN), got " + std::to_string(options.files.size()) +
                     " (see newseval --help)");
  }
  const MeasureSelection selection = select_measures(options.measures);
  const Qrels qrels = read_qrels(options.files[0]);
  const Run run = read_run(options.files[1]);
  const Evaluation evaluation = evaluate(qrels, run, selection, options.settings);
  if (evaluation.queries.empty()) {
    throw InputError("no query of " + options.files[1] + " has judgments in " + options.files[0]);
  }
  write_report(out, evaluation, selection, options.per_query, !options.no_summary);
  return kExitOk;
}

}  // namespace

int run_newseval(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  try {
    const Options options = parse_options(args);
    if (options.help) {
      out << options.help_text;
    } else if (options.version) {
      out << kVersion;
    } else if (options.compare) {
      compare_runs(options, out);
    } else {
      score_run(options, out);
    }
    out.flush();
    if (!out) throw InputError("cannot write the report");
    return kExitOk;
  } catch (const InputError& e) {
    err << "newseval: " << e.what() << '\n';
    return kExitError;
  }
}

}  // namespace news::eval
