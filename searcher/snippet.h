// Snippets: the best passages of an article's original text with the query's words marked.
// Matching re-runs the analyzer over the text, so what is marked is exactly what was matched
// (stems, accent-folded forms and CJK substrings included), at byte offsets of the original.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/highlight_terms.h"

namespace news {

struct Fragment {
  std::string text;                                   // original text (newlines as spaces)
  std::vector<std::pair<size_t, size_t>> highlights;  // byte ranges within `text`, sorted
  bool cut_before = false;                            // text was left out before / after it
  bool cut_after = false;
};

struct SnippetOptions {
  size_t max_chars = 200;    // characters in all fragments together
  size_t max_fragments = 3;
  size_t max_scan_bytes = 256 * 1024;  // only the beginning of a huge article is scanned
};

// Byte ranges of `text` that match the query, sorted and not overlapping.
std::vector<std::pair<size_t, size_t>> find_matches(std::string_view text, std::string_view lang,
                                                    const HighlightTerms& terms, const Analyzer& analyzer);

// One to `max_fragments` passages covering as many different query words as fit; the start of
// the text when nothing matches.
std::vector<Fragment> make_snippet(std::string_view text, std::string_view lang, const HighlightTerms& terms,
                                   const Analyzer& analyzer, const SnippetOptions& options = {});

// The whole text as one fragment with its matches marked (titles, article pages).
Fragment highlight_all(std::string_view text, std::string_view lang, const HighlightTerms& terms, const Analyzer& analyzer);

// Fragments as HTML: escaped text, matches in <mark>, cuts shown as an ellipsis.
std::string fragments_html(const std::vector<Fragment>& fragments);

// Fragments as plain text with matches between `open` and `close` (for terminals).
std::string fragments_text(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close);

// `text` escaped for HTML element content and attribute values.
std::string escape_html(std::string_view text);

}  // namespace news
