#include "web/facets_html.h"

#include <algorithm>

#include "store/dates.h"
#include "web/html.h"
#include "web/html_page.h"
#include "web/language_names.h"

namespace news::web {
namespace {

using Field = std::vector<std::string> SearchState::*;

struct FacetField {
  const char* key;    // in SearchResponse::facets
  const char* title;  // shown
  Field field;
};

const FacetField kFields[] = {{"lang", "Language", &SearchState::langs},
                              {"source", "Source", &SearchState::sources},
                              {"year", "Year", &SearchState::years}};

std::string label(const char* key, const std::string& value) {
  return std::string(key) == "lang" ? language_name(value) : value;
}

// `state` with `value` added to or removed from `field`, back on page 1.
std::string toggled_href(SearchState state, Field field, const std::string& value) {
  std::vector<std::string>& values = state.*field;
  auto it = std::find(values.begin(), values.end(), value);
  if (it == values.end()) values.push_back(value);
  else values.erase(it);
  state.page = 1;
  return escape_html(search_href(state));
}

// An estimated count reads "≈ 1,200": the page must not claim more precision than the search had.
std::string count_html(Xapian::doccount count, bool exact) {
  if (exact) return "<span class=\"count\">" + format_count(count) + "</span>";
  return "<span class=\"count estimate\" title=\"estimated\">≈&#8239;" + format_count(count) + "</span>";
}

std::string facet_group(const SearchState& state, const FacetField& f, std::vector<FacetCount> counts, bool exact) {
  const std::vector<std::string>& active = state.*f.field;
  // Active values stay listed (with a remove link) even when the response has no count for them.
  for (const std::string& v : active)
    if (std::none_of(counts.begin(), counts.end(), [&](const FacetCount& c) { return c.value == v; }))
      counts.push_back({v, 0});
  if (counts.empty()) return {};
  if (std::string(f.key) == "year")  // years read best in order, newest first
    std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) { return a.value > b.value; });
  std::string out = "<section class=\"facet\" aria-labelledby=\"facet-" + std::string(f.key) + "\">\n<h2 id=\"facet-" +
                    f.key + "\">" + f.title + "</h2>\n<ul>\n";
  for (const FacetCount& c : counts) {
    bool on = std::find(active.begin(), active.end(), c.value) != active.end();
    std::string dir_attr = std::string(f.key) == "lang" ? "" : " dir=\"auto\"";
    out += "<li><a href=\"" + toggled_href(state, f.field, c.value) + "\"" + (on ? " class=\"on\" aria-current=\"true\"" : "") +
           " data-facet=\"" + f.key + "\" data-value=\"" + escape_html(c.value) + "\"><span class=\"name\"" + dir_attr +
           ">" + escape_html(label(f.key, c.value)) + "</span>";
    if (on) out += "<span class=\"remove\" aria-label=\"remove filter\">×</span>";
    else out += count_html(c.count, exact);
    out += "</a></li>\n";
  }
  return out + "</ul>\n</section>\n";
}

std::string date_form(const SearchState& state) {
  std::string out =
      "<section class=\"facet\" aria-labelledby=\"facet-date\">\n<h2 id=\"facet-date\">Date</h2>\n"
      "<form class=\"date-range\" action=\"/\" method=\"get\">\n";
  out += "<input type=\"hidden\" name=\"q\" value=\"" + escape_html(state.q) + "\">";
  out += hidden_filter_fields(state, false);
  out += "\n<label>From <input type=\"date\" name=\"from\" value=\"" + escape_html(state.from) + "\"></label>\n";
  out += "<label>To <input type=\"date\" name=\"to\" value=\"" + escape_html(state.to) + "\"></label>\n";
  out += "<button type=\"submit\">Apply</button>\n</form>\n</section>\n";
  return out;
}

}  // namespace

std::string facets_html(const SearchState& state, const SearchResponse& response) {
  std::string out = "<aside class=\"filters\" aria-label=\"Filters\">\n";
  for (const FacetField& f : kFields) {
    auto it = response.facets.find(f.key);
    out += facet_group(state, f, it == response.facets.end() ? std::vector<FacetCount>{} : it->second,
                       response.facets_exact);
  }
  if (!response.facets_exact && !response.facets.empty())
    out += "<p class=\"facet-note\">≈ counts are estimated from the best matches.</p>\n";
  out += date_form(state);
  return out + "</aside>\n";
}

std::string active_filters_html(const SearchState& state) {
  if (!state.filtered()) return {};
  std::string out = "<ul class=\"active-filters\" aria-label=\"Active filters\">\n";
  auto chip = [&](const std::string& text, const std::string& href) {
    out += "<li><a href=\"" + href + "\" title=\"Remove this filter\"><span dir=\"auto\">" + escape_html(text) +
           "</span> <span class=\"remove\" aria-hidden=\"true\">×</span></a></li>\n";
  };
  for (const FacetField& f : kFields)
    for (const std::string& v : state.*f.field)
      chip(std::string(f.title) + ": " + label(f.key, v), toggled_href(state, f.field, v));
  if (!state.from.empty() || !state.to.empty()) {
    SearchState s = state;
    s.from.clear();
    s.to.clear();
    s.page = 1;
    std::string range = state.from.empty() ? "until " + display_date(state.to)
                        : state.to.empty() ? "since " + display_date(state.from)
                                           : display_date(state.from) + " – " + display_date(state.to);
    chip("Date: " + range, escape_html(search_href(s)));
  }
  out += "<li class=\"clear\"><a href=\"" + escape_html(search_href(state.unfiltered())) + "\">Clear all</a></li>\n";
  return out + "</ul>\n";
}

}  // namespace news::web
