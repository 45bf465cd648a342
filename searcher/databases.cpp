#include "searcher/databases.h"

#include <filesystem>

namespace news {
namespace {

Xapian::Database open_one(const std::string& spec, unsigned timeout_ms) {
  const std::string tcp = "tcp://";
  try {
    if (spec.rfind(tcp, 0) == 0) {
      std::string address = spec.substr(tcp.size());
      size_t colon = address.rfind(':');
      if (colon == std::string::npos) throw DatabaseError(spec + ": expected tcp://HOST:PORT");
      unsigned port = static_cast<unsigned>(std::stoul(address.substr(colon + 1)));
      return Xapian::Remote::open(address.substr(0, colon), port, timeout_ms, timeout_ms);
    }
    if (!std::filesystem::exists(spec)) throw DatabaseError(spec + ": no database there (create it with newsindex --db " + spec + ")");
    return Xapian::Database(spec);
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseError(spec + ": not a search database (" + e.get_msg() + ")");
  } catch (const Xapian::NetworkError& e) {
    throw DatabaseError(spec + ": cannot reach the remote database (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    throw DatabaseError(spec + ": " + e.get_description());
  } catch (const std::invalid_argument&) {
    throw DatabaseError(spec + ": bad port number");
  }
}

}  // namespace

Xapian::Database open_databases(const std::vector<std::string>& specs, unsigned remote_timeout_ms) {
  if (specs.empty()) throw DatabaseError("no database given (use --db DB)");
  Xapian::Database all;
  for (const std::string& spec : specs) all.add_database(open_one(spec, remote_timeout_ms));
  return all;
}

}  // namespace news
