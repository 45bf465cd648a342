#include "analysis/chinese_variants.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "analysis/utf8.h"

namespace news {
namespace {

// ICU's transliterators are slow (about 14 MB/s), so each thread keeps the answers it has already
// computed; a news corpus uses a few thousand distinct characters.
class HanVariantCache {
 public:
  explicit HanVariantCache(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU has no ") + id + " transliterator");
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
  thread_local HanVariantCache cache("Traditional-Simplified");
  return cache.lookup(c);
}

HanForm han_form(std::string_view utf8) {
  thread_local HanVariantCache traditional("Simplified-Traditional");
  bool simplified = false;
  for (size_t at = 0; at < utf8.size();) {
    char32_t c = next_code_point(utf8, at);
    if (!is_han(c)) continue;
    if (simplified_han(c) != c) return HanForm::kTraditional;
    if (traditional.lookup(c) != c) simplified = true;
  }
  return simplified ? HanForm::kSimplified : HanForm::kNeutral;
}

}  // namespace news
