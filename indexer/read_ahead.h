// A stream that can be read ahead and then read whole: standard input cannot be read twice, and a
// new database's length sample (length_sample.h) reads the first articles of it before the
// indexer does.
#pragma once
#include <functional>
#include <istream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>

namespace news {

class ReadAheadBuffer : public std::streambuf {
 public:
  // Reads what the source has ready, at most `size` bytes; 0 at its end. (Not a stream's read,
  // which waits for `size` bytes: articles arriving one by one are indexed as they come.)
  using ReadSome = std::function<std::streamsize(char* buffer, std::streamsize size)>;

  explicit ReadAheadBuffer(ReadSome read_some) : read_some_(std::move(read_some)) {}

  // Reads from the source until the text held has `lines` complete lines, `max_bytes` or the end,
  // and returns those lines (the last one may end without a newline at the end of the input),
  // valid until the buffer is read. Reading the buffer then gives all it read ahead back first.
  // Only before the buffer is read.
  std::string_view read_ahead(size_t lines, size_t max_bytes);

 protected:
  int_type underflow() override;

 private:
  ReadSome read_some_;
  std::string ahead_;  // read ahead, given back first
  bool at_end_ = false;
  bool reading_ = false;  // the buffer has been read from: nothing more can be read ahead
  char chunk_[1 << 16];
};

// Standard input as the readers read it (file descriptor 0, what is ready as it comes), with what
// was read ahead of it given back first. A signal that interrupts a read (Ctrl-C) ends the input.
ReadAheadBuffer& standard_input_buffer();
std::istream& standard_input();

}  // namespace news
