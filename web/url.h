// Building the links of the pages: percent-encoding and query strings.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news::web {

// `s` percent-encoded for a URL path segment or a query component: everything but the
// unreserved characters (A-Z a-z 0-9 - . _ ~) is encoded, '/' and '&' included.
std::string url_encode(std::string_view s);

// "name=value&name=value" with both sides encoded; pairs with an empty value are left out.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

// Whether `url` is an absolute http(s) URL, the only kind an article link may point to (a
// "javascript:" URL from an article must never become a link).
bool is_web_url(std::string_view url);

}  // namespace news::web
