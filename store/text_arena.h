// Bytes that stay where they are while their owner moves: appended in blocks that are never
// reallocated, so views into them stay valid. A stored article's key table is read into one (a few
// thousand short strings per search) instead of three std::strings per key.
#pragma once
#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace news {

class TextArena {
 public:
  TextArena() = default;
  // Moved, the views go with the blocks; the arena moved from starts empty.
  TextArena(TextArena&& other) noexcept { *this = std::move(other); }
  TextArena& operator=(TextArena&& other) noexcept {
    blocks_ = std::move(other.blocks_);
    next_ = std::exchange(other.next_, nullptr);
    room_ = std::exchange(other.room_, 0);
    other.blocks_.clear();
    return *this;
  }

  // Room for `n` bytes, valid as long as the arena.
  char* allocate(size_t n) {
    if (n > room_) {
      size_t size = std::max(n, kBlockBytes);
      blocks_.emplace_back(new char[size]);  // not zeroed: every byte is written before it is read
      next_ = blocks_.back().get();
      room_ = size;
    }
    char* out = next_;
    next_ += n, room_ -= n;
    return out;
  }

  std::string_view copy(std::string_view s) {
    char* out = allocate(s.size());
    if (!s.empty()) std::memcpy(out, s.data(), s.size());
    return {out, s.size()};
  }

 private:
  static constexpr size_t kBlockBytes = 16 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t room_ = 0;
};

}  // namespace news
