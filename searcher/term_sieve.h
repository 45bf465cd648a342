// A quick "certainly not" for looking up words among a query's few terms: most words of an
// article are not among them, and ruling those out by their length and end bytes is cheaper than
// hashing them. A term it was given is never ruled out.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace news {

class TermSieve {
 public:
  void add(std::string_view term) {
    size_t at = slot(term);
    bits_[at / 64] |= uint64_t{1} << (at % 64);
  }
  bool may_hold(std::string_view term) const {
    size_t at = slot(term);
    return bits_[at / 64] >> (at % 64) & 1;
  }

 private:
  static constexpr size_t kWords = 64;  // 4,096 slots: a query's terms fill few of them

  static size_t slot(std::string_view term) {
    if (term.empty()) return 0;
    size_t mixed = term.size() * 31 + static_cast<unsigned char>(term.front()) * 131 + static_cast<unsigned char>(term.back());
    return mixed % (64 * kWords);
  }

  uint64_t bits_[kWords] = {};
};

}  // namespace news
