// The one analyzer: the only place where text becomes terms. The indexer, the query builder and
// the snippet highlighter all call it, so they always agree on what a word is.
//
// Pipeline: ICU word segmentation with script-change cuts (segmenter.h) -> per-word
// normalization: NFKC + case folding + traditional->simplified Han (normalizer.h) -> derived
// terms: Snowball stems or Korean particle stripping, accent-folded forms, and the CJK/Thai
// character-bigram backstop.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/script.h"
#include "analysis/stemmer.h"
#include "analysis/stopwords.h"

namespace news {

// A segment of the original text with its normalized form.
struct Word {
  uint32_t start = 0;  // byte offsets into the original text
  uint32_t end = 0;
  Script script = Script::kNone;
  bool is_word = false;  // false for punctuation
  std::string form;      // normalized: what is indexed as the plain word term
};

enum class TokenKind : uint8_t {
  kWord,      // the normalized word, with a position
  kStem,      // Snowball stem or Korean word without particle (terms::kStem), no position
  kAccent,    // accent-folded form (terms::kAccent), same position as its word
  kBackstop,  // character bigram of a CJK/Thai run (terms::kBackstop), one position per character
};

const char* token_kind_name(TokenKind kind);

struct Token {
  std::string term;  // with its kind's prefix; field prefixes are added by the caller
  TokenKind kind = TokenKind::kWord;
  uint32_t position = 0;  // 0 = no position
  uint32_t start = 0;     // byte offsets into the original text
  uint32_t end = 0;
};

// One language's stopwords, stemmer and accent folding, looked up once for many words. The
// stemmer is the calling thread's own: use a LanguageTools on the thread that made it.
struct LanguageTools {
  const Stopwords::WordSet* stopwords = nullptr;
  CachingStemmer* stemmer = nullptr;  // null: no stemmer for the language
  bool fold_accents = false;
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

class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});

  // Every non-space segment of `text`, normalized.
  std::vector<Word> words(std::string_view text) const;

  // Appends the index terms of `text`, written in `lang`, giving positions from `first_position`
  // on. Returns the first position after them.
  uint32_t tokens(std::string_view text, std::string_view lang, uint32_t first_position, std::vector<Token>& out) const;

  LanguageTools language_tools(std::string_view lang) const;

  // Derived forms of one normalized word, each with its prefix, or empty when there is none.
  std::string stem_term(const LanguageTools& language, const Word& word) const;
  std::string accent_term(const LanguageTools& language, const Word& word) const;
  std::string stem_term(std::string_view lang, const Word& word) const { return stem_term(language_tools(lang), word); }
  std::string accent_term(std::string_view lang, const Word& word) const {
    return accent_term(language_tools(lang), word);
  }

  // What a query word looks for besides itself, for accent-insensitive matching: the
  // accent-folded term (which documents have where folding changed their word) and, when the
  // query word has accents, its plain folded form (documents written without them).
  std::vector<std::string> accent_query_terms(std::string_view lang, const Word& word) const;

  // The backstop terms that spell `form` (a normalized CJK/Thai word): its character bigrams in
  // order, or for a single character the term of that character alone (terms::kBackstop + c),
  // which the index holds only at the end of a run: match it as a prefix (wildcard).
  static std::vector<std::string> backstop_terms(std::string_view form);

  bool is_stopword(std::string_view lang, const std::string& form) const { return stopwords_.contains(lang, form); }
  const AnalyzerOptions& options() const { return options_; }

 private:
  void add_word_tokens(const Word& word, const LanguageTools& language, uint32_t position, std::vector<Token>& out) const;
  void add_backstop_run(const std::vector<Word>& words, size_t first, size_t last, uint32_t position,
                        std::vector<Token>& out) const;

  AnalyzerOptions options_;
  Stopwords stopwords_;
};

}  // namespace news
