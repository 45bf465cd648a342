// The document data: what a result page shows and the snippet highlighter reads.
#pragma once
#include <string>

#include "store/article.h"

namespace news {

// The article as JSON (id, title, body, date, url, source, lang).
std::string encode_article(const Article& article);

// Parses what encode_article wrote; fields missing from the data stay empty.
Article decode_article(const std::string& data);

// A fingerprint of every field that the index depends on, plus the analyzer's version, so that an
// article is re-analyzed when either changes.
std::string article_fingerprint(const Article& article);

// A fingerprint of the title and body alone: equal for the same article under two ids.
std::string content_fingerprint(const Article& article);

// Lower-cased ASCII, for filter terms.
std::string lower_ascii(std::string s);

}  // namespace news
