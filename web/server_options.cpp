#include "web/server_options.h"

#include <sched.h>

#include <algorithm>
#include <string_view>

#ifndef NEWS_WEB_ASSETS_DIR
#define NEWS_WEB_ASSETS_DIR "web/assets"
#endif

namespace news::web {

const char kUsage[] = R"(Usage: newsweb --db DB [--db DB2 ...] [options]

Serves the news database as a search page and a JSON API.

Options:
  --db DB                a database folder (sharded ones too), a Xapian stub file, or
                         tcp://HOST:PORT of a xapian-tcpsrv; repeat to search several as one
  --host H               address to listen on (default 127.0.0.1)
  --port P               port to listen on (default 8080; 0 picks a free one)
  --assets DIR           folder served under /assets/ (default: the project's web/assets)
  --threads N            worker threads, the requests answered at once (default twice the
                         cores, 4 to 32); idle and slow connections hold none
  --max-query-bytes N    longest query accepted (default 1024)
  --max-limit N          most results per page the API returns (default 100)
  --page-size N          results per page of the search page (default 10)
  --time-limit-ms N      match time per search; past it the best results found are shown
                         (default 500; 0 = no limit)
  --max-uri-bytes N      longest request target (default 3 x max-query-bytes + 2048)
  --cache-entries N      search responses kept for repeated queries, dropped at each new
                         commit (default 1000; 0 = no cache)
  --no-access-log        do not log requests to standard error
  --header-timeout S     seconds a request head may take from its first byte; then 408
                         and the connection is closed (default 10)
  --keep-alive-timeout S seconds an idle connection is kept open (default 5)
  --write-timeout S      seconds a response may take to be read by the client; then the
                         connection is closed (default 10)
  --max-connections N    connections open at once; more are closed at once (default 1000)
  --max-connections-per-client N
                         connections open at once from one address; more are answered 503
                         with Retry-After (default 64; 0 = no limit)
  -h, --help             show this help

Routes: /  /doc/ID  /api/search  /api/doc/ID  /opensearch.xml  /healthz  /assets/...
Exit status: 0 stopped by SIGINT or SIGTERM, 2 usage, database or listening error.
)";

namespace {

size_t parse_number(const std::string& flag, const std::string& value, size_t min, size_t max) {
  bool digits = !value.empty() && value.size() <= 12;
  for (char c : value) digits = digits && c >= '0' && c <= '9';
  if (digits) {
    unsigned long long n = std::stoull(value);
    if (n >= min && n <= max) return static_cast<size_t>(n);
  }
  throw UsageError(flag + " needs a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                   ", not \"" + value + "\"");
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

ServerOptions parse_server_options(int argc, const char* const* argv, bool& help) {
  ServerOptions o;
  o.assets = NEWS_WEB_ASSETS_DIR;
  help = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      help = true;
      return o;
    } else if (arg == "--db") o.databases.push_back(value());
    else if (arg == "--host") o.host = value();
    else if (arg == "--port") o.port = static_cast<int>(parse_number(arg, value(), 0, 65535));
    else if (arg == "--assets") o.assets = value();
    else if (arg == "--threads") o.threads = parse_number(arg, value(), 1, 256);
    else if (arg == "--max-query-bytes") o.max_query_bytes = parse_number(arg, value(), 1, 65536);
    else if (arg == "--max-limit") o.max_limit = parse_number(arg, value(), 1, 10000);
    else if (arg == "--page-size") o.page_size = parse_number(arg, value(), 1, 1000);
    else if (arg == "--time-limit-ms") o.time_limit_ms = parse_number(arg, value(), 0, 3600000);
    else if (arg == "--max-uri-bytes") o.max_uri_bytes = parse_number(arg, value(), 256, 65536);
    else if (arg == "--cache-entries") o.cache_entries = parse_number(arg, value(), 0, 1000000);
    else if (arg == "--no-access-log") o.access_log = false;
    else if (arg == "--header-timeout") o.header_timeout_s = parse_number(arg, value(), 1, 3600);
    else if (arg == "--keep-alive-timeout") o.keep_alive_timeout_s = parse_number(arg, value(), 1, 3600);
    else if (arg == "--write-timeout") o.write_timeout_s = parse_number(arg, value(), 1, 3600);
    else if (arg == "--max-connections") o.max_connections = parse_number(arg, value(), 1, 1000000);
    else if (arg == "--max-connections-per-client") o.max_connections_per_client = parse_number(arg, value(), 0, 1000000);
    else throw UsageError(arg.compare(0, 1, "-") == 0 ? "unknown option " + arg : "unexpected argument \"" + arg + "\"");
  }
  if (o.databases.empty()) throw UsageError("--db DB is required");
  if (o.host.empty()) throw UsageError("--host needs a value");
  if (o.page_size > o.max_limit) throw UsageError("--page-size must not be larger than --max-limit");
  return o;
}

}  // namespace news::web
