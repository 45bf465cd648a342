#include "indexer/read_ahead.h"

#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace news {

std::string_view ReadAheadBuffer::read_ahead(size_t lines, size_t max_bytes) {
  if (reading_) throw std::logic_error("read ahead after reading");
  size_t newlines = static_cast<size_t>(std::count(ahead_.begin(), ahead_.end(), '\n'));
  while (!at_end_ && newlines < lines && ahead_.size() < max_bytes) {
    std::streamsize got = read_some_(chunk_, sizeof chunk_);
    if (got <= 0) {
      at_end_ = true;
      break;
    }
    newlines += static_cast<size_t>(std::count(chunk_, chunk_ + got, '\n'));
    ahead_.append(chunk_, static_cast<size_t>(got));
  }
  // The text up to the `lines`-th newline, or all of it at the end of the input.
  size_t end = 0, found = 0;
  for (size_t at = ahead_.find('\n'); at != std::string::npos && found < lines; at = ahead_.find('\n', at + 1)) {
    end = at + 1;
    ++found;
  }
  if (at_end_ && found < lines) end = ahead_.size();
  return std::string_view(ahead_).substr(0, end);
}

ReadAheadBuffer::int_type ReadAheadBuffer::underflow() {
  if (!reading_) {
    reading_ = true;
    if (!ahead_.empty()) {
      setg(ahead_.data(), ahead_.data(), ahead_.data() + ahead_.size());
      return traits_type::to_int_type(*gptr());
    }
  }
  setg(chunk_, chunk_, chunk_);
  std::string().swap(ahead_);  // given back whole: its memory is not needed any more
  if (at_end_) return traits_type::eof();
  std::streamsize got = read_some_(chunk_, sizeof chunk_);
  if (got <= 0) {
    at_end_ = true;
    return traits_type::eof();
  }
  setg(chunk_, chunk_, chunk_ + got);
  return traits_type::to_int_type(*gptr());
}

ReadAheadBuffer& standard_input_buffer() {
  static ReadAheadBuffer buffer([](char* to, std::streamsize size) -> std::streamsize {
    ssize_t got = ::read(STDIN_FILENO, to, static_cast<size_t>(size));
    return got < 0 ? 0 : got;  // interrupted (the run stops) or unreadable: the end
  });
  return buffer;
}

std::istream& standard_input() {
  static std::istream in(&standard_input_buffer());
  return in;
}

}  // namespace news
