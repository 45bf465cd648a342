#include "web/listen_socket.h"

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace news::web {
namespace {

// A listening socket for one resolved address, or -1 with `problem` set.
int listen_on(const addrinfo& ai, std::string& problem) {
  int fd = socket(ai.ai_family, ai.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai.ai_protocol);
  if (fd < 0) {
    problem = std::strerror(errno);
    return -1;
  }
  // SO_REUSEADDR only: with SO_REUSEPORT a second server would silently share a port already in
  // use instead of failing.
  int yes = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  if (::bind(fd, ai.ai_addr, ai.ai_addrlen) == 0 && ::listen(fd, SOMAXCONN) == 0) return fd;
  int error = errno;
  problem = error == EADDRINUSE ? "the port is already in use" : std::strerror(error);
  close(fd);
  return -1;
}

}  // namespace

int open_listen_socket(const std::string& host, int port) {
  addrinfo hints{}, *found = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  int rc = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
  std::string problem = rc != 0 ? "cannot resolve host \"" + host + "\" (" + gai_strerror(rc) + ")" : "no address";
  int fd = -1;
  for (addrinfo* ai = rc == 0 ? found : nullptr; ai && fd < 0; ai = ai->ai_next) fd = listen_on(*ai, problem);
  if (found) freeaddrinfo(found);
  if (fd < 0) throw ListenError("cannot listen on " + authority(host, port) + ": " + problem);
  return fd;
}

int bound_port(int listen_fd) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getsockname(listen_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return 0;
  if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
  return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
}

std::string authority(const std::string& host, int port) {
  bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

}  // namespace news::web
