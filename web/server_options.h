// newsweb's command line: which databases to serve, where, and the limits that keep one request
// from starving the others.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "cli/options.h"

namespace news::web {

struct ServerOptions {
  std::vector<std::string> databases;
  std::string host = "127.0.0.1";
  int port = 8080;            // 0 = any free port (the chosen one is printed)
  std::string assets;         // folder served under /assets/
  // Worker threads, 0 = twice the cores (4 to 32). Connections hold a worker only while their
  // request is answered (see connection_loop.h), so a few serve many connections.
  size_t threads = 0;
  size_t max_query_bytes = 1024;
  size_t max_limit = 100;     // results per page the API allows
  size_t page_size = 10;      // results per page of the HTML search page
  size_t time_limit_ms = 500; // match time per search; the best results found by then are shown
  size_t max_uri_bytes = 0;   // request target; 0 = derived from max_query_bytes
  size_t cache_entries = 1000;  // search responses kept for repeated queries; 0 = none
  bool access_log = true;
  // Slow and greedy clients (see connection_loop.h): the whole request head from its first byte,
  // an idle keep-alive connection, and the whole response once ready each have a deadline.
  size_t header_timeout_s = 10;
  size_t keep_alive_timeout_s = 5;
  size_t write_timeout_s = 10;
  size_t max_connections = 1000;            // open at once; past it new ones are closed at once
  size_t max_connections_per_client = 64;   // from one address; past it 503; 0 = no limit

  // The request-target limit in force: room for an overlong query percent-encoded (so that it
  // gets the clearer 400 rather than 414) plus the other parameters.
  size_t uri_limit() const { return max_uri_bytes ? max_uri_bytes : 3 * max_query_bytes + 2048; }
  // The worker threads in force: --threads, or twice the cores this process may run on.
  size_t worker_threads() const;
};

// A bad command line; its message names the option.
using cli::UsageError;

// newsweb --help.
std::string server_usage();

// Parses argv. Sets `help` when --help was given (the options are then incomplete).
// Throws UsageError.
ServerOptions parse_server_options(int argc, const char* const* argv, bool& help);

}  // namespace news::web
