// Checks shared by the reader fuzz targets: every article a reader delivers is one the indexer
// can take (an id, valid UTF-8, a well-formed date), and writing it either works or rejects the
// article with a reason, and never stops the run otherwise.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>

#include "analysis/utf8.h"
#include "indexer/index_writer.h"
#include "indexer/readers.h"
#include "store/dates.h"
#include "tests/fuzz/fuzz_support.h"

namespace news::fuzz {

// A database in a scratch folder; articles stay uncommitted (Xapian flushes them now and then).
class ScratchWriter {
 public:
  ScratchWriter() : dir_("news-fuzz-reader") {
    writer_ = std::make_unique<IndexWriter>(WriterOptions(dir_.path() + "/db", 1, 1000000), shared_analyzer());
  }
  IndexWriter& writer() { return *writer_; }

 private:
  ScratchDir dir_;  // destroyed after the writer
  std::unique_ptr<IndexWriter> writer_;
};

// What newsindex does with an article: write it (its language is detected when it has none);
// either it is written or it is rejected with a reason, and nothing else stops the run. It is
// written before the next input comes, so that a finding is the input that caused it, and no
// write is still under way when the process exits and its statics are destroyed.
inline void check_article(Article& a) {
  static ScratchWriter scratch;
  FUZZ_CHECK(!a.id.empty());
  for (const std::string* field : {&a.id, &a.title, &a.body, &a.url, &a.source, &a.lang})
    FUZZ_CHECK(is_valid_utf8(*field));
  FUZZ_CHECK(a.date.empty() || is_iso_date(a.date));
  size_t results = 0;
  scratch.writer().on_result([&results](const WriteResult& r) {
    ++results;
    FUZZ_CHECK(r.outcome || !r.rejection.empty());
  });
  scratch.writer().write(a);
  scratch.writer().wait_until_written();
  FUZZ_CHECK(results == 1);
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
