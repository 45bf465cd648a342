// query-latency: in-process query latency of the engine's searcher library, and of stock Xapian
// on the same queries, side by side.
//
// The engine: news::Searcher::search per query as the web front end calls it (top 10, facets,
// snippets unless --no-snippets); match = SearchResponse::match_ms (parse, query building,
// matching, facets), snippets = SearchResponse::snippet_ms (loading and highlighting the hits),
// total = wall time of the call.
// Stock Xapian: QueryParser (FLAG_DEFAULT, OR) + Enquire (BM25 defaults), top 10; match = parse +
// get_mset, total = match + reading the 10 documents' data.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "benchmarks/stock_query.h"
#include "benchmarks/topics.h"
#include "cli/options.h"
#include "searcher/databases.h"
#include "searcher/searcher.h"

namespace {

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "query-latency: " << message << "\n";
  std::exit(2);
}

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// Nearest-rank percentile of an unsorted sample.
double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * values.size()));
  return values[std::min(values.size(), std::max<size_t>(rank, 1)) - 1];
}

double mean(const std::vector<double>& values) {
  if (values.empty()) return 0;
  double sum = 0;
  for (double v : values) sum += v;
  return sum / values.size();
}

struct Sample {
  std::vector<double> match, snippets, total;
  std::vector<std::string> queries;  // in the order of the timings
  double wall_seconds = 0;
  size_t empty = 0;  // queries without results
};

struct Options {
  std::vector<std::string> dbs;
  std::string stock_db, queries_path, tsv_path, per_query_path;
  size_t limit = 10, warmup = 100, repeat = 1;
  bool snippets = true, facets = true;
  std::string stock_stem;
  bool stock_cjk = false;
};

// The command line; --help is generated from the same table.
Options parse_options(int argc, char** argv) {
  Options o;
  bool no_snippets = false, no_facets = false;
  news::cli::OptionParser parser(
      "query-latency", "query-latency --queries QUERIES.tsv [--db DB ...] [--stock-db DB] [options]",
      "Measures in-process query latency over a query set (qid<TAB>query lines, or one query per line)\n"
      "with the engine's searcher library (--db) and/or stock Xapian (--stock-db), and prints\n"
      "p50/p95/p99 of match, snippet and total time in milliseconds, and queries per second.");
  parser.texts("db", 0, "DB", "the engine's database (repeatable: searched as one, like newssearch)", o.dbs)
      .text("stock-db", 0, "DB", "a database written by stock-xapian-index", o.stock_db)
      .text("queries", 0, "FILE", "the query set (required)", o.queries_path)
      .number("limit", 0, "N", "results per query (default 10)", o.limit, 1)
      .flag("no-snippets", 0, "the engine without snippets (SearchRequest::snippets = false)", no_snippets)
      .flag("no-facets", 0, "the engine without facet counting", no_facets)
      .number("warmup", 0, "N", "run the first N queries once before measuring (default 100)", o.warmup, 0)
      .number("repeat", 0, "N", "run the whole set N times (default 1)", o.repeat, 1)
      .text("stock-stem", 0, "LANG", "stock query parser stems with LANG (STEM_SOME)", o.stock_stem)
      .flag("stock-cjk-ngram", 0, "stock query parser with FLAG_CJK_NGRAM", o.stock_cjk)
      .text("tsv", 0, "FILE", "also write \"engine<TAB>measure<TAB>value\" lines to FILE", o.tsv_path)
      .text("per-query", 0, "FILE",
            "also write each measured query's times to FILE, slowest first\n"
            "(\"engine<TAB>total<TAB>match<TAB>snippets<TAB>query\", milliseconds)",
            o.per_query_path);
  if (!parser.parse(argc, argv).empty()) parser.fail("unexpected argument (queries come from --queries)");
  o.snippets = !no_snippets;
  o.facets = !no_facets;
  if (o.queries_path.empty()) parser.fail("--queries FILE is required");
  if (o.dbs.empty() && o.stock_db.empty()) parser.fail("give --db DB, --stock-db DB or both");
  return o;
}

