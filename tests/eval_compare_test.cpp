// newseval --compare: the significance tests (randomization, t-test, Holm), the comparison
// table and its text and JSON output. Expected p-values are worked out in the comments.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "eval/comparison.h"
#include "eval/significance.h"
#include "eval/student_t.h"
#include "eval_test_support.h"
#include "test_support.h"

namespace news::eval {
namespace {

using testing::kEps;
const double kPi = std::acos(-1.0);

TEST(Randomization, ExactWhenEverySignPatternFits) {
  // {0.1, 0.2, 0.3}: of the 8 sign patterns only +++ and --- reach |0.6|: p = 2/8.
  RandomizationResult r = randomization_test({0.1, 0.2, 0.3}, 10000, 1);
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.patterns, 8u);
  EXPECT_NEAR(r.p, 0.25, kEps);
  // {1, -1, 2}, sum 2: sums over the patterns are 2, -2, 4, 0, 0, -4, 2, -2: six reach 2.
  EXPECT_NEAR(randomization_test({1, -1, 2}, 10000, 1).p, 0.75, kEps);
  // Zero differences take no part: {0, 0.5} has 2 patterns, both as far from 0.
  EXPECT_NEAR(randomization_test({0, 0.5}, 10000, 1).p, 1.0, kEps);
  EXPECT_EQ(randomization_test({0, 0}, 10000, 1).p, 1.0);
}

TEST(Randomization, SampledWithAFixedSeedAndCountingTheObservedPattern) {
  // 30 topics all +0.1: 2^30 patterns, more than 1000, so 1000 are drawn; only all-plus and
  // all-minus reach 3, which random patterns almost never are: p = (0 + 1) / (1000 + 1).
  const std::vector<double> same(30, 0.1);
  const RandomizationResult r = randomization_test(same, 1000, 7);
  EXPECT_FALSE(r.exact);
  EXPECT_NEAR(r.p, 1.0 / 1001, kEps);
  // Mixed differences: the same seed gives the same p, the p lies in (0, 1].
  std::vector<double> mixed;
  for (int i = 0; i < 40; ++i) mixed.push_back((i % 3 == 0 ? -0.05 : 0.04) * (1 + i % 5));
  const double p = randomization_test(mixed, 5000, 11).p;
  EXPECT_EQ(randomization_test(mixed, 5000, 11).p, p);
  EXPECT_GT(p, 0.0);
  EXPECT_LE(p, 1.0);
}

TEST(StudentT, IncompleteBetaAndClosedFormsOfThePValue) {
  // I_x(a, 1) = x^a, I_x(1, b) = 1 - (1 - x)^b, I_0.5(a, a) = 0.5.
  EXPECT_NEAR(regularized_incomplete_beta(0.3, 2.5, 1), std::pow(0.3, 2.5), 1e-12);
  EXPECT_NEAR(regularized_incomplete_beta(0.3, 1, 4), 1 - std::pow(0.7, 4), 1e-12);
  EXPECT_NEAR(regularized_incomplete_beta(0.5, 7, 7), 0.5, 1e-12);
  // One degree of freedom: p = 1 - (2/pi) atan|t|; two: p = 1 - |t| / sqrt(t^2 + 2).
  EXPECT_NEAR(student_t_two_sided_p(2, 1), 1 - 2 / kPi * std::atan(2.0), 1e-12);
  EXPECT_NEAR(student_t_two_sided_p(-3, 2), 1 - 3 / std::sqrt(11.0), 1e-12);
  // A table value: t = 2.228 is the two-sided 5% point with 10 degrees of freedom.
  EXPECT_NEAR(student_t_two_sided_p(2.228139, 10), 0.05, 1e-6);
}

TEST(PairedT, PValuesOfSmallSamples) {
  // {1, 3}: mean 2, sd sqrt(2), standard error 1, t = 2 with 1 degree of freedom.
  const TTestResult two = paired_t_test({1, 3});
  EXPECT_NEAR(two.t, 2, kEps);
  EXPECT_NEAR(two.p, 1 - 2 / kPi * std::atan(2.0), 1e-12);  // 0.295167
  // {1, 2, 3}: mean 2, sd 1, t = 2 sqrt(3) with 2 degrees of freedom: 1 - t / sqrt(14).
  EXPECT_NEAR(paired_t_test({1, 2, 3}).p, 1 - 2 * std::sqrt(3.0) / std::sqrt(14.0), 1e-12);
  EXPECT_EQ(paired_t_test({0.2, 0.2, 0.2}).p, 0);  // the same change on every topic
  EXPECT_EQ(paired_t_test({0, 0}).p, 1);
  EXPECT_TRUE(std::isnan(paired_t_test({0.5}).p));
}

TEST(Holm, StepDownAdjustment) {
  // Sorted 0.01, 0.03, 0.04 times 3, 2, 1: 0.03, 0.06, 0.04 -> made monotone: 0.06.
  const std::vector<double> adjusted = holm_adjust({0.01, 0.04, 0.03});
  EXPECT_NEAR(adjusted[0], 0.03, kEps);
  EXPECT_NEAR(adjusted[1], 0.06, kEps);
  EXPECT_NEAR(adjusted[2], 0.06, kEps);
  EXPECT_NEAR(holm_adjust({0.4, 0.9})[1], 0.9, kEps);  // never below the raw value, at most 1
  EXPECT_NEAR(holm_adjust({0.6, 0.7})[0], 1.0, kEps);
  const std::vector<double> with_nan = holm_adjust({std::nan(""), 0.02});
  EXPECT_TRUE(std::isnan(with_nan[0]));
  EXPECT_NEAR(with_nan[1], 0.02, kEps);
}

TEST(Comparison, MeansDifferencesWinsAndMovedTopics) {
  // Four topics; the run gains 0.5 on t1, loses 0.25 on t3, ties elsewhere.
  const TopicScores base{"base.run", "b", {{0.0, 0.5, 0.5, 1.0}}};
  const TopicScores run{"run.run", "r", {{0.5, 0.5, 0.25, 1.0}}};
  ComparisonSettings settings;
  settings.moved = 1;
  const auto m = compare_scores(base, {run}, {"map"}, {"t1", "t2", "t3", "t4"}, settings);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NEAR(m[0].baseline_mean, 0.5, kEps);
  const RunComparison& r = m[0].runs[0];
  EXPECT_NEAR(r.mean, 0.5625, kEps);
  EXPECT_NEAR(r.diff, 0.0625, kEps);
  EXPECT_NEAR(r.relative_diff, 0.125, kEps);
  EXPECT_EQ(r.wins, 1u);
  EXPECT_EQ(r.ties, 2u);
  EXPECT_EQ(r.losses, 1u);
  // Differences {0.5, -0.25}: patterns ++ (0.25), +- (0.75), -+ (-0.75), -- (-0.25): all reach.
  EXPECT_TRUE(r.randomization_exact);
  EXPECT_NEAR(r.p_randomization, 1.0, kEps);
  EXPECT_NEAR(r.p_randomization_holm, 1.0, kEps);  // one run: Holm changes nothing
  ASSERT_EQ(r.moved.size(), 1u);
  EXPECT_EQ(r.moved[0].topic, "t1");
}

TEST(Comparison, HolmCorrectsOverRunsAndMarksSignificance) {
  // Ten topics, the good run +0.1 on each: exact p = 2 / 1024; the other unchanged: p = 1.
  const std::vector<double> base(10, 0.3), good(10, 0.4);
  ComparisonSettings settings;
  settings.permutations = 1024;
  const auto m = compare_scores({"b", "b", {base}}, {{"g", "g", {good}}, {"s", "s", {base}}},
                                {"P_10"}, std::vector<std::string>(10, "t"), settings);
  const RunComparison& g = m[0].runs[0];
  EXPECT_NEAR(g.p_randomization, 2.0 / 1024, kEps);
  EXPECT_NEAR(g.p_randomization_holm, 2 * 2.0 / 1024, kEps);  // smallest of 2, times 2
  EXPECT_TRUE(g.significant);
  EXPECT_FALSE(m[0].runs[1].significant);
  EXPECT_TRUE(std::isnan(compare_scores({"b", "b", {{0, 0}}}, {{"r", "r", {{0, 0.5}}}}, {"m"},
                                        {"t1", "t2"}, {})[0].runs[0].relative_diff));
}

// Three judged topics; the baseline finds the relevant document of each at rank 2, the run at
// rank 1 on q1 and q2 and misses q3 (scored 0 there).
class CompareCli : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = news::testing::scratch_dir("eval_compare");
    qrels_ = dir + "/qrels";
    base_ = dir + "/base.run";
    run_ = dir + "/better.run";
    news::testing::write_file(qrels_, "q1 0 a 1\nq2 0 b 1\nq3 0 c 1\n");
    news::testing::write_file(base_, "q1 Q0 x 1 2 base\nq1 Q0 a 2 1 base\nq2 Q0 y 1 2 base\n"
                                     "q2 Q0 b 2 1 base\nq3 Q0 z 1 2 base\nq3 Q0 c 2 1 base\n");
    news::testing::write_file(run_, "q1 Q0 a 1 2 mine\nq2 Q0 b 1 2 mine\n");
  }
  std::string qrels_, base_, run_;
};

