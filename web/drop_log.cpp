#include "web/drop_log.h"

#include <cstdio>

#include "web/access_log.h"

namespace news::web {

std::string DropLog::line(const std::string& client, DropReason reason, size_t count) const {
  std::string connections = std::to_string(count) + (count == 1 ? " connection: " : " connections: ");
  std::string what;
  switch (reason) {
    case DropReason::kSlowHead:
      what = "dropped " + connections + "request head not complete within " +
             std::to_string(options_.header_timeout_s) + " s (--header-timeout)";
      break;
    case DropReason::kSlowReader:
      what = "dropped " + connections + "response not read within " + std::to_string(options_.write_timeout_s) +
             " s (--write-timeout)";
      break;
    case DropReason::kClientLimit:
      what = "refused " + connections + std::to_string(options_.max_connections_per_client) +
             " already open from this address (--max-connections-per-client), answered 503";
      break;
    case DropReason::kServerLimit:
      what = "refused " + connections + std::to_string(options_.max_connections) +
             " connections open (--max-connections), closed at once";
      break;
  }
  return log_time() + " " + client + " " + what + "\n";
}

void DropLog::flush() {
  for (const auto& [key, count] : counts_) {
    std::string text = line(key.first, key.second, count);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  counts_.clear();
}

}  // namespace news::web
