#include "searcher/searcher.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <unordered_set>

#include "analysis/environment.h"
#include "searcher/match_deadline.h"
#include "searcher/matches.h"
#include "searcher/passages.h"
#include "searcher/query_parser.h"
#include "searcher/requirements.h"
#include "store/article_record.h"
#include "store/dates.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Xapian::Query any_of(const char* prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const std::string& v : values)
    if (!v.empty()) terms.emplace_back(prefix + lower_ascii(v));
  if (terms.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// Every non-blank line of a text, trimmed: the readers keep an article's paragraphs on lines.
std::vector<std::pair<size_t, size_t>> paragraph_ranges(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t at = 0; at < text.size();) {
    size_t end = std::min(text.find('\n', at), text.size());
    size_t first = text.find_first_not_of(" \t\r\f\v", at);
    if (first < end) {
      size_t last = text.find_last_not_of(" \t\r\f\v", end - 1);
      out.emplace_back(first, last + 1);
    }
    at = end + 1;
  }
  return out;
}

// The paragraphs of a text, each a fragment with the matches inside it.
std::vector<Fragment> mark_paragraphs(std::string_view text, const std::vector<Match>& matches) {
  std::vector<Fragment> out;
  for (const auto& [start, end] : paragraph_ranges(text)) {
    std::vector<Match> inside;
    for (const Match& m : matches)
      if (m.start >= start && m.end <= end) inside.push_back({m.start - uint32_t(start), m.end - uint32_t(start), m.key});
    out.push_back(mark_all(text.substr(start, end - start), inside));
  }
  return out;
}

}  // namespace

SearcherOptions SearcherOptions::from_environment() {
  SearcherOptions o;
  auto read = [](const char* name, double& value) { value = environment_number(name).value_or(value); };
  read("NEWS_BM25_K1", o.bm25_k1);
  read("NEWS_BM25_B", o.bm25_b);
  read("NEWS_CJK_BM25_K1", o.cjk_bm25_k1);
  read("NEWS_CJK_BM25_B", o.cjk_bm25_b);
  read("NEWS_BACKSTOP_WEIGHT", o.weights.backstop);
  read("NEWS_DERIVED_WEIGHT", o.weights.derived);
  double exact = static_cast<double>(o.exact_counts_below);
  read("NEWS_EXACT_COUNTS_BELOW", exact);
  o.exact_counts_below = static_cast<size_t>(exact);
  return o;
}

Searcher::Searcher(std::vector<std::string> databases, const Analyzer& analyzer, SearcherOptions options)
    : analyzer_(analyzer), options_(options), builder_(analyzer, options.weights), speller_(analyzer),
      databases_(std::move(databases)) {}

bool Searcher::reopen() {
  bool changed = databases_.reopen();
  if (changed) facet_table_.reset();
  return changed;
}

std::shared_ptr<const FacetTable> Searcher::facet_table() {
  if (databases_.has_remote()) return nullptr;  // remote databases count with Xapian's own spies
  if (!facet_table_) facet_table_ = facet_table_for(databases_.database(), databases_.state_key());
  return facet_table_;
}

std::optional<Article> Searcher::article(const std::string& id) {
  const Xapian::Database& db = databases_.database();
  std::string term = fields::kId + id;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
    return decode_article(article_record(db.get_document(*it, Xapian::DOC_ASSUME_VALID)));
  return std::nullopt;
}

std::optional<MarkedArticle> Searcher::marked_article(const std::string& id, const std::string& query) {
  const Xapian::Database& db = databases_.database();
  std::string term = fields::kId + id;
  auto it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) return std::nullopt;
  StoredArticle stored = decode_stored_article(article_record(db.get_document(*it, Xapian::DOC_ASSUME_VALID)));
  HighlightTerms terms;
  if (!query.empty()) terms = builder_.build(parse_query(query), query).highlight;
  MarkedArticle marked;
  const Article& a = stored.article;
  MatchFinder finder(terms);
  marked.title = mark_all(a.title, finder.find(a.title, stored.title_words, stored.keys));
  marked.paragraphs = mark_paragraphs(a.body, finder.find(a.body, stored.body_words, stored.keys));
  marked.article = std::move(stored.article);
  return marked;
}

