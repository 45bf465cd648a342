#include "analysis/stopwords.h"

#include <cstdlib>
#include <fstream>

#include "analysis/normalizer.h"
#include "analysis/stemmer.h"

#ifndef NEWS_STOPWORDS_DIR
#define NEWS_STOPWORDS_DIR "stopwords"
#endif

namespace news {

Stopwords::Stopwords(std::string directory) : directory_(std::move(directory)) {}

std::string Stopwords::default_directory() {
  if (const char* env = std::getenv("NEWS_STOPWORDS"); env && *env) return env;
  return NEWS_STOPWORDS_DIR;
}

const Stopwords::WordSet& Stopwords::list_for(const std::string& primary) const {
  // Only ISO 639 codes (2 or 3 letters) are looked up and remembered: other names have no list,
  // and remembering every name a query or article gives would grow memory without bound.
  static const WordSet kNone;
  bool safe_name = primary.size() >= 2 && primary.size() <= 3 &&
                   primary.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
  if (!safe_name) return kNone;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = lists_.find(primary);
  if (it != lists_.end()) return *it->second;
  auto words = std::make_unique<WordSet>();
  if (!directory_.empty()) {
    std::ifstream in(directory_ + "/" + primary + ".txt");
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      words->insert(normalize_word(line));
    }
  }
  return *lists_.emplace(primary, std::move(words)).first->second;
}

std::string Stopwords::primary_language_of(std::string_view lang) { return primary_language(lang); }

bool Stopwords::contains(std::string_view lang, const std::string& word) const {
  return list(lang).count(word) > 0;
}

}  // namespace news
