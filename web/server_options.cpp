#include "web/server_options.h"

#include <sched.h>

#include <algorithm>
#include <string_view>
#include <vector>

#ifndef NEWS_WEB_ASSETS_DIR
#define NEWS_WEB_ASSETS_DIR "web/assets"
#endif

namespace news::web {

namespace {

// The limits on slow and greedy clients, and the access log.
void add_client_options(cli::OptionParser& parser, ServerOptions& o) {
  parser.custom("no-access-log", 0, "", "do not log requests to standard error", [&o](const std::string&) { o.access_log = false; })
      .number("header-timeout", 0, "S", "seconds a request head may take from its first byte; then 408 and the "
              "connection is closed (default 10)", o.header_timeout_s, 1, 3600)
      .number("keep-alive-timeout", 0, "S", "seconds an idle connection is kept open (default 5)", o.keep_alive_timeout_s, 1, 3600)
      .number("write-timeout", 0, "S", "seconds a response may take to be read by the client; then the connection "
              "is closed (default 10)", o.write_timeout_s, 1, 3600)
      .number("max-connections", 0, "N", "connections open at once; more are closed at once (default 1000)",
              o.max_connections, 1, 1000000)
      .number("max-connections-per-client", 0, "N", "connections open at once from one address; more are "
              "answered 503 with Retry-After (default 64; 0 = no limit)", o.max_connections_per_client, 0, 1000000);
}

// The command line; --help is generated from the same table.
cli::OptionParser option_parser(ServerOptions& o) {
  cli::OptionParser parser("newsweb", "newsweb --db DB [--db DB2 ...] [options]",
                           "Serves the news database as a search page and a JSON API.",
                           "Routes: /  /doc/ID  /api/search  /api/doc/ID  /opensearch.xml  /healthz  /assets/...\n"
                           "Exit status: 0 stopped by SIGINT or SIGTERM, 2 usage, database or listening error.");
  parser
      .texts("db", 'd', "DB",
             "a database folder (sharded ones too), a Xapian stub file, or tcp://HOST:PORT of a xapian-tcpsrv; "
             "repeat to search several as one",
             o.databases)
      .text("host", 0, "H", "address to listen on (default 127.0.0.1)", o.host)
      .custom("port", 'p', "P", "port to listen on (default 8080; 0 picks a free one)",
              [&o](const std::string& v) { o.port = static_cast<int>(cli::parse_number("--port", v, 0, 65535)); })
      .text("assets", 0, "DIR", "folder served under /assets/ (default: the project's web/assets)", o.assets)
      .number("threads", 0, "N", "worker threads, the requests answered at once (default twice the cores, 4 to 32); "
              "idle and slow connections hold none", o.threads, 1, 256)
      .number("max-query-bytes", 0, "N", "longest query accepted (default 1024)", o.max_query_bytes, 1, 65536)
      .number("max-limit", 0, "N", "most results per page the API returns (default 100)", o.max_limit, 1, 10000)
      .number("page-size", 0, "N", "results per page of the search page (default 10)", o.page_size, 1, 1000)
      .number("time-limit-ms", 0, "N", "match time per search; past it the best results found are shown "
              "(default 500; 0 = no limit)", o.time_limit_ms, 0, 3600000)
      .number("max-uri-bytes", 0, "N", "longest request target (default 3 x max-query-bytes + 2048)", o.max_uri_bytes, 256, 65536)
      .number("cache-entries", 0, "N", "search responses kept for repeated queries, each for the commit it was "
              "found in (default 1000; 0 = no cache)", o.cache_entries, 0, 1000000);
  add_client_options(parser, o);
  return parser;
}

}  // namespace

size_t ServerOptions::worker_threads() const {
  if (threads) return threads;
  cpu_set_t cpus;
  size_t cores = sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? static_cast<size_t>(CPU_COUNT(&cpus)) : 2;
  // Workers only compute (the connection loop does the waiting); the spare ones cover requests
  // that wait on a disk or a remote database. Each holds its own searcher, so memory follows.
  return std::clamp<size_t>(2 * cores, 4, 32);
}

std::string server_usage() {
  ServerOptions o;
  return option_parser(o).help();
}

ServerOptions parse_server_options(int argc, const char* const* argv, bool& help) {
  ServerOptions o;
  o.assets = NEWS_WEB_ASSETS_DIR;
  std::vector<std::string> rest = option_parser(o).parse_or_throw(argc, argv, help);
  if (help) return o;
  if (!rest.empty()) throw UsageError{"unexpected argument \"" + rest[0] + "\""};
  if (o.databases.empty()) throw UsageError{"--db DB is required"};
  if (o.host.empty()) throw UsageError{"--host needs a value"};
  if (o.page_size > o.max_limit) throw UsageError{"--page-size must not be larger than --max-limit"};
  return o;
}

}  // namespace news::web
