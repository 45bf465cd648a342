// Reading and writing the compact binary records of the stored article: variable-length
// integers (7 bits a byte, low first) and length-prefixed byte strings.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace news {

// Thrown for a record that ends early or holds impossible lengths.
struct CorruptRecord : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline void put_varint(std::string& out, uint64_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

inline void put_bytes(std::string& out, std::string_view bytes) {
  put_varint(out, bytes.size());
  out.append(bytes);
}

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}

  uint64_t varint() {
    uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      if (at_ >= data_.size()) throw CorruptRecord("record ends inside a number");
      auto byte = static_cast<unsigned char>(data_[at_++]);
      value |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) return value;
    }
    throw CorruptRecord("number too long");
  }

  std::string_view bytes() { return take(varint()); }

  std::string_view take(uint64_t n) {
    if (n > data_.size() - at_) throw CorruptRecord("record ends inside a field");
    std::string_view out = data_.substr(at_, n);
    at_ += n;
    return out;
  }

  uint8_t byte() { return static_cast<uint8_t>(take(1)[0]); }
  std::string_view rest() const { return data_.substr(at_); }

 private:
  std::string_view data_;
  size_t at_ = 0;
};

}  // namespace news
