// Reading query sets for the benchmark programs: "qid<TAB>query" lines (a line without a tab is
// a query whose qid is its line number). Blank lines are skipped; CRLF is accepted.
#pragma once
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace news_bench {

struct Topic {
  std::string qid;
  std::string query;
};

inline std::vector<Topic> read_topics(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  std::vector<Topic> topics;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) topics.push_back({std::to_string(number), line});
    else topics.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  return topics;
}

}  // namespace news_bench
