// BM25's length normalization written into the wdfs at indexing (store/length_norm.h): the
// factor, what the documents hold, the pivot a new database samples and keeps, databases written
// before it, and that searches rank as Xapian's own BM25 ranks the same articles.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <map>

#include "analysis/analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/length_sample.h"
#include "searcher/searcher.h"
#include "store/fields.h"
#include "store/length_norm.h"
#include "tests/articles.h"
#include "tests/test_support.h"

namespace news {
namespace {

using testing::make;

std::string json_line(const Article& a) {
  return nlohmann::json{{"id", a.id}, {"title", a.title}, {"body", a.body}, {"lang", a.lang}}.dump() + "\n";
}

std::string words(const std::string& word, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) out += (i ? " " : "") + word + std::to_string(i % 7);
  return out;
}

Xapian::termcount wdf_of(const Xapian::Document& doc, const std::string& term) {
  auto t = doc.termlist_begin();
  t.skip_to(term);
  return t != doc.termlist_end() && *t == term ? t.get_wdf() : 0;
}

LengthNorm norm_with_pivot(double pivot) {
  LengthNorm n;
  n.pivot = pivot;
  return n;
}

TEST(LengthNorm, EncodesWhatItDecodesAndNothingElse) {
  LengthNorm n = norm_with_pivot(612.25);
  std::optional<LengthNorm> back = LengthNorm::decode(n.encode());
  ASSERT_TRUE(back);
  EXPECT_EQ(back->pivot, 612.25);
  EXPECT_EQ(back->scale, n.scale);
  EXPECT_EQ(back->b, kSpacedBm25B);
  EXPECT_EQ(back->unspaced_b, kUnspacedBm25B);
  for (const char* text : {"", "pivot=0.000 scale=128 b=0.750 unspaced_b=0.500", "pivot=600 scale=128 b=0.75",
                           "pivot=600 scale=128 b=1.5 unspaced_b=0.5", "pivot=600 scale=128 b=0.75 unspaced_b=0.5 x"})
    EXPECT_FALSE(LengthNorm::decode(text)) << text;
}

TEST(LengthNorm, AnArticleOfThePivotsLengthWeighsTheScaleAndShortOnesAreClamped) {
  LengthNorm n = norm_with_pivot(400);
  double scale = n.scale;
  EXPECT_DOUBLE_EQ(n.factor(400, false), scale);
  EXPECT_DOUBLE_EQ(n.factor(800, false), scale / (0.25 + 0.75 * 2));
  EXPECT_DOUBLE_EQ(n.factor(800, true), scale / (0.5 + 0.5 * 2));
  // Xapian's BM25 takes length / avgdl as 0.5 at least (min_normlen): so does the factor.
  EXPECT_DOUBLE_EQ(n.factor(10, false), n.factor(200, false));
  EXPECT_DOUBLE_EQ(n.factor(10, false), scale / (0.25 + 0.75 * 0.5));
}

TEST(LengthNorm, ANewDatabaseTakesItsBFromTheEnvironmentWhenSet) {
  setenv("NEWS_BM25_B", "0.4", 1);
  setenv("NEWS_CJK_BM25_B", "2", 1);  // not a b: the default stays
  LengthNorm n = LengthNorm::from_environment(300);
  unsetenv("NEWS_BM25_B");
  unsetenv("NEWS_CJK_BM25_B");
  EXPECT_EQ(n.pivot, 300);
  EXPECT_EQ(n.b, 0.4);
  EXPECT_EQ(n.unspaced_b, kUnspacedBm25B);
  EXPECT_EQ(LengthNorm::from_environment(300).b, kSpacedBm25B);
}

TEST(FoldedDocument, EachOccurrenceWeighsTheArticlesFactorAndNoLengthTermIsWritten) {
  Analyzer analyzer;
  Article a = make("a", "Harbour", "ships returned to the harbour at dawn and the harbour closed", "en");
  double length = indexed_length(a, analyzer);
  Xapian::Document plain = build_document(a, analyzer, "f");
  for (double pivot : {length, length / 2}) {
    LengthNorm norm = norm_with_pivot(pivot);
    double factor = norm.factor(length, false);
    Xapian::Document folded = build_document(a, analyzer, "f", norm);
    for (const char* term : {"ships", "harbour", "Sharbour", "Zharbour", "dawn"}) {
      Xapian::termcount unfolded = wdf_of(plain, term);
      ASSERT_GT(unfolded, 0u) << term;
      // Rounded once per term.
      EXPECT_NEAR(wdf_of(folded, term), unfolded * factor, 0.5) << term << " pivot " << pivot;
    }
    EXPECT_EQ(wdf_of(folded, std::string(fields::kId) + "a"), 0u);  // filters stay boolean
  }
  // The length of a plain document, which Xapian reads, is the length the factor uses.
  Xapian::termcount sum = 0;
  for (auto t = plain.termlist_begin(); t != plain.termlist_end(); ++t) sum += t.get_wdf();
  EXPECT_EQ(sum, length);
}

TEST(FoldedDocument, TheUnwrittenTermsCountInTheLengthNotAsATerm) {
  Analyzer analyzer;
  // Two-character Chinese words are written as their bigrams: their own terms count only in the
  // length (document_builder.cpp), as the length term of a plain document carries them.
  Article a = make("z", "", "国家主席在北京出席会议", "zh-Hans");
  Xapian::Document plain = build_document(a, analyzer, "f");
  ASSERT_GT(wdf_of(plain, fields::kUnwrittenLength), 0u);
  Xapian::termcount sum = 0;
  for (auto t = plain.termlist_begin(); t != plain.termlist_end(); ++t) sum += t.get_wdf();
  EXPECT_EQ(sum, indexed_length(a, analyzer));
  EXPECT_EQ(wdf_of(build_document(a, analyzer, "f", norm_with_pivot(50)), fields::kUnwrittenLength), 0u);
}

// Articles of many lengths, some words in several of them, as the equivalence test ranks them.
std::vector<Article> varied_articles() {
  std::vector<Article> out;
  const char* topics[] = {"harbour ships", "harbour storm", "ships cargo", "storm warning", "cargo prices"};
  for (size_t i = 0; i < 24; ++i) {
    std::string body = std::string(topics[i % 5]) + " " + words("filler", 3 + i * i % 61) + " " + topics[(i + 2) % 5];
    if (i % 3 == 0) body += " harbour";
    if (i % 4 == 0) body += " storm storm";
    out.push_back(make("v" + std::to_string(i), i % 2 ? topics[(i + 1) % 5] : "", body, "en"));
  }
  return out;
}

std::vector<std::pair<std::string, double>> ranking(Searcher& searcher, const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.limit = 30;
  r.snippets = false;
  std::vector<std::pair<std::string, double>> out;
  for (const SearchHit& hit : searcher.search(r).hits) out.emplace_back(hit.article.id, hit.score);
  return out;
}

// A database as versions before the length normalization wrote it: Xapian normalizes.
void write_unnormalized(const std::string& path, const std::vector<Article>& articles, const Analyzer& analyzer) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
  for (const Article& a : articles) {
    Xapian::Document doc = build_document(a, analyzer, a.id);
    doc.add_boolean_term(fields::kId + a.id);
    db.replace_document(fields::kId + a.id, doc);
  }
  db.commit();
}

