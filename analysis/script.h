// Script classes: which writing system a character belongs to, as far as analysis cares.
#pragma once
#include <cstdint>
#include <string_view>

namespace news {

enum class Script : uint8_t {
  kNone,  // punctuation, digits, symbols, combining marks: takes its neighbour's script
  kLatin,
  kCyrillic,
  kGreek,
  kArabic,
  kHebrew,
  kDevanagari,
  kCjk,  // Han, Hiragana and Katakana: Japanese words mix them, so they form one class
  kHangul,
  kThai,
  kLao,
  kKhmer,
  kMyanmar,
  kOther,  // any other script, kept as a class of its own
};

Script script_of(char32_t c);

// Scripts written without spaces between words (or, for Hangul, with particles glued to words):
// their words get the character-bigram backstop.
bool is_backstop_script(Script s);

}  // namespace news