// Runs the first o.warmup queries unmeasured, then the whole set o.repeat times; one(query,
// sample) runs a query and, when sample is not null, records its timings there.
template <typename RunQuery>
Sample measure(const std::vector<news_bench::Topic>& topics, const Options& o, RunQuery one) {
  for (size_t i = 0; i < std::min(o.warmup, topics.size()); ++i) one(topics[i].query, nullptr);
  Sample sample;
  auto start = Clock::now();
  for (size_t r = 0; r < o.repeat; ++r)
    for (const news_bench::Topic& t : topics) {
      one(t.query, &sample);
      sample.queries.push_back(t.query);
    }
  sample.wall_seconds = ms_between(start, Clock::now()) / 1000;
  return sample;
}

Sample run_engine(const std::vector<std::string>& dbs, const std::vector<news_bench::Topic>& topics, const Options& o) {
  news::Analyzer analyzer(news::AnalyzerOptions::from_environment());
  news::Searcher searcher(dbs, analyzer, news::SearcherOptions::from_environment());
  auto one = [&](const std::string& query, Sample* sample) {
    news::SearchRequest request;
    request.query = query;
    request.limit = o.limit;
    request.snippets = o.snippets;
    request.facets = o.facets;
    auto start = Clock::now();
    news::SearchResponse response = searcher.search(request);
    auto end = Clock::now();
    if (!sample) return;
    sample->match.push_back(response.match_ms);
    sample->snippets.push_back(response.snippet_ms);
    sample->total.push_back(ms_between(start, end));
    if (response.hits.empty()) ++sample->empty;
  };
  return measure(topics, o, one);
}

Sample run_stock(const std::string& db_path, const std::vector<news_bench::Topic>& topics, const Options& o) {
  Xapian::Database db(db_path);
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_OR);
  if (!o.stock_stem.empty()) {
    parser.set_stemmer(Xapian::Stem(o.stock_stem));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  }
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT;
  if (o.stock_cjk) flags |= Xapian::QueryParser::FLAG_CJK_NGRAM;
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  size_t fetched_bytes = 0;  // the documents are read, as a result page would
  auto one = [&](const std::string& text, Sample* sample) {
    auto start = Clock::now();
    Xapian::Query query = news_bench::parse_stock_query(parser, text, flags);
    enquire.set_query(query);
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(o.limit));
    auto matched = Clock::now();
    for (auto it = mset.begin(); it != mset.end(); ++it) fetched_bytes += it.get_document().get_data().size();
    auto end = Clock::now();
    if (!sample) return;
    sample->match.push_back(ms_between(start, matched));
    sample->snippets.push_back(ms_between(matched, end));
    sample->total.push_back(ms_between(start, end));
    if (mset.empty()) ++sample->empty;
  };
  (void)fetched_bytes;
  return measure(topics, o, one);
}

struct Row {
  std::string label;
  double p50, p95, p99, mean;
};

std::vector<Row> rows(const Sample& s, const char* second) {
  auto row = [](const char* label, const std::vector<double>& v) {
    return Row{label, percentile(v, 50), percentile(v, 95), percentile(v, 99), mean(v)};
  };
  return {row("match", s.match), row(second, s.snippets), row("total", s.total)};
}

double qps(const Sample& s) { return s.wall_seconds > 0 ? s.total.size() / s.wall_seconds : 0; }

