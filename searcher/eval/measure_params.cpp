#include "eval/measure_params.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "eval/input_error.h"

namespace news::eval {

namespace {

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    parts.push_back(text.substr(start, comma == std::string::npos ? comma : comma - start));
    if (comma == std::string::npos) return parts;
    start = comma + 1;
  }
}

[[noreturn]] void refuse(const MeasureDef& def, const std::string& text, const std::string& why) {
  throw InputError("measure '" + std::string(def.name) + "." + text + "': " + why);
}

template <typename T>
void check_distinct(const MeasureDef& def, const std::string& text, std::vector<T>& cutoffs) {
  std::sort(cutoffs.begin(), cutoffs.end());
  if (std::adjacent_find(cutoffs.begin(), cutoffs.end()) != cutoffs.end()) {
    refuse(def, text, "a cutoff is given twice");
  }
}

void parse_pairs(const MeasureDef& def, const std::string& text, MeasureParams& params) {
  for (const std::string& part : split_commas(text)) {
    const std::size_t eq = part.find('=');
    if (eq == std::string::npos || part.find('=', eq + 1) != std::string::npos) {
      refuse(def, text, "parameters must be name=number pairs separated by commas");
    }
    params.pairs.emplace_back(part.substr(0, eq), std::strtod(part.c_str() + eq + 1, nullptr));
  }
}

}  // namespace

MeasureParams parse_measure_params(const MeasureDef& def, const std::string& text) {
  if (def.param_kind == ParamKind::kNone) return def.defaults;
  MeasureParams params;
  params.as_written = text;
  const std::vector<std::string> parts = split_commas(text);
  switch (def.param_kind) {
    case ParamKind::kLongCutoffs:
      for (const std::string& p : parts) params.cutoffs.push_back(std::strtol(p.c_str(), nullptr, 10));
      check_distinct(def, text, params.cutoffs);
      if (params.cutoffs.front() <= 0) refuse(def, text, "cutoffs must be above 0");
      break;
    case ParamKind::kDoubleCutoffs:
      for (const std::string& p : parts) params.numbers.push_back(std::strtod(p.c_str(), nullptr));
      check_distinct(def, text, params.numbers);
      break;
    case ParamKind::kDoubles:
      for (const std::string& p : parts) params.numbers.push_back(std::strtod(p.c_str(), nullptr));
      if (def.numbers_needed && params.numbers.size() != def.numbers_needed) {
        refuse(def, text, "needs " + std::to_string(def.numbers_needed) + " numbers");
      }
      break;
    case ParamKind::kGainPairs:
      parse_pairs(def, text, params);
      break;
    case ParamKind::kNone:
      break;
  }
  return params;
}

}  // namespace news::eval
