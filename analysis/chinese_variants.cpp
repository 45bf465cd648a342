#include "analysis/chinese_variants.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace news {
namespace {

// ICU's Traditional-Simplified transliterator is slow (about 14 MB/s), so each thread keeps the
// answers it has already computed; a news corpus uses a few thousand distinct characters.
class SimplifiedCache {
 public:
  SimplifiedCache() {
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no Traditional-Simplified transliterator");
  }

  char32_t lookup(char32_t c) {
    auto it = cache_.find(c);
    if (it != cache_.end()) return it->second;
    icu::UnicodeString s(static_cast<UChar32>(c));
    transliterator_->transliterate(s);
    char32_t folded = (s.countChar32() == 1) ? static_cast<char32_t>(s.char32At(0)) : c;
    cache_.emplace(c, folded);
    return folded;
  }

 private:
  std::unique_ptr<icu::Transliterator> transliterator_;
  std::unordered_map<char32_t, char32_t> cache_;
};

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

}  // namespace

char32_t simplified_han(char32_t c) {
  if (!is_han(c)) return c;
  thread_local SimplifiedCache cache;
  return cache.lookup(c);
}

}  // namespace news