// `articles` written by the indexer into `path`, a new database getting `pivot` as its pivot.
void index_articles(const std::string& path, std::function<double()> pivot, const std::vector<Article>& articles,
                    const Analyzer& analyzer) {
  WriterOptions options(path, 1);
  options.new_pivot = std::move(pivot);
  IndexWriter writer(options, analyzer);
  for (const Article& a : articles) writer.write(a);
  writer.commit();
}

TEST(FoldedRanking, RanksAsXapiansBm25ReadingTheLengthsDoes) {
  Analyzer analyzer;
  std::string dir = testing::scratch_dir("folded-ranking");
  write_unnormalized(dir + "/plain", varied_articles(), analyzer);
  double average = Xapian::Database(dir + "/plain").get_avlength();
  index_articles(dir + "/folded", [&] { return average; }, varied_articles(), analyzer);
  Searcher plain({dir + "/plain"}, analyzer), folded({dir + "/folded"}, analyzer);
  ASSERT_FALSE(plain.size() == 0);
  for (const char* query : {"harbour", "storm", "harbour ships", "cargo storm warning", "ships OR prices"}) {
    auto expected = ranking(plain, query), got = ranking(folded, query);
    ASSERT_EQ(got.size(), expected.size()) << query;
    ASSERT_GT(got.size(), 3u) << query;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].first, expected[i].first) << query << " rank " << i + 1;
      // The same scores, but for the rounding of the wdfs.
      EXPECT_NEAR(got[i].second, expected[i].second, 0.01 * expected[i].second) << query << " rank " << i + 1;
    }
  }
}