TEST_F(CompareCli, TextTableWithMeansDifferencesAndTests) {
  const auto o = testing::newseval({"--compare", "-m", "recip_rank", qrels_, base_, run_});
  ASSERT_EQ(o.status, kExitOk) << o.err;
  // recip_rank: baseline 1/2 on each topic; run 1, 1, 0: mean 2/3, +1/6. Differences {0.5, 0.5,
  // -0.5}: every one of the 8 patterns reaches |0.5|: p = 1. t-test: mean 1/6, sd 0.57735,
  // t = 0.5 with 2 degrees of freedom: p = 1 - 0.5 / sqrt(2.25) = 0.6667.
  EXPECT_EQ(o.out.rfind("baseline  base.run (runid base), against 1 run\ntopics    3, every judged", 0), 0u);
  EXPECT_NE(o.out.find("recip_rank  base.run    0.5000\n"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("            better.run  0.6667  +0.1667   1.0000    0.6667  2/0/1\n"),
            std::string::npos) << o.out;
  EXPECT_NE(o.out.find("  recip_rank, better.run: q1 +0.5000, q2 +0.5000, q3 -0.5000\n"),
            std::string::npos) << o.out;
}

TEST_F(CompareCli, JsonCarriesEveryNumber) {
  const auto o = testing::newseval({"--compare", "--json", "-m", "recip_rank", "-m", "P.1",
                                    "--permutations", "500", "--seed", "9", qrels_, base_, run_});
  ASSERT_EQ(o.status, kExitOk) << o.err;
  const nlohmann::json doc = nlohmann::json::parse(o.out);
  EXPECT_EQ(doc["topics"], 3);
  EXPECT_EQ(doc["baseline"]["runid"], "base");
  EXPECT_EQ(doc["randomization"]["permutations"], 500);
  EXPECT_EQ(doc["randomization"]["seed"], 9);
  ASSERT_EQ(doc["measures"].size(), 2u);
  EXPECT_EQ(doc["measures"][0]["measure"], "recip_rank");
  EXPECT_EQ(doc["measures"][1]["measure"], "P_1");
  const auto& p1 = doc["measures"][1]["runs"][0];  // P_1: 0, 0, 0 against 1, 1, 0
  EXPECT_EQ(p1["runid"], "mine");
  EXPECT_NEAR(p1["mean"].get<double>(), 2.0 / 3, kEps);
  EXPECT_NEAR(p1["diff"].get<double>(), 2.0 / 3, kEps);
  EXPECT_TRUE(p1["relative_diff"].is_null());  // the baseline's mean is 0
  EXPECT_EQ(p1["wins"], 2);
  EXPECT_EQ(p1["ties"], 1);
  EXPECT_EQ(p1["randomization_exact"], true);
  EXPECT_NEAR(p1["p_randomization"].get<double>(), 0.5, kEps);  // {1, 1}: ++ and -- of 4
  EXPECT_EQ(p1["moved"][0]["topic"], "q1");
}

TEST_F(CompareCli, HelpDescribesIt) {
  const auto help = testing::newseval({"--help"});
  EXPECT_NE(help.out.find("--compare"), std::string::npos);
  EXPECT_NE(help.out.find("--permutations N"), std::string::npos);
}

TEST_F(CompareCli, ErrorsAreOneLineWithStatus2) {
  auto o = testing::newseval({"--compare", qrels_, base_});
  EXPECT_EQ(o.status, kExitError);
  EXPECT_EQ(o.err, "newseval: --compare needs QRELS BASELINE RUN... (at least one run), got 2 files\n");
  o = testing::newseval({"--compare", "-m", "num_ret", qrels_, base_, run_});
  EXPECT_EQ(o.err, "newseval: measure 'num_ret' has no per-topic mean to compare\n");
  EXPECT_EQ(testing::newseval({"--compare", "--alpha", "2", qrels_, base_, run_}).status, kExitError);
  // A nickname keeps only the measures averaged over topics.
  o = testing::newseval({"--compare", "-m", "official", qrels_, base_, run_});
  EXPECT_EQ(o.status, kExitOk) << o.err;
  EXPECT_EQ(o.out.find("num_ret"), std::string::npos);
  EXPECT_NE(o.out.find("iprec_at_recall_0.10"), std::string::npos);
}

}  // namespace
}  // namespace news::eval
