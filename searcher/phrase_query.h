// An exact phrase: its words at consecutive positions, and inside CJK/Thai runs the run's
// character bigrams at consecutive positions (the exact string, whatever the segmentation).
#pragma once
#include <xapian.h>

#include <string>

#include "analysis/analyzer.h"
#include "searcher/highlight_terms.h"

namespace news {

// The phrase `text` in the field with term prefix `prefix`, analyzed as `lang`; adds what to mark
// to `highlight`. Empty when the text has no words.
Xapian::Query phrase_query(const Analyzer& analyzer, const std::string& text, const std::string& prefix,
                           const std::string& lang, HighlightTerms& highlight);

}  // namespace news
