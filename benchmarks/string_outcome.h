// How the results of a search for one string compare with the articles that contain it.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "benchmarks/string_sample.h"
#include "searcher/searcher.h"

namespace news::sample {

// Precision is read over the first results, at most this many.
inline constexpr size_t kTopResults = 10;

struct StringOutcome {
  size_t relevant = 0;               // articles containing the string
  size_t returned = 0;               // results
  size_t returned_relevant = 0;      // results containing it
  std::vector<std::string> missed;   // ids of articles containing it that were not returned
  size_t top = 0;                    // min(kTopResults, relevant): how many results should contain it
  size_t top_relevant = 0;           // of the first `top` results, those that do
  // Pairs of returned articles that both contain the string, one holding it as a word of its
  // segmentation (an exact-word match), the other only as characters (a backstop-only match);
  // and how many of those pairs rank the exact-word article first.
  size_t pairs = 0, ordered_pairs = 0;
};

// Every result of `query`, in rank order, by article id.
std::vector<std::string> all_result_ids(Searcher& searcher, const std::string& query);

// Scores `ranked_ids` against `containing`, the articles that contain `form` (a reference_form).
StringOutcome score_results(const ArticleIndex& articles, const std::vector<size_t>& containing,
                            const std::vector<std::string>& ranked_ids, const std::string& form);

}  // namespace news::sample
