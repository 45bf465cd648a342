#include "benchmarks/string_outcome.h"

#include <algorithm>
#include <unordered_set>

namespace news::sample {

std::vector<std::string> all_result_ids(Searcher& searcher, const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.limit = std::max<size_t>(searcher.size(), 1);
  request.snippets = false;
  request.facets = false;
  std::vector<std::string> ids;
  for (const SearchHit& hit : searcher.search(request).hits) ids.push_back(hit.article.id);
  return ids;
}

StringOutcome score_results(const ArticleIndex& articles, const std::vector<size_t>& containing,
                            const std::vector<std::string>& ranked_ids, const std::string& form) {
  StringOutcome outcome;
  std::unordered_set<size_t> relevant(containing.begin(), containing.end());
  outcome.relevant = relevant.size();
  outcome.returned = ranked_ids.size();
  outcome.top = std::min(kTopResults, outcome.relevant);

  std::unordered_set<size_t> found;
  size_t exact = 0, backstop_only = 0;
  for (size_t rank = 0; rank < ranked_ids.size(); ++rank) {
    long i = articles.find(ranked_ids[rank]);
    if (i < 0 || !relevant.count(static_cast<size_t>(i))) continue;
    found.insert(static_cast<size_t>(i));
    if (rank < outcome.top) ++outcome.top_relevant;
    if (articles.has_word(static_cast<size_t>(i), form)) {
      ++exact;
    } else {
      ++backstop_only;
      outcome.ordered_pairs += exact;  // the exact-word articles ranked above this one
    }
  }
  outcome.pairs = exact * backstop_only;
  outcome.returned_relevant = found.size();
  for (size_t i : containing)
    if (!found.count(i)) outcome.missed.push_back(articles[i].article.id);
  return outcome;
}

}  // namespace news::sample
