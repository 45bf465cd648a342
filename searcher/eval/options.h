// newseval's command line: trec_eval's options (same letters and long names) and the options of
// --compare, read with the project's option parser (cli/options.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "eval/settings.h"

namespace news::eval {

struct CompareSettings {
  std::size_t permutations = 10000;  // random sign flips per randomization test
  std::uint64_t seed = 1;            // of the random sign flips, so results repeat
  double alpha = 0.05;               // p-values (Holm-corrected) below it are marked significant
  std::size_t moved = 5;             // topics listed per run and measure, largest change first
  bool json = false;
};

struct Options {
  bool help = false;
  bool version = false;
  bool per_query = false;  // -q
  bool no_summary = false;  // -n
  bool compare = false;
  std::vector<std::string> measures;  // -m, as written
  EvalSettings settings;
  CompareSettings compare_settings;
  std::vector<std::string> files;
  std::string help_text;
};

// Reads args (without the program name). Throws InputError for a bad command line.
Options parse_options(const std::vector<std::string>& args);

}  // namespace news::eval
