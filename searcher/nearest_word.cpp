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

namespace {

// Edit distances (optimal string alignment: insertions, deletions, substitutions and swaps of
// two neighbours) from a target to the words of a sorted stream, one row of the table per code
// point of the word. Consecutive terms of the dictionary share their beginnings, whose rows are
// kept; and once every cell of a row exceeds the limit, no word with that beginning can come
// within it (a row's minimum never decreases), so the whole range of them is skipped.
class DistanceRows {
 public:
  explicit DistanceRows(std::u32string target) : target_(std::move(target)) {
    rows_.emplace_back(target_.size() + 1);
    for (size_t j = 0; j <= target_.size(); ++j) rows_[0][j] = static_cast<unsigned>(j);
  }

  // Distances for `word`, reusing the rows of the beginning it shares with the previous word.
  // Returns how many code points of `word` are a beginning no word can extend within `limit`,
  // or 0 when the whole word was measured (distance()).
  size_t feed(const std::u32string& word, unsigned limit) {
    size_t shared = 0;
    while (shared < word.size() && shared < word_.size() && shared + 1 < used_ && word[shared] == word_[shared]) ++shared;
    used_ = shared + 1;
    word_ = word;
    for (size_t i = shared + 1; i <= word.size(); ++i)
      if (add_row(i) > limit) return i;
    return 0;
  }
  unsigned distance() const { return rows_[used_ - 1].back(); }

 private:
  // Row i (the first i code points of the word); returns its smallest cell.
  unsigned add_row(size_t i) {
    const size_t m = target_.size();
    if (rows_.size() <= i) rows_.emplace_back(m + 1);  // rows are reused from word to word
    std::vector<unsigned>& row = rows_[i];
    const std::vector<unsigned>& previous = rows_[i - 1];
    row[0] = static_cast<unsigned>(i);
    unsigned best = row[0];
    for (size_t j = 1; j <= m; ++j) {
      unsigned cost = word_[i - 1] == target_[j - 1] ? 0 : 1;
      unsigned d = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && word_[i - 1] == target_[j - 2] && word_[i - 2] == target_[j - 1]) d = std::min(d, rows_[i - 2][j - 2] + 1);
      row[j] = d;
      best = std::min(best, d);
    }
    used_ = i + 1;
    return best;
  }

  std::u32string target_, word_;
  std::vector<std::vector<unsigned>> rows_;  // rows_[i]: after the first i code points of word_
  size_t used_ = 1;                          // rows of word_ measured
};

// The first term after every term that begins with `prefix`, or empty when there is none.
std::string after_all_beginning_with(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xFF) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
  return prefix;
}

}  // namespace

unsigned edit_distance(const std::u32string& a, const std::u32string& b, unsigned max_edits) {
  DistanceRows rows(a);
  if (rows.feed(b, max_edits)) return max_edits + 1;
  return std::min(rows.distance(), max_edits + 1);
}

std::string nearest_indexed_word(const Xapian::Database& db, const std::string& word, unsigned max_edits) {
  if (word.empty()) return {};
  std::vector<uint32_t> starts = char_starts(word);
  std::string first(word, 0, starts.size() > 1 ? starts[1] : word.size());
  DistanceRows rows(code_points(word));
  std::string best;
  unsigned best_edits = max_edits + 1;
  Xapian::doccount best_frequency = 0;
  // Field and filter terms start with a capital, analyzer words never do: a lower-case or
  // non-ASCII first character keeps the scan to words.
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first);) {
    const std::string term = *it;
    std::u32string candidate = code_points(term);
    if (size_t dead = rows.feed(candidate, std::min(max_edits, best_edits))) {
      std::vector<uint32_t> term_starts = char_starts(term);
      std::string next = after_all_beginning_with(term.substr(0, dead < term_starts.size() ? term_starts[dead] : term.size()));
      if (next.empty()) break;
      it.skip_to(next);
      continue;
    }
    unsigned edits = rows.distance();
    if (edits <= max_edits && term != word && is_spelling_word(term)) {
      Xapian::doccount frequency = it.get_termfreq();
      if (edits < best_edits || (edits == best_edits && frequency > best_frequency)) {
        best = term;
        best_edits = edits;
        best_frequency = frequency;
      }
    }
    ++it;
  }
  return best;
}

}  // namespace news
