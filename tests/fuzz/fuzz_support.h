// What the fuzz targets share: a check that fails loudly (libFuzzer saves the input that broke
// it), the languages an input can choose, an analyzer using the project's stopword lists, and
// scratch folders for databases.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "analysis/analyzer.h"

#define FUZZ_CHECK(condition)                                                                   \
  do {                                                                                          \
    if (!(condition)) {                                                                         \
      std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
      std::abort();                                                                             \
    }                                                                                           \
  } while (0)

namespace news::fuzz {

// Languages with a stemmer, a particle stripper, a backstop script, no stopword list, a region or
// script subtag, and malformed tags: each takes a different path through the analyzer.
inline constexpr const char* kLanguages[] = {
    "",   "en",    "zh-Hans", "zh-Hant", "ja", "ko", "th",  "ru",     "ar", "de", "fr", "tr", "el",
    "fi", "hu",    "und",     "yue",     "km", "my", "lo",  "sr-Latn", "x",  "EN", "-", "../en", "zz-ZZZZ-x-private",
};
inline constexpr size_t kLanguageCount = sizeof kLanguages / sizeof kLanguages[0];

inline std::string_view language_from(uint8_t byte) { return kLanguages[byte % kLanguageCount]; }

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

inline const Analyzer& shared_analyzer() {
  static const Analyzer analyzer([] {
    AnalyzerOptions options;
    options.stopwords_directory = NEWS_SOURCE_DIR "/stopwords";
    return options;
  }());
  return analyzer;
}

// A fresh folder under $TMPDIR (or /tmp), removed when the process ends normally.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/" + name + "-XXXXXX";
    const char* made = mkdtemp(pattern.data());
    FUZZ_CHECK(made != nullptr);
    path_ = made;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace news::fuzz
