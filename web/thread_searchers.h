// One news::Searcher per worker thread: Xapian database handles must not be shared between
// threads, and opening them per request would cost more than the search itself.
#pragma once
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/searcher.h"

namespace news::web {

class ThreadSearchers {
 public:
  // `analyzer` is shared by all threads (it is const and thread-safe) and must outlive them.
  ThreadSearchers(std::vector<std::string> databases, const Analyzer& analyzer);

  // The calling thread's searcher, opened on first use and reopened to the latest commit, so
  // that articles indexed while the server runs are found at once. Throws DatabaseError when
  // the databases cannot be opened (the next call tries again).
  //
  // `generation`, when given, gets a number that names what the searcher sees (it grows
  // whenever a thread's reopen finds a new commit), or nothing when the searcher was opened
  // just now: its view is the newest, but nothing tells whether the other threads have seen it.
  Searcher& get(std::optional<uint64_t>* generation = nullptr);

  // Runs fn(searcher), or fn(searcher, generation) (see get()), on this thread's searcher; when
  // the database changed under it (Xapian::DatabaseModifiedError) it reopens and runs fn once more.
  template <class Fn>
  auto with(Fn&& fn);

  // Forgets this thread's searcher (after an error that may have left it unusable).
  void drop();

  const Analyzer& analyzer() const { return analyzer_; }

 private:
  std::vector<std::string> databases_;
  const Analyzer& analyzer_;
  uint64_t serial_;  // tells this instance's thread-local searchers from another's
  std::atomic<uint64_t> generation_{0};
  static std::atomic<uint64_t> next_serial_;
};

template <class Fn>
auto ThreadSearchers::with(Fn&& fn) {
  auto once = [&] {
    if constexpr (std::is_invocable_v<Fn&, Searcher&, std::optional<uint64_t>>) {
      std::optional<uint64_t> generation;
      Searcher& searcher = get(&generation);
      return fn(searcher, generation);
    } else {
      return fn(get());
    }
  };
  try {
    return once();
  } catch (const Xapian::DatabaseModifiedError&) {
    return once();  // get() reopened the database
  }
}

}  // namespace news::web
