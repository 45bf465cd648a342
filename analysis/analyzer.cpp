#include "analysis/analyzer.h"

#include <algorithm>
#include <cstdlib>

#include "analysis/hangul.h"
#include "analysis/normalizer.h"
#include "analysis/runs.h"
#include "analysis/segmenter.h"
#include "analysis/terms.h"
#include "analysis/utf8.h"

namespace news {
namespace {

// Xapian refuses terms over 245 bytes; like its TermGenerator, words over 64 are not indexed.
constexpr size_t kMaxWordBytes = 64;

bool is_number(const std::string& form) {
  for (char c : form)
    if ((c < '0' || c > '9') && c != '.' && c != ',') return false;
  return true;
}

bool has_accents_to_fold(Script script) { return script == Script::kLatin || script == Script::kGreek; }

// Letters of a word that stand for its stem where Snowball has no stemmer, as in studies of Turkish
// and other inflected languages: most languages add endings to a word, and its beginning stays.
// Chosen on the even topics of the benchmark's NTREX headlines (known-item-stemless), MRR@10 in
// Cyrillic / the other alphabets: the word itself .832 / .850; 4 letters .851 / .870, 5 .852 /
// .869, 6 .847 / .869, 7 .839 / .864; on the odd topics 5 letters .826 -> .854 / .830 -> .845.
constexpr size_t kPrefixStemLetters = 5;

// The languages written in Latin letters that decline their nouns by case endings and have no
// stemmer: the Slavic ones, Estonian, Icelandic, Faroese and Albanian. Their words stem by prefix
// as Cyrillic ones do. Chosen by language family on the odd topics of the benchmark's NTREX
// headlines (known-item-stemless) and confirmed on the even ones, where the set's Latin group went
// from .8152 / .8475 to .8207 / .8562 (README, How text is analyzed, for each language and for the
// families left out). Montenegrin, the Sorbian languages and Serbo-Croatian are in by family,
// without topics of their own.
bool declines_by_endings_in_latin(const std::string& primary) {
  static const std::unordered_set<std::string> languages = {
      "bs", "cs", "cnr", "dsb", "hr", "hsb", "pl", "sh", "sk", "sl", "sr",  // Slavic
      "et", "is", "fo", "sq"};
  return languages.count(primary) > 0;
}

// The alphabets whose words stem by prefix in a language without a stemmer: Cyrillic (Ukrainian,
// Kazakh, Bulgarian, ...) and the others of their own (Georgian, Greek, Hebrew, the Indic scripts,
// ...), and Latin in the languages above. Not Latin in general, where the suffixing languages
// that gained were outweighed by the prefixing ones that lost (Zulu, Swati: -.07): 53 languages
// -.004 and -.012 on the two halves. Not Arabic (articles and prepositions are written onto the
// word; Dari headlines found the Persian translation instead: .87 -> .26).
bool stems_by_prefix(const LanguageTools& language, const Word& word) {
  if (!language.prefix_stems) return false;
  switch (word.script) {
    case Script::kCyrillic:
    case Script::kGreek:
    case Script::kHebrew:
    case Script::kDevanagari:
    case Script::kOther: return true;
    case Script::kLatin: return language.latin_words_stem_by_prefix;
    default: return false;
  }
}

std::string first_letters(const std::string& word, size_t letters) {
  size_t end = 0;
  for (size_t n = 0; n < letters && end < word.size(); ++n) next_code_point(word, end);
  return word.substr(0, end);
}

// Whether the word's own term may stand for its stem term, which is then not written: in a language
// without a stemmer (its stem is the word, or for Korean the word without its particle), for words
// outside the Latin script and the alphabets stemmed by prefix. Latin words keep their stem
// term: in such texts they are mostly names that articles in stemmed languages hold too, and
// looking for them as words found those articles as readily as the one sought (Chinese headlines
// naming football clubs lost a rank). Stemmed languages keep theirs: looking for a query's es and
// en stems among the words too cost Spanish, French and German headlines .01-.02 MRR (Xapian
// estimates how many articles hold one of the forms as if they were unrelated, which overstates
// it with each form added); and so do prefix-stemmed ones, whose stem terms written for every
// word ranked NTREX headlines in Cyrillic .01-.02 higher than the word standing for a short one.
bool word_may_stand_for_its_stem(const LanguageTools& language, const Word& word) {
  return !language.stemmer && word.script != Script::kLatin && !stems_by_prefix(language, word);
}

// The stem a (non-empty) stem term stands for: the term without its prefix.
std::string_view unprefixed(std::string_view stem_term) { return stem_term.substr(sizeof(terms::kStem) - 1); }

}  // namespace

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kRunWord: return "runword";
    case TokenKind::kStem: return "stem";
    case TokenKind::kAccent: return "accent";
    case TokenKind::kBigram: return "bigram";
    case TokenKind::kRunEnd: return "runend";
  }
  return "word";
}

