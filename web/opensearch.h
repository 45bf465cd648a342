// GET /opensearch.xml : lets browsers add the engine as a search provider (the page head links it).
#pragma once
#include <httplib.h>

#include <string>

#include "web/context.h"

namespace news::web {

// The description for a server reached as http://`authority`/.
std::string opensearch_xml(const std::string& authority);

void handle_opensearch(const WebContext& context, const httplib::Request& request, httplib::Response& response);

}  // namespace news::web
