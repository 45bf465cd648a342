#include "web/canned_response.h"

#include "web/security_headers.h"

namespace news::web {

std::string canned_response(int status, const std::string& message, const httplib::Headers& extra_headers) {
  httplib::Response headers;
  add_security_headers(headers);
  for (const auto& [name, value] : extra_headers) headers.set_header(name, value);
  std::string body = message + "\n";
  std::string out = "HTTP/1.1 " + std::to_string(status) + (status == 408 ? " Request Timeout" : " Service Unavailable");
  out += "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + std::to_string(body.size());
  out += "\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers.headers) out += name + ": " + value + "\r\n";
  return out + "\r\n" + body;
}

}  // namespace news::web
