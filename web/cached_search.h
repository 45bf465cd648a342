// A search as the search page and the API run it: through the shared result cache, with the
// total settled (search_totals.h) before the response is kept.
#pragma once
#include <memory>

#include "searcher/searcher.h"
#include "web/context.h"

namespace news::web {

struct SearchOutcome {
  std::shared_ptr<const SearchResponse> response;
  bool cached = false;  // answered from the cache
};

SearchOutcome cached_search(const WebContext& context, const SearchRequest& request);

}  // namespace news::web
