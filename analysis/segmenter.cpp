#include "analysis/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

namespace news {
namespace {

std::unique_ptr<icu::BreakIterator> new_word_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator is unavailable");
    return it;
  }();
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

bool is_space_only(std::string_view text, uint32_t start, uint32_t end) {
  for (int32_t i = static_cast<int32_t>(start); i < static_cast<int32_t>(end);) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
    if (c >= 0 && !u_isUWhiteSpace(c) && !(u_charType(c) == U_CONTROL_CHAR) && c != 0x200B && c != 0xFEFF)
      return false;
  }
  return true;
}

bool is_apostrophe(UChar32 c) { return c == 0x27 || c == 0x2019; }

// Cuts [start, end) wherever two letters of different scripts meet (marks and digits stay with
// the letters before them), and Latin words at apostrophes, which UAX #29 keeps inside words:
// "Alimov's" and "l'économie" must find "Alimov" and "économie".
void split_by_script(std::string_view text, uint32_t start, uint32_t end, bool is_word, std::vector<Segment>& out) {
  Segment current{start, start, Script::kNone, is_word};
  for (int32_t i = static_cast<int32_t>(start); i < static_cast<int32_t>(end);) {
    int32_t char_start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
    if (is_word && current.script == Script::kLatin && is_apostrophe(c)) {
      current.end = static_cast<uint32_t>(char_start);
      out.push_back(current);
      current = Segment{static_cast<uint32_t>(i), 0, Script::kNone, is_word};
      continue;
    }
    Script s = c < 0 ? Script::kNone : script_of(static_cast<char32_t>(c));
    if (s != Script::kNone && current.script != Script::kNone && s != current.script) {
      current.end = static_cast<uint32_t>(char_start);
      out.push_back(current);
      current = Segment{static_cast<uint32_t>(char_start), 0, s, is_word};
    } else if (current.script == Script::kNone) {
      current.script = s;
    }
  }
  current.end = end;
  if (current.end > current.start) out.push_back(current);
}

}  // namespace

std::vector<Segment> segment_text(std::string_view text) {
  std::vector<Segment> segments;
  if (text.empty()) return segments;
  thread_local std::unique_ptr<icu::BreakIterator> words = new_word_iterator();

  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return segments;
  words->setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    return segments;
  }
  segments.reserve(text.size() / 4);
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
    auto s = static_cast<uint32_t>(start), e = static_cast<uint32_t>(end);
    bool is_word = words->getRuleStatus() != UBRK_WORD_NONE;
    if (!is_word && is_space_only(text, s, e)) continue;
    split_by_script(text, s, e, is_word, segments);
  }
  // Detach the iterator from the text, which the caller may free.
  words->setText(icu::UnicodeString());
  utext_close(utext);
  return segments;
}

}  // namespace news
