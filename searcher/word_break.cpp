#include "searcher/word_break.h"

#include <limits>

#include "analysis/utf8.h"

namespace news {
namespace {

// A part is at least two characters (one letter of most scripts is an indexed word somewhere,
// and cutting them off finds what was not meant) and at most 24.
constexpr size_t kMinPartChars = 2;
constexpr size_t kMaxPartChars = 24;
constexpr size_t kMaxWordChars = 64;
// Neighbouring words of a cut must follow each other in this many articles: in one, the pair may be
// an accident of its text (MED's "ossi- fication", hyphenated at a line's end, cut the query word
// "ossification" into two and cost that query its first relevant abstract).
constexpr Xapian::doccount kArticlesWritingApart = 2;

// The best cut of the word's first characters found so far.
struct Cut {
  static constexpr size_t kUnreached = std::numeric_limits<size_t>::max();
  size_t parts = kUnreached;    // how many words; kUnreached: no cut reaches here
  Xapian::doccount rarest = 0;  // documents of its rarest word
  size_t from = 0;              // where its last word starts (characters)
  bool reached() const { return parts != kUnreached; }
  bool better_than(const Cut& other) const {
    return parts < other.parts || (parts == other.parts && rarest > other.rarest);
  }
};

// Whether kArticlesWritingApart articles hold `first` followed by `second`: the cut's words are
// written apart there.
bool written_in_sequence(const Xapian::Database& db, const std::string& first, const std::string& second) {
  Xapian::Enquire enquire(db);
  const Xapian::Query pair[] = {Xapian::Query(first), Xapian::Query(second)};
  enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, std::begin(pair), std::end(pair), 2));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, kArticlesWritingApart).size() >= kArticlesWritingApart;
}

}  // namespace

std::vector<std::string> indexed_words_written_together(const Xapian::Database& db, const std::string& word) {
  std::vector<uint32_t> starts = char_starts(word);
  const size_t n = starts.size();
  if (n < 2 * kMinPartChars || n > kMaxWordChars) return {};
  starts.push_back(static_cast<uint32_t>(word.size()));
  auto part = [&](size_t from, size_t to) { return word.substr(starts[from], starts[to] - starts[from]); };
  // cuts[i]: the best cut of the first i characters into indexed words (dynamic programming).
  std::vector<Cut> cuts(n + 1);
  cuts[0].parts = 0;
  cuts[0].rarest = std::numeric_limits<Xapian::doccount>::max();
  for (size_t from = 0; from < n; ++from) {
    if (!cuts[from].reached()) continue;
    for (size_t to = from + kMinPartChars; to <= n && to - from <= kMaxPartChars; ++to) {
      if (from == 0 && to == n) continue;  // the word itself
      Xapian::doccount documents = db.get_termfreq(part(from, to));
      if (documents == 0) continue;
      Cut candidate{cuts[from].parts + 1, std::min(cuts[from].rarest, documents), from};
      if (candidate.better_than(cuts[to])) cuts[to] = candidate;
    }
  }
  if (!cuts[n].reached()) return {};
  std::vector<std::string> words(cuts[n].parts);
  for (size_t to = n, i = words.size(); i-- > 0; to = cuts[to].from) words[i] = part(cuts[to].from, to);
  for (size_t i = 0; i + 1 < words.size(); ++i)
    if (!written_in_sequence(db, words[i], words[i + 1])) return {};
  return words;
}

}  // namespace news
