// The query builder: what a query's words are searched as (tree shapes), and the ranking those
// shapes give over a small index.
#include "searcher/query_builder.h"

#include <gtest/gtest.h>

#include <map>

namespace news {
namespace {

Analyzer& analyzer() {
  static Analyzer a;
  return a;
}

std::string built(const std::string& query) {
  QueryBuilder builder(analyzer());
  return builder.build(parse_query(query), query).query.get_description();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(QueryBuilder, WordsGetTheirStemsAndAccentFormsAsSynonyms) {
  std::string q = built("Zürich running");
  EXPECT_NE(q.find("zürich"), std::string::npos) << q;
  EXPECT_NE(q.find("XAzurich"), std::string::npos) << q;
  EXPECT_NE(q.find("Zrun"), std::string::npos) << q;
  EXPECT_NE(q.find("SYNONYM"), std::string::npos) << q;
}

TEST(QueryBuilder, ABigramAskedForTwiceIsOneTermWeighedForBoth) {
  // 会议 is a word of both runs (its one bigram) and a bigram of both: one term, weighed 0.5 four
  // times, and once more for each time the word was asked for (as the word itself, below).
  std::string q = built("召开会议 会议精神");
  EXPECT_EQ(count(q, "XB会议"), 1u) << q;
  EXPECT_NE(q.find("4 * XB会议"), std::string::npos) << q;
}

// In Han and kana text a two-character word's bigram stands for the word in a query of several
// words: one posting list instead of two nearly equal ones. Alone, or in Thai, the word is kept.
TEST(QueryBuilder, TwoCharacterHanWordsAreReadAsTheirBigram) {
  std::string q = built("召开会议 会议精神");
  EXPECT_EQ(count(q, "会议"), count(q, "XB会议")) << q;  // no term 会议 of its own
  EXPECT_NE(q.find("XB召开"), std::string::npos) << q;
  EXPECT_EQ(count(q, "召开"), count(q, "XB召开")) << q;

  std::string alone = built("会议");  // alone too: the index writes the word as its bigram only
  EXPECT_EQ(count(alone, "会议"), count(alone, "XB会议")) << alone;

  std::string thai = built("ปีใหม่ไทย");
  EXPECT_GT(count(thai, "ปี"), count(thai, "XBปี")) << thai;
}

// A word of three or more characters is also found as all of its bigrams, wherever the document
// was cut; without their positions, which only the whole string's phrase reads.
TEST(QueryBuilder, CjkWordsAreAlsoSearchedAsAllOfTheirBigrams) {
  std::string q = built("コーヒーを飲む");
  EXPECT_NE(q.find("(XBコー AND XBーヒ AND XBヒー)"), std::string::npos) << q;
  EXPECT_EQ(q.find("XBコー PHRASE 3"), std::string::npos) << q;
  EXPECT_EQ(count(q, "PHRASE"), 5u) << q;  // only the whole string's: six bigrams, five joins
  EXPECT_EQ(q.find("ELITE_SET"), std::string::npos) << q;
}

TEST(QueryBuilder, LongCjkQueriesKeepTheirMostTellingPartsAndReadNoPositions) {
  std::string headline = "中共中央政治局常务委员会召开会议 研究部署西藏定日抗震救灾工作 中共中央总书记习近平主持会议";
  std::string q = built(headline);
  EXPECT_NE(q.find("ELITE_SET 30"), std::string::npos) << q;  // Han: fewer parts for as many words
  EXPECT_EQ(q.find("PHRASE"), std::string::npos) << q;

  std::string thai = built("ผู้ซื้อต่างประเทศจะถูกเก็บอากรแสตมป์ที่สูงขึ้นเมื่อพวกเขาซื้อทรัพย์สินในสหราชอาณาจักร");
  EXPECT_NE(thai.find("ELITE_SET 40"), std::string::npos) << thai;
}

// In a long Thai query the run's bigrams find a word's letters; each word's bigrams are not asked
// for together again (Han and kana words keep theirs: without, their headlines ranked worse). No
// long query is asked for as one whole string: a headline is not a name or a term.
TEST(QueryBuilder, LongThaiQueriesAskForEachBigramOnceAndNoLongQueryIsOneString) {
  std::string thai = built("ผู้ซื้อต่างประเทศจะถูกเก็บอากรแสตมป์ที่สูงขึ้นเมื่อพวกเขาซื้อทรัพย์สินในสหราชอาณาจักร");
  EXPECT_EQ(count(thai, " AND XB"), 0u) << thai;
  EXPECT_EQ(count(thai, "PHRASE"), 0u) << thai;
  EXPECT_NE(thai.find(" ประเทศ "), std::string::npos) << thai;  // the word,
  EXPECT_EQ(count(thai, "XBปร "), 1u) << thai;                  // its bigram once, as the run's
  std::string short_thai = built("ต่างประเทศ เก็บภาษี");
  EXPECT_NE(short_thai.find(" AND XB"), std::string::npos) << short_thai;
  std::string one_string = built("สหราชอาณาจักร");
  EXPECT_NE(one_string.find("PHRASE"), std::string::npos) << one_string;
  std::string long_han_string = built("中共中央政治局常务委员会召开会议研究部署西藏定日抗震救灾工作");
  EXPECT_EQ(long_han_string.find("PHRASE"), std::string::npos) << long_han_string;
  EXPECT_NE(long_han_string.find("(XB政治 AND XB治局)"), std::string::npos) << long_han_string;
}

// A search that is one CJK string gets the bonus of documents holding it whole; a query of
// several runs, or with spaced words beside one, does not (it ranked shared runs too high).
TEST(QueryBuilder, OneCjkStringAloneIsAlsoSearchedWhole) {
  std::string q = built("上海合作组织");
  EXPECT_GE(count(q, "FixedWeightPostingSource"), 1u) << q;
  EXPECT_NE(q.find("(XB上海 PHRASE 5 XB海合 PHRASE 5 XB合作 PHRASE 5 XB作组 PHRASE 5 XB组织)"), std::string::npos) << q;
  for (const char* other : {"上海合作组织 峰会", "SCO 上海合作组织"})
    EXPECT_EQ(count(built(other), "FixedWeightPostingSource"), 0u) << other;
}

// A two-character string is its one bigram: the bonus goes to the documents holding it, whatever
// way ICU cut the query (博古 is two one-character words to it), and no positions are read.
TEST(QueryBuilder, ATwoCharacterStringAloneIsSearchedWholeByItsBigram) {
  for (const char* text : {"上海", "博古"}) {
    std::string q = built(text);
    EXPECT_GE(count(q, "FixedWeightPostingSource"), 1u) << q;
    EXPECT_EQ(q.find("PHRASE"), std::string::npos) << q;
  }
}

std::vector<std::string> units(const std::string& query) {
  QueryBuilder builder(analyzer());
  std::vector<std::string> out;
  for (const Xapian::Query& u : builder.build(parse_query(query), query).units) out.push_back(u.get_description());
  return out;
}

// What a document must hold to count as a result: each word (any of its forms) and each CJK/Thai
// string whole; nothing for one word, operators, long queries or only stopwords.
TEST(QueryBuilder, AQueryOfWordsRequiresEachWordAndEachStringWhole) {
  std::vector<std::string> u = units("上海合作组织 峰会");
  ASSERT_EQ(u.size(), 2u);
  EXPECT_NE(u[0].find("XB上海 PHRASE 5 XB海合 PHRASE 5 XB合作 PHRASE 5 XB作组 PHRASE 5 XB组织"), std::string::npos) << u[0];
  EXPECT_NE(u[1].find("XB峰会"), std::string::npos) << u[1];
  u = units("the running summit lang:en");
  ASSERT_EQ(u.size(), 2u);  // the stopword is not required; the filter is no word
  EXPECT_NE(u[0].find("Zrun"), std::string::npos) << u[0];
  EXPECT_NE(u[1].find("summit"), std::string::npos) << u[1];
  u = units("서울특별시는 발표");  // a Korean word may be there without its particle
  ASSERT_EQ(u.size(), 2u);
  EXPECT_NE(u[0].find("Z서울특별시"), std::string::npos) << u[0];
  for (const char* none : {"summit", "sco OR summit", "+sco summit", "\"sco summit\"", "to be or not to be",
                           "a b c d e f g h", "中共中央政治局常务委员会召开会议 研究部署西藏定日抗震救灾工作"})
    EXPECT_TRUE(units(none).empty()) << none;
}

// Articles in the languages writing the other form of Han come after those holding the string as
// typed; Japanese is one of them only for a string that is not itself Japanese.
TEST(QueryBuilder, TheOtherFormsLanguagesComeSecondForAWholeString) {
  std::string simplified = built("书籍"), traditional = built("書籍"), japanese = built("会社の");
  EXPECT_NE(simplified.find("Lzh-hant"), std::string::npos) << simplified;
  EXPECT_NE(simplified.find("Lja"), std::string::npos) << simplified;
  EXPECT_NE(traditional.find("Lzh-hans"), std::string::npos) << traditional;
  EXPECT_EQ(traditional.find("Lja"), std::string::npos) << traditional;
  EXPECT_NE(japanese.find("Lzh-hant"), std::string::npos) << japanese;  // 会 is simplified for 會
  EXPECT_EQ(japanese.find("Lja"), std::string::npos) << japanese;
  EXPECT_EQ(built("上海").find("Lzh"), std::string::npos);  // the same in both forms
}

TEST(QueryBuilder, LongQueriesWithoutRunsAreSearchedWhole) {
  std::string q = built("the effect of surface roughness on the heat transfer of a flat plate in supersonic flow at high mach numbers");
  EXPECT_EQ(q.find("ELITE_SET"), std::string::npos) << q;
}

// A word typed twice is one part of the query, read once, weighing what its two readings did:
// a document scores for it twice.
TEST(QueryBuilder, AWordAskedForTwiceIsReadOnceAndWeighsTwice) {
  std::string q = built("harbour storm harbour");
  EXPECT_EQ(count(q, "(harbour OR"), 1u) << q;
  EXPECT_NE(q.find("2 * (harbour OR"), std::string::npos) << q;

  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const Xapian::termcount wdfs[][3] = {{2, 1, 5}, {1, 0, 3}, {0, 2, 1}, {3, 3, 9}};  // harbour, storm, other
  for (const auto& wdf : wdfs) {
    Xapian::Document doc;
    const char* terms[] = {"harbour", "storm", "other"};
    for (int t = 0; t < 3; ++t)
      if (wdf[t]) doc.add_term(terms[t], wdf[t]);
    db.add_document(doc);
  }
  auto weights = [&](const std::string& text) {
    Xapian::Enquire enquire(db);
    enquire.set_query(QueryBuilder(analyzer()).build(parse_query(text), text, {"en"}).query);
    std::map<Xapian::docid, double> out;
    Xapian::MSet mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) out[*it] = it.get_weight();
    return out;
  };
  auto none = weights("storm"), once = weights("storm harbour"), twice = weights("storm harbour harbour");
  ASSERT_EQ(twice.size(), 4u);
  for (const auto& [doc, weight] : twice) {
    double harbour = once[doc] - (none.count(doc) ? none[doc] : 0.0);
    EXPECT_NEAR(weight - once[doc], harbour, 1e-9) << doc;
  }
  EXPECT_GT(twice[4] - once[4], 0.0);
}

TEST(QueryBuilder, AClauseOfOnlyStopwordsIsAlsoSearchedAsAPhrase) {
  std::string q = built("lors d’une partie");
  EXPECT_NE(q.find("(d PHRASE 2 une)"), std::string::npos) << q;
}

}  // namespace
}  // namespace news
