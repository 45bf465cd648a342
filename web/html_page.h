// The page frame every HTML response shares: head (viewport, stylesheet, OpenSearch link,
// optional script), the header with the search box, and the footer. Everything interpolated
// is escaped here or arrives as HTML built from escaped parts.
#pragma once
#include <string>

#include "web/search_params.h"

namespace news::web {

struct PageFrame {
  std::string title;        // plain text for <title>
  SearchState state;        // what the search box and its hidden filter fields hold
  bool home = false;        // the front page: the search box large and centred
  size_t articles = 0;      // shown in the footer when non-zero
};

// A complete HTML document around `main_html`.
std::string render_page(const PageFrame& frame, const std::string& main_html);

// A page with just a message, for 404s, bad parameters and unavailable databases.
std::string message_page(const std::string& title, const std::string& message, const SearchState& state);

// Hidden form fields that carry `state`'s filters (not q, not page) into a new search.
std::string hidden_filter_fields(const SearchState& state, bool with_dates = true);

// 1234567 -> "1,234,567".
std::string format_count(unsigned long long n);


}  // namespace news::web
