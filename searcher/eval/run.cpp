#include "eval/run.h"

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "eval/input_error.h"
#include "eval/records.h"

namespace news::eval {

namespace {

// strtod, as trec_eval's atof, but the whole field must be the number. NaN is refused because
// it has no place in a descending sort.
std::optional<double> parse_score(std::string_view text) {
  const std::string s(text);
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0' || std::isnan(value)) return std::nullopt;
  return value;
}

}  // namespace

Run parse_run(std::istream& in, const std::string& source_name) {
  Run run;
  std::map<std::string, std::unordered_map<std::string, std::size_t>> seen_at;
  for_each_record(in, source_name, [&](std::size_t line, const auto& fields) {
    if (fields.size() < 6) {
      throw InputError(source_name, line,
                       "expected 6 fields 'qid Q0 docno rank score tag', found " +
                           std::to_string(fields.size()));
    }
    const std::optional<double> score = parse_score(fields[4]);
    if (!score) {
      throw InputError(source_name, line,
                       "score '" + std::string(fields[4]) + "' is not a number");
    }
    const std::string qid(fields[0]);
    std::string docno(fields[2]);
    const auto [it, inserted] = seen_at[qid].emplace(docno, line);
    if (!inserted) {
      throw InputError(source_name, line,
                       "document '" + docno + "' is retrieved twice for query '" + qid +
                           "' (first at line " + std::to_string(it->second) + ")");
    }
    run.queries[qid].push_back(Retrieved{std::move(docno), *score});
    run.run_id = std::string(fields[5]);
  });
  return run;
}

Run read_run(const std::string& path) {
  Run run;
  if (path == "-") {
    run = parse_run(std::cin, "<stdin>");
  } else {
    std::ifstream in = open_input(path, "run file");
    run = parse_run(in, path);
  }
  if (run.queries.empty()) throw InputError((path == "-" ? "<stdin>" : path) + ": no results");
  return run;
}

}  // namespace news::eval
