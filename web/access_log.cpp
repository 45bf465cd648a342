#include "web/access_log.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace news::web {
namespace {

using Clock = std::chrono::steady_clock;
thread_local Clock::time_point t_start;
thread_local bool t_started = false;

// The target as it came, with control bytes escaped so that a request cannot forge log lines,
// and cut short so that a huge target cannot flood the log.
std::string printable(const std::string& s, size_t max = 200) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s.substr(0, max)) {
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

}  // namespace

std::string log_time() {
  char when[32] = "-";
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (gmtime_r(&now, &tm)) std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return when;
}

void start_request_clock() {
  t_start = Clock::now();
  t_started = true;
}

std::string access_log_line(const httplib::Request& request, const httplib::Response& response) {
  char ms[32] = "-";
  if (t_started) {
    double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t_start).count();
    std::snprintf(ms, sizeof ms, "%.1fms", elapsed);
  }
  t_started = false;
  std::string method = request.method.empty() ? "-" : printable(request.method, 16);
  std::string target = request.target.empty() ? "-" : printable(request.target);
  return log_time() + " " + (request.remote_addr.empty() ? "-" : request.remote_addr) + " " + method + " \"" +
         target + "\" " + std::to_string(response.status) + " " + std::to_string(response.body.size()) + " " + ms +
         "\n";
}

void log_access(const httplib::Request& request, const httplib::Response& response) {
  std::string line = access_log_line(request, response);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace news::web
