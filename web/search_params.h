// The parameters of a search as they travel in URLs (q, page, limit, lang, source, year, from,
// to, sort): parsed and checked once for both the HTML page and the JSON API, and written back
// into the links of the page (facets, pagination, filter removal), so every view has a
// shareable URL.
#pragma once
#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "searcher/searcher.h"

namespace news::web {

struct SearchState {
  std::string q;
  std::vector<std::string> langs, sources, years;  // filters; several values of one = any of them
  std::string from, to;                            // YYYY-MM-DD or empty
  SortOrder sort = SortOrder::kRelevance;
  size_t page = 1;   // from 1
  size_t limit = 0;  // results per page; 0 = the default

  // Whether there is anything to search for (a query or a filter).
  bool active() const;
  bool filtered() const;
  // The same search without its filters, from its first page.
  SearchState unfiltered() const;
};

struct ParamLimits {
  size_t max_query_bytes = 1024;
  size_t max_limit = 100;
  size_t default_limit = 10;
};

// A parameter that is malformed or over a limit; the message names it (HTTP 400).
struct ParamError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Results deeper than this are not served: ranking them costs as much as ranking all before them.
constexpr size_t kMaxResultDepth = 10000;

using Params = std::multimap<std::string, std::string>;

// Parses and checks URL parameters; empty values count as absent (an unfilled form field).
// Throws ParamError.
SearchState parse_search_params(const Params& params, const ParamLimits& limits);

// The searcher's request for `state`.
SearchRequest to_request(const SearchState& state, const ParamLimits& limits, double time_limit_seconds);

// The URL parameters that reproduce `state`, in a stable order (page 1 and default values left out).
std::vector<std::pair<std::string, std::string>> to_params(const SearchState& state);

// "/?..." for `state`.
std::string search_href(const SearchState& state);

const char* sort_name(SortOrder sort);


}  // namespace news::web
