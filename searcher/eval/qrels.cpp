#include "eval/qrels.h"

#include <cerrno>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "eval/input_error.h"
#include "eval/records.h"

namespace news::eval {

namespace {

std::optional<long> parse_relevance(std::string_view text) {
  const std::string s(text);
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(s.c_str(), &end, 10);
  if (end == s.c_str() || *end != '\0' || errno == ERANGE) return std::nullopt;
  return value;
}

}  // namespace

Qrels parse_qrels(std::istream& in, const std::string& source_name) {
  Qrels qrels;
  // (qid, docno) -> line of its judgment, to point at both lines of a duplicate.
  std::map<std::string, std::unordered_map<std::string, std::size_t>> seen_at;
  for_each_record(in, source_name, [&](std::size_t line, const auto& fields) {
    if (fields.size() != 4) {
      throw InputError(source_name, line,
                       "expected 4 fields 'qid iter docno rel', found " +
                           std::to_string(fields.size()));
    }
    const std::optional<long> rel = parse_relevance(fields[3]);
    if (!rel) {
      throw InputError(source_name, line,
                       "relevance '" + std::string(fields[3]) + "' is not an integer");
    }
    const std::string qid(fields[0]);
    const std::string docno(fields[2]);
    const auto [it, inserted] = seen_at[qid].emplace(docno, line);
    if (!inserted) {
      throw InputError(source_name, line,
                       "document '" + docno + "' is judged twice for query '" + qid +
                           "' (first at line " + std::to_string(it->second) + ")");
    }
    qrels[qid].emplace(docno, *rel);
  });
  return qrels;
}

Qrels read_qrels(const std::string& path) {
  std::ifstream in = open_input(path, "qrels file");
  Qrels qrels = parse_qrels(in, path);
  if (qrels.empty()) throw InputError(path + ": no judgments");
  return qrels;
}

}  // namespace news::eval
