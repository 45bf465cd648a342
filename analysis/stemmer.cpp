#include "analysis/stemmer.h"

#include <xapian.h>

#include <map>
#include <string>

namespace news {
namespace {

// Xapian 1.4's Snowball stemmers (Stem::get_available_languages), by ISO 639-1 code.
const std::map<std::string, std::string, std::less<>>& stemmer_names() {
  static const std::map<std::string, std::string, std::less<>> names = {
      {"ar", "arabic"},     {"hy", "armenian"},   {"eu", "basque"},     {"ca", "catalan"},
      {"da", "danish"},     {"nl", "dutch"},      {"en", "english"},    {"fi", "finnish"},
      {"fr", "french"},     {"de", "german"},
      {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},      {"it", "italian"},
      {"lt", "lithuanian"}, {"ne", "nepali"},     {"nb", "norwegian"},  {"nn", "norwegian"},
      {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},
      {"es", "spanish"},    {"sv", "swedish"},    {"ta", "tamil"},      {"tr", "turkish"},
  };
  return names;
}

}  // namespace

std::string primary_language(std::string_view lang) {
  std::string out;
  for (char c : lang) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  }
  return out;
}

// The common words of a language (a server has a cache per worker thread); past it the memory is
// given back and the cache starts again.
constexpr size_t kMaxCachedStems = 20000;

CachingStemmer::CachingStemmer(const std::string& xapian_language)
    : stem_(std::make_unique<Xapian::Stem>(xapian_language)) {}

CachingStemmer::~CachingStemmer() = default;

const std::string& CachingStemmer::operator()(const std::string& word) {
  auto it = stems_.find(word);
  if (it != stems_.end()) return it->second;
  if (stems_.size() >= kMaxCachedStems) stems_.clear();
  return stems_.emplace(word, (*stem_)(word)).first->second;
}

CachingStemmer* thread_stemmer(std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<CachingStemmer>, std::less<>> stemmers;
  std::string primary = primary_language(lang);
  auto it = stemmers.find(primary);
  if (it == stemmers.end()) {
    auto name = stemmer_names().find(primary);
    if (name == stemmer_names().end()) return nullptr;
    it = stemmers.emplace(primary, std::make_unique<CachingStemmer>(name->second)).first;
  }
  return it->second.get();
}

}  // namespace news
