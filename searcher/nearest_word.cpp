#include "searcher/nearest_word.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

#include "analysis/script.h"

namespace news {
namespace {

void code_points(std::string_view s, std::u32string& out) {
  out.clear();
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
}

size_t char_count(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // every byte but UTF-8 continuation bytes
  return n;
}

}  // namespace

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

unsigned edit_distance(const std::u32string& a, const std::u32string& b, unsigned max_edits) {
  const unsigned beyond = max_edits + 1;
  size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > max_edits) return beyond;
  // Three rows of the optimal-string-alignment table: the one before the previous is for swaps.
  thread_local std::vector<unsigned> before, previous, current;
  before.assign(m + 1, 0);
  previous.resize(m + 1);
  current.resize(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<unsigned>(j);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<unsigned>(i);
    unsigned row_best = current[0];
    for (size_t j = 1; j <= m; ++j) {
      unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
      unsigned d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, before[j - 2] + 1);
      current[j] = d;
      row_best = std::min(row_best, d);
    }
    if (row_best > max_edits) return beyond;  // every path through this row is already too long
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], beyond);
}

std::string nearest_indexed_word(const Xapian::Database& db, const std::string& word, unsigned max_edits) {
  if (word.empty()) return {};
  int32_t first_length = 0;
  U8_FWD_1(word.data(), first_length, static_cast<int32_t>(word.size()));
  std::string first(word, 0, static_cast<size_t>(first_length));
  std::u32string target, candidate;
  code_points(word, target);
  std::string best;
  unsigned best_edits = max_edits + 1;
  Xapian::doccount best_frequency = 0;
  // Field and filter terms start with a capital, analyzer words never do: a lower-case or
  // non-ASCII first character keeps the scan to words.
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string& term = *it;
    size_t chars = char_count(term);
    if ((chars > target.size() ? chars - target.size() : target.size() - chars) > max_edits || term == word) continue;
    code_points(term, candidate);
    unsigned edits = edit_distance(target, candidate, std::min(max_edits, best_edits));
    if (edits > max_edits || !is_spelling_word(term)) continue;
    Xapian::doccount frequency = it.get_termfreq();
    if (edits < best_edits || (edits == best_edits && frequency > best_frequency)) {
      best = term;
      best_edits = edits;
      best_frequency = frequency;
    }
  }
  return best;
}

}  // namespace news
