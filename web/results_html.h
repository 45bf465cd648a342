// The result list: one entry per hit with its title (linked), source, date, language and
// highlighted snippet, marked with the article's language and dir="auto" so that right-to-left
// articles read right to left.
#pragma once
#include <string>

#include "searcher/searcher.h"
#include "web/search_params.h"

namespace news::web {

// "About 1,234 results" / "3 results" / "1 result".
std::string result_count_text(const SearchResponse& response);

std::string hits_html(const SearchState& state, const SearchResponse& response);

// /doc/ID?q=..., the stored copy of an article with the query marked.
std::string doc_href(const std::string& id, const std::string& query);

}  // namespace news::web
