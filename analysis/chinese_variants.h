// Traditional -> Simplified Chinese folding, so that either form of a word finds the other.
#pragma once

#include <string_view>

namespace news {

// The simplified form of one Han character (the character itself when it has none).
// Character by character on purpose: the same character always folds the same way, whatever
// its neighbours, so a document and a query can never disagree.
char32_t simplified_han(char32_t c);

// Which of the two forms a Han text is written in, as far as its characters tell: traditional
// when one of them folds to another, simplified when one of them is the simplified form of
// another (书 of 書), neutral when all are shared by both (上海) or none is Han.
enum class HanForm { kNeutral, kSimplified, kTraditional };
HanForm han_form(std::string_view utf8);

}  // namespace news
