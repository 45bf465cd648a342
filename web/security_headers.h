// Headers every response carries, errors included: a Content-Security-Policy that allows only
// this server's own scripts, styles and images (the pages have no inline script or style, so an
// injected one would not run), no MIME sniffing, no framing, and no referrer (with its query)
// sent to other sites.
#pragma once
#include <httplib.h>

namespace news::web {

extern const char kContentSecurityPolicy[];

void add_security_headers(httplib::Response& response);

}  // namespace news::web
