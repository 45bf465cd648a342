// Snowball stemming through Xapian::Stem, chosen by language.
#pragma once
#include <string>
#include <string_view>

namespace Xapian {
class Stem;
}

namespace news {

// True when Xapian has a stemmer for the language (BCP-47 tag; only the primary subtag counts).
bool has_stemmer(std::string_view lang);

// The stem of a normalized word, or the word itself when the language has no stemmer.
std::string stem_word(std::string_view lang, const std::string& normalized_word);

// The calling thread's stemmer for `lang`, or null when Xapian has none: for stemming many
// words without looking the language up each time. Xapian::Stem keeps state while it works, so
// the pointer must stay on the thread that got it (it lives as long as the thread).
Xapian::Stem* thread_stemmer(std::string_view lang);

// The primary subtag of a BCP-47 tag, lower-cased: "zh-Hant" -> "zh", "en_GB" -> "en".
std::string primary_language(std::string_view lang);

}  // namespace news
