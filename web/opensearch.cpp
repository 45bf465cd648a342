#include "web/opensearch.h"

#include "web/html.h"

namespace news::web {
namespace {

// The Host header names the server as the client reached it; it is only trusted when it looks
// like a host name or address with an optional port.
bool is_plain_authority(const std::string& host) {
  if (host.empty() || host.size() > 255) return false;
  for (char c : host) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
              c == ':' || c == '[' || c == ']';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string opensearch_xml(const std::string& authority) {
  std::string base = escape_html("http://" + authority + "/");
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
         "  <ShortName>News search</ShortName>\n"
         "  <Description>Search news articles in many languages</Description>\n"
         "  <InputEncoding>UTF-8</InputEncoding>\n"
         "  <Image type=\"image/svg+xml\">" + base + "assets/favicon.svg</Image>\n"
         "  <Url type=\"text/html\" method=\"get\" template=\"" + base + "?q={searchTerms}\"/>\n"
         "  <Url type=\"application/json\" method=\"get\" template=\"" + base + "api/search?q={searchTerms}\"/>\n"
         "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"" + base + "opensearch.xml\"/>\n"
         "</OpenSearchDescription>\n";
}

void handle_opensearch(const WebContext& context, const httplib::Request& request, httplib::Response& response) {
  std::string host = request.get_header_value("Host");
  if (!is_plain_authority(host)) host = context.options.host + ":" + std::to_string(context.options.port);
  response.set_content(opensearch_xml(host), "application/opensearchdescription+xml; charset=utf-8");
}

}  // namespace news::web
