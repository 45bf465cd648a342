#include "searcher/facet_table.h"

#include <limits>
#include <list>
#include <mutex>
#include <unordered_map>

#include "store/fields.h"

namespace news {
namespace {

constexpr FacetField kFields[] = {FacetField::kLanguage, FacetField::kSource, FacetField::kYear};

// The states kept: a server's threads move to a new commit one by one, so the previous state is
// still in use for a moment; older ones are dropped (their last users keep them alive).
constexpr size_t kKeptStates = 3;

}  // namespace

unsigned facet_slot(FacetField field) {
  switch (field) {
    case FacetField::kLanguage: return fields::kLanguageSlot;
    case FacetField::kSource: return fields::kSourceSlot;
    case FacetField::kYear: return fields::kYearSlot;
  }
  return fields::kLanguageSlot;
}

FacetTable::FacetTable(const Xapian::Database& db) {
  size_t documents = static_cast<size_t>(db.get_lastdocid()) + 1;
  for (FacetField field : kFields) {
    size_t f = static_cast<size_t>(field);
    std::vector<std::string>& values = values_[f];
    std::vector<uint16_t>& ordinals = ordinals_[f];
    values.assign(1, std::string());
    ordinals.assign(documents, 0);
    std::unordered_map<std::string, uint16_t> known;
    unsigned slot = facet_slot(field);
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
      auto [entry, added] = known.emplace(*it, static_cast<uint16_t>(values.size()));
      if (added) {
        // Past 65,535 distinct values (sources, say) the rest share the last number.
        if (values.size() == std::numeric_limits<uint16_t>::max()) entry->second = static_cast<uint16_t>(values.size() - 1);
        else values.push_back(*it);
      }
      if (it.get_docid() < documents) ordinals[it.get_docid()] = entry->second;
    }
  }
}

std::shared_ptr<const FacetTable> facet_table_for(const Xapian::Database& db, const std::string& state_key) {
  if (state_key.empty()) return std::make_shared<const FacetTable>(db);
  static std::mutex mutex;
  static std::list<std::pair<std::string, std::shared_ptr<const FacetTable>>> recent;  // newest first
  {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = recent.begin(); it != recent.end(); ++it)
      if (it->first == state_key) {
        recent.splice(recent.begin(), recent, it);
        return it->second;
      }
  }
  // Loaded outside the lock; two threads may load the same state at once, and both tables are right.
  auto table = std::make_shared<const FacetTable>(db);
  std::lock_guard<std::mutex> lock(mutex);
  recent.emplace_front(state_key, table);
  if (recent.size() > kKeptStates) recent.pop_back();
  return table;
}

}  // namespace news
