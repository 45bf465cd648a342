// newsweb against hostile clients: absurd numbers, broken UTF-8 and percent-encoding, traversal
// tricks web_api_test.cpp does not try, malformed requests, slow clients, pipelining and many
// connections.
// Every case must get a proper status, and the server must stay healthy after each.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <regex>

#include "web_server_fixture.h"

using news::testing::NewsWeb;
using news::testing::RawResponse;
using nlohmann::json;

namespace {

// A loopback connection to newsweb that the test writes to and reads from at its own pace.
class Connection {
 public:
  explicit Connection(int port, const std::string& source = "") : fd_(news::testing::connect_loopback(port, source)) {}
  ~Connection() {
    if (fd_ >= 0) close(fd_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  bool connected() const { return fd_ >= 0; }
  bool send(const std::string& bytes) { return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == ssize_t(bytes.size()); }

  // Reads until the server closes the connection or `seconds` pass without data.
  std::string read_all(int seconds) {
    std::string all;
    char buffer[8192];
    pollfd p{fd_, POLLIN, 0};
    while (poll(&p, 1, seconds * 1000) > 0) {
      ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) {
        closed_ = true;
        break;
      }
      all.append(buffer, static_cast<size_t>(n));
    }
    return all;
  }
  // Whether the server closed the connection during the last read_all.
  bool closed_by_server() const { return closed_; }

 private:
  int fd_ = -1;
  bool closed_ = false;
};

// The status codes of the responses in `raw`, in order (several when requests were pipelined).
std::vector<int> statuses(const std::string& raw) {
  std::vector<int> out;
  size_t at = 0;
  while (at + 12 <= raw.size() && raw.compare(at, 9, "HTTP/1.1 ") == 0) {
    out.push_back(std::stoi(raw.substr(at + 9, 3)));
    size_t head_end = raw.find("\r\n\r\n", at);
    if (head_end == std::string::npos) break;
    std::smatch m;
    std::string head = raw.substr(at, head_end - at);
    static const std::regex length("\r\nContent-Length: (\\d+)", std::regex::icase);
    size_t body = std::regex_search(head, m, length) ? std::stoul(m[1]) : 0;
    at = head_end + 4 + body;
  }
  return out;
}

// Bytes as a readable C string literal, for failure messages.
std::string printable(const std::string& bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    char escaped[8];
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
      out += escaped;
    }
  }
  return out;
}

class WebHostile : public ::testing::Test {
 protected:
  void SetUp() override { start({}); }

  void start(const std::vector<std::string>& args) {
    web_ = std::make_unique<NewsWeb>(::testing::UnitTest::GetInstance()->current_test_info()->name());
    web_->start(args);
  }

  RawResponse get(const std::string& target) { return web_->get(target); }

  // The server answers /healthz with every article: nothing crashed or hung.
  void expect_healthy(const std::string& after) {
    RawResponse r = get("/healthz");
    EXPECT_EQ(r.status, 200) << "after " << after << "\n" << web_->log();
    json j = json::parse(r.body, nullptr, false);
    EXPECT_TRUE(!j.is_discarded() && j.value("articles", 0) == static_cast<int>(web_->articles())) << r.body;
  }

  // GET `target` is answered with one of `allowed`.
  void expect_status_in(const std::string& target, const std::vector<int>& allowed) {
    int status = get(target).status;
    EXPECT_NE(std::find(allowed.begin(), allowed.end(), status), allowed.end()) << target << " -> " << status;
  }

  // A JSON error naming `parameter`, with status 400.
  void expect_bad_parameter(const std::string& target, const std::string& parameter) {
    RawResponse r = get(target);
    EXPECT_EQ(r.status, 400) << target << "\n" << r.body;
    json j = json::parse(r.body, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << target << "\n" << r.body;
    EXPECT_EQ(j.value("error", "").rfind(parameter + " ", 0), 0u) << target << " -> " << r.body;
  }

  std::unique_ptr<NewsWeb> web_;
};

}  // namespace

