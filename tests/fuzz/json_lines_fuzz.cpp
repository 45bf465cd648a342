// Fuzzes the JSON Lines reader (one article object per line, malformed lines rejected) and what
// the indexer builds from its articles.
#include <sstream>

#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(news::fuzz::as_text(data, size)), std::ios::binary);
  size_t articles = 0;
  news::read_json_lines(in, "fuzz.jsonl", news::fuzz::fuzz_limits(), news::fuzz::checking_callbacks(articles));
  return 0;
}
