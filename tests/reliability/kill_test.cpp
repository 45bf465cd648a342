// newsindex killed with SIGKILL at random points of a long run, again and again, writing one
// database, three shards, or a new database in two parts (merged when a run completes). After
// every kill each database must pass xapian-check and hold no article twice, each shard or part
// exactly a prefix of the input articles it is written (articles are committed in input order, a
// batch at a time); together they must hold every article an earlier run committed and every
// article this run reported committed. A last run must then complete the input.
//
// NEWS_KILL_ROUNDS (default 5) sets the number of kills, NEWS_KILL_SEED replays a sequence.
#include <gtest/gtest.h>
#include <signal.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <thread>

#include "store/shards.h"
#include "tests/test_support.h"

namespace news {
namespace {

using namespace std::chrono_literals;

constexpr size_t kArticles = 30000;
constexpr int kBatch = 500;

std::string article_id(size_t i) {
  char id[32];
  std::snprintf(id, sizeof id, "kill-%05zu", i);
  return id;
}

// Small articles in a few languages, so that every analyzer path runs.
void write_articles(const std::string& path) {
  static const char* const kWords[] = {"summit", "market", "harbour", "election", "rainfall", "museum",
                                       "峰会",   "市场",   "항구",     "선거",     "ตลาด",     "выборы"};
  std::ofstream out(path, std::ios::binary);
  for (size_t i = 0; i < kArticles; ++i) {
    const char* a = kWords[i % 12];
    const char* b = kWords[(i / 12) % 12];
    out << "{\"id\":\"" << article_id(i) << "\",\"title\":\"Report " << i << " on the " << a << "\",\"body\":\"The "
        << a << " and the " << b << " were discussed on day " << i % 365 << ". " << b << " " << a
        << " again.\",\"date\":\"2019-01-" << 10 + i % 19 << "\",\"source\":\"wire\",\"lang\":\"en\"}\n";
  }
}

int env_int(const char* name, int fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::atoi(value) : fallback;
}

// The articles in a database, by id; fails the test on a duplicate.
std::set<std::string> stored_ids(const std::string& db_path) {
  std::set<std::string> ids;
  Xapian::Database db(db_path);
  for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term) {
    EXPECT_EQ(term.get_termfreq(), 1u) << "article stored twice: " << (*term).substr(1);
    ids.insert((*term).substr(1));
  }
  EXPECT_EQ(ids.size(), db.get_doccount()) << "documents without an id, or ids counted twice";
  return ids;
}

Xapian::doccount doc_count(const std::string& db_path) {
  try {
    return Xapian::Database(db_path).get_doccount();
  } catch (const Xapian::Error&) {
    return 0;  // not created yet
  }
}

// The largest "N committed" newsindex logged (articles written and committed by this run).
size_t reported_committed(const std::string& log_path) {
  std::ifstream in(log_path);
  std::string line;
  static const std::regex committed(", (\\d+) committed,");
  size_t most = 0;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, committed)) most = std::max<size_t>(most, std::stoul(m[1]));
  return most;
}

// How newsindex lays the database out: --shards N, or --parts N (a new database in parts, merged
// when a run completes).
struct Layout {
  const char* option;
  unsigned count;
};

pid_t start_indexer(const std::string& db, Layout layout, const std::string& input, const std::string& log) {
  pid_t pid = fork();
  if (pid == 0) {
    FILE* out = std::fopen(log.c_str(), "w");
    if (out) dup2(fileno(out), STDERR_FILENO);
    std::string bin = testing::kBin + "/newsindex", batch = std::to_string(kBatch), n = std::to_string(layout.count);
    execl(bin.c_str(), bin.c_str(), "--db", db.c_str(), layout.option, n.c_str(), "--batch", batch.c_str(), input.c_str(),
          nullptr);
    _exit(127);
  }
  return pid;
}

class KillTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::run("command -v xapian-check > /dev/null").status != 0) GTEST_SKIP() << "xapian-check is not installed";
    dir_ = testing::scratch_dir("kill-test");
    input_ = dir_ + "/articles.jsonl";
    db_ = dir_ + "/db";
    write_articles(input_);
  }

  // The Xapian databases newsindex writes: the database itself, or those its stub names now.
  std::vector<std::string> databases() const {
    std::string stub = stub_file(db_);
    if (stub.empty()) return {db_};
    return local_stub_databases(stub).value_or(std::vector<std::string>{});
  }

  void expect_consistent(const std::string& when, size_t at_least) {
    std::vector<std::string> paths = databases();
    std::set<std::string> all;
    for (size_t s = 0; s < paths.size(); ++s) {
      const std::string& path = paths[s];
      if (!std::filesystem::exists(path + "/iamglass")) continue;  // killed before it was created
      testing::CommandResult check = testing::run("xapian-check " + testing::quote(path) + " 2>&1");
      EXPECT_EQ(check.status, 0) << when << ": xapian-check " << path << " failed\n" << check.out;
      std::set<std::string> ids = stored_ids(path);
      for (const std::string& id : ids) EXPECT_TRUE(all.insert(id).second) << when << ": " << id << " stored twice";
      if (std::filesystem::path(path).filename().string().rfind("index-", 0) == 0) continue;  // merged parts
      // Exactly the first ids.size() articles of those that go to this database.
      std::set<std::string> prefix;
      for (size_t i = 0; i < kArticles && prefix.size() < ids.size(); ++i)
        if (shard_of(article_id(i), static_cast<unsigned>(paths.size())) == s) prefix.insert(article_id(i));
      EXPECT_TRUE(ids == prefix) << when << ": " << path << " is not a prefix of its articles";
    }
    EXPECT_GE(all.size(), at_least) << when << ": committed articles were lost";
  }

  // Kills newsindex `rounds` times, checking the database after each kill, then completes the run.
  void kill_repeatedly(Layout layout) {
    const int rounds = env_int("NEWS_KILL_ROUNDS", 5);
    const char* seed_text = std::getenv("NEWS_KILL_SEED");
    const unsigned long seed = seed_text && *seed_text ? std::strtoul(seed_text, nullptr, 10) : std::random_device{}();
    SCOPED_TRACE("NEWS_KILL_SEED=" + std::to_string(seed));
    std::mt19937 random(static_cast<std::mt19937::result_type>(seed));

    size_t stored = 0;  // articles the database held after the previous round
    int kills = 0;
    for (int round = 1; round <= rounds && stored < kArticles; ++round) {
      std::string log = dir_ + "/round-" + std::to_string(round) + ".log";
      pid_t pid = start_indexer(db_, layout, input_, log);
      ASSERT_GT(pid, 0);
      // Odd rounds: a random moment from the start (opening, reading, analysing, committing).
      // Even rounds: a random moment after the database has grown, so that every run makes progress.
      if (round % 2) {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 1500)(random)));
      } else {
        auto deadline = std::chrono::steady_clock::now() + 600s;
        while (doc_count(db_) <= stored && waitpid(pid, nullptr, WNOHANG) == 0 && std::chrono::steady_clock::now() < deadline)
          std::this_thread::sleep_for(20ms);
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 400)(random)));
      }
      bool killed = kill(pid, SIGKILL) == 0;
      int status = 0;
      waitpid(pid, &status, 0);
      killed = killed && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
      kills += killed;
      size_t committed = reported_committed(log);
      std::string when = "round " + std::to_string(round) + (killed ? " (killed)" : " (ran to its end)");
      expect_consistent(when, stored + committed);
      if (::testing::Test::HasFailure()) return;
      stored = doc_count(db_);
      std::printf("%s: database holds %zu articles (this run reported %zu committed)\n", when.c_str(), stored, committed);
      // A run that ended before its kill, with none killed yet, leaves nothing to resume: the next
      // round starts from no database, so that one is killed (an idle machine can index the whole
      // input within an odd round's longest wait).
      if (!killed && kills == 0 && stored == kArticles) {
        std::filesystem::remove_all(db_);
        stored = 0;
      }
    }
    EXPECT_GT(kills, 0) << "no run was killed";

    // A last run completes the input: every article once, the rest found unchanged.
    testing::CommandResult last = testing::run(testing::kBin + "/newsindex --quiet --db " + testing::quote(db_) +
                                               " " + layout.option + " " + std::to_string(layout.count) + " " +
                                               testing::quote(input_) + " 2>&1");
    EXPECT_EQ(last.status, 0) << last.out;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(last.out, m, std::regex("added (\\d+), replaced (\\d+), unchanged (\\d+)"))) << last.out;
    EXPECT_EQ(std::stoul(m[1]) + std::stoul(m[3]), kArticles) << last.out;
    EXPECT_EQ(std::stoul(m[2]), 0u) << "articles committed earlier were written again\n" << last.out;
    EXPECT_EQ(std::stoul(m[3]), stored) << last.out;
    expect_consistent("after the last run", kArticles);
    EXPECT_EQ(doc_count(db_), kArticles);
    std::printf("%d kills survived; the last run added %s articles\n", kills, m[1].str().c_str());
  }

  std::string dir_, input_, db_;
};

TEST_F(KillTest, RepeatedKillsLoseNothingCommitted) { kill_repeatedly({"--shards", 1}); }

TEST_F(KillTest, RepeatedKillsOfAShardedIndexLoseNothingCommitted) { kill_repeatedly({"--shards", 3}); }

// A new database written in parts, killed while it is written or while its parts are merged.
TEST_F(KillTest, RepeatedKillsOfANewDatabaseInPartsLoseNothingCommitted) { kill_repeatedly({"--parts", 2}); }

}  // namespace
}  // namespace news
