// backstop-recall: how many of the articles holding a word a search finds, and how many of the
// results hold it, with the CJK/Thai character-bigram backstop on and off (NEWS_BACKSTOP=0).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "benchmarks/string_outcome.h"
#include "benchmarks/string_sample.h"
#include "indexer/index_writer.h"

namespace {

using namespace news;
using namespace news::sample;

const char kUsage[] = R"(Usage: backstop-recall [--corpus DIR] [--words N] [--crossings N] [--groups G,G...]

Indexes the Chinese, Japanese, Korean and Thai articles of the development corpus twice, with
the backstop and without it, samples words of each group (and strings crossing a cut of the
segmentation), searches each as typed and as a quoted phrase, and prints a Markdown table:

  recall      articles holding the string that were returned / articles holding it
  all found   strings whose every article was returned
  precision   returned articles holding the string / returned articles
  P@10        of the first min(10, holding) results, those holding it
  exact first of (exact-word article, backstop-only article) pairs both returned, those ranking
              the article whose segmentation yields the word first

Options:
  --corpus DIR    the corpus (default $NEWS_CORPUS, else ../shared/corpus beside the sources)
  --words N       segmented words per group (default 200)
  --crossings N   strings crossing a cut per group (default 50)
  --groups LIST   default zh-Hans,zh-Hant,ja,ko,th
)";

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "backstop-recall: " << message << "\n";
  std::exit(2);
}

struct Totals {
  size_t strings = 0, all_found = 0, relevant = 0, found = 0, returned = 0, top = 0, top_relevant = 0;
  size_t pairs = 0, ordered_pairs = 0;

  void add(const StringOutcome& o) {
    ++strings;
    all_found += o.missed.empty();
    relevant += o.relevant;
    found += o.returned_relevant;
    returned += o.returned;
    top += o.top;
    top_relevant += o.top_relevant;
    pairs += o.pairs;
    ordered_pairs += o.ordered_pairs;
  }
};

std::string ratio(size_t part, size_t whole) {
  if (whole == 0) return "-";
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << static_cast<double>(part) / static_cast<double>(whole);
  return out.str();
}

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> out;
  std::istringstream in(list);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

std::string build_index(const std::string& path, const std::vector<CorpusArticle>& articles, const Analyzer& analyzer) {
  IndexWriter writer({path, 1, 1000}, analyzer);
  for (const CorpusArticle& a : articles) writer.write(a.article);
  writer.commit();
  return path;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus;
  size_t words = 200, crossings = 50;
  std::vector<std::string> groups = {"zh-Hans", "zh-Hant", "ja", "ko", "th"};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (i + 1 >= argc) fail(arg == "--corpus" || arg == "--words" || arg == "--crossings" || arg == "--groups"
                                ? arg + " needs a value" : "unknown option " + arg);
    std::string value = argv[++i];
    if (arg == "--corpus") corpus = value;
    else if (arg == "--words") words = std::stoul(value);
    else if (arg == "--crossings") crossings = std::stoul(value);
    else if (arg == "--groups") groups = split(value);
    else fail("unknown option " + arg);
  }
  if (corpus.empty()) corpus = find_corpus(NEWS_SOURCE_DIR);
  if (corpus.empty() || !std::filesystem::is_directory(corpus + "/dev")) fail("no corpus (give --corpus or NEWS_CORPUS)");

  AnalyzerOptions with = AnalyzerOptions::from_environment(), without = with;
  with.backstop = true;
  without.backstop = false;  // what NEWS_BACKSTOP=0 gives
  Analyzer on(with), off(without);

  std::vector<CorpusArticle> articles = load_articles(corpus, groups);
  ArticleIndex index(articles, on);
  std::filesystem::path work = std::filesystem::temp_directory_path() / ("backstop-recall-" + std::to_string(getpid()));
  std::filesystem::remove_all(work);
  std::filesystem::create_directories(work);
  Searcher search_on({build_index((work / "on").string(), articles, on)}, on);
  Searcher search_off({build_index((work / "off").string(), articles, off)}, off);
  std::cerr << "backstop-recall: " << articles.size() << " articles indexed\n";

  std::cout << "| group | strings | query | recall on | recall off | all found on | all found off | precision on "
               "| precision off | P@10 on | P@10 off | exact first on |\n"
            << "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const std::string& group : groups) {
    std::vector<SampledString> strings = sample_strings(articles, on, group, words, crossings);
    for (bool crossing : {false, true}) {
      for (bool quoted : {false, true}) {
        Totals with_backstop, without_backstop;
        for (const SampledString& s : strings) {
          if (s.crosses_cut != crossing) continue;
          std::string query = quoted ? "\"" + s.text + "\"" : s.text;
          std::vector<size_t> containing = index.containing(s.form);
          with_backstop.add(score_results(index, containing, all_result_ids(search_on, query), s.form));
          without_backstop.add(score_results(index, containing, all_result_ids(search_off, query), s.form));
        }
        if (with_backstop.strings == 0) continue;
        std::cout << "| " << group << " | " << with_backstop.strings << (crossing ? " crossing a cut" : " words") << " | "
                  << (quoted ? "\"phrase\"" : "as typed") << " | " << ratio(with_backstop.found, with_backstop.relevant)
                  << " | " << ratio(without_backstop.found, without_backstop.relevant) << " | "
                  << ratio(with_backstop.all_found, with_backstop.strings) << " | "
                  << ratio(without_backstop.all_found, without_backstop.strings) << " | "
                  << ratio(with_backstop.found, with_backstop.returned) << " | "
                  << ratio(without_backstop.found, without_backstop.returned) << " | "
                  << ratio(with_backstop.top_relevant, with_backstop.top) << " | "
                  << ratio(without_backstop.top_relevant, without_backstop.top) << " | "
                  << ratio(with_backstop.ordered_pairs, with_backstop.pairs) << " |\n";
      }
    }
  }
  std::filesystem::remove_all(work);
  return 0;
}
