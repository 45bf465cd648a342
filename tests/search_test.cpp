// Search over a small index built in the test: every query form, filters, facets, sorting,
// duplicates, and local shards ranking like one database.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "analysis/analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "searcher/match_deadline.h"
#include "searcher/searcher.h"
#include "store/fields.h"
#include "tests/articles.h"
#include "tests/test_support.h"

namespace news {
namespace {

using testing::make;

// The ids of a search's first page, best first (no snippets).
std::vector<std::string> ranked_ids(Searcher& searcher, const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.snippets = false;
  std::vector<std::string> ids;
  for (const SearchHit& hit : searcher.search(r).hits) ids.push_back(hit.article.id);
  return ids;
}

std::vector<Article> corpus() {
  return {
      make("en-zurich", "Summit in Zürich", "Leaders met in Zürich to discuss trade.", "en", "2018-06-10", "reuters"),
      make("en-zurich-plain", "Zurich weather", "It rained in Zurich on Monday.", "en", "2019-01-05", "reuters"),
      make("en-run", "Marathon", "Thousands were running through the city.", "en", "2018-06-20", "xinhua"),
      make("en-hamlet", "Theatre", "The line to be or not to be was spoken twice.", "en", "2020-02-02", "bbc"),
      make("en-stop", "Grammar", "Not every sentence needs to be long, or short.", "en", "2020-02-03", "bbc"),
      make("zh-hans", "习近平出席会议", "国家主席习近平在北京出席上海合作组织峰会。", "zh-Hans", "2018-06-10", "xinhua"),
      make("zh-hant", "臺灣經濟", "習近平談及兩岸經濟合作。", "zh-Hant", "2018-07-01", "cna"),
      make("zh-cut", "北京大学", "我们在北京大学学习中文。", "zh-Hans", "2021-03-03", "xinhua"),
      make("zh-phrase", "发布会", "苹果公司在iPhone发布会上介绍了新产品。", "zh-Hans", "2022-09-09", "xinhua"),
      make("ko", "서울 소식", "서울특별시는 새로운 정책을 발표했다.", "ko", "2022-01-01", "yonhap"),
      make("fw", "Code", "The code ＳＣＯ２０２４ was announced.", "en", "2024-01-01", "wire"),
      make("dup-a", "Same story", "An identical body text about Kilimanjaro.", "en", "2023-01-01", "wire"),
      make("dup-b", "Same story", "An identical body text about Kilimanjaro.", "en", "2023-01-01", "wire"),
      make("ja", "東京駅", "東京駅で新しい店が開業しました。", "ja", "2023-05-05", "nhk"),
      make("uk", "Новий уряд", "Президент країни призначив у Києві новий уряд.", "uk", "2021-05-05", "ukrinform"),
      make("cs", "Nová vláda", "Prezident republiky jmenoval v Praze novou vládu.", "cs", "2021-05-06", "ctk"),
  };
}

class SearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = new Analyzer();
    dir_ = testing::scratch_dir("search-test");
    for (unsigned shards : {1u, 3u}) {
      IndexWriter writer(WriterOptions(dir_ + "/db" + std::to_string(shards), shards, 100), *analyzer_);
      for (const Article& a : corpus()) writer.write(a);
      writer.commit();
    }
    searcher_ = new Searcher({dir_ + "/db1"}, *analyzer_);
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete analyzer_;
  }

  static std::vector<std::string> ids(const std::string& query, SearchRequest request = {}) {
    request.query = query;
    request.limit = 50;
    std::vector<std::string> out;
    for (const SearchHit& h : searcher_->search(request).hits) out.push_back(h.article.id);
    return out;
  }
  static bool has(const std::vector<std::string>& v, const std::string& id) {
    return std::find(v.begin(), v.end(), id) != v.end();
  }

  static Analyzer* analyzer_;
  static Searcher* searcher_;
  static std::string dir_;
};
Analyzer* SearchTest::analyzer_;
Searcher* SearchTest::searcher_;
std::string SearchTest::dir_;

