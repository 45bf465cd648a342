// Fuzzes the plain-text reader (title line, body, a date found in the text) and what the indexer
// builds from its articles.
#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  size_t articles = 0;
  news::read_plain_text(news::fuzz::as_text(data, size), "fuzz-id", "fuzz.txt", news::fuzz::fuzz_limits(),
                        news::fuzz::checking_callbacks(articles));
  FUZZ_CHECK(articles <= 1);
  return 0;
}