// What was measured, as Markdown tables; a sample is absent when it has no queries.
std::string markdown(const Options& o, size_t queries, const Sample* ours, const Sample* stock) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2);
  out << queries << " queries x " << o.repeat << ", top " << o.limit << (o.snippets ? "" : ", no snippets")
      << (o.facets ? "" : ", no facets") << ", times in ms\n\n";
  out << "| engine | stage | p50 | p95 | p99 | mean |\n|---|---|---:|---:|---:|---:|\n";
  auto stage_rows = [&](const char* engine, const Sample& s, const char* second) {
    for (const Row& r : rows(s, second))
      out << "| " << engine << " | " << r.label << " | " << r.p50 << " | " << r.p95 << " | " << r.p99 << " | "
          << r.mean << " |\n";
  };
  if (ours) stage_rows("ours", *ours, "snippets");
  if (stock) stage_rows("stock Xapian", *stock, "fetch");
  out << "\n| engine | queries/s | queries without results |\n|---|---:|---:|\n" << std::setprecision(1);
  if (ours) out << "| ours | " << qps(*ours) << " | " << ours->empty / o.repeat << " |\n";
  if (stock) out << "| stock Xapian | " << qps(*stock) << " | " << stock->empty / o.repeat << " |\n";
  if (ours && stock) {
    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0; };
    std::vector<Row> a = rows(*ours, "snippets"), b = rows(*stock, "fetch");
    out << "\nRatio ours / stock: match p50 " << std::setprecision(2) << ratio(a[0].p50, b[0].p50) << "x, p99 "
        << ratio(a[0].p99, b[0].p99) << "x; total p50 " << ratio(a[2].p50, b[2].p50) << "x, p99 "
        << ratio(a[2].p99, b[2].p99) << "x\n";
  }
  return out.str();
}

// "engine<TAB>measure<TAB>value" lines, for scripts.
void write_tsv(const std::string& path, const Sample* ours, const Sample* stock) {
  std::ofstream tsv(path);
  if (!tsv) fail(path + ": cannot be written");
  tsv << std::fixed << std::setprecision(3);
  auto write = [&](const char* engine, const Sample& s) {
    for (const Row& r : rows(s, "snippets"))
      tsv << engine << '\t' << r.label << "_p50\t" << r.p50 << '\n'
          << engine << '\t' << r.label << "_p95\t" << r.p95 << '\n'
          << engine << '\t' << r.label << "_p99\t" << r.p99 << '\n'
          << engine << '\t' << r.label << "_mean\t" << r.mean << '\n';
    tsv << engine << "\tqps\t" << qps(s) << '\n'
        << engine << "\tqueries\t" << s.total.size() << '\n'
        << engine << "\tempty\t" << s.empty << '\n';
  };
  if (ours) write("ours", *ours);
  if (stock) write("stock", *stock);
  if (!tsv) fail(path + ": write error");
}

// One line per measured query, slowest first: where the tail comes from.
void write_per_query(const std::string& path, const Sample* ours, const Sample* stock) {
  std::ofstream out(path);
  if (!out) fail(path + ": cannot be written");
  out << std::fixed << std::setprecision(3);
  auto write = [&](const char* engine, const Sample& s) {
    std::vector<size_t> order(s.total.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return s.total[a] > s.total[b]; });
    for (size_t i : order)
      out << engine << '\t' << s.total[i] << '\t' << s.match[i] << '\t' << s.snippets[i] << '\t' << s.queries[i]
          << '\n';
  };
  if (ours) write("ours", *ours);
  if (stock) write("stock", *stock);
  if (!out) fail(path + ": write error");
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_options(argc, argv);
  try {
    std::vector<news_bench::Topic> topics = news_bench::read_topics(o.queries_path);
    if (topics.empty()) fail(o.queries_path + ": no queries");
    Sample ours, stock;
    if (!o.dbs.empty()) ours = run_engine(o.dbs, topics, o);
    if (!o.stock_db.empty()) stock = run_stock(o.stock_db, topics, o);
    const Sample* ours_measured = o.dbs.empty() ? nullptr : &ours;
    const Sample* stock_measured = o.stock_db.empty() ? nullptr : &stock;
    std::cout << markdown(o, topics.size(), ours_measured, stock_measured);
    if (!o.tsv_path.empty()) write_tsv(o.tsv_path, ours_measured, stock_measured);
    if (!o.per_query_path.empty()) write_per_query(o.per_query_path, ours_measured, stock_measured);
    return 0;
  } catch (const news::DatabaseError& e) {
    fail(e.what());
  } catch (const Xapian::Error& e) {
    fail(e.get_description());
  } catch (const std::exception& e) {
    fail(e.what());
  }
}