SearchResponse Searcher::search(const SearchRequest& request) {
  try {
    return search_databases(request);
  } catch (const Xapian::NetworkError& e) {
    // A remote database that answered when opened has gone: one clear error, not half an answer.
    throw DatabaseError("a remote database stopped answering: " + describe_remote_failure(e));
  }
}

// The boolean part: the query's own filters and the request's, all of which must hold.
Xapian::Query Searcher::filter_for(const SearchRequest& request, const BuiltQuery& built) const {
  std::vector<Xapian::Query> filters = {built.filter, any_of(fields::kLanguage, request.languages),
                                        any_of(fields::kSource, request.sources), any_of(fields::kYear, request.years)};
  if (!request.from.empty() || !request.to.empty()) {
    std::string from = date_value(request.from), to = request.to.empty() ? "99999999" : date_value(request.to);
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, fields::kDateSlot, from, to);
  }
  Xapian::Query filter;
  for (const Xapian::Query& f : filters)
    if (!f.empty()) filter = filter.empty() ? f : Xapian::Query(Xapian::Query::OP_AND, filter, f);
  return filter;
}

// The query, weighted by its script, in the order asked for.
void Searcher::configure(Xapian::Enquire& enquire, const Xapian::Query& query, const SearchRequest& request,
                         const BuiltQuery& built, bool ranked) const {
  // CJK, Thai and Hangul words leave strings to find inside runs: that is what marks such a query.
  bool unspaced = !built.highlight.strings.empty();
  double k1 = unspaced ? options_.cjk_bm25_k1 : options_.bm25_k1, b = unspaced ? options_.cjk_bm25_b : options_.bm25_b;
  if (const std::optional<LengthNorm>& norm = databases_.length_norm()) {
    // The articles' lengths are in their wdfs (store/length_norm.h): no length to read, k1 in
    // wdf units, and the weights scaled back to BM25's own, which the query's fixed bonuses
    // are set against.
    double k1_in_wdf = k1 * norm->scale;
    enquire.set_weighting_scheme(Xapian::BM25Weight(k1_in_wdf, 0, 1, 0, 0.5));
    enquire.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, (k1 + 1) / (k1_in_wdf + 1)));
  } else {
    enquire.set_weighting_scheme(Xapian::BM25Weight(k1, 0, 1, b, 0.5));
    enquire.set_query(query);
  }
  if (request.sort == SortOrder::kNewest || (!ranked && request.sort == SortOrder::kRelevance))
    enquire.set_sort_by_value_then_relevance(fields::kDateSlot, true);
  else if (request.sort == SortOrder::kOldest)
    enquire.set_sort_by_value_then_relevance(fields::kDateSlot, false);
}

// A result of the page, with its stored data (read once, for duplicates and for the hit).
struct Searcher::PageEntry {
  Xapian::docid docid;
  double weight;
  int percent;
  size_t rank;  // 1-based, over all pages, duplicates left out
  std::string data;
};

// `count` matches from the `first`, within the time limit when there is one (`timed_out` says
// whether it ran out); the matcher looks at `check` matches at least (only counts need it to look
// past the page).
Xapian::MSet Searcher::match(Xapian::Enquire& enquire, const SearchRequest& request, size_t first, size_t count,
                             Xapian::doccount check, bool* timed_out) {
  auto run = [&](const Xapian::MatchDecider* decider) {
    return enquire.get_mset(static_cast<Xapian::doccount>(first), static_cast<Xapian::doccount>(count), check, nullptr, decider);
  };
  if (request.time_limit_seconds <= 0 || !deadlines_work_) return run(nullptr);
  MatchDeadline deadline(request.time_limit_seconds);
  try {
    Xapian::MSet mset = run(&deadline);
    if (timed_out) *timed_out = deadline.expired();
    return mset;
  } catch (const Xapian::UnimplementedError&) {
    // Remote databases take no MatchDecider: they are searched without a time limit.
    deadlines_work_ = false;
    return run(nullptr);
  }
}

