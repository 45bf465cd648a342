#include "eval/records.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "eval/input_error.h"

namespace news::eval {

namespace {

// trec_eval splits with isspace(); CR is included so files written on Windows read the same.
bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

void split_fields(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_blank(line[i])) ++i;
    const std::size_t start = i;
    while (i < line.size() && !is_blank(line[i])) ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
}

}  // namespace

void for_each_record(std::istream& in, const std::string& source_name,
                     const RecordHandler& on_record) {
  std::string line;
  std::vector<std::string_view> fields;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    split_fields(line, fields);
    if (fields.empty() || fields.front().front() == '#') continue;
    on_record(line_number, fields);
  }
  if (in.bad()) throw InputError(source_name, line_number + 1, "read error");
}

std::ifstream open_input(const std::string& path, const std::string& what) {
  // A directory opens fine as a stream and then reads as empty; say what is wrong instead.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw InputError("cannot open " + what + " '" + path + "': it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError("cannot open " + what + " '" + path + "': " + std::strerror(errno));
  }
  return in;
}

}  // namespace news::eval
