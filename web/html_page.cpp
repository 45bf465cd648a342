#include "web/html_page.h"

#include "web/html.h"
#include "web/url.h"

namespace news::web {
namespace {

std::string hidden(const std::string& name, const std::string& value) {
  return "<input type=\"hidden\" name=\"" + escape_html(name) + "\" value=\"" + escape_html(value) + "\">";
}

}  // namespace

std::string hidden_filter_fields(const SearchState& state, bool with_dates) {
  std::string out;
  for (const std::string& v : state.langs) out += hidden("lang", v);
  for (const std::string& v : state.sources) out += hidden("source", v);
  for (const std::string& v : state.years) out += hidden("year", v);
  if (with_dates && !state.from.empty()) out += hidden("from", state.from);
  if (with_dates && !state.to.empty()) out += hidden("to", state.to);
  if (state.sort != SortOrder::kRelevance) out += hidden("sort", sort_name(state.sort));
  if (state.limit) out += hidden("limit", std::to_string(state.limit));
  return out;
}

std::string render_page(const PageFrame& frame, const std::string& main_html) {
  std::string out;
  out.reserve(main_html.size() + 2048);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"referrer\" content=\"same-origin\">\n<title>";
  out += escape_html(frame.title);
  out += "</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
         "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">\n"
         "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"News search\" "
         "href=\"/opensearch.xml\">\n"
         "<script src=\"/assets/newsweb.js\" defer></script>\n</head>\n<body";
  out += frame.home ? " class=\"home\">\n" : ">\n";
  out += "<header class=\"site-header\">\n<a class=\"brand\" href=\"/\">News<span>search</span></a>\n"
         "<form class=\"search-form\" action=\"/\" method=\"get\" role=\"search\">\n"
         "<input type=\"search\" name=\"q\" id=\"q\" value=\"";
  out += escape_html(frame.state.q);
  out += "\" placeholder=\"Search the news in any language\" aria-label=\"Search query\" "
         "autocomplete=\"off\" maxlength=\"1024\" autofocus>\n";
  out += hidden_filter_fields(frame.state);
  out += "<button type=\"submit\">Search</button>\n</form>\n</header>\n";
  out += main_html;
  out += "<footer class=\"site-footer\">";
  if (frame.articles) out += format_count(frame.articles) + " articles · ";
  // The same search as JSON, for whoever wants to script it.
  std::string api = "/api/search";
  if (frame.state.active()) api += "?" + query_string(to_params(frame.state));
  out += "<a href=\"" + escape_html(api) + "\">JSON API</a></footer>\n</body>\n</html>\n";
  return out;
}

std::string message_page(const std::string& title, const std::string& message, const SearchState& state) {
  PageFrame frame;
  frame.title = title + " – News search";
  frame.state = state;
  std::string main = "<main class=\"message\">\n<h1>" + escape_html(title) + "</h1>\n<p>" + escape_html(message) +
                     "</p>\n<p><a href=\"/\">Go to the search page</a></p>\n</main>\n";
  return render_page(frame, main);
}

std::string format_count(unsigned long long n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}


}  // namespace news::web
