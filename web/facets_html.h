// The filter sidebar (language, source and year counts as links that add the filter; a date
// range form) and the row of active filters, each with a link that removes it.
#pragma once
#include <string>

#include "searcher/searcher.h"
#include "web/search_params.h"

namespace news::web {

std::string facets_html(const SearchState& state, const SearchResponse& response);

// Empty when no filter is active.
std::string active_filters_html(const SearchState& state);

}  // namespace news::web
