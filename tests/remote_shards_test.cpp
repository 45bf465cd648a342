// Shards served by xapian-tcpsrv: searched through tcp:// addresses, a stub file of `remote`
// lines, or beside a local shard, they rank like one database holding the same articles; a shard
// that is down is a one-line error (exit status 2), never a crash or a hang.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "analysis/analyzer.h"
#include "searcher/databases.h"
#include "searcher/searcher.h"
#include "tests/seed_databases.h"
#include "tests/tcp_server.h"
#include "tests/test_support.h"

namespace news {
namespace {

using testing::quote;
using testing::run;

// `timeout` bounds every command: a hang fails the test instead of stalling it.
const std::string kSearch = "timeout 60 " + testing::kBin + "/newssearch";

const char* const kQueries[] = {"Alimov", "cooperation", "shanghai cooperation organization", "\"community of shared future\"",
                                "秘书长", "SCO summit Qingdao", "上海合作组织", "cultural OR kazakhstan"};

class RemoteShards : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (run("command -v xapian-tcpsrv").status != 0) return;  // each test skips
    dbs_ = testing::index_seed_databases("remote-shards");
    analyzer_ = new Analyzer();
    one_ = new Searcher({dbs_.one}, *analyzer_);
  }
  static void TearDownTestSuite() {
    delete one_;
    delete analyzer_;
  }

  void SetUp() override {
    if (!analyzer_) GTEST_SKIP() << "xapian-tcpsrv is not installed";
    for (const char* shard : {"/shard-000", "/shard-001"}) {
      servers_.push_back(std::make_unique<testing::TcpServer>(dbs_.shards + shard));
      ASSERT_TRUE(servers_.back()->running()) << "xapian-tcpsrv did not start on " << dbs_.shards << shard;
    }
  }

  // Same ids in the same order, same scores, same totals as the one database.
  static void expect_ranked_like_one(Searcher& other) {
    ASSERT_EQ(other.size(), one_->size());
    for (const char* q : kQueries) {
      SearchRequest r;
      r.query = q;
      r.limit = 20;
      SearchResponse expected = one_->search(r), got = other.search(r);
      EXPECT_EQ(got.estimated, expected.estimated) << q;
      ASSERT_EQ(got.hits.size(), expected.hits.size()) << q;
      ASSERT_FALSE(expected.hits.empty()) << q;
      for (size_t i = 0; i < expected.hits.size(); ++i) {
        EXPECT_EQ(got.hits[i].article.id, expected.hits[i].article.id) << q << " rank " << i + 1;
        EXPECT_NEAR(got.hits[i].score, expected.hits[i].score, 1e-9 * std::abs(expected.hits[i].score)) << q;
        EXPECT_EQ(got.hits[i].article.title, expected.hits[i].article.title) << q;  // documents come over too
      }
    }
  }

  std::string write_stub(const std::string& name) const {
    std::string path = dbs_.dir + "/" + name;
    testing::write_file(path, "remote " + servers_[0]->address() + "\nremote " + servers_[1]->address() + "\n");
    return path;
  }

  static testing::SeedDatabases dbs_;
  static Analyzer* analyzer_;
  static Searcher* one_;
  std::vector<std::unique_ptr<testing::TcpServer>> servers_;
};
testing::SeedDatabases RemoteShards::dbs_;
Analyzer* RemoteShards::analyzer_;
Searcher* RemoteShards::one_;

// A failed newssearch run (stderr into stdout): status 2 and one line naming what failed.
void expect_one_line_error(const testing::CommandResult& r, const std::string& naming) {
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_EQ(r.out.rfind("newssearch: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(naming), std::string::npos) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
}

TEST_F(RemoteShards, TcpShardsRankLikeOneDatabase) {
  Searcher remote({servers_[0]->url(), servers_[1]->url()}, *analyzer_);
  expect_ranked_like_one(remote);
}

TEST_F(RemoteShards, StubFileOfRemoteLinesRanksLikeOneDatabase) {
  Searcher stub({write_stub("remote-stub")}, *analyzer_);
  expect_ranked_like_one(stub);
}

TEST_F(RemoteShards, LocalAndRemoteShardTogetherRankLikeOneDatabase) {
  Searcher mixed({dbs_.shards + "/shard-000", servers_[1]->url()}, *analyzer_);
  expect_ranked_like_one(mixed);
}

// The web server searches with a match time limit: remote shards must take it too.
TEST_F(RemoteShards, TimeLimitedSearchesWorkOverTcp) {
  Searcher remote({servers_[0]->url(), servers_[1]->url()}, *analyzer_);
  SearchRequest r;
  r.query = "Alimov";
  r.time_limit_seconds = 0.5;
  SearchResponse got = remote.search(r);
  ASSERT_FALSE(got.hits.empty());
  EXPECT_EQ(got.hits[0].article.id, one_->search(r).hits[0].article.id);
}

TEST_F(RemoteShards, NewssearchFindsTheArticleAcrossTcpShards) {
  testing::CommandResult r =
      run(kSearch + " --db " + servers_[0]->url() + " --db " + servers_[1]->url() + " --limit 1 Alimov 2>&1");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("000_cee87e1c9373ec3f"), std::string::npos) << r.out;
}

TEST_F(RemoteShards, NothingListeningIsAOneLineError) {
  std::string nobody = "tcp://127.0.0.1:" + std::to_string(testing::free_port());
  expect_one_line_error(run(kSearch + " --db " + servers_[0]->url() + " --db " + nobody + " Alimov 2>&1"), nobody);
}

TEST_F(RemoteShards, StoppedShardInAStubIsAOneLineError) {
  std::string stub = write_stub("half-down-stub");
  servers_[1]->stop();
  expect_one_line_error(run(kSearch + " --db " + quote(stub) + " Alimov 2>&1"), stub);
}

TEST_F(RemoteShards, ShardStoppingAfterOpeningFailsTheSearchCleanly) {
  Searcher remote({servers_[0]->url(), servers_[1]->url()}, *analyzer_);
  SearchRequest r;
  r.query = "cooperation";
  ASSERT_FALSE(remote.search(r).hits.empty());
  servers_[1]->stop();
  try {
    remote.search(r);
    ADD_FAILURE() << "searched a stopped shard without an error";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("remote database stopped answering"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace news