TEST_F(SearchTest, AccentFoldingFindsBothAndTheExactFormRanksFirst) {
  std::vector<std::string> plain = ids("zurich");
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(plain[0], "en-zurich-plain");
  std::vector<std::string> accented = ids("Zürich");
  ASSERT_EQ(accented.size(), 2u);
  EXPECT_EQ(accented[0], "en-zurich");
}

TEST_F(SearchTest, StemmedAndFullWidthForms) {
  EXPECT_EQ(ids("run"), std::vector<std::string>{"en-run"});
  EXPECT_EQ(ids("SCO2024"), std::vector<std::string>{"fw"});
  EXPECT_EQ(ids("ｓｃｏ２０２４"), std::vector<std::string>{"fw"});
}

// `query` finds the one article `id`, and its snippet marks the words it matched.
void expect_only_match(Searcher& searcher, const std::string& query, const std::string& id, const std::string& marked) {
  SearchRequest r;
  r.query = query;
  SearchResponse response = searcher.search(r);
  ASSERT_EQ(response.hits.size(), 1u) << query;
  EXPECT_EQ(response.hits[0].article.id, id);
  EXPECT_EQ(fragments_text(response.hits[0].snippet, "[", "]"), marked);
}

TEST_F(SearchTest, InflectedFormsFindTheArticleOfALanguageWithoutAStemmer) {
  // Ukrainian has no Snowball stemmer: its words meet by their first five letters. A query
  // Ukrainian enough for language detection, sharing no word with the article as written:
  expect_only_match(*searcher_, "президентом країною призначено", "uk", "[Президент] [країни] [призначив] у Києві новий уряд.");
  EXPECT_TRUE(ids("презентація").empty());  // "през": another word
  // Czech declines its nouns by endings and has no stemmer either: its Latin words meet the same way
  // (vládou and vládu differ in their fifth letter).
  expect_only_match(*searcher_, "vládou jmenovanou prezidentem republice", "cs", "[Prezident] [republiky] [jmenoval] v Praze novou vládu.");
  EXPECT_TRUE(ids("prezentace").empty());  // "preze": another word
}

TEST_F(SearchTest, TraditionalAndSimplifiedFindEachOther) {
  std::vector<std::string> simplified = ids("习近平");
  std::vector<std::string> traditional = ids("習近平");
  EXPECT_TRUE(has(simplified, "zh-hans") && has(simplified, "zh-hant"));
  EXPECT_TRUE(has(traditional, "zh-hans") && has(traditional, "zh-hant"));
}

TEST_F(SearchTest, CjkWordFoundWhateverTheDocumentsSegmentation) {
  // ICU cuts the text as 北京|大学; 京大 and 京大学 straddle that cut and are still found.
  EXPECT_EQ(ids("京大学"), std::vector<std::string>{"zh-cut"});
  EXPECT_EQ(ids("京大"), std::vector<std::string>{"zh-cut"});
}

TEST_F(SearchTest, CjkPhraseIsTheExactString) {
  EXPECT_EQ(ids("\"上海合作组织峰会\""), std::vector<std::string>{"zh-hans"});
  EXPECT_TRUE(ids("\"上海合作组织会议\"").empty());
  EXPECT_EQ(ids("\"iPhone发布会\""), std::vector<std::string>{"zh-phrase"});
}

TEST_F(SearchTest, KoreanWordWithoutItsParticle) { EXPECT_EQ(ids("서울특별시"), std::vector<std::string>{"ko"}); }

TEST_F(SearchTest, QueryOfOnlyStopwordsFindsThePhraseFirst) {
  std::vector<std::string> found = ids("to be or not to be");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "en-hamlet");
}

