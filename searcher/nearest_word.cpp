#include "searcher/nearest_word.h"

#include <algorithm>
#include <vector>

#include "analysis/script.h"
#include "analysis/utf8.h"

namespace news {

bool is_spelling_word(std::string_view word) {
  if (!is_valid_utf8(word)) return false;
  bool letter = false;
  for (char32_t c : code_points(word)) {
    Script s = script_of(c);
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
  std::vector<uint32_t> starts = char_starts(word);
  std::string first(word, 0, starts.size() > 1 ? starts[1] : word.size());
  std::u32string target = code_points(word), candidate;
  std::string best;
  unsigned best_edits = max_edits + 1;
  Xapian::doccount best_frequency = 0;
  // Field and filter terms start with a capital, analyzer words never do: a lower-case or
  // non-ASCII first character keeps the scan to words.
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string& term = *it;
    size_t chars = char_count(term);
    if ((chars > target.size() ? chars - target.size() : target.size() - chars) > max_edits || term == word) continue;
    candidate = code_points(term);
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
