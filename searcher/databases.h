// Opens the databases a search spans as one Xapian::Database: local databases and sharded
// folders, stub files (which may name remote databases), and tcp://HOST:PORT for xapian-tcpsrv.
#pragma once
#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace news {

struct DatabaseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// How long a tcp:// database may take. Remote databases named in stub files get Xapian's own
// limit instead (10 s for both), which stub files cannot change.
struct RemoteTimeouts {
  unsigned connect_ms = 3000;  // a shard that does not accept a connection by then is down
  unsigned reply_ms = 10000;   // an answer (opening, a match, a document) must arrive by then
};

// Throws DatabaseError with a one-line message naming the database that failed. The databases
// are searched as one only when every one of them answers: there are no partial results.
Xapian::Database open_databases(const std::vector<std::string>& specs, const RemoteTimeouts& timeouts = {});

// Which remote database failed and why, for one-line messages: "remote:tcp(HOST:PORT) (reason)".
std::string describe_remote_failure(const Xapian::NetworkError& e);

}  // namespace news
