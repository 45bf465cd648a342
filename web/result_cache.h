// Recent search responses, shared by the worker threads: news readers repeat the same queries
// (the day's names and events), and a repeated query then costs a lookup instead of a match and
// ten snippets. Entries are keyed by the database generation, so a commit makes them unreachable.
#pragma once
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "searcher/searcher.h"

namespace news::web {

class ResultCache {
 public:
  explicit ResultCache(size_t capacity) : capacity_(capacity) {}

  // The key of `request` against the databases as of `generation`.
  static std::string key(const SearchRequest& request, uint64_t generation);

  // The cached response, or null. Counts as a use (least recently used entries go first).
  std::shared_ptr<const SearchResponse> find(const std::string& key);
  void store(const std::string& key, std::shared_ptr<const SearchResponse> response);

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const SearchResponse>>;
  size_t capacity_;
  std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace news::web
