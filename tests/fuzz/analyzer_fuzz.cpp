// Fuzzes the analyzer with arbitrary bytes: the first byte picks the language, the rest is the
// text. Besides crashes and undefined behaviour, checks what the indexer and the highlighter rely
// on: offsets inside the text, positions in the range returned, terms Xapian accepts.
#include <cstddef>
#include <vector>

#include "analysis/language.h"
#include "analysis/utf8.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

constexpr size_t kMaxTermBytes = 240;  // Xapian refuses terms over 245 bytes, field prefix included

void check_words(const std::vector<news::Word>& words, size_t text_size) {
  uint32_t previous_end = 0;
  for (const news::Word& w : words) {
    FUZZ_CHECK(w.start < w.end);
    FUZZ_CHECK(w.end <= text_size);
    FUZZ_CHECK(w.start >= previous_end);  // in order, not overlapping
    previous_end = w.end;
  }
}

void check_tokens(const std::vector<news::Token>& tokens, size_t text_size, uint32_t first, uint32_t next,
                  bool valid_text) {
  for (const news::Token& t : tokens) {
    FUZZ_CHECK(!t.term.empty());
    FUZZ_CHECK(t.term.size() <= kMaxTermBytes);
    FUZZ_CHECK(t.start <= t.end && t.end <= text_size);
    if (t.kind == news::TokenKind::kStem) {
      FUZZ_CHECK(t.position == 0);
    } else {
      FUZZ_CHECK(t.position >= first && t.position < next);
    }
    // Terms of valid text are valid UTF-8: the highlighter and the JSON output depend on it.
    if (valid_text) FUZZ_CHECK(news::is_valid_utf8(t.term));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const news::Analyzer& analyzer = news::fuzz::shared_analyzer();
  std::string_view lang = news::fuzz::language_from(data[0]);
  std::string_view text = news::fuzz::as_text(data + 1, size - 1);
  bool valid = news::is_valid_utf8(text);

  check_words(analyzer.words(text), text.size());

  const uint32_t first = 1 + data[0];
  std::vector<news::Token> tokens;
  uint32_t next = analyzer.tokens(text, lang, first, tokens);
  FUZZ_CHECK(next >= first);
  check_tokens(tokens, text.size(), first, next, valid);

  // Language identification sees what the indexer gives it: repaired text.
  std::string repaired = valid ? std::string(text) : news::repair_utf8(text);
  FUZZ_CHECK(news::is_valid_utf8(repaired));
  std::string detected = news::detect_language(repaired);
  FUZZ_CHECK(!detected.empty());
  for (const std::string& l : news::plausible_languages(repaired)) FUZZ_CHECK(!l.empty());
  return 0;
}
