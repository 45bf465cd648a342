#include "web/connection_loop.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "web/canned_response.h"
#include "web/request_head.h"

namespace news::web {
namespace {

using State = Connection::State;

// How often deadlines are checked: they are kept to within this.
constexpr auto kSweepInterval = std::chrono::milliseconds(250);
// How long a connection the server closes may go on sending before it is closed anyway.
constexpr auto kClosingTime = std::chrono::seconds(2);
constexpr int kMaxEvents = 256;

// The printable address and the port of a socket address.
void describe(const sockaddr_storage& address, std::string& text, int& port) {
  char buffer[INET6_ADDRSTRLEN] = "-";
  port = 0;
  if (address.ss_family == AF_INET) {
    const auto& in = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &in.sin_addr, buffer, sizeof buffer);
    port = ntohs(in.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& in6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &in6.sin6_addr, buffer, sizeof buffer);
    port = ntohs(in6.sin6_port);
  }
  text = buffer;
}

// Room for --max-connections sockets besides the databases and logs, as far as the hard limit
// allows (the usual soft limit, 1024, would be reached first).
void raise_file_limit(size_t connections) {
  rlimit limit{};
  rlim_t wanted = static_cast<rlim_t>(connections) + 256;
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted) return;
  limit.rlim_cur = std::min(wanted, limit.rlim_max);
  setrlimit(RLIMIT_NOFILE, &limit);
}

bool would_block(ssize_t result) { return result < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR); }

}  // namespace

ConnectionLoop::ConnectionLoop(int listen_fd, RequestAnswerer& answerer, const ServerOptions& options)
    : listen_fd_(listen_fd),
      answerer_(answerer),
      options_(options),
      epoll_fd_(epoll_create1(EPOLL_CLOEXEC)),
      wake_fd_(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)),
      drops_(options),
      refusal_(canned_response(503, "Too many connections from your address: try again in a moment.",
                               {{"Retry-After", std::to_string(options.keep_alive_timeout_s)}})),
      head_timeout_(canned_response(408, "The request did not come whole in time.")) {}

ConnectionLoop::~ConnectionLoop() {
  if (epoll_fd_ >= 0) close(epoll_fd_);
  if (wake_fd_ >= 0) close(wake_fd_);
}

bool ConnectionLoop::run() {
  if (epoll_fd_ < 0 || wake_fd_ < 0) return false;
  raise_file_limit(options_.max_connections);
  for (int fd : {listen_fd_, wake_fd_}) {
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = fd;
    if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &event) != 0) return false;
  }
  workers_ = std::make_unique<WorkerPool>(options_.worker_threads());
  next_sweep_ = next_log_ = Clock::now();
  bool ok = true;
  while (!stopping_ && (ok = wait_and_dispatch())) {
    if (Clock::now() >= next_sweep_) sweep();
  }
  workers_->shutdown();  // lets the workers finish the requests they were given
  for (auto& entry : connections_) close(entry.first);
  connections_.clear();
  per_client_.clear();
  answered_.clear();
  drops_.flush();
  return ok;
}

void ConnectionLoop::stop() {
  stopping_ = true;
  uint64_t one = 1;
  (void)!write(wake_fd_, &one, sizeof one);
}

bool ConnectionLoop::wait_and_dispatch() {
  epoll_event events[kMaxEvents];
  auto until_sweep = std::chrono::duration_cast<std::chrono::milliseconds>(next_sweep_ - Clock::now()).count();
  int n = epoll_wait(epoll_fd_, events, kMaxEvents, static_cast<int>(std::max<int64_t>(until_sweep, 0)));
  if (n < 0) return errno == EINTR;
  for (int i = 0; i < n; ++i) {
    int fd = events[i].data.fd;
    if (fd == listen_fd_) accept_clients();
    else if (fd == wake_fd_) take_answered();
    else on_event(fd);
  }
  return true;
}

void ConnectionLoop::accept_clients() {
  for (int i = 0; i < kMaxEvents; ++i) {
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    int fd = accept4(listen_fd_, reinterpret_cast<sockaddr*>(&peer), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0) {
      add_connection(fd, peer);
      continue;
    }
    if (errno == EINTR || errno == ECONNABORTED) continue;
    // Out of file descriptors or memory: leave the rest in the backlog until the next sweep
    // rather than spin on a listening socket that stays readable.
    if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) pause_accepting(true);
    return;
  }
}

