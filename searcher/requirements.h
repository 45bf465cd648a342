// What counts as a result of a query of words: the documents holding all of its parts (words and
// CJK/Thai strings), else all but one, else any (Elasticsearch's minimum_should_match and
// Meilisearch's matching strategy in spirit). The totals and facets count the first of these that
// finds enough documents; the result list is the query's ranking as before, which goes on past them.
#pragma once
#include <xapian.h>

#include <vector>

namespace news {

// Which articles a total counts: those holding every part of the query, all parts but one, or any.
enum class Counted { kAnyPart, kEveryPart, kAllPartsButOne };

// Its name in JSON ("every_part", "all_parts_but_one", "any_part"), and what a result count adds
// to say it (" with every word", " with all words but one", nothing).
const char* counted_name(Counted counted);
const char* counted_words(Counted counted);

// Fewer documents than this holding every part is too few: the next requirement is tried.
inline constexpr Xapian::doccount kEnoughResults = 10;

// A requirement: the documents matching `query`, and of those, when `min_parts` is not zero, the
// ones matching at least that many of its parts (each part weighs one under Xapian's CoordWeight).
struct Requirement {
  Xapian::Query query;
  Xapian::termcount min_parts = 0;
};

// The requirements to try in order: all of `units`, then all but one of them when there are three
// or more. Empty when there is nothing to require.
std::vector<Requirement> requirements(const std::vector<Xapian::Query>& units);

}  // namespace news
