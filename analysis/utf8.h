// UTF-8 checks and repair for text arriving from files, JSON and queries.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// Whether `text` is well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
bool is_valid_utf8(std::string_view text);

// `text` with every ill-formed sequence replaced by U+FFFD; `repairs` counts them.
std::string repair_utf8(std::string_view text, size_t* repairs = nullptr);

// Whether `text` looks like binary data rather than text: a NUL byte, or many control bytes.
bool looks_binary(std::string_view text);

// The number of code points in `text` (UTF-8 continuation bytes are not counted).
size_t char_count(std::string_view text);

// The code point at byte `at` of `text`, moving `at` past it; an ill-formed sequence is U+FFFD.
char32_t next_code_point(std::string_view text, size_t& at);

// The code points of `text`; an ill-formed sequence becomes U+FFFD.
std::u32string code_points(std::string_view text);

// The byte offset at which each code point of `text` begins.
std::vector<uint32_t> char_starts(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` that does not cut a character in two.
std::string_view truncate_utf8(std::string_view text, size_t max_bytes);

}  // namespace news
