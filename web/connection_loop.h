// The connection loop: one thread that owns every connection while nothing is to be computed for
// it, so that slow or idle clients cost a socket and a few bytes, never a worker thread.
//
// cpp-httplib 0.11 gives each connection a worker from accept to close, and its timeouts apply
// to each read or write, not to a request: a client sending its head a byte a second, or never
// reading its answer, or just keeping a connection open, holds a worker, and a few dozen such
// clients silence the server. Here instead:
//
//   accept ──> reading (idle or head arriving) ──head complete──> a worker answers it (httplib)
//                 ^                                                      │
//                 └──── kept alive <── writing (rest of the response) <──┘──> closing (drain, close)
//
// - The loop reads request heads without blocking (epoll), and gives a connection to a worker
//   only once its head is whole; the worker answers from memory (request_answerer.h).
// - Deadlines: --header-timeout for a whole head from its first byte (then 408 and close, however
//   steadily the bytes trickle), --keep-alive-timeout for an idle connection, --write-timeout for
//   a whole response once it is ready (then the connection is reset).
// - Limits: --max-connections-per-client open at once from one address (past it: 503 with
//   Retry-After, decided at the next sweep so that closes already on their way are counted),
//   --max-connections in all (past it: closed at once), so memory stays bounded:
//   a connection holds at most a 64 KiB head while reading and its response while writing.
// - Connections closed by the server first stop sending and then drain what the client still
//   sends for a moment, so that the client reads the last answer rather than a reset.
// - Slow and greedy clients are logged (drop_log.h).
//
// A loop of our own on an epoll set is the simplest thing that holds: httplib's server exposes
// no per-request deadline, and a watchdog closing sockets under busy workers would still need as
// many workers as slow clients. httplib still parses, routes and writes every request.
#pragma once
#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "web/connection.h"
#include "web/drop_log.h"
#include "web/request_answerer.h"
#include "web/request_head.h"
#include "web/server_options.h"
#include "web/worker_pool.h"

namespace news::web {

// Requests answered on one connection before it is closed (httplib's Keep-Alive "max").
inline constexpr size_t kRequestsPerConnection = 1000;

class ConnectionLoop {
 public:
  // `listen_fd`: a non-blocking listening socket (open_listen_socket()), which stays the caller's.
  ConnectionLoop(int listen_fd, RequestAnswerer& answerer, const ServerOptions& options);
  ~ConnectionLoop();
  ConnectionLoop(const ConnectionLoop&) = delete;
  ConnectionLoop& operator=(const ConnectionLoop&) = delete;

  // Serves until stop(); returns false when the loop could not run (epoll failed).
  bool run();
  // From any thread: run() returns once the requests being answered are done.
  void stop();

 private:
  bool wait_and_dispatch();
  void accept_clients();
  void add_connection(int fd, const sockaddr_storage& peer);
  bool over_client_limit(const std::string& client) const;
  void admit(Connection& c);
  void on_event(int fd);
  void on_readable(Connection& c);
  void on_closing_readable(Connection& c);
  void start_answer(Connection& c, HeadState head);
  void hand_back(Connection* c);  // from a worker
  void take_answered();
  void continue_writing(Connection& c);
  void wait_for_request(Connection& c);
  void respond_and_close(Connection& c, const std::string& response);
  void begin_closing(Connection& c);
  void close_connection(Connection& c, bool reset = false);
  void sweep();
  void expire(Connection& c);
  void arm(const Connection& c, uint32_t events);
  void pause_accepting(bool paused);

  int listen_fd_;
  RequestAnswerer& answerer_;
  const ServerOptions& options_;
  int epoll_fd_ = -1;
  int wake_fd_ = -1;  // an eventfd: a worker handed a connection back, or stop()
  std::atomic<bool> stopping_{false};
  bool accepting_paused_ = false;
  std::unique_ptr<WorkerPool> workers_;

  std::unordered_map<int, std::unique_ptr<Connection>> connections_;  // by socket
  std::unordered_map<std::string, size_t> per_client_;                // open, admitted connections
  DropLog drops_;
  const std::string refusal_;       // 503 to a client over its connection limit
  const std::string head_timeout_;  // 408 to a client whose head did not come in time
  Clock::time_point next_sweep_;
  Clock::time_point next_log_;

  std::mutex answered_mutex_;
  std::vector<Connection*> answered_;  // handed back by workers, for the loop to take on
};

}  // namespace news::web