void ConnectionLoop::add_connection(int fd, const sockaddr_storage& peer) {
  auto owned = std::make_unique<Connection>();
  Connection& c = *owned;
  c.fd = fd;
  describe(peer, c.client, c.client_port);
  if (connections_.size() >= options_.max_connections) {
    drops_.note(c.client, DropReason::kServerLimit);
    close(fd);
    return;
  }
  sockaddr_storage local{};
  socklen_t length = sizeof local;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) == 0) describe(local, c.local, c.local_port);
  int yes = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);  // no wait for the last piece of an answer
  epoll_event event{};
  event.events = EPOLLONESHOT;  // registered idle; arm() says what to wait for, once at a time
  event.data.fd = fd;
  if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &event) != 0) {
    close(fd);
    return;
  }
  connections_.emplace(fd, std::move(owned));
  if (over_client_limit(c.client)) {
    // Decided at the next sweep, once the closes of the client's earlier connections that are
    // already on their way have been seen: a client that just closed many is not refused.
    c.state = State::kWaiting;
    c.deadline = Clock::now();
  } else {
    admit(c);
  }
}

bool ConnectionLoop::over_client_limit(const std::string& client) const {
  auto open = per_client_.find(client);
  size_t limit = options_.max_connections_per_client;
  return limit && open != per_client_.end() && open->second >= limit;
}

void ConnectionLoop::admit(Connection& c) {
  ++per_client_[c.client];
  c.counted = true;
  wait_for_request(c);
}

void ConnectionLoop::on_event(int fd) {
  auto found = connections_.find(fd);
  if (found == connections_.end()) return;
  Connection& c = *found->second;
  switch (c.state) {
    case State::kReading: on_readable(c); break;
    case State::kWriting: continue_writing(c); break;
    case State::kClosing: on_closing_readable(c); break;
    case State::kWaiting:    // not armed until admitted
    case State::kAnswering:  // not armed while a worker has it
      break;
  }
}

void ConnectionLoop::wait_for_request(Connection& c) {
  c.state = State::kReading;
  c.head_started = !c.input.empty();  // a pipelined request
  if (!c.head_started) release(c.input);
  size_t seconds = c.head_started ? options_.header_timeout_s : options_.keep_alive_timeout_s;
  c.deadline = Clock::now() + std::chrono::seconds(seconds);
  HeadState head = c.head_started ? head_state(c.input) : HeadState::kIncomplete;
  if (head != HeadState::kIncomplete) start_answer(c, head);
  else arm(c, EPOLLIN);
}

void ConnectionLoop::on_readable(Connection& c) {
  char buffer[16 * 1024];
  size_t room = std::min(sizeof buffer, kMaxHeadBytes - c.input.size());
  ssize_t n = recv(c.fd, buffer, room, 0);
  if (would_block(n)) {
    arm(c, EPOLLIN);
    return;
  }
  if (n <= 0) {  // the client closed the connection, or it failed
    close_connection(c);
    return;
  }
  if (!c.head_started) {  // the head's deadline runs from its first byte
    c.head_started = true;
    c.deadline = Clock::now() + std::chrono::seconds(options_.header_timeout_s);
  }
  c.input.append(buffer, static_cast<size_t>(n));
  HeadState head = head_state(c.input);
  if (head != HeadState::kIncomplete) start_answer(c, head);
  else arm(c, EPOLLIN);
}

void ConnectionLoop::start_answer(Connection& c, HeadState head) {
  c.state = State::kAnswering;
  // After an unusable head nothing on the connection can be read as a request any more.
  bool last = head == HeadState::kUnusable || c.answered + 1 >= kRequestsPerConnection;
  Connection* handed = &c;
  workers_->enqueue([this, handed, last] {
    try {
      answerer_.answer(*handed, last);
    } catch (...) {  // httplib answers route errors itself; anything else loses the connection only
      handed->failed = true;
    }
    hand_back(handed);
  });
}

void ConnectionLoop::hand_back(Connection* c) {
  bool wake;
  {
    std::lock_guard<std::mutex> lock(answered_mutex_);
    wake = answered_.empty();  // otherwise the loop has a wake-up coming and takes this one too
    answered_.push_back(c);
  }
  uint64_t one = 1;
  if (wake) (void)!write(wake_fd_, &one, sizeof one);
}

