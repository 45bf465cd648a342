// newsindex: adds articles to a search database, or shows what the analyzer makes of text.
#include <csignal>
#include <filesystem>
#include <iostream>
#include <unordered_set>

#include "cli/options.h"
#include "indexer/analyze_command.h"
#include "indexer/index_writer.h"
#include "indexer/input_files.h"
#include "indexer/progress.h"

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
void on_signal(int) { g_interrupted = 1; }

struct Interrupted {};

struct Options {
  std::string db, lang, source, stopwords;
  news::InputFormat format = news::InputFormat::kAuto;
  unsigned shards = 0, parts = 0;
  size_t batch = 1000, max_article_bytes = 8u << 20;
  bool delete_missing = false, quiet = false, analyze = false, words = false;
  std::vector<std::string> inputs;
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

// The summary groups rejections by reason; sizes differ from article to article, so oversized
// ones ("article is N bytes, over the limit of M") share one line.
std::string rejection_kind(const std::string& reason) {
  return reason.find(" bytes, over the ") == std::string::npos ? reason : "over --max-article-bytes";
}

int run_index(const Options& o, const news::Analyzer& analyzer) {
  std::vector<news::InputFile> files = news::list_input_files(o.inputs);
  news::IndexWriter writer({o.db, o.shards, o.batch, {o.lang, o.source}, o.parts}, analyzer);

  uint64_t total_bytes = 0;
  for (const auto& f : files) total_bytes += f.bytes;
  news::Progress progress(total_bytes, o.quiet);
  writer.on_commit([&](size_t committed) { progress.committed(committed); });
  news::RunCounts counts;
  std::unordered_set<std::string> seen_ids;

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);

  std::string current_file;
  news::ReaderCallbacks callbacks;
  callbacks.reject = [&](const std::string& origin, const std::string& reason) {
    counts.rejected++;
    counts.rejection_reasons[rejection_kind(reason)]++;
    progress.message("newsindex: rejected " + origin + ": " + reason);
  };
  callbacks.warn = [&](const std::string& origin, const std::string& message) {
    counts.warnings++;
    progress.message("newsindex: warning: " + origin + ": " + message);
  };
  callbacks.article = [&](news::Article&& a) {
    if (g_interrupted) throw Interrupted{};
    a.file = current_file;
    writer.write(std::move(a));
  };
  writer.on_result([&](const news::WriteResult& r) {
    if (!r.outcome) {
      callbacks.reject(r.origin, r.rejection);
      return;
    }
    switch (*r.outcome) {
      case news::WriteOutcome::kAdded: counts.added++; break;
      case news::WriteOutcome::kReplaced: counts.replaced++; break;
      case news::WriteOutcome::kUnchanged: counts.unchanged++; break;
    }
    if (o.delete_missing) seen_ids.insert(r.id);  // only then: it grows with the input
    progress.update(counts);
  });

  bool interrupted = false;
  try {
    for (const news::InputFile& file : files) {
      current_file = file.path == "-" ? std::string() : std::filesystem::absolute(file.path).lexically_normal().string();
      news::read_input_file(file, o.format, {o.max_article_bytes}, callbacks);
      progress.file_done(file.bytes);
      if (g_interrupted) throw Interrupted{};
    }
    if (o.delete_missing) {
      writer.commit();  // every article written and reported: seen_ids is complete
      for (const std::string& input : o.inputs)
        if (input != "-" && std::filesystem::is_directory(input)) counts.deleted += writer.delete_missing(input, seen_ids);
    }
  } catch (const Interrupted&) {
    interrupted = true;
  }
  if (interrupted) {
    writer.commit();
    progress.summary(counts, writer.doc_count());
    std::cerr << "newsindex: interrupted; every article counted above is committed"
              << (writer.has_parts() ? " (the next run goes on from there and merges the parts)" : "") << "\n";
    return 130;
  }
  writer.commit();
  if (writer.has_parts() && !o.quiet) progress.message("newsindex: merging " + std::to_string(writer.shard_count()) + " parts into one database");
  writer.finish();
  progress.summary(counts, writer.doc_count());
  return counts.rejected ? 1 : 0;
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
    return run_index(o, analyzer);
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
