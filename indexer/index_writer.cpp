#include "indexer/index_writer.h"

#include "store/shards.h"

namespace news {

std::vector<std::unique_ptr<ShardWriter>> open_shard_writers(const WriterOptions& options, const Analyzer& analyzer) {
  std::vector<std::string> paths;
  try {
    paths = shard_paths_for_writing(options.path, options.shards);
  } catch (const std::exception& e) {
    throw DatabaseOpenError(e.what());
  }
  std::vector<std::unique_ptr<ShardWriter>> writers;
  for (const std::string& p : paths) writers.push_back(std::make_unique<ShardWriter>(p, analyzer));
  return writers;
}

IndexWriter::IndexWriter(const WriterOptions& options, const Analyzer& analyzer)
    : shards_(open_shard_writers(options, analyzer)), batch_size_(options.batch_size ? options.batch_size : 1) {}

WriteOutcome IndexWriter::write(const Article& article) {
  ShardWriter& shard = *shards_[shard_of(article.id, shard_count())];
  size_t before = shard.pending();
  WriteOutcome outcome = shard.write(article);
  pending_ += shard.pending() - before;
  if (pending_ >= batch_size_) commit();
  return outcome;
}

size_t IndexWriter::delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep) {
  size_t deleted = 0;
  for (auto& shard : shards_) deleted += shard->delete_missing(directory, keep);
  if (deleted) commit();
  return deleted;
}

void IndexWriter::commit() {
  size_t committed = 0;
  for (auto& shard : shards_) {
    shard->commit();
    committed += shard->committed();
  }
  pending_ = 0;
  if (on_commit_) on_commit_(committed);
}

Xapian::doccount IndexWriter::doc_count() const {
  Xapian::doccount total = 0;
  for (const auto& shard : shards_) total += shard->doc_count();
  return total;
}

}  // namespace news
