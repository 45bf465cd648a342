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

bool has_stemmer(std::string_view lang) {
  return stemmer_names().count(primary_language(lang)) > 0;
}

Xapian::Stem* thread_stemmer(std::string_view lang) {
  // Xapian::Stem objects are not shared between threads: each thread keeps its own.
  thread_local std::map<std::string, Xapian::Stem, std::less<>> stemmers;
  std::string primary = primary_language(lang);
  auto it = stemmers.find(primary);
  if (it == stemmers.end()) {
    auto name = stemmer_names().find(primary);
    if (name == stemmer_names().end()) return nullptr;
    it = stemmers.emplace(primary, Xapian::Stem(name->second)).first;
  }
  return &it->second;
}

std::string stem_word(std::string_view lang, const std::string& word) {
  Xapian::Stem* stemmer = thread_stemmer(lang);
  return stemmer ? (*stemmer)(word) : word;
}

}  // namespace news
