// Progress of a long indexing run: a live bar on a terminal, periodic log lines otherwise, and the
// final summary.
#pragma once
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

namespace news {

struct RunCounts {
  size_t added = 0, replaced = 0, unchanged = 0, rejected = 0, deleted = 0, warnings = 0;
  std::map<std::string, size_t> rejection_reasons;
  size_t articles() const { return added + replaced + unchanged; }
};

class Progress {
 public:
  // `total_bytes` is 0 when unknown (standard input). `quiet` prints only the summary.
  Progress(uint64_t total_bytes, bool quiet);

  void file_read(uint64_t bytes);  // of the current file so far
  void file_done(uint64_t bytes);
  void update(const RunCounts& counts);  // cheap; prints at most a few times a second
  // After each commit, with the articles committed so far in this run. Off a terminal the first
  // commit is logged at once, so that a log shows early what a crash keeps.
  void committed(size_t articles);
  void summary(const RunCounts& counts, uint64_t database_documents);
  // Writes a message on its own line (clears the bar first).
  void message(const std::string& line);

 private:
  double elapsed() const;
  void clear_bar();
  void log_line();

  uint64_t total_bytes_;
  uint64_t done_bytes_ = 0;  // of the files done
  uint64_t file_bytes_ = 0;  // of the current file
  uint64_t read_bytes() const { return done_bytes_ + file_bytes_; }
  size_t articles_ = 0, rejected_ = 0, committed_ = 0;
  bool quiet_;
  bool terminal_;
  bool bar_shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_print_;
};

}  // namespace news
