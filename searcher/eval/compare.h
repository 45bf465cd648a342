// newseval --compare QRELS BASELINE RUN...: each run against the baseline on every judged topic.
#pragma once
#include <ostream>

#include "eval/options.h"

namespace news::eval {

// Reads the files named in options.files and writes the comparison (text, or JSON with
// options.compare_settings.json). Throws InputError for bad input.
void compare_runs(const Options& options, std::ostream& out);

}  // namespace news::eval
