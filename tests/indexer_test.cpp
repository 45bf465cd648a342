// newsindex end to end: every input form, incremental runs, killed and interrupted runs, the
// database lock, shards, the summary, bad input and bounded memory. Each test runs the built command
// and checks the database it leaves (ids, counts), not only the exit status.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <regex>
#include <set>
#include <thread>

#include "store/article_record.h"
#include "store/fields.h"
#include "store/shards.h"
#include "store/stored_article.h"
#include "tests/test_support.h"

namespace news::testing {
namespace {
namespace fs = std::filesystem;

const std::string kLivedoorFixture = kSource + "/tests/fixtures/livedoor";

CommandResult newsindex(const std::string& args) { return run(kBin + "/newsindex " + args + " 2>&1"); }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string article_line(const std::string& id, const std::string& title, const std::string& body) {
  return nlohmann::json{{"id", id}, {"title", title}, {"body", body}, {"lang", "en"}}.dump() + "\n";
}

// Zero-padded, so that the ids sort in the order they are written.
std::string generated_id(size_t i) {
  char id[32];
  std::snprintf(id, sizeof id, "gen-%05zu", i);
  return id;
}

std::string generated_articles(size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i)
    out += article_line(generated_id(i), "Report " + std::to_string(i),
                        "Dispatch " + std::to_string(i) + " about topic" + std::to_string(i % 7) + " from region" +
                            std::to_string(i % 11) + ".");
  return out;
}

std::vector<std::string> generated_ids(size_t count) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < count; ++i) ids.push_back(generated_id(i));
  return ids;
}

// Every article id in the database, once per document holding it: a duplicate shows twice.
std::vector<std::string> ids_in(const std::string& db) {
  Xapian::Database database(db);
  std::vector<std::string> ids;
  for (auto term = database.allterms_begin(fields::kId); term != database.allterms_end(fields::kId); ++term)
    ids.insert(ids.end(), term.get_termfreq(), (*term).substr(1));
  return ids;
}

// The Xapian databases of the database folder `db`: those its stub names, or itself.
std::vector<std::string> databases_of(const std::string& db) {
  std::string stub = stub_file(db);
  return stub.empty() ? std::vector<std::string>{db} : local_stub_databases(stub).value_or(std::vector<std::string>{});
}

// Each database of `db` holds the first articles of its share of a feed of `count` generated
// articles (parts commit on their own, so together they need not be a prefix of the feed), and
// each passes xapian-check.
void expect_committed_prefixes(const std::string& db, size_t count) {
  std::vector<std::string> parts = databases_of(db);
  for (size_t p = 0; p < parts.size(); ++p) {
    std::vector<std::string> ids = ids_in(parts[p]), prefix;
    for (size_t i = 0; i < count && prefix.size() < ids.size(); ++i)
      if (shard_of(generated_id(i), static_cast<unsigned>(parts.size())) == p) prefix.push_back(generated_id(i));
    std::sort(prefix.begin(), prefix.end());
    EXPECT_EQ(ids, prefix) << parts[p] << " does not hold the first articles of its share";
    CommandResult check = run("xapian-check " + quote(parts[p]) + " 2>&1");
    EXPECT_EQ(check.status, 0) << check.out;
  }
}

Article stored(const std::string& db, const std::string& id) {
  Xapian::Database database(db);
  auto doc = database.postlist_begin(fields::kId + id);
  return doc == database.postlist_end(fields::kId + id) ? Article() : decode_article(article_record(database.get_document(*doc)));
}

std::set<std::string> search_ids(const std::string& db, const std::string& query) {
  CommandResult r = run(kBin + "/newssearch --json --limit 1000 --db " + quote(db) + " " + quote(query));
  nlohmann::json response = nlohmann::json::parse(r.out, nullptr, false);
  std::set<std::string> ids;
  if (response.is_object())
    for (const auto& hit : response["results"]) ids.insert(hit["id"].get<std::string>());
  return ids;
}

struct Summary {
  bool found = false;
  size_t added = 0, replaced = 0, unchanged = 0, deleted = 0, rejected = 0, holds = 0;
  double seconds = -1, articles_per_second = -1, mb_per_second = -1;
};

