#include "web/pagination.h"

#include <algorithm>

#include "web/html.h"

namespace news::web {

PageLinks page_links(size_t current, size_t estimated, size_t per_page, size_t window) {
  PageLinks links;
  per_page = std::max<size_t>(per_page, 1);
  links.current = std::max<size_t>(current, 1);
  links.last = std::max<size_t>(1, std::min((estimated + per_page - 1) / per_page, kMaxResultDepth / per_page));
  // Past the end (a stale link, or an estimate that shrank): keep the current page reachable.
  links.last = std::max(links.last, links.current);
  size_t lo = links.current > window ? links.current - window : 1;
  size_t hi = std::min(links.last, links.current + window);
  if (lo > 1) {
    links.pages.push_back(1);
    if (lo > 2) links.pages.push_back(0);
  }
  for (size_t p = lo; p <= hi; ++p) links.pages.push_back(p);
  if (hi < links.last) {
    if (hi + 1 < links.last) links.pages.push_back(0);
    links.pages.push_back(links.last);
  }
  return links;
}

std::string pagination_html(const SearchState& state, size_t estimated, size_t per_page) {
  PageLinks links = page_links(state.page, estimated, per_page);
  if (links.last <= 1) return {};
  auto href = [&](size_t page) {
    SearchState s = state;
    s.page = page;
    return escape_html(search_href(s));
  };
  std::string out = "<nav class=\"pagination\" aria-label=\"Result pages\">\n";
  if (links.current > 1)
    out += "<a class=\"prev\" rel=\"prev\" href=\"" + href(links.current - 1) + "\">‹ Previous</a>\n";
  out += "<ol>\n";
  for (size_t p : links.pages) {
    if (p == 0) out += "<li class=\"gap\">…</li>\n";
    else if (p == links.current)
      out += "<li><span aria-current=\"page\">" + std::to_string(p) + "</span></li>\n";
    else out += "<li><a href=\"" + href(p) + "\">" + std::to_string(p) + "</a></li>\n";
  }
  out += "</ol>\n";
  if (links.current < links.last)
    out += "<a class=\"next\" rel=\"next\" href=\"" + href(links.current + 1) + "\">Next ›</a>\n";
  return out + "</nav>\n";
}

}  // namespace news::web
