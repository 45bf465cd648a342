// Word segmentation: ICU's word break rules (dictionary-based for Han, kana, Thai, Lao, Khmer and
// Myanmar), with an extra cut wherever the script changes ("iPhone发布会", "한국abc").
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis/script.h"

namespace news {

struct Segment {
  uint32_t start = 0;  // byte offsets into the original UTF-8 text
  uint32_t end = 0;
  Script script = Script::kNone;
  bool is_word = false;  // letters, digits or ideographs; false for spaces and punctuation
};

// Every non-space segment of `text`, in order (punctuation included, as its own segment).
// Each thread uses its own ICU break iterator, cloned from a shared one (cloning is cheap).
std::vector<Segment> segment_text(std::string_view text);

}  // namespace news
