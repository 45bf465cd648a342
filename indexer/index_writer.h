// Adds articles to a database (store/database_layout.h): one Xapian database, shards, or a new
// database written as one part a core and merged into one compact database when done.
//
// Each database is written by a thread of its own, which prepares, analyzes and writes the
// articles of its share, so that N parts or shards are written with N cores (Xapian allows one
// writer per database, and most of indexing is Xapian writing postings). With one database the
// thread still frees the caller to read and parse the next articles meanwhile.
//
// What became of each article, and each commit, is reported on the caller's thread from write()
// and commit(), so the caller's counters need no locks.
#pragma once
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/article_preparation.h"
#include "indexer/folder_lock.h"
#include "indexer/shard_writer.h"
#include "store/article.h"
#include "store/database_layout.h"

namespace news {

struct WriterOptions {
  WriterOptions() = default;
  explicit WriterOptions(std::string path, unsigned shards = 0, size_t batch_size = 1000)
      : path(std::move(path)), shards(shards), batch_size(batch_size) {}

  std::string path;
  // For a new database: 0 writes one part a core and merges them when done, 1 one database,
  // N > 1 as many shards, kept. An existing database keeps its layout.
  unsigned shards = 0;
  size_t batch_size = 1000;  // articles per commit of each database
  ArticleDefaults defaults;  // language and source of articles that give none
  unsigned parts = 0;        // parts of a new database; 0: the machine's cores
  // The pivot of a new database's length normalization (store/length_norm.h), asked only when
  // the database has none: the average length of the articles about to be written. Unset:
  // kDefaultLengthPivot.
  std::function<double()> new_pivot;
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

  // Waits until every queued article is written (not committed), and reports. Rethrows the
  // error of a shard that failed.
  void wait_until_written();

  // Waits until every queued article is written, then commits every shard and reports.
  void commit();

  // Deletes the articles that came from files under `directory` and whose ids are not in
  // `keep`, and commits. Call after commit().
  size_t delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep);

  // Commits, and merges the parts of a database being built into one (nothing more to do for
  // other layouts). Nothing can be written after it.
  void finish();

  // Whether finish() has parts to merge.
  bool has_parts() const { return layout_.parts && !workers_.empty(); }
  unsigned shard_count() const { return static_cast<unsigned>(workers_.size()); }
  Xapian::doccount doc_count() const;

 private:
  struct Worker;
  void work(Worker& worker);
  // The next article of the worker's queue, waiting for one; false when stopping with none left.
  bool take(Worker& worker, Article& article);
  // Writes one article (committing a full batch); the error that stopped it, if any.
  std::exception_ptr write_one(Worker& worker, Article& article);
  // The worker is idle again (failed, with `error`): wakes the callers waiting for it.
  void finish_job(Worker& worker, std::exception_ptr error);
  void wait_until_idle(Worker& worker);
  void report();
  void stop_workers();
  // The normalization the database has, a new one for a database without articles, or none for
  // one written before normalization was (it goes on as it was written).
  void choose_length_norm(const WriterOptions& options);

  std::string path_;
  FolderLock lock_;
  WriteLayout layout_;
  Xapian::doccount merged_count_ = 0;  // after finish() merged the parts
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
