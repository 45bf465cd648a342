#include "web/request_head.h"

#include <cstring>

namespace news::web {
namespace {

// A request starts with its method, an HTTP token (RFC 9110, 5.6.2).
bool is_token_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

}  // namespace

HeadState head_state(std::string_view received, size_t max_bytes) {
  // httplib ends a head at the first line that is only CRLF, after any line end.
  if (received.find("\n\r\n") != std::string_view::npos) return HeadState::kComplete;
  if (received.size() >= max_bytes) return HeadState::kUnusable;
  if (!received.empty() && !is_token_char(static_cast<unsigned char>(received.front()))) return HeadState::kUnusable;
  return HeadState::kIncomplete;
}

}  // namespace news::web
