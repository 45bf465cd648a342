#include "indexer/index_run.h"

#include <filesystem>
#include <iostream>
#include <unordered_set>

#include "indexer/index_writer.h"
#include "indexer/length_sample.h"
#include "indexer/progress.h"

namespace news {
namespace {

struct Interrupted {};

// The summary groups rejections by reason; sizes differ from article to article, so oversized
// ones ("article is N bytes, over the limit of M") share one line.
std::string rejection_kind(const std::string& reason) {
  return reason.find(" bytes, over the ") == std::string::npos ? reason : "over --max-article-bytes";
}

uint64_t total_bytes(const std::vector<InputFile>& files) {
  uint64_t total = 0;
  for (const InputFile& f : files) total += f.bytes;
  return total;
}

WriterOptions writer_options(const IndexRunOptions& o, const std::vector<InputFile>& files, const Analyzer& analyzer) {
  WriterOptions w(o.db, o.shards, o.batch);
  w.defaults = {o.lang, o.source};
  w.parts = o.parts;
  w.new_pivot = [&o, &files, &analyzer, defaults = w.defaults] {
    return sampled_pivot(files, o.format, {o.max_article_bytes}, defaults, analyzer);
  };
  return w;
}

class IndexRun {
 public:
  IndexRun(const IndexRunOptions& o, const Analyzer& analyzer, const volatile std::sig_atomic_t& interrupted)
      : o_(o), interrupted_(interrupted), files_(list_input_files(o.inputs)),
        writer_(writer_options(o, files_, analyzer), analyzer), progress_(total_bytes(files_), o.quiet) {
    writer_.on_commit([this](size_t committed) { progress_.committed(committed); });
    writer_.on_result([this](const WriteResult& r) { count(r); });
  }

  int run() {
    try {
      read_all();
      if (o_.delete_missing) delete_missing();
    } catch (const Interrupted&) {
      writer_.commit();
      progress_.summary(counts_, writer_.doc_count());
      std::cerr << "newsindex: interrupted; every article counted above is committed"
                << (writer_.has_parts() ? " (the next run goes on from there and merges the parts)" : "") << "\n";
      return 130;
    }
    writer_.commit();
    if (writer_.has_parts() && !o_.quiet)
      progress_.message("newsindex: merging " + std::to_string(writer_.shard_count()) + " parts into one database");
    writer_.finish();
    progress_.summary(counts_, writer_.doc_count());
    return counts_.rejected ? 1 : 0;
  }

 private:
  void read_all() {
    ReaderCallbacks callbacks;
    callbacks.reject = [this](const std::string& origin, const std::string& reason) { reject(origin, reason); };
    callbacks.warn = [this](const std::string& origin, const std::string& message) {
      counts_.warnings++;
      progress_.message("newsindex: warning: " + origin + ": " + message);
    };
    callbacks.article = [this](Article&& a) {
      if (interrupted_) throw Interrupted{};
      a.file = current_file_;
      writer_.write(std::move(a));
    };
    callbacks.consumed = [this](uint64_t bytes) { progress_.file_read(bytes); };
    for (const InputFile& file : files_) {
      current_file_ = file.path == "-" ? std::string() : std::filesystem::absolute(file.path).lexically_normal().string();
      read_input_file(file, o_.format, {o_.max_article_bytes}, callbacks);
      progress_.file_done(file.bytes);
      if (interrupted_) throw Interrupted{};
    }
  }

  void reject(const std::string& origin, const std::string& reason) {
    counts_.rejected++;
    counts_.rejection_reasons[rejection_kind(reason)]++;
    progress_.message("newsindex: rejected " + origin + ": " + reason);
  }

  void count(const WriteResult& r) {
    if (!r.outcome) return reject(r.origin, r.rejection);
    switch (*r.outcome) {
      case WriteOutcome::kAdded: counts_.added++; break;
      case WriteOutcome::kReplaced: counts_.replaced++; break;
      case WriteOutcome::kUnchanged: counts_.unchanged++; break;
    }
    if (o_.delete_missing) seen_ids_.insert(r.id);  // only then: it grows with the input
    progress_.update(counts_);
  }

  void delete_missing() {
    writer_.commit();  // every article written and reported: seen_ids_ is complete
    for (const std::string& input : o_.inputs)
      if (input != "-" && std::filesystem::is_directory(input)) counts_.deleted += writer_.delete_missing(input, seen_ids_);
  }

  const IndexRunOptions& o_;
  const volatile std::sig_atomic_t& interrupted_;
  std::vector<InputFile> files_;
  IndexWriter writer_;
  Progress progress_;
  RunCounts counts_;
  std::unordered_set<std::string> seen_ids_;
  std::string current_file_;
};

}  // namespace

int run_index(const IndexRunOptions& options, const Analyzer& analyzer, const volatile std::sig_atomic_t& interrupted) {
  return IndexRun(options, analyzer, interrupted).run();
}

}  // namespace news