TEST_F(SearchTest, BooleanOperators) {
  EXPECT_EQ(ids("zurich -weather"), std::vector<std::string>{"en-zurich"});
  EXPECT_EQ(ids("zurich NOT trade"), std::vector<std::string>{"en-zurich-plain"});
  EXPECT_EQ(ids("zurich AND trade"), std::vector<std::string>{"en-zurich"});
  std::vector<std::string> either = ids("marathon OR theatre");
  EXPECT_EQ(either.size(), 2u);
  EXPECT_EQ(ids("+marathon theatre"), std::vector<std::string>{"en-run"});
  EXPECT_EQ(ids("(marathon OR theatre) AND twice"), std::vector<std::string>{"en-hamlet"});
}

TEST_F(SearchTest, AHeadlineInCapitalsSearchesItsNotAsAWord) {
  // Read as an operator, NOT would leave out the one article that holds "not" and "twice".
  std::vector<std::string> found = ids("LINE NOT SPOKEN TWICE");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "en-hamlet");
  EXPECT_EQ(ids("line NOT twice"), std::vector<std::string>{});
}

TEST_F(SearchTest, FieldsAndFilters) {
  EXPECT_EQ(ids("title:weather"), std::vector<std::string>{"en-zurich-plain"});
  EXPECT_TRUE(ids("title:rained").empty());
  EXPECT_EQ(ids("习近平 lang:zh-hant"), std::vector<std::string>{"zh-hant"});
  std::vector<std::string> zh = ids("习近平 lang:zh");
  EXPECT_EQ(zh.size(), 2u);
  EXPECT_EQ(ids("zurich source:Reuters year:2019"), std::vector<std::string>{"en-zurich-plain"});
  EXPECT_EQ(ids("zurich date:2018-01-01..2018-12-31"), std::vector<std::string>{"en-zurich"});
  EXPECT_EQ(ids("zurich date:2019-01-01.."), std::vector<std::string>{"en-zurich-plain"});
  EXPECT_EQ(ids("zurich date:..2018-12"), std::vector<std::string>{"en-zurich"});
  SearchRequest r;
  r.from = "2019-01-01";
  EXPECT_EQ(ids("zurich", r), std::vector<std::string>{"en-zurich-plain"});
}

TEST_F(SearchTest, FiltersAloneListByDate) {
  std::vector<std::string> found = ids("source:bbc");
  EXPECT_EQ(found, (std::vector<std::string>{"en-stop", "en-hamlet"}));  // newest first
}

TEST_F(SearchTest, SortByDate) {
  SearchRequest r;
  r.sort = SortOrder::kOldest;
  EXPECT_EQ(ids("zurich", r), (std::vector<std::string>{"en-zurich", "en-zurich-plain"}));
  r.sort = SortOrder::kNewest;
  EXPECT_EQ(ids("zurich", r), (std::vector<std::string>{"en-zurich-plain", "en-zurich"}));
}

TEST_F(SearchTest, ExactDuplicatesAreCollapsed) { EXPECT_EQ(ids("kilimanjaro").size(), 1u); }

// Many copies of one article among the best matches: each page still fills up with distinct
// articles, and pages follow on without repeating one.
TEST(Duplicates, PagesFillWithDistinctArticlesWhateverTheCopies) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("duplicates") + "/db";
  {
    IndexWriter writer(WriterOptions(db, 1, 1000), analyzer);
    for (int i = 0; i < 30; ++i)  // 30 copies of the best match, under 30 ids
      writer.write(make("copy" + std::to_string(i), "Zanzibar ferry", "Zanzibar ferry Zanzibar ferry times.", "en"));
    for (int i = 0; i < 20; ++i)
      writer.write(make("other" + std::to_string(i), "News " + std::to_string(i), "A ferry to Zanzibar and more " + std::to_string(i), "en"));
    writer.commit();
  }
  Searcher searcher({db}, analyzer);
  SearchRequest r;
  r.query = "zanzibar ferry";
  r.snippets = false;
  r.limit = 5;
  std::vector<std::string> seen;
  for (size_t page = 0; page < 3; ++page) {
    r.offset = page * r.limit;
    SearchResponse response = searcher.search(r);
    ASSERT_EQ(response.hits.size(), 5u) << "page " << page;
    for (const SearchHit& hit : response.hits) {
      EXPECT_EQ(hit.rank, seen.size() + 1);
      seen.push_back(hit.article.id);
    }
  }
  EXPECT_EQ(seen[0], "copy0");  // the copy that ranks first stands for all of them
  EXPECT_EQ(std::count_if(seen.begin(), seen.end(), [](const std::string& id) { return id.rfind("copy", 0) == 0; }), 1);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
}

