// newsweb against slow and greedy clients, over real loopback sockets: request heads trickled a
// line a second (slowloris), idle keep-alive connections, readers that never read a large
// answer, and one address opening too many connections. In each case other clients are answered
// within 3 s throughout, the attackers are dropped, and the server's memory stays bounded.
//
// The attacks here are short versions (a few seconds, short server deadlines). The full-size
// run sets the environment: NEWS_ATTACK_CONNECTIONS, NEWS_ATTACK_SECONDS, and
// NEWS_ATTACK_DEFAULTS=1 to run newsweb with its default settings (NEWS_ATTACK_ONE_ADDRESS=1:
// every attacker from one address rather than each from its own), e.g.
//   NEWS_ATTACK_CONNECTIONS=80 NEWS_ATTACK_SECONDS=30 NEWS_ATTACK_DEFAULTS=1
//   build/bin/web_slow_clients_test --gtest_filter='*Trickling*'
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "web_server_fixture.h"

using news::testing::NewsWeb;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Under AddressSanitizer freed memory is held in quarantine, so memory bounds cannot be checked.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
constexpr bool kSanitized = __has_feature(address_sanitizer);
#else
constexpr bool kSanitized = false;
#endif

// The server's resident memory in kB, from /proc.
long rss_kb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

void expect_memory_below(long rss, long bound, const char* when) {
  if (!kSanitized) {
    EXPECT_LT(rss, bound) << "newsweb's memory " << when << ": " << rss << " kB";
  }
}

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// The connections the server's log says it `verb` (dropped, refused) for `reason`
// ("2024-06-01T12:00:00Z 127.0.1.1 dropped 12 connections: REASON ...").
int logged(const std::string& log, const std::string& verb, const std::string& reason) {
  std::regex line(" " + verb + " (\\d+) connections?: " + reason);
  int total = 0;
  for (std::sregex_iterator it(log.begin(), log.end(), line), end; it != end; ++it) total += std::stoi((*it)[1]);
  return total;
}

// The most a socket's send buffer grows to (the last of tcp_wmem).
size_t largest_send_buffer() {
  std::ifstream wmem("/proc/sys/net/ipv4/tcp_wmem");
  size_t least = 0, initial = 0, most = 4 << 20;
  wmem >> least >> initial >> most;
  return most;
}

bool from_one_address() {
  const char* one = std::getenv("NEWS_ATTACK_ONE_ADDRESS");
  return one && std::string(one) == "1";
}

struct AttackSize {
  int connections;
  int seconds;
  bool server_defaults;  // newsweb with its default settings rather than short deadlines
};

AttackSize attack_size(int connections, int seconds) {
  auto number = [](const char* name, int fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
  };
  return {number("NEWS_ATTACK_CONNECTIONS", connections), number("NEWS_ATTACK_SECONDS", seconds),
          number("NEWS_ATTACK_DEFAULTS", 0) == 1};
}

// GET `target` from 127.0.0.1 with Connection: close; the status, or 0 when no whole answer came
// within `limit` seconds.
int get_within(int port, const std::string& target, double limit) {
  Clock::time_point start = Clock::now();
  int fd = news::testing::connect_loopback(port);
  if (fd < 0) return 0;
  std::string request = "GET " + target + " HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n";
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string all;
  char buffer[8192];
  bool ended = false;
  while (!ended) {
    int left_ms = static_cast<int>((limit - seconds_since(start)) * 1000);
    pollfd p{fd, POLLIN, 0};
    if (left_ms <= 0 || poll(&p, 1, left_ms) <= 0) break;
    ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n > 0) all.append(buffer, static_cast<size_t>(n));
    else ended = true;
  }
  close(fd);
  if (!ended || all.compare(0, 9, "HTTP/1.1 ") != 0) return 0;
  return std::stoi(all.substr(9, 3));
}

// Asks for /healthz and a search every `interval` from 127.0.0.1 while it lives, each to be
// answered 200 within 3 s.
class Prober {
 public:
  Prober(int port, std::chrono::milliseconds interval) {
    thread_ = std::thread([this, port, interval] {
      while (!stop_) {
        Clock::time_point start = Clock::now();
        for (const char* target : {"/healthz", "/api/search?q=summit"}) check(port, target);
        std::this_thread::sleep_until(start + interval);
      }
    });
  }
  ~Prober() { stop(); }

