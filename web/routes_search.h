// GET / : the search page. Without a query it is the front page; with one, the results with
// facets, sorting and pages, all plain links and GET forms so that it works without
// JavaScript and every view has a URL that can be shared.
#pragma once
#include <httplib.h>

#include "web/context.h"

namespace news::web {

// The page body for a search: filter sidebar, count and sort, active filters, the query's notes,
// "did you mean", the hits (or a no-results message) and the page links.
std::string results_html(const SearchState& state, const SearchResponse& response, size_t per_page);

void handle_search_page(const WebContext& context, const httplib::Request& request, httplib::Response& response);

}  // namespace news::web
