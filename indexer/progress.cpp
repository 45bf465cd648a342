#include "indexer/progress.h"

#include <unistd.h>

#include <algorithm>

namespace news {
namespace {
constexpr double kTerminalInterval = 0.2;  // seconds between bar redraws
constexpr double kLogInterval = 10.0;      // seconds between log lines when not on a terminal
}  // namespace

Progress::Progress(uint64_t total_bytes, bool quiet)
    : total_bytes_(total_bytes), quiet_(quiet), terminal_(isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()), last_print_(start_) {}

double Progress::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::file_read(uint64_t bytes) { file_bytes_ = bytes; }

void Progress::file_done(uint64_t bytes) {
  done_bytes_ += bytes;
  file_bytes_ = 0;
}

void Progress::clear_bar() {
  if (bar_shown_) std::fprintf(stderr, "\r\033[K");
  bar_shown_ = false;
}

void Progress::message(const std::string& line) {
  clear_bar();
  std::fprintf(stderr, "%s\n", line.c_str());
}

void Progress::update(const RunCounts& counts) {
  articles_ = counts.articles();
  rejected_ = counts.rejected;
  if (quiet_) return;
  auto now = std::chrono::steady_clock::now();
  double since = std::chrono::duration<double>(now - last_print_).count();
  if (since < (terminal_ ? kTerminalInterval : kLogInterval)) return;
  last_print_ = now;
  if (!terminal_) {
    log_line();
    return;
  }
  double seconds = elapsed();
  double rate = articles_ / seconds;
  double mb_rate = read_bytes() / 1e6 / seconds;
  std::string bar;
  std::string eta = "?";
  if (total_bytes_) {
    double fraction = std::min(1.0, static_cast<double>(read_bytes()) / total_bytes_);
    int filled = static_cast<int>(fraction * 30);
    bar = "[" + std::string(filled, '#') + std::string(30 - filled, '.') + "] " + std::to_string(int(fraction * 100)) + "% ";
    if (mb_rate > 0) eta = std::to_string(static_cast<int>((total_bytes_ - std::min(total_bytes_, read_bytes())) / 1e6 / mb_rate)) + "s";
  }
  std::fprintf(stderr, "\r\033[K%s%zu articles, %.0f/s, %.1f MB/s, ETA %s", bar.c_str(), articles_, rate,
               mb_rate, eta.c_str());
  bar_shown_ = true;
}

void Progress::committed(size_t articles) {
  bool first = committed_ == 0 && articles > 0;
  committed_ = articles;
  // Off a terminal the first commit is logged at once, so that a log shows early what a crash keeps.
  if (first && !terminal_ && !quiet_) {
    last_print_ = std::chrono::steady_clock::now();
    log_line();
  }
}

void Progress::log_line() {
  double seconds = elapsed();
  std::fprintf(stderr, "indexed %zu articles, %zu committed, %zu rejected, %.0f articles/s, %.1f MB/s\n", articles_,
               committed_, rejected_, seconds > 0 ? articles_ / seconds : 0.0,
               seconds > 0 ? read_bytes() / 1e6 / seconds : 0.0);
}

void Progress::summary(const RunCounts& counts, uint64_t database_documents) {
  clear_bar();
  double seconds = elapsed();
  std::fprintf(stderr,
               "added %zu, replaced %zu, unchanged %zu, deleted %zu, rejected %zu in %.2f s "
               "(%.0f articles/s, %.1f MB/s); database holds %llu articles\n",
               counts.added, counts.replaced, counts.unchanged, counts.deleted, counts.rejected, seconds,
               seconds > 0 ? counts.articles() / seconds : 0.0, seconds > 0 ? read_bytes() / 1e6 / seconds : 0.0,
               static_cast<unsigned long long>(database_documents));
  for (const auto& [reason, n] : counts.rejection_reasons) std::fprintf(stderr, "  rejected %zu: %s\n", n, reason.c_str());
}

}  // namespace news
