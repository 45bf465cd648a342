// Turns an article into a Xapian document: analyzed title and body with positions, filter terms,
// values for sorting and facets, and the stored article for result pages and snippets.
#pragma once
#include <xapian.h>

#include <string>

#include "analysis/analyzer.h"
#include "store/article.h"

namespace news {

// Title words weigh as much as this many body words (BM25 sees them in both fields).
inline constexpr unsigned kTitleWdf = 3;
// Positions of the body start this far after the title's, so that no phrase spans the two.
inline constexpr unsigned kBodyPositionGap = 100;
// An article without a title: the words of its lead, the first kLeadWords of the body, weigh as a
// title's would. News puts what the story is about first, which is what its headline says.
inline constexpr size_t kLeadWords = 40;

// `article.lang` must already be set (given or detected).
Xapian::Document build_document(const Article& article, const Analyzer& analyzer, const std::string& fingerprint);

}  // namespace news
