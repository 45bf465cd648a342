// Language identification for articles and queries.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace news {

// The BCP-47 tag of the text's language ("en", "zh-Hans", "zh-Hant", "ja", "ko", "th", ...), or
// "und" when nothing can be told. Script rules decide first (kana means Japanese, Hangul Korean,
// Han-only text is Japanese when it uses Japanese-only kanji, else Chinese in the script its
// characters are written in); CLD2 decides between languages that share an alphabet.
std::string detect_language(std::string_view utf8);

// The languages a query could be in, most likely first: the detected one and, for its script,
// the common ones (a Latin-script query is also tried as English, Cyrillic as Russian), unless
// the query is long enough for the detected language to be trusted alone (seven spaced words).
std::vector<std::string> plausible_languages(std::string_view utf8);

}  // namespace news
