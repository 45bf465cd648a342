// Traditional -> Simplified Chinese folding, so that either form of a word finds the other.
#pragma once

namespace news {

// The simplified form of one Han character (the character itself when it has none).
// Character by character on purpose: the same character always folds the same way, whatever
// its neighbours, so a document and a query can never disagree.
char32_t simplified_han(char32_t c);

}  // namespace news
