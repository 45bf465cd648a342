// Articles of the development corpus written without spaces (Chinese, Japanese, and for the
// benchmark Korean and Thai), strings sampled from them, and which articles contain each string:
// the ground truth for "search finds every article that holds the word"
// (tests/corpus_recall_test.cpp, benchmarks/backstop_recall.cpp).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"
#include "store/article.h"

namespace news::sample {

// `text` after NFKC, case folding and traditional->simplified Han, computed with ICU directly
// rather than by the analyzer's normalizer, so that a broken normalizer cannot move the ground
// truth along with the index.
std::string reference_form(std::string_view text);

// $NEWS_CORPUS, else `default_dir`; empty when neither holds `dev/`.
std::string find_corpus(const std::string& default_dir);

// Groups: "zh-Hans", "zh-Hant", "ja", "ko", "th". Every group has its 123 NTREX-128 articles;
// these caps add the first articles of the larger collections.
struct Limits {
  size_t xinwenlianbo = 1500;          // zh-Hans
  size_t livedoor_per_category = 100;  // ja, nine categories
  size_t kowikinews = 300;             // ko
};

struct CorpusArticle {
  Article article;
  std::string group;
  std::string title_form, body_form;  // reference_form of each
};

// The articles of `groups`, in file order. An article whose title and body repeat an earlier
// one's is left out: search collapses such duplicates into one result.
std::vector<CorpusArticle> load_articles(const std::string& corpus, const std::vector<std::string>& groups,
                                         const Limits& limits = {});

struct SampledString {
  std::string text;  // as written in the article it was taken from: what a reader would type
  std::string form;  // reference_form
  bool crosses_cut = false;  // spans a cut of the analyzer's segmentation, no word of it
};

// Deterministic picks from the articles of `group`: `words` words of the analyzer's segmentation
// (all letters of a backstop script, 2-4 characters, Thai 3-6, counting characters as a reader
// does), then `crossings` strings made of a word's last character and the next word's first two.
// Mid frequency: each was seen in at least 3 of the group's articles and at most a tenth of them.
std::vector<SampledString> sample_strings(const std::vector<CorpusArticle>& articles, const Analyzer& analyzer,
                                          const std::string& group, size_t words, size_t crossings);

// The articles by id, and which of them contain a string.
class ArticleIndex {
 public:
  ArticleIndex(const std::vector<CorpusArticle>& articles, const Analyzer& analyzer);

  // Positions in the article list of those whose title or body contains `form` (a reference_form).
  std::vector<size_t> containing(const std::string& form) const;
  // Whether the analyzer's segmentation of the article yields `form` as one word.
  bool has_word(size_t article, const std::string& form) const;
  // Position of the article with this id, or -1.
  long find(const std::string& id) const;

  const CorpusArticle& operator[](size_t i) const { return articles_[i]; }
  size_t size() const { return articles_.size(); }

 private:
  const std::vector<CorpusArticle>& articles_;
  const Analyzer& analyzer_;
  std::unordered_map<std::string, size_t> by_id_;
  mutable std::unordered_map<size_t, std::unordered_set<std::string>> words_;  // segmented on first use
};

}  // namespace news::sample