std::vector<Article> sample_of(const std::vector<std::string>& inputs, size_t wanted) {
  std::vector<Article> sample;
  sample_articles(list_input_files(inputs), InputFormat::kAuto, {}, wanted,
                  [&](Article&& a) { sample.push_back(std::move(a)); });
  return sample;
}

std::optional<LengthNorm> stored_norm(const std::string& path) {
  return LengthNorm::decode(Xapian::Database(path).get_metadata(kLengthNormKey));
}

TEST(LengthSample, EveryArticleIsAsLikelyWhateverItsLengthOrPlace) {
  std::string dir = testing::scratch_dir("length-sample");
  std::string lines;
  for (int i = 0; i < 40; ++i) lines += json_line(make("long" + std::to_string(i), "t", words("long", 400), "en"));
  for (int i = 0; i < 160; ++i) lines += json_line(make("short" + std::to_string(i), "t", words("short", 10), "en"));
  testing::write_file(dir + "/grouped.jsonl", lines);
  for (int i = 0; i < 50; ++i)
    testing::write_file(dir + "/files/" + std::to_string(100 + i) + ".txt", "Title\n" + words("body", 50 + 200 * (i < 10)));
  std::vector<Article> sample = sample_of({dir + "/grouped.jsonl"}, 20);
  ASSERT_EQ(sample.size(), 20u);
  size_t long_ones = 0;
  for (const Article& a : sample) long_ones += a.id.rfind("long", 0) == 0;
  EXPECT_EQ(long_ones, 4u);  // a fifth of the lines, not the four fifths of the bytes they hold
  sample = sample_of({dir + "/files"}, 10);
  ASSERT_EQ(sample.size(), 10u);
  EXPECT_EQ(sample[0].id, "102");
  EXPECT_EQ(sample[1].id, "107");  // every fifth file, from the middle of the first five
  // Both kinds: shared by articles (200 lines, 50 files), not by bytes.
  sample = sample_of({dir + "/grouped.jsonl", dir + "/files"}, 25);
  size_t from_files = 0;
  for (const Article& a : sample) from_files += a.id[0] == '1';
  EXPECT_EQ(from_files, 5u);
  EXPECT_EQ(sample.size(), 25u);
  // More than there is: each article once.
  EXPECT_EQ(sample_of({dir + "/grouped.jsonl"}, 5000).size(), 200u);
  EXPECT_TRUE(sample_of({"-"}, 10).empty());
}

TEST(LengthSample, ALineOverTheArticleLimitIsSkippedUnread) {
  std::string dir = testing::scratch_dir("length-sample-overlong");
  testing::write_file(dir + "/in.jsonl", json_line(make("short1", "t", "a few words", "en")) +
                                             json_line(make("huge", "t", words("long", 2000), "en")) +
                                             json_line(make("short2", "t", "a few more", "en")));
  ReaderLimits limits;
  limits.max_article_bytes = 1000;
  std::vector<std::string> ids;
  sample_articles(list_input_files({dir + "/in.jsonl"}), InputFormat::kAuto, limits, 10,
                  [&](Article&& a) { ids.push_back(a.id); });
  EXPECT_EQ(ids, (std::vector<std::string>{"short1", "short2"}));
}

TEST(LengthSample, ThePivotIsTheMeanIndexedLength) {
  Analyzer analyzer;
  std::string dir = testing::scratch_dir("length-pivot");
  std::vector<Article> articles = varied_articles();
  std::string lines;
  double total = 0;
  for (Article& a : articles) {
    lines += json_line(a);
    total += indexed_length(a, analyzer);
  }
  testing::write_file(dir + "/in.jsonl", lines);
  double pivot = sampled_pivot(list_input_files({dir + "/in.jsonl"}), InputFormat::kAuto, {}, {}, analyzer);
  EXPECT_NEAR(pivot, total / static_cast<double>(articles.size()), 1e-9);
}

