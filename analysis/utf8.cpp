#include "analysis/utf8.h"

#include <unicode/utf8.h>

namespace news {

bool is_valid_utf8(std::string_view text) {
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0) return false;
  }
  return true;
}

std::string repair_utf8(std::string_view text, size_t* repairs) {
  std::string out;
  out.reserve(text.size());
  size_t count = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      ++count;
    } else {
      out.append(text.data() + start, static_cast<size_t>(i - start));
    }
  }
  if (repairs) *repairs = count;
  return out;
}

bool looks_binary(std::string_view text) {
  size_t controls = 0;
  size_t sample = text.size() < 8192 ? text.size() : 8192;
  for (size_t i = 0; i < sample; ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 10 > sample;  // text files have almost none
}

std::string_view truncate_utf8(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

size_t char_count(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

char32_t next_code_point(std::string_view text, size_t& at) {
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  at = static_cast<size_t>(i);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::vector<uint32_t> char_starts(std::string_view text) {
  std::vector<uint32_t> starts;
  starts.reserve(text.size());
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    starts.push_back(static_cast<uint32_t>(i));
    U8_FWD_1(text.data(), i, n);
  }
  return starts;
}

}  // namespace news
