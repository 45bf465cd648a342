#include "web/routes_doc.h"

#include "analysis/utf8.h"
#include "store/dates.h"
#include "web/html.h"
#include "web/html_page.h"
#include "web/http_errors.h"
#include "web/language_names.h"
#include "web/url.h"

namespace news::web {
namespace {

const char kHtml[] = "text/html; charset=utf-8";

std::string article_main(const MarkedArticle& marked, const std::string& query) {
  const Article& a = marked.article;
  std::string out = "<main class=\"doc\">\n";
  if (!query.empty()) {
    SearchState back;
    back.q = query;
    out += "<p class=\"back\"><a href=\"" + escape_html(search_href(back)) + "\">‹ Back to the results</a></p>\n";
  }
  out += "<article";
  if (!a.lang.empty() && a.lang != "und") out += " lang=\"" + escape_html(a.lang) + "\"";
  out += " dir=\"auto\">\n<h1>";
  out += a.title.empty() ? escape_html(a.id) : fragments_html({marked.title});
  out += "</h1>\n<p class=\"doc-meta\" lang=\"en\">";
  if (!a.source.empty()) out += "<bdi class=\"source\">" + escape_html(a.source) + "</bdi>";
  if (!a.date.empty()) out += "<time dir=\"auto\" datetime=\"" + escape_html(a.date) + "\">" + escape_html(display_date(a.date)) + "</time>";
  if (!a.lang.empty()) out += "<span class=\"lang\" dir=\"auto\">" + escape_html(language_name(a.lang)) + "</span>";
  if (is_web_url(a.url))
    out += "<a class=\"original\" dir=\"auto\" href=\"" + escape_html(a.url) + "\" rel=\"noopener noreferrer nofollow\">Original article</a>";
  out += "</p>\n<div class=\"doc-body\">\n";
  for (const Fragment& paragraph : marked.paragraphs) out += "<p>" + fragments_html({paragraph}) + "</p>\n";
  return out + "</div>\n</article>\n</main>\n";
}

}  // namespace

void handle_doc_page(const WebContext& context, const httplib::Request& request, httplib::Response& response) {
  SearchState state;
  try {
    std::string id = request.matches.size() > 1 ? request.matches[1].str() : std::string();
    std::string query = request.get_param_value("q");
    // A query too long or malformed to mark does not keep the article from being shown.
    if (query.size() > context.options.max_query_bytes || !is_valid_utf8(query)) query.clear();
    state.q = query;
    std::optional<MarkedArticle> article = context.searchers->with([&](Searcher& s) { return s.marked_article(id, query); });
    if (!article) {
      response.status = 404;
      response.set_content(message_page("Article not found", "There is no article with the id \"" + id + "\".", state), kHtml);
      return;
    }
    PageFrame frame;
    frame.state = state;
    const Article& a = article->article;
    frame.title = (a.title.empty() ? a.id : a.title) + " – News search";
    response.set_content(render_page(frame, article_main(*article, query)), kHtml);
  } catch (...) {
    HttpError error = classify_error(std::current_exception());
    response.status = error.status;
    response.set_content(message_page(error.status == 503 ? "Search unavailable" : "Error", error.message, state), kHtml);
  }
}

}  // namespace news::web
