#include "store/spelling.h"

#include <unicode/utf8.h>

#include "analysis/script.h"

namespace news {

bool is_spelling_word(std::string_view word) {
  bool letter = false;
  for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) return false;
    Script s = script_of(static_cast<char32_t>(c));
    if (is_backstop_script(s)) return false;
    if (s != Script::kNone) letter = true;
  }
  return letter;
}

void add_spelling_of(Xapian::WritableDatabase& db, const Xapian::Document& doc) {
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string& term = *it;
    // Analyzer words are indexed unprefixed and case-folded; every prefix starts with a capital.
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
    if (is_spelling_word(term)) db.add_spelling(term, it.get_wdf());
  }
}

}  // namespace news
