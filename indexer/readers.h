// Readers for the three article formats. Each turns raw bytes into Articles and reports, rather
// than throws, whatever it has to reject, so that one bad article never stops a run.
#pragma once
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "store/article.h"

namespace news {

using ArticleHandler = std::function<void(Article&&)>;
using RejectHandler = std::function<void(const std::string& origin, const std::string& reason)>;
using WarningHandler = std::function<void(const std::string& origin, const std::string& message)>;

struct ReaderLimits {
  size_t max_article_bytes = 8u << 20;  // larger articles are rejected, not truncated silently
};

struct ReaderCallbacks {
  ArticleHandler article;
  RejectHandler reject;
  WarningHandler warn;
  // Optional: the bytes of the input consumed so far, told as a long stream is read (JSON Lines:
  // after each line), so that progress moves within one large file.
  std::function<void(uint64_t consumed)> consumed;
};

// Plain text like the seed articles: the first non-empty line is the title, the rest the body;
// the date is found in the text; the id is the file name without its extension.
void read_plain_text(std::string_view content, const std::string& id, const std::string& origin,
                     const ReaderLimits& limits, const ReaderCallbacks& callbacks);

// livedoor news files: URL line, date line (ISO timestamp), title line, then the body.
void read_livedoor(std::string_view content, const std::string& id, const std::string& origin,
                   const ReaderLimits& limits, const ReaderCallbacks& callbacks);

// JSON Lines: one object per line with id, title, body and optional date, url, source, lang.
// Streams: memory does not grow with the input.
void read_json_lines(std::istream& in, const std::string& origin, const ReaderLimits& limits,
                     const ReaderCallbacks& callbacks);

// Reads the next line without its newline, keeping at most `limit` + 1 of its bytes, so that a line
// too long to be an article (a stray binary or a one-line JSON array) never sits whole in memory.
// `length` gets the line's full size, and `consumed` grows by it and the newline. False at the end
// of the input.
bool read_line(std::istream& in, std::string& line, size_t limit, size_t& length, uint64_t& consumed);

// Whether `content` is in the livedoor layout (its first two lines are a URL and a timestamp).
bool looks_like_livedoor(std::string_view content);

}  // namespace news
