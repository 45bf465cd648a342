#include "indexer/index_writer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/document_builder.h"
#include "store/fields.h"
#include "store/shards.h"
#include "store/stored_article.h"

namespace news {
namespace fs = std::filesystem;
namespace {

constexpr char kFilePrefix[] = "XP";
constexpr size_t kMaxTermBytes = 240;  // Xapian's limit is 245

Xapian::WritableDatabase open_writable(const std::string& path) {
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseOpenError(path + ": database is locked (another indexer is writing to it)");
  } catch (const Xapian::Error& e) {
    throw DatabaseOpenError(path + ": cannot open database for writing: " + e.get_description());
  }
}

}  // namespace

std::string file_term(const std::string& absolute_path) {
  std::string term = kFilePrefix + absolute_path;
  if (term.size() <= kMaxTermBytes) return term;
  Article key;
  key.id = absolute_path;
  return kFilePrefix + std::string("#") + article_fingerprint(key);
}

IndexWriter::IndexWriter(const WriterOptions& options, const Analyzer& analyzer)
    : analyzer_(analyzer), batch_size_(options.batch_size ? options.batch_size : 1) {
  std::vector<std::string> paths;
  try {
    paths = shard_paths_for_writing(options.path, options.shards);
  } catch (const std::exception& e) {
    throw DatabaseOpenError(e.what());
  }
  for (const std::string& p : paths) shards_.push_back(open_writable(p));
}

IndexWriter::~IndexWriter() = default;

Xapian::WritableDatabase& IndexWriter::shard_for(const std::string& id) {
  return shards_[shard_of(id, static_cast<unsigned>(shards_.size()))];
}

WriteOutcome IndexWriter::write(const Article& article) {
  std::string id_term = fields::kId + article.id;
  if (id_term.size() > kMaxTermBytes) throw std::invalid_argument("id is longer than " + std::to_string(kMaxTermBytes) + " bytes");
  Xapian::WritableDatabase& db = shard_for(article.id);
  std::string fingerprint = article_fingerprint(article);
  bool exists = false;
  for (auto it = db.postlist_begin(id_term); it != db.postlist_end(id_term); ++it) {
    exists = true;
    if (db.get_document(*it).get_value(fields::kContentHashSlot) == fingerprint) return WriteOutcome::kUnchanged;
  }
  Xapian::Document doc = build_document(article, analyzer_, fingerprint);
  if (!article.file.empty()) doc.add_boolean_term(file_term(article.file));
  db.replace_document(id_term, doc);
  if (++pending_ >= batch_size_) commit();
  return exists ? WriteOutcome::kReplaced : WriteOutcome::kAdded;
}

size_t IndexWriter::delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep) {
  std::string prefix = kFilePrefix + (fs::absolute(directory).lexically_normal().string());
  if (prefix.back() != '/') prefix += '/';
  size_t deleted = 0;
  for (Xapian::WritableDatabase& db : shards_) {
    std::vector<std::string> doomed;
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
      for (auto doc = db.postlist_begin(*term); doc != db.postlist_end(*term); ++doc) {
        Xapian::Document d = db.get_document(*doc);
        Xapian::TermIterator id = d.termlist_begin();
        id.skip_to(fields::kId);
        if (id == d.termlist_end() || (*id).rfind(fields::kId, 0) != 0) continue;
        std::string article_id = (*id).substr(1);
        if (!keep.count(article_id)) doomed.push_back(*id);
      }
    }
    for (const std::string& id_term : doomed) db.delete_document(id_term);
    deleted += doomed.size();
  }
  if (deleted) commit();
  return deleted;
}

void IndexWriter::commit() {
  for (Xapian::WritableDatabase& db : shards_) db.commit();
  committed_ += pending_;
  pending_ = 0;
  if (on_commit_) on_commit_(committed_);
}

Xapian::doccount IndexWriter::doc_count() const {
  Xapian::doccount total = 0;
  for (const Xapian::WritableDatabase& db : shards_) total += db.get_doccount();
  return total;
}

}  // namespace news
