// The user's path: index the bundled seed articles with newsindex, search them with newssearch,
// and check ranked ids, titles, dates and highlighted snippets.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

#include "tests/test_support.h"

namespace news::testing {
namespace {

class SeedSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = scratch_dir("e2e-seeds") + "/db";
    CommandResult r = run(kBin + "/newsindex --quiet --db " + quote(db_) + " " + quote(kSeeds) + " 2>&1");
    ASSERT_EQ(r.status, 0) << r.out;
  }

  static nlohmann::json search(const std::string& query, const std::string& extra = "") {
    CommandResult r = run(kBin + "/newssearch --json --db " + quote(db_) + " " + extra + " -- " + quote(query));
    EXPECT_TRUE(r.status == 0 || r.status == 1) << r.out;
    return nlohmann::json::parse(r.out);
  }

  static std::vector<std::string> ids(const nlohmann::json& response) {
    std::vector<std::string> out;
    for (const auto& hit : response["results"]) out.push_back(hit["id"]);
    return out;
  }

  static std::string db_;
};
std::string SeedSearch::db_;

TEST_F(SeedSearch, RareNameRanksTheSeminarArticleFirst) {
  nlohmann::json r = search("Alimov");
  ASSERT_FALSE(r["results"].empty());
  const auto& first = r["results"][0];
  EXPECT_EQ(first["id"], "000_cee87e1c9373ec3f");
  EXPECT_NE(first["title"].get<std::string>().find("Taihe Institute"), std::string::npos);
  EXPECT_EQ(first["date"], "2018-06-16");
  EXPECT_NE(first["snippet"]["html"].get<std::string>().find("<mark>Alimov</mark>"), std::string::npos);
  // Every result says why it matched.
  for (const auto& hit : r["results"])
    EXPECT_NE(hit["snippet"]["html"].get<std::string>().find("<mark>Alimov</mark>"), std::string::npos) << hit["id"];
}

TEST_F(SeedSearch, ChineseWordFindsTheOnlyArticleThatContainsIt) {
  nlohmann::json r = search("秘书长");
  ASSERT_EQ(ids(r), std::vector<std::string>{"000_cee87e1c9373ec3f"});
  std::string html = r["results"][0]["snippet"]["html"];
  EXPECT_NE(html.find("<mark>秘书长</mark>"), std::string::npos) << html;
}

TEST_F(SeedSearch, PhraseMatchesExactlyTheArticlesContainingIt) {
  nlohmann::json r = search("\"community of shared future\"");
  std::vector<std::string> found = ids(r);
  std::set<std::string> got(found.begin(), found.end());
  // 002 speaks of a "community of shared destiny": it must not match.
  EXPECT_EQ(got, (std::set<std::string>{"000_cee87e1c9373ec3f", "003_3250a05bb2f80187", "004_08e389d1863a77e7"}));
  EXPECT_TRUE(r["total"]["exact"].get<bool>());
  EXPECT_EQ(r["total"]["estimated"], 3);
}

TEST_F(SeedSearch, ResultsCarryTitleAndTheDatesTheArticlesGive) {
  nlohmann::json r = search("SCO", "--limit 10");
  ASSERT_EQ(r["results"].size(), 5u);
  std::map<std::string, std::string> dates;
  for (const auto& hit : r["results"]) {
    EXPECT_FALSE(hit["title"].get<std::string>().empty());
    dates[hit["id"]] = hit["date"];
  }
  EXPECT_EQ(dates["000_cee87e1c9373ec3f"], "2018-06-16");  // "June 16th, 2018"
  EXPECT_EQ(dates["001_136ba648e99dbd5c"], "2018-06-11");  // "Published: 2018-06-11 19:24:34"
  EXPECT_EQ(dates["002_db71e7c1c3482f44"], "2021-07-02");  // "Release time:2021-07-02"
  EXPECT_EQ(dates["003_3250a05bb2f80187"], "2024-06-20");  // "June 20, 2024"
}

