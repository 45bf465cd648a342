#include "web/search_totals.h"

namespace news::web {

void settle_total(const SearchRequest& request, SearchResponse& response) {
  if (response.counted != Counted::kAnyPart) return;
  size_t seen = request.offset + response.hits.size();
  bool last_page = response.hits.size() < request.limit && (!response.hits.empty() || request.offset == 0);
  if (last_page) {
    response.estimated = response.lower_bound = response.upper_bound = static_cast<Xapian::doccount>(seen);
    response.exact = true;
  } else if (response.estimated < seen) {
    response.estimated = static_cast<Xapian::doccount>(seen);
    if (response.lower_bound < seen) response.lower_bound = static_cast<Xapian::doccount>(seen);
  }
}

}  // namespace news::web