// Whole strings first: the one article that holds the typed string ranks above articles holding
// all of its parts more often (every bigram, but never all in a row), which BM25 alone prefers.
TEST(WholeStrings, AnArticleHoldingTheStringRanksAboveThoseHoldingItsParts) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("whole-strings") + "/db";
  {
    IndexWriter writer(WriterOptions(db, 1, 1000), analyzer);
    writer.write(make("whole", "新闻", "今天上海合作组织召开会议。", "zh-Hans"));
    for (int i = 0; i < 5; ++i)
      writer.write(make("parts" + std::to_string(i), "上海合作", "上海合作很多，合作组织也很多。上海合作，合作组织。" + std::to_string(i), "zh-Hans"));
    for (int i = 0; i < 20; ++i) writer.write(make("other" + std::to_string(i), "天气", "今天天气很好。" + std::to_string(i), "zh-Hans"));
    writer.commit();
  }
  Searcher searcher({db}, analyzer);
  std::vector<std::string> ranked = ranked_ids(searcher, "上海合作组织");
  ASSERT_EQ(ranked.size(), 6u);  // the parts still match, below
  EXPECT_EQ(ranked[0], "whole");
}

// Articles without titles: the one whose lead is about the query ranks above one that mentions it
// as often, in as long a text, further down (which, written first, BM25 alone ranks first).
TEST(Lead, AnUntitledArticleAboutTheQueryRanksAboveOneMentioningItFurtherDown) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("lead") + "/db";
  std::string filler;
  for (size_t i = 0; i < kLeadWords + 20; ++i) filler += " harbour" + std::to_string(i % 7);
  {
    IndexWriter writer(WriterOptions(db, 1, 1000), analyzer);
    writer.write(make("further-down", "", filler + ". The volcano erupted again.", "en"));
    writer.write(make("lead", "", "The volcano erupted again." + filler + ".", "en"));
    for (int i = 0; i < 10; ++i)
      writer.write(make("other" + std::to_string(i), "", "Harbour news " + std::to_string(i), "en"));
    writer.commit();
  }
  Searcher searcher({db}, analyzer);
  EXPECT_EQ(ranked_ids(searcher, "volcano erupted"), (std::vector<std::string>{"lead", "further-down"}));
}

// A string typed in one form of Han finds the other form too (folding), but the articles that
// hold it as typed come first, even when the folded ones weigh more by BM25.
TEST(WholeStrings, ArticlesHoldingTheStringAsTypedRankAboveThoseFoundByFolding) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("whole-string-forms") + "/db";
  {
    IndexWriter writer(WriterOptions(db, 1, 1000), analyzer);
    writer.write(make("hans", "新闻", "图书馆有很多书籍和报纸，也有杂志和地图。", "zh-Hans"));
    writer.write(make("hant", "書籍", "書籍。書籍很多。", "zh-Hant"));
    writer.write(make("ja", "書籍", "書籍の話。書籍。", "ja"));
    for (int i = 0; i < 10; ++i) writer.write(make("other" + std::to_string(i), "天气", "今天天气很好。" + std::to_string(i), "zh-Hans"));
    writer.commit();
  }
  Searcher searcher({db}, analyzer);
  std::vector<std::string> simplified = ranked_ids(searcher, "书籍"), traditional = ranked_ids(searcher, "書籍");
  ASSERT_EQ(simplified.size(), 3u);
  EXPECT_EQ(simplified[0], "hans");
  ASSERT_EQ(traditional.size(), 3u);
  EXPECT_EQ(traditional[2], "hans");  // the Japanese article is not demoted: 書 is also its form
}

