#include "indexer/readers.h"

#include <nlohmann/json.hpp>

#include <regex>

#include "analysis/utf8.h"
#include "indexer/date_finder.h"

namespace news {
namespace {

// Trims ASCII white space and the ideographic space (U+3000) that indents CJK paragraphs.
std::string_view trim(std::string_view s) {
  const char* space = " \t\r\n\f\v";
  const std::string_view ideographic = "\xE3\x80\x80";
  while (true) {
    size_t before = s.size();
    size_t begin = s.find_first_not_of(space);
    if (begin == std::string_view::npos) return {};
    s = s.substr(begin, s.find_last_not_of(space) - begin + 1);
    if (s.substr(0, 3) == ideographic) s.remove_prefix(3);
    if (s.size() >= 3 && s.substr(s.size() - 3) == ideographic) s.remove_suffix(3);
    if (s.size() == before) return s;
  }
}

std::string over_limit(size_t bytes, const ReaderLimits& limits) {
  return "article is " + std::to_string(bytes) + " bytes, over the limit of " + std::to_string(limits.max_article_bytes);
}

// Checks shared by every format; returns the text to use (repaired if need be), or rejects.
bool clean_text(std::string_view raw, std::string& out, const std::string& origin, const ReaderLimits& limits,
                const ReaderCallbacks& callbacks) {
  if (raw.size() > limits.max_article_bytes) {
    callbacks.reject(origin, over_limit(raw.size(), limits));
    return false;
  }
  if (looks_binary(raw)) {
    callbacks.reject(origin, "binary data, not text");
    return false;
  }
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);  // byte-order mark
  size_t repairs = 0;
  out = is_valid_utf8(raw) ? std::string(raw) : repair_utf8(raw, &repairs);
  if (repairs) callbacks.warn(origin, "invalid UTF-8 repaired (" + std::to_string(repairs) + " sequences replaced)");
  return true;
}

// Splits off the first non-empty line of `text`, trimmed; `text` keeps what follows it.
std::string_view take_line(std::string_view& text) {
  while (!text.empty()) {
    size_t newline = text.find('\n');
    std::string_view line = trim(text.substr(0, newline));
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (!line.empty()) return line;
  }
  return {};
}

bool deliver(Article&& a, const ReaderCallbacks& callbacks) {
  if (a.id.empty()) {
    callbacks.reject(a.origin, "no id");
    return false;
  }
  if (trim(a.title).empty() && trim(a.body).empty()) {
    callbacks.reject(a.origin, "empty article (no title and no body)");
    return false;
  }
  callbacks.article(std::move(a));
  return true;
}

std::string json_string(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  throw std::invalid_argument(std::string("field \"") + key + "\" is not a string");
}

}  // namespace

void read_plain_text(std::string_view content, const std::string& id, const std::string& origin,
                     const ReaderLimits& limits, const ReaderCallbacks& callbacks) {
  std::string text;
  if (!clean_text(content, text, origin, limits, callbacks)) return;
  std::string_view rest(text);
  Article a;
  a.id = id;
  a.origin = origin;
  a.title = std::string(take_line(rest));
  a.body = std::string(trim(rest));
  a.date = find_date(text);
  deliver(std::move(a), callbacks);
}

bool looks_like_livedoor(std::string_view content) {
  // Only the line's first 16 bytes are matched: std::regex recurses once per character of a `.*`.
  static const std::regex timestamp("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  std::string_view rest = content;
  std::string_view url = take_line(rest);
  std::string_view date = take_line(rest).substr(0, 16);
  return (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0) &&
         std::regex_match(date.begin(), date.end(), timestamp);
}

void read_livedoor(std::string_view content, const std::string& id, const std::string& origin,
                   const ReaderLimits& limits, const ReaderCallbacks& callbacks) {
  std::string text;
  if (!clean_text(content, text, origin, limits, callbacks)) return;
  std::string_view rest(text);
  Article a;
  a.id = id;
  a.origin = origin;
  a.url = std::string(take_line(rest));
  a.date = find_date(take_line(rest));
  a.title = std::string(take_line(rest));
  a.body = std::string(trim(rest));
  a.source = "livedoor";
  a.lang = "ja";
  deliver(std::move(a), callbacks);
}

bool read_line(std::istream& in, std::string& line, size_t limit, size_t& length, uint64_t& consumed) {
  using traits = std::char_traits<char>;
  std::streambuf* buffer = in.rdbuf();
  line.clear();
  length = 0;
  int c = buffer->sbumpc();
  if (traits::eq_int_type(c, traits::eof())) return false;
  for (; !traits::eq_int_type(c, traits::eof()) && c != '\n'; c = buffer->sbumpc())
    if (length++ <= limit) line.push_back(traits::to_char_type(c));
  consumed += length + (c == '\n');
  return true;
}

void read_json_lines(std::istream& in, const std::string& origin, const ReaderLimits& limits,
                     const ReaderCallbacks& callbacks) {
  std::string line;
  size_t length = 0;
  uint64_t consumed = 0;
  for (size_t number = 1; read_line(in, line, limits.max_article_bytes, length, consumed); ++number) {
    if (callbacks.consumed) callbacks.consumed(consumed);
    std::string where = origin + ":" + std::to_string(number);
    if (length > limits.max_article_bytes) {
      callbacks.reject(where, over_limit(length, limits));
      continue;
    }
    if (trim(line).empty()) continue;
    std::string text;
    if (!clean_text(line, text, where, limits, callbacks)) continue;
    nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
    if (object.is_discarded() || !object.is_object()) {
      callbacks.reject(where, "malformed JSON line");
      continue;
    }
    Article a;
    a.origin = where;
    try {
      a.id = json_string(object, "id");
      a.title = json_string(object, "title");
      a.body = json_string(object, "body");
      a.url = json_string(object, "url");
      a.source = json_string(object, "source");
      a.lang = json_string(object, "lang");
      std::string date = json_string(object, "date");
      a.date = date.empty() ? std::string() : find_date(date);
      if (!date.empty() && a.date.empty()) callbacks.warn(where, "date \"" + date + "\" not understood, ignored");
    } catch (const std::exception& e) {
      callbacks.reject(where, e.what());
      continue;
    }
    deliver(std::move(a), callbacks);
  }
}

}  // namespace news
