#include "indexer/length_sample.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "indexer/document_builder.h"

namespace news {
namespace {

// The lines of a file: its line ends, and a last line without one.
uint64_t count_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char chunk[1 << 16];
  uint64_t lines = 0;
  char last = '\n';
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    auto n = static_cast<size_t>(in.gcount());
    lines += static_cast<uint64_t>(std::count(chunk, chunk + n, '\n'));
    last = chunk[n - 1];
  }
  return lines + (last != '\n');
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

void sample_lines(const std::vector<const InputFile*>& files, const std::vector<uint64_t>& lines, EvenSteps steps,
                  const ReaderLimits& limits, const ReaderCallbacks& callbacks) {
  std::string text;
  uint64_t first = 0;  // the index of the file's first line among all
  for (size_t f = 0; f < files.size(); first += lines[f++]) {
    std::ifstream in(files[f]->path, std::ios::binary);
    size_t length = 0;
    uint64_t consumed = 0;
    for (uint64_t i = first; i < first + lines[f] && read_line(in, text, limits.max_article_bytes, length, consumed); ++i) {
      if (!steps.take(i) || length > limits.max_article_bytes) continue;  // too long: rejected when indexed
      std::istringstream one(text);
      read_json_lines(one, files[f]->path, limits, callbacks);
    }
  }
}

}  // namespace

void sample_articles(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits, size_t wanted,
                     const ArticleHandler& each) {
  std::vector<const InputFile*> line_files, article_files;
  for (const InputFile& f : files) {
    if (f.path == "-") continue;
    (reads_as_json_lines(f, format) ? line_files : article_files).push_back(&f);
  }
  std::vector<uint64_t> lines;
  uint64_t total_lines = 0;
  for (const InputFile* f : line_files) total_lines += lines.emplace_back(count_lines(f->path));
  uint64_t articles = total_lines + article_files.size();
  if (wanted == 0 || articles == 0) return;
  ReaderCallbacks callbacks;
  callbacks.article = [&](Article&& a) { each(std::move(a)); };
  callbacks.reject = [](const std::string&, const std::string&) {};
  callbacks.warn = [](const std::string&, const std::string&) {};
  // Shared by how many articles each kind holds (a line or a file each, rejected ones aside).
  auto share = static_cast<size_t>(static_cast<double>(wanted) * static_cast<double>(article_files.size()) /
                                   static_cast<double>(articles) + 0.5);
  EvenSteps file_steps(article_files.size(), share);
  for (size_t i = 0; i < article_files.size(); ++i)
    if (share && file_steps.take(i)) read_input_file(*article_files[i], format, limits, callbacks);
  if (wanted > share && total_lines) sample_lines(line_files, lines, EvenSteps(total_lines, wanted - share), limits, callbacks);
}

double sampled_pivot(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits,
                     const ArticleDefaults& defaults, const Analyzer& analyzer, size_t wanted) {
  double total = 0;
  size_t count = 0;
  sample_articles(files, format, limits, wanted, [&](Article&& article) {
    prepare_article(article, defaults);
    total += indexed_length(article, analyzer);
    ++count;
  });
  return count && total > 0 ? total / static_cast<double>(count) : kDefaultLengthPivot;
}

}  // namespace news
