#include "web/result_cache.h"

namespace news::web {
namespace {

// Each field with its length in front, so that no two different requests share a key whatever
// bytes their values hold.
void add_field(std::string& key, const std::string& value) {
  key += std::to_string(value.size());
  key += ':';
  key += value;
}

}  // namespace

std::string ResultCache::key(const SearchRequest& r, uint64_t generation) {
  std::string key;
  add_field(key, std::to_string(generation));
  add_field(key, r.query);
  add_field(key, std::to_string(r.offset) + ':' + std::to_string(r.limit) + ':' + std::to_string(static_cast<int>(r.sort)) +
                     ':' + (r.snippets ? 's' : '-') + (r.facets ? 'f' : '-'));
  for (const auto* list : {&r.languages, &r.sources, &r.years}) {
    add_field(key, std::to_string(list->size()));
    for (const std::string& value : *list) add_field(key, value);
  }
  add_field(key, r.from);
  add_field(key, r.to);
  return key;
}

std::shared_ptr<const SearchResponse> ResultCache::find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->second;
}

void ResultCache::store(const std::string& key, std::shared_ptr<const SearchResponse> value) {
  if (capacity_ == 0) return;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = index_.find(key);
  if (it != index_.end()) {
    it->second->second = std::move(value);
    entries_.splice(entries_.begin(), entries_, it->second);
    return;
  }
  entries_.emplace_front(key, std::move(value));
  index_[key] = entries_.begin();
  if (entries_.size() > capacity_) {
    index_.erase(entries_.back().first);
    entries_.pop_back();
  }
}

}  // namespace news::web
