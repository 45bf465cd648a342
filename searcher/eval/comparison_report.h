// Writing the result of --compare: a text table, or JSON for the benchmark report (the JSON
// format is documented in the README, "Comparing runs").
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "eval/comparison.h"
#include "eval/settings.h"

namespace news::eval {

struct RunInfo {
  std::string file;
  std::string run_id;
};

struct ComparisonReport {
  std::string qrels_file;
  std::size_t topics = 0;
  RunInfo baseline;
  std::vector<RunInfo> runs;
  EvalSettings settings;
  ComparisonSettings comparison;
  std::vector<MeasureComparison> measures;
};

void write_comparison_text(std::ostream& out, const ComparisonReport& report);
void write_comparison_json(std::ostream& out, const ComparisonReport& report);

// How runs are named in the text table: their file names when those differ, else their paths.
std::vector<std::string> run_labels(const std::vector<std::string>& files);

}  // namespace news::eval
