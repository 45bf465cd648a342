// newssearch: searches the news database from the command line.
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "cli/options.h"
#include "searcher/databases.h"
#include "web/response_json.h"
#include "searcher/searcher.h"
#include "searcher/trec_run.h"

namespace {

void print_human(const news::SearchRequest& request, const news::SearchResponse& response, bool color) {
  const char* open = color ? "\033[1;33m" : "«";
  const char* close = color ? "\033[0m" : "»";
  for (const std::string& note : response.notes) std::cout << "note: " << note << "\n";
  if (!response.suggestion.empty()) std::cout << "Did you mean: " << response.suggestion << "\n";
  if (response.hits.empty()) {
    std::cout << "No results for \"" << request.query << "\".\n";
    return;
  }
  std::cout << (response.exact ? "" : "About ") << response.estimated << " result" << (response.estimated == 1 ? "" : "s")
            << news::counted_words(response.counted) << " (" << static_cast<int>(response.match_ms + response.snippet_ms) << " ms)\n\n";
  for (const news::SearchHit& hit : response.hits) {
    const news::Article& a = hit.article;
    std::cout << hit.rank << ". " << news::fragments_text({hit.title}, open, close) << "\n   " << a.id;
    for (const std::string* field : {&a.date, &a.source, &a.lang})
      if (!field->empty()) std::cout << " · " << *field;
    std::cout << "\n";
    if (!a.url.empty()) std::cout << "   " << a.url << "\n";
    std::string snippet = news::fragments_text(hit.snippet, open, close);
    if (!snippet.empty()) std::cout << "   " << snippet << "\n";
    std::cout << "\n";
  }
}

struct Options {
  std::vector<std::string> databases;
  news::SearchRequest request;
  bool json = false;
  size_t page = 1, depth = 1000;
  std::string topics, run_id = "newssearch", output;
};

news::SortOrder parse_sort(const std::string& order) {
  if (order == "relevance") return news::SortOrder::kRelevance;
  if (order == "newest" || order == "date") return news::SortOrder::kNewest;
  if (order == "oldest") return news::SortOrder::kOldest;
  throw news::cli::UsageError{"--sort must be relevance, newest or oldest, not \"" + order + "\""};
}

// The command line; --help is generated from the same table.
news::cli::OptionParser make_parser(Options& o) {
  news::cli::OptionParser parser(
      "newssearch",
      "newssearch --db DB [--db DB2 ...] [options] [--] QUERY\n"
      "       newssearch --db DB --topics TOPICS.tsv --run-id NAME [--k 1000] [--output RUN]",
      "Searches the news database and prints ranked results with highlighted snippets.\n"
      "\n"
      "Query language: words in any script; \"exact phrases\"; +required -excluded; AND, OR, NOT and\n"
      "parentheses; title:word; lang:zh source:reuters year:2018; date:2018-06-01..2018-06-30 (open\n"
      "ends allowed: date:2018-06-01.. date:..2018-06-30). A malformed query searches its words.\n"
      "In a query written all in capitals (a headline as printed) AND, OR and NOT are words. A word\n"
      "that matches nothing but is indexed words written together is searched as them (a note says so).\n"
      "A query that begins with a dash (-weather) follows --.",
      "Exit status: 0 results found, 1 no results, 2 usage or database error.");
  news::SearchRequest& r = o.request;
  parser
      .texts("db", 'd', "DB",
             "a database folder (sharded ones too), a Xapian stub file, or tcp://HOST:PORT of a xapian-tcpsrv; "
             "repeat to search several as one",
             o.databases)
      .flag("json", 'j', "print the results as JSON", o.json)
      .number("page", 'p', "N", "page number, from 1 (default 1)", o.page, 1, 100000)
      .number("limit", 'n', "N", "results per page (default 10, at most 1000)", r.limit, 1, 1000)
      .texts("lang", 0, "L", "only articles in language L (repeatable; \"zh\" covers zh-Hans and zh-Hant)", r.languages)
      .texts("source", 0, "S", "only articles from source S (repeatable)", r.sources)
      .text("from", 0, "DATE", "only articles dated on or after DATE (YYYY-MM-DD)", r.from)
      .text("to", 0, "DATE", "only articles dated on or before DATE", r.to)
      .custom("sort", 0, "ORDER", "relevance (default), newest or oldest",
              [&r](const std::string& v) { r.sort = parse_sort(v); })
      .text("topics", 0, "FILE", "batch mode: run every qid<TAB>query line of FILE, write a TREC run", o.topics)
      .text("run-id", 0, "NAME", "the run's name in batch mode (default newssearch)", o.run_id)
      .number("k", 'k', "N", "results per topic in batch mode (default 1000)", o.depth, 1, 100000)
      .text("output", 'o', "FILE", "write the batch run to FILE instead of standard output", o.output);
  return parser;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  news::cli::OptionParser parser = make_parser(o);
  std::vector<std::string> words = parser.parse(argc, argv);
  news::SearchRequest& request = o.request;
  if (o.databases.empty()) parser.fail("--db DB is required");
  if (o.topics.empty() && words.empty()) parser.fail("no query given");
  for (size_t i = 0; i < words.size(); ++i) request.query += (i ? " " : "") + words[i];
  request.offset = (o.page - 1) * request.limit;

  try {
    news::Analyzer analyzer(news::AnalyzerOptions::from_environment());
    news::Searcher searcher(o.databases, analyzer, news::SearcherOptions::from_environment());
    if (!o.topics.empty()) {
      std::ifstream in(o.topics);
      if (!in) parser.fail(o.topics + ": cannot be read");
      std::ofstream file;
      if (!o.output.empty()) {
        file.open(o.output);
        if (!file) parser.fail(o.output + ": cannot be written");
      }
      size_t n = news::write_trec_run(searcher, in, o.output.empty() ? std::cout : file, o.run_id, o.depth, o.topics);
      std::cerr << "newssearch: ran " << n << " topics\n";
      return 0;
    }
    news::SearchResponse response = searcher.search(request);
    if (o.json) std::cout << news::response_json(request, response).dump(2) << "\n";
    else print_human(request, response, isatty(STDOUT_FILENO));
    return response.hits.empty() ? 1 : 0;
  } catch (const news::DatabaseError& e) {
    std::cerr << "newssearch: " << e.what() << "\n";
  } catch (const Xapian::Error& e) {
    std::cerr << "newssearch: " << e.get_description() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "newssearch: " << e.what() << "\n";
  }
  return 2;
}