size_t stem_prefix_bytes(std::string_view word, std::string_view stem_term) {
  std::string_view prefix(terms::kStem);
  if (stem_term.substr(0, prefix.size()) != prefix) return 0;
  std::string_view stem = stem_term.substr(prefix.size());
  return word.substr(0, stem.size()) == stem ? stem.size() : 0;
}

AnalyzerOptions AnalyzerOptions::from_environment() {
  AnalyzerOptions options;
  if (const char* backstop = std::getenv("NEWS_BACKSTOP")) options.backstop = std::string(backstop) != "0";
  if (const char* languages = std::getenv("NEWS_NO_ACCENT_FOLDING")) {
    std::string list = languages;
    for (size_t start = 0; start < list.size();) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) options.no_accent_folding.insert(primary_language(list.substr(start, comma - start)));
      start = comma + 1;
    }
  }
  return options;
}

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(std::move(options)), stopwords_(options_.stopwords_directory) {}

std::vector<Word> Analyzer::words(std::string_view text) const {
  std::vector<Segment> segments = segment_text(text);
  std::vector<Word> words;
  words.reserve(segments.size());
  for (const Segment& s : segments) {
    Word w;
    w.start = s.start;
    w.end = s.end;
    w.script = s.script;
    w.is_word = s.is_word;
    if (s.is_word) w.form = normalize_word(text.substr(s.start, s.end - s.start));
    if (w.form.empty()) w.is_word = false;  // only ignorable characters (U+17B5 alone): no term
    words.push_back(std::move(w));
  }
  return words;
}

// In Han and kana text the word and its bigram are written at the same places nearly always
// (发展: 6,664 development articles hold the word, 6,691 the bigram), so the word's own term
// (1.5 of the development corpus's 17.8 million postings) held what searches read from the
// bigram.
bool Analyzer::written_as_its_bigram(const Word& word) const {
  return options_.backstop && word.script == Script::kCjk && char_count(word.form) == 2;
}

bool Analyzer::stores_position(TokenKind kind) const {
  switch (kind) {
    case TokenKind::kWord:
    case TokenKind::kBigram:
    case TokenKind::kRunEnd: return true;
    case TokenKind::kRunWord: return !options_.backstop;  // without bigrams, phrases read the words
    case TokenKind::kStem:
    case TokenKind::kAccent: return false;
  }
  return true;
}

LanguageTools Analyzer::language_tools(std::string_view lang) const {
  LanguageTools tools;
  std::string primary = primary_language(lang);
  tools.stopwords = &stopwords_.list(lang);
  tools.stemmer = thread_stemmer(lang);
  tools.fold_accents = !options_.no_accent_folding.count(primary);
  tools.prefix_stems = !tools.stemmer && !primary.empty() && primary != "und";
  tools.latin_words_stem_by_prefix = declines_by_endings_in_latin(primary);
  return tools;
}

std::string Analyzer::stem_term(const LanguageTools& language, const Word& word) const {
  if (!word.is_word || is_number(word.form)) return {};
  if (word.script == Script::kHangul) {
    std::string stripped = strip_korean_particle(word.form);
    return terms::kStem + (stripped.empty() ? word.form : stripped);
  }
  if (is_backstop_script(word.script) || language.stopwords->count(word.form)) return {};
  if (language.stemmer) return terms::kStem + (*language.stemmer)(word.form);
  if (stems_by_prefix(language, word)) return terms::kStem + first_letters(word.form, kPrefixStemLetters);
  // Else the word itself is its stem: a query word's stems are scored apart from the word, and
  // without one its articles lost to a translation in a stemmed language holding the same names
  // (Kazakh headlines found the Russian article first).
  return terms::kStem + word.form;
}

std::string Analyzer::accent_term(const LanguageTools& language, const Word& word) const {
  if (!has_accents_to_fold(word.script) || !language.fold_accents) return {};
  std::string folded = fold_accents(word.form);
  return folded.empty() ? std::string() : terms::kAccent + folded;
}

WordTerms Analyzer::word_terms(const Word& word, const LanguageTools& language) const {
  if (!word.is_word || word.form.size() > kMaxWordBytes) return {};  // a URL or an encoded blob
  WordTerms terms{word.form, stem_term(language, word), accent_term(language, word)};
  if (word_may_stand_for_its_stem(language, word) && !terms.stem.empty() && unprefixed(terms.stem) == terms.word) {
    terms.stem.clear();
    terms.stem_is_word = true;
  }
  terms.word_is_bigram = written_as_its_bigram(word);
  return terms;
}

