// newseval against trec_eval's own regression outputs (tests/fixtures/trec_eval, see its README):
// the same command line on the same files must print the same bytes.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "eval_test_support.h"
#include "test_support.h"

namespace news::eval {
namespace {

const std::string kDir = news::testing::kSource + "/tests/fixtures/trec_eval/";
const std::string kQrels = kDir + "qrels.comment.test";
const std::string kResults = kDir + "results.comment.test";
const std::string kTruncated = kDir + "results.trunc";

std::string fixture(const std::string& name) {
  std::ifstream in(kDir + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string newseval_output(const std::vector<std::string>& args) {
  const testing::Outcome o = testing::newseval(args);
  EXPECT_EQ(o.status, kExitOk) << o.err;
  return o.out;
}

// Drops the lines of measures that joined all_trec after the trec_eval version that wrote the
// fixture (rbp, rbp_resid, unj).
std::string without_later_measures(const std::string& text) {
  std::istringstream in(text);
  std::string line, kept;
  while (std::getline(in, line)) {
    if (line.rfind("rbp", 0) != 0 && line.rfind("unj_", 0) != 0) kept += line + "\n";
  }
  return kept;
}

TEST(TrecEvalRegression, DefaultMeasures) {
  EXPECT_EQ(newseval_output({kQrels, kResults}), fixture("out.test"));
}

TEST(TrecEvalRegression, AllTrecPerQuery) {
  const std::string out = newseval_output({"-m", "all_trec", "-q", kQrels, kResults});
  EXPECT_EQ(without_later_measures(out), fixture("out.test.aq"));
}

TEST(TrecEvalRegression, AllTrecCompleteOnATruncatedRun) {
  EXPECT_EQ(newseval_output({"-m", "all_trec", "-q", "-c", kQrels, kTruncated}),
            fixture("out.test.aqc"));
}

TEST(TrecEvalRegression, AllTrecCompleteWithMaxDocs) {
  EXPECT_EQ(newseval_output({"-m", "all_trec", "-q", "-c", "-M100", kQrels, kTruncated}),
            fixture("out.test.aqcM"));
}

TEST(TrecEvalRegression, MeasureParameters) {
  EXPECT_EQ(newseval_output({"-q", "-miprec_at_recall..10,.20,.25,.75,.50", "-m", "P.5,7,3", "-m",
                             "recall.20,2000", "-m", "Rprec_mult.5.0,0.2,0.35", "-mutility.2,-1,0,0",
                             "-m", "11pt_avg..25,.5,.75", "-mndcg.1=3,2=9,4=4.5",
                             "-mndcg_cut.10,20,23.4", "-msuccess.2,5,20", kQrels, kResults}),
            fixture("out.test.meas_params"));
}

// out.test.a comes from a trec_eval built with fused multiply-adds: there 0.3 * 77 + 0.9 is 24,
// not 23, for query 302 (77 relevant documents), which changes two summary lines. Every other
// line is the same; those two are the values trec_eval prints on x86 (out.test, out.test.aq).
TEST(TrecEvalRegression, AllTrecSummaryDiffersOnlyWhereFusedMultiplyAddRounds) {
  std::istringstream ours(newseval_output({"-m", "all_trec", kQrels, kResults}));
  std::istringstream theirs(fixture("out.test.a"));
  std::string a, b;
  std::vector<std::string> differing;
  std::size_t lines = 0;
  while (std::getline(ours, a) && std::getline(theirs, b)) {
    ++lines;
    if (a != b) differing.push_back(a);
  }
  EXPECT_EQ(lines, 99u);
  EXPECT_FALSE(std::getline(ours, a) || std::getline(theirs, b));
  EXPECT_EQ(differing, (std::vector<std::string>{"iprec_at_recall_0.30  \tall\t0.2852",
                                                 "11pt_avg              \tall\t0.1958"}));
  EXPECT_NE(fixture("out.test").find(differing[0]), std::string::npos);
  EXPECT_NE(fixture("out.test.aq").find(differing[1]), std::string::npos);
}

TEST(TrecEvalRegression, Mrr10IsRecipRankOverTheTop10) {
  // Query by query on trec_eval's test run: mrr_10 and -M 10 recip_rank print the same values.
  auto values = [](std::vector<std::string> args) {
    args.insert(args.end(), {kQrels, kResults});
    std::istringstream out(newseval_output(args));
    std::string line, values;
    while (std::getline(out, line)) values += line.substr(line.find('\t')) + "\n";
    return values;
  };
  EXPECT_EQ(values({"-q", "-m", "mrr_10"}), values({"-q", "-M", "10", "-m", "recip_rank"}));
  EXPECT_NE(values({"-q", "-m", "mrr_10"}), values({"-q", "-m", "recip_rank"}));
}

}  // namespace
}  // namespace news::eval
