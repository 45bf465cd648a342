#include "store/stored_article.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "analysis/analyzer.h"

namespace news {
namespace {

uint64_t fnv1a(uint64_t hash, const std::string& s) {
  for (unsigned char c : s) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash ^ 0xff;  // field separator, so that ("ab","c") != ("a","bc")
}

std::string hex(uint64_t hash) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace


std::string encode_article(const Article& a) {
  nlohmann::json j = {{"id", a.id}, {"title", a.title}, {"body", a.body}};
  if (!a.date.empty()) j["date"] = a.date;
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.source.empty()) j["source"] = a.source;
  if (!a.lang.empty()) j["lang"] = a.lang;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Article decode_article(const std::string& data) {
  Article a;
  nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (!j.is_object()) return a;
  auto get = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string(); };
  a.id = get("id");
  a.title = get("title");
  a.body = get("body");
  a.date = get("date");
  a.url = get("url");
  a.source = get("source");
  a.lang = get("lang");
  return a;
}


std::string article_fingerprint(const Article& a) {
  uint64_t hash = 14695981039346656037ULL;
  for (const std::string* field : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &a.lang})
    hash = fnv1a(hash, *field);
  return hex(fnv1a(hash, kAnalysisVersion));
}

std::string content_fingerprint(const Article& a) {
  uint64_t hash = 14695981039346656037ULL;
  return hex(fnv1a(fnv1a(hash, a.title), a.body));
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace news
