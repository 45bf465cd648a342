#include "web/cached_search.h"

#include "web/search_totals.h"

namespace news::web {

SearchOutcome cached_search(const WebContext& context, const SearchRequest& request) {
  return context.searchers->with([&](Searcher& searcher, std::optional<uint64_t> generation) -> SearchOutcome {
    std::string key = generation ? ResultCache::key(request, *generation) : std::string();
    if (generation) {
      if (auto hit = context.cache->find(key)) return {std::move(hit), true};
    }
    SearchResponse response = searcher.search(request);
    settle_total(request, response);
    auto kept = std::make_shared<const SearchResponse>(std::move(response));
    if (generation) context.cache->store(key, kept);
    return {std::move(kept), false};
  });
}

}  // namespace news::web
