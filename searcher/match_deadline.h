// A time limit on the match that needs no timer thread: a MatchDecider that accepts documents
// until the deadline and none after, so the match ends with the best documents found in time.
//
// Xapian's own Enquire::set_time_limit signals through a SIGEV_THREAD timer whose thread writes a
// flag on the matcher's stack; timer_delete does not wait for a notification already under way,
// so a match that ends as the timer fires can have a byte of a later stack frame overwritten. In
// a loaded server that crashed newsweb.
#pragma once
#include <xapian.h>

#include <chrono>
#include <cstdint>

namespace news {

class MatchDeadline : public Xapian::MatchDecider {
 public:
  explicit MatchDeadline(double seconds)
      : deadline_(std::chrono::steady_clock::now() +
                  std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds))) {}

  bool operator()(const Xapian::Document&) const override {
    // Reading the clock costs more than the rest: look at it every 64 documents.
    if (!expired_ && (++seen_ & 63) == 0 && std::chrono::steady_clock::now() >= deadline_) expired_ = true;
    return !expired_;
  }

  bool expired() const { return expired_; }

 private:
  std::chrono::steady_clock::time_point deadline_;
  mutable uint64_t seen_ = 0;
  mutable bool expired_ = false;
};

}  // namespace news
