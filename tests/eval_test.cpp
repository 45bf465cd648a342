// newseval's input, measure selection, output format and command line. Expected values are
// worked out in the comments from trec_eval's definitions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "eval/evaluate.h"
#include "eval/input_error.h"
#include "eval/report.h"
#include "eval_test_support.h"
#include "test_support.h"

namespace news::eval {
namespace {

using testing::newseval;
using testing::qrels_from;
using testing::run_from;

// The message of the InputError that f throws, or "" when it throws none.
template <typename F>
std::string error_of(F f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// ---- reading qrels and runs ----

TEST(Parsing, QrelsSkipCommentsAndBlankLinesAndIgnoreIter) {
  const Qrels q = qrels_from(
      "# judged by hand\n"
      "\n"
      "7 0 doc-1 2\n"
      "7\tX\tdoc-2\t0\r\n"
      "8 0 doc#1 -1\n");  // '#' inside a docno is part of it
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q.at("7").at("doc-1"), 2);
  EXPECT_EQ(q.at("7").at("doc-2"), 0);
  EXPECT_EQ(q.at("8").at("doc#1"), -1);
}

TEST(Parsing, RunKeepsScoresAndTheLastTagAsRunId) {
  const eval::Run r = run_from(
      "   # a comment, indented\n"
      "5 Q0 x 1 -1.5e2 first extra words\r\n"
      "5 Q0 y 2 7 second\n");
  ASSERT_EQ(r.queries.at("5").size(), 2u);
  EXPECT_EQ(r.queries.at("5")[0].score, -150.0);
  EXPECT_EQ(r.run_id, "second");
}

TEST(Parsing, MalformedLinesNameFileAndLine) {
  EXPECT_EQ(error_of([] { qrels_from("1 0 a 1\n\n1 0 b\n"); }),
            "qrels.txt:3: expected 4 fields 'qid iter docno rel', found 3");
  EXPECT_EQ(error_of([] { qrels_from("1 0 a high\n"); }),
            "qrels.txt:1: relevance 'high' is not an integer");
  EXPECT_EQ(error_of([] { run_from("1 Q0 a 1 0.5 t\n1 Q0 b 2 0.4\n"); }),
            "run.txt:2: expected 6 fields 'qid Q0 docno rank score tag', found 5");
  EXPECT_EQ(error_of([] { run_from("1 Q0 a 1 0.5x t\n"); }), "run.txt:1: score '0.5x' is not a number");
}

TEST(Parsing, DuplicatesAreRefusedAsTrecEvalRefusesThem) {
  EXPECT_EQ(error_of([] { run_from("1 Q0 a 1 0.5 t\n2 Q0 a 1 0.5 t\n1 Q0 a 2 0.3 t\n"); }),
            "run.txt:3: document 'a' is retrieved twice for query '1' (first at line 1)");
  EXPECT_EQ(error_of([] { qrels_from("1 0 a 1\n# c\n1 0 a 0\n"); }),
            "qrels.txt:3: document 'a' is judged twice for query '1' (first at line 1)");
}

TEST(Ranking, ScoreThenDocnoDescendingInByteOrder) {
  // All tied: strcmp order descending is "9", "10", "1"; the rank column plays no part.
  std::vector<Retrieved> docs = {{"1", 0.5}, {"10", 0.5}, {"9", 0.5}, {"0", 0.7}};
  sort_trec_order(docs);
  EXPECT_EQ(docs[0].docno, "0");
  EXPECT_EQ(docs[1].docno, "9");
  EXPECT_EQ(docs[3].docno, "1");
}

// ---- choosing measures ----

std::vector<std::string> names_of(const MeasureSelection& s) {
  std::vector<std::string> names;
  for (const SelectedMeasure& m : s.measures) {
    names.insert(names.end(), m.value_names.begin(), m.value_names.end());
  }
  return names;
}

TEST(Selection, DefaultIsTrecEvalsOfficialSet) {
  const std::vector<std::string> names = names_of(select_measures({}));
  ASSERT_EQ(names.size(), 30u);  // 10 single values, 11 recall levels, 9 cutoffs of P
  EXPECT_EQ(names.front(), "runid");
  EXPECT_EQ(names[10], "iprec_at_recall_0.00");
  EXPECT_EQ(names.back(), "P_1000");
}

TEST(Selection, AllTrecHas99SummaryValuesInTrecEvalsOrder) {
  const MeasureSelection s = select_measures({"all_trec"});
  std::size_t summary = 0;
  for (const SelectedMeasure& m : s.measures) {
    if (m.def->aggregate != Aggregate::kNone) summary += m.value_names.size();
  }
  EXPECT_EQ(summary, 99u);
  EXPECT_EQ(names_of(s).back(), "unj_20");
}

TEST(Selection, PrintingOrderIsTrecEvalsAndTheFirstParametersCount) {
  EXPECT_EQ(names_of(select_measures({"P.10", "map", "P.5", "mrr_10", "recip_rank"})),
            (std::vector<std::string>{"map", "recip_rank", "mrr_10", "P_10"}));
}

TEST(Selection, ValueNamesFollowTheParameters) {
  EXPECT_EQ(names_of(select_measures({"ndcg_cut.20,10,23.4"})),
            (std::vector<std::string>{"ndcg_cut_10", "ndcg_cut_20", "ndcg_cut_23"}));
  EXPECT_EQ(names_of(select_measures({"Rprec_mult.5.0,0.2"})),
            (std::vector<std::string>{"Rprec_mult_0.20", "Rprec_mult_5.00"}));
  EXPECT_EQ(names_of(select_measures({"utility.2,-1,0,0", "ndcg.1=3", "set_F"})),
            (std::vector<std::string>{"utility_2,-1,0,0", "ndcg_1=3", "set_F"}));
}

TEST(Selection, UnknownMeasuresAndBadParametersAreErrors) {
  auto error = [](const std::string& m) { return error_of([&] { select_measures({m}); }); };
  EXPECT_EQ(error("nosuch"), "unknown measure 'nosuch' (newseval --help lists the measures)");
  EXPECT_EQ(error("P_10"), "unknown measure 'P_10' (measures with cutoffs are written P.10)");
  EXPECT_EQ(error("P."), "measure 'P.' has nothing after the '.'");
  EXPECT_EQ(error("P.0,5"), "measure 'P.0,5': cutoffs must be above 0");
  EXPECT_EQ(error("P.5,5"), "measure 'P.5,5': a cutoff is given twice");
  EXPECT_EQ(error("utility.1,2"), "measure 'utility.1,2': needs 4 numbers");
  EXPECT_EQ(error("ndcg.1"),
            "measure 'ndcg.1': parameters must be name=number pairs separated by commas");
}

// ---- the command line ----

// Three judged queries; the run answers q1 and q2, misses q3, and adds q9 (not judged).
//   q1 by score: d5 (unjudged), d3 (1), d2 (0), d1 (2); d4 (1) missed: AP (1/2 + 2/4) / 3 = 1/3.
//   q2: e2 (1), x (unjudged); e1 (1) missed: AP (1/1) / 2 = 1/2.
constexpr const char* kQrels =
    "q1 0 d1 2\nq1 0 d2 0\nq1 0 d3 1\nq1 0 d4 1\nq2 0 e1 1\nq2 0 e2 1\nq3 0 f1 1\n";
constexpr const char* kRun =
    "q1 Q0 d1 4 6.0 mine\nq1 Q0 d3 2 8.0 mine\nq1 Q0 d5 1 9.0 mine\nq1 Q0 d2 3 7.0 mine\n"
    "q2 Q0 e2 1 5 mine\nq2 Q0 x 2 4 mine\nq9 Q0 z 1 1 mine\n";

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = news::testing::scratch_dir("eval_cli");
    qrels_ = write("qrels", kQrels);
    run_ = write("run", kRun);
  }
  std::string write(const std::string& name, const std::string& text) {
    const std::string path = dir_ + "/" + name;
    news::testing::write_file(path, text);
    return path;
  }
  // newseval's output for args, which must succeed.
  std::string output(const std::vector<std::string>& args) {
    const testing::Outcome o = newseval(args);
    EXPECT_EQ(o.status, kExitOk) << o.err;
    return o.out;
  }
  std::string dir_, qrels_, run_;
};

