// The query's words that match nothing, mended from the databases' own words: "Did you mean" (the
// query as typed with its misspelt words replaced by the nearest indexed words, nearest_word.h) and
// words written together spelt apart (word_break.h). Operators, quotes, fields and filters stay as
// typed.
#pragma once
#include <xapian.h>

#include <string>

#include "analysis/analyzer.h"
#include "searcher/query_builder.h"
#include "searcher/query_parser.h"

namespace news {

class SpellingSuggester {
 public:
  explicit SpellingSuggester(const Analyzer& analyzer) : analyzer_(analyzer) {}

  // `query` as typed, parsed and built; `mset` what it found in `db`. Empty when every word looks
  // right: it matches documents (unless a correction is far more common and the query found
  // little), or no indexed word is close to it.
  std::string suggest(const std::string& query, const ParsedQuery& parsed, const BuiltQuery& built,
                      const Xapian::Database& db, const Xapian::MSet& mset) const;

  // `query` as typed with each word that matches nothing but is indexed words written together
  // spelt apart (word_break.h), cased as typed: "newyork marathon" -> "new york marathon", and
  // quoted where the word is an operand of +, -, AND, NOT or a field: "-newyork" -> "-\"new york\"".
  // Empty when there is none.
  std::string written_apart(const std::string& query, const ParsedQuery& parsed, const BuiltQuery& built,
                            const Xapian::Database& db, const Xapian::MSet& mset) const;

 private:
  // How many documents the word matches by itself: its own term or a stem or accent form of it.
  Xapian::doccount matches(const Word& w, const BuiltQuery& built, const Xapian::MSet& mset) const;

  const Analyzer& analyzer_;
};

}  // namespace news
