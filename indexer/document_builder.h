// Turns an article into a Xapian document: analyzed title and body with positions, filter terms,
// values for sorting and facets, and the stored article for result pages and snippets.
#pragma once
#include <xapian.h>

#include <optional>
#include <string>

#include "analysis/analyzer.h"
#include "store/article.h"
#include "store/length_norm.h"

namespace news {

// Title words weigh as much as this many body words (BM25 sees them in both fields).
inline constexpr unsigned kTitleWdf = 3;
// Positions of the body start this far after the title's, so that no phrase spans the two.
inline constexpr unsigned kBodyPositionGap = 100;
// An article without a title: the words of its lead, the first kLeadWords of the body, weigh as a
// title's would. News puts what the story is about first, which is what its headline says.
inline constexpr size_t kLeadWords = 40;

// `article.lang` must already be set (given or detected). With `norm`, every wdf carries BM25's
// length normalization (store/length_norm.h); without, the document is written as databases
// without a LengthNorm hold them, its length for Xapian to normalize by.
Xapian::Document build_document(const Article& article, const Analyzer& analyzer, const std::string& fingerprint,
                                 const std::optional<LengthNorm>& norm = std::nullopt);

// The article's length as LengthNorm counts it: the document length Xapian would see without
// normalization. For estimating a new database's pivot.
double indexed_length(const Article& article, const Analyzer& analyzer);

}  // namespace news
