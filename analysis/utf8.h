// UTF-8 checks and repair for text arriving from files, JSON and queries.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace news {

// Whether `text` is well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
bool is_valid_utf8(std::string_view text);

// `text` with every ill-formed sequence replaced by U+FFFD; `repairs` counts them.
std::string repair_utf8(std::string_view text, size_t* repairs = nullptr);

// Whether `text` looks like binary data rather than text: a NUL byte, or many control bytes.
bool looks_binary(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` that does not cut a character in two.
std::string_view truncate_utf8(std::string_view text, size_t max_bytes);

}  // namespace news
