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
#include "cli/options.h"
#include "indexer/index_writer.h"

namespace {

using namespace news;
using namespace news::sample;

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
  IndexWriter writer(WriterOptions(path, 1, 1000), analyzer);
  for (const CorpusArticle& a : articles) writer.write(a.article);
  writer.commit();
  return path;
}

struct Options {
  std::string corpus;
  size_t words = 200, crossings = 50;
  std::vector<std::string> groups = {"zh-Hans", "zh-Hant", "ja", "ko", "th"};
};

// The command line; --help is generated from the same table.
Options parse_options(int argc, char** argv) {
  Options o;
  news::cli::OptionParser parser(
      "backstop-recall", "backstop-recall [--corpus DIR] [--words N] [--crossings N] [--groups G,G...]",
      "Indexes the Chinese, Japanese, Korean and Thai articles of the development corpus twice, with\n"
      "the backstop and without it, samples words of each group (and strings crossing a cut of the\n"
      "segmentation), searches each as typed and as a quoted phrase, and prints a Markdown table:\n"
      "\n"
      "  recall      articles holding the string that were returned / articles holding it\n"
      "  all found   strings whose every article was returned\n"
      "  precision   returned articles holding the string / returned articles\n"
      "  P@10        of the first min(10, holding) results, those holding it\n"
      "  exact first of (exact-word article, backstop-only article) pairs both returned, those ranking\n"
      "              the article whose segmentation yields the word first");
  parser.text("corpus", 0, "DIR", "the corpus (default $NEWS_CORPUS, else the folder the build was configured with)", o.corpus)
      .number("words", 0, "N", "segmented words per group (default 200)", o.words, 0)
      .number("crossings", 0, "N", "strings crossing a cut per group (default 50)", o.crossings, 0)
      .custom("groups", 0, "LIST", "default zh-Hans,zh-Hant,ja,ko,th",
              [&o](const std::string& v) { o.groups = split(v); });
  if (!parser.parse(argc, argv).empty()) parser.fail("unexpected argument");
  if (o.corpus.empty()) o.corpus = find_corpus(NEWS_CORPUS_DIR);
  if (o.corpus.empty() || !std::filesystem::is_directory(o.corpus + "/dev"))
    parser.fail("no corpus (give --corpus or NEWS_CORPUS)");
  return o;
}

std::string table_row(const std::string& group, bool crossing, bool quoted, const Totals& on, const Totals& off) {
  std::ostringstream row;
  row << "| " << group << " | " << on.strings << (crossing ? " crossing a cut" : " words") << " | "
      << (quoted ? "\"phrase\"" : "as typed") << " | " << ratio(on.found, on.relevant) << " | "
      << ratio(off.found, off.relevant) << " | " << ratio(on.all_found, on.strings) << " | "
      << ratio(off.all_found, off.strings) << " | " << ratio(on.found, on.returned) << " | "
      << ratio(off.found, off.returned) << " | " << ratio(on.top_relevant, on.top) << " | "
      << ratio(off.top_relevant, off.top) << " | " << ratio(on.ordered_pairs, on.pairs) << " |\n";
  return row.str();
}

// The group's rows: words and cut-crossing strings, each as typed and quoted.
void print_group(const std::string& group, const std::vector<SampledString>& strings, const ArticleIndex& index,
                 Searcher& search_on, Searcher& search_off) {
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
      if (with_backstop.strings > 0) std::cout << table_row(group, crossing, quoted, with_backstop, without_backstop);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_options(argc, argv);
  AnalyzerOptions with = AnalyzerOptions::from_environment(), without = with;
  with.backstop = true;
  without.backstop = false;  // what NEWS_BACKSTOP=0 gives
  Analyzer on(with), off(without);

  std::vector<CorpusArticle> articles = load_articles(o.corpus, o.groups);
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
  for (const std::string& group : o.groups)
    print_group(group, sample_strings(articles, on, group, o.words, o.crossings), index, search_on, search_off);
  std::filesystem::remove_all(work);
  return 0;
}
