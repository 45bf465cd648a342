// newssearch: searches the news database from the command line.
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "cli/arguments.h"
#include "searcher/databases.h"
#include "searcher/json_output.h"
#include "searcher/searcher.h"
#include "searcher/trec_run.h"

namespace {

const char kUsage[] = R"(Usage: newssearch --db DB [--db DB2 ...] [options] QUERY
       newssearch --db DB --topics TOPICS.tsv --run-id NAME [--k 1000] [--output RUN]

Searches the news database and prints ranked results with highlighted snippets.

Query language: words in any script; "exact phrases"; +required -excluded; AND, OR, NOT and
parentheses; title:word; lang:zh source:reuters year:2018; date:2018-06-01..2018-06-30 (open
ends allowed: date:2018-06-01.. date:..2018-06-30). A malformed query searches its words.

Options:
  --db DB          a database folder (sharded ones too), a Xapian stub file, or tcp://HOST:PORT
                   of a xapian-tcpsrv; repeat to search several as one
  --json           print the results as JSON
  --page N         page number, from 1 (default 1)
  --limit N        results per page (default 10, at most 1000)
  --lang L         only articles in language L (repeatable; "zh" covers zh-Hans and zh-Hant)
  --source S       only articles from source S (repeatable)
  --from DATE      only articles dated on or after DATE (YYYY-MM-DD)
  --to DATE        only articles dated on or before DATE
  --sort ORDER     relevance (default), newest or oldest
  --topics FILE    batch mode: run every qid<TAB>query line of FILE, write a TREC run
  --run-id NAME    the run's name in batch mode (default newssearch)
  --k N            results per topic in batch mode (default 1000)
  --output FILE    write the batch run to FILE instead of standard output
  -h, --help       show this help

Exit status: 0 results found, 1 no results, 2 usage or database error.
)";

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
            << " (" << static_cast<int>(response.match_ms + response.snippet_ms) << " ms)\n\n";
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

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> databases, words;
  news::SearchRequest request;
  bool json = false;
  size_t page = 1, depth = 1000;
  std::string topics, run_id = "newssearch", output;
  news::Arguments args("newssearch", argc, argv);
  while (args.next()) {
    const std::string& arg = args.arg();
    auto value = [&] { return args.value(); };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--db") databases.push_back(value());
    else if (arg == "--json") json = true;
    else if (arg == "--page") page = args.number(1, 100000);
    else if (arg == "--limit") request.limit = args.number(1, 1000);
    else if (arg == "--lang") request.languages.push_back(value());
    else if (arg == "--source") request.sources.push_back(value());
    else if (arg == "--from") request.from = value();
    else if (arg == "--to") request.to = value();
    else if (arg == "--sort") {
      std::string order = value();
      if (order == "relevance") request.sort = news::SortOrder::kRelevance;
      else if (order == "newest" || order == "date") request.sort = news::SortOrder::kNewest;
      else if (order == "oldest") request.sort = news::SortOrder::kOldest;
      else args.fail("--sort must be relevance, newest or oldest");
    } else if (arg == "--topics") topics = value();
    else if (arg == "--run-id") run_id = value();
    else if (arg == "--k") depth = args.number(1, 100000);
    else if (arg == "--output") output = value();
    else if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) args.fail("unknown option " + arg);
    else words.push_back(arg);
  }
  if (databases.empty()) args.fail("--db DB is required");
  if (topics.empty() && words.empty()) args.fail("no query given");
  for (size_t i = 0; i < words.size(); ++i) request.query += (i ? " " : "") + words[i];
  request.offset = (page - 1) * request.limit;

  try {
    news::Analyzer analyzer(news::AnalyzerOptions::from_environment());
    news::Searcher searcher(databases, analyzer, news::SearcherOptions::from_environment());
    if (!topics.empty()) {
      std::ifstream in(topics);
      if (!in) args.fail(topics + ": cannot be read");
      std::ofstream file;
      if (!output.empty()) {
        file.open(output);
        if (!file) args.fail(output + ": cannot be written");
      }
      size_t n = news::write_trec_run(searcher, in, output.empty() ? std::cout : file, run_id, depth, topics);
      std::cerr << "newssearch: ran " << n << " topics\n";
      return 0;
    }
    news::SearchResponse response = searcher.search(request);
    if (json) std::cout << news::response_json(request, response).dump(2) << "\n";
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
