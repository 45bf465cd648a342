// newseval's gain-based measures (nDCG and its relatives, G, rbp), interpolated precision and the
// unjudged-document measures, worked out by hand from trec_eval's definitions.
#include <gtest/gtest.h>

#include <cmath>

#include "eval_test_support.h"

namespace news::eval {
namespace {

using namespace testing;

// testing::example() (eval_test_support.h): by rank the judgments are 0 (c), 2 (a), not in
// pool (x), pool unjudged (e), 1 (b), 1 (d); f (3) is never retrieved. Gains are the judged
// values by default; rank r is discounted by log2(r + 1).
const Judgments& kJudged = example_judgments();

double lg(double x) { return std::log2(x); }

// DCG of the run: a at rank 2, b at 5, d at 6. Ideal: f 3, a 2, b 1, d 1 at ranks 1-4.
const double kDcg = 2 / lg(3) + 1 / lg(6) + 1 / lg(7);        // 2.004920
const double kIdealDcg = 3 + 2 / lg(3) + 1 / lg(4) + 1 / lg(5);  // 5.192537

TEST(Ndcg, OverTheWholeRankingAndItsParts) {
  EXPECT_NEAR(value_of("dcg", example()), kDcg, kEps);
  EXPECT_NEAR(value_of("ideal_dcg", example()), kIdealDcg, kEps);
  EXPECT_NEAR(value_of("ndcg", example()), kDcg / kIdealDcg, kEps);  // 0.386116
  EXPECT_EQ(value_of("ndcg", ranked({{"n", 0}}, {"n"})), 0);          // no positive gain
}

TEST(Ndcg, GainParametersReplaceSingleLevels) {
  // ndcg.1=3: b and d gain 3. Ideal: f 3, b 3, d 3, a 2; run: a 2 at 2, b 3 at 5, d 3 at 6.
  const double dcg = 2 / lg(3) + 3 / lg(6) + 3 / lg(7);
  const double ideal = 3 + 3 / lg(3) + 3 / lg(4) + 2 / lg(5);
  EXPECT_NEAR(value_of("ndcg.1=3", example()), dcg / ideal, kEps);  // 0.481249
}

TEST(Ndcg, GainsLessThanOneApartKeepTheirListedOrderAsInTrecEval) {
  // trec_eval sorts gains comparing (int)(g1 - g2): level 1 at 2.5 and level 2 at 2 compare
  // equal, so the listed 1=2.5 stays below 2. The ideal ranking takes f 3, then a 2, then b and
  // d at 2.5 (a true sort would put 2.5 before 2).
  const double dcg = 2 / lg(3) + 2.5 / lg(6) + 2.5 / lg(7);
  const double ideal = 3 + 2 / lg(3) + 2.5 / lg(4) + 2.5 / lg(5);
  EXPECT_NEAR(value_of("ndcg.1=2.5", example()), dcg / ideal, kEps);  // 0.473478
}

TEST(NdcgCut, CutsRunAndIdealAtTheSameDepth) {
  const auto v = values_of("ndcg_cut.2,5,10", example());
  // Top 2: a; ideal top 2: f, a.
  EXPECT_NEAR(v.at("ndcg_cut_2"), (2 / lg(3)) / (3 + 2 / lg(3)), kEps);  // 0.296082
  // Top 5: a, b; the ideal has only 4 positive documents.
  EXPECT_NEAR(v.at("ndcg_cut_5"), (2 / lg(3) + 1 / lg(6)) / kIdealDcg, kEps);  // 0.317517
  EXPECT_NEAR(v.at("ndcg_cut_10"), kDcg / kIdealDcg, kEps);
}

TEST(NdcgAverages, NdcgRelAveragesOverRelevantDocuments) {
  // nDCG at each relevant document retrieved (a, b, d), the ideal DCG growing with the ranks:
  // a: (2/lg3) / (3 + 2/lg3); b: (2/lg3 + 1/lg6) / ideal; d: full DCG / ideal; the fourth
  // relevant document (f, missed) counts the nDCG at the end. Sum over R = 4.
  const double at_a = (2 / lg(3)) / (3 + 2 / lg(3));
  const double at_b = (2 / lg(3) + 1 / lg(6)) / kIdealDcg;
  const double at_end = kDcg / kIdealDcg;
  EXPECT_NEAR(value_of("ndcg_rel", example()), (at_a + at_b + 2 * at_end) / 4, kEps);  // 0.346458
}

TEST(NdcgAverages, RndcgAveragesWhereTheIdealGainDrops) {
  // The ideal gain drops 3 -> 2 at rank 2 (run DCG 0 so far), 2 -> 1 at rank 3 (2/lg3 over
  // 3 + 2/lg3), 1 -> 0 at rank 5 (2/lg3 over the full ideal); the run goes on past the ideal,
  // so the nDCG at its end counts too (full DCG / ideal).
  const double drop2 = (2 / lg(3)) / (3 + 2 / lg(3));
  const double drop3 = (2 / lg(3)) / kIdealDcg;
  EXPECT_NEAR(value_of("Rndcg", example()), (0 + drop2 + drop3 + kDcg / kIdealDcg) / 4, kEps);
}

TEST(GainMeasures, GDiscountsByTheGapToTheIdeal) {
  // Ideal gains by rank 3, 2, 1, 1, then 0 (each rank costs at least 1): costs 3, 5, 6, 7, 8, 9.
  // a (gain 2, rank 2): 2 / lg(2 + 5 - 2); b (rank 5): 1 / lg(2 + 8 - 3); d: 1 / lg(2 + 9 - 4).
  // Divided by the ideal total 3 + 2 + 1 + 1 = 7.
  EXPECT_NEAR(value_of("G", example()), (2 / lg(5) + 1 / lg(7) + 1 / lg(7)) / 7, kEps);
  // binG: a relevant document adds 1 / lg(2 + n), n the documents above it that are not
  // relevant (unjudged ones included): n = 1 (c) for a, 3 (c, x, e) for b and d; over R = 4.
  EXPECT_NEAR(value_of("binG", example()), (1 / lg(3) + 1 / lg(5) + 1 / lg(5)) / 4, kEps);
}

TEST(RankBiasedPrecision, GainsScaledToOneAndResidualOfUnjudged) {
  // Gains 0-3 are scaled to [0, 1] (divided by 3). p = 0.9: a at rank 2 weighs 0.9, b 0.9^4,
  // d 0.9^5. rbp = (1 - p) * (2/3 * 0.9 + 1/3 * 0.6561 + 1/3 * 0.59049) = 0.101553.
  EXPECT_NEAR(value_of("rbp", example()), 0.1 * (0.6 + 0.6561 / 3 + 0.59049 / 3), kEps);
  // p = 0.5: 0.5 * (2/3 * 0.5 + 1/3 * 0.0625 + 1/3 * 0.03125).
  EXPECT_NEAR(value_of("rbp.p=0.5", example()), 0.5 * (1.0 / 3 + 0.09375 / 3), kEps);
  // Residual: unjudged x (0.9^2) and e (0.9^3), plus the weight past the ranking, 0.9^6.
  EXPECT_NEAR(value_of("rbp_resid", example()), 0.531441 + 0.1 * (0.81 + 0.729), kEps);
  EXPECT_EQ(value_of("rbp_resid", ranked(kJudged, {"a", "b"})), 0);  // everything judged
}

TEST(Unjudged, FractionAtCutoffsAndRelstring) {
  const auto u = values_of("unj.2,5,10", example());
  EXPECT_EQ(u.at("unj_2"), 0);
  EXPECT_NEAR(u.at("unj_5"), 0.4, kEps);   // x, e
  EXPECT_NEAR(u.at("unj_10"), 0.2, kEps);  // 2 / 10
  const MeasureSelection s = select_measures({"relstring.4"});
  std::vector<Value> v(1);
  s.measures[0].def->compute(example(), {}, s.measures[0].params, v.data());
  EXPECT_EQ(v[0].text, "02-.");
  EXPECT_EQ(s.measures[0].value_names[0], "relstring_4");
}

// Interpolated precision: five relevant documents r1-r5; the run ranks r1, n, r2, n, n, r3
// (n unjudged), so the precisions at ranks 1-6 are 1, 1/2, 2/3, 1/2, 2/5, 1/2.
RankedQuery five_relevant() {
  const Judgments j = {{"r1", 1}, {"r2", 1}, {"r3", 1}, {"r4", 1}, {"r5", 1}};
  return ranked(j, {"r1", "n1", "r2", "n2", "n3", "r3"});
}

TEST(Interpolated, PrecisionAtRecallLevels) {
  // Level x needs (long)(5x + 0.9) relevant documents: 0 -> 0, .1/.2 -> 1, .3/.4 -> 2,
  // .5/.6 -> 3, .7 and up -> 4 or 5 (more than retrieved: 0). Interpolated precision at n
  // relevant documents is the best precision at or below the n-th: 1 at 1, 2/3 at 2, 1/2 at 3.
  const auto v = values_of("iprec_at_recall", five_relevant());
  EXPECT_EQ(v.at("iprec_at_recall_0.00"), 1);
  EXPECT_EQ(v.at("iprec_at_recall_0.20"), 1);
  EXPECT_NEAR(v.at("iprec_at_recall_0.30"), 2.0 / 3, kEps);
  EXPECT_NEAR(v.at("iprec_at_recall_0.60"), 0.5, kEps);
  EXPECT_EQ(v.at("iprec_at_recall_0.70"), 0);
  EXPECT_EQ(v.at("iprec_at_recall_1.00"), 0);
  // 11pt_avg: (1 + 1 + 1 + 2/3 + 2/3 + 1/2 + 1/2 + 0 * 4) / 11.
  EXPECT_NEAR(value_of("11pt_avg", five_relevant()), (3 + 4.0 / 3 + 1) / 11, kEps);
  EXPECT_NEAR(value_of("11pt_avg.0.3,0.6", five_relevant()), (2.0 / 3 + 0.5) / 2, kEps);
}

TEST(Interpolated, RecallCutoffRoundsTheProductBeforeAddingPointNine) {
  // 77 relevant documents; the run has 23 of them at ranks 1-23 and a 24th at rank 100. 0.3 of
  // 77 is (long)(0.3 * 77 + 0.9) = 23 with the product rounded first (23.099999... + 0.9 <
  // 24), as trec_eval computes it on x86: precision 1 at rank 23. A fused multiply-add would give
  // 24, and 24/100.
  Judgments j;
  std::vector<std::string> run;
  for (int i = 0; i < 77; ++i) j["r" + std::to_string(i)] = 1;
  for (int i = 0; i < 23; ++i) run.push_back("r" + std::to_string(i));
  for (int i = 0; i < 76; ++i) run.push_back("n" + std::to_string(i));
  run.push_back("r23");
  EXPECT_EQ(values_of("iprec_at_recall", ranked(j, run)).at("iprec_at_recall_0.30"), 1.0);
}

}  // namespace
}  // namespace news::eval
