// The one analyzer: the only place where text becomes terms and that knows what a term looks
// like. The indexer writes its tokens, the query builder asks it for a word's query terms, and
// the highlighter compares the terms indexing stored with the query's.
//
// Pipeline: ICU word segmentation with script-change cuts (segmenter.h) -> per-word
// normalization: NFKC + case folding + traditional->simplified Han (normalizer.h) -> derived
// terms: Snowball stems or Korean particle stripping, accent-folded forms, and the CJK/Thai
// character-bigram backstop over each run (runs.h).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/script.h"
#include "analysis/stemmer.h"
#include "analysis/stopwords.h"
#include "analysis/word.h"

namespace news {

enum class TokenKind : uint8_t {
  kWord,     // a normalized word outside CJK/Thai runs
  kRunWord,  // a normalized word inside a CJK/Thai run (runs.h); phrases read the run's bigrams
  kStem,     // Snowball stem, or a Korean word without its particle; no position
  kAccent,   // accent-folded form; phrases read the word itself
  kBigram,   // two characters of a run, at the position of the first (one position per character)
  kRunEnd,   // the last character of a run alone, at its position
};

const char* token_kind_name(TokenKind kind);

struct Token {
  std::string term;  // with its kind's prefix; field prefixes are added by the caller
  TokenKind kind = TokenKind::kWord;
  uint32_t position = 0;  // 0 = none; whether the index keeps it: Analyzer::stores_position
  uint32_t start = 0;     // byte offsets into the original text
  uint32_t end = 0;
};

// The terms one word of a text is indexed as; the highlighter compares them with a query's.
struct WordTerms {
  std::string word;    // the normalized form; empty for a word too long to be indexed
  std::string stem;    // with its prefix, or empty
  std::string accent;  // with its prefix, or empty
  bool stem_is_word = false;  // no stemmer, and the stem is the word itself, which stands for it: not written
  bool word_is_bigram = false;  // a two-character Han or kana word, its run's bigram stands for it: not written
};

// A word of a text with the terms it was indexed as: stored with the article, so that the
// highlighter compares a query's terms with what indexing made of the text, without analyzing it.
struct IndexedWord {
  uint32_t start = 0, end = 0;  // bytes of the original text
  WordTerms terms;
  bool in_run = false;          // a word of a CJK/Thai run (runs.h)
  bool continues_run = false;   // in the same run as the word before it
};

// The terms a word typed in a query is searched as.
struct QueryTerms {
  std::string word;                  // its own term
  std::vector<std::string> derived;  // stems and accent forms in each language asked for: sorted, unique
  // A word of a backstop script: the bigrams that spell it, in order (runs.h bigram_terms); for
  // a single character, the one term to match as a prefix (backstop_is_prefix).
  std::vector<std::string> backstop;
  bool backstop_is_prefix = false;
};

// One language's stopwords, stemmer and accent folding, looked up once for many words. The
// stemmer is the calling thread's own: use a LanguageTools on the thread that made it.
struct LanguageTools {
  const Stopwords::WordSet* stopwords = nullptr;
  CachingStemmer* stemmer = nullptr;  // null: no stemmer for the language
  bool fold_accents = false;
  bool prefix_stems = false;  // no stemmer, a known language: words of some alphabets stem by prefix
  bool latin_words_stem_by_prefix = false;  // with prefix_stems: its Latin words too (a Slavic language)
};

struct AnalyzerOptions {
  std::string stopwords_directory = Stopwords::default_directory();
  // Languages (primary subtags) whose accents are meaningful enough not to fold.
  std::unordered_set<std::string> no_accent_folding;
  bool backstop = true;  // the CJK/Thai character-bigram backstop

  // Defaults, changed by NEWS_BACKSTOP=0 (no bigram backstop) and NEWS_NO_ACCENT_FOLDING=de,fr,...
  // so that benchmark configurations can be compared without rebuilding.
  static AnalyzerOptions from_environment();
};

// How many bytes at the start of `word` (a normalized form) its stem term stands for when the
// stem is the word's beginning (a Korean word without its particle: 서울특별시는 -> 서울특별시),
// else 0. The highlighter marks that part of a word found by its stem.
size_t stem_prefix_bytes(std::string_view word, std::string_view stem_term);

// Bumped whenever analysis changes what an unchanged article is indexed as: every article is
// then analyzed again on the next indexing run (store/stored_article.h fingerprints it).
inline constexpr char kAnalysisVersion[] = "analysis-8";  // 8: Slavic and other declining Latin-script languages stem by prefix

class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});

  // Every non-space segment of `text`, normalized.
  std::vector<Word> words(std::string_view text) const;

  // Appends the index terms of `text`, written in `lang`, giving positions from `first_position`
  // on, and when `words` is given, each indexed word with its terms. Returns the first position
  // after them.
  uint32_t tokens(std::string_view text, std::string_view lang, uint32_t first_position, std::vector<Token>& out,
                  std::vector<IndexedWord>* words = nullptr) const;

  // The terms `word` of a text written in `language` is indexed as.
  WordTerms word_terms(const Word& word, const LanguageTools& language) const;

  // The terms a query word is searched as, analyzed as each of `languages`.
  QueryTerms query_terms(const Word& word, const std::vector<std::string>& languages) const;

  // Whether `word` (of a text or a query) is written only as its run's bigram, which spells it:
  // a two-character Han or kana word. Searches read that bigram for it.
  bool written_as_its_bigram(const Word& word) const;

  // Whether the index keeps the positions of tokens of `kind`: only where phrases read them (the
  // words outside runs, and the bigrams and run ends that spell runs). Positions are most of what
  // a database holds and most of what indexing writes.
  bool stores_position(TokenKind kind) const;

  LanguageTools language_tools(std::string_view lang) const;
  bool is_stopword(std::string_view lang, const std::string& form) const { return stopwords_.contains(lang, form); }
  const AnalyzerOptions& options() const { return options_; }

 private:
  std::string stem_term(const LanguageTools& language, const Word& word) const;
  std::string accent_term(const LanguageTools& language, const Word& word) const;
  // Adds the tokens of one word; returns its terms (empty when it is not indexed).
  WordTerms add_word_tokens(const Word& word, TokenKind kind, const LanguageTools& language, uint32_t position,
                            std::vector<Token>& out) const;
  void add_run_bigrams(const std::vector<Word>& words, size_t first, size_t last, uint32_t position,
                       std::vector<Token>& out) const;

  AnalyzerOptions options_;
  Stopwords stopwords_;
};

}  // namespace news
