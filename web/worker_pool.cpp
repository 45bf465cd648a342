#include "web/worker_pool.h"

#include <algorithm>

namespace news::web {

WorkerPool::WorkerPool(size_t threads) {
  for (size_t i = 0; i < std::max<size_t>(threads, 1); ++i) workers_.push_back(std::make_unique<Worker>());
  for (auto& worker : workers_) threads_.emplace_back([this, w = worker.get()] { work(*w); });
}

WorkerPool::~WorkerPool() { shutdown(); }

void WorkerPool::enqueue(std::function<void()> job) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (idle_.empty()) {
    waiting_.push_back(std::move(job));
    return;
  }
  Worker* worker = idle_.back();
  idle_.pop_back();
  worker->job = std::move(job);
  lock.unlock();
  worker->wake.notify_one();
}

size_t WorkerPool::idle_workers() {
  std::lock_guard<std::mutex> lock(mutex_);
  return idle_.size();
}

void WorkerPool::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    for (Worker* worker : idle_) worker->wake.notify_one();
  }
  for (std::thread& thread : threads_) thread.join();
}

void WorkerPool::work(Worker& self) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    std::function<void()> job;
    if (!waiting_.empty()) {
      job = std::move(waiting_.front());
      waiting_.pop_front();
    } else if (stopping_) {
      return;
    } else {
      idle_.push_back(&self);
      self.wake.wait(lock, [&] { return self.job || stopping_; });
      if (!self.job) {  // stopping: no longer idle, and nothing was handed to it
        idle_.erase(std::find(idle_.begin(), idle_.end(), &self));
        continue;
      }
      job = std::move(self.job);
      self.job = nullptr;
    }
    lock.unlock();
    job();
    lock.lock();
  }
}

}  // namespace news::web
