// A stream that can be read ahead and then read whole: standard input cannot be read twice, and a
// new database's length sample (length_sample.h) reads the first articles of it before the
// indexer does.
#pragma once
#include <istream>
#include <streambuf>
#include <string>

namespace news {

class ReadAheadBuffer : public std::streambuf {
 public:
  explicit ReadAheadBuffer(std::streambuf* source) : source_(source) {}

  // Reads from the source until the text held has `lines` complete lines, `max_bytes` or the end,
  // and returns its complete lines (the last one without a newline at the end of the input).
  // Reading this buffer then gives that text back first. Only before the buffer is read.
  std::string read_ahead(size_t lines, size_t max_bytes);

 protected:
  int_type underflow() override;

 private:
  std::streambuf* source_;
  std::string ahead_;  // read ahead, given back first
  bool at_end_ = false;
  bool reading_ = false;  // the buffer has been read from: nothing more can be read ahead
  char chunk_[1 << 16];
};

// Standard input as the readers read it, with what was read ahead of it given back first.
ReadAheadBuffer& standard_input_buffer();
std::istream& standard_input();

}  // namespace news
