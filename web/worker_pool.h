// The worker threads that answer requests. The most recently idle worker takes the next job:
// under light load one warm thread (its searcher's database handles and caches, its core) answers
// request after request, where httplib's pool woke its workers in turn (at one connection, 4-7%
// more requests per second).
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace news::web {

class WorkerPool {
 public:
  explicit WorkerPool(size_t threads);
  ~WorkerPool();  // shutdown()
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs `job` on a worker: the most recently idle one, or the first to finish when all are busy.
  // A job must not throw (it would end the process); the connection loop's jobs catch everything.
  void enqueue(std::function<void()> job);

  // How many workers wait for a job.
  size_t idle_workers();

  // Runs the jobs already given, then stops the workers.
  void shutdown();

 private:
  struct Worker {
    std::condition_variable wake;
    std::function<void()> job;  // handed to it while it was idle
  };
  void work(Worker& self);

  std::mutex mutex_;
  std::deque<std::function<void()>> waiting_;  // jobs given while every worker was busy
  std::vector<Worker*> idle_;                  // the most recently idle last
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
  bool stopping_ = false;
};

}  // namespace news::web
