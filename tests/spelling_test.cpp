// "Did you mean": the nearest indexed words (alphabetic words only) and the suggestions the
// searcher makes from them, on the seed articles, in one database and in shards.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <set>

#include "analysis/analyzer.h"
#include "analysis/utf8.h"
#include "indexer/index_writer.h"
#include "searcher/searcher.h"
#include "searcher/nearest_word.h"
#include "tests/seed_databases.h"
#include "tests/test_support.h"

namespace news {
namespace {

using testing::quote;
using testing::run;

class Spelling : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dbs_ = testing::index_seed_databases("spelling");
    analyzer_ = new Analyzer();
    searcher_ = new Searcher({dbs_.one}, *analyzer_);
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete analyzer_;
  }

  static std::string suggestion(const std::string& query, Searcher& searcher = *searcher_) {
    SearchRequest r;
    r.query = query;
    r.snippets = false;
    return searcher.search(r).suggestion;
  }

  static testing::SeedDatabases dbs_;
  static Analyzer* analyzer_;
  static Searcher* searcher_;
};
testing::SeedDatabases Spelling::dbs_;
Analyzer* Spelling::analyzer_;
Searcher* Spelling::searcher_;

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  auto edits = [](const char32_t* a, const char32_t* b, unsigned max) { return edit_distance(a, b, max); };
  EXPECT_EQ(edits(U"alimov", U"alimov", 2), 0u);
  EXPECT_EQ(edits(U"alimvo", U"alimov", 2), 1u);            // two neighbours swapped
  EXPECT_EQ(edits(U"coopertion", U"cooperation", 2), 1u);   // a letter left out
  EXPECT_EQ(edits(U"summit", U"sumit", 2), 1u);
  EXPECT_EQ(edits(U"zurich", U"zürich", 2), 1u);            // code points, not bytes
  EXPECT_EQ(edits(U"cooperation", U"corporation", 2), 2u);
  EXPECT_EQ(edits(U"seminar", U"semantic", 2), 3u);         // more than the limit: limit + 1
  EXPECT_EQ(edits(U"ab", U"abcdef", 2), 3u);
}

TEST_F(Spelling, NearestIndexedWordsComeFromTheArticles) {
  Xapian::Database db(dbs_.one);
  EXPECT_EQ(nearest_indexed_word(db, "alimvo", 2), "alimov");
  EXPECT_EQ(nearest_indexed_word(db, "coopertion", 2), "cooperation");
  EXPECT_EQ(nearest_indexed_word(db, "qingdoa", 2), "qingdao");
  EXPECT_NE(nearest_indexed_word(db, "cooperation", 2), "cooperation");  // never the word itself
  EXPECT_EQ(nearest_indexed_word(db, "xqzvvy", 2), "");
  EXPECT_EQ(nearest_indexed_word(db, "blimov", 2), "");  // a typo in the first letter is not looked for
}

// The scan skips the words that begin too far from the target; it must find what measuring
// every word with the same first character finds (the nearest, then the most frequent).
TEST(NearestIndexedWord, SkippingAheadFindsWhatMeasuringEveryWordFinds) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  std::mt19937 random(7);
  const std::u32string letters = U"abcdeéиж";
  auto make_word = [&](size_t length) {
    std::u32string w;
    for (size_t i = 0; i < length; ++i) w += letters[random() % letters.size()];
    return w;
  };
  auto utf8 = [](const std::u32string& w) {
    std::string out;
    for (char32_t c : w) out += c < 0x80 ? std::string(1, static_cast<char>(c)) : std::string{static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    return out;
  };
  std::vector<std::string> words;
  for (int d = 0; d < 300; ++d) {
    Xapian::Document doc;
    for (int k = 0; k < 8; ++k) {
      words.push_back(utf8(make_word(2 + random() % 7)));
      doc.add_term(words.back());
    }
    db.add_document(doc);
  }
  auto measured_one_by_one = [&](const std::string& word, unsigned max_edits) {
    std::string best;
    unsigned best_edits = max_edits + 1;
    Xapian::doccount best_frequency = 0;
    std::string first = word.substr(0, static_cast<unsigned char>(word[0]) < 0x80 ? 1 : 2);
    for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
      unsigned edits = edit_distance(code_points(word), code_points(*it), max_edits);
      if (edits > max_edits || *it == word) continue;
      if (edits < best_edits || (edits == best_edits && it.get_termfreq() > best_frequency))
        best = *it, best_edits = edits, best_frequency = it.get_termfreq();
    }
    return best;
  };
  size_t found = 0;
  for (int q = 0; q < 400; ++q) {
    std::string target = q % 2 ? words[random() % words.size()] : utf8(make_word(3 + random() % 6));
    for (unsigned max_edits : {1u, 2u}) {
      std::string expected = measured_one_by_one(target, max_edits);
      EXPECT_EQ(nearest_indexed_word(db, target, max_edits), expected) << target << " within " << max_edits;
      found += !expected.empty();
    }
  }
  EXPECT_GT(found, 200u);  // the comparison is about words that have neighbours
}

