#include "eval/cli.h"

#include <algorithm>
#include <optional>

#include "eval/evaluate.h"
#include "eval/input_error.h"
#include "eval/measure_set.h"
#include "eval/qrels.h"
#include "eval/report.h"
#include "eval/run.h"

namespace news::eval {

namespace {

constexpr const char* kUsage =
    "Usage: newseval [-q] [-m MEASURE]... [--run-queries-only] QRELS RUN\n"
    "\n"
    "Scores a TREC run against TREC qrels with trec_eval's conventions and prints\n"
    "'measure<TAB>qid<TAB>value' lines; the summary lines have qid 'all'.\n"
    "\n"
    "  QRELS   judgments, one 'qid iter docno rel' per line; rel >= 1 is relevant,\n"
    "          and for ndcg_cut_10 rel is the gain\n"
    "  RUN     results, one 'qid Q0 docno rank score tag' per line, or '-' for stdin;\n"
    "          documents are ranked by score descending, ties by docno descending;\n"
    "          the rank column is ignored\n"
    "\n"
    "  -q                   also print every query's values, before the summary\n"
    "  -m, --measure NAME   print only NAME (repeatable); default: all measures\n"
    "  --run-queries-only   average over the queries present in both files\n"
    "                       (trec_eval's default) instead of every qrels query\n"
    "  -h, --help           print this help\n"
    "\n"
    "By default the averages cover every query in the qrels, and a query the run\n"
    "lacks scores 0, as with trec_eval -c.\n"
    "\n"
    "Measures: num_q num_ret num_rel num_rel_ret map recip_rank mrr_10 P_10\n"
    "          recall_100 recall_1000 ndcg_cut_10\n"
    "  mrr_10 is recip_rank counting only a first relevant document in the top 10.\n"
    "  num_ret, num_rel and num_rel_ret are summed over queries, the rest averaged.\n"
    "\n"
    "Exit status: 0 on success, 2 on a missing or malformed file or a bad option.\n";

struct Options {
  bool help = false;
  bool per_query = false;
  QuerySet query_set = QuerySet::kAllJudged;
  std::vector<Measure> measures;
  std::vector<std::string> files;
};

void add_measure(Options& options, const std::string& name) {
  const std::optional<Measure> m = find_measure(name);
  if (!m) throw InputError("unknown measure '" + name + "' (see --help)");
  if (std::find(options.measures.begin(), options.measures.end(), *m) == options.measures.end()) {
    options.measures.push_back(*m);
  }
}

Options parse_options(const std::vector<std::string>& args) {
  Options options;
  bool only_files = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      options.files.push_back(arg);
    } else if (arg == "--") {
      only_files = true;
    } else if (arg == "-h" || arg == "--help") {
      options.help = true;
    } else if (arg == "-q") {
      options.per_query = true;
    } else if (arg == "--run-queries-only") {
      options.query_set = QuerySet::kRunOnly;
    } else if (arg == "-m" || arg == "--measure") {
      if (i + 1 == args.size()) throw InputError("option " + arg + " needs a measure name");
      add_measure(options, args[++i]);
    } else if (arg.rfind("--measure=", 0) == 0) {
      add_measure(options, arg.substr(10));
    } else if (arg.rfind("-m", 0) == 0) {
      add_measure(options, arg.substr(2));  // trec_eval also takes "-mmap"
    } else {
      throw InputError("unknown option '" + arg + "' (see --help)");
    }
  }
  if (!options.help && options.files.size() != 2) {
    throw InputError("expected 2 files (QRELS RUN), got " + std::to_string(options.files.size()) +
                     " (see --help)");
  }
  // Measures print in trec_eval's order whatever order -m named them in.
  if (options.measures.empty()) {
    options.measures = all_measures();
  } else {
    std::sort(options.measures.begin(), options.measures.end());
  }
  return options;
}

}  // namespace

int run_newseval(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  try {
    const Options options = parse_options(args);
    if (options.help) {
      out << kUsage;
      return kExitOk;
    }
    const Qrels qrels = read_qrels(options.files[0]);
    if (qrels.empty()) throw InputError(options.files[0] + ": no judgments");
    const Run run = read_run(options.files[1]);
    const Evaluation evaluation = evaluate(qrels, run, options.query_set);
    if (evaluation.num_q == 0) {
      throw InputError("no query of " + options.files[1] + " has judgments in " +
                       options.files[0]);
    }
    write_report(out, evaluation, options.measures, options.per_query);
    out.flush();
    if (!out) throw InputError("cannot write the report");
    return kExitOk;
  } catch (const InputError& e) {
    err << "newseval: " << e.what() << '\n';
    return kExitError;
  }
}

}  // namespace news::eval
