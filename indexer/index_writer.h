// Adds articles to a database: one Xapian database, or N shards behind a stub (store/shards.h).
//
// Each shard is written by a thread of its own, which prepares, analyzes and writes the articles
// of its shard, so that a database of N shards is written with N cores (Xapian allows one writer
// per database, and most of indexing is Xapian writing postings). With one shard the thread still
// frees the caller to read and parse the next articles meanwhile.
//
// What became of each article, and each commit, is reported on the caller's thread from write()
// and commit(), so the caller's counters need no locks.
#pragma once
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/article_preparation.h"
#include "indexer/shard_writer.h"
#include "store/article.h"

namespace news {

struct WriterOptions {
  std::string path;
  unsigned shards = 1;       // used when the database is created; an existing one keeps its own
  size_t batch_size = 1000;  // articles per commit of each shard
  ArticleDefaults defaults;  // language and source of articles that give none
};

class IndexWriter {
 public:
  // Opens or creates the database. Throws DatabaseOpenError (locked, unreadable, not a database).
  IndexWriter(const WriterOptions& options, const Analyzer& analyzer);
  ~IndexWriter();  // writes what is queued; commits only what commit() or a full batch did

  void on_result(std::function<void(const WriteResult&)> callback) { on_result_ = std::move(callback); }
  // After each commit, with the articles committed so far in this run (all shards).
  void on_commit(std::function<void(size_t committed)> callback) { on_commit_ = std::move(callback); }

  // Queues `article` for its shard, waiting while that shard's queue is full, and reports what
  // was done since the last call. Rethrows the error of a shard that failed.
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
  ArticleDefaults defaults_;
  std::mutex results_mutex_;
  std::vector<WriteResult> results_;  // filled by the workers, emptied by report()
  size_t reported_committed_ = 0;
  std::function<void(const WriteResult&)> on_result_;
  std::function<void(size_t)> on_commit_;
};

}  // namespace news
