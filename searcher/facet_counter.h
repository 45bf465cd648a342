// Facet counting for one search: how many matches have each language, source and year, counted
// over the documents the matcher looked at (Xapian's pruning skips the rest, which keeps long
// queries fast), and scaled to the estimated number of matches when it did not look at them all.
#pragma once
#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "searcher/facet_table.h"

namespace news {

struct FacetCount {
  std::string value;
  Xapian::doccount count = 0;
};

struct FacetCounts {
  std::map<std::string, std::vector<FacetCount>> fields;  // "lang", "source", "year"
  bool exact = true;           // false: counted over part of the matches and scaled
  Xapian::doccount seen = 0;   // matches counted
};

class FacetCounter {
 public:
  // With a table, counting costs an array lookup per match; without one (remote databases, which
  // run only Xapian's own match spies) Xapian's ValueCountMatchSpy counts.
  explicit FacetCounter(std::shared_ptr<const FacetTable> table);
  ~FacetCounter();

  // Counts the matches of the next get_mset() of `enquire`.
  void attach(Xapian::Enquire& enquire);

  // Forgets what was counted and counts the next get_mset() of `enquire` instead.
  void restart(Xapian::Enquire& enquire);

  // The counts, after the match gave `mset`, for which the matcher looked at every match until
  // `checked` had matched (get_mset's check_at_least).
  FacetCounts result(const Xapian::MSet& mset, Xapian::doccount checked) const;

 private:
  class TableSpy;
  void make_spies();
  std::shared_ptr<const FacetTable> table_;
  std::unique_ptr<TableSpy> table_spy_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> value_spies_;
};

}  // namespace news
