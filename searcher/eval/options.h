// newseval's command line: trec_eval's options (same letters and long names), read with the
// project's option parser (cli/options.h).
#pragma once
#include <string>
#include <vector>

#include "eval/settings.h"

namespace news::eval {

struct Options {
  bool help = false;
  bool version = false;
  bool per_query = false;  // -q
  bool no_summary = false;  // -n
  std::vector<std::string> measures;  // -m, as written
  EvalSettings settings;
  std::vector<std::string> files;
  std::string help_text;
};

// Reads args (without the program name). Throws InputError for a bad command line.
Options parse_options(const std::vector<std::string>& args);

}  // namespace news::eval