// Standard input cannot be sampled ahead of the indexer and then indexed: its first lines are
// read ahead and given back, so the database holds every article and the same pivot as from a file.
TEST(LengthSample, ADatabaseCreatedFromStandardInputSamplesItsFirstLines) {
  std::string dir = testing::scratch_dir("length-stdin");
  std::string lines;
  for (const Article& a : varied_articles()) lines += json_line(a);
  lines += "not json\n";  // rejected in its place, line 25
  testing::write_file(dir + "/in.jsonl", lines);
  auto index = [&](const std::string& db, const std::string& input) {
    return testing::run(testing::kBin + "/newsindex --db " + testing::quote(db) + " " + input + " 2>&1");
  };
  testing::CommandResult from_file = index(dir + "/file-db", testing::quote(dir + "/in.jsonl"));
  testing::CommandResult from_stdin = index(dir + "/stdin-db", "- < " + testing::quote(dir + "/in.jsonl"));
  EXPECT_NE(from_stdin.out.find("<stdin>:25: malformed JSON line"), std::string::npos) << from_stdin.out;
  EXPECT_EQ(Xapian::Database(dir + "/stdin-db").get_doccount(), varied_articles().size());
  ASSERT_TRUE(stored_norm(dir + "/file-db") && stored_norm(dir + "/stdin-db"));
  EXPECT_NE(stored_norm(dir + "/file-db")->pivot, kDefaultLengthPivot);
  EXPECT_EQ(stored_norm(dir + "/stdin-db")->pivot, stored_norm(dir + "/file-db")->pivot);
}

// Through a pipe, past the lines read ahead: the pivot is that of the stream's first 2,000
// articles, and every article of the stream is indexed once.
TEST(LengthSample, AStreamLongerThanTheSampleIsSampledFromItsStartAndIndexedWhole) {
  std::string dir = testing::scratch_dir("length-pipe");
  Analyzer analyzer;
  std::string lines;
  double first_total = 0;
  const size_t count = 2500;
  for (size_t i = 0; i < count; ++i) {
    Article a = make("p-" + std::to_string(i), "", words("river", 1 + (i * 7) % 60), "en");
    lines += json_line(a);
    prepare_article(a, {});
    if (i < 2000) first_total += indexed_length(a, analyzer);
  }
  testing::write_file(dir + "/in.jsonl", lines);
  testing::CommandResult r = testing::run("cat " + testing::quote(dir + "/in.jsonl") + " | " + testing::kBin +
                                          "/newsindex --quiet --db " + testing::quote(dir + "/db") + " - 2>&1");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(Xapian::Database(dir + "/db").get_doccount(), count);
  ASSERT_TRUE(stored_norm(dir + "/db"));
  EXPECT_NEAR(stored_norm(dir + "/db")->pivot, first_total / 2000, 0.001);
}

TEST(LengthNormInDatabase, ANewDatabaseKeepsItsPivotForEveryLaterRun) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("norm-kept") + "/db";
  index_articles(db, [] { return 321.0; }, {make("a", "Harbour", "ships in the harbour", "en")}, analyzer);
  ASSERT_TRUE(stored_norm(db));
  EXPECT_EQ(stored_norm(db)->pivot, 321.0);
  auto no_other = [] {
    ADD_FAILURE() << "a database with a pivot samples no other";
    return 1.0;
  };
  index_articles(db, no_other, {make("b", "Storm", "a storm in the harbour", "en")}, analyzer);
  EXPECT_EQ(stored_norm(db)->pivot, 321.0);
  Xapian::Database read(db);
  Xapian::Document b = read.get_document(*read.postlist_begin(std::string(fields::kId) + "b"));
  double length = indexed_length(make("b", "Storm", "a storm in the harbour", "en"), analyzer);
  double factor = norm_with_pivot(321).factor(length, false);
  EXPECT_EQ(wdf_of(b, "harbour"), std::lround(factor));
}

