// Expands the command line's inputs (files, directories, "-") into the articles they hold.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/readers.h"

namespace news {

enum class InputFormat { kAuto, kText, kLivedoor, kJsonLines };

// Parses "auto", "text", "livedoor" or "jsonl"; throws std::invalid_argument otherwise.
InputFormat parse_input_format(const std::string& name);

struct InputFile {
  std::string path;  // "-" for standard input
  uint64_t bytes = 0;
};

// The files named by `inputs`, directories walked recursively in name order. Hidden files and the
// licence/readme files that article collections ship (LICENSE*, README*, CHANGES*) are left out.
// Throws std::runtime_error naming an input that does not exist.
std::vector<InputFile> list_input_files(const std::vector<std::string>& inputs);

// Whether read_input_file reads `file` as JSON Lines (auto: standard input and .jsonl/.ndjson).
bool reads_as_json_lines(const InputFile& file, InputFormat format);

// Reads one file's articles in `format` (auto: by extension and content).
void read_input_file(const InputFile& file, InputFormat format, const ReaderLimits& limits,
                     const ReaderCallbacks& callbacks);

}  // namespace news
