#include "web/connection.h"

#include <sys/socket.h>

#include <cerrno>

namespace news::web {

SendResult send_pending(Connection& c) {
  while (c.sent < c.output.size()) {
    ssize_t n = ::send(c.fd, c.output.data() + c.sent, c.output.size() - c.sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      c.sent += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return SendResult::kBlocked;
    } else {
      return SendResult::kFailed;
    }
  }
  release(c.output);
  c.sent = 0;
  return SendResult::kDone;
}

void release(std::string& buffer) {
  // A buffer that grew for one large request or response is not kept by an idle connection.
  std::string().swap(buffer);
}

}  // namespace news::web