TEST_F(WebHostile, HugeNegativeAndOddNumbersAre400) {
  for (std::string value :
       {"18446744073709551616", "18446744073709551615", "9223372036854775808", "4294967296", "1000000000", "1e9",
        "1e2", "-1", "-0", "+1", "0x10", "%201", "1%20", "1.0", "%EF%BC%91" /* fullwidth 1 */, "00000000001",
        "999999999", "1%00"}) {
    expect_bad_parameter("/api/search?q=summit&page=" + value, "page");
    expect_bad_parameter("/api/search?q=summit&limit=" + value, "limit");
    EXPECT_EQ(get("/?q=summit&page=" + value).status, 400) << value;
  }
  // The deepest page served, and one past it.
  EXPECT_EQ(get("/api/search?q=summit&limit=10&page=1000").status, 200);
  expect_bad_parameter("/api/search?q=summit&limit=100&page=101", "page");
  expect_healthy("huge numbers");
}

TEST_F(WebHostile, InvalidUtf8InAnyParameterIs400) {
  // Overlong '/', a surrogate, a lone continuation byte, a truncated 4-byte sequence, bytes that
  // never occur in UTF-8, a code point past U+10FFFF.
  for (std::string bad : {"%C0%AF", "%ED%A0%80", "%80", "%F0%9F%98", "%FF%FE", "%F4%90%80%80", "abc%C3"}) {
    expect_bad_parameter("/api/search?q=" + bad, "q");
    expect_bad_parameter("/api/search?q=x&source=" + bad, "source");
    expect_bad_parameter("/api/search?q=x&lang=" + bad, "lang");
    expect_bad_parameter("/api/search?q=x&from=" + bad, "from");
    EXPECT_EQ(get("/?q=" + bad).status, 400) << bad;
    expect_status_in("/doc/" + bad, {404, 400});
    expect_status_in("/api/doc/" + bad, {404, 400});
  }
  expect_healthy("invalid UTF-8");
}

TEST_F(WebHostile, BadPercentEncodingIsAnsweredNotCrashed) {
  // Truncated or non-hex escapes: either taken literally (200) or refused (400), as JSON.
  for (std::string q : {"%", "%%", "%G1", "%2", "abc%", "%%41", "%u0041", "a%00b", "%00", "%2525", "a+b%2Bc"}) {
    RawResponse r = get("/api/search?q=" + q);
    EXPECT_TRUE(r.status == 200 || r.status == 400) << q << " -> " << r.status;
    EXPECT_FALSE(json::parse(r.body, nullptr, false).is_discarded()) << q << "\n" << r.body;
    expect_status_in("/?q=" + q, {200, 400});
    expect_status_in("/doc/" + q, {404, 400});
  }
  expect_healthy("bad percent-encoding");
}

TEST_F(WebHostile, OverlongTargetsAndHeaders) {
  EXPECT_EQ(get("/doc/" + std::string(10000, 'a')).status, 414);
  EXPECT_EQ(get("/assets/" + std::string(10000, 'a')).status, 414);
  EXPECT_EQ(get("/api/search?q=x&source=" + std::string(6000, 's')).status, 414);
  EXPECT_EQ(get("/api/search?q=x&" + std::string(3000, '&') + "lang=en").status, 200);
  // A megabyte of request target, and a header over httplib's line limit: refused or dropped,
  // never served.
  expect_status_in("/?q=" + std::string(1 << 20, 'a'), {414, 400, 0});
  RawResponse header = web_->get("/healthz", "X-Filler: " + std::string(100000, 'h') + "\r\n");
  EXPECT_TRUE(header.status == 400 || header.status == 431 || header.status == 0) << header.status;
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  RawResponse headers = web_->get("/healthz", many);
  EXPECT_NE(headers.status, 500);
  expect_healthy("overlong targets");
}

