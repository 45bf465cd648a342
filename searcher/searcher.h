// The searcher library: what newssearch and newsweb call. One Searcher per thread (Xapian
// database handles are not shared between threads).
#pragma once
#include <xapian.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/databases.h"
#include "searcher/facet_counter.h"
#include "searcher/fragment.h"
#include "searcher/query_builder.h"
#include "searcher/requirements.h"
#include "searcher/spelling_suggester.h"
#include "store/article.h"

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchRequest {
  std::string query;
  size_t offset = 0;
  size_t limit = 10;
  std::vector<std::string> languages;  // filters, OR within a field
  std::vector<std::string> sources;
  std::vector<std::string> years;
  std::string from, to;  // dates YYYY-MM-DD (inclusive), empty = open
  SortOrder sort = SortOrder::kRelevance;
  bool snippets = true;
  bool facets = true;
  double time_limit_seconds = 0;  // 0 = none; otherwise the best results found in time
};

struct SearchHit {
  size_t rank = 0;  // 1-based, over all pages
  Article article;  // body omitted (empty) to keep responses small
  double score = 0;
  int percent = 0;
  Fragment title;                  // the title with matches marked
  std::vector<Fragment> snippet;   // passages of the body with matches marked
  Xapian::docid docid = 0;
};

struct SearchResponse {
  std::vector<SearchHit> hits;
  Xapian::doccount estimated = 0, lower_bound = 0, upper_bound = 0;
  bool exact = false;  // estimated is the exact number of matches
  Counted counted = Counted::kAnyPart;
  std::map<std::string, std::vector<FacetCount>> facets;  // "lang", "source", "year"
  bool facets_exact = true;  // false: counted over part of the matches and scaled to the estimate
  // What the query parser ignored or corrected, and "searched as: …" when words written together
  // were spelt apart.
  std::vector<std::string> notes;
  std::string suggestion;          // "did you mean", or empty
  double match_ms = 0, snippet_ms = 0;
};

// An article with a query's matches marked: its title, and its body as paragraphs (one a line).
struct MarkedArticle {
  Article article;
  Fragment title;
  std::vector<Fragment> paragraphs;
};

struct SearcherOptions {
  QueryWeights weights;
  // BM25 by the query's script: Robertson's 1.2/0.75 for words between spaces (better on the ad
  // hoc sets and alphabetic known items), Xapian's 1.0/0.5 for queries with CJK, Thai or Hangul
  // text (better on every one of those known-item sets), where bigram terms make up the lengths.
  // The b here are for databases written without a LengthNorm; the others were written with
  // theirs, by each article's script.
  double bm25_k1 = 1.2, bm25_b = kSpacedBm25B;
  double cjk_bm25_k1 = 1.0, cjk_bm25_b = kUnspacedBm25B;
  bool collapse_duplicates = true;  // the same title and body under two ids shown once
  // Matches looked at before Xapian may start skipping those that cannot reach the page: totals
  // and facet counts are exact for queries with fewer matches. Small, so that pruning still
  // does its work on queries with many. Long text (BuiltQuery::long_text) is pruned from the start.
  size_t exact_counts_below = 1000;

  // Defaults, changed by NEWS_BM25_K1, NEWS_BM25_B, NEWS_CJK_BM25_K1, NEWS_CJK_BM25_B,
  // NEWS_BACKSTOP_WEIGHT, NEWS_DERIVED_WEIGHT and NEWS_EXACT_COUNTS_BELOW.
  static SearcherOptions from_environment();
};

class Searcher {
 public:
  // Throws DatabaseError (see databases.h) when a database cannot be opened.
  Searcher(std::vector<std::string> databases, const Analyzer& analyzer, SearcherOptions options = {});
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Throws DatabaseError when a remote database stops answering.
  SearchResponse search(const SearchRequest& request);

  // A stored article by id, or nothing.
  std::optional<Article> article(const std::string& id);

  // A stored article by id with the words of `query` marked (the article page), or nothing.
  std::optional<MarkedArticle> marked_article(const std::string& id, const std::string& query);

  // Sees what was committed since the databases were opened; false when nothing changed.
  bool reopen();
  Xapian::doccount size() const { return databases_.database().get_doccount(); }
  // The length normalization the databases were written with, when they all agree on one.
  const std::optional<LengthNorm>& length_norm() const { return databases_.length_norm(); }
  const Analyzer& analyzer() const { return analyzer_; }

 private:
  // `rewritten`: the query is already the one typed with its words written together spelt apart
  // (no second rewriting).
  SearchResponse search_databases(const SearchRequest& request, bool rewritten = false);
  SearchResponse search_apart(const SearchRequest& request, const std::string& apart, double seconds_left,
                              std::chrono::steady_clock::time_point start);
  Xapian::Query filter_for(const SearchRequest& request, const BuiltQuery& built) const;
  void configure(Xapian::Enquire& enquire, const Xapian::Query& query, const SearchRequest& request,
                 const BuiltQuery& built, bool ranked) const;
  struct PageEntry;
  Xapian::MSet match(Xapian::Enquire& enquire, const SearchRequest& request, size_t first, size_t count,
                     Xapian::doccount check, bool* timed_out = nullptr);
  bool count_required(const BuiltQuery& built, const Xapian::Query& filter, const SearchRequest& request,
                      SearchResponse& response);
  std::vector<PageEntry> page(Xapian::Enquire& enquire, const SearchRequest& request, Xapian::doccount check,
                              FacetCounter* facets, Xapian::MSet& mset);
  void count(const Xapian::MSet& mset, const FacetCounter* facets, Xapian::doccount checked, SearchResponse& response) const;
  Xapian::doccount counting_check(bool facets) const;
  FacetCounter* attach_facets(Xapian::Enquire& enquire, bool wanted, std::optional<FacetCounter>& counter);
  std::vector<SearchHit> hits(std::vector<PageEntry>& page, const SearchRequest& request, const HighlightTerms& terms) const;
  std::shared_ptr<const FacetTable> facet_table();

  const Analyzer& analyzer_;
  SearcherOptions options_;
  QueryBuilder builder_;
  SpellingSuggester speller_;
  DatabaseSet databases_;
  std::shared_ptr<const FacetTable> facet_table_;  // of the databases as they are now; loaded on first use
  bool deadlines_work_ = true;  // false once a remote database refused the match time limit
};

}  // namespace news