TEST(LengthNormInDatabase, ADatabaseWrittenBeforeItGoesOnWithoutOne) {
  Analyzer analyzer;
  std::string dir = testing::scratch_dir("norm-legacy"), db = dir + "/db";
  write_unnormalized(db, {make("old", "Harbour", "ships in the harbour", "en")}, analyzer);
  index_articles(db, nullptr, {make("new", "Storm", "a storm in the harbour", "en")}, analyzer);
  EXPECT_FALSE(stored_norm(db));
  Xapian::Database read(db);
  EXPECT_EQ(read.get_doccount(), 2u);
  Xapian::Document added = read.get_document(*read.postlist_begin(std::string(fields::kId) + "new"));
  EXPECT_EQ(wdf_of(added, "harbour"), 1u);
  // Searched as it was written: with Xapian reading the lengths.
  Searcher searcher({db}, analyzer);
  SearchRequest r;
  r.query = "harbour";
  EXPECT_EQ(searcher.search(r).hits.size(), 2u);
}

TEST(LengthNormInDatabase, MergedPartsAndShardsKeepIt) {
  std::string dir = testing::scratch_dir("norm-merged");
  std::string lines;
  for (const Article& a : varied_articles()) lines += json_line(a);
  testing::write_file(dir + "/in.jsonl", lines);
  for (const char* layout : {"", "--shards 2"}) {
    std::string db = dir + "/db" + (layout[0] ? "-shards" : "");
    std::string command = testing::kBin + "/newsindex --quiet " + layout + " --db " + db + " " + dir + "/in.jsonl";
    auto result = testing::run(command + " 2>&1");
    ASSERT_EQ(result.status, 0) << result.out;
    std::vector<std::string> members;
    for (const auto& entry : std::filesystem::directory_iterator(db))
      if (entry.is_directory()) members.push_back(entry.path().string());
    ASSERT_EQ(members.size(), layout[0] ? 2u : 1u) << layout;
    for (const std::string& member : members) {
      std::optional<LengthNorm> norm = stored_norm(member);
      ASSERT_TRUE(norm) << member;
      Analyzer analyzer;
      double total = 0;
      for (const Article& a : varied_articles()) total += indexed_length(a, analyzer);
      EXPECT_NEAR(norm->pivot, total / 24, 0.001) << member;
    }
    Analyzer analyzer;
    Searcher searcher({db}, analyzer);
    ASSERT_TRUE(searcher.length_norm()) << layout;
  }
}

TEST(LengthNormInDatabase, DatabasesOfDifferentPivotsAreSearchedTogetherNotWithOnesWithout) {
  Analyzer analyzer;
  std::string dir = testing::scratch_dir("norm-mixed");
  index_articles(dir + "/a", [] { return 100.0; }, {make("a", "Harbour", "ships in the harbour", "en")}, analyzer);
  index_articles(dir + "/b", [] { return 900.0; }, {make("b", "Harbour", "ships in the harbour", "en")}, analyzer);
  write_unnormalized(dir + "/old", {make("old", "Harbour", "ships in the harbour", "en")}, analyzer);
  Xapian::WritableDatabase(dir + "/empty", Xapian::DB_CREATE).commit();
  // Each article's K is in its wdfs: databases of other pivots weigh alike.
  EXPECT_TRUE(Searcher({dir + "/a", dir + "/b"}, analyzer).length_norm());
  EXPECT_TRUE(Searcher({dir + "/a", dir + "/empty"}, analyzer).length_norm());  // nothing to weigh there
  EXPECT_FALSE(Searcher({dir + "/a", dir + "/old"}, analyzer).length_norm());
}

TEST(LengthNormInDatabase, NothingIsRecordedUntilAnArticleIsWritten) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("norm-empty-run") + "/db";
  index_articles(db, [] { return 250.0; }, {}, analyzer);
  EXPECT_FALSE(stored_norm(db));
  index_articles(db, [] { return 260.0; }, {make("a", "Harbour", "ships in the harbour", "en")}, analyzer);
  ASSERT_TRUE(stored_norm(db));
  EXPECT_EQ(stored_norm(db)->pivot, 260.0);
}

TEST(LengthNormInDatabase, ANormalizationThisVersionCannotReadStopsTheIndexer) {
  Analyzer analyzer;
  std::string db = testing::scratch_dir("norm-unknown") + "/db";
  {
    Xapian::WritableDatabase future(db, Xapian::DB_CREATE);
    future.set_metadata(kLengthNormKey, "pivot=600 method=other");
    future.commit();
  }
  EXPECT_THROW(IndexWriter(WriterOptions(db, 1), analyzer), DatabaseOpenError);
}

}  // namespace
}  // namespace news