// What counts as a result: the articles holding every word when there are enough of them, else
// those holding all words but one, else those holding any. Totals and facets count them; the list
// is the ranking of any word, as before.
class Requirements : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = new Analyzer;
    std::string db = testing::scratch_dir("requirements") + "/db";
    {
      IndexWriter writer(WriterOptions(db, 1, 1000), *analyzer_);
      auto add = [&](const std::string& id, const std::string& body, const std::string& lang) {
        writer.write(make(id, "news", body + " " + id, lang));  // the id: no two are duplicates
      };
      for (int i = 0; i < 12; ++i) add("both" + std::to_string(i), "The summit on trade opened today.", i < 9 ? "en" : "de");
      for (int i = 0; i < 5; ++i) add("summit" + std::to_string(i), "A summit summit summit of leaders.", "en");
      for (int i = 0; i < 3; ++i) add("weather" + std::to_string(i), "Weather and summit views.", "en");
      for (int i = 0; i < 10; ++i) add("cjk" + std::to_string(i), "上海合作组织峰会今天开幕。", "zh-Hans");
      for (int i = 0; i < 4; ++i) add("part" + std::to_string(i), "上海今天天气很好，峰会开幕。", "zh-Hans");
      writer.commit();
    }
    searcher_ = new Searcher({db}, *analyzer_);
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete analyzer_;
  }
  static SearchResponse search(const std::string& query) {
    SearchRequest r;
    r.query = query;
    r.limit = 50;
    r.snippets = false;
    return searcher_->search(r);
  }
  static std::set<std::string> prefixes(const SearchResponse& response) {
    std::set<std::string> out;
    for (const SearchHit& hit : response.hits) out.insert(hit.article.id.substr(0, hit.article.id.find_first_of("0123456789")));
    return out;
  }
  static Xapian::doccount facet_total(const SearchResponse& response) {
    Xapian::doccount total = 0;
    for (const FacetCount& f : response.facets.at("lang")) total += f.count;
    return total;
  }
  static Analyzer* analyzer_;
  static Searcher* searcher_;
};
Analyzer* Requirements::analyzer_ = nullptr;
Searcher* Requirements::searcher_ = nullptr;

TEST_F(Requirements, EnoughArticlesHoldingEveryWordAreTheResults) {
  SearchResponse r = search("summit trade");  // 20 articles have one of the words, 12 both
  EXPECT_EQ(r.counted, Counted::kEveryPart);
  EXPECT_EQ(r.estimated, 12u);
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(facet_total(r), 12u);
  EXPECT_EQ(r.hits.size(), 20u);  // the ranking keeps the articles holding one of the words
  EXPECT_EQ(r.hits[0].article.id.rfind("both", 0), 0u) << r.hits[0].article.id;
  // A CJK string counts whole: articles holding 上海 and 峰会 apart are not counted.
  r = search("上海合作组织 峰会");
  EXPECT_EQ(r.estimated, 10u);
  EXPECT_EQ(facet_total(r), 10u);
}

TEST_F(Requirements, TooFewHoldingEveryWordFallsBackToAllButOneThenToAny) {
  // None has all three; 17 have two, 3 one (summit, as its word and its stem: one part, not two).
  SearchResponse r = search("summit trade leaders");
  EXPECT_EQ(r.counted, Counted::kAllPartsButOne);
  EXPECT_EQ(r.estimated, 17u);
  EXPECT_EQ(facet_total(r), 17u);
  r = search("weather trade");  // no article has both: any of them
  EXPECT_EQ(r.counted, Counted::kAnyPart);
  EXPECT_EQ(r.estimated, 15u);
  EXPECT_EQ(facet_total(r), 15u);
  EXPECT_EQ(prefixes(r), (std::set<std::string>{"both", "weather"}));
  EXPECT_EQ(r.hits.size(), 15u);
}