TEST_F(Cli, AveragesOverQueriesInBothFilesInTrecEvalsFormat) {
  // map (1/3 + 1/2) / 2 = 0.416667; P_10 (2/10 + 1/10) / 2 = 0.15.
  EXPECT_EQ(output({"-m", "num_q", "-m", "map", "-m", "P.10", "-m", "runid", qrels_, run_}),
            "runid                 \tall\tmine\n"
            "num_q                 \tall\t2\n"
            "map                   \tall\t0.4167\n"
            "P_10                  \tall\t0.1500\n");
}

TEST_F(Cli, CompleteAveragesOverEveryJudgedQueryWithoutPrintingTheMissingOne) {
  // map (1/3 + 1/2 + 0) / 3 = 0.2778; num_rel 3 + 2 + 1; gm_map exp((ln 1/3 + ln 1/2 +
  // ln 1e-5) / 3) = 0.0119.
  EXPECT_EQ(output({"-q", "-c", "-m", "map", "-m", "num_rel", "-m", "gm_map", qrels_, run_}),
            "num_rel               \tq1\t3\n"
            "map                   \tq1\t0.3333\n"
            "num_rel               \tq2\t2\n"
            "map                   \tq2\t0.5000\n"
            "num_rel               \tall\t6\n"
            "map                   \tall\t0.2778\n"
            "gm_map                \tall\t0.0119\n");
}

