#include "analysis/analyzer.h"

#include <unicode/utf8.h>

#include <xapian.h>

#include <cstdlib>

#include "analysis/hangul.h"
#include "analysis/normalizer.h"
#include "analysis/segmenter.h"
#include "analysis/stemmer.h"
#include "analysis/terms.h"
#include "analysis/utf8.h"

namespace news {
namespace {

// Code points of a UTF-8 string, with the byte offset at which each begins.
struct CharSpan {
  uint32_t offset;
  uint32_t length;
};

std::vector<CharSpan> char_spans(std::string_view s) {
  std::vector<CharSpan> spans;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    int32_t begin = i;
    U8_FWD_1(s.data(), i, static_cast<int32_t>(s.size()));
    spans.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i - begin)});
  }
  return spans;
}

// Xapian refuses terms over 245 bytes; like its TermGenerator, words over 64 are not indexed.
constexpr size_t kMaxWordBytes = 64;

bool is_number(const std::string& form) {
  for (char c : form)
    if ((c < '0' || c > '9') && c != '.' && c != ',') return false;
  return true;
}

bool adjacent_in_run(const Word& previous, const Word& next) {
  return next.is_word && previous.end == next.start && next.script == previous.script && is_backstop_script(next.script);
}

}  // namespace

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kStem: return "stem";
    case TokenKind::kAccent: return "accent";
    case TokenKind::kBackstop: return "backstop";
  }
  return "word";
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

LanguageTools Analyzer::language_tools(std::string_view lang) const {
  LanguageTools tools;
  tools.stopwords = &stopwords_.list(lang);
  tools.stemmer = thread_stemmer(lang);
  tools.fold_accents = !options_.no_accent_folding.count(primary_language(lang));
  return tools;
}

std::string Analyzer::stem_term(const LanguageTools& language, const Word& word) const {
  if (!word.is_word || is_number(word.form)) return {};
  if (word.script == Script::kHangul) {
    std::string stripped = strip_korean_particle(word.form);
    return terms::kStem + (stripped.empty() ? word.form : stripped);
  }
  if (is_backstop_script(word.script) || language.stopwords->count(word.form)) return {};
  // A language Snowball has no stemmer for gets the word itself as its stem: a query word's stems
  // are scored apart from the word, and without one its articles lost to a translation in a
  // stemmed language holding the same names (Kazakh headlines found the Russian article first).
  return terms::kStem + (language.stemmer ? (*language.stemmer)(word.form) : word.form);
}

std::string Analyzer::accent_term(const LanguageTools& language, const Word& word) const {
  if (word.script != Script::kLatin && word.script != Script::kGreek) return {};
  if (!language.fold_accents) return {};
  std::string folded = fold_accents(word.form);
  return folded.empty() ? std::string() : terms::kAccent + folded;
}

std::vector<std::string> Analyzer::accent_query_terms(std::string_view lang, const Word& word) const {
  if (word.script != Script::kLatin && word.script != Script::kGreek) return {};
  if (options_.no_accent_folding.count(primary_language(lang))) return {};
  std::string folded = fold_accents(word.form);
  if (folded.empty()) return {terms::kAccent + word.form};
  return {terms::kAccent + folded, folded};
}

std::vector<std::string> Analyzer::backstop_terms(std::string_view form) {
  std::vector<CharSpan> chars = char_spans(form);
  std::vector<std::string> grams;
  if (chars.size() == 1) grams.push_back(terms::kBackstop + std::string(form));
  for (size_t i = 0; i + 1 < chars.size(); ++i)
    grams.push_back(terms::kBackstop + std::string(form.substr(chars[i].offset, chars[i].length + chars[i + 1].length)));
  return grams;
}

void Analyzer::add_word_tokens(const Word& word, const LanguageTools& language, uint32_t position,
                               std::vector<Token>& out) const {
  if (word.form.size() > kMaxWordBytes) return;  // a URL or an encoded blob, not a word anyone types
  out.push_back({word.form, TokenKind::kWord, position, word.start, word.end});
  std::string stem = stem_term(language, word);
  if (!stem.empty()) out.push_back({std::move(stem), TokenKind::kStem, 0, word.start, word.end});
  std::string accent = accent_term(language, word);
  if (!accent.empty()) out.push_back({std::move(accent), TokenKind::kAccent, position, word.start, word.end});
}

// A run of adjacent CJK/Thai words gets one position per character, so that the bigrams of any
// substring sit at consecutive positions (a phrase of bigrams is an exact-string match), and each
// word sits at the position of its first character. The run's last character is indexed alone so
// that a one-character query can find every occurrence as a prefix of some bigram or that term.
void Analyzer::add_backstop_run(const std::vector<Word>& words, size_t first, size_t last, uint32_t position,
                                std::vector<Token>& out) const {
  if (!options_.backstop) return;
  struct RunChar {
    std::string_view text;  // the normalized character
    uint32_t start, end;    // the original word it came from
  };
  std::vector<RunChar> chars;
  for (size_t i = first; i <= last; ++i) {
    const Word& w = words[i];
    std::string_view form(w.form);
    for (const CharSpan& c : char_spans(form)) chars.push_back({form.substr(c.offset, c.length), w.start, w.end});
  }
  for (size_t k = 0; k < chars.size(); ++k) {
    std::string term = terms::kBackstop + std::string(chars[k].text);
    uint32_t end = chars[k].end;
    if (k + 1 < chars.size()) {
      term += chars[k + 1].text;
      end = chars[k + 1].end;
    }
    out.push_back({std::move(term), TokenKind::kBackstop, position + static_cast<uint32_t>(k), chars[k].start, end});
  }
}

uint32_t Analyzer::tokens(std::string_view text, std::string_view lang, uint32_t position, std::vector<Token>& out) const {
  std::vector<Word> ws = words(text);
  LanguageTools language = language_tools(lang);
  for (size_t i = 0; i < ws.size(); ++i) {
    const Word& w = ws[i];
    if (!w.is_word) continue;
    if (!is_backstop_script(w.script)) {
      add_word_tokens(w, language, position++, out);
      continue;
    }
    size_t last = i;
    while (last + 1 < ws.size() && adjacent_in_run(ws[last], ws[last + 1])) ++last;
    uint32_t run_position = position;
    for (size_t j = i; j <= last; ++j) {
      add_word_tokens(ws[j], language, position, out);
      position += static_cast<uint32_t>(char_count(ws[j].form));
    }
    add_backstop_run(ws, i, last, run_position, out);
    i = last;
  }
  return position;
}

}  // namespace news