TEST_F(SearchTest, FacetsCountLanguagesSourcesAndYears) {
  SearchRequest r;
  r.query = "习近平 OR zurich";
  SearchResponse response = searcher_->search(r);
  std::map<std::string, Xapian::doccount> langs, years;
  for (const FacetCount& f : response.facets["lang"]) langs[f.value] = f.count;
  for (const FacetCount& f : response.facets["year"]) years[f.value] = f.count;
  EXPECT_EQ(langs, (std::map<std::string, Xapian::doccount>{{"en", 2}, {"zh-Hans", 1}, {"zh-Hant", 1}}));
  EXPECT_EQ(years, (std::map<std::string, Xapian::doccount>{{"2018", 3}, {"2019", 1}}));
  EXPECT_EQ(response.estimated, 4u);
  EXPECT_TRUE(response.exact);
}

TEST_F(SearchTest, PaginationRanksContinue) {
  SearchRequest r;
  r.query = "source:xinhua";
  r.limit = 2;
  r.offset = 2;
  SearchResponse page2 = searcher_->search(r);
  ASSERT_EQ(page2.hits.size(), 2u);
  EXPECT_EQ(page2.hits[0].rank, 3u);
  EXPECT_EQ(page2.estimated, 4u);
}

TEST_F(SearchTest, ShardsRankLikeOneDatabase) {
  Searcher sharded({dir_ + "/db3"}, *analyzer_);
  EXPECT_EQ(sharded.size(), searcher_->size());
  for (const char* q : {"zurich", "习近平", "\"上海合作组织峰会\"", "to be or not to be", "trade OR city OR 经济"}) {
    SearchRequest r;
    r.query = q;
    SearchResponse one = searcher_->search(r), three = sharded.search(r);
    ASSERT_EQ(one.hits.size(), three.hits.size()) << q;
    for (size_t i = 0; i < one.hits.size(); ++i) {
      EXPECT_EQ(one.hits[i].article.id, three.hits[i].article.id) << q;
      EXPECT_DOUBLE_EQ(one.hits[i].score, three.hits[i].score) << q;
    }
  }
}

TEST_F(SearchTest, ArticleById) {
  std::optional<Article> a = searcher_->article("ko");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->title, "서울 소식");
  EXPECT_FALSE(searcher_->article("missing"));
}

// Databases written before the article had its value slot keep it in the document data: their
// results still show the article with its matches marked.
TEST(StoredArticle, ADatabaseKeepingTheArticleInTheDocumentDataIsStillShown) {
  Analyzer analyzer;
  std::string path = testing::scratch_dir("article-in-data") + "/db";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    Xapian::Document doc = build_document(make("old", "Harbour news", "Ships returned to the harbour.", "en"), analyzer, "f");
    doc.set_data(doc.get_value(fields::kArticleSlot));
    doc.remove_value(fields::kArticleSlot);
    db.add_document(doc);
    db.commit();
  }
  Searcher searcher({path}, analyzer);
  SearchRequest request;
  request.query = "harbour";
  SearchResponse response = searcher.search(request);
  ASSERT_EQ(response.hits.size(), 1u);
  EXPECT_EQ(response.hits[0].article.title, "Harbour news");
  EXPECT_EQ(fragments_text(response.hits[0].snippet, "[", "]"), "Ships returned to the [harbour].");
  ASSERT_TRUE(searcher.article("old"));
  EXPECT_EQ(searcher.article("old")->body, "Ships returned to the harbour.");
}

