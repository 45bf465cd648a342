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

// Throws DatabaseError with a one-line message naming the database that failed.
Xapian::Database open_databases(const std::vector<std::string>& specs, unsigned remote_timeout_ms = 10000);

}  // namespace news
