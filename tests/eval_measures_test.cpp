// newseval's measures, family by family, on rankings small enough to work out by hand; each
// expected value is derived in the comment beside it from trec_eval's definitions (its m_*.c
// documentation), so a wrong convention fails.
#include <gtest/gtest.h>

#include <cmath>

#include "eval_test_support.h"

namespace news::eval {
namespace {

using namespace testing;

// Most tests use testing::example() (eval_test_support.h): by rank the judgments are 0 (c),
// 2 (a), not in pool (x), pool unjudged (e), 1 (b), 1 (d); f (3) is never retrieved; R = 4.
const Judgments& kJudged = example_judgments();

TEST(Ranking, JudgmentsByRankAndCounts) {
  const RankedQuery q = example();
  EXPECT_EQ(q.rels, (std::vector<long>{0, 2, kNotInPool, kPoolUnjudged, 1, 1}));
  EXPECT_EQ(q.num_ret, 6);
  EXPECT_EQ(q.num_rel, 4);      // a, b, d, f
  EXPECT_EQ(q.num_rel_ret, 3);  // a, b, d
  EXPECT_EQ(q.num_nonpool, 1);  // x
  EXPECT_EQ(q.num_unjudged_in_pool, 1);  // e
  EXPECT_EQ(q.rel_levels, (std::vector<long>{1, 2, 1, 1}));  // c | b d | a | f
}

TEST(Ranking, MaxDocsCutsAfterSortingAndJudgedOnlyClosesTheRanks) {
  EvalSettings cut;
  cut.max_docs_per_topic = 3;
  EXPECT_EQ(example(cut).rels, (std::vector<long>{0, 2, kNotInPool}));
  EvalSettings judged;
  judged.judged_docs_only = true;
  EXPECT_EQ(example(judged).rels, (std::vector<long>{0, 2, 1, 1}));
  EXPECT_EQ(example(judged).num_nonpool, 0);
}

TEST(Counts, RetrievedRelevantAndJudgedNonRelevant) {
  EXPECT_EQ(value_of("num_ret", example()), 6);
  EXPECT_EQ(value_of("num_rel", example()), 4);
  EXPECT_EQ(value_of("num_rel_ret", example()), 3);
  // Retrieved, judged, below the level: c only (x and e are unjudged).
  EXPECT_EQ(value_of("num_nonrel_judged_ret", example()), 1);
}

TEST(AveragePrecision, DividesByAllRelevantIncludingUnretrieved) {
  // Precision at the relevant ranks 2, 5, 6: 1/2 + 2/5 + 3/6 = 1.4; over R = 4: 0.35.
  EXPECT_NEAR(value_of("map", example()), 1.4 / 4, kEps);
  // gm_map's per-query value is the log, floored at 1e-5.
  EXPECT_NEAR(value_of("gm_map", example()), std::log(0.35), kEps);
  EXPECT_NEAR(value_of("gm_map", ranked(kJudged, {"x"})), std::log(0.00001), kEps);
  // map_cut_5 counts ranks 2 and 5 only: (1/2 + 2/5) / 4 = 0.225; map_cut_1: nothing.
  const auto cut = values_of("map_cut.1,5", example());
  EXPECT_NEAR(cut.at("map_cut_5"), 0.9 / 4, kEps);
  EXPECT_EQ(cut.at("map_cut_1"), 0);
}

TEST(AveragePrecision, RelevanceLevelDecidesWhatIsRelevant) {
  // -l 2: only a (2) and f (3) are relevant, R = 2; a is at rank 2: (1/2) / 2 = 0.25.
  EvalSettings level2;
  level2.relevance_level = 2;
  EXPECT_EQ(example(level2).num_rel, 2);
  EXPECT_NEAR(value_of("map", example(level2), level2), 0.25, kEps);
}

TEST(AveragePrecision, JudgedOnlyRanksCloseUp) {
  // -J leaves c, a, b, d at ranks 1-4: (1/2 + 2/3 + 3/4) / 4 = 0.479167.
  EvalSettings judged;
  judged.judged_docs_only = true;
  EXPECT_NEAR(value_of("map", example(judged), judged), (0.5 + 2.0 / 3 + 0.75) / 4, kEps);
}

TEST(Precision, AtCutoffsRelativeAndAtR) {
  const auto p = values_of("P.1,5,10", example());
  EXPECT_EQ(p.at("P_1"), 0);             // c
  EXPECT_NEAR(p.at("P_5"), 0.4, kEps);   // a, b in the top 5
  EXPECT_NEAR(p.at("P_10"), 0.3, kEps);  // 3 / 10: missing ranks count as non-relevant
  // relative_P divides by min(k, R): 1/2, 2/4, 3/4.
  const auto rel = values_of("relative_P.2,5,10", example());
  EXPECT_NEAR(rel.at("relative_P_2"), 0.5, kEps);
  EXPECT_NEAR(rel.at("relative_P_5"), 0.5, kEps);
  EXPECT_NEAR(rel.at("relative_P_10"), 0.75, kEps);
  // Rprec: precision at R = 4: a only, 1/4.
  EXPECT_NEAR(value_of("Rprec", example()), 0.25, kEps);
}

TEST(Precision, AtMultiplesOfRRoundedAsTrecEvalRoundsThem) {
  // Cutoffs are (long)(m * R + 0.9) with R = 4: 0.2 -> 1, 0.5 -> 2, 2.0 -> 8.
  const auto p = values_of("Rprec_mult.0.2,0.5,2.0", example());
  EXPECT_EQ(p.at("Rprec_mult_0.20"), 0);           // top 1: c
  EXPECT_NEAR(p.at("Rprec_mult_0.50"), 0.5, kEps);  // top 2: a
  EXPECT_NEAR(p.at("Rprec_mult_2.00"), 3.0 / 8, kEps);  // past the ranking: 3 / 8
}

TEST(Recall, AtCutoffsAndZeroWithoutRelevantDocuments) {
  const auto r = values_of("recall.5,1000", example());
  EXPECT_NEAR(r.at("recall_5"), 0.5, kEps);      // a, b of 4
  EXPECT_NEAR(r.at("recall_1000"), 0.75, kEps);  // f never retrieved
  EXPECT_EQ(value_of("recall.5", ranked({{"n", 0}}, {"n"})), 0);
}

TEST(Rank, ReciprocalRankMrr10AndSuccess) {
  EXPECT_NEAR(value_of("recip_rank", example()), 0.5, kEps);
  EXPECT_NEAR(value_of("mrr_10", example()), 0.5, kEps);
  // First relevant at rank 11: recip_rank 1/11, mrr_10 0.
  std::vector<std::string> late(10, "");
  for (int i = 0; i < 10; ++i) late[i] = "n" + std::to_string(i);
  late.push_back("a");
  EXPECT_NEAR(value_of("recip_rank", ranked(kJudged, late)), 1.0 / 11, kEps);
  EXPECT_EQ(value_of("mrr_10", ranked(kJudged, late)), 0);
  const auto s = values_of("success.1,2", example());
  EXPECT_EQ(s.at("success_1"), 0);
  EXPECT_EQ(s.at("success_2"), 1);
}

TEST(SetMeasures, IgnoreTheOrder) {
  EXPECT_NEAR(value_of("set_P", example()), 0.5, kEps);            // 3 / 6
  EXPECT_NEAR(value_of("set_recall", example()), 0.75, kEps);      // 3 / 4
  EXPECT_NEAR(value_of("set_relative_P", example()), 0.75, kEps);  // 3 / min(6, 4)
  EXPECT_NEAR(value_of("set_map", example()), 9.0 / 24, kEps);     // 3 * 3 / (6 * 4)
  // set_F: 2 P R / (P + R) = 2 * 0.5 * 0.75 / 1.25 = 0.6; with x = 0.5: 1.5 P R / (0.5 P + R)
  // = 0.5625 / 1.0.
  EXPECT_NEAR(value_of("set_F", example()), 0.6, kEps);
  EXPECT_NEAR(value_of("set_F.0.5", example()), 0.5625, kEps);
}

TEST(SetMeasures, UtilityWeighsTheContingencyTable) {
  // Default 1, -1, 0, 0: 3 relevant retrieved - 3 others = 0.
  EXPECT_EQ(value_of("utility", example()), 0);
  // 2 * 3 - 1 * 3 - 0.5 * (4 - 3) + 0.1 * (100 + 3 - 6 - 4) = 6 - 3 - 0.5 + 9.3 = 11.8.
  EvalSettings collection;
  collection.num_docs_in_collection = 100;
  EXPECT_NEAR(value_of("utility.2,-1,-0.5,0.1", example(), collection), 11.8, kEps);
}

TEST(IncompleteJudgments, BprefCountsJudgedNonRelevantAboveEachRelevant) {
  // Judged r1 r2 (relevant), n1 n2 n3 (not); ranking n1, r1, n2, u (unjudged), r2.
  // r1: 1 - min(1, R=2) / min(3 non-relevant, 2) = 0.5; r2: 1 - 2 / 2 = 0. bpref = 0.5 / 2.
  const Judgments j = {{"r1", 1}, {"r2", 1}, {"n1", 0}, {"n2", 0}, {"n3", 0}};
  const RankedQuery q = ranked(j, {"n1", "r1", "n2", "u", "r2"});
  EXPECT_NEAR(value_of("bpref", q), 0.25, kEps);
  EXPECT_NEAR(value_of("gm_bpref", q), std::log(0.25), kEps);
  // In the main example c (non-relevant) precedes every relevant document: 0.
  EXPECT_EQ(value_of("bpref", example()), 0);
}

TEST(IncompleteJudgments, InferredApEstimatesPrecisionFromJudgedDocumentsAbove) {
  // At each relevant document at 0-based rank j (j > 0), with counts of what is above it:
  // 1/(j+1) + (j/(j+1)) * ((rel-1 + nonrel + unjudged) / j) * ((rel-1 + e) / (rel-1 + nonrel + 2e)).
  // a (j=1; 0 rel, 1 nonrel, 0 unjudged above): 1/2 + 1/2 * 1 * e / (1 + 2e)
  // b (j=4; 1 rel, 1 nonrel, 1 unjudged):       1/5 + 4/5 * 3/4 * (1 + e) / (2 + 2e) = 0.5
  // d (j=5; 2 rel, 1 nonrel, 1 unjudged):       1/6 + 5/6 * 4/5 * (2 + e) / (3 + 2e)
  const double e = 0.00001;
  const double a = 0.5 + 0.5 * e / (1 + 2 * e);
  const double b = 0.2 + 0.8 * 0.75 * (1 + e) / (2 + 2 * e);
  const double d = 1.0 / 6 + (5.0 / 6) * (4.0 / 5) * (2 + e) / (3 + 2 * e);
  EXPECT_NEAR(value_of("infAP", example()), (a + b + d) / 4, kEps);  // 0.402779
}

}  // namespace
}  // namespace news::eval
