#include "web/results_html.h"

#include "store/dates.h"
#include "web/html.h"
#include "web/html_page.h"
#include "web/language_names.h"
#include "web/url.h"

namespace news::web {
namespace {

// "www.example.com" out of "https://www.example.com/a/b", shown beside the source.
std::string host_of(const std::string& url) {
  size_t start = url.find("://");
  if (start == std::string::npos) return {};
  start += 3;
  size_t end = url.find_first_of("/?#", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string hit_html(const SearchState& state, const SearchHit& hit) {
  const Article& a = hit.article;
  std::string stored = doc_href(a.id, state.q);
  bool external = is_web_url(a.url);
  std::string out = "<li class=\"hit\"";
  if (!a.lang.empty() && a.lang != "und") out += " lang=\"" + escape_html(a.lang) + "\"";
  out += " dir=\"auto\" data-id=\"" + escape_html(a.id) + "\">\n<h2 class=\"hit-title\"><a href=\"";
  out += escape_html(external ? a.url : stored) + "\"";
  if (external) out += " rel=\"noopener noreferrer nofollow\"";
  out += ">";
  out += hit.title.text.empty() ? escape_html(a.title.empty() ? a.id : a.title) : fragments_html({hit.title});
  out += "</a></h2>\n<p class=\"hit-meta\" lang=\"en\">";
  // Each part in <bdi> so that an Arabic source name cannot reorder its neighbours.
  if (!a.source.empty()) out += "<bdi class=\"source\">" + escape_html(a.source) + "</bdi>";
  else if (external) out += "<bdi class=\"source\">" + escape_html(host_of(a.url)) + "</bdi>";
  if (!a.date.empty()) out += "<time dir=\"auto\" datetime=\"" + escape_html(a.date) + "\">" + escape_html(display_date(a.date)) + "</time>";
  if (!a.lang.empty()) out += "<span class=\"lang\" dir=\"auto\">" + escape_html(language_name(a.lang)) + "</span>";
  out += "<a class=\"stored\" dir=\"auto\" href=\"" + escape_html(stored) + "\">Read here</a></p>\n";
  std::string snippet = fragments_html(hit.snippet);
  if (!snippet.empty()) out += "<p class=\"hit-snippet\">" + snippet + "</p>\n";
  return out + "</li>\n";
}

}  // namespace

std::string doc_href(const std::string& id, const std::string& query) {
  std::string href = "/doc/" + url_encode(id);
  if (!query.empty()) href += "?q=" + url_encode(query);
  return href;
}

std::string result_count_text(const SearchResponse& response) {
  std::string n = format_count(response.estimated);
  std::string noun = response.estimated == 1 ? " result" : " results";
  return (response.exact ? "" : "About ") + n + noun + counted_words(response.counted);
}

std::string hits_html(const SearchState& state, const SearchResponse& response) {
  std::string out = "<ol class=\"hits\" start=\"" + std::to_string(response.hits.empty() ? 1 : response.hits[0].rank) + "\">\n";
  for (const SearchHit& hit : response.hits) out += hit_html(state, hit);
  return out + "</ol>\n";
}

}  // namespace news::web