TEST_F(Cli, MaxDocsNoSummaryAndRelevanceLevel) {
  // -M 1 keeps d5 (q1) and e2 (q2): P_1 0 and 1; -l 2 leaves q1 with d1 only (R = 1) and q2
  // with nothing relevant.
  EXPECT_EQ(output({"-q", "-n", "-M1", "-m", "P.1", qrels_, run_}),
            "P_1                   \tq1\t0.0000\nP_1                   \tq2\t1.0000\n");
  EXPECT_EQ(output({"-l2", "-m", "num_rel", "-m", "recip_rank", qrels_, run_}),
            "num_rel               \tall\t1\nrecip_rank            \tall\t0.1250\n");
}

TEST_F(Cli, BadInputIsAOneLineErrorWithStatus2) {
  const std::string bad = write("bad.run", "q1 Q0 d1 1 0.5 t\nq1 Q0 d2 2\n");
  auto o = newseval({qrels_, bad});
  EXPECT_EQ(o.status, kExitError);
  EXPECT_EQ(o.err, "newseval: " + bad + ":2: expected 6 fields 'qid Q0 docno rank score tag', found 4\n");
  EXPECT_EQ(o.out, "");
  o = newseval({"-m", "nosuch", qrels_, run_});
  EXPECT_EQ(o.status, kExitError);
  EXPECT_EQ(o.err, "newseval: unknown measure 'nosuch' (newseval --help lists the measures)\n");
  EXPECT_EQ(newseval({qrels_, dir_ + "/missing"}).status, kExitError);
  EXPECT_EQ(newseval({qrels_}).status, kExitError);
  EXPECT_EQ(newseval({"-x", qrels_, run_}).status, kExitError);
  EXPECT_EQ(newseval({"-R", "prefs", qrels_, run_}).status, kExitError);
  EXPECT_NE(newseval({"-x", qrels_, run_}).err.find("unknown option -x"), std::string::npos);
  const std::string unjudged = write("other.run", "q7 Q0 a 1 1 t\n");
  EXPECT_EQ(newseval({qrels_, unjudged}).err,
            "newseval: no query of " + unjudged + " has judgments in " + qrels_ + "\n");
}

TEST_F(Cli, HelpAndStandardInput) {
  const auto help = newseval({"--help"});
  EXPECT_EQ(help.status, kExitOk);
  EXPECT_EQ(help.out.rfind("Usage: newseval", 0), 0u);
  EXPECT_NE(help.out.find("all_trec"), std::string::npos);
  const auto piped = news::testing::run("cat " + run_ + " | " + news::testing::kBin +
                                        "/newseval -m num_ret " + qrels_ + " -");
  EXPECT_EQ(piped.status, 0);
  EXPECT_EQ(piped.out, "num_ret               \tall\t6\n");
}

}  // namespace
}  // namespace news::eval