QueryTerms Analyzer::query_terms(const Word& word, const std::vector<std::string>& languages) const {
  QueryTerms q;
  q.word = word.form;
  for (const std::string& lang : languages) {
    LanguageTools language = language_tools(lang);
    std::string stem = stem_term(language, word);
    if (word_may_stand_for_its_stem(language, word) && !stem.empty()) {
      // Documents write such a stem as the word alone (word_terms), so the query looks for it
      // there, and there only: articles of stemmed languages hold both terms, and counting both
      // ranked them above the article sought. A Korean stem, the word without its particle, is
      // also written as such for the words that had one.
      q.derived.emplace_back(unprefixed(stem));
      if (word.script != Script::kHangul) stem.clear();
    }
    q.derived.push_back(std::move(stem));
    // Accent-insensitive matching: the folded term (which documents hold where folding changed
    // their word) and, when the query word has accents, its plain form (documents written
    // without them).
    if (!has_accents_to_fold(word.script) || !language.fold_accents) continue;
    std::string folded = fold_accents(word.form);
    q.derived.push_back(terms::kAccent + (folded.empty() ? word.form : folded));
    if (!folded.empty()) q.derived.push_back(folded);
  }
  q.derived.erase(std::remove(q.derived.begin(), q.derived.end(), std::string()), q.derived.end());
  std::sort(q.derived.begin(), q.derived.end());
  q.derived.erase(std::unique(q.derived.begin(), q.derived.end()), q.derived.end());
  if (is_backstop_script(word.script)) {
    q.backstop = bigram_terms(word.form);
    q.backstop_is_prefix = char_count(word.form) == 1;
  }
  return q;
}

WordTerms Analyzer::add_word_tokens(const Word& word, TokenKind kind, const LanguageTools& language, uint32_t position,
                                    std::vector<Token>& out) const {
  WordTerms terms = word_terms(word, language);
  if (terms.word.empty()) return terms;
  if (!terms.word_is_bigram) out.push_back({terms.word, kind, position, word.start, word.end});
  if (!terms.stem.empty()) out.push_back({terms.stem, TokenKind::kStem, 0, word.start, word.end});
  if (!terms.accent.empty()) out.push_back({terms.accent, TokenKind::kAccent, position, word.start, word.end});
  return terms;
}

// A run gets one position per character, so that the bigrams of any substring sit at consecutive
// positions (a phrase of bigrams is an exact-string match), and each word sits at the position
// of its first character. The run's last character is indexed alone so that a one-character
// query finds every occurrence as a prefix of some bigram or of that term.
void Analyzer::add_run_bigrams(const std::vector<Word>& words, size_t first, size_t last, uint32_t position,
                               std::vector<Token>& out) const {
  if (!options_.backstop) return;
  struct RunChar {
    std::string_view text;  // the normalized character
    uint32_t start, end;    // the original word it came from
  };
  std::vector<RunChar> chars;
  for (size_t i = first; i < last; ++i) {
    std::string_view form(words[i].form);
    std::vector<uint32_t> starts = char_starts(form);
    for (size_t k = 0; k < starts.size(); ++k) {
      size_t end = k + 1 < starts.size() ? starts[k + 1] : form.size();
      chars.push_back({form.substr(starts[k], end - starts[k]), words[i].start, words[i].end});
    }
  }
  for (size_t k = 0; k < chars.size(); ++k) {
    bool last_char = k + 1 == chars.size();
    std::string term = terms::kBackstop + std::string(chars[k].text);
    if (!last_char) term += chars[k + 1].text;
    out.push_back({std::move(term), last_char ? TokenKind::kRunEnd : TokenKind::kBigram,
                   position + static_cast<uint32_t>(k), chars[k].start, chars[last_char ? k : k + 1].end});
  }
}

uint32_t Analyzer::tokens(std::string_view text, std::string_view lang, uint32_t position, std::vector<Token>& out,
                          std::vector<IndexedWord>* indexed) const {
  std::vector<Word> ws = words(text);
  LanguageTools language = language_tools(lang);
  auto keep = [indexed](const Word& w, WordTerms&& terms, bool in_run, bool continues) {
    if (!indexed) return;
    // A run is matched as the string of its words' forms: a word too long to index still counts.
    if (in_run && terms.word.empty()) terms.word = w.form;
    if (!terms.word.empty()) indexed->push_back({w.start, w.end, std::move(terms), in_run, continues});
  };
  for (size_t i = 0; i < ws.size(); ++i) {
    const Word& w = ws[i];
    if (!w.is_word) continue;
    if (!is_backstop_script(w.script)) {
      keep(w, add_word_tokens(w, TokenKind::kWord, language, position++, out), false, false);
      continue;
    }
    size_t last = run_end(ws, i);
    uint32_t run_position = position;
    for (size_t j = i; j < last; ++j) {
      keep(ws[j], add_word_tokens(ws[j], TokenKind::kRunWord, language, position, out), true, j > i);
      position += static_cast<uint32_t>(char_count(ws[j].form));
    }
    add_run_bigrams(ws, i, last, run_position, out);
    i = last - 1;
  }
  return position;
}

}  // namespace news
