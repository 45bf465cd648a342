// The server's listening socket, made here rather than by httplib so that the connection loop
// (connection_loop.h) owns it, and so that a failure says why (httplib keeps no errno).
#pragma once
#include <stdexcept>
#include <string>

namespace news::web {

// The server could not listen; the message says where and why ("... already in use").
struct ListenError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Binds host:port (port 0: a free one) and listens, non-blocking, with the system's largest
// backlog (a burst of connections then waits in the kernel rather than being refused). Returns
// the socket. Throws ListenError.
int open_listen_socket(const std::string& host, int port);

// The port `listen_fd` is bound to.
int bound_port(int listen_fd);

// "host:port", with brackets around an IPv6 host.
std::string authority(const std::string& host, int port);

}  // namespace news::web