Summary summary_of(const std::string& output) {
  static const std::regex line(
      R"(added (\d+), replaced (\d+), unchanged (\d+), deleted (\d+), rejected (\d+) in ([\d.]+) s )"
      R"(\((\d+) articles/s, ([\d.]+) MB/s\); database holds (\d+) articles)");
  std::smatch m;
  Summary s;
  if (!std::regex_search(output, m, line)) return s;
  s.found = true;
  s.added = std::stoul(m[1]), s.replaced = std::stoul(m[2]), s.unchanged = std::stoul(m[3]);
  s.deleted = std::stoul(m[4]), s.rejected = std::stoul(m[5]), s.holds = std::stoul(m[9]);
  s.seconds = std::stod(m[6]), s.articles_per_second = std::stod(m[7]), s.mb_per_second = std::stod(m[8]);
  return s;
}

// A newsindex running in the background, standard output and error going to `log`.
struct Background {
  pid_t pid = -1;
  std::string log;
};

Background start_newsindex(const std::vector<std::string>& args, const std::string& log,
                           const std::string& standard_input = "/dev/null") {
  std::string program = kBin + "/newsindex";
  std::vector<char*> argv{program.data()};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    int out = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), in = open(standard_input.c_str(), O_RDONLY);
    dup2(in, 0), dup2(out, 1), dup2(out, 2);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  return {pid, log};
}

struct Ended {
  int exit_status = -1;  // -1 when killed by a signal
  int signal = 0;
  long peak_rss_kib = 0;
};

Ended wait_for(const Background& b) {
  int status = 0;
  rusage usage{};
  Ended e;
  if (wait4(b.pid, &status, 0, &usage) != b.pid) return e;
  if (WIFEXITED(status)) e.exit_status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) e.signal = WTERMSIG(status);
  e.peak_rss_kib = usage.ru_maxrss;
  return e;
}

