// A news article as read from any input format, before analysis.
#pragma once
#include <string>

namespace news {

struct Article {
  std::string id;      // unique per article; re-indexing the same id replaces it
  std::string title;
  std::string body;
  std::string date;    // YYYY-MM-DD, or empty when unknown
  std::string url;
  std::string source;
  std::string lang;    // BCP-47; empty means "detect"
  std::string origin;  // where it came from ("file" or "file:line"), for messages
  std::string file;    // absolute path of the file it came from; empty for standard input
};

}  // namespace news
