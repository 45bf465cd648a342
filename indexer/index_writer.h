// Adds articles to a database (one Xapian database, or N shards behind a stub) from the calling
// thread, committing in batches: what the library's users and the tests call. newsindex writes
// shards side by side instead (parallel_writer.h).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/shard_writer.h"
#include "store/article.h"

namespace news {

struct WriterOptions {
  std::string path;
  unsigned shards = 1;       // used when the database is created; an existing one keeps its own
  size_t batch_size = 1000;  // articles per commit
};

// The writers of the databases behind `options.path` (see store/shards.h). Throws DatabaseOpenError.
std::vector<std::unique_ptr<ShardWriter>> open_shard_writers(const WriterOptions& options, const Analyzer& analyzer);

class IndexWriter {
 public:
  // Opens or creates the database. Throws DatabaseOpenError (locked, unreadable, not a database).
  IndexWriter(const WriterOptions& options, const Analyzer& analyzer);

  // Called after each commit with the number of articles committed so far in this run.
  void on_commit(std::function<void(size_t committed)> callback) { on_commit_ = std::move(callback); }

  // `article.lang` must be set. Commits when a batch is full. Throws std::invalid_argument for
  // an article Xapian cannot hold.
  WriteOutcome write(const Article& article);

  // Deletes the articles that came from files under `directory` and whose ids are not in `keep`.
  size_t delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep);

  void commit();
  unsigned shard_count() const { return static_cast<unsigned>(shards_.size()); }
  Xapian::doccount doc_count() const;

 private:
  std::vector<std::unique_ptr<ShardWriter>> shards_;
  size_t batch_size_;
  size_t pending_ = 0;
  std::function<void(size_t)> on_commit_;
};

}  // namespace news
