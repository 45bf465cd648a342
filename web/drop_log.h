// Log lines about the clients the server dropped for being slow or refused for being greedy, on
// standard error (also with --no-access-log). They are counted per address and reason and
// written at most once a second, so that an attack cannot flood the log:
//   2024-06-01T12:00:00Z 10.0.0.7 dropped 12 connections: request head not complete within 10 s (--header-timeout)
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <utility>

#include "web/server_options.h"

namespace news::web {

enum class DropReason {
  kSlowHead,      // the request head did not come whole within --header-timeout
  kSlowReader,    // the response was not read within --write-timeout
  kClientLimit,   // the address had --max-connections-per-client open: answered 503
  kServerLimit,   // --max-connections were open: closed at once
};

class DropLog {
 public:
  explicit DropLog(const ServerOptions& options) : options_(options) {}

  void note(const std::string& client, DropReason reason) { ++counts_[{client, reason}]; }

  // Writes one line per address and reason noted since the last call.
  void flush();

  // The line for `count` connections of `client` dropped or refused for `reason`, with its newline.
  std::string line(const std::string& client, DropReason reason, size_t count) const;

 private:
  const ServerOptions& options_;
  std::map<std::pair<std::string, DropReason>, size_t> counts_;
};

}  // namespace news::web
