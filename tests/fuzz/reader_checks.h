// Checks shared by the reader fuzz targets: every article a reader delivers is one the indexer
// can take (an id, valid UTF-8, a well-formed date), and writing it either works or rejects the
// article the way newsindex expects (std::invalid_argument), never stops the run otherwise.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>

#include "analysis/language.h"
#include "analysis/utf8.h"
#include "indexer/index_writer.h"
#include "indexer/readers.h"
#include "tests/fuzz/fuzz_support.h"

namespace news::fuzz {

inline bool is_iso_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  return true;
}

// A database in a scratch folder; articles stay uncommitted (Xapian flushes them now and then).
class ScratchWriter {
 public:
  ScratchWriter() : dir_("news-fuzz-reader") {
    writer_ = std::make_unique<IndexWriter>(WriterOptions{dir_.path() + "/db", 1, 1000000}, shared_analyzer());
  }
  IndexWriter& writer() { return *writer_; }

 private:
  ScratchDir dir_;  // destroyed after the writer
  std::unique_ptr<IndexWriter> writer_;
};

// What newsindex does with an article: detect its language when it has none, write it.
inline void check_article(Article& a) {
  static ScratchWriter scratch;
  FUZZ_CHECK(!a.id.empty());
  for (const std::string* field : {&a.id, &a.title, &a.body, &a.url, &a.source, &a.lang})
    FUZZ_CHECK(is_valid_utf8(*field));
  FUZZ_CHECK(a.date.empty() || is_iso_date(a.date));
  if (a.lang.empty()) a.lang = detect_language(a.title + "\n" + a.body.substr(0, 4096));
  try {
    scratch.writer().write(a);
  } catch (const std::invalid_argument&) {
    // rejected with a reason, as newsindex reports it
  }
}

inline ReaderCallbacks checking_callbacks(size_t& articles) {
  ReaderCallbacks callbacks;
  callbacks.article = [&articles](Article&& a) {
    ++articles;
    check_article(a);
  };
  callbacks.reject = [](const std::string& origin, const std::string& reason) {
    FUZZ_CHECK(!origin.empty() && !reason.empty());
  };
  callbacks.warn = [](const std::string& origin, const std::string& message) {
    FUZZ_CHECK(!origin.empty() && !message.empty());
  };
  return callbacks;
}

// Small enough that fuzz inputs reach the size check, large enough for whole seed articles.
inline ReaderLimits fuzz_limits() {
  ReaderLimits limits;
  limits.max_article_bytes = 3000;
  return limits;
}

}  // namespace news::fuzz
