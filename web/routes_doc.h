// GET /doc/ID?q=... : the stored article, whole, with the query's words marked (the same
// forms the search matched, through the one analyzer); a 404 page for an unknown id.
#pragma once
#include <httplib.h>

#include "web/context.h"

namespace news::web {

void handle_doc_page(const WebContext& context, const httplib::Request& request, httplib::Response& response);

}  // namespace news::web
