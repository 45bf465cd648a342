#include "analysis/script.h"

#include <unicode/uscript.h>

namespace news {

Script script_of(char32_t c) {
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Script::kLatin;
    return Script::kNone;
  }
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(c), &status)) {
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
    case USCRIPT_INVALID_CODE:
      return Script::kNone;
    case USCRIPT_LATIN: return Script::kLatin;
    case USCRIPT_CYRILLIC: return Script::kCyrillic;
    case USCRIPT_GREEK: return Script::kGreek;
    case USCRIPT_ARABIC: return Script::kArabic;
    case USCRIPT_HEBREW: return Script::kHebrew;
    case USCRIPT_DEVANAGARI: return Script::kDevanagari;
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return Script::kCjk;
    case USCRIPT_HANGUL: return Script::kHangul;
    case USCRIPT_THAI: return Script::kThai;
    case USCRIPT_LAO: return Script::kLao;
    case USCRIPT_KHMER: return Script::kKhmer;
    case USCRIPT_MYANMAR: return Script::kMyanmar;
    default: return Script::kOther;
  }
}

bool is_backstop_script(Script s) {
  switch (s) {
    case Script::kCjk:
    case Script::kHangul:
    case Script::kThai:
    case Script::kLao:
    case Script::kKhmer:
    case Script::kMyanmar:
      return true;
    default:
      return false;
  }
}

}  // namespace news
