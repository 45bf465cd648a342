// Inputs that once crashed or broke the indexer, found by fuzzing and review: each must now be
// read, or rejected with a reason, without taking the run down.
#include <gtest/gtest.h>

#include <map>

#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "indexer/index_writer.h"
#include "indexer/readers.h"
#include "tests/articles.h"
#include "tests/test_support.h"

namespace news {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> rejections;
  ReaderCallbacks callbacks() {
    ReaderCallbacks c;
    c.article = [this](Article&& a) { articles.push_back(std::move(a)); };
    c.reject = [this](const std::string&, const std::string& reason) { rejections.push_back(reason); };
    c.warn = [](const std::string&, const std::string&) {};
    return c;
  }
};

// The livedoor sniffing matched the whole second line with a backtracking regex ending in `.*`,
// whose recursion overflowed the stack on a line of about 100 KB.
TEST(HostileInput, LongTimestampLineIsSniffedWithoutRecursion) {
  std::string content = "http://news.example/1\n2018-06-16T10:00:00" + std::string(2'000'000, 'x') + "\nTitle\nBody\n";
  EXPECT_TRUE(looks_like_livedoor(content));
  EXPECT_FALSE(looks_like_livedoor("http://news.example/1\n2018-06-16T10\nTitle\n"));
  Collected c;
  read_livedoor(content, "long", "long.txt", {}, c.callbacks());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Title");
}

// A word made only of characters that normalization removes (U+17B5, a Khmer vowel that is
// default-ignorable) became an empty term, which Xapian refuses: the whole indexing run stopped.
TEST(HostileInput, IgnorableCharacterAloneMakesNoEmptyTerm) {
  Analyzer analyzer;
  std::vector<Token> tokens;
  analyzer.tokens("W\u17B5 test \u17B5 \u17B5\u17B5 x", "ko", 1, tokens);
  ASSERT_FALSE(tokens.empty());
  for (const Token& t : tokens) EXPECT_FALSE(t.term.empty()) << t.start << ".." << t.end;

  IndexWriter writer(WriterOptions(testing::scratch_dir("ignorable") + "/db", 1, 10), analyzer);
  std::vector<WriteResult> results;
  writer.on_result([&](const WriteResult& r) { results.push_back(r); });
  EXPECT_NO_THROW(writer.write(testing::make("khmer-vowel", "\u17B5", "hello \u17B5 world", "km", "", "")));
  writer.commit();
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].outcome.has_value()) << results[0].rejection;
}

// A language or source too long for a Xapian term made Xapian refuse the document with an error
// newsindex did not expect per article: the whole run stopped. Now the article alone is rejected.
TEST(HostileInput, OverlongLanguageOrSourceRejectsOnlyThatArticle) {
  Analyzer analyzer;
  IndexWriter writer(WriterOptions(testing::scratch_dir("overlong-fields") + "/db", 1, 10), analyzer);
  std::map<std::string, std::string> rejections;
  writer.on_result([&](const WriteResult& r) {
    if (!r.outcome) rejections[r.id] = r.rejection;
  });
  writer.write(testing::make("long-lang", "Title", "Body", std::string(300, 'x'), "", ""));
  writer.write(testing::make("long-source", "Title", "Body", "en", "", std::string(300, 's')));
  writer.write(testing::make("fine", "Title", "Body", "en", "", std::string(200, 's')));
  writer.commit();
  EXPECT_EQ(rejections, (std::map<std::string, std::string>{{"long-lang", "lang is longer than 238 bytes"},
                                                           {"long-source", "source is longer than 238 bytes"}}));
  EXPECT_EQ(writer.doc_count(), 1u);
}

// CLD2 read past the end of ill-formed UTF-8, which newssearch passes on from its command line
// (AddressSanitizer reports it; without it the read goes unnoticed or crashes).
TEST(HostileInput, LanguageOfIllFormedUtf8) {
  static const char kQuery[] = "l\x01\x00\x00\x01zrce:reuters\x00-raseahHp\x00\x00\x00\xF7\x00\xE7\xB6\x93\xE6\xBF\x9F";
  const std::string query(kQuery, sizeof kQuery - 1);  // found by fuzz_query
  for (const std::string& text : {query, std::string("caf\xC3"), std::string(500, '\xF0'), std::string("abc\xED\xA0\x80 def ghi jkl mno")}) {
    EXPECT_FALSE(detect_language(text).empty());
    plausible_languages(text);
  }
}

}  // namespace
}  // namespace news
