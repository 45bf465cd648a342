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

Searcher& ThreadSearchers::get() {
  std::unique_ptr<Searcher>& searcher = t_searchers[serial_];
  if (!searcher) {
    searcher = std::make_unique<Searcher>(databases_, analyzer_);
    return *searcher;
  }
  try {
    searcher->reopen();
  } catch (const Xapian::DatabaseError&) {
    // The database was replaced (or went away): open it afresh, which names the problem if
    // there is no database any more; a later call tries again.
    searcher.reset();
    searcher = std::make_unique<Searcher>(databases_, analyzer_);
  }
  return *searcher;
}

void ThreadSearchers::drop() { t_searchers.erase(serial_); }

}  // namespace news::web
