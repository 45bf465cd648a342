// The answers the connection loop gives by itself, without a worker or a parsed request: 503 to
// a client over its connection limit, 408 to one whose request head did not come in time. Plain
// text, with the security headers of every other response, and the connection closes after it.
#pragma once
#include <httplib.h>

#include <string>

namespace news::web {

// The whole response, head and body. `status`: 408 or 503.
std::string canned_response(int status, const std::string& message, const httplib::Headers& extra_headers = {});

}  // namespace news::web