TEST(SpellingWords, AlphabeticScriptsOnly) {
  for (const char* word : {"cooperation", "zürich", "москва", "αθήνα", "القاهرة", "sco2024"}) EXPECT_TRUE(is_spelling_word(word)) << word;
  for (const char* word : {"上海", "東京駅", "서울", "กรุงเทพ", "2018", "-", ""}) EXPECT_FALSE(is_spelling_word(word)) << word;
}

TEST_F(Spelling, MisspeltWordsGetTheIndexedWordsCasedAsTyped) {
  EXPECT_EQ(suggestion("Alimvo"), "Alimov");
  EXPECT_EQ(suggestion("coopertion"), "cooperation");
  EXPECT_EQ(suggestion("COOPERTION"), "COOPERATION");
  EXPECT_EQ(suggestion("organizaton shanghai"), "organization shanghai");  // found results, still a typo
}

TEST_F(Spelling, OperatorsQuotesAndFieldsStayAsTyped) {
  EXPECT_EQ(suggestion("+Alimvo \"Shanghai Coopertion Organization\" lang:en"),
            "+Alimov \"Shanghai Cooperation Organization\" lang:en");
  EXPECT_EQ(suggestion("title:Coopertion OR sumit -Alimvo"), "title:Cooperation OR summit -Alimov");
  EXPECT_EQ(suggestion("(coopertion"), "(cooperation");  // unbalanced: searched as words
}

TEST_F(Spelling, CorrectQueriesGetNone) {
  for (const char* query : {"cooperation", "Alimov", "Shanghai Cooperation Organization", "inter-civilizational dialogue",
                            "\"community of shared future\"", "cooperate", "lang:en"})
    EXPECT_EQ(suggestion(query), "") << query;
  // Real words with a more frequent neighbour in the dictionary, which Xapian alone would offer.
  for (const char* query : {"amongst", "centre", "bridges", "any"}) EXPECT_EQ(suggestion(query), "") << query;
  EXPECT_EQ(suggestion("cooperations"), "");  // not in the articles, but its stem is
}

TEST_F(Spelling, CjkQueriesGetNone) {
  for (const char* query : {"上海合作组识", "秘书常", "系统管理"}) EXPECT_EQ(suggestion(query), "") << query;
}

TEST_F(Spelling, ShardsCombineTheirDictionaries) {
  Searcher sharded({dbs_.shards}, *analyzer_);
  EXPECT_EQ(suggestion("Alimvo", sharded), "Alimov");
  EXPECT_EQ(suggestion("coopertion", sharded), "cooperation");
  EXPECT_EQ(suggestion("cooperation", sharded), "");
}

TEST_F(Spelling, JsonAndHumanOutputCarryIt) {
  testing::CommandResult r = run(testing::kBin + "/newssearch --json --db " + quote(dbs_.one) + " coopertion");
  EXPECT_EQ(r.status, 1) << r.out;  // no results for the misspelt word
  EXPECT_EQ(nlohmann::json::parse(r.out)["suggestion"], "cooperation");
  r = run(testing::kBin + "/newssearch --json --db " + quote(dbs_.one) + " cooperation");
  EXPECT_EQ(nlohmann::json::parse(r.out)["suggestion"], "");
  r = run(testing::kBin + "/newssearch --db " + quote(dbs_.one) + " Alimvo");
  EXPECT_NE(r.out.find("Did you mean: Alimov"), std::string::npos) << r.out;
}

TEST(SpellingAfterChanges, OnlyWordsThatStillMatchAreOffered) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("spelling-changes") + "/db";
  auto index = [&](const Article& a) {
    IndexWriter writer(WriterOptions(db, 1, 10), analyzer);
    writer.write(a);
    writer.commit();
  };
  Article a;
  a.id = "a";
  a.title = "Zanzibar";
  a.body = "Ferries leave Zanzibar every morning.";
  a.lang = "en";
  index(a);
  Searcher before({db}, analyzer);
  SearchRequest r;
  r.query = "Zanzibr";
  EXPECT_EQ(before.search(r).suggestion, "Zanzibar");
  a.title = "Pemba";
  a.body = "Ferries leave Pemba every morning.";
  index(a);
  Searcher after({db}, analyzer);
  EXPECT_EQ(after.search(r).suggestion, "");  // "zanzibar" stays in the dictionary, in no article
  r.query = "Pmeba";
  EXPECT_EQ(after.search(r).suggestion, "Pemba");
}

}  // namespace
}  // namespace news