// The page asked for. The same article under two ids (equal title and body) is shown once, the
// better ranked: the ranking is read from the top, as far as the page needs, checking each
// article's content hash, which its stored data begins with. (Xapian's own collapsing read a
// value for every candidate the matcher looked at, a tenth of a search's time.)
std::vector<Searcher::PageEntry> Searcher::page(Xapian::Enquire& enquire, const SearchRequest& request,
                                                Xapian::doccount check, FacetCounter* facets, Xapian::MSet& mset) {
  std::vector<PageEntry> entries;
  if (!options_.collapse_duplicates) {
    mset = match(enquire, request, request.offset, request.limit, check);
    for (auto it = mset.begin(); it != mset.end(); ++it)
      entries.push_back({*it, it.get_weight(), it.get_percent(), it.get_rank() + 1, article_record(it.get_document())});
    return entries;
  }
  size_t wanted = request.offset + request.limit;
  size_t first_fetch = wanted + std::max<size_t>(5, request.limit / 2);
  for (size_t fetch = first_fetch;; fetch *= 2) {
    if (facets && fetch != first_fetch) facets->restart(enquire);  // count the new match alone
    mset = match(enquire, request, 0, fetch, check);
    entries.clear();
    std::unordered_set<uint64_t> shown;
    size_t rank = 0;
    for (auto it = mset.begin(); it != mset.end() && entries.size() < request.limit; ++it) {
      std::string data = article_record(it.get_document());
      uint64_t hash = stored_content_hash(data);
      if (hash && !shown.insert(hash).second) continue;
      if (++rank > request.offset) entries.push_back({*it, it.get_weight(), it.get_percent(), rank, std::move(data)});
    }
    if (entries.size() == request.limit || mset.size() < fetch) return entries;
  }
}

// What counts as a result (requirements.h): the totals and facets of the first requirement that
// finds enough documents, from a match that only counts (no weights, one document); false when
// none does, and every match of the ranked query counts. The ranking and its list are left
// alone: on the ad hoc sets, listing only the documents that meet the requirement cost CACM .018
// nDCG@10 (relevant abstracts without one of the query's words), and ending the list at the
// total cost CACM .024 and MED .022 recall@100.
bool Searcher::count_required(const BuiltQuery& built, const Xapian::Query& filter, const SearchRequest& request,
                              SearchResponse& response) {
  Xapian::doccount check = std::max(kEnoughResults, counting_check(request.facets));
  std::vector<Requirement> tiers = requirements(built.units);
  for (size_t tier = 0; tier < tiers.size(); ++tier) {
    const Requirement& required = tiers[tier];
    Xapian::Enquire enquire(databases_.database());
    enquire.set_query(filter.empty() ? required.query : Xapian::Query(Xapian::Query::OP_FILTER, required.query, filter));
    if (required.min_parts) {
      enquire.set_weighting_scheme(Xapian::CoordWeight());
      enquire.set_cutoff(0, required.min_parts - 0.5);  // a whole number of parts
    } else {
      enquire.set_weighting_scheme(Xapian::BoolWeight());
    }
    std::optional<FacetCounter> counter;
    FacetCounter* facets = attach_facets(enquire, request.facets, counter);
    bool timed_out = false;
    Xapian::MSet mset = match(enquire, request, 0, 1, check, &timed_out);
    if (timed_out) return false;  // no more counting matches: the ranked one counts, in its own time
    if (mset.get_matches_lower_bound() < kEnoughResults) continue;
    count(mset, facets, check, response);
    response.counted = tier == 0 ? Counted::kEveryPart : Counted::kAllPartsButOne;
    return true;
  }
  return false;
}

// How many matches the matcher looks at, at least, for counts that are to be exact below that
// (facets); none past the page without them.
Xapian::doccount Searcher::counting_check(bool facets) const {
  return facets ? static_cast<Xapian::doccount>(options_.exact_counts_below) : 0;
}

// A facet counter, kept in `counter`, on the next match of `enquire` when `wanted`; else none.
FacetCounter* Searcher::attach_facets(Xapian::Enquire& enquire, bool wanted, std::optional<FacetCounter>& counter) {
  if (!wanted) return nullptr;
  counter.emplace(facet_table());
  counter->attach(enquire);
  return &*counter;
}

// The totals, bounded by what the facet counters saw when they saw every match, and the facets.
void Searcher::count(const Xapian::MSet& mset, const FacetCounter* facets, Xapian::doccount checked,
                     SearchResponse& response) const {
  response.estimated = mset.get_matches_estimated();
  response.lower_bound = mset.get_matches_lower_bound();
  response.upper_bound = mset.get_matches_upper_bound();
  if (facets) {
    FacetCounts counts = facets->result(mset, checked);
    if (counts.exact) {
      // The counters saw every match (before duplicates were collapsed), which bounds what the
      // matcher's estimate from term statistics may overshoot.
      response.upper_bound = std::min(response.upper_bound, counts.seen);
      response.estimated = std::clamp(response.estimated, response.lower_bound, response.upper_bound);
    }
    response.facets = std::move(counts.fields);
    response.facets_exact = counts.exact;
  }
  response.exact = response.lower_bound == response.upper_bound;
}

