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

  // Whether `normalized_word` is a stopword of `lang` (primary subtag; unknown languages have none).
  bool contains(std::string_view lang, const std::string& normalized_word) const;

  const std::string& directory() const { return directory_; }

  // The folder used when none is given: $NEWS_STOPWORDS, else the project's own `stopwords/`.
  static std::string default_directory();

 private:
  using WordSet = std::unordered_set<std::string>;
  const WordSet& list_for(const std::string& primary) const;

  std::string directory_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::unique_ptr<WordSet>> lists_;
};

}  // namespace news
