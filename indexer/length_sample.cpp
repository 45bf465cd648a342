#include "indexer/length_sample.h"

#include <algorithm>
#include <exception>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

#include "indexer/document_builder.h"
#include "indexer/read_ahead.h"

namespace news {
namespace {

// Standard input read ahead for the sample is held until the indexer reads it: a bound on that.
constexpr size_t kMaxReadAheadBytes = 16 << 20;

// A JSON Lines file's lines (its line ends, and a last line without one), and which of them are
// longer than the article limit (rejected when indexed: the sample skips them unread).
struct LineCensus {
  uint64_t lines = 0;
  std::vector<uint64_t> overlong;  // in order
};

LineCensus count_lines(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  char chunk[1 << 16];
  LineCensus census;
  uint64_t length = 0;  // of the line read so far
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    const char* end = chunk + in.gcount();
    for (const char* p = chunk; p < end;) {
      const char* newline = std::find(p, end, '\n');
      length += static_cast<uint64_t>(newline - p);
      if (newline == end) break;
      if (length > limit) census.overlong.push_back(census.lines);
      ++census.lines;
      length = 0;
      p = newline + 1;
    }
  }
  if (length > 0) {
    if (length > limit) census.overlong.push_back(census.lines);
    ++census.lines;
  }
  return census;
}

// Takes `count` items at even steps through `total` (the middle of each step): every item is as
// likely to be taken, wherever it is.
class EvenSteps {
 public:
  EvenSteps(uint64_t total, size_t count)
      : step_(std::max(1.0, static_cast<double>(total) / static_cast<double>(std::max<size_t>(count, 1)))),
        next_((step_ - 1) / 2) {}
  // Whether item `index` (asked in increasing order) is taken.
  bool take(uint64_t index) {
    if (static_cast<double>(index) < next_) return false;
    next_ += step_;
    return true;
  }

 private:
  double step_, next_;
};

void sample_lines(const std::vector<const InputFile*>& files, const std::vector<LineCensus>& census, EvenSteps steps,
                  const ReaderLimits& limits, const ReaderCallbacks& callbacks) {
  std::string text;
  uint64_t first = 0;  // the index of the file's first line among all
  for (size_t f = 0; f < files.size(); first += census[f++].lines) {
    std::ifstream in(files[f]->path, std::ios::binary);
    auto overlong = census[f].overlong.begin();
    size_t length = 0;
    uint64_t consumed = 0;
    for (uint64_t line = 0; line < census[f].lines; ++line) {
      bool too_long = overlong != census[f].overlong.end() && *overlong == line;
      if (too_long) ++overlong;
      if (!steps.take(first + line) || too_long) {
        in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');  // skipped unread, a buffer at a time
        continue;
      }
      if (!read_line(in, text, limits.max_article_bytes, length, consumed)) break;
      std::istringstream one(text);
      read_json_lines(one, files[f]->path, limits, callbacks);
    }
  }
}

// The first `wanted` lines of standard input (JSON Lines), read ahead and given back to the indexer
// (read_ahead.h): where the stream goes on is unknown, so its start stands for it.
void sample_standard_input(size_t wanted, const ReaderLimits& limits, const ReaderCallbacks& callbacks) {
  // Read in place: the text read ahead is held once.
  struct TextBuffer : std::streambuf {
    explicit TextBuffer(std::string_view text) {
      char* begin = const_cast<char*>(text.data());  // only read: the get area of a stream
      setg(begin, begin, begin + text.size());
    }
  } head(standard_input_buffer().read_ahead(wanted, kMaxReadAheadBytes));
  std::istream lines(&head);
  read_json_lines(lines, "<stdin>", limits, callbacks);
}

// Articles measured together, a share per core: analyzing them is most of the sample's cost, and
// nothing else runs before the first article is indexed. Few enough batches that each thread's
// analyzer caches (stemmers, Han variants) are built a few times only, and a bound on the memory.
constexpr size_t kBatchArticles = 512;
constexpr size_t kBatchBytes = 16 << 20;

// The indexed length of each article of `batch`, in order, measured by up to `threads` threads.
// An error in any of them is thrown here, once all have stopped.
std::vector<double> indexed_lengths(std::vector<Article>& batch, const ArticleDefaults& defaults,
                                    const Analyzer& analyzer, unsigned threads) {
  std::vector<double> lengths(batch.size());
  threads = static_cast<unsigned>(std::min<size_t>(threads, batch.size()));
  std::vector<std::exception_ptr> errors(threads);
  auto measure = [&](unsigned share) {
    try {
      for (size_t i = share; i < batch.size(); i += threads) {
        prepare_article(batch[i], defaults);
        lengths[i] = indexed_length(batch[i], analyzer);
      }
    } catch (...) {
      errors[share] = std::current_exception();
    }
  };
  std::vector<std::thread> helpers;
  std::vector<unsigned> own_shares = {0};
  for (unsigned share = 1; share < threads; ++share) {
    try {
      helpers.emplace_back(measure, share);
    } catch (const std::system_error&) {
      own_shares.push_back(share);  // no thread to be had: measured here
    }
  }
  for (unsigned share : own_shares) measure(share);
  for (std::thread& h : helpers) h.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
  return lengths;
}

}  // namespace