void ConnectionLoop::take_answered() {
  uint64_t count = 0;
  (void)!read(wake_fd_, &count, sizeof count);  // before taking the list: see hand_back()
  std::vector<Connection*> answered;
  {
    std::lock_guard<std::mutex> lock(answered_mutex_);
    answered.swap(answered_);
  }
  for (Connection* c : answered) {
    if (c->failed) close_connection(*c);
    else continue_writing(*c);
  }
}

void ConnectionLoop::continue_writing(Connection& c) {
  SendResult result = send_pending(c);
  if (result == SendResult::kFailed) {
    close_connection(c);
  } else if (result == SendResult::kBlocked) {
    if (c.state != State::kWriting) {  // the deadline is for the whole response
      c.state = State::kWriting;
      c.deadline = Clock::now() + std::chrono::seconds(options_.write_timeout_s);
    }
    arm(c, EPOLLOUT);
  } else if (c.close_after) {
    begin_closing(c);
  } else {
    wait_for_request(c);
  }
}

void ConnectionLoop::respond_and_close(Connection& c, const std::string& response) {
  release(c.input);
  c.output = response;
  c.sent = 0;
  c.close_after = true;
  continue_writing(c);
}

void ConnectionLoop::begin_closing(Connection& c) {
  // The client reads the end of the stream after the answer. Reading on until it closes its
  // side keeps bytes it sent meanwhile from turning the close into a reset, which could destroy
  // the answer before the client has read it.
  shutdown(c.fd, SHUT_WR);
  release(c.input);
  c.state = State::kClosing;
  c.deadline = Clock::now() + kClosingTime;
  arm(c, EPOLLIN);
}

void ConnectionLoop::on_closing_readable(Connection& c) {
  char buffer[16 * 1024];
  ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
  if (n > 0 || would_block(n)) arm(c, EPOLLIN);
  else close_connection(c);
}

void ConnectionLoop::close_connection(Connection& c, bool reset) {
  if (reset) {
    // Frees at once what the kernel still holds for a client that does not read.
    linger now{1, 0};
    setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &now, sizeof now);
  }
  if (c.counted) {
    auto client = per_client_.find(c.client);
    if (client != per_client_.end() && --client->second == 0) per_client_.erase(client);
  }
  int fd = c.fd;
  close(fd);
  connections_.erase(fd);  // destroys c
}

void ConnectionLoop::sweep() {
  Clock::time_point now = Clock::now();
  next_sweep_ = now + kSweepInterval;
  if (accepting_paused_) pause_accepting(false);
  std::vector<Connection*> expired;
  for (auto& entry : connections_) {
    const Connection& c = *entry.second;
    if (c.state != State::kAnswering && c.deadline <= now) expired.push_back(entry.second.get());
  }
  for (Connection* c : expired) expire(*c);
  if (now >= next_log_) {
    drops_.flush();
    next_log_ = now + std::chrono::seconds(1);
  }
}

void ConnectionLoop::expire(Connection& c) {
  switch (c.state) {
    case State::kWaiting:
      if (!over_client_limit(c.client)) {
        admit(c);
      } else {
        drops_.note(c.client, DropReason::kClientLimit);
        respond_and_close(c, refusal_);
      }
      break;
    case State::kReading:
      if (!c.head_started) {  // idle past --keep-alive-timeout: the usual end of a connection
        close_connection(c);
      } else {
        drops_.note(c.client, DropReason::kSlowHead);
        respond_and_close(c, head_timeout_);
      }
      break;
    case State::kWriting:
      drops_.note(c.client, DropReason::kSlowReader);
      close_connection(c, true);
      break;
    case State::kClosing: close_connection(c); break;
    case State::kAnswering: break;
  }
}

void ConnectionLoop::arm(const Connection& c, uint32_t events) {
  epoll_event event{};
  event.events = events | EPOLLONESHOT;
  event.data.fd = c.fd;
  epoll_ctl(epoll_fd_, EPOLL_CTL_MOD, c.fd, &event);
}

void ConnectionLoop::pause_accepting(bool paused) {
  epoll_event event{};
  event.events = paused ? 0u : static_cast<uint32_t>(EPOLLIN);
  event.data.fd = listen_fd_;
  epoll_ctl(epoll_fd_, EPOLL_CTL_MOD, listen_fd_, &event);
  accepting_paused_ = paused;
}

}  // namespace news::web
