// Per-language stopword lists, loaded from the `stopwords/` folder (one `<lang>.txt` per language).
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace news {

class Stopwords {
 public:
  // `directory` holds the lists; each is read on first use. An empty directory means no stopwords.
  explicit Stopwords(std::string directory);

  using WordSet = std::unordered_set<std::string>;

  // Whether `normalized_word` is a stopword of `lang` (primary subtag; unknown languages have none).
  bool contains(std::string_view lang, const std::string& normalized_word) const;

  // The list of `lang` (empty for unknown languages), to look up many words with one lock.
  const WordSet& list(std::string_view lang) const { return list_for(primary_language_of(lang)); }

  const std::string& directory() const { return directory_; }

  // The folder used when none is given: $NEWS_STOPWORDS, else the project's own `stopwords/`.
  static std::string default_directory();

 private:
  const WordSet& list_for(const std::string& primary) const;
  static std::string primary_language_of(std::string_view lang);

  std::string directory_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::unique_ptr<WordSet>> lists_;
};

}  // namespace news
