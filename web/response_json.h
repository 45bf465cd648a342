// Search responses as JSON, shared by `newssearch --json` and the web API.
#pragma once
#include <nlohmann/json.hpp>

#include "searcher/searcher.h"
#include "web/html.h"

namespace news {

nlohmann::json response_json(const SearchRequest& request, const SearchResponse& response);

// A fragment list as {"html": "...<mark>..</mark>..", "text": "...", "highlights": [[s, e], ...]}.
nlohmann::json fragments_json(const std::vector<Fragment>& fragments);

}  // namespace news
