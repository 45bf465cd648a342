#include "eval/measure_selection.h"

#include <cstdio>
#include <map>
#include <set>

#include "eval/input_error.h"
#include "eval/measure_params.h"
#include "eval/measure_registry.h"

namespace news::eval {

namespace {

std::string with_suffix(const char* name, const char* format, double value, bool whole) {
  char buffer[64];
  if (whole) {
    std::snprintf(buffer, sizeof buffer, format, static_cast<long>(value));
  } else {
    std::snprintf(buffer, sizeof buffer, format, value);
  }
  return std::string(name) + "_" + buffer;
}

// "P_10" is how trec_eval prints P with cutoff 10, but it is written "P.10" on the command line.
std::string unknown_measure_message(const std::string& name) {
  std::string message = "unknown measure '" + name + "'";
  const std::size_t underscore = name.rfind('_');
  if (underscore != std::string::npos) {
    const MeasureDef* def = find_measure_def(name.substr(0, underscore));
    if (def && def->param_kind != ParamKind::kNone) {
      return message + " (measures with cutoffs are written " + def->name + "." +
             name.substr(underscore + 1) + ")";
    }
  }
  return message + " (newseval --help lists the measures)";
}

void mark(const std::string& name, std::set<std::string>& marked) {
  if (const std::vector<std::string>* members = nickname_members(name)) {
    marked.insert(members->begin(), members->end());
  } else if (find_measure_def(name)) {
    marked.insert(name);
  } else {
    throw InputError(unknown_measure_message(name));
  }
}

}  // namespace

std::vector<std::string> value_names(const MeasureDef& def, const MeasureParams& params) {
  std::vector<std::string> names;
  switch (def.param_kind) {
    case ParamKind::kLongCutoffs:
      for (long c : params.cutoffs) names.push_back(with_suffix(def.name, "%ld", c, true));
      break;
    case ParamKind::kDoubleCutoffs:
      for (double c : params.numbers) names.push_back(with_suffix(def.name, "%3.2f", c, false));
      break;
    case ParamKind::kDoubles:
    case ParamKind::kGainPairs:
      names.push_back(params.as_written.empty() ? def.name
                                                : std::string(def.name) + "_" + params.as_written);
      break;
    case ParamKind::kNone:
      names.push_back(def.name);
      break;
  }
  return names;
}

MeasureSelection select_measures(const std::vector<std::string>& requests) {
  std::set<std::string> marked;
  std::map<std::string, std::string> params_of;  // the first parameters given for each name
  for (const std::string& request : requests.empty() ? std::vector<std::string>{"official"}
                                                     : requests) {
    const std::size_t dot = request.find('.');
    const std::string name = request.substr(0, dot);
    if (dot != std::string::npos) {
      if (dot + 1 == request.size()) {
        throw InputError("measure '" + request + "' has nothing after the '.'");
      }
      params_of.emplace(name, request.substr(dot + 1));
    }
    mark(name, marked);
  }
  MeasureSelection selection;
  for (const MeasureDef* def : all_measure_defs()) {
    if (!marked.count(def->name)) continue;
    SelectedMeasure m;
    m.def = def;
    const auto p = params_of.find(def->name);
    m.params = p == params_of.end() ? def->defaults : parse_measure_params(*def, p->second);
    m.value_names = value_names(*def, m.params);
    m.first_slot = selection.slot_count;
    selection.slot_count += m.value_names.size();
    selection.measures.push_back(std::move(m));
  }
  return selection;
}

}  // namespace news::eval
