// The JSON API: GET /api/search (the searcher's response_json plus "page"), GET /api/doc/ID
// (the stored article) and GET /healthz. Errors are {"error": "..."} with 400 for bad
// parameters, 404 for an unknown article, 503 when the database cannot be opened, 500 else.
#pragma once
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "web/context.h"

namespace news::web {

void handle_api_search(const WebContext& context, const httplib::Request& request, httplib::Response& response);
void handle_api_doc(const WebContext& context, const httplib::Request& request, httplib::Response& response);
void handle_healthz(const WebContext& context, const httplib::Request& request, httplib::Response& response);

// Sets `body` as the response, serialized so that stray invalid UTF-8 in stored text cannot
// make serialization fail.
void send_json(httplib::Response& response, int status, const nlohmann::json& body);

}  // namespace news::web
