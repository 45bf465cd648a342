// Adds articles to a database (one Xapian database, or N shards behind a stub), replacing an
// article with the same id, skipping unchanged ones cheaply, and committing in batches.
#pragma once
#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"
#include "store/article.h"

namespace news {

struct WriterOptions {
  std::string path;
  unsigned shards = 1;       // used when the database is created; an existing one keeps its own
  size_t batch_size = 1000;  // articles per commit
};

enum class WriteOutcome { kAdded, kReplaced, kUnchanged };

// Thrown for a database that cannot be opened for writing, with a one-line message.
struct DatabaseOpenError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class IndexWriter {
 public:
  // Opens or creates the database. Throws DatabaseOpenError (locked, unreadable, not a database).
  IndexWriter(const WriterOptions& options, const Analyzer& analyzer);
  ~IndexWriter();

  // Called after each commit with the number of articles committed so far in this run.
  void on_commit(std::function<void(size_t committed)> callback) { on_commit_ = std::move(callback); }

  // `article.lang` must be set. Commits when a batch is full.
  WriteOutcome write(const Article& article);

  // Deletes the articles that came from files under `directory` and whose ids are not in `keep`.
  size_t delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep);

  void commit();
  unsigned shard_count() const { return static_cast<unsigned>(shards_.size()); }
  Xapian::doccount doc_count() const;

 private:
  Xapian::WritableDatabase& shard_for(const std::string& id);

  const Analyzer& analyzer_;
  std::vector<Xapian::WritableDatabase> shards_;
  size_t batch_size_;
  size_t pending_ = 0;
  size_t committed_ = 0;
  std::function<void(size_t)> on_commit_;
};

// The term that records which file an article came from (see delete_missing).
std::string file_term(const std::string& absolute_path);

}  // namespace news
