// Words written together: the indexed words a query word that matches nothing is cut into, and
// the search for them in its place.
#include <gtest/gtest.h>

#include "analysis/analyzer.h"
#include "indexer/index_writer.h"
#include "searcher/searcher.h"
#include "searcher/word_break.h"
#include "tests/articles.h"
#include "tests/test_support.h"

namespace news {
namespace {

using testing::make;

class WordBreak : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = new Analyzer();
    db_path_ = testing::scratch_dir("word-break") + "/db";
    IndexWriter writer(WriterOptions(db_path_, 1, 100), *analyzer_);
    writer.write(make("ny", "", "The New York marathon drew thousands of runners.", "en"));
    writer.write(make("ny-traffic", "", "Traffic stopped for the New York marathon.", "en"));
    writer.write(make("ny-museum", "", "A New York museum opened its doors.", "en"));
    writer.write(make("stadium", "", "A new stadium opened in York.", "en"));
    writer.write(make("ar", "", "صوت النواب في البرلمان على القانون الجديد.", "ar"));
    writer.write(make("ar-session", "", "اجتمع النواب في جلسة طارئة.", "ar"));
    writer.write(make("ar-other", "", "ناقش البرلمان الميزانية.", "ar"));
    writer.commit();
    db_ = new Xapian::Database(db_path_);
    searcher_ = new Searcher({db_path_}, *analyzer_);
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete db_;
    delete analyzer_;
  }

  static SearchResponse search(const std::string& query) {
    SearchRequest r;
    r.query = query;
    r.snippets = false;
    return searcher_->search(r);
  }
  static std::vector<std::string> cut(const std::string& word) { return indexed_words_written_together(*db_, word); }

  static Analyzer* analyzer_;
  static std::string db_path_;
  static Xapian::Database* db_;
  static Searcher* searcher_;
};
Analyzer* WordBreak::analyzer_;
std::string WordBreak::db_path_;
Xapian::Database* WordBreak::db_;
Searcher* WordBreak::searcher_;

TEST_F(WordBreak, AWordIsCutIntoIndexedWordsThatFollowEachOtherInTwoArticles) {
  EXPECT_EQ(cut("newyork"), (std::vector<std::string>{"new", "york"}));
  EXPECT_EQ(cut("newyorkmarathon"), (std::vector<std::string>{"new", "york", "marathon"}));
  EXPECT_EQ(cut("النوابفي"), (std::vector<std::string>{"النواب", "في"}));
}

TEST_F(WordBreak, WordsNotOneAfterTheOtherInTwoArticlesAreNoCut) {
  EXPECT_TRUE(cut("marathonstadium").empty());  // both indexed, never one after the other
  EXPECT_TRUE(cut("drewthousands").empty());    // one after the other in one article only
  EXPECT_TRUE(cut("yorknew").empty());          // the other way round
  EXPECT_TRUE(cut("newyorx").empty());          // "yorx" is no indexed word
  EXPECT_TRUE(cut("anew").empty());             // "a new" in two articles, but "a" is one character
}

TEST_F(WordBreak, AQueryWordMatchingNothingIsSearchedAsItsWords) {
  SearchResponse r = search("newyork runners");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].article.id, "ny");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0], "searched as: new york runners");

  r = search("تصويت النوابفي");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].article.id, "ar");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0], "searched as: تصويت النواب في");
}

TEST_F(WordBreak, TheWordsKeepTheQuerysCapitalsAndSyntax) {
  // Spelt in lower case, the words would make NOT an operator again and leave out ny-traffic.
  SearchResponse r = search("NEWYORK NOT STOPPED");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0], "searched as: NEW YORK NOT STOPPED");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].article.id, "ny-traffic");
  // Quoted, the words stay one for +: "+new york" would require only "new", found in "stadium".
  r = search("+newyork museum");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0], "searched as: +\"new york\" museum");
  ASSERT_EQ(r.hits.size(), 3u);
  EXPECT_EQ(r.hits[0].article.id, "ny-museum");
  for (const SearchHit& hit : r.hits) EXPECT_NE(hit.article.id, "stadium");
  r = search("marathon AND newyork");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0], "searched as: marathon AND \"new york\"");
  // Not an operand (beside a phrase, ORed): the words are words of their own, as in a plain query.
  r = search("\"york marathon\" newyork");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_EQ(r.notes[0], "searched as: \"york marathon\" new york");
}

TEST_F(WordBreak, QueriesWhoseWordsMatchAreSearchedAsTyped) {
  for (const char* query : {"new york", "marathonstadium york", "\"york marathon\""}) {
    SearchResponse r = search(query);
    EXPECT_TRUE(r.notes.empty()) << query << ": " << r.notes[0];
  }
}

}  // namespace
}  // namespace news
