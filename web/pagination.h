// Which page links to show under the results: previous/next and a window of page numbers
// around the current one, with the first and last page always reachable.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "web/search_params.h"

namespace news::web {

struct PageLinks {
  size_t current = 1, last = 1;
  std::vector<size_t> pages;  // ascending; 0 marks a gap ("…")
};

// `estimated` matches at `per_page` a page, capped at the deepest page served.
PageLinks page_links(size_t current, size_t estimated, size_t per_page, size_t window = 2);

// The <nav> for `state` (empty when everything fits on one page).
std::string pagination_html(const SearchState& state, size_t estimated, size_t per_page);

}  // namespace news::web
