// newsweb's HTTP server: the routes, the limits checked before routing (request-target length,
// methods), security headers and the access log after it; connections are served by a
// connection loop and a small pool of worker threads (connection_loop.h).
#pragma once
#include <memory>
#include <string>

#include "analysis/analyzer.h"
#include "web/connection_loop.h"
#include "web/context.h"
#include "web/listen_socket.h"
#include "web/request_answerer.h"
#include "web/static_files.h"
#include "web/thread_searchers.h"

namespace news::web {

class WebServer {
 public:
  // Throws std::runtime_error when the asset folder is missing.
  WebServer(ServerOptions options, const Analyzer& analyzer);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the listening socket and returns the port (the chosen one for port 0). Throws ListenError.
  int bind();

  // Serves until stop(); returns false when serving failed.
  bool run();
  // From any thread, after bind().
  void stop() { loop_->stop(); }

  // "http://HOST:PORT/" for a bound server.
  std::string url() const;

 private:
  void install_routes();
  void install_hooks();

  ThreadSearchers searchers_;
  ResultCache cache_;
  WebContext context_;
  StaticFiles assets_;
  RequestAnswerer server_;
  int port_ = 0;
  int listen_fd_ = -1;
  std::unique_ptr<ConnectionLoop> loop_;
};

}  // namespace news::web
