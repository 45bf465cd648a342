// Fuzzes the livedoor reader and the format sniffing that sends files to it (URL line, timestamp
// line, title, body), and what the indexer builds from its articles.
#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content = news::fuzz::as_text(data, size);
  size_t articles = 0;
  if (news::looks_like_livedoor(content))
    news::read_livedoor(content, "fuzz-id", "fuzz.txt", news::fuzz::fuzz_limits(), news::fuzz::checking_callbacks(articles));
  else
    news::read_plain_text(content, "fuzz-id", "fuzz.txt", news::fuzz::fuzz_limits(), news::fuzz::checking_callbacks(articles));
  FUZZ_CHECK(articles <= 1);
  return 0;
}
