// A newsweb process for the HTTP tests: indexes the seed articles and the web fixtures into a
// scratch database, starts newsweb on a free loopback port (--port 0; the port is read from its
// "serving" line) and stops it afterwards. Requests go over real sockets.
#pragma once
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <arpa/inet.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace news::testing {

inline const std::string kWebFixtures = kSource + "/tests/web/fixtures/extra.jsonl";

struct RawResponse {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

// A socket connected to `port` on the loopback address, or -1. `source`, when given, is the
// client's own address: any of 127.0.0.0/8, each a different client to the server.
// `receive_buffer`, when given, shrinks the client's receive window (SO_RCVBUF).
inline int connect_loopback(int port, const std::string& source = "", int receive_buffer = 0) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (receive_buffer) setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
  sockaddr_in from{};
  from.sin_family = AF_INET;
  if (!source.empty() && (inet_pton(AF_INET, source.c_str(), &from.sin_addr) != 1 ||
                          ::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0)) {
    close(fd);
    return -1;
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) return fd;
  close(fd);
  return -1;
}

// The address of the i-th of many clients on the loopback network (127.0.1.1, 127.0.1.2, ...),
// none of them 127.0.0.1, where the tests' own requests come from.
inline std::string loopback_client(int i) {
  return "127.0." + std::to_string(1 + i / 250) + "." + std::to_string(1 + i % 250);
}

// Sends `target` as written (no client-side normalization or encoding) and reads the answer.
inline RawResponse raw_request(int port, const std::string& target, const std::string& method = "GET",
                               const std::string& extra_headers = "") {
  RawResponse r;
  int fd = connect_loopback(port);
  if (fd < 0) return r;
  bool own_host = extra_headers.rfind("Host:", 0) == 0;
  std::string request = method + " " + target + " HTTP/1.1\r\n" + (own_host ? "" : "Host: 127.0.0.1\r\n") +
                        "Connection: close\r\n" + extra_headers + "\r\n";
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string all;
  char buffer[8192];
  pollfd p{fd, POLLIN, 0};
  while (poll(&p, 1, 10000) > 0) {
    ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    all.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  size_t split = all.find("\r\n\r\n");
  r.head = all.substr(0, split);
  r.body = split == std::string::npos ? std::string() : all.substr(split + 4);
  if (all.compare(0, 9, "HTTP/1.1 ") == 0) r.status = std::stoi(all.substr(9, 3));
  return r;
}

// The value of header `name` in a raw response head (case-insensitive name), or "".
inline std::string header_of(const RawResponse& r, const std::string& name) {
  std::regex re("\r\n" + name + ": ([^\r\n]*)", std::regex::icase);
  std::smatch m;
  return std::regex_search(r.head, m, re) ? m[1].str() : std::string();
}

class NewsWeb {
 public:
  // Indexes `inputs` into a fresh database under a scratch folder named `name`.
  explicit NewsWeb(const std::string& name, std::vector<std::string> inputs = {kSeeds, kWebFixtures}) {
    dir_ = scratch_dir(name);
    db_ = dir_ + "/db";
    index(inputs);
  }
  ~NewsWeb() { stop(); }

  void index(const std::vector<std::string>& inputs) {
    std::string command = kBin + "/newsindex --quiet --db " + quote(db_);
    for (const std::string& input : inputs) command += " " + quote(input);
    CommandResult result = run(command + " 2>&1");
    ASSERT_EQ(result.status, 0) << result.out;
  }

  // Starts newsweb with `args` (besides --db and --port 0); fails the test when it does not start.
  void start(const std::vector<std::string>& args = {}) {
    std::vector<std::string> argv = {kBin + "/newsweb", "--db", db_, "--port", "0"};
    argv.insert(argv.end(), args.begin(), args.end());
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    log_ = dir_ + "/newsweb.log";
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      FILE* log = std::fopen(log_.c_str(), "w");
      if (log) dup2(fileno(log), STDERR_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<char*> cargs;
      for (std::string& a : argv) cargs.push_back(a.data());
      cargs.push_back(nullptr);
      execv(cargs[0], cargs.data());
      _exit(127);
    }
    close(out[1]);
    std::string line;
    pollfd p{out[0], POLLIN, 0};
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    char c;
    while (std::chrono::steady_clock::now() < deadline && poll(&p, 1, 1000) >= 0) {
      if (!(p.revents & (POLLIN | POLLHUP))) continue;
      if (read(out[0], &c, 1) != 1) break;
      if (c == '\n') break;
      line += c;
    }
    out_fd_ = out[0];
    std::smatch m;
    std::regex serving("newsweb: serving (\\d+) articles at http://127\\.0\\.0\\.1:(\\d+)/");
    ASSERT_TRUE(std::regex_match(line, m, serving)) << "newsweb did not start: \"" << line << "\"\n" << log();
    articles_ = std::stoul(m[1]);
    port_ = std::stoi(m[2]);
  }

  void stop() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
      exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      pid_ = -1;
    }
    if (out_fd_ >= 0) close(out_fd_), out_fd_ = -1;
  }

  RawResponse get(const std::string& target, const std::string& extra_headers = "") const {
    return raw_request(port_, target, "GET", extra_headers);
  }

  std::string log() const {
    std::ifstream in(log_);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  size_t articles() const { return articles_; }
  int exit_status() const { return exit_status_; }
  const std::string& db() const { return db_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_, db_, log_;
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  size_t articles_ = 0;
  int exit_status_ = -1;
};

}  // namespace news::testing