// The hits of a page: each article's fields, its title marked and its best passages.
std::vector<SearchHit> Searcher::hits(std::vector<PageEntry>& page, const SearchRequest& request,
                                      const HighlightTerms& terms) const {
  std::vector<SearchHit> out;
  SnippetOptions snippet;
  MatchFinder finder(terms);
  for (PageEntry& entry : page) {
    SearchHit hit;
    hit.rank = entry.rank;
    hit.docid = entry.docid;
    hit.score = entry.weight;
    hit.percent = entry.percent;
    if (request.snippets) {
      StoredArticle stored = decode_stored_article(entry.data);
      const Article& a = stored.article;
      hit.title = mark_all(a.title, finder.find(a.title, stored.title_words, stored.keys));
      hit.snippet = choose_passages(a.body, finder.find(a.body, stored.body_words, stored.keys, snippet.max_scan_bytes), snippet);
      hit.article = std::move(stored.article);
    } else {
      hit.article = decode_article(entry.data);
      hit.title.text = hit.article.title;
    }
    hit.article.body.clear();
    out.push_back(std::move(hit));
  }
  return out;
}

// `request` searched as `apart`: its words that match nothing spelt as the indexed words they are
// written together from, in the `seconds_left` of its time limit. The match time counts both
// matches.
SearchResponse Searcher::search_apart(const SearchRequest& request, const std::string& apart, double seconds_left,
                                      std::chrono::steady_clock::time_point start) {
  SearchRequest again = request;
  again.query = apart;
  if (request.time_limit_seconds > 0) again.time_limit_seconds = seconds_left;
  SearchResponse response = search_databases(again, true);
  response.notes.insert(response.notes.begin(), "searched as: " + apart);
  response.match_ms = ms_since(start) - response.snippet_ms;
  return response;
}

SearchResponse Searcher::search_databases(const SearchRequest& request, bool rewritten) {
  auto start = std::chrono::steady_clock::now();
  SearchResponse response;
  ParsedQuery parsed = parse_query(request.query);
  response.notes = parsed.notes;
  BuiltQuery built = builder_.build(parsed, request.query, request.languages);
  Xapian::Query filter = filter_for(request, built);
  Xapian::Query query = built.query;
  bool ranked = !query.empty();
  if (!ranked && filter.empty()) return response;  // nothing to search for
  if (!ranked) query = Xapian::Query::MatchAll;
  if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);

  Xapian::Enquire enquire(databases_.database());
  configure(enquire, query, request, built, ranked);
  bool counted = count_required(built, filter, request, response);
  std::optional<FacetCounter> counter;
  FacetCounter* facets = attach_facets(enquire, request.facets && !counted, counter);
  // The matches of long text (a headline, a pasted sentence: tens of thousands) are counted as the
  // matcher meets them, its pruning on, and the counts are estimates: looking at the first 1,000
  // in full cost such searches 7% of their match time, for counts estimated all the same.
  Xapian::doccount check = built.long_text ? 0 : counting_check(facets != nullptr);
  Xapian::MSet mset;
  std::vector<PageEntry> entries = page(enquire, request, check, facets, mset);
  if (!counted) count(mset, facets, check, response);
  // Not for remote databases: each piece of a word looked up would be a round trip.
  if (ranked && !rewritten && !databases_.has_remote()) {
    std::string apart = speller_.written_apart(request.query, parsed, built, databases_.database(), mset);
    double left = request.time_limit_seconds - ms_since(start) / 1000;
    if (!apart.empty() && (request.time_limit_seconds <= 0 || left > 0)) return search_apart(request, apart, left, start);
  }
  if (ranked) response.suggestion = speller_.suggest(request.query, parsed, built, databases_.database(), mset);
  response.match_ms = ms_since(start);

  auto snippet_start = std::chrono::steady_clock::now();
  response.hits = hits(entries, request, built.highlight);
  response.snippet_ms = ms_since(snippet_start);
  return response;
}

}  // namespace news