  void stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  int probes() const { return probes_; }
  double slowest() const { return slowest_; }
  const std::string& failures() const { return failures_; }

 private:
  void check(int port, const char* target) {
    Clock::time_point start = Clock::now();
    int status = get_within(port, target, 3.0);
    double took = seconds_since(start);
    ++probes_;
    slowest_ = std::max(slowest_, took);
    if (status != 200) failures_ += std::string(target) + " -> " + std::to_string(status) + " after " + std::to_string(took) + " s\n";
  }

  std::thread thread_;
  std::atomic<bool> stop_{false};
  int probes_ = 0;
  double slowest_ = 0;
  std::string failures_;
};

// An attacking connection, from an address of its own, watched for the server closing it.
struct Attacker {
  int fd = -1;
  std::string received;
  bool dropped = false;
  double dropped_at = 0;  // seconds into the attack

  // Reads what has come without waiting; notes whether the server closed the connection.
  void check(double now) {
    char buffer[4096];
    while (!dropped) {
      ssize_t n = recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
      if (n > 0) {
        received.append(buffer, static_cast<size_t>(n));
      } else {
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        dropped = true;
        dropped_at = now;
      }
    }
  }
  void send(const std::string& bytes, double now) {
    if (!dropped && ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) < 0) {
      dropped = true;
      dropped_at = now;
    }
  }
};

struct AttackReport {
  int dropped = 0;
  double first = 0, last = 0;  // seconds into the attack
};

AttackReport report(const std::vector<Attacker>& attackers) {
  AttackReport r;
  for (const Attacker& a : attackers) {
    if (!a.dropped) continue;
    r.first = r.dropped++ ? std::min(r.first, a.dropped_at) : a.dropped_at;
    r.last = std::max(r.last, a.dropped_at);
  }
  return r;
}

class SlowClients : public ::testing::Test {
 protected:
  void start(const std::vector<std::string>& args, std::vector<std::string> inputs = {}) {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    web_ = inputs.empty() ? std::make_unique<NewsWeb>(name) : std::make_unique<NewsWeb>(name, inputs);
    web_->start(args);
  }

  // newsweb for an attack of `size`: its defaults for a full-size run, else `short_settings`.
  void start_for(const AttackSize& size, const std::vector<std::string>& short_settings,
                 const std::vector<std::string>& inputs = {}) {
    start(size.server_defaults ? std::vector<std::string>{} : short_settings, inputs);
  }

  // `count` connections, each from its own loopback address (all from one with
  // NEWS_ATTACK_ONE_ADDRESS=1, where --max-connections-per-client refuses some at once).
  std::vector<Attacker> connect_attackers(int count, int receive_buffer = 0) {
    std::vector<Attacker> attackers(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
      std::string source = news::testing::loopback_client(from_one_address() ? 0 : i);
      attackers[i].fd = news::testing::connect_loopback(web_->port(), source, receive_buffer);
      EXPECT_GE(attackers[i].fd, 0) << "connection " << i;
    }
    return attackers;
  }

  // Runs the attack for `seconds` while other clients ask every second (full size) or twice a
  // second: `tick(second)` once a second, and unless `never_read`, the attackers read and are
  // checked for drops ten times a second. Fails the test on any late or failed answer.
  AttackReport attack(std::vector<Attacker>& attackers, const AttackSize& size, const std::function<void(int)>& tick,
                      bool never_read = false) {
    int seconds = size.seconds;
    Prober prober(web_->port(), std::chrono::milliseconds(size.server_defaults ? 1000 : 500));
    Clock::time_point start = Clock::now();
    for (int step = 0; step < seconds * 10; ++step) {
      if (step % 10 == 0) tick(step / 10);
      std::this_thread::sleep_until(start + std::chrono::milliseconds(100 * (step + 1)));
      if (!never_read)
        for (Attacker& a : attackers) a.check(seconds_since(start));
    }
    prober.stop();
    AttackReport r = report(attackers);
    std::printf("%zu attackers for %d s; other clients: %d requests, the slowest answered in %.3f s; newsweb RSS %ld kB\n",
                attackers.size(), seconds, prober.probes(), prober.slowest(), rss_kb(web_->pid()));
    if (!never_read)
      std::printf("%d attackers dropped by the server, the first after %.1f s, the last after %.1f s\n", r.dropped,
                  r.first, r.last);
    EXPECT_GT(prober.probes(), 0);
    EXPECT_EQ(prober.failures(), "") << "other clients were not answered in time";
    return r;
  }

