#include "eval/options.h"

#include <cstdlib>

#include "cli/options.h"
#include "eval/input_error.h"

namespace news::eval {

namespace {

constexpr const char* kUsage =
    "newseval [options] QRELS RUN\n"
    "       newseval --compare [options] QRELS BASELINE RUN...";

constexpr const char* kAbout =
    "Scores a TREC run against TREC qrels as trec_eval 10 does: the same command line, the same\n"
    "measures (-m all_trec) and the same output, byte for byte. Queries in both files are averaged\n"
    "over (-c: every query of the qrels, a query without results counting 0). Documents are\n"
    "ranked by score, ties by docno descending; the rank column is ignored. RUN may be '-' for\n"
    "standard input.\n"
    "\n"
    "With --compare, scores each RUN and BASELINE on every judged topic and prints, per measure,\n"
    "the means, the difference to the baseline, a paired two-sided randomization test and a\n"
    "paired t-test (p-values Holm-corrected over the runs), wins/ties/losses per topic and the\n"
    "topics that moved most; --json prints the same as JSON.";

constexpr const char* kEpilog =
    "Measures (-m NAME or NAME.PARAMS, defaults shown; printed in this order whatever the order\n"
    "of -m):\n"
    "  runid num_q num_ret num_rel num_rel_ret map gm_map Rprec bpref recip_rank mrr_10\n"
    "  iprec_at_recall.0,.1,...,1 P.5,10,15,20,30,100,200,500,1000 relstring.10\n"
    "  recall.5,...,1000 infAP gm_bpref Rprec_mult.0.2,...,2.0 utility.1,-1,0,0\n"
    "  11pt_avg.0,.1,...,1 binG G dcg ideal_dcg ndcg ndcg_rel Rndcg ndcg_cut.5,...,1000\n"
    "  map_cut.5,...,1000 relative_P.5,...,1000 success.1,5,10 set_P set_relative_P set_recall\n"
    "  set_map set_F.1.0 num_nonrel_judged_ret rbp.p=0.9 rbp_resid.p=0.9 unj.5,10,20\n"
    "G, dcg, ideal_dcg, ndcg, ndcg_rel, Rndcg and rbp take gains per judgment: ndcg.1=3,2=9.\n"
    "Nicknames: official (the default), set, all_trec (everything but dcg, ideal_dcg, mrr_10).\n"
    "mrr_10 (newseval's, not trec_eval's) is recip_rank counting only the top 10; trec_eval gives\n"
    "the same with -M 10 -m recip_rank. Parameters follow trec_eval: cutoffs are written\n"
    "P.10, not P_10.\n"
    "\n"
    "Exit status: 0 on success, 2 for a missing or malformed file, an unknown measure or a bad\n"
    "option.";

long parse_level(const std::string& text) {
  char* end = nullptr;
  const long level = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0') {
    throw std::invalid_argument("-l needs a whole number, not \"" + text + "\"");
  }
  return level;
}

void add_trec_eval_options(cli::OptionParser& parser, Options& o) {
  EvalSettings& s = o.settings;
  parser.flag("query_eval_wanted", 'q', "also print every query's values, before the summary", o.per_query)
      .texts("measure", 'm', "MEASURE", "a measure, MEASURE.PARAMS or a nickname (repeatable)", o.measures)
      .flag("complete_rel_info_wanted", 'c', "average over every query of the qrels", s.average_over_all_judged)
      .custom("level_for_rel", 'l', "N", "relevant from judgment N up (default 1)",
              [&s](const std::string& v) { s.relevance_level = parse_level(v); })
      .flag("nosummary", 'n', "print no summary", o.no_summary)
      .flag("Judged_docs_only", 'J', "drop unjudged documents before scoring", s.judged_docs_only)
      .custom("Number_docs_in_coll", 'N', "N", "documents in the collection (utility)",
              [&s](const std::string& v) {
                s.num_docs_in_collection = static_cast<long>(cli::parse_number("-N", v, 0, static_cast<std::size_t>(-1)));
              })
      .number("Max_retrieved_per_topic", 'M', "N", "score only the first N documents of each query",
              s.max_docs_per_topic, 1)
      .custom("Rel_info_format", 'R', "FORMAT", "qrels (the only one)", [](const std::string& v) {
        if (v != "qrels") throw std::invalid_argument("-R: only the qrels format is read, not " + v);
      })
      .custom("Results_format", 'T', "FORMAT", "trec_results (the only one)", [](const std::string& v) {
        if (v != "trec_results") throw std::invalid_argument("-T: only trec_results is read, not " + v);
      })
      .flag("version", 'v', "print the version and exit", o.version);
}

void add_compare_options(cli::OptionParser& parser, Options& o) {
  CompareSettings& c = o.compare_settings;
  parser.flag("compare", 0, "compare runs with a baseline (see above)", o.compare)
      .flag("json", 0, "--compare: print JSON", c.json)
      .number("permutations", 0, "N", "--compare: random sign flips per randomization test (default 10000)",
              c.permutations, 1, 100000000)
      .custom("seed", 0, "N", "--compare: seed of the sign flips (default 1)",
              [&c](const std::string& v) { c.seed = cli::parse_number("--seed", v, 0, static_cast<std::size_t>(-1)); })
      .custom("alpha", 0, "A", "--compare: significance level for the marks (default 0.05)",
              [&c](const std::string& v) {
                char* end = nullptr;
                c.alpha = std::strtod(v.c_str(), &end);
                if (v.empty() || *end || !(c.alpha > 0 && c.alpha < 1)) {
                  throw std::invalid_argument("--alpha needs a number between 0 and 1, not \"" + v + "\"");
                }
              })
      .number("moved", 0, "N", "--compare: topics that moved most to list (default 5)", c.moved, 0);
}

}  // namespace

Options parse_options(const std::vector<std::string>& args) {
  Options o;
  cli::OptionParser parser("newseval", kUsage, kAbout, kEpilog);
  add_trec_eval_options(parser, o);
  add_compare_options(parser, o);
  std::vector<std::string> argv_strings = {"newseval"};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<const char*> argv;
  for (const std::string& a : argv_strings) argv.push_back(a.c_str());
  argv.push_back(nullptr);
  try {
    o.files = parser.parse_or_throw(static_cast<int>(argv_strings.size()), argv.data(), o.help);
  } catch (const cli::UsageError& e) {
    throw InputError(e.message + " (see newseval --help)");
  }
  o.help_text = parser.help();
  return o;
}

}  // namespace news::eval
