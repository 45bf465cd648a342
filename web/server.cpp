#include "web/server.h"

#include <unistd.h>

#include "web/access_log.h"
#include "web/api.h"
#include "web/html_page.h"
#include "web/http_errors.h"
#include "web/opensearch.h"
#include "web/routes_doc.h"
#include "web/routes_search.h"
#include "web/security_headers.h"

namespace news::web {
namespace {

using httplib::Request;
using httplib::Response;

bool wants_json(const Request& request) {
  return request.path.rfind("/api/", 0) == 0 || request.path == "/healthz";
}

std::string error_text(int status, const ServerOptions& options) {
  switch (status) {
    case 400: return "The request is malformed.";
    case 404: return "There is nothing at this address.";
    case 405: return "Only GET and HEAD requests are served.";
    case 413: return "The request is too large.";
    case 414: return "The address is longer than " + std::to_string(options.uri_limit()) + " bytes.";
    case 503: return "The service is not available at the moment.";
    default: return "The request failed because of an internal error.";
  }
}

std::string error_title(int status) {
  switch (status) {
    case 404: return "Page not found";
    case 405: return "Method not allowed";
    case 414: return "Address too long";
    default: return status < 500 ? "Bad request" : "Server error";
  }
}

}  // namespace

WebServer::WebServer(ServerOptions options, const Analyzer& analyzer)
    : searchers_(options.databases, analyzer), cache_(options.cache_entries), assets_(options.assets) {
  context_.options = std::move(options);
  context_.searchers = &searchers_;
  context_.cache = &cache_;
  server_.set_payload_max_length(16 * 1024);  // GET only: no request needs a body
  // What httplib's Keep-Alive header tells clients; the connection loop keeps to it.
  server_.set_keep_alive_timeout(static_cast<time_t>(context_.options.keep_alive_timeout_s));
  server_.set_keep_alive_max_count(kRequestsPerConnection);
  install_hooks();
  install_routes();
}

void WebServer::install_routes() {
  const WebContext& c = context_;
  server_.Get("/", [&c](const Request& q, Response& r) { handle_search_page(c, q, r); });
  server_.Get("/doc/(.+)", [&c](const Request& q, Response& r) { handle_doc_page(c, q, r); });
  server_.Get("/api/search", [&c](const Request& q, Response& r) { handle_api_search(c, q, r); });
  server_.Get("/api/doc/(.+)", [&c](const Request& q, Response& r) { handle_api_doc(c, q, r); });
  server_.Get("/healthz", [&c](const Request& q, Response& r) { handle_healthz(c, q, r); });
  server_.Get("/opensearch.xml", [&c](const Request& q, Response& r) { handle_opensearch(c, q, r); });
  server_.Get("/assets/(.*)", [this](const Request& q, Response& r) { assets_.handle(q, r); });
  server_.Get("/favicon.ico", [](const Request&, Response& r) { r.set_redirect("/assets/favicon.svg", 301); });
}

void WebServer::install_hooks() {
  const WebContext& c = context_;
  server_.set_pre_routing_handler([&c](const Request& q, Response& r) {
    start_request_clock();
    if (q.target.size() > c.options.uri_limit()) {
      r.status = 414;
      return httplib::Server::HandlerResponse::Handled;
    }
    if (q.method != "GET" && q.method != "HEAD") {
      r.status = 405;
      r.set_header("Allow", "GET, HEAD");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Errors without a body of their own (no route, 414, 405, httplib's 400) get one in the
  // format the client asked for.
  server_.set_error_handler(httplib::Server::HandlerWithResponse([&c](const Request& q, Response& r) {
    if (!r.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (wants_json(q)) send_json(r, r.status, {{"error", error_text(r.status, c.options)}});
    else r.set_content(message_page(error_title(r.status), error_text(r.status, c.options), {}), "text/html; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  }));
  server_.set_exception_handler([](const Request& q, Response& r, std::exception_ptr error) {
    HttpError e = classify_error(error);
    r.status = e.status;
    if (wants_json(q)) send_json(r, e.status, {{"error", e.message}});
    else r.set_content(message_page(error_title(e.status), e.message, {}), "text/html; charset=utf-8");
  });
  server_.set_post_routing_handler([](const Request&, Response& r) { add_security_headers(r); });
  bool log = context_.options.access_log;
  server_.set_logger([log](const Request& q, const Response& r) {
    if (log) log_access(q, r);
    else access_log_line(q, r);  // still resets the request clock
  });
}

WebServer::~WebServer() {
  loop_.reset();
  if (listen_fd_ >= 0) close(listen_fd_);
}

int WebServer::bind() {
  ServerOptions& o = context_.options;
  listen_fd_ = open_listen_socket(o.host, o.port);
  port_ = bound_port(listen_fd_);
  o.port = port_;  // what the routes report as the server's address (OpenSearch)
  loop_ = std::make_unique<ConnectionLoop>(listen_fd_, server_, context_.options);
  return port_;
}

bool WebServer::run() { return loop_->run(); }

std::string WebServer::url() const { return "http://" + authority(context_.options.host, port_) + "/"; }

}  // namespace news::web
