// newsindex's writer: a thread per shard, each analyzing and writing the articles of its shard,
// so that a database of N shards is written with N cores (Xapian allows one writer per
// database, and most of indexing is Xapian writing postings). With one shard the thread still
// frees the caller to read and parse the next articles meanwhile.
//
// What happened to each article, and each commit, is reported on the caller's thread from
// write() and commit(), so the caller's counters need no locks.
#pragma once
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "indexer/index_writer.h"

namespace news {

class ParallelWriter {
 public:
  struct Result {
    std::string id, origin;
    std::optional<WriteOutcome> outcome;  // nothing when the article was rejected
    std::string rejection;                // why, when it was
  };

  // Opens or creates the database. Throws DatabaseOpenError.
  ParallelWriter(const WriterOptions& options, const Analyzer& analyzer);
  ~ParallelWriter();  // writes what is queued; commits only what commit() or a full batch did

  void on_result(std::function<void(const Result&)> callback) { on_result_ = std::move(callback); }
  // After each commit, with the articles committed so far in this run (all shards).
  void on_commit(std::function<void(size_t committed)> callback) { on_commit_ = std::move(callback); }

  // Queues `article` (lang set) for its shard, waiting while that shard's queue is full, and
  // reports what was done since the last call. Rethrows the error of a shard that failed.
  void write(Article article);

  // Waits until every queued article is written, then commits every shard and reports.
  void commit();

  // Deletes the articles that came from files under `directory` and whose ids are not in
  // `keep`, and commits. Call after commit().
  size_t delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep);

  unsigned shard_count() const { return static_cast<unsigned>(workers_.size()); }
  Xapian::doccount doc_count() const;

 private:
  struct Worker;
  void work(Worker& worker);
  void wait_until_idle(Worker& worker);
  void report();

  std::vector<std::unique_ptr<Worker>> workers_;
  size_t batch_size_;
  std::mutex results_mutex_;
  std::vector<Result> results_;  // filled by the workers, emptied by report()
  size_t reported_committed_ = 0;
  std::function<void(const Result&)> on_result_;
  std::function<void(size_t)> on_commit_;
};

}  // namespace news
