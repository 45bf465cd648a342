#include "web/request_answerer.h"

#include <algorithm>

namespace news::web {
namespace {

// An httplib stream over a connection's received bytes and pending output: reads never wait
// (the end of what was received is the end of the stream) and writes only append.
class BufferedStream final : public httplib::Stream {
 public:
  explicit BufferedStream(Connection& c) : c_(c) {}

  bool is_readable() const override { return consumed_ < c_.input.size(); }
  bool is_writable() const override { return true; }

  ssize_t read(char* ptr, size_t size) override {
    size_t n = std::min(size, c_.input.size() - consumed_);
    c_.input.copy(ptr, n, consumed_);
    consumed_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    c_.output.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.client;
    port = c_.client_port;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.local;
    port = c_.local_port;
  }
  socket_t socket() const override { return c_.fd; }

  size_t consumed() const { return consumed_; }

 private:
  Connection& c_;
  size_t consumed_ = 0;
};

// GET and HEAD requests are answered without reading a body, so the bytes of one would be taken
// for the next request: such a connection is closed after its answer.
bool declares_body(const httplib::Request& request) {
  return request.has_header("Transfer-Encoding") ||
         (request.has_header("Content-Length") && request.get_header_value("Content-Length") != "0");
}

}  // namespace

void RequestAnswerer::answer(Connection& c, bool last) {
  BufferedStream stream(c);
  bool parsed = false, body = false, client_closes = false;
  bool written = process_request(stream, last, client_closes, [&](httplib::Request& request) {
    parsed = true;
    body = declares_body(request);
    if (body) {
      // httplib writes "Connection: close" when the request says so.
      request.headers.erase("Connection");
      request.set_header("Connection", "close");
    }
  });
  c.input.erase(0, stream.consumed());
  c.close_after = last || !written || !parsed || client_closes || body;
  ++c.answered;
  if (send_pending(c) == SendResult::kFailed) c.failed = true;
}

}  // namespace news::web
