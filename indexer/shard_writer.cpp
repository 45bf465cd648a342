#include "indexer/shard_writer.h"

#include <filesystem>
#include <vector>

#include "indexer/document_builder.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace fs = std::filesystem;
namespace {

constexpr char kFilePrefix[] = "XP";
constexpr size_t kMaxTermBytes = 240;  // Xapian's limit is 245

Xapian::WritableDatabase open_writable(const std::string& path, bool part) {
  try {
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | (part ? Xapian::DB_NO_SYNC : 0));
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseLockedError(path + ": database is locked (another indexer is writing to it)");
  } catch (const Xapian::Error& e) {
    throw DatabaseOpenError(path + ": cannot open database for writing: " + e.get_description());
  }
}

uint64_t id_hash(const std::string& id) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : id) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

}  // namespace

std::string file_term(const std::string& absolute_path) {
  std::string term = kFilePrefix + absolute_path;
  if (term.size() <= kMaxTermBytes) return term;
  Article key;
  key.id = absolute_path;
  return kFilePrefix + std::string("#") + article_fingerprint(key);
}

ShardWriter::ShardWriter(const std::string& path, const Analyzer& analyzer, bool part)
    : analyzer_(analyzer), db_(open_writable(path, part)), started_empty_(db_.get_doccount() == 0) {}

bool ShardWriter::may_hold(const std::string& id) {
  if (!started_empty_) return true;
  return !written_.insert(id_hash(id)).second;  // a hash seen before: look it up to be sure
}

std::string ShardWriter::unfit_for_terms(const Article& article) {
  if ((fields::kId + article.id).size() > kMaxTermBytes) return "id is longer than " + std::to_string(kMaxTermBytes) + " bytes";
  // The language and the source become filter terms whole (prefix "L", "XS"): Xapian would refuse them.
  const size_t max_field = kMaxTermBytes - 2;
  if (article.lang.size() > max_field) return "lang is longer than " + std::to_string(max_field) + " bytes";
  if (article.source.size() > max_field) return "source is longer than " + std::to_string(max_field) + " bytes";
  return {};
}

WriteResult ShardWriter::write(const Article& article) {
  WriteResult result{article.id, article.origin, std::nullopt, unfit_for_terms(article)};
  if (!result.rejection.empty()) return result;
  std::string id_term = fields::kId + article.id;
  std::string fingerprint = article_fingerprint(article);
  bool look_up = may_hold(article.id), exists = false;
  if (look_up) {
    for (auto it = db_.postlist_begin(id_term); it != db_.postlist_end(id_term); ++it) {
      exists = true;
      if (db_.get_document(*it).get_value(fields::kContentHashSlot) == fingerprint) {
        result.outcome = WriteOutcome::kUnchanged;
        return result;
      }
    }
  }
  Xapian::Document doc = build_document(article, analyzer_, fingerprint, norm_);
  if (!article.file.empty()) doc.add_boolean_term(file_term(article.file));
  if (record_norm_) {  // with the first article, so that an empty run leaves the choice open
    db_.set_metadata(kLengthNormKey, norm_->encode());
    record_norm_ = false;
  }
  if (look_up) db_.replace_document(id_term, doc);
  else db_.add_document(doc);
  ++pending_;
  result.outcome = exists ? WriteOutcome::kReplaced : WriteOutcome::kAdded;
  return result;
}

size_t ShardWriter::delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep) {
  std::string prefix = kFilePrefix + (fs::absolute(directory).lexically_normal().string());
  if (prefix.back() != '/') prefix += '/';
  std::vector<std::string> doomed;
  for (auto term = db_.allterms_begin(prefix); term != db_.allterms_end(prefix); ++term) {
    for (auto doc = db_.postlist_begin(*term); doc != db_.postlist_end(*term); ++doc) {
      Xapian::Document d = db_.get_document(*doc);
      Xapian::TermIterator id = d.termlist_begin();
      id.skip_to(fields::kId);
      if (id == d.termlist_end() || (*id).rfind(fields::kId, 0) != 0) continue;
      if (!keep.count((*id).substr(1))) doomed.push_back(*id);
    }
  }
  for (const std::string& id_term : doomed) db_.delete_document(id_term);
  return doomed.size();
}

std::optional<LengthNorm> ShardWriter::stored_length_norm() const {
  std::string text = db_.get_metadata(kLengthNormKey);
  std::optional<LengthNorm> norm = LengthNorm::decode(text);
  if (!text.empty() && !norm)
    throw DatabaseOpenError("its length normalization (\"" + text + "\") is not one this version writes");
  return norm;
}

void ShardWriter::use_length_norm(const std::optional<LengthNorm>& norm) {
  norm_ = norm;
  record_norm_ = norm && !stored_length_norm();
}

void ShardWriter::commit() {
  db_.commit();
  committed_ += pending_;
  pending_ = 0;
}

}  // namespace news
