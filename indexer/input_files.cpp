#include "indexer/input_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "indexer/read_ahead.h"

namespace news {
namespace fs = std::filesystem;
namespace {

bool is_collection_metadata(const std::string& name) {
  std::string upper;
  for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name.empty() || name[0] == '.' || upper.rfind("LICENSE", 0) == 0 || upper.rfind("README", 0) == 0 ||
         upper.rfind("CHANGES", 0) == 0;
}

bool is_json_lines_name(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

// Reads at most `limit` + 1 bytes, enough to tell an article over the limit, so that a huge input
// (standard input has no size to check first) never sits whole in memory. `size` gets its full size.
std::string read_up_to(std::istream& in, size_t limit, uint64_t& size) {
  std::string content;
  char chunk[1 << 16];
  size = 0;
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    size_t n = static_cast<size_t>(in.gcount());
    if (content.size() <= limit) content.append(chunk, std::min(n, limit + 1 - content.size()));
    size += n;
  }
  return content;
}

}  // namespace

InputFormat parse_input_format(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "livedoor") return InputFormat::kLivedoor;
  if (name == "jsonl") return InputFormat::kJsonLines;
  throw std::invalid_argument("unknown --format \"" + name + "\" (expected auto, text, livedoor or jsonl)");
}

std::vector<InputFile> list_input_files(const std::vector<std::string>& inputs) {
  std::vector<InputFile> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back({"-", 0});
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(input, error);
    if (error || !fs::exists(status)) throw std::runtime_error(input + ": no such file or directory");
    if (!fs::is_directory(status)) {
      files.push_back({input, fs::file_size(input, error)});
      continue;
    }
    std::vector<InputFile> found;
    for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, error), end;
         it != end; it.increment(error)) {
      if (error) break;
      std::string name = it->path().filename().string();
      if (is_collection_metadata(name)) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) found.push_back({it->path().string(), it->file_size()});
    }
    if (error) throw std::runtime_error(input + ": " + error.message());
    std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

bool reads_as_json_lines(const InputFile& file, InputFormat format) {
  if (format != InputFormat::kAuto) return format == InputFormat::kJsonLines;
  return file.path == "-" || is_json_lines_name(file.path);
}

void read_input_file(const InputFile& file, InputFormat format, const ReaderLimits& limits,
                     const ReaderCallbacks& callbacks) {
  bool from_stdin = file.path == "-";
  std::ifstream stream;
  if (!from_stdin) {
    stream.open(file.path, std::ios::binary);
    if (!stream) {
      callbacks.reject(file.path, "cannot be read");
      return;
    }
  }
  std::istream& in = from_stdin ? standard_input() : stream;
  std::string origin = from_stdin ? "<stdin>" : file.path;
  if (reads_as_json_lines(file, format)) {
    read_json_lines(in, origin, limits, callbacks);
    return;
  }
  // One article per file: the file must fit the article limit, so it is read whole.
  auto reject_size = [&](uint64_t bytes) {
    callbacks.reject(origin, "file is " + std::to_string(bytes) + " bytes, over the article limit of " +
                                 std::to_string(limits.max_article_bytes));
  };
  if (!from_stdin && file.bytes > limits.max_article_bytes) return reject_size(file.bytes);
  uint64_t size = 0;
  std::string content = read_up_to(in, limits.max_article_bytes, size);
  if (size > limits.max_article_bytes) return reject_size(size);
  std::string id = from_stdin ? "stdin" : fs::path(file.path).stem().string();
  if (format == InputFormat::kLivedoor || (format == InputFormat::kAuto && looks_like_livedoor(content)))
    read_livedoor(content, id, origin, limits, callbacks);
  else
    read_plain_text(content, id, origin, limits, callbacks);
}

}  // namespace news