void sample_articles(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits, size_t wanted,
                     const ArticleHandler& each) {
  std::vector<const InputFile*> line_files, article_files;
  bool standard_input_lines = false;
  for (const InputFile& f : files) {
    if (f.path == "-") standard_input_lines = reads_as_json_lines(f, format);
    else (reads_as_json_lines(f, format) ? line_files : article_files).push_back(&f);
  }
  std::vector<LineCensus> census;
  uint64_t total_lines = 0;
  for (const InputFile* f : line_files)
    total_lines += census.emplace_back(count_lines(f->path, limits.max_article_bytes)).lines;
  uint64_t articles = total_lines + article_files.size();
  if (wanted == 0) return;
  ReaderCallbacks callbacks;
  callbacks.article = [&](Article&& a) { each(std::move(a)); };
  callbacks.reject = [](const std::string&, const std::string&) {};
  callbacks.warn = [](const std::string&, const std::string&) {};
  if (articles == 0) {
    if (standard_input_lines) sample_standard_input(wanted, limits, callbacks);
    return;
  }
  // Shared by how many articles each kind holds (a line or a file each, rejected ones aside).
  auto share = static_cast<size_t>(static_cast<double>(wanted) * static_cast<double>(article_files.size()) /
                                   static_cast<double>(articles) + 0.5);
  EvenSteps file_steps(article_files.size(), share);
  for (size_t i = 0; i < article_files.size(); ++i)
    if (share && file_steps.take(i)) read_input_file(*article_files[i], format, limits, callbacks);
  if (wanted > share && total_lines)
    sample_lines(line_files, census, EvenSteps(total_lines, wanted - share), limits, callbacks);
}

double sampled_pivot(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits,
                     const ArticleDefaults& defaults, const Analyzer& analyzer, size_t wanted) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  double total = 0;  // summed in the order of the sample, so that the pivot is the same on any machine
  size_t count = 0;
  std::vector<Article> batch;
  size_t batch_bytes = 0;
  auto measure_batch = [&] {
    if (batch.empty()) return;
    for (double length : indexed_lengths(batch, defaults, analyzer, threads)) total += length;
    count += batch.size();
    batch.clear();
    batch_bytes = 0;
  };
  sample_articles(files, format, limits, wanted, [&](Article&& article) {
    batch_bytes += article.title.size() + article.body.size();
    batch.push_back(std::move(article));
    if (batch.size() == kBatchArticles || batch_bytes >= kBatchBytes) measure_batch();
  });
  measure_batch();
  return count && total > 0 ? total / static_cast<double>(count) : kDefaultLengthPivot;
}

}  // namespace news
