// The facet values of every document (language, source, year) as small numbers, read from their
// value slots once for each state of the databases: counting a match is then an array lookup and
// an increment, where reading three values per match made facets most of a search's cost.
#pragma once
#include <xapian.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace news {

enum class FacetField : size_t { kLanguage, kSource, kYear };
inline constexpr size_t kFacetFields = 3;

class FacetTable {
 public:
  // Reads every document's values (local databases only).
  explicit FacetTable(const Xapian::Database& db);

  // The value of `field` numbered `ordinal`; ordinal 0 is "no value" ("").
  const std::vector<std::string>& values(FacetField field) const { return values_[static_cast<size_t>(field)]; }

  uint16_t ordinal(FacetField field, Xapian::docid did) const {
    const std::vector<uint16_t>& of = ordinals_[static_cast<size_t>(field)];
    return did < of.size() ? of[did] : 0;
  }

 private:
  std::array<std::vector<std::string>, kFacetFields> values_;
  std::array<std::vector<uint16_t>, kFacetFields> ordinals_;  // by docid
};

// The table of `db` in the state named `state_key` (DatabaseSet::state_key): loaded once and
// shared by every thread that sees that state. An empty key gets a table of its own.
std::shared_ptr<const FacetTable> facet_table_for(const Xapian::Database& db, const std::string& state_key);

// The value slot a facet is read from (store/fields.h).
unsigned facet_slot(FacetField field);

}  // namespace news
