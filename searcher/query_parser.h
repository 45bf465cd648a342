// The query language, parsed into a small syntax tree (no analysis here: words stay text).
//
//   words in any script        free text; every word is searched (ranked, OR)
//   "a phrase"                 the exact sequence (in CJK: the exact string)
//   +word  -word               required / excluded
//   a AND b, a OR b, a NOT b   boolean operators; parentheses group
//   title:word  title:"…"      search the title only
//   lang:zh  source:reuters  year:2018        filters
//   date:2018-06-01..2018-06-30, date:2018-06-01.., date:..2018-06-30, date:2018-06
//
// A malformed query never fails: unbalanced quotes or parentheses and bad dates are dropped and
// the words are searched; `ParsedQuery::notes` says what was ignored.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace news {

struct QueryNode {
  enum class Kind { kText, kPhrase, kAnd, kOr, kAndNot, kRequired, kExcluded, kFilter, kDateRange, kNothing };
  Kind kind = Kind::kNothing;
  std::string text;                               // kText, kPhrase; filter value
  size_t offset = 0;                              // kText, kPhrase: where `text` begins in the query
  std::string field;                              // "title" for kText/kPhrase; field name for kFilter
  std::string from, to;                           // kDateRange, as YYYYMMDD (empty = open)
  std::vector<std::unique_ptr<QueryNode>> children;
};

struct ParsedQuery {
  std::unique_ptr<QueryNode> root;  // kNothing when the query has no searchable content
  std::vector<std::string> notes;   // what was ignored or corrected, for the user
  bool only_words = false;          // words and filters, no phrase, operator or +/- (the usual search)
};

ParsedQuery parse_query(const std::string& query);

}  // namespace news
