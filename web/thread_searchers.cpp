#include "web/thread_searchers.h"

#include <memory>
#include <unordered_map>

#include "searcher/databases.h"

namespace news::web {
namespace {

// Keyed by the owning ThreadSearchers' serial number, so that two servers in one process (as in
// tests) never share a searcher.
thread_local std::unordered_map<uint64_t, std::unique_ptr<Searcher>> t_searchers;

}  // namespace

std::atomic<uint64_t> ThreadSearchers::next_serial_{1};

ThreadSearchers::ThreadSearchers(std::vector<std::string> databases, const Analyzer& analyzer)
    : databases_(std::move(databases)), analyzer_(analyzer), serial_(next_serial_++) {}

Searcher& ThreadSearchers::get(std::optional<uint64_t>* generation) {
  // Read before reopening: when the reopen finds nothing new, what this thread sees is what
  // every thread saw under this generation; when it finds a commit, all move to a new one.
  uint64_t seen = generation_.load();
  std::unique_ptr<Searcher>& searcher = t_searchers[serial_];
  bool opened = !searcher;
  if (!opened) {
    try {
      if (searcher->reopen()) seen = ++generation_;
    } catch (const Xapian::DatabaseError&) {
      // The database was replaced (or went away): open it afresh, which names the problem if
      // there is no database any more; a later call tries again.
      searcher.reset();
      opened = true;
    }
  }
  if (opened) searcher = std::make_unique<Searcher>(databases_, analyzer_);
  if (generation) *generation = opened ? std::nullopt : std::optional<uint64_t>(seen);
  return *searcher;
}

void ThreadSearchers::drop() { t_searchers.erase(serial_); }

}  // namespace news::web
