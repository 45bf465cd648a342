#include "indexer/length_sample.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <sstream>

#include "indexer/document_builder.h"

namespace news {
namespace {

// Reads from `file` up to the end of the line: true and the line in `text` when it ends within
// `limit` bytes (a longer one, which the indexer rejects, is skipped, not held).
bool read_line(std::filebuf& file, size_t limit, std::string& text) {
  text.clear();
  bool fits = true;
  int c;
  while ((c = file.sbumpc()) != std::char_traits<char>::eof() && c != '\n') {
    if (text.size() < limit) text.push_back(static_cast<char>(c));
    else fits = false;
  }
  return fits && !text.empty();
}

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

// `count` lines at even steps through the JSON Lines files' lines (taken as one list): every
// article is as likely to be sampled, whatever its length and wherever it is.
void sample_lines(const std::vector<const InputFile*>& files, size_t count, const ReaderLimits& limits,
                  const ReaderCallbacks& callbacks) {
  std::vector<uint64_t> lines;
  uint64_t total = 0;
  for (const InputFile* input : files) total += lines.emplace_back(count_lines(input->path));
  if (total == 0) return;
  double step = std::max(1.0, static_cast<double>(total) / static_cast<double>(count));
  double next = (step - 1) / 2;  // the index of the next line to sample: mid-step
  uint64_t first = 0;      // the index of the file's first line
  std::string text;
  for (size_t f = 0; f < files.size(); first += lines[f++]) {
    std::filebuf file;
    if (!file.open(files[f]->path, std::ios::in | std::ios::binary)) continue;
    for (uint64_t line = first; line < first + lines[f]; ++line) {
      bool wanted = static_cast<double>(line) >= next;
      if (wanted) next += step;
      if (!read_line(file, wanted ? limits.max_article_bytes : 0, text) || !wanted) continue;
      std::istringstream one(text);
      read_json_lines(one, files[f]->path, limits, callbacks);
    }
  }
}

}  // namespace

std::vector<Article> sample_articles(const std::vector<InputFile>& files, InputFormat format,
                                     const ReaderLimits& limits, size_t wanted) {
  std::vector<Article> sample;
  std::vector<const InputFile*> line_files, article_files;
  uint64_t line_bytes = 0, article_bytes = 0;
  for (const InputFile& f : files) {
    if (f.path == "-") continue;
    if (reads_as_json_lines(f, format)) {
      line_files.push_back(&f);
      line_bytes += f.bytes;
    } else {
      article_files.push_back(&f);
      article_bytes += f.bytes;
    }
  }
  uint64_t total = line_bytes + article_bytes;
  if (wanted == 0 || total == 0) return sample;
  ReaderCallbacks callbacks;
  callbacks.article = [&](Article&& a) { sample.push_back(std::move(a)); };
  callbacks.reject = [](const std::string&, const std::string&) {};
  callbacks.warn = [](const std::string&, const std::string&) {};
  size_t from_files = article_files.empty() ? 0 : std::max<size_t>(1, wanted * article_bytes / total);
  if (from_files) {
    double stride = std::max(1.0, static_cast<double>(article_files.size()) / static_cast<double>(from_files));
    for (double i = 0; i < static_cast<double>(article_files.size()); i += stride)
      read_input_file(*article_files[static_cast<size_t>(i)], format, limits, callbacks);
  }
  if (wanted > from_files && line_bytes) sample_lines(line_files, wanted - from_files, limits, callbacks);
  return sample;
}

double sampled_pivot(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits,
                     const ArticleDefaults& defaults, const Analyzer& analyzer, size_t wanted) {
  double total = 0;
  size_t count = 0;
  for (Article& article : sample_articles(files, format, limits, wanted)) {
    prepare_article(article, defaults);
    total += indexed_length(article, analyzer);
    ++count;
  }
  return count && total > 0 ? total / static_cast<double>(count) : kDefaultLengthPivot;
}

}  // namespace news
