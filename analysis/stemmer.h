// Snowball stemming through Xapian::Stem, chosen by language.
#pragma once
#include <string>
#include <string_view>

namespace news {

// True when Xapian has a stemmer for the language (BCP-47 tag; only the primary subtag counts).
bool has_stemmer(std::string_view lang);

// The stem of a normalized word, or the word itself when the language has no stemmer.
std::string stem_word(std::string_view lang, const std::string& normalized_word);

// The primary subtag of a BCP-47 tag, lower-cased: "zh-Hant" -> "zh", "en_GB" -> "en".
std::string primary_language(std::string_view lang);

}  // namespace news
