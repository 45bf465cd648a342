// stock-xapian-search: the stock Xapian 1.4 search baseline. Runs a topics file through a
// default Xapian::QueryParser (FLAG_DEFAULT, default operator OR) and BM25 with its default
// parameters, and writes a TREC run whose docids are the ids stored as document data by
// stock-xapian-index.
#include <xapian.h>

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>

#include "benchmarks/stock_query.h"
#include "benchmarks/topics.h"
#include "cli/options.h"

namespace {

struct Options {
  std::string db, topics, run_id = "stock-xapian", output, stem;
  bool cjk_ngram = false;
  size_t depth = 1000;
};

// The command line; --help is generated from the same table.
Options parse_options(int argc, char** argv) {
  Options o;
  news::cli::OptionParser parser(
      "stock-xapian-search", "stock-xapian-search --db DB --topics TOPICS.tsv [options]",
      "Runs every qid<TAB>query line of TOPICS.tsv through stock Xapian (QueryParser with FLAG_DEFAULT\n"
      "and default operator OR, BM25 defaults) and writes a TREC run: qid Q0 docid rank score tag.");
  parser.text("db", 0, "DB", "a database written by stock-xapian-index", o.db)
      .text("topics", 0, "FILE", "the queries", o.topics)
      .number("k", 'k', "N", "results per topic (default 1000)", o.depth, 1)
      .text("run-id", 0, "NAME", "the run's tag (default stock-xapian)", o.run_id)
      .text("output", 'o', "FILE", "write the run to FILE instead of standard output", o.output)
      .text("stem", 0, "LANG", "stem query words with Xapian::Stem(LANG), STEM_SOME (match an index built with the same --stem)",
            o.stem)
      .flag("cjk-ngram", 0, "add QueryParser::FLAG_CJK_NGRAM (match an index built with --cjk-ngram)", o.cjk_ngram);
  if (!parser.parse(argc, argv).empty()) parser.fail("unexpected argument (queries come from --topics)");
  if (o.db.empty()) parser.fail("--db DB is required");
  if (o.topics.empty()) parser.fail("--topics FILE is required");
  return o;
}

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "stock-xapian-search: " << message << "\n";
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_options(argc, argv);
  const std::string &db_path = o.db, &topics_path = o.topics, &run_id = o.run_id, &output = o.output,
                    &stem_language = o.stem;
  const bool cjk_ngram = o.cjk_ngram;
  const size_t depth = o.depth;
  try {
    std::vector<news_bench::Topic> topics = news_bench::read_topics(topics_path);
    Xapian::Database db(db_path);
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_default_op(Xapian::Query::OP_OR);
    if (!stem_language.empty()) {
      parser.set_stemmer(Xapian::Stem(stem_language));
      parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    }
    unsigned flags = Xapian::QueryParser::FLAG_DEFAULT;
    if (cjk_ngram) flags |= Xapian::QueryParser::FLAG_CJK_NGRAM;
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(Xapian::BM25Weight());

    std::ofstream file;
    if (!output.empty()) {
      file.open(output);
      if (!file) fail(output + ": cannot be written");
    }
    std::ostream& run = output.empty() ? std::cout : file;
    size_t degraded = 0, failed = 0;
    for (const news_bench::Topic& topic : topics) {
      Xapian::Query query = news_bench::parse_stock_query(parser, topic.query, flags, &degraded, &failed);
      enquire.set_query(query);
      Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
      for (auto it = mset.begin(); it != mset.end(); ++it)
        run << topic.qid << " Q0 " << it.get_document().get_data() << ' ' << (it.get_rank() + 1) << ' ' << std::fixed
            << std::setprecision(6) << it.get_weight() << ' ' << run_id << '\n';
    }
    run.flush();
    if (!run) fail((output.empty() ? std::string("standard output") : output) + ": write error");
    std::cerr << "stock-xapian-search: ran " << topics.size() << " topics";
    if (degraded) std::cerr << "; " << degraded << " parsed with fewer QueryParser flags after a parse error";
    if (failed) std::cerr << "; " << failed << " could not be parsed at all (no results)";
    std::cerr << "\n";
    return 0;
  } catch (const Xapian::Error& e) {
    fail(e.get_description());
  } catch (const std::exception& e) {
    fail(e.what());
  }
}
