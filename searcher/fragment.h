// A passage of an article's original text with the query's matches marked, and its plain-text
// rendering for terminals (HTML rendering belongs to the web front end: web/html.h).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news {

struct Fragment {
  std::string text;                                   // original text (newlines as spaces)
  std::vector<std::pair<size_t, size_t>> highlights;  // byte ranges within `text`, sorted
  bool cut_before = false;                            // text was left out before / after it
  bool cut_after = false;
};

// Fragments as plain text with matches between `open` and `close`, cuts shown as an ellipsis.
std::string fragments_text(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close);

// The same with every stretch of text passed through `escape` (for markup languages).
std::string render_fragments(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close,
                             std::string (*escape)(std::string_view));

}  // namespace news
