// Text into HTML: escaping, and fragments with their matches in <mark>.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "searcher/fragment.h"

namespace news {

// `text` escaped for HTML element content and attribute values.
std::string escape_html(std::string_view text);

// Fragments as HTML: escaped text, matches in <mark>, cuts shown as an ellipsis.
std::string fragments_html(const std::vector<Fragment>& fragments);

}  // namespace news
