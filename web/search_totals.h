// What the result count can be sure of: a page that is not full (and not empty past the end)
// ends the results, so the total is known exactly even when the match only estimated it. Used
// by the HTML page and the API so that "About 7 results" with two hits, and pages beyond the
// last, are not shown. A total that counts the articles holding every word (or all but one) is
// not the length of the list, which goes on with the others: it is left as it is.
#pragma once
#include "searcher/searcher.h"

namespace news::web {

void settle_total(const SearchRequest& request, SearchResponse& response);

}  // namespace news::web
