// Writes articles into one Xapian database: replaces an article with the same id, skips an
// unchanged one without analyzing it, and deletes the articles of files that are gone. One
// thread at a time (Xapian has one writer per database); commits are the owner's to decide.
#pragma once
#include <xapian.h>

#include <optional>
#include <stdexcept>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "analysis/analyzer.h"
#include "store/article.h"
#include "store/length_norm.h"

namespace news {

enum class WriteOutcome { kAdded, kReplaced, kUnchanged };

// What became of one article: an outcome, or the reason it was rejected.
struct WriteResult {
  std::string id, origin;
  std::optional<WriteOutcome> outcome;  // nothing when the article was rejected
  std::string rejection;                // why, when it was
};

// Thrown for a database that cannot be opened for writing, with a one-line message.
struct DatabaseOpenError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown when another writer holds the database.
struct DatabaseLockedError : DatabaseOpenError {
  using DatabaseOpenError::DatabaseOpenError;
};

class ShardWriter {
 public:
  // Opens or creates the database at `path`. A part of a database being built is written without
  // waiting for the disk at each commit (an interrupted build keeps what it committed; only a
  // crash of the machine itself could lose it, and the build is then run again). Throws
  // DatabaseOpenError (locked, unreadable, not a database).
  ShardWriter(const std::string& path, const Analyzer& analyzer, bool part = false);

  // `article.lang` must be set. An article Xapian cannot hold (an id, language or source too
  // long for a term) is rejected; errors of the database itself are thrown.
  WriteResult write(const Article& article);

  // Deletes the articles that came from files under `directory` and whose ids are not in `keep`.
  size_t delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep);

  // The length normalization this database was written with (store/length_norm.h), if any.
  // Throws DatabaseOpenError for one this version cannot read (a later version's).
  std::optional<LengthNorm> stored_length_norm() const;
  // Writes the articles with `norm` (none: as databases without one hold them), and records it
  // in the database with the first article when it has none yet.
  void use_length_norm(const std::optional<LengthNorm>& norm);

  void commit();
  size_t pending() const { return pending_; }      // written since the last commit
  size_t committed() const { return committed_; }  // written and committed by this writer
  Xapian::doccount doc_count() const { return db_.get_doccount(); }

 private:
  // Why Xapian could not hold `article`, or empty.
  static std::string unfit_for_terms(const Article& article);

  // Whether `id` may already be in the database: in a database that was empty when opened, only
  // when this writer wrote it before, so the replace-or-skip lookups are left out for the rest.
  bool may_hold(const std::string& id);

  const Analyzer& analyzer_;
  Xapian::WritableDatabase db_;
  std::optional<LengthNorm> norm_;
  bool record_norm_ = false;
  bool started_empty_ = false;
  std::unordered_set<uint64_t> written_;  // hashes of the ids written, while started_empty_
  size_t pending_ = 0;
  size_t committed_ = 0;
};

// The term that records which file an article came from (see delete_missing).
std::string file_term(const std::string& absolute_path);

}  // namespace news
