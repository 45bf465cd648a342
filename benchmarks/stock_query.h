// Parsing a query the way a stock Xapian application does: QueryParser with the given flags, and
// when that throws QueryParserError, again with fewer features (as Omega does), down to no flags.
#pragma once
#include <xapian.h>

#include <string>

namespace news_bench {

// Returns the parsed query; `degraded` counts the queries that needed a fallback, `failed` those
// that no flags could parse (searched as an empty query, that is without results).
inline Xapian::Query parse_stock_query(Xapian::QueryParser& parser, const std::string& text, unsigned flags,
                                       size_t* degraded = nullptr, size_t* failed = nullptr) {
  const unsigned cjk = flags & Xapian::QueryParser::FLAG_CJK_NGRAM;
  const unsigned attempts[] = {flags, cjk, 0u};
  for (size_t i = 0; i < 3; ++i) {
    if (i > 0 && attempts[i] == attempts[i - 1]) continue;
    try {
      Xapian::Query query = parser.parse_query(text, attempts[i]);
      if (i > 0 && degraded) ++*degraded;
      return query;
    } catch (const Xapian::QueryParserError&) {
    }
  }
  if (failed) ++*failed;
  return Xapian::Query();
}

}  // namespace news_bench
