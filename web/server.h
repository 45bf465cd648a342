// newsweb's HTTP server: the routes, the limits checked before routing (request-target length,
// methods), security headers and the access log after it, and a fixed pool of worker threads.
#pragma once
#include <httplib.h>

#include <stdexcept>
#include <string>

#include "analysis/analyzer.h"
#include "web/context.h"
#include "web/static_files.h"
#include "web/thread_searchers.h"

namespace news::web {

// The server could not listen; the message says where and why ("... already in use").
struct ListenError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class WebServer {
 public:
  // Throws std::runtime_error when the asset folder is missing.
  WebServer(ServerOptions options, const Analyzer& analyzer);

  // Binds the listening socket and returns the port (the chosen one for port 0). Throws ListenError.
  int bind();

  // Serves until stop(); returns false when serving failed.
  bool run();
  void stop() { server_.stop(); }

  // "http://HOST:PORT/" for a bound server.
  std::string url() const;

 private:
  void install_routes();
  void install_hooks();

  ThreadSearchers searchers_;
  ResultCache cache_;
  WebContext context_;
  StaticFiles assets_;
  httplib::Server server_;
  int port_ = 0;
  socket_t listen_socket_ = INVALID_SOCKET;  // the last socket httplib made: after bind(), the listening one
};

}  // namespace news::web