TEST_F(SeedSearch, HumanOutputShowsRankedTitlesAndMarkedSnippets) {
  CommandResult r = run(kBin + "/newssearch --db " + quote(db_) + " Alimov");
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out.find("1. Seminar on"), r.out.find("1. "));
  EXPECT_NE(r.out.find("«Alimov»"), std::string::npos) << r.out;
}

TEST_F(SeedSearch, UnbalancedQuoteSearchesTheWordsAndSaysSo) {
  nlohmann::json r = search("\"community of shared future");
  EXPECT_FALSE(r["results"].empty());
  ASSERT_FALSE(r["notes"].empty());
  EXPECT_NE(r["notes"][0].get<std::string>().find("unbalanced quote"), std::string::npos);
}

TEST_F(SeedSearch, CommandLinesTakeTheGnuForms) {
  // --opt=value, -n N and "--" before a query that begins with a dash.
  CommandResult r = run(kBin + "/newssearch --json --db=" + quote(db_) + " --limit=2 -- -weather SCO");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["results"].size(), 2u);
  r = run(kBin + "/newssearch -j -n 1 -d " + quote(db_) + " SCO");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["results"].size(), 1u);
  r = run(kBin + "/newssearch --db " + quote(db_) + " --limit=0 SCO 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--limit needs a whole number from 1 to 1000, not \"0\""), std::string::npos) << r.out;
  r = run(kBin + "/newsindex --db=" + quote(db_) + " --quiet --batch=10 " + quote(kSeeds) + " 2>&1");
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(Indexing, RerunningOnTheSameFilesKeepsTheCount) {
  std::string db = scratch_dir("e2e-rerun") + "/db";
  CommandResult first = run(kBin + "/newsindex --db " + quote(db) + " " + quote(kSeeds) + " 2>&1");
  ASSERT_EQ(first.status, 0) << first.out;
  EXPECT_NE(first.out.find("added 5,"), std::string::npos) << first.out;
  CommandResult second = run(kBin + "/newsindex --db " + quote(db) + " " + quote(kSeeds) + " 2>&1");
  ASSERT_EQ(second.status, 0) << second.out;
  EXPECT_NE(second.out.find("added 0, replaced 0, unchanged 5"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("database holds 5 articles"), std::string::npos) << second.out;
}

TEST(BadInput, MissingDatabaseIsAClearError) {
  std::string missing = scratch_dir("e2e-missing") + "/nothing-here";
  CommandResult r = run(kBin + "/newssearch --db " + quote(missing) + " anything 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("no database there"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(missing), std::string::npos) << r.out;
}

TEST(BadInput, BinaryAndEmptyFilesAreRejectedAndTheRestIndexed) {
  std::string dir = scratch_dir("e2e-bad-input");
  write_file(dir + "/in/good.txt", "A good title\n\nThe body mentions Zanzibar.\n");
  write_file(dir + "/in/empty.txt", "");
  write_file(dir + "/in/blank.txt", "\n  \n\t\n");
  write_file(dir + "/in/image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CommandResult r = run(kBin + "/newsindex --db " + quote(dir + "/db") + " " + quote(dir + "/in") + " 2>&1");
  EXPECT_EQ(r.status, 1) << r.out;  // some articles rejected
  EXPECT_NE(r.out.find("image.txt: binary data"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("empty.txt: empty article"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("blank.txt: empty article"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("added 1,"), std::string::npos) << r.out;
  CommandResult s = run(kBin + "/newssearch --json --db " + quote(dir + "/db") + " Zanzibar");
  ASSERT_EQ(s.status, 0);
  EXPECT_EQ(nlohmann::json::parse(s.out)["results"][0]["id"], "good");
}

TEST(BadInput, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run(kBin + "/newsindex 2>/dev/null").status, 2);
  EXPECT_EQ(run(kBin + "/newssearch --db x 2>/dev/null").status, 2);
  EXPECT_EQ(run(kBin + "/newssearch --db x --limit zero q 2>/dev/null").status, 2);
  CommandResult help = run(kBin + "/newsindex --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Usage: newsindex"), std::string::npos);
}

}  // namespace
}  // namespace news::testing