  std::unique_ptr<NewsWeb> web_;
};

}  // namespace

TEST_F(SlowClients, TricklingHeadsNeverSilenceTheServer) {
  // Slowloris: more connections than workers, each sending its request head a line a second and
  // never finishing it. With httplib alone, each held a worker for as long as it trickled.
  AttackSize size = attack_size(40, 6);
  start_for(size, {"--threads", "2", "--header-timeout", "3"});
  long rss_before = rss_kb(web_->pid());
  std::vector<Attacker> attackers = connect_attackers(size.connections);
  int line = 0;
  AttackReport r = attack(attackers, size, [&](int second) {
    std::string next = line++ ? "X-Trickle-" + std::to_string(line) + ": 1\r\n" : "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (Attacker& a : attackers) a.send(next, second);
  });
  EXPECT_GE(r.dropped, static_cast<int>(std::ceil(0.9 * size.connections)));
  int timed_out = 0;
  for (const Attacker& a : attackers) timed_out += a.received.rfind("HTTP/1.1 408 ", 0) == 0;
  EXPECT_GT(timed_out, 0) << "the dropped clients were not told why";
  std::string log = web_->log();
  EXPECT_GE(logged(log, "dropped", "request head not complete within") + logged(log, "refused", "\\d+ already open"),
            r.dropped) << log;
  expect_memory_below(rss_kb(web_->pid()), rss_before + 64 * 1024, "after the attack");
  for (Attacker& a : attackers) close(a.fd);
}

TEST_F(SlowClients, IdleKeepAliveConnectionsNeverSilenceTheServer) {
  // Each connection asks once, reads its answer and stays open without a word.
  AttackSize size = attack_size(100, 4);
  start_for(size, {"--threads", "2", "--keep-alive-timeout", "2"});
  long rss_before = rss_kb(web_->pid());
  std::vector<Attacker> attackers = connect_attackers(size.connections);
  AttackReport r = attack(attackers, size, [&](int second) {
    if (second == 0)
      for (Attacker& a : attackers) a.send("GET /api/search?q=summit HTTP/1.1\r\nHost: x\r\n\r\n", 0);
  });
  EXPECT_GE(r.dropped, static_cast<int>(std::ceil(0.9 * size.connections)));
  int answered = 0, refused = 0;
  for (const Attacker& a : attackers) {
    answered += a.received.rfind("HTTP/1.1 200 ", 0) == 0;
    refused += a.received.rfind("HTTP/1.1 503 ", 0) == 0;  // past the limit of one address
  }
  EXPECT_EQ(answered + refused, size.connections) << "every connection was answered before it went idle";
  if (!from_one_address()) {
    EXPECT_EQ(refused, 0);
  }
  expect_memory_below(rss_kb(web_->pid()), rss_before + 64 * 1024, "after the attack");
  for (Attacker& a : attackers) close(a.fd);
}

