#include "indexer/index_writer.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <thread>

#include "store/shards.h"

namespace news {
namespace {

// Articles waiting per shard: enough to keep its thread busy, few enough to bound memory.
constexpr size_t kQueueLimit = 256;
// A full queue wakes the reader again only once this few are left, so that it refills the queue
// in one go: waking it for every article taken cost a futex call and a context switch an article
// (4% of the indexer's time on the development corpus).
constexpr size_t kRefillAt = kQueueLimit / 2;

WriteLayout layout_of(const WriterOptions& options) {
  try {
    remove_unlisted_databases(options.path);
    unsigned parts = options.parts ? options.parts : std::max(1u, std::thread::hardware_concurrency());
    return layout_for_writing(options.path, options.shards, parts);
  } catch (const std::exception& e) {
    throw DatabaseOpenError(e.what());
  }
}

}  // namespace

struct IndexWriter::Worker {
  std::unique_ptr<ShardWriter> shard;
  std::mutex mutex;
  std::condition_variable has_work;  // for the thread: an article queued, or `stopping`
  std::condition_variable has_room;  // for the caller: room in the queue, idle, or an error
  std::deque<Article> queue;
  bool busy = false;
  bool stopping = false;
  std::exception_ptr error;          // what stopped this shard; rethrown on the caller's thread
  std::atomic<size_t> committed{0};  // the shard's committed articles
  std::thread thread;
};

IndexWriter::IndexWriter(const WriterOptions& options, const Analyzer& analyzer)
    : path_(options.path), lock_(options.path), layout_(layout_of(options)),
      batch_size_(options.batch_size ? options.batch_size : 1), defaults_(options.defaults) {
  try {
    for (const std::string& database : layout_.databases) {
      workers_.push_back(std::make_unique<Worker>());
      workers_.back()->shard = std::make_unique<ShardWriter>(database, analyzer, layout_.parts);
    }
  } catch (const DatabaseLockedError&) {
    throw DatabaseLockedError(path_ + ": database is locked (another indexer is writing to it)");  // the user's name for it
  }
  try {
    choose_length_norm(options);
  } catch (const DatabaseOpenError& e) {
    throw DatabaseOpenError(path_ + ": " + e.what());
  }
  for (auto& w : workers_) w->thread = std::thread([this, &w = *w] { work(w); });
}

IndexWriter::~IndexWriter() { stop_workers(); }

void IndexWriter::choose_length_norm(const WriterOptions& options) {
  std::optional<LengthNorm> norm;
  bool has_articles = false;
  for (auto& w : workers_) {
    if (!norm) norm = w->shard->stored_length_norm();
    has_articles = has_articles || w->shard->doc_count() > 0;
  }
  if (!norm && !has_articles) {
    LengthNorm fresh = LengthNorm::from_environment(options.new_pivot ? options.new_pivot() : kDefaultLengthPivot);
    norm = LengthNorm::decode(fresh.encode());  // as later runs will read it
  }
  for (auto& w : workers_) w->shard->use_length_norm(norm);
}

void IndexWriter::stop_workers() {
  for (auto& w : workers_) {
    {
      std::lock_guard<std::mutex> lock(w->mutex);
      w->stopping = true;
    }
    w->has_work.notify_all();
  }
  for (auto& w : workers_) w->thread.join();
  workers_.clear();  // closes the databases
}

void IndexWriter::finish() {
  commit();
  if (!has_parts()) return;
  stop_workers();
  try {
    merged_count_ = Xapian::Database(merge_parts(path_)).get_doccount();
  } catch (const Xapian::Error& e) {
    throw std::runtime_error(path_ + ": cannot merge the parts: " + e.get_description());
  }
}

void IndexWriter::work(Worker& w) {
  Article article;
  while (take(w, article)) finish_job(w, write_one(w, article));
}

bool IndexWriter::take(Worker& w, Article& article) {
  bool refill = false;
  {
    std::unique_lock<std::mutex> lock(w.mutex);
    w.has_work.wait(lock, [&] { return w.stopping || !w.queue.empty(); });
    if (w.queue.empty()) return false;
    article = std::move(w.queue.front());
    w.queue.pop_front();
    w.busy = true;
    refill = w.queue.size() == kRefillAt;
  }
  if (refill) w.has_room.notify_all();
  return true;
}

std::exception_ptr IndexWriter::write_one(Worker& w, Article& article) {
  try {
    prepare_article(article, defaults_);
    WriteResult result = w.shard->write(article);
    if (w.shard->pending() >= batch_size_) {
      w.shard->commit();
      w.committed = w.shard->committed();
    }
    std::lock_guard<std::mutex> lock(results_mutex_);
    results_.push_back(std::move(result));
  } catch (...) {
    return std::current_exception();
  }
  return nullptr;
}

void IndexWriter::finish_job(Worker& w, std::exception_ptr error) {
  bool idle = false;
  {
    std::lock_guard<std::mutex> lock(w.mutex);
    w.busy = false;
    if (error) {
      w.error = error;
      w.queue.clear();  // a shard that failed (disk full, corruption) writes nothing more
    }
    idle = w.queue.empty();
  }
  if (idle) w.has_room.notify_all();
}

void IndexWriter::write(Article article) {
  Worker& w = *workers_[shard_of(article.id, shard_count())];
  bool first = false;
  {
    std::unique_lock<std::mutex> lock(w.mutex);
    w.has_room.wait(lock, [&] { return w.queue.size() < kQueueLimit || w.error; });
    if (!w.error) w.queue.push_back(std::move(article));
    first = w.queue.size() == 1;  // the thread waits only for an empty queue
  }
  if (first) w.has_work.notify_one();
  report();
}

void IndexWriter::wait_until_idle(Worker& w) {
  std::unique_lock<std::mutex> lock(w.mutex);
  w.has_room.wait(lock, [&] { return (w.queue.empty() && !w.busy) || w.error; });
}

void IndexWriter::wait_until_written() {
  for (auto& w : workers_) wait_until_idle(*w);
  report();
}

void IndexWriter::commit() {
  wait_until_written();  // rethrows a shard's error before anything more is committed
  // The threads are idle and wait for the queue, which only this thread fills.
  for (auto& w : workers_) {
    w->shard->commit();
    w->committed = w->shard->committed();
  }
  report();
}

size_t IndexWriter::delete_missing(const std::string& directory, const std::unordered_set<std::string>& keep) {
  size_t deleted = 0;
  for (auto& w : workers_) {
    wait_until_idle(*w);
    deleted += w->shard->delete_missing(directory, keep);
  }
  if (deleted) commit();
  return deleted;
}

Xapian::doccount IndexWriter::doc_count() const {
  Xapian::doccount total = merged_count_;
  for (const auto& w : workers_) total += w->shard->doc_count();
  return total;
}

void IndexWriter::report() {
  std::vector<WriteResult> done;
  {
    std::lock_guard<std::mutex> lock(results_mutex_);
    done.swap(results_);
  }
  if (on_result_)
    for (const WriteResult& r : done) on_result_(r);
  size_t committed = 0;
  for (auto& w : workers_) {
    std::lock_guard<std::mutex> lock(w->mutex);
    if (w->error) std::rethrow_exception(w->error);
    committed += w->committed;
  }
  if (committed != reported_committed_) {
    reported_committed_ = committed;
    if (on_commit_) on_commit_(committed);
  }
}

}  // namespace news
