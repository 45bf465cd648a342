// Choosing what of an article to show: the passages of its original text that hold the most
// distinct query matches (matches.h), cut at word boundaries, as fragments (fragment.h).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "searcher/fragment.h"
#include "searcher/matches.h"

namespace news {

struct SnippetOptions {
  size_t max_chars = 200;    // characters in all fragments together
  size_t max_fragments = 3;
  size_t max_scan_bytes = 256 * 1024;  // only matches in the beginning of a huge article count
};

// One to `max_fragments` passages covering as many different query forms as fit: one long
// passage when the matches sit together, shorter ones when they are spread out; the start of the
// text when nothing matches.
std::vector<Fragment> choose_passages(std::string_view text, const std::vector<Match>& matches,
                                      const SnippetOptions& options = {});

// The whole text as one fragment with its matches marked (titles, article pages).
Fragment mark_all(std::string_view text, const std::vector<Match>& matches);

}  // namespace news
