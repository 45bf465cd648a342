// newseval: every expected value below is worked out by hand in the comments, following
// trec_eval 9's definitions, so a wrong convention (tie order, discount, averaging) fails.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "eval/cli.h"
#include "eval/evaluate.h"
#include "eval/input_error.h"
#include "eval/measure_set.h"
#include "eval/measures.h"
#include "eval/qrels.h"
#include "eval/ranking.h"
#include "eval/report.h"
#include "eval/run.h"

namespace news::eval {
namespace {

constexpr double kEps = 1e-9;
constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();

Qrels qrels_from(const std::string& text) {
  std::istringstream in(text);
  return parse_qrels(in, "qrels.txt");
}

Run run_from(const std::string& text) {
  std::istringstream in(text);
  return parse_run(in, "run.txt");
}

// The message of the InputError that parsing `text` throws, or "" when nothing is thrown.
template <typename Parse>
std::string error_of(Parse parse, const std::string& text) {
  try {
    parse(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

std::vector<std::string> docnos_of(const std::vector<Retrieved>& docs) {
  std::vector<std::string> out;
  for (const Retrieved& d : docs) out.push_back(d.docno);
  return out;
}

// Three judged queries; the run answers q1 and q2, misses q3, and adds q9 that has no
// judgments.
//   q1 ranking by score: d5 (unjudged), d3 (rel 1), d2 (rel 0), d1 (rel 2); d4 (rel 1) missed.
//   q2 ranking: e2 (rel 1), x (unjudged); e1 (rel 1) missed.
constexpr const char* kQrels =
    "q1 0 d1 2\n"
    "q1 0 d2 0\n"
    "q1 0 d3 1\n"
    "q1 0 d4 1\n"
    "q2 0 e1 1\n"
    "q2 0 e2 1\n"
    "q3 0 f1 1\n";
constexpr const char* kRun =
    "q1 Q0 d1 4 6.0 tag\n"
    "q1 Q0 d3 2 8.0 tag\n"
    "q1 Q0 d5 1 9.0 tag\n"
    "q1 Q0 d2 3 7.0 tag\n"
    "q2 Q0 e2 1 5 tag\n"
    "q2 Q0 x 2 4 tag\n"
    "q9 Q0 z 1 1 tag\n";

// q1: DCG = 1/log2(3) + 2/log2(5) = 0.630930 + 0.861353 = 1.492283;
//     ideal gains 2,1,1: IDCG = 2/log2(2) + 1/log2(3) + 1/log2(4) = 3.130930;
//     nDCG = 1.492283 / 3.130930 = 0.476626.
const double kNdcgQ1 = (1 / std::log2(3.0) + 2 / std::log2(5.0)) / (2 + 1 / std::log2(3.0) + 0.5);
// q2: DCG = 1/log2(2) = 1; IDCG = 1 + 1/log2(3) = 1.630930; nDCG = 0.613147.
const double kNdcgQ2 = 1 / (1 + 1 / std::log2(3.0));

// ---- measures ----

TEST(Measures, AveragePrecisionDividesByAllRelevantDocuments) {
  // Relevant at ranks 1 and 3, two more never retrieved: (1/1 + 2/3) / 4 = 0.416667.
  EXPECT_NEAR(average_precision({1, 0, 1, 0, 0}, 4), (1.0 + 2.0 / 3.0) / 4, kEps);
  EXPECT_EQ(average_precision({0, -1}, 0), 0.0);
}

TEST(Measures, GradedJudgmentsAboveZeroAreRelevant) {
  // Rel 2 and rel 1 are both relevant; 0 and unjudged (-1) are not: 2 relevant of 4.
  EXPECT_NEAR(precision_at({2, 0, -1, 1}, 4), 0.5, kEps);
}

TEST(Measures, PrecisionAt10DividesByTenEvenWhenFewerRetrieved) {
  // 2 relevant among 3 retrieved: 2/10, not 2/3.
  EXPECT_NEAR(precision_at({1, 0, 1}, 10), 0.2, kEps);
}

TEST(Measures, RecallCountsOnlyTheTopK) {
  // 150 documents, relevant at ranks 1 and 150, 2 relevant in all.
  std::vector<long> rels(150, 0);
  rels[0] = 1;
  rels[149] = 1;
  EXPECT_NEAR(recall_at(rels, 2, 100), 0.5, kEps);  // 1/2
  EXPECT_NEAR(recall_at(rels, 2, 1000), 1.0, kEps);  // 2/2
  EXPECT_NEAR(recall_at(rels, 4, 1000), 0.5, kEps);  // 2/4: unretrieved relevant count
  EXPECT_EQ(recall_at(rels, 0, 100), 0.0);
}

TEST(Measures, ReciprocalRankAndItsTop10Variant) {
  // First relevant at rank 11: recip_rank = 1/11 = 0.090909, mrr_10 = 0.
  std::vector<long> rels(11, 0);
  rels[10] = 1;
  EXPECT_NEAR(reciprocal_rank(rels, kAll), 1.0 / 11, kEps);
  EXPECT_EQ(reciprocal_rank(rels, 10), 0.0);
  // First relevant at rank 3 (0 and unjudged before it): 1/3 either way.
  EXPECT_NEAR(reciprocal_rank({0, -1, 2}, 10), 1.0 / 3, kEps);
  EXPECT_EQ(reciprocal_rank({}, 10), 0.0);
}

TEST(Measures, NdcgUsesGradedGainsAndLog2RankPlusOneDiscount) {
  const Qrels qrels = qrels_from(kQrels);
  // q1's ranking: unjudged, 1, 0, 2 (see kNdcgQ1).
  EXPECT_NEAR(ndcg_at({kNotJudged, 1, 0, 2}, qrels.at("q1"), 10), kNdcgQ1, kEps);
  EXPECT_NEAR(kNdcgQ1, 0.476626, 1e-6);
}

TEST(Measures, NdcgIdealCountsJudgedDocumentsTheRunMissed) {
  // Judged a=3, b=1; the run finds only b, at rank 1.
  // DCG = 1; IDCG = 3/log2(2) + 1/log2(3) = 3.630930; nDCG = 1 / 3.630930 = 0.275412.
  const Judgments j = {{"a", 3}, {"b", 1}};
  EXPECT_NEAR(ndcg_at({1}, j, 10), 1 / (3 + 1 / std::log2(3.0)), kEps);
  EXPECT_NEAR(ndcg_at({1}, j, 10), 0.275412, 1e-6);
}

TEST(Measures, NdcgCutsTheIdealRankingAtTheCutoffToo) {
  // 12 documents judged 1. A run whose top 10 are all relevant is ideal at 10 (1.0), although
  // two relevant documents are left out: the ideal is cut at 10 as well.
  Judgments j;
  for (int i = 0; i < 12; ++i) j["d" + std::to_string(i)] = 1;
  EXPECT_NEAR(ndcg_at(std::vector<long>(10, 1), j, 10), 1.0, kEps);
  // Relevant only below rank 10: nothing counts.
  std::vector<long> late(12, 0);
  late[10] = late[11] = 1;
  EXPECT_EQ(ndcg_at(late, j, 10), 0.0);
}

TEST(Measures, NdcgIsZeroWithoutAnyPositiveJudgment) {
  const Judgments j = {{"a", 0}, {"b", 0}};
  EXPECT_EQ(ndcg_at({0, 0}, j, 10), 0.0);
}

TEST(Measures, ScoreRankingFillsEveryMeasure) {
  const Qrels qrels = qrels_from(kQrels);
  const QueryScores s = score_ranking({kNotJudged, 1, 0, 2}, qrels.at("q1"));
  EXPECT_EQ(s.num_ret, 4);
  EXPECT_EQ(s.num_rel, 3);  // d1, d3, d4
  EXPECT_EQ(s.num_rel_ret, 2);
  EXPECT_NEAR(s.map, (1.0 / 2 + 2.0 / 4) / 3, kEps);  // 1/3
  EXPECT_NEAR(s.recip_rank, 0.5, kEps);
  EXPECT_NEAR(s.mrr_10, 0.5, kEps);
  EXPECT_NEAR(s.p_10, 0.2, kEps);
  EXPECT_NEAR(s.recall_100, 2.0 / 3, kEps);
  EXPECT_NEAR(s.recall_1000, 2.0 / 3, kEps);
  EXPECT_NEAR(s.ndcg_cut_10, kNdcgQ1, kEps);
}

// ---- ranking ----

TEST(Ranking, SortsByScoreThenDocnoDescending) {
  std::vector<Retrieved> docs = {{"a", 1.0}, {"d", 2.0}, {"c", 1.0}, {"b", 1.0}};
  sort_trec_order(docs);
  EXPECT_EQ(docnos_of(docs), (std::vector<std::string>{"d", "c", "b", "a"}));
}

TEST(Ranking, DocnoTiesCompareBytesNotNumbers) {
  // strcmp order: "9" > "10" > "1", so descending puts "9" first.
  std::vector<Retrieved> docs = {{"1", 0.5}, {"10", 0.5}, {"9", 0.5}};
  sort_trec_order(docs);
  EXPECT_EQ(docnos_of(docs), (std::vector<std::string>{"9", "10", "1"}));
}

TEST(Ranking, RankColumnAndFileOrderAreIgnored) {
  // The run claims "a" is rank 1, but all three tie on score, so trec_eval ranks c, b, a:
  // the relevant "a" is third and recip_rank = 1/3.
  const Qrels qrels = qrels_from("q 0 a 1\n");
  const eval::Run run = run_from(
      "q Q0 a 1 3.5 t\n"
      "q Q0 b 2 3.5 t\n"
      "q Q0 c 3 3.5 t\n");
  const Evaluation e = evaluate(qrels, run, QuerySet::kAllJudged);
  EXPECT_NEAR(e.all.recip_rank, 1.0 / 3, kEps);
  EXPECT_NEAR(e.all.map, 1.0 / 3, kEps);
}

TEST(Ranking, UnjudgedDocumentsGetNotJudged) {
  const Judgments j = {{"a", 2}, {"b", 0}};
  EXPECT_EQ(relevance_by_rank({{"b", 3}, {"z", 2}, {"a", 1}}, j),
            (std::vector<long>{0, kNotJudged, 2}));
}

// ---- parsing ----

TEST(Parsing, QrelsSkipCommentsAndBlankLinesAndIgnoreIter) {
  const Qrels q = qrels_from(
      "# judged by hand\n"
      "\n"
      "7 0 doc-1 2\n"
      "   \t\n"
      "7\tX\tdoc-2\t0\r\n"
      "8 0 doc-1 -1\n");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q.at("7").at("doc-1"), 2);
  EXPECT_EQ(q.at("7").at("doc-2"), 0);
  EXPECT_EQ(q.at("8").at("doc-1"), -1);
}

TEST(Parsing, RunKeepsScoresAndIgnoresFieldsAfterTheTag) {
  const eval::Run r = run_from(
      "# a comment\n"
      "  5 Q0 x 1 -1.5e2 tag extra words\r\n"
      "5 Q0 y 2 7 tag\n");
  ASSERT_EQ(r.at("5").size(), 2u);
  EXPECT_EQ(r.at("5")[0].docno, "x");
  EXPECT_EQ(r.at("5")[0].score, -150.0);
  EXPECT_EQ(r.at("5")[1].score, 7.0);
}

TEST(Parsing, MalformedQrelsNameFileAndLine) {
  EXPECT_EQ(error_of(qrels_from, "1 0 a 1\n\n1 0 b\n"),
            "qrels.txt:3: expected 4 fields 'qid iter docno rel', found 3");
  EXPECT_EQ(error_of(qrels_from, "1 0 a 1 extra\n"),
            "qrels.txt:1: expected 4 fields 'qid iter docno rel', found 5");
  EXPECT_EQ(error_of(qrels_from, "1 0 a 1\n1 0 b high\n"),
            "qrels.txt:2: relevance 'high' is not an integer");
  EXPECT_EQ(error_of(qrels_from, "1 0 a 1.5\n"),
            "qrels.txt:1: relevance '1.5' is not an integer");
}

TEST(Parsing, MalformedRunNameFileAndLine) {
  EXPECT_EQ(error_of(run_from, "1 Q0 a 1 0.5 t\n1 Q0 b 2 0.4\n"),
            "run.txt:2: expected 6 fields 'qid Q0 docno rank score tag', found 5");
  EXPECT_EQ(error_of(run_from, "1 Q0 a 1 high t\n"), "run.txt:1: score 'high' is not a number");
  EXPECT_EQ(error_of(run_from, "1 Q0 a 1 0.5x t\n"), "run.txt:1: score '0.5x' is not a number");
  EXPECT_EQ(error_of(run_from, "1 Q0 a 1 nan t\n"), "run.txt:1: score 'nan' is not a number");
}

TEST(Parsing, DuplicatesAreRejectedAsTrecEvalRejectsThem) {
  EXPECT_EQ(error_of(run_from, "1 Q0 a 1 0.5 t\n2 Q0 a 1 0.5 t\n1 Q0 a 2 0.3 t\n"),
            "run.txt:3: document 'a' is retrieved twice for query '1' (first at line 1)");
  EXPECT_EQ(error_of(qrels_from, "1 0 a 1\n# c\n1 0 a 0\n"),
            "qrels.txt:3: document 'a' is judged twice for query '1' (first at line 1)");
}

// ---- evaluation over queries ----

TEST(Evaluate, QueryMissingFromRunCountsAsZeroByDefault) {
  const Evaluation e = evaluate(qrels_from(kQrels), run_from(kRun), QuerySet::kAllJudged);
  // q1, q2 and the missed q3; q9 has no judgments and is ignored.
  ASSERT_EQ(e.queries.size(), 3u);
  EXPECT_EQ(e.queries[2].qid, "q3");
  EXPECT_EQ(e.queries[2].scores.num_ret, 0);
  EXPECT_EQ(e.queries[2].scores.num_rel, 1);
  EXPECT_EQ(e.queries[2].scores.map, 0.0);
  EXPECT_EQ(e.num_q, 3);
  EXPECT_EQ(e.all.num_ret, 6);      // 4 + 2 + 0
  EXPECT_EQ(e.all.num_rel, 6);      // 3 + 2 + 1
  EXPECT_EQ(e.all.num_rel_ret, 3);  // 2 + 1 + 0
  // map: q1 (1/2 + 2/4)/3 = 1/3, q2 (1/1)/2 = 1/2, q3 0; (1/3 + 1/2 + 0)/3 = 0.277778.
  EXPECT_NEAR(e.all.map, (1.0 / 3 + 0.5) / 3, kEps);
  EXPECT_NEAR(e.all.recip_rank, (0.5 + 1.0) / 3, kEps);          // 0.5
  EXPECT_NEAR(e.all.mrr_10, (0.5 + 1.0) / 3, kEps);              // 0.5
  EXPECT_NEAR(e.all.p_10, (0.2 + 0.1) / 3, kEps);                // 0.1
  EXPECT_NEAR(e.all.recall_100, (2.0 / 3 + 0.5) / 3, kEps);      // 0.388889
  EXPECT_NEAR(e.all.recall_1000, (2.0 / 3 + 0.5) / 3, kEps);
  EXPECT_NEAR(e.all.ndcg_cut_10, (kNdcgQ1 + kNdcgQ2) / 3, kEps);  // 0.363258
}

TEST(Evaluate, RunQueriesOnlyAveragesOverQueriesInBothFiles) {
  const Evaluation e = evaluate(qrels_from(kQrels), run_from(kRun), QuerySet::kRunOnly);
  EXPECT_EQ(e.num_q, 2);
  EXPECT_EQ(e.all.num_rel, 5);                                    // q3's judgment left out
  EXPECT_NEAR(e.all.map, (1.0 / 3 + 0.5) / 2, kEps);              // 0.416667
  EXPECT_NEAR(e.all.recip_rank, 0.75, kEps);                      // (0.5 + 1) / 2
  EXPECT_NEAR(e.all.p_10, 0.15, kEps);                            // (0.2 + 0.1) / 2
  EXPECT_NEAR(e.all.ndcg_cut_10, (kNdcgQ1 + kNdcgQ2) / 2, kEps);  // 0.544887
}

TEST(Evaluate, QrelsQueryWithoutRelevantDocumentsStillCounts) {
  // As in trec_eval, q2 is judged (all non-relevant), so it is averaged in with 0.
  const Qrels qrels = qrels_from("q1 0 a 1\nq2 0 b 0\n");
  const eval::Run run = run_from("q1 Q0 a 1 1 t\nq2 Q0 b 1 1 t\n");
  const Evaluation e = evaluate(qrels, run, QuerySet::kRunOnly);
  EXPECT_EQ(e.num_q, 2);
  EXPECT_NEAR(e.all.map, 0.5, kEps);  // (1 + 0) / 2
  EXPECT_NEAR(e.all.ndcg_cut_10, 0.5, kEps);
}

// ---- command line ----

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    // A random suffix keeps parallel test runs apart.
    dir_ = std::filesystem::temp_directory_path() /
           ("newseval_test_" + std::string(info->name()) + "_" +
            std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }

  int run(const std::vector<std::string>& args) {
    out_.str("");
    err_.str("");
    return run_newseval(args, out_, err_);
  }

  std::filesystem::path dir_;
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(Cli, PrintsEveryMeasureInTrecEvalOrder) {
  const std::string q = write("qrels", kQrels);
  const std::string r = write("run", kRun);
  ASSERT_EQ(run({q, r}), kExitOk) << err_.str();
  // Values from Evaluate.QueryMissingFromRunCountsAsZeroByDefault, rounded to 4 places.
  EXPECT_EQ(out_.str(),
            "num_q\tall\t3\n"
            "num_ret\tall\t6\n"
            "num_rel\tall\t6\n"
            "num_rel_ret\tall\t3\n"
            "map\tall\t0.2778\n"
            "recip_rank\tall\t0.5000\n"
            "mrr_10\tall\t0.5000\n"
            "P_10\tall\t0.1000\n"
            "recall_100\tall\t0.3889\n"
            "recall_1000\tall\t0.3889\n"
            "ndcg_cut_10\tall\t0.3633\n");
  EXPECT_EQ(err_.str(), "");
}

TEST_F(Cli, PerQueryLinesComeFirstInQidOrder) {
  const std::string q = write("qrels", kQrels);
  const std::string r = write("run", kRun);
  // -m order does not matter: trec_eval's order (map before P) is kept; "P.10" is trec_eval's
  // spelling of P_10; num_q has no per-query line.
  ASSERT_EQ(run({"-q", "-m", "P.10", "-mmap", "--measure", "num_q", q, r}), kExitOk) << err_.str();
  EXPECT_EQ(out_.str(),
            "map\tq1\t0.3333\n"
            "P_10\tq1\t0.2000\n"
            "map\tq2\t0.5000\n"
            "P_10\tq2\t0.1000\n"
            "map\tq3\t0.0000\n"
            "P_10\tq3\t0.0000\n"
            "num_q\tall\t3\n"
            "map\tall\t0.2778\n"
            "P_10\tall\t0.1000\n");
}

TEST_F(Cli, RunQueriesOnlyDropsTheMissedQuery) {
  const std::string q = write("qrels", kQrels);
  const std::string r = write("run", kRun);
  ASSERT_EQ(run({"--run-queries-only", "-m", "num_q", "-m", "map", "-m", "ndcg_cut_10", q, r}),
            kExitOk);
  EXPECT_EQ(out_.str(), "num_q\tall\t2\nmap\tall\t0.4167\nndcg_cut_10\tall\t0.5449\n");
}

TEST_F(Cli, MissingFileIsAnError) {
  const std::string q = write("qrels", kQrels);
  const std::string missing = (dir_ / "nope").string();
  EXPECT_EQ(run({q, missing}), kExitError);
  EXPECT_EQ(err_.str(), "newseval: cannot open run file '" + missing +
                            "': No such file or directory\n");
  EXPECT_EQ(out_.str(), "");
  EXPECT_EQ(run({missing, q}), kExitError);
  EXPECT_NE(err_.str().find("cannot open qrels file"), std::string::npos);
}

TEST_F(Cli, MalformedLineIsAOneLineErrorWithFileAndLine) {
  const std::string q = write("qrels", kQrels);
  const std::string r = write("run", "q1 Q0 d1 1 0.5 t\nq1 Q0 d2 2\n");
  EXPECT_EQ(run({q, r}), kExitError);
  EXPECT_EQ(err_.str(), "newseval: " + r +
                            ":2: expected 6 fields 'qid Q0 docno rank score tag', found 4\n");
  EXPECT_EQ(out_.str(), "");
}

TEST_F(Cli, BadOptionsAreErrors) {
  const std::string q = write("qrels", kQrels);
  const std::string r = write("run", kRun);
  EXPECT_EQ(run({"-m", "bpref", q, r}), kExitError);
  EXPECT_EQ(err_.str(), "newseval: unknown measure 'bpref' (see --help)\n");
  EXPECT_EQ(run({"-x", q, r}), kExitError);
  EXPECT_EQ(run({q}), kExitError);
  EXPECT_EQ(run({q, r, r}), kExitError);
  EXPECT_EQ(run({q, r, "-m"}), kExitError);
}

TEST_F(Cli, NoQueryToAverageIsAnError) {
  const std::string q = write("qrels", kQrels);
  const std::string r = write("run", "q9 Q0 z 1 1 t\n");
  EXPECT_EQ(run({"--run-queries-only", q, r}), kExitError);
  // By default the same run is scored: every qrels query gets 0.
  EXPECT_EQ(run({"-m", "map", q, r}), kExitOk);
  EXPECT_EQ(out_.str(), "map\tall\t0.0000\n");
}

TEST_F(Cli, HelpPrintsUsage) {
  EXPECT_EQ(run({"--help"}), kExitOk);
  EXPECT_EQ(out_.str().rfind("Usage: newseval", 0), 0u);
  EXPECT_NE(out_.str().find("--run-queries-only"), std::string::npos);
}

}  // namespace
}  // namespace news::eval