TEST_F(SlowClients, ReadersThatNeverReadALargeArticleAreDropped) {
  // An article larger than the kernel's largest send buffer; clients with a small receive window
  // ask for it and read nothing, so the answer cannot leave the server. More of them than workers.
  const size_t body_bytes = largest_send_buffer() + (1 << 20);
  std::string body;
  while (body.size() < body_bytes) body += "The summit of the Shanghai Cooperation Organisation met again. ";
  std::string big = news::testing::scratch_dir("SlowReadersInput") + "/big.jsonl";
  news::testing::write_file(big, "{\"id\": \"big\", \"title\": \"A long report\", \"body\": \"" + body + "\", \"lang\": \"en\"}\n");
  AttackSize size = attack_size(8, 5);
  start_for(size, {"--threads", "2", "--write-timeout", "2"}, {news::testing::kSeeds, big});
  ASSERT_EQ(web_->get("/api/doc/big").status, 200);  // the server's memory warmed up by one such answer
  long rss_before = rss_kb(web_->pid());
  std::vector<Attacker> readers = connect_attackers(size.connections, 4096);
  for (Attacker& r : readers) r.send("GET /api/doc/big HTTP/1.1\r\nHost: x\r\n\r\n", 0);
  // Once the answers are made (logged), what is tested is that waiting for their readers holds
  // no worker: the probes start then, not behind the making of eight large answers.
  Clock::time_point made_by = Clock::now() + std::chrono::seconds(60);
  auto made = [&] { return count_of(web_->log(), "\"/api/doc/big\" 200 ") >= readers.size() + 1; };
  while (!made() && Clock::now() < made_by) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_TRUE(made()) << web_->log();
  long rss_during = 0;
  attack(readers, size, [&](int second) {
    if (second == 1) rss_during = rss_kb(web_->pid());
  }, true);
  // What each could have read, now read: a part of the answer, then the end of the connection.
  for (Attacker& r : readers) {
    pollfd p{r.fd, POLLIN, 0};
    while (!r.dropped && poll(&p, 1, 5000) > 0) r.check(0);
    EXPECT_TRUE(r.dropped) << "a reader that never read was kept";
    EXPECT_LT(r.received.size(), body_bytes) << "the whole answer went out";
    std::printf("a reader got %zu bytes of %zu before it was dropped\n", r.received.size(), body_bytes);
    close(r.fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the log is written once a second
  EXPECT_EQ(logged(web_->log(), "dropped", "response not read within"), size.connections) << web_->log();
  long rss_after = rss_kb(web_->pid());
  std::printf("newsweb RSS before %ld kB, during %ld kB, after %ld kB\n", rss_before, rss_during, rss_after);
  // At most one answer waits per connection, and only until its deadline.
  long bound = rss_before + static_cast<long>(readers.size() * body_bytes / 1024) + 32 * 1024;
  expect_memory_below(rss_during, bound, "during the attack");
  expect_memory_below(rss_after, bound, "after the attack");
}

TEST_F(SlowClients, OneAddressPastItsLimitIsAnswered503) {
  start({"--max-connections-per-client", "4"});
  const std::string greedy = news::testing::loopback_client(0);
  std::vector<int> open;
  for (int i = 0; i < 4; ++i) open.push_back(news::testing::connect_loopback(web_->port(), greedy));
  int fifth = news::testing::connect_loopback(web_->port(), greedy);
  ASSERT_GE(fifth, 0);
  std::string answer;
  char buffer[4096];
  pollfd p{fifth, POLLIN, 0};
  for (ssize_t n; poll(&p, 1, 5000) > 0 && (n = recv(fifth, buffer, sizeof buffer, 0)) > 0;) answer.append(buffer, n);
  close(fifth);
  EXPECT_EQ(answer.rfind("HTTP/1.1 503 ", 0), 0u) << answer;
  EXPECT_NE(answer.find("\r\nRetry-After: "), std::string::npos) << answer;
  EXPECT_EQ(web_->get("/healthz").status, 200) << "another address is served";

  // Once one of the four goes, the address is served again.
  close(open.back());
  open.pop_back();
  int status = 0;
  for (int attempt = 0; attempt < 20 && status != 200; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    int fd = news::testing::connect_loopback(web_->port(), greedy);
    std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    pollfd q{fd, POLLIN, 0};
    ssize_t n = poll(&q, 1, 5000) > 0 ? recv(fd, buffer, sizeof buffer, 0) : 0;
    status = n > 12 ? std::stoi(std::string(buffer + 9, 3)) : 0;
    close(fd);
  }
  EXPECT_EQ(status, 200);
  for (int fd : open) close(fd);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the log is written once a second
  EXPECT_NE(web_->log().find(greedy + " refused 1 connection: 4 already open from this address"), std::string::npos)
      << web_->log();
}

TEST_F(SlowClients, SlowButCompleteHeadIsServed) {
  // A head sent a byte at a time, whole well within --header-timeout, is answered as usual.
  start({"--header-timeout", "4"});
  int fd = news::testing::connect_loopback(web_->port());
  ASSERT_GE(fd, 0);
  for (char c : std::string("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")) {
    ::send(fd, &c, 1, MSG_NOSIGNAL);
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
  }
  char buffer[4096];
  pollfd p{fd, POLLIN, 0};
  ssize_t n = poll(&p, 1, 5000) > 0 ? recv(fd, buffer, sizeof buffer, 0) : 0;
  close(fd);
  ASSERT_GT(n, 12);
  EXPECT_EQ(std::string(buffer, 13), "HTTP/1.1 200 ");
}
