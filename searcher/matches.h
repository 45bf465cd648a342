// Finding what to mark: the words of a stored title or body (store/stored_article.h) whose terms
// are among the query's, and the query's CJK/Thai strings inside runs, as byte ranges of the
// original text. Nothing is analyzed: the terms are those indexing stored.
#pragma once
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "searcher/highlight_terms.h"
#include "searcher/term_sieve.h"
#include "store/stored_article.h"

namespace news {

struct Match {
  uint32_t start = 0, end = 0;  // bytes of the text
  uint32_t key = 0;             // which query form it matched, to count distinct ones (0, 1, ...)
};

// Made once per query, used for every text shown.
class MatchFinder {
 public:
  explicit MatchFinder(const HighlightTerms& terms);

  // Sorted, not overlapping: overlapping and touching matches are merged (a word inside a CJK
  // string match, two adjacent CJK words), so that each marked stretch is one mark. Only words
  // that begin before `scan_limit` are looked at.
  std::vector<Match> find(std::string_view text, const std::vector<StoredWord>& words, const std::vector<StoredKey>& keys,
                          size_t scan_limit = static_cast<size_t>(-1)) const;

 private:
  struct Run;
  void match_run(std::string_view text, const std::vector<StoredWord>& words, const std::vector<StoredKey>& keys,
                 size_t first, size_t last, Run& run, std::vector<Match>& out) const;

  struct KeyMatch;
  KeyMatch match_key(const StoredKey& key) const;
  // Whether `term` is in `set`, most terms being ruled out before they are hashed.
  bool searched(std::string_view term, const std::unordered_set<std::string>& set) const {
    return sieve_.may_hold(term) && set.count(std::string(term));
  }

  const HighlightTerms& terms_;
  TermSieve sieve_;
  // terms_.strings as code points, sorted by their first, so that a run's character is compared
  // with the strings that begin with it only (a Thai headline asks for dozens of strings).
  struct Needle {
    std::u32string chars;
    uint32_t string = 0;  // its index in terms_.strings
  };
  std::vector<Needle> needles_;
  std::bitset<4096> firsts_;  // bit c % 4096 set for the first code point c of each string
};

}  // namespace news
