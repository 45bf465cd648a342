// A word of a text as the analyzer segments and normalizes it.
#pragma once
#include <cstdint>
#include <string>

#include "analysis/script.h"

namespace news {

struct Word {
  uint32_t start = 0;  // byte offsets into the original text
  uint32_t end = 0;
  Script script = Script::kNone;
  bool is_word = false;  // false for punctuation
  std::string form;      // normalized: what is indexed as the plain word term
};

}  // namespace news