// Facets count the matches the matcher looked at: every one when a page holds them all (exact),
// else those it could not rule out, scaled to the estimated total and said to be an estimate.
TEST(FacetCounts, ExactWhenEveryMatchWasSeenScaledAndSaidOtherwise) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("facet-estimate") + "/db";
  {
    IndexWriter writer(WriterOptions(db, 1, 1000), analyzer);
    // First, three articles that hold most of a headline's rarer words.
    for (int i = 0; i < 3; ++i)
      writer.write(make("q" + std::to_string(i), "Quay reopened", "Today the quay reopened on the quiet coast, other news say.", "en"));
    // Harbour once, twice, ... in the body: the matches weigh differently, so pruning skips some.
    for (int i = 0; i < 200; ++i) {
      std::string body;
      for (int k = 0; k <= i % 20; ++k) body += "The harbour reopened. ";
      writer.write(make("h" + std::to_string(i), "News " + std::to_string(i), body + "Other words " + std::to_string(i), i % 4 ? "en" : "fr"));
    }
    writer.commit();
  }
  Searcher searcher({db}, analyzer);
  SearchRequest r;
  r.query = "harbour";
  r.snippets = false;
  r.limit = 200;
  SearchResponse all = searcher.search(r);
  EXPECT_TRUE(all.facets_exact);
  std::map<std::string, Xapian::doccount> langs;
  for (const FacetCount& f : all.facets["lang"]) langs[f.value] = f.count;
  EXPECT_EQ(langs, (std::map<std::string, Xapian::doccount>{{"en", 150}, {"fr", 50}}));

  // Counting exactly only below 10 matches: past them the matcher skips what cannot reach the page.
  SearcherOptions few;
  few.exact_counts_below = 10;
  Searcher pruning({db}, analyzer, few);
  r.limit = 3;
  SearchResponse some = pruning.search(r);
  EXPECT_FALSE(some.facets_exact);
  Xapian::doccount scaled = 0;
  for (const FacetCount& f : some.facets["lang"]) scaled += f.count;
  EXPECT_NEAR(double(scaled), double(some.estimated), 2.0);

  // Long text (a headline) is counted with the matcher's pruning on from the first match: its
  // counts are estimates even below exact_counts_below; its two words alone are counted exactly.
  r.query = "harbour and quay reopened: a quiet coast, other news today";
  SearchResponse headline = searcher.search(r);
  EXPECT_EQ(headline.hits.size(), 3u);
  EXPECT_FALSE(headline.facets_exact);
  r.query = "harbour reopened";
  EXPECT_TRUE(searcher.search(r).facets_exact);
}

TEST(MatchDeadline, AcceptsUntilTheDeadlineThenNothing) {
  Xapian::Document doc;
  MatchDeadline later(60);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(later(doc));
  EXPECT_FALSE(later.expired());
  MatchDeadline passed(0);
  int accepted = 0;
  for (int i = 0; i < 1000; ++i) accepted += passed(doc);
  EXPECT_EQ(accepted, 63);  // the clock is read every 64 documents
  EXPECT_TRUE(passed.expired());
}

// A search past its time limit answers with what it found in time, not an error.
TEST(MatchDeadline, ASearchOutOfTimeKeepsTheBestFoundSoFar) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("deadline") + "/db";
  {
    IndexWriter writer(WriterOptions(db, 1, 1000), analyzer);
    for (int i = 0; i < 500; ++i)
      writer.write(make("a" + std::to_string(i), "Harbour news " + std::to_string(i), "The harbour reopened.", "en"));
    writer.commit();
  }
  Searcher searcher({db}, analyzer);
  SearchRequest r;
  r.query = "harbour";
  r.snippets = false;
  EXPECT_EQ(searcher.search(r).upper_bound, 500u);
  r.time_limit_seconds = 1e-9;
  SearchResponse hurried = searcher.search(r);
  EXPECT_EQ(hurried.hits.size(), 10u);
  EXPECT_LT(hurried.upper_bound, 500u);

  // A counting match out of time is the last one: the ranked match counts, in its own time.
  r.query = "harbour reopened";
  r.time_limit_seconds = 0;
  EXPECT_EQ(searcher.search(r).counted, Counted::kEveryPart);
  r.time_limit_seconds = 1e-9;
  hurried = searcher.search(r);
  EXPECT_EQ(hurried.counted, Counted::kAnyPart);
  EXPECT_EQ(hurried.hits.size(), 10u);
  EXPECT_LT(hurried.upper_bound, 500u);
}

}  // namespace
}  // namespace news
