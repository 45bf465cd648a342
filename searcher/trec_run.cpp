#include "searcher/trec_run.h"

#include <iomanip>
#include <istream>
#include <ostream>
#include <stdexcept>

namespace news {

size_t write_trec_run(Searcher& searcher, std::istream& topics, std::ostream& run, const std::string& run_id,
                      size_t depth, const std::string& topics_name) {
  std::string line;
  size_t count = 0;
  for (size_t number = 1; std::getline(topics, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0)
      throw std::runtime_error(topics_name + ":" + std::to_string(number) + ": expected qid<TAB>query");
    SearchRequest request;
    request.query = line.substr(tab + 1);
    request.limit = depth;
    request.snippets = false;
    request.facets = false;
    SearchResponse response = searcher.search(request);
    std::string qid = line.substr(0, tab);
    for (const SearchHit& hit : response.hits)
      run << qid << " Q0 " << hit.article.id << ' ' << hit.rank << ' ' << std::fixed << std::setprecision(6)
          << hit.score << ' ' << run_id << '\n';
    ++count;
  }
  return count;
}

}  // namespace news
