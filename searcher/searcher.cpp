#include "searcher/searcher.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "searcher/databases.h"
#include "searcher/match_deadline.h"
#include "searcher/query_parser.h"
#include "store/dates.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::vector<FacetCount> top_values(const Xapian::ValueCountMatchSpy& spy, size_t n, double scale) {
  std::vector<FacetCount> out;
  for (auto it = spy.top_values_begin(n); it != spy.top_values_end(n); ++it)
    if (!(*it).empty()) out.push_back({*it, static_cast<Xapian::doccount>(it.get_termfreq() * scale + 0.5)});
  return out;
}

Xapian::Query any_of(const char* prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const std::string& v : values)
    if (!v.empty()) terms.emplace_back(prefix + lower_ascii(v));
  if (terms.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

SearcherOptions SearcherOptions::from_environment() {
  SearcherOptions o;
  auto read = [](const char* name, double& value) {
    if (const char* text = std::getenv(name)) {
      char* end = nullptr;
      double v = std::strtod(text, &end);
      if (end && *end == '\0' && v >= 0) value = v;
    }
  };
  read("NEWS_BM25_K1", o.bm25_k1);
  read("NEWS_BM25_B", o.bm25_b);
  read("NEWS_CJK_BM25_K1", o.cjk_bm25_k1);
  read("NEWS_CJK_BM25_B", o.cjk_bm25_b);
  read("NEWS_BACKSTOP_WEIGHT", o.weights.backstop);
  read("NEWS_DERIVED_WEIGHT", o.weights.derived);
  return o;
}

Searcher::Searcher(std::vector<std::string> databases, const Analyzer& analyzer, SearcherOptions options)
    : specs_(std::move(databases)), analyzer_(analyzer), options_(options), builder_(analyzer, options.weights),
      speller_(analyzer, builder_), db_(open_databases(specs_)) {}

bool Searcher::reopen() { return db_.reopen(); }

HighlightTerms Searcher::highlight_terms(const std::string& query) {
  return builder_.build(parse_query(query), query).highlight;
}

std::optional<Article> Searcher::article(const std::string& id) {
  std::string term = fields::kId + id;
  for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it)
    return decode_article(db_.get_document(*it).get_data());
  return std::nullopt;
}

SearchResponse Searcher::search(const SearchRequest& request) {
  try {
    return search_databases(request);
  } catch (const Xapian::NetworkError& e) {
    // A remote database that answered when opened has gone: one clear error, not half an answer.
    throw DatabaseError("a remote database stopped answering: " + describe_remote_failure(e));
  }
}

SearchResponse Searcher::search_databases(const SearchRequest& request) {
  auto start = std::chrono::steady_clock::now();
  SearchResponse response;
  ParsedQuery parsed = parse_query(request.query);
  response.notes = parsed.notes;
  BuiltQuery built = builder_.build(parsed, request.query, request.languages);

  std::vector<Xapian::Query> filters = {built.filter, any_of(fields::kLanguage, request.languages),
                                        any_of(fields::kSource, request.sources), any_of(fields::kYear, request.years)};
  if (!request.from.empty() || !request.to.empty()) {
    std::string from = date_value(request.from), to = request.to.empty() ? "99999999" : date_value(request.to);
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, fields::kDateSlot, from, to);
  }
  Xapian::Query filter;
  for (const Xapian::Query& f : filters)
    if (!f.empty()) filter = filter.empty() ? f : Xapian::Query(Xapian::Query::OP_AND, filter, f);

  Xapian::Query query = built.query;
  bool ranked = !query.empty();
  if (!ranked && filter.empty()) return response;  // nothing to search for
  if (!ranked) query = Xapian::Query::MatchAll;
  if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);

  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  // CJK, Thai and Hangul words leave strings to find inside runs: that is what marks such a query.
  bool unspaced = !built.highlight.strings.empty();
  double k1 = unspaced ? options_.cjk_bm25_k1 : options_.bm25_k1, b = unspaced ? options_.cjk_bm25_b : options_.bm25_b;
  enquire.set_weighting_scheme(Xapian::BM25Weight(k1, 0, 1, b, 0.5));
  if (options_.collapse_duplicates) enquire.set_collapse_key(fields::kDuplicateSlot);
  if (request.sort == SortOrder::kNewest || (!ranked && request.sort == SortOrder::kRelevance))
    enquire.set_sort_by_value_then_relevance(fields::kDateSlot, true);
  else if (request.sort == SortOrder::kOldest)
    enquire.set_sort_by_value_then_relevance(fields::kDateSlot, false);

  Xapian::ValueCountMatchSpy lang_spy(fields::kLanguageSlot), source_spy(fields::kSourceSlot), year_spy(fields::kYearSlot);
  if (request.facets) {
    enquire.add_matchspy(&lang_spy);
    enquire.add_matchspy(&source_spy);
    enquire.add_matchspy(&year_spy);
  }
  Xapian::doccount check = request.facets ? static_cast<Xapian::doccount>(options_.facet_sample) : 0;
  auto match = [&](const Xapian::MatchDecider* decider) {
    return enquire.get_mset(static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit),
                            check, nullptr, decider);
  };
  Xapian::MSet mset;
  if (request.time_limit_seconds > 0 && deadlines_work_) {
    MatchDeadline deadline(request.time_limit_seconds);
    try {
      mset = match(&deadline);
    } catch (const Xapian::UnimplementedError&) {
      // Remote databases take no MatchDecider: they are searched without a time limit.
      deadlines_work_ = false;
      mset = match(nullptr);
    }
  } else {
    mset = match(nullptr);
  }
  response.estimated = mset.get_matches_estimated();
  response.lower_bound = mset.get_matches_lower_bound();
  response.upper_bound = mset.get_matches_upper_bound();
  if (request.facets && lang_spy.get_total() < check) {
    // The spies saw every match (before duplicates were collapsed), which bounds what the
    // matcher's estimate from term statistics may overshoot.
    response.upper_bound = std::min(response.upper_bound, static_cast<Xapian::doccount>(lang_spy.get_total()));
    response.estimated = std::clamp(response.estimated, response.lower_bound, response.upper_bound);
  }
  response.exact = response.lower_bound == response.upper_bound;
  if (request.facets) {
    // Past the sample, counts are scaled to the estimated number of matches.
    Xapian::doccount seen = lang_spy.get_total();
    double scale = seen >= check && response.estimated > seen ? double(response.estimated) / seen : 1.0;
    response.facets_exact = scale == 1.0;
    response.facets["lang"] = top_values(lang_spy, 20, scale);
    response.facets["source"] = top_values(source_spy, 20, scale);
    response.facets["year"] = top_values(year_spy, 30, scale);
  }
  if (ranked) response.suggestion = speller_.suggest(request.query, parsed, built, db_, mset);
  response.match_ms = ms_since(start);

  auto snippet_start = std::chrono::steady_clock::now();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    SearchHit hit;
    hit.rank = it.get_rank() + 1;  // MSet ranks count from the first match, not the page
    hit.docid = *it;
    hit.score = it.get_weight();
    hit.percent = it.get_percent();
    hit.article = decode_article(it.get_document().get_data());
    if (request.snippets) {
      hit.title = highlight_all(hit.article.title, hit.article.lang, built.highlight, analyzer_);
      hit.snippet = make_snippet(hit.article.body, hit.article.lang, built.highlight, analyzer_);
    } else {
      hit.title.text = hit.article.title;
    }
    hit.article.body.clear();
    response.hits.push_back(std::move(hit));
  }
  response.snippet_ms = ms_since(snippet_start);
  return response;
}

}  // namespace news
