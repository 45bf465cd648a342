// Character normalization applied to every word, at index and at query time alike.
#pragma once
#include <string>
#include <string_view>

namespace news {

// NFKC with case folding (full-width ＡＢＣ１２３ -> abc123, ligatures, compatibility forms), then
// traditional Han characters folded to simplified ones. UTF-8 in, UTF-8 out.
std::string normalize_word(std::string_view utf8);

// The word with its accents removed (zürich -> zurich, café -> cafe). Meant for Latin and Greek
// words only: in kana or Cyrillic a combining mark makes a different letter (が, й).
// Returns an empty string when the word has nothing to fold, so callers skip a duplicate term.
std::string fold_accents(std::string_view normalized_utf8);

// `word` cased like `model`: all capitals when `model` is, a capital first letter when `model`
// has one, else `word` unchanged ("Alimvo", "alimov" -> "Alimov"; "COOPERTION" -> "COOPERATION").
std::string cased_like(std::string_view model, std::string_view word);

}  // namespace news
