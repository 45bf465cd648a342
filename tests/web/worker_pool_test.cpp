// The worker pool: the most recently idle worker takes the next job, all of them work at once
// when jobs come together, and shutting down runs every job already given.
#include "web/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <set>
#include <thread>

using namespace news::web;

namespace {

// Runs `job` on the pool and waits for it.
void run_and_wait(WorkerPool& pool, std::function<void()> job) {
  std::promise<void> done;
  pool.enqueue([&] {
    job();
    done.set_value();
  });
  done.get_future().wait();
}

// Waits until every worker of `pool` waits for a job.
void wait_all_idle(WorkerPool& pool, size_t workers) {
  for (int i = 0; i < 10000 && pool.idle_workers() < workers; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ASSERT_EQ(pool.idle_workers(), workers);
}

TEST(WorkerPool, JobsComingOneAtATimeRunOnTheSameWarmWorker) {
  WorkerPool pool(4);
  std::set<std::thread::id> threads;
  for (int i = 0; i < 40; ++i) {
    wait_all_idle(pool, 4);  // the last job's worker is back: the most recently idle
    run_and_wait(pool, [&] { threads.insert(std::this_thread::get_id()); });
  }
  EXPECT_EQ(threads.size(), 1u);  // workers woken in turn would give 4
}

TEST(WorkerPool, JobsComingTogetherRunAtOnce) {
  WorkerPool pool(4);
  std::mutex mutex;
  std::condition_variable all_in;
  int inside = 0;
  std::atomic<int> met{0};
  for (int i = 0; i < 4; ++i)
    pool.enqueue([&] {
      std::unique_lock<std::mutex> lock(mutex);
      ++inside;
      all_in.notify_all();
      // Each job waits until all four are running: true only if four workers run them at once.
      if (all_in.wait_for(lock, std::chrono::seconds(10), [&] { return inside == 4; })) ++met;
    });
  pool.shutdown();
  EXPECT_EQ(met, 4);
}

TEST(WorkerPool, ShutdownRunsEveryJobAlreadyGiven) {
  std::atomic<int> ran{0};
  {
    WorkerPool pool(2);
    for (int i = 0; i < 100; ++i)
      pool.enqueue([&] {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        ++ran;
      });
  }  // the destructor shuts down
  EXPECT_EQ(ran, 100);
}

}  // namespace