TEST_F(WebHostile, AssetTraversalTricks) {
  // Variants web_api_test.cpp does not try: backslashes raw and encoded at every level, overlong
  // and full-width dots, parameters in segments, traversal in the article route.
  for (const char* target :
       {"/assets/..\\CMakeLists.txt", "/assets/..\\..\\CMakeLists.txt", "/assets/%5c..%5cCMakeLists.txt",
        "/assets/%255c..%255cCMakeLists.txt", "/assets/%25252e%25252e/CMakeLists.txt", "/assets/%c0%ae%c0%ae/CMakeLists.txt",
        "/assets/%ef%bc%8e%ef%bc%8e/CMakeLists.txt", "/assets/..;/CMakeLists.txt", "/assets/;/../CMakeLists.txt",
        "/assets/....//CMakeLists.txt", "/assets/.../CMakeLists.txt", "/assets/style.css/", "/assets/style.css/..",
        "/assets/%2e%2e%5c%2e%2e%5cCMakeLists.txt", "/assets/..%00/CMakeLists.txt", "/assets/%00", "/assets/.hidden",
        "/assets/~root", "/assets/%7e", "/doc/..%2f..%2fCMakeLists.txt", "/api/doc/..%2f..%2fCMakeLists.txt",
        "/doc/../../CMakeLists.txt", "//assets/../CMakeLists.txt", "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd"}) {
    RawResponse r = get(target);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << target << " -> " << r.status;
    EXPECT_EQ(r.body.find("cmake_minimum_required"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
  }
  EXPECT_EQ(get("/assets/style.css?v=2").status, 200);  // a cache-busting query is no trick
  expect_healthy("traversal attempts");
}

TEST_F(WebHostile, MalformedRequestsAreRefused) {
  struct Case {
    std::string bytes;
    std::vector<int> acceptable;  // status, or 0 for a connection closed without an answer
  } cases[] = {
      {"GARBAGE\r\n\r\n", {400, 0}},
      {"GET\r\n\r\n", {400, 0}},
      {"GET /healthz\r\n\r\n", {400, 0}},
      {"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", {200, 400, 505}},
      {"get /healthz HTTP/1.1\r\nHost: x\r\n\r\n", {400, 405}},
      {"BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n", {400, 405}},
      // GET bodies are never read, so their framing does not matter.
      {"GET /healthz HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n", {200, 400, 413}},
      {"GET /healthz HTTP/1.1\r\nContent-Length: -5\r\n\r\n", {200, 400}},
      {"GET /healthz HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", {200, 400, 413}},
      {"POST /healthz HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n", {405, 413}},
      {"GET /healthz HTTP/1.1\r\nNo colon here\r\n\r\n", {200, 400}},
      {std::string("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03", 11), {400, 0}},  // a TLS hello
      {std::string("GET /\0 HTTP/1.1\r\n\r\n", 19), {400, 404, 0}},
      {"\r\n\r\n\r\n", {400, 0}},
  };
  // All sent first: the connections kept alive after their answer each wait out the server's
  // keep-alive timeout.
  std::vector<std::unique_ptr<Connection>> connections;
  for (const Case& c : cases) {
    connections.push_back(std::make_unique<Connection>(web_->port()));
    ASSERT_TRUE(connections.back()->connected());
    connections.back()->send(c.bytes);
  }
  for (size_t i = 0; i < connections.size(); ++i) {
    const Case& c = cases[i];
    std::vector<int> got = statuses(connections[i]->read_all(10));
    int status = got.empty() ? 0 : got.front();
    EXPECT_NE(std::find(c.acceptable.begin(), c.acceptable.end(), status), c.acceptable.end())
        << printable(c.bytes) << " -> " << status;
  }
  expect_healthy("malformed requests");
}

TEST_F(WebHostile, RangeRequestsOnAssets) {
  std::string many_ranges = "bytes=0-0";
  for (int i = 1; i < 2000; ++i) many_ranges += ",0-" + std::to_string(i);
  for (const std::string& range : {std::string("bytes=999999999-"), std::string("bytes=-0"), std::string("bytes=5-1"),
                                   std::string("bytes=0-18446744073709551616"), std::string("pages=1-2"), many_ranges}) {
    RawResponse r = web_->get("/assets/style.css", "Range: " + range + "\r\n");
    EXPECT_TRUE(r.status == 200 || r.status == 206 || r.status == 416 || r.status == 400)
        << range.substr(0, 40) << " -> " << r.status;
  }
  expect_healthy("range requests");
}

TEST_F(WebHostile, KeptAliveAndPipelinedRequests) {
  Connection connection(web_->port());
  ASSERT_TRUE(connection.connected());
  for (const char* target : {"/healthz", "/api/search?q=summit", "/no/such/page", "/assets/style.css"}) {
    connection.send(std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    std::vector<int> got = statuses(connection.read_all(1));
    EXPECT_EQ(got.size(), 1u) << target;
  }
  // Requests sent together are answered in order (the connection loop keeps what follows a
  // request's head for the next one); the last asks to close.
  Connection pipelined(web_->port());
  ASSERT_TRUE(pipelined.connected());
  std::string three;
  for (const char* target : {"/healthz", "/api/search?q=summit", "/no/such/page"})
    three += std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\n" + (target[1] == 'n' ? "Connection: close\r\n" : "") + "\r\n";
  pipelined.send(three);
  EXPECT_EQ(statuses(pipelined.read_all(30)), (std::vector<int>{200, 200, 404}));
  EXPECT_TRUE(pipelined.closed_by_server());
  expect_healthy("pipelined requests");
}

TEST_F(WebHostile, SlowClientIsDroppedWhileOthersAreServed) {
  // Half a request, then silence: closed with 408 at --header-timeout, while everyone else is
  // answered. (tests/web/web_slow_clients_test.cpp has the attacks of many such clients.)
  web_->stop();
  start({"--header-timeout", "2"});
  Connection slow(web_->port());
  ASSERT_TRUE(slow.connected());
  ASSERT_TRUE(slow.send("GET /api/search?q=summit HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: "));
  for (int i = 0; i < 5; ++i) expect_healthy("a slow client connected");
  std::string answer = slow.read_all(60);
  EXPECT_TRUE(slow.closed_by_server()) << "the slow client was never dropped";
  EXPECT_EQ(statuses(answer), std::vector<int>{408}) << answer;
  expect_healthy("dropping a slow client");
}

TEST_F(WebHostile, SlowClientsOnEveryWorkerDoNotDelayOthers) {
  // As many silent clients as worker threads: they hold no worker while their heads are
  // incomplete, so a request is answered at once.
  web_->stop();
  start({"--threads", "2", "--header-timeout", "2"});
  std::vector<std::unique_ptr<Connection>> slow;
  for (int i = 0; i < 2; ++i) {
    slow.push_back(std::make_unique<Connection>(web_->port()));
    ASSERT_TRUE(slow.back()->connected());
    slow.back()->send("GET /healthz HTTP/1.1\r\n");
  }
  Connection waiting(web_->port());
  ASSERT_TRUE(waiting.connected());
  waiting.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(statuses(waiting.read_all(1)), std::vector<int>{200}) << "not answered within a second";
  for (auto& s : slow) {
    s->read_all(60);
    EXPECT_TRUE(s->closed_by_server());
  }
  expect_healthy("slow clients on every worker");
}

TEST_F(WebHostile, ManyConnectionsAtOnce) {
  // Hundreds of connections from as many clients opened together: all queued and answered.
  constexpr int kConnections = 300;
  std::vector<std::unique_ptr<Connection>> connections;
  for (int i = 0; i < kConnections; ++i) {
    connections.push_back(std::make_unique<Connection>(web_->port(), news::testing::loopback_client(i)));
    ASSERT_TRUE(connections.back()->connected()) << i;
  }
  for (int i = 0; i < kConnections; ++i) {
    std::string target = i % 2 ? "/healthz" : "/api/search?q=summit&page=" + std::to_string(1 + i % 3);
    connections[i]->send("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  }
  int answered = 0;
  for (auto& c : connections) answered += statuses(c->read_all(60)) == std::vector<int>{200};
  EXPECT_EQ(answered, kConnections);
  connections.clear();

  // Connections opened and dropped without a word, and others reset mid-request.
  for (int i = 0; i < kConnections; ++i) {
    Connection c(web_->port());
    if (i % 2) c.send("GET /api/search?q=sum");
  }
  expect_healthy("many connections");
}
