#include "web/routes_search.h"

#include <cstdio>

#include "web/html.h"
#include "web/facets_html.h"
#include "web/html_page.h"
#include "web/http_errors.h"
#include "web/pagination.h"
#include "web/results_html.h"
#include "web/cached_search.h"

namespace news::web {
namespace {

const char kHtml[] = "text/html; charset=utf-8";

std::string sort_links(const SearchState& state) {
  std::string out = "<nav class=\"sort\" aria-label=\"Sort order\">Sort by ";
  for (SortOrder order : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
    SearchState s = state;
    s.sort = order;
    s.page = 1;
    std::string name = sort_name(order);
    if (order == state.sort) out += "<span aria-current=\"true\">" + name + "</span>";
    else out += "<a href=\"" + escape_html(search_href(s)) + "\">" + name + "</a>";
  }
  return out + "</nav>\n";
}

std::string no_results_html(const SearchState& state) {
  std::string out = "<div class=\"empty\" role=\"status\">\n<p>";
  if (state.page > 1) {
    SearchState first = state;
    first.page = 1;
    return out + "No more results on this page. <a href=\"" + escape_html(search_href(first)) +
           "\">Back to the first page</a>.</p>\n</div>\n";
  }
  if (state.q.empty()) out += "No articles match these filters.";
  else out += "No articles match <strong dir=\"auto\">" + escape_html(state.q) + "</strong>.";
  out += "</p>\n<ul>\n<li>Check the spelling, or try fewer or more general words.</li>\n";
  if (state.filtered()) {
    out += "<li><a href=\"" + escape_html(search_href(state.unfiltered())) + "\">Search without the filters</a>.</li>\n";
  }
  return out + "</ul>\n</div>\n";
}

}  // namespace

std::string results_html(const SearchState& state, const SearchResponse& response, size_t per_page) {
  std::string out = "<div class=\"layout\">\n";
  out += facets_html(state, response);
  out += "<main class=\"results\" id=\"results\">\n<div class=\"summary\">\n<p class=\"count\" role=\"status\">";
  out += escape_html(result_count_text(response));
  double ms = response.match_ms + response.snippet_ms;
  char took[32];
  std::snprintf(took, sizeof took, ms < 10 ? "%.1f" : "%.0f", ms);
  out += " <span class=\"time\">(" + std::string(took) + " ms)</span></p>\n";
  out += sort_links(state) + "</div>\n";
  out += active_filters_html(state);
  if (!response.notes.empty()) {
    out += "<ul class=\"notes\">\n";
    for (const std::string& note : response.notes) out += "<li>" + escape_html(note) + "</li>\n";
    out += "</ul>\n";
  }
  if (!response.suggestion.empty()) {
    SearchState s = state;
    s.q = response.suggestion;
    s.page = 1;
    out += "<p class=\"suggestion\">Did you mean <a href=\"" + escape_html(search_href(s)) + "\" dir=\"auto\">" +
           escape_html(response.suggestion) + "</a>?</p>\n";
  }
  out += response.hits.empty() ? no_results_html(state) : hits_html(state, response);
  out += pagination_html(state, response.estimated, per_page);
  return out + "</main>\n</div>\n";
}

namespace {

std::string home_main(size_t articles) {
  return "<main class=\"intro\">\n<p>Search " + format_count(articles) +
         " news articles in any language: words in any script, <code>\"exact phrases\"</code>, "
         "<code>-excluded</code> words, <code>title:word</code>, <code>OR</code>.</p>\n</main>\n";
}

}  // namespace

void handle_search_page(const WebContext& context, const httplib::Request& request, httplib::Response& response) {
  SearchState state;
  try {
    state = parse_search_params(request.params, context.limits());
    PageFrame frame;
    frame.state = state;
    if (!state.active()) {
      frame.home = true;
      frame.title = "News search";
      frame.articles = context.searchers->with([](Searcher& s) { return s.size(); });
      response.set_content(render_page(frame, home_main(frame.articles)), kHtml);
      return;
    }
    SearchRequest search = to_request(state, context.limits(), context.time_limit_seconds());
    SearchOutcome outcome = cached_search(context, search);
    frame.title = (state.q.empty() ? std::string("Filtered articles") : state.q) + " – News search";
    response.set_content(render_page(frame, results_html(state, *outcome.response, search.limit)), kHtml);
  } catch (...) {
    HttpError error = classify_error(std::current_exception());
    const char* title = error.status == 400 ? "Bad request" : error.status == 503 ? "Search unavailable" : "Search failed";
    response.status = error.status;
    response.set_content(message_page(title, error.message, state), kHtml);
  }
}

}  // namespace news::web
