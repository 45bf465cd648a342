#include "indexer/read_ahead.h"

#include <algorithm>
#include <iostream>
#include <stdexcept>

namespace news {

std::string ReadAheadBuffer::read_ahead(size_t lines, size_t max_bytes) {
  if (reading_) throw std::logic_error("read ahead after reading");
  size_t newlines = static_cast<size_t>(std::count(ahead_.begin(), ahead_.end(), '\n'));
  while (!at_end_ && newlines < lines && ahead_.size() < max_bytes) {
    std::streamsize got = source_->sgetn(chunk_, sizeof chunk_);
    if (got <= 0) {
      at_end_ = true;
      break;
    }
    newlines += static_cast<size_t>(std::count(chunk_, chunk_ + got, '\n'));
    ahead_.append(chunk_, static_cast<size_t>(got));
  }
  if (at_end_) return ahead_;
  size_t last_newline = ahead_.rfind('\n');
  return last_newline == std::string::npos ? std::string() : ahead_.substr(0, last_newline + 1);
}

ReadAheadBuffer::int_type ReadAheadBuffer::underflow() {
  if (!reading_) {
    reading_ = true;
    if (!ahead_.empty()) {
      setg(ahead_.data(), ahead_.data(), ahead_.data() + ahead_.size());
      return traits_type::to_int_type(*gptr());
    }
  }
  std::string().swap(ahead_);  // given back whole: its memory is not needed any more
  std::streamsize got = source_->sgetn(chunk_, sizeof chunk_);
  if (got <= 0) return traits_type::eof();
  setg(chunk_, chunk_, chunk_ + got);
  return traits_type::to_int_type(*gptr());
}

ReadAheadBuffer& standard_input_buffer() {
  static ReadAheadBuffer buffer(std::cin.rdbuf());
  return buffer;
}

std::istream& standard_input() {
  static std::istream in(&standard_input_buffer());
  return in;
}

}  // namespace news
