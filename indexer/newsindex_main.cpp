// newsindex: adds articles to a search database, or shows what the analyzer makes of text.
#include <signal.h>

#include <csignal>
#include <iostream>

#include "cli/options.h"
#include "indexer/analyze_command.h"
#include "indexer/index_run.h"
#include "indexer/index_writer.h"

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
void on_signal(int) { g_interrupted = 1; }

// Ctrl-C and SIGTERM ask the run to stop. Without SA_RESTART, a read of standard input that waits
// for a slow producer (or a terminal) returns at once, and the run commits and stops; Xapian's
// own reads and writes go on after an interruption.
void stop_on_signals() {
  struct sigaction action = {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  for (int signal : {SIGINT, SIGTERM}) sigaction(signal, &action, nullptr);
}

struct Options : news::IndexRunOptions {
  std::string stopwords;
  bool analyze = false, words = false;
};

// The command line; --help is generated from the same table.
Options read_command_line(int argc, char** argv) {
  Options o;
  news::cli::OptionParser parser(
      "newsindex",
      "newsindex --db DB [options] INPUT...\n"
      "       newsindex --analyze [--lang L] < text\n"
      "       newsindex --words < text",
      "Adds news articles to the search database DB (created if missing). An article whose id is already\n"
      "indexed is replaced when it changed and skipped when it did not, so re-running is cheap.\n"
      "\n"
      "INPUT is a file, a directory (read recursively) or - for standard input (JSON Lines). Formats:\n"
      "  plain text   first non-empty line is the title, the rest the body; id = file name\n"
      "  livedoor     URL line, date line, title line, body (livedoor news corpus files)\n"
      "  JSON Lines   *.jsonl: {\"id\", \"title\", \"body\", \"date\", \"url\", \"source\", \"lang\"} per line",
      "Exit status: 0 all articles indexed, 1 some articles rejected, 2 usage or database error,\n"
      "130 interrupted (everything committed before the interruption is kept).");
  size_t shards = 0, parts = 0;
  parser.text("db", 'd', "DB", "database folder (required for indexing)", o.db)
      .custom("format", 0, "F", "auto (default), text, livedoor or jsonl",
              [&o](const std::string& v) { o.format = news::parse_input_format(v); })
      .text("lang", 0, "L", "language of articles that do not give one (default: detect)", o.lang)
      .text("source", 0, "S", "source of articles that do not give one", o.source)
      .number("shards", 0, "N",
              "create DB as N shards written side by side and kept so (default: one part a core, merged into "
              "one database at the end)",
              shards, 1, 256)
      .number("parts", 0, "N", "write a new database as N parts side by side, merged at the end (default: one a core)",
              parts, 1, 256)
      .number("batch", 0, "N", "articles per commit (default 1000)", o.batch, 1)
      .flag("delete-missing", 0, "remove articles whose files are gone from the directory inputs", o.delete_missing)
      .number("max-article-bytes", 0, "N", "reject larger articles (default 8388608)", o.max_article_bytes, 1)
      .text("stopwords", 0, "DIR", "stopword lists (default: the project's stopwords/)", o.stopwords)
      .flag("quiet", 'q', "print only warnings and the summary", o.quiet)
      .flag("analyze", 0, "print the tokens of standard input: term, kind, position, start, end", o.analyze)
      .flag("words", 0, "print the segmented words of each input line, separated by spaces", o.words);
  o.inputs = parser.parse(argc, argv);
  o.shards = static_cast<unsigned>(shards);
  o.parts = static_cast<unsigned>(parts);
  if (!o.analyze && !o.words) {
    if (o.db.empty()) parser.fail("--db DB is required");
    if (o.inputs.empty()) parser.fail("no input given (a file, a directory or -)");
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = read_command_line(argc, argv);
  try {
    news::AnalyzerOptions analyzer_options = news::AnalyzerOptions::from_environment();
    if (!o.stopwords.empty()) analyzer_options.stopwords_directory = o.stopwords;
    news::Analyzer analyzer(analyzer_options);
    if (o.analyze) {
      news::print_tokens(std::cin, std::cout, analyzer, o.lang);
      return 0;
    }
    if (o.words) {
      news::print_words(std::cin, std::cout, analyzer);
      return 0;
    }
    stop_on_signals();
    return news::run_index(o, analyzer, g_interrupted);
  } catch (const news::DatabaseOpenError& e) {
    std::cerr << "newsindex: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "newsindex: " << e.what() << "\n";
    return 2;
  } catch (const Xapian::Error& e) {
    std::cerr << "newsindex: " << e.get_description() << "\n";
    return 2;
  }
}
