// Search over the development corpus: for words sampled from its Chinese (simplified and
// traditional) and Japanese articles, every article that contains the word (after NFKC, case
// folding and traditional->simplified) is found, and the first results contain it. Skipped
// when the corpus is absent.
#include <gtest/gtest.h>

#include <sstream>

#include "analysis/analyzer.h"
#include "benchmarks/string_outcome.h"
#include "benchmarks/string_sample.h"
#include "indexer/index_writer.h"
#include "searcher/searcher.h"
#include "tests/test_support.h"

namespace news {
namespace {

constexpr size_t kWordsPerGroup = 40;      // words of the analyzer's own segmentation
constexpr size_t kCrossingsPerGroup = 10;  // strings that straddle one of its cuts

class CorpusRecall : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string corpus = sample::find_corpus(testing::kCorpus);
    if (corpus.empty()) return;
    analyzer_ = new Analyzer();
    articles_ = new std::vector<sample::CorpusArticle>(sample::load_articles(corpus, {"zh-Hans", "zh-Hant", "ja"}));
    index_ = new sample::ArticleIndex(*articles_, *analyzer_);
    std::string db = testing::scratch_dir("corpus-recall") + "/db";
    {
      IndexWriter writer(WriterOptions(db, 1, 1000), *analyzer_);
      for (const sample::CorpusArticle& a : *articles_) writer.write(a.article);
      writer.commit();
    }
    searcher_ = new Searcher({db}, *analyzer_);
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete index_;
    delete articles_;
    delete analyzer_;
  }
  void SetUp() override {
    if (!searcher_) GTEST_SKIP() << "no development corpus (NEWS_CORPUS, or the NEWS_CORPUS_DIR the build was configured with)";
  }

  static sample::StringOutcome search(const std::string& query, const sample::SampledString& s) {
    return sample::score_results(*index_, index_->containing(s.form), sample::all_result_ids(*searcher_, query), s.form);
  }

  // Each sampled string, as typed and as a quoted phrase, finds every article holding it; the
  // first results hold it. A string crossing a cut is no word to the analyzer: typed, its parts
  // are searched as words too and may rank first (as designed), so its ranking is checked quoted.
  static void check_group(const std::string& group) {
    std::vector<sample::SampledString> strings =
        sample::sample_strings(*articles_, *analyzer_, group, kWordsPerGroup, kCrossingsPerGroup);
    EXPECT_EQ(strings.size(), kWordsPerGroup + kCrossingsPerGroup) << "too few strings sampled for " << group;
    std::ostringstream missed, ranked_low;
    for (const sample::SampledString& s : strings) {
      sample::StringOutcome typed = search(s.text, s), quoted = search("\"" + s.text + "\"", s);
      EXPECT_GT(typed.relevant, 0u) << s.text << " is in no article: the sample or the normalization is wrong";
      auto report_missed = [&](const char* how, const sample::StringOutcome& outcome) {
        if (outcome.missed.empty()) return;
        missed << s.text << (s.crosses_cut ? " (crossing a cut)" : "") << ", " << how << ": " << outcome.missed.size()
               << " of " << outcome.relevant << " articles missed, e.g. " << outcome.missed.front() << "\n";
      };
      report_missed("typed", typed);
      report_missed("quoted", quoted);
      const sample::StringOutcome& ranked = s.crosses_cut ? quoted : typed;
      if (ranked.top_relevant != ranked.top)
        ranked_low << s.text << (s.crosses_cut ? " (quoted)" : "") << ": " << ranked.top_relevant << " of the first "
                   << ranked.top << " results hold it\n";
    }
    EXPECT_TRUE(missed.str().empty()) << "Articles holding the string not found:\n" << missed.str();
    EXPECT_TRUE(ranked_low.str().empty()) << "First results not holding the string:\n" << ranked_low.str();
  }

  static Analyzer* analyzer_;
  static std::vector<sample::CorpusArticle>* articles_;
  static sample::ArticleIndex* index_;
  static Searcher* searcher_;
};
Analyzer* CorpusRecall::analyzer_;
std::vector<sample::CorpusArticle>* CorpusRecall::articles_;
sample::ArticleIndex* CorpusRecall::index_;
Searcher* CorpusRecall::searcher_;

TEST_F(CorpusRecall, SimplifiedChinese) { check_group("zh-Hans"); }
TEST_F(CorpusRecall, TraditionalChinese) { check_group("zh-Hant"); }
TEST_F(CorpusRecall, Japanese) { check_group("ja"); }

}  // namespace
}  // namespace news