// Waits until the log reports committed articles and returns how many; 0 if the run ended first.
// Waits until the log of `b` says `what` (or `b` ended); true when it did.
bool wait_for_log(const Background& b, const std::string& what) {
  auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(2);  // a guard against hanging only
  while (std::chrono::steady_clock::now() < give_up) {
    if (slurp(b.log).find(what) != std::string::npos) return true;
    siginfo_t info{};
    if (waitid(P_PID, b.pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == b.pid) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

size_t wait_for_commit(const Background& b) {
  static const std::regex committed(R"(indexed \d+ articles, (\d+) committed)");
  auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(2);  // a guard against hanging only
  while (std::chrono::steady_clock::now() < give_up) {
    std::string log = slurp(b.log);
    std::smatch m;
    if (std::regex_search(log, m, committed) && std::stoul(m[1]) > 0) return std::stoul(m[1]);
    siginfo_t info{};
    if (waitid(P_PID, b.pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == b.pid) return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return 0;
}

// ---- Inputs

TEST(IndexerInputs, AFileIsOneArticleNamedAfterTheFile) {
  std::string db = scratch_dir("indexer-file") + "/db";
  CommandResult r = newsindex("--db " + quote(db) + " " + quote(kSeeds + "/001_136ba648e99dbd5c.txt"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(ids_in(db), std::vector<std::string>{"001_136ba648e99dbd5c"});
  EXPECT_EQ(stored(db, "001_136ba648e99dbd5c").date, "2018-06-11");
}

TEST(IndexerInputs, DirectoriesAreReadRecursivelyLeavingOutHiddenAndCollectionFiles) {
  std::string dir = scratch_dir("indexer-tree");
  write_file(dir + "/in/top.txt", "Top title\n\nTop body.\n");
  write_file(dir + "/in/a/b/deep.txt", "Deep title\n\nDeep body.\n");
  write_file(dir + "/in/a/more.jsonl", article_line("j-1", "One", "First.") + article_line("j-2", "Two", "Second."));
  write_file(dir + "/in/.hidden.txt", "Hidden\n\nNot an article.\n");
  write_file(dir + "/in/.cache/page.txt", "Cached\n\nNot an article.\n");
  write_file(dir + "/in/README.md", "About\n\nThe collection.\n");
  write_file(dir + "/in/a/LICENSE", "Licence\n\nTerms.\n");
  CommandResult r = newsindex("--db " + quote(dir + "/db") + " " + quote(dir + "/in"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(ids_in(dir + "/db"), (std::vector<std::string>{"deep", "j-1", "j-2", "top"}));
  EXPECT_EQ(summary_of(r.out).added, 4u) << r.out;
}

TEST(IndexerInputs, DashReadsJsonLinesFromStandardInput) {
  std::string dir = scratch_dir("indexer-stdin");
  write_file(dir + "/feed.jsonl",
             R"({"id":"s-1","title":"Port strike","body":"Dockers stopped work.","date":"2019-03-04","source":"agency","url":"http://e/1"})"
             "\n" +
                 article_line("s-2", "Grain harvest", "A record harvest."));
  CommandResult r = run(kBin + "/newsindex --source wire --db " + quote(dir + "/db") + " - < " +
                        quote(dir + "/feed.jsonl") + " 2>&1");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(ids_in(dir + "/db"), (std::vector<std::string>{"s-1", "s-2"}));
  Article first = stored(dir + "/db", "s-1");
  EXPECT_EQ(first.date, "2019-03-04");
  EXPECT_EQ(first.url, "http://e/1");
  EXPECT_EQ(first.source, "agency");
  EXPECT_EQ(stored(dir + "/db", "s-2").source, "wire");  // --source fills in what a line leaves out
}

// Ctrl-C while newsindex waits for more standard input (a producer that has stopped writing, a
// terminal) stops the run then, not when the input ends: for a new database waiting for its
// sample's lines, and for an existing one reading articles.
TEST(IndexerInputs, AnInterruptStopsAWaitForStandardInput) {
  std::string dir = scratch_dir("indexer-stdin-wait");
  std::string db = dir + "/db", fifo = dir + "/fifo";
  for (const char* state : {"new", "existing"}) {
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    Background indexer = start_newsindex({"--db", db, "-"}, dir + "/log", fifo);
    int producer = open(fifo.c_str(), O_WRONLY);  // waits for newsindex to open it
    ASSERT_GE(producer, 0);
    std::string lines = article_line(std::string(state) + "-1", "One", "First.") +
                        article_line(std::string(state) + "-2", "Two", "Second.");
    ASSERT_EQ(write(producer, lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // let it read them and wait for more
    kill(indexer.pid, SIGINT);
    int status = 0;
    auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);  // a guard against hanging only
    while (waitpid(indexer.pid, &status, WNOHANG) == 0 && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    bool stopped = std::chrono::steady_clock::now() < give_up;
    close(producer);  // ends the input of a run that did not stop
    if (!stopped) wait_for(indexer);
    std::string log = slurp(dir + "/log");
    ASSERT_TRUE(stopped) << state << ": still waiting for input after Ctrl-C\n" << log;
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 130) << state << "\n" << log;
    Summary s = summary_of(log);
    ASSERT_TRUE(s.found) << log;
    EXPECT_EQ(Xapian::Database(db).get_doccount(), s.holds) << log;  // what it counted is committed
    fs::remove(fifo);
    if (std::string(state) == "new") {  // the next round updates an existing database
      write_file(dir + "/seed.jsonl", article_line("seed", "Seed", "An article."));
      ASSERT_EQ(newsindex("--quiet --db " + quote(db) + " " + quote(dir + "/seed.jsonl")).status, 0);
    }
  }
}

TEST(IndexerInputs, RawLivedoorFilesAreRecognisedAndTheirLicenceFilesSkipped) {
  std::string db = scratch_dir("indexer-livedoor") + "/db";
  CommandResult r = newsindex("--db " + quote(db) + " " + quote(kLivedoorFixture));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(ids_in(db), (std::vector<std::string>{"dokujo-tsushin-5370987", "it-life-hack-6842412",
                                                  "sports-watch-4974670"}));
  Article a = stored(db, "sports-watch-4974670");
  EXPECT_EQ(a.url, "http://news.livedoor.com/article/detail/4974670/");
  EXPECT_EQ(a.date, "2010-08-29");
  EXPECT_EQ(a.title, "【Sports Watch】ショック、“鬼軍曹”山本小鉄氏が急逝");
  EXPECT_EQ(a.lang, "ja");
  EXPECT_EQ(a.source, "livedoor");
  EXPECT_EQ(search_ids(db, "山本小鉄"), std::set<std::string>{"sports-watch-4974670"});
}

// ---- Incremental runs: two text articles and a JSON Lines file of two more, indexed once.

class IndexerIncremental : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = scratch_dir(std::string("indexer-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    in_ = dir_ + "/in";
    db_ = dir_ + "/db";
    write_file(in_ + "/spice.txt", "Spice trade report\n\nShips from Zanzibar carried cloves.\n");
    write_file(in_ + "/harbour.txt", "Harbour news\n\nThe harbour reopened on Monday.\n");
    write_file(in_ + "/feed/wire.jsonl", wire("Copper rose in Lusaka.", true));
    CommandResult first = index();
    ASSERT_EQ(first.status, 0) << first.out;
    ASSERT_EQ(summary_of(first.out).added, 4u) << first.out;
  }

  static std::string wire(const std::string& copper_body, bool with_rain) {
    return article_line("w-1", "Copper prices", copper_body) +
           (with_rain ? article_line("w-2", "Rain", "Monsoon rain reached Kerala.") : "");
  }

  CommandResult index(const std::string& options = "") {
    return newsindex("--db " + quote(db_) + " " + options + " " + quote(in_));
  }

  std::string dir_, in_, db_;
};

TEST_F(IndexerIncremental, UnchangedArticlesAreSkippedWithoutWritingAnything) {
  Xapian::rev before = Xapian::Database(db_).get_revision();
  CommandResult again = index();
  ASSERT_EQ(again.status, 0) << again.out;
  Summary s = summary_of(again.out);
  EXPECT_EQ(s.unchanged, 4u) << again.out;
  EXPECT_EQ(s.added + s.replaced, 0u) << again.out;
  EXPECT_EQ(s.holds, 4u);
  EXPECT_EQ(Xapian::Database(db_).get_revision(), before);  // not a single document rewritten
}

TEST_F(IndexerIncremental, AChangedArticleReplacesTheOldOne) {
  write_file(in_ + "/spice.txt", "Spice trade report\n\nShips from Mombasa carried cloves.\n");
  write_file(in_ + "/feed/wire.jsonl", wire("Copper fell in Santiago.", true));
  CommandResult again = index();
  ASSERT_EQ(again.status, 0) << again.out;
  Summary s = summary_of(again.out);
  EXPECT_EQ(s.replaced, 2u) << again.out;
  EXPECT_EQ(s.unchanged, 2u) << again.out;
  EXPECT_EQ(s.added, 0u) << again.out;
  EXPECT_EQ(ids_in(db_), (std::vector<std::string>{"harbour", "spice", "w-1", "w-2"}));
  EXPECT_EQ(search_ids(db_, "Mombasa"), std::set<std::string>{"spice"});
  EXPECT_EQ(search_ids(db_, "Santiago"), std::set<std::string>{"w-1"});
  EXPECT_TRUE(search_ids(db_, "Zanzibar").empty());
  EXPECT_TRUE(search_ids(db_, "Lusaka").empty());
}

TEST_F(IndexerIncremental, DeleteMissingRemovesWhatLeftTheFolderAndNothingElse) {
  // Articles that did not come from the folder: from standard input and from another folder.
  write_file(dir_ + "/other/elsewhere.txt", "Elsewhere\n\nNot under the folder.\n");
  ASSERT_EQ(newsindex("--db " + quote(db_) + " " + quote(dir_ + "/other")).status, 0);
  write_file(dir_ + "/piped.jsonl", article_line("piped", "Piped", "From standard input."));
  ASSERT_EQ(run(kBin + "/newsindex --db " + quote(db_) + " - < " + quote(dir_ + "/piped.jsonl")).status, 0);

  fs::remove(in_ + "/harbour.txt");
  write_file(in_ + "/feed/wire.jsonl", wire("Copper rose in Lusaka.", false));  // w-2's line is gone
  CommandResult kept = index();
  EXPECT_EQ(summary_of(kept.out).deleted, 0u) << kept.out;
  EXPECT_EQ(ids_in(db_).size(), 6u);  // without --delete-missing nothing goes

  CommandResult pruned = index("--delete-missing");
  ASSERT_EQ(pruned.status, 0) << pruned.out;
  EXPECT_EQ(summary_of(pruned.out).deleted, 2u) << pruned.out;
  EXPECT_EQ(ids_in(db_), (std::vector<std::string>{"elsewhere", "piped", "spice", "w-1"}));
}

// ---- Killed and interrupted runs, on a feed big enough for many commits before the end.

class IndexerCrashSafety : public ::testing::Test {
 protected:
  static constexpr size_t kArticles = 20000, kBatch = 200;

  void SetUp() override {
    dir_ = scratch_dir(std::string("indexer-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    feed_ = dir_ + "/feed.jsonl";
    db_ = dir_ + "/db";
    write_file(feed_, generated_articles(kArticles));
  }

  Background start() { return start_newsindex({"--db", db_, "--batch", std::to_string(kBatch), feed_}, dir_ + "/log"); }

  std::string dir_, feed_, db_;
};

TEST_F(IndexerCrashSafety, AKilledRunKeepsEveryCommittedArticleAndARerunCompletesIt) {
  Background indexer = start();
  size_t reported = wait_for_commit(indexer);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // to land anywhere in a later batch
  kill(indexer.pid, SIGKILL);
  Ended ended = wait_for(indexer);
  ASSERT_GT(reported, 0u) << slurp(indexer.log);
  ASSERT_EQ(ended.signal, SIGKILL) << "the run ended before it was killed:\n" << slurp(indexer.log);

  Xapian::doccount kept = 0;
  ASSERT_NO_THROW(kept = Xapian::Database(db_).get_doccount());
  EXPECT_GE(kept, reported);
  EXPECT_EQ(kept % kBatch, 0u) << "only whole batches are committed";
  std::vector<std::string> ids = ids_in(db_);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << "an article stored twice";
  expect_committed_prefixes(db_, kArticles);

  CommandResult rerun = newsindex("--db " + quote(db_) + " --batch " + std::to_string(kBatch) + " " + quote(feed_));
  ASSERT_EQ(rerun.status, 0) << rerun.out;
  Summary s = summary_of(rerun.out);
  EXPECT_EQ(s.unchanged, kept) << rerun.out;
  EXPECT_EQ(s.added, kArticles - kept) << rerun.out;
  EXPECT_EQ(s.replaced, 0u) << rerun.out;
  EXPECT_EQ(ids_in(db_), generated_ids(kArticles));
}

TEST_F(IndexerCrashSafety, AnInterruptCommitsWhatWasIndexedAndExitsWith130) {
  Background indexer = start();
  size_t reported = wait_for_commit(indexer);
  ASSERT_GT(reported, 0u) << slurp(indexer.log);
  kill(indexer.pid, SIGINT);
  Ended ended = wait_for(indexer);
  std::string log = slurp(indexer.log);
  ASSERT_EQ(ended.exit_status, 130) << log;
  EXPECT_NE(log.find("newsindex: interrupted"), std::string::npos) << log;
  Summary s = summary_of(log);
  ASSERT_TRUE(s.found) << log;
  EXPECT_GE(s.added, reported);
  EXPECT_EQ(s.holds, s.added);
  EXPECT_EQ(ids_in(db_), generated_ids(s.added));  // every article counted is kept, and no other
}

// The parts of a new database are merged at the end of the run; killed meanwhile, the database
// still holds every article (in its parts), and the next run merges them.
TEST_F(IndexerCrashSafety, AKillWhileThePartsAreMergedLosesNothing) {
  Background indexer = start_newsindex({"--db", db_, "--parts", "2", "--batch", "5000", feed_}, dir_ + "/log");
  ASSERT_TRUE(wait_for_log(indexer, "merging 2 parts")) << slurp(indexer.log);
  kill(indexer.pid, SIGKILL);
  wait_for(indexer);
  std::vector<std::string> ids = ids_in(db_);
  EXPECT_EQ(ids, generated_ids(kArticles));  // every article, once, in the parts or merged
  for (const std::string& part : databases_of(db_)) {
    CommandResult check = run("xapian-check " + quote(part) + " 2>&1");
    EXPECT_EQ(check.status, 0) << check.out;
  }
  CommandResult rerun = newsindex("--db " + quote(db_) + " " + quote(feed_));
  ASSERT_EQ(rerun.status, 0) << rerun.out;
  EXPECT_EQ(summary_of(rerun.out).unchanged, kArticles) << rerun.out;
  ASSERT_EQ(databases_of(db_).size(), 1u);
  EXPECT_NE(databases_of(db_)[0].find("/index-"), std::string::npos) << "the parts are merged into one database";
  EXPECT_EQ(ids_in(db_), generated_ids(kArticles));
  for (const auto& entry : std::filesystem::directory_iterator(db_))  // no part or half merge left behind
    EXPECT_TRUE(entry.path().filename().string().rfind("part-", 0) != 0) << entry.path();
}

TEST(IndexerLock, ASecondWriterIsToldTheDatabaseIsLocked) {
  std::string dir = scratch_dir("indexer-lock"), db = dir + "/db";
  ASSERT_EQ(newsindex("--quiet --db " + quote(db) + " " + quote(kSeeds)).status, 0);
  write_file(dir + "/late.jsonl", article_line("late", "Late", "Arrives while the database is locked."));
  std::string command = "--db " + quote(db) + " " + quote(dir + "/late.jsonl");
  {
    Xapian::WritableDatabase other_writer(db, Xapian::DB_OPEN);
    CommandResult r = newsindex(command);
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find(db + ": database is locked"), std::string::npos) << r.out;
  }
  EXPECT_EQ(ids_in(db).size(), 5u);
  CommandResult after = newsindex(command);
  EXPECT_EQ(after.status, 0) << after.out;
  EXPECT_EQ(ids_in(db).size(), 6u);
}

TEST(IndexerShards, ShardsAreSearchedAsOneDatabase) {
  std::string dir = scratch_dir("indexer-shards"), single = dir + "/single", sharded = dir + "/sharded";
  write_file(dir + "/feed.jsonl", generated_articles(300));
  std::string inputs = quote(kSeeds) + " " + quote(kLivedoorFixture) + " " + quote(dir + "/feed.jsonl");
  ASSERT_EQ(newsindex("--quiet --db " + quote(single) + " " + inputs).status, 0);
  CommandResult r = newsindex("--quiet --shards 3 --db " + quote(sharded) + " " + inputs);
  ASSERT_EQ(r.status, 0) << r.out;

  Xapian::doccount total = 0;
  for (const char* shard : {"/shard-000", "/shard-001", "/shard-002"}) {
    Xapian::doccount n = Xapian::Database(sharded + shard).get_doccount();
    EXPECT_GT(n, 0u) << shard;
    total += n;
  }
  EXPECT_FALSE(fs::exists(sharded + "/shard-003"));
  EXPECT_EQ(total, 308u);
  EXPECT_EQ(ids_in(sharded), ids_in(single));
  for (const char* query : {"Alimov", "SCO", "山本小鉄", "topic3", "region5 Dispatch"}) {
    std::set<std::string> found = search_ids(sharded, query);
    EXPECT_FALSE(found.empty()) << query;
    EXPECT_EQ(found, search_ids(single, query)) << query;
  }

  // Re-indexing finds every article in its own shard: nothing is added twice.
  CommandResult again = newsindex("--db " + quote(sharded) + " " + inputs);
  EXPECT_EQ(summary_of(again.out).unchanged, 308u) << again.out;
  EXPECT_EQ(ids_in(sharded), ids_in(single));
  CommandResult other_count = newsindex("--shards 2 --db " + quote(sharded) + " " + quote(kSeeds));
  EXPECT_EQ(other_count.status, 2) << other_count.out;
  EXPECT_NE(other_count.out.find("has 3 shards"), std::string::npos) << other_count.out;
}

TEST(IndexerProgress, TheSummaryCountsEveryOutcomeOfARun) {
  std::string dir = scratch_dir("indexer-summary"), in = dir + "/in", db = dir + "/db";
  for (const char* name : {"a", "b", "c", "d"}) write_file(in + "/" + name + ".txt", std::string("Title ") + name + "\n\nBody.\n");
  CommandResult first = newsindex("--batch 1 --db " + quote(db) + " " + quote(in));
  ASSERT_EQ(first.status, 0) << first.out;
  // Not on a terminal: plain log lines that say what is committed, no progress bar.
  EXPECT_TRUE(std::regex_search(first.out, std::regex(R"(indexed \d+ articles, \d+ committed)"))) << first.out;
  EXPECT_EQ(first.out.find_first_of("\r\033"), std::string::npos) << first.out;

  write_file(in + "/b.txt", "Title b\n\nA new body.\n");
  fs::remove(in + "/c.txt");
  write_file(in + "/e.txt", "Title e\n\nBody.\n");
  write_file(in + "/broken.jsonl", "{\"id\": \"x\", \n");
  CommandResult second = newsindex("--delete-missing --db " + quote(db) + " " + quote(in));
  EXPECT_EQ(second.status, 1) << second.out;  // something was rejected
  Summary s = summary_of(second.out);
  ASSERT_TRUE(s.found) << second.out;
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(s.replaced, 1u);
  EXPECT_EQ(s.unchanged, 2u);
  EXPECT_EQ(s.deleted, 1u);
  EXPECT_EQ(s.rejected, 1u);
  EXPECT_EQ(s.holds, 4u);
  EXPECT_GE(s.seconds, 0);
  EXPECT_GE(s.articles_per_second, 0);
  EXPECT_GE(s.mb_per_second, 0);
  EXPECT_NE(second.out.find("rejected 1: malformed JSON line"), std::string::npos) << second.out;

  CommandResult quiet = newsindex("--quiet --batch 1 --db " + quote(dir + "/quiet-db") + " " + quote(in));
  EXPECT_EQ(quiet.out.find("committed"), std::string::npos) << quiet.out;
  EXPECT_EQ(summary_of(quiet.out).added, 4u) << quiet.out;
}

// One large JSON Lines file is the usual bulk load: its log lines count the bytes read so far,
// not 0 until the file is done.
TEST(IndexerProgress, ALargeFileShowsItsBytesAsItIsRead) {
  std::string dir = scratch_dir("indexer-progress-bytes"), feed = dir + "/feed.jsonl";
  std::string lines;
  for (int i = 0; i < 300; ++i) lines += article_line("p" + std::to_string(i), "Title " + std::to_string(i), std::string(20000, 'x') + " body");
  write_file(feed, lines);
  CommandResult r = newsindex("--batch 10 --db " + quote(dir + "/db") + " " + quote(feed));
  ASSERT_EQ(r.status, 0) << r.out;
  std::smatch m;
  std::string out = r.out;
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(indexed \d+ articles, \d+ committed, \d+ rejected, \d+ articles/s, ([\d.]+) MB/s)"))) << out;
  EXPECT_GT(std::stod(m[1]), 0.0) << out;  // the first log line comes with the first commit
}

// ---- Bad input through the command (readers_test checks the readers alone).

TEST(IndexerBadInput, BadJsonLinesAreReportedByLineAndEveryOtherArticleKept) {
  std::string dir = scratch_dir("indexer-bad-jsonl"), db = dir + "/db";
  const char with_nul[] = "{\"id\":\"nul\",\"title\":\"a\0b\",\"body\":\"b\"}\n";
  std::string nul_line(with_nul, sizeof with_nul - 1);
  write_file(dir + "/feed.jsonl",
             article_line("first", "Kept before", "Before the bad lines.") +        // 1
                 "{\"id\": \"broken\", \"title\": \n" +                                // 2
                 "{\"id\":\"mended\",\"title\":\"Caf\xe9 Quokka\",\"body\":\"b\"}\n" +  // 3: Latin-1 byte
                 article_line("huge", "Too big", std::string(3000, 'x')) +            // 4
                 nul_line +                                                             // 5
                 article_line("hollow", "", " ") +                                     // 6
                 article_line(std::string(300, 'i'), "Long id", "Too long for a term.") +  // 7
                 article_line("last", "Kept after", "After the bad lines."));          // 8
  CommandResult r = newsindex("--max-article-bytes 2000 --db " + quote(db) + " " + quote(dir + "/feed.jsonl"));
  EXPECT_EQ(r.status, 1) << r.out;
  for (const char* message : {"feed.jsonl:2: malformed JSON line", "feed.jsonl:3: invalid UTF-8 repaired",
                              "feed.jsonl:4: article is", "feed.jsonl:5: binary data", "feed.jsonl:6: empty article",
                              "feed.jsonl:7: id is longer than"})
    EXPECT_NE(r.out.find(message), std::string::npos) << message << "\n" << r.out;
  Summary s = summary_of(r.out);
  EXPECT_EQ(s.added, 3u) << r.out;
  EXPECT_EQ(s.rejected, 5u) << r.out;
  EXPECT_NE(r.out.find("rejected 1: over --max-article-bytes"), std::string::npos) << r.out;
  EXPECT_EQ(ids_in(db), (std::vector<std::string>{"first", "last", "mended"}));
  EXPECT_EQ(search_ids(db, "Quokka"), std::set<std::string>{"mended"});
}

TEST(IndexerBadInput, BadTextFilesAreReportedByNameAndTheOthersKept) {
  std::string dir = scratch_dir("indexer-bad-text"), db = dir + "/db";
  write_file(dir + "/in/good.txt", "Good title\n\nThe body mentions a wombat.\n");
  write_file(dir + "/in/latin1.txt", "Caf\xe9 Numbat\n\nWritten in Latin-1.\n");
  write_file(dir + "/in/huge.txt", "Huge title\n\n" + std::string(5000, 'y') + "\n");
  CommandResult r = newsindex("--max-article-bytes 2000 --db " + quote(db) + " " + quote(dir + "/in"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("latin1.txt: invalid UTF-8 repaired"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("huge.txt: file is 5013 bytes, over the article limit of 2000"), std::string::npos) << r.out;
  EXPECT_EQ(summary_of(r.out).rejected, 1u) << r.out;
  EXPECT_EQ(ids_in(db), (std::vector<std::string>{"good", "latin1"}));
  EXPECT_EQ(search_ids(db, "Numbat"), std::set<std::string>{"latin1"});
}

// ---- Memory: input is streamed, never held whole.

TEST(IndexerMemory, AnOverlongInputIsMeasuredNotHeldInMemory) {
  constexpr size_t kMiB = 1 << 20, kLineMiB = 96;
  // Well under the line (the default article limit is 8 MiB). Under AddressSanitizer the same run
  // peaks at about 70 MiB (shadow memory, allocator caches), where holding the line would pass 130.
#if defined(__SANITIZE_ADDRESS__)
  constexpr long kPeakBoundKiB = 88 * 1024;
#else
  constexpr long kPeakBoundKiB = 64 * 1024;
#endif
  std::string dir = scratch_dir("indexer-memory"), feed = dir + "/one-line.jsonl";
  {
    std::ofstream out(feed, std::ios::binary);
    out << R"({"id":"huge","title":"t","body":")";
    std::string chunk(kMiB, 'a');
    for (size_t i = 0; i < kLineMiB; ++i) out << chunk;
    out << "\"}\n" << article_line("after", "After", "The next line still counts.");
  }
  Background lines = start_newsindex({"--db", dir + "/db", feed}, dir + "/lines.log");
  Ended read_by_line = wait_for(lines);
  std::string log = slurp(lines.log);
  EXPECT_EQ(read_by_line.exit_status, 1) << log;
  EXPECT_NE(log.find("one-line.jsonl:1: article is"), std::string::npos) << log;
  EXPECT_EQ(ids_in(dir + "/db"), std::vector<std::string>{"after"});
  EXPECT_LT(read_by_line.peak_rss_kib, kPeakBoundKiB);

  // Standard input read as one article has no size to check first.
  Background whole = start_newsindex({"--db", dir + "/db2", "--format", "text", "-"}, dir + "/whole.log", feed);
  Ended read_whole = wait_for(whole);
  log = slurp(whole.log);
  EXPECT_EQ(read_whole.exit_status, 1) << log;
  EXPECT_NE(log.find("<stdin>: file is"), std::string::npos) << log;
  EXPECT_LT(read_whole.peak_rss_kib, kPeakBoundKiB);
  fs::remove(feed);
}

}  // namespace
}  // namespace news::testing
