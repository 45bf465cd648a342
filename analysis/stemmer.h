// Snowball stemming through Xapian::Stem, chosen by language.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Xapian {
class Stem;
}

namespace news {

// One language's Snowball stemmer that remembers the stems it made: text repeats its words, and
// looking a stem up costs a fraction of making it again. Not for sharing between threads (nor is
// Xapian::Stem, which keeps state while it works).
class CachingStemmer {
 public:
  explicit CachingStemmer(const std::string& xapian_language);
  ~CachingStemmer();
  const std::string& operator()(const std::string& word);

 private:
  std::unique_ptr<Xapian::Stem> stem_;
  std::unordered_map<std::string, std::string> stems_;
};

// The calling thread's stemmer for `lang`, or null when Xapian has none: for stemming many
// words without looking the language up each time. The pointer must stay on the thread that
// got it (it lives as long as the thread).
CachingStemmer* thread_stemmer(std::string_view lang);

// The primary subtag of a BCP-47 tag, lower-cased: "zh-Hant" -> "zh", "en_GB" -> "en".
std::string primary_language(std::string_view lang);

}  // namespace news
