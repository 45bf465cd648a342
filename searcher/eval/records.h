// Line-oriented TREC files (qrels and runs): whitespace-separated fields, one record a line.
#pragma once
#include <cstddef>
#include <fstream>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace news::eval {

using RecordHandler =
    std::function<void(std::size_t line_number, const std::vector<std::string_view>& fields)>;

// Calls on_record for every line that holds fields. Blank lines and lines whose first
// non-blank character is '#' are skipped, as trec_eval skips them in runs. Line numbers count
// every physical line from 1, so error messages point at the line an editor shows.
void for_each_record(std::istream& in, const std::string& source_name,
                     const RecordHandler& on_record);

// Opens path for reading or throws InputError saying which kind of file (`what`) was missing.
std::ifstream open_input(const std::string& path, const std::string& what);

}  // namespace news::eval
