// Turns a parsed query into a Xapian query, analyzing every word with the same analyzer as the
// indexer (so a query word and a document word always meet on the same term).
#pragma once
#include <xapian.h>

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/highlight_terms.h"
#include "searcher/query_parser.h"
#include "searcher/text_query.h"

namespace news {

struct BuiltQuery {
  Xapian::Query query;             // ranked part; empty when the query has no words (filters only)
  Xapian::Query filter;            // boolean part: languages, sources, years, dates; may be empty
  HighlightTerms highlight;
  std::vector<std::string> languages;  // the languages the words were analyzed as
  // For a query of words only: the parts a document holds to match it well (TextQuery::units),
  // each word or CJK/Thai string; empty when every match counts as a result.
  std::vector<Xapian::Query> units;
  // Free text that is long (a headline, a pasted sentence): every match counts, and they are many.
  bool long_text = false;
};

class QueryBuilder {
 public:
  QueryBuilder(const Analyzer& analyzer, QueryWeights weights = {}) : analyzer_(analyzer), weights_(weights) {}

  // `raw` is the query as typed (for language detection); `languages` adds languages to analyze
  // the words as (for example the language filter the user chose).
  BuiltQuery build(const ParsedQuery& parsed, const std::string& raw, const std::vector<std::string>& languages = {}) const;

 private:
  struct Context;
  Xapian::Query node(const QueryNode& n, Context& c) const;
  Xapian::Query text(const QueryNode& n, Context& c) const;
  Xapian::Query phrase(const QueryNode& n, Context& c) const;
  Xapian::Query sequence(const QueryNode& n, Context& c) const;
  Xapian::Query filter(const QueryNode& n, Context& c) const;

  const Analyzer& analyzer_;
  QueryWeights weights_;
};

}  // namespace news
