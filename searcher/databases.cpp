#include "searcher/databases.h"

#include <filesystem>

namespace news {
namespace {

// A port is 1 to 65535, written in digits only; 0 when `text` is not one.
unsigned parse_port(const std::string& text) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  unsigned port = static_cast<unsigned>(std::stoul(text));
  return port <= 65535 ? port : 0;
}

Xapian::Database open_one(const std::string& spec, const RemoteTimeouts& timeouts) {
  const std::string tcp = "tcp://";
  try {
    if (spec.rfind(tcp, 0) == 0) {
      std::string address = spec.substr(tcp.size());
      size_t colon = address.rfind(':');
      if (colon == std::string::npos || colon == 0) throw DatabaseError(spec + ": expected tcp://HOST:PORT");
      unsigned port = parse_port(address.substr(colon + 1));
      if (!port) throw DatabaseError(spec + ": bad port number (1 to 65535)");
      return Xapian::Remote::open(address.substr(0, colon), port, timeouts.reply_ms, timeouts.connect_ms);
    }
    if (!std::filesystem::exists(spec)) throw DatabaseError(spec + ": no database there (create it with newsindex --db " + spec + ")");
    return Xapian::Database(spec);
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseError(spec + ": not a search database (" + e.get_msg() + ")");
  } catch (const Xapian::NetworkError& e) {
    throw DatabaseError(spec + ": cannot reach the remote database " + describe_remote_failure(e));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(spec + ": " + e.get_description());
  }
}

}  // namespace

std::string describe_remote_failure(const Xapian::NetworkError& e) {
  const char* reason = e.get_error_string();
  std::string what = e.get_msg() + (reason ? std::string(": ") + reason : "");
  return e.get_context().empty() ? "(" + what + ")" : e.get_context() + " (" + what + ")";
}

Xapian::Database open_databases(const std::vector<std::string>& specs, const RemoteTimeouts& timeouts) {
  if (specs.empty()) throw DatabaseError("no database given (use --db DB)");
  Xapian::Database all;
  for (const std::string& spec : specs) all.add_database(open_one(spec, timeouts));
  return all;
}

}  // namespace news
