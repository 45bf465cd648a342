#include "web/api.h"

#include "web/response_json.h"
#include "web/http_errors.h"
#include "web/cached_search.h"

namespace news::web {

void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                       "application/json; charset=utf-8");
}

namespace {

void send_error(httplib::Response& response) {
  HttpError error = classify_error(std::current_exception());
  send_json(response, error.status, {{"error", error.message}});
}

}  // namespace

void handle_api_search(const WebContext& context, const httplib::Request& request, httplib::Response& response) {
  try {
    SearchState state = parse_search_params(request.params, context.limits());
    if (!state.active()) throw ParamError("q is required (or a filter: lang, source, year, from, to)");
    SearchRequest search = to_request(state, context.limits(), context.time_limit_seconds());
    SearchOutcome outcome = cached_search(context, search);
    nlohmann::json body = response_json(search, *outcome.response);
    body["page"] = state.page;
    body["cached"] = outcome.cached;
    send_json(response, 200, body);
  } catch (...) {
    send_error(response);
  }
}

void handle_api_doc(const WebContext& context, const httplib::Request& request, httplib::Response& response) {
  try {
    std::string id = request.matches.size() > 1 ? request.matches[1].str() : std::string();
    std::optional<Article> article = context.searchers->with([&](Searcher& s) { return s.article(id); });
    if (!article) {
      send_json(response, 404, {{"error", "no article with id \"" + id + "\""}});
      return;
    }
    const Article& a = *article;
    send_json(response, 200,
              {{"id", a.id}, {"title", a.title}, {"body", a.body}, {"date", a.date}, {"url", a.url}, {"source", a.source},
               {"lang", a.lang}});
  } catch (...) {
    send_error(response);
  }
}

void handle_healthz(const WebContext& context, const httplib::Request&, httplib::Response& response) {
  try {
    Xapian::doccount n = context.searchers->with([](Searcher& s) { return s.size(); });
    send_json(response, 200, {{"status", "ok"}, {"articles", n}});
  } catch (...) {
    HttpError error = classify_error(std::current_exception());
    send_json(response, error.status, {{"status", "error"}, {"error", error.message}});
  }
}

}  // namespace news::web
