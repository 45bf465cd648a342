// The databases a search spans, opened as one Xapian::Database: local databases and sharded
// folders, stub files (which may name remote databases), and tcp://HOST:PORT for xapian-tcpsrv.
#pragma once
#include <xapian.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "store/length_norm.h"

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

class DatabaseSet {
 public:
  // Throws DatabaseError with a one-line message naming the database that failed. The databases
  // are searched as one only when every one of them answers: there are no partial results.
  explicit DatabaseSet(std::vector<std::string> specs, RemoteTimeouts timeouts = {});

  const Xapian::Database& database() const { return all_; }

  // Sees what was committed since; opens everything anew when a stub file now names other
  // databases (an indexer merged the parts it wrote). Returns whether anything changed.
  bool reopen();

  // Whether a database is remote (or behind a stub that names kinds only Xapian opens): such
  // databases take no match deciders or custom match spies.
  bool has_remote() const { return opaque_; }

  // The length normalization the databases were written with (store/length_norm.h; their pivots
  // may differ, not their scales), or nothing when one holds articles written without one.
  const std::optional<LengthNorm>& length_norm() const { return length_norm_; }

  // Names what the databases hold now: each local database's uuid and revision, the same in every
  // thread and process that sees the same commits. Empty when a database cannot tell (remote
  // ones), so that nothing derived from the contents is shared by that name.
  std::string state_key() const;

 private:
  void open();
  void open_spec(const std::string& spec);
  void add(const Xapian::Database& db);
  void read_length_norm();

  std::vector<std::string> specs_;
  RemoteTimeouts timeouts_;
  Xapian::Database all_;
  std::vector<Xapian::Database> local_;                    // each local database alone, for its revision
  std::vector<std::pair<std::string, std::string>> stubs_;  // stub file, its text when opened
  std::vector<Xapian::Database> members_;                  // each database named or opened, for its metadata
  std::optional<LengthNorm> length_norm_;
  bool opaque_ = false;
};

// Which remote database failed and why, for one-line messages: "remote:tcp(HOST:PORT) (reason)".
std::string describe_remote_failure(const Xapian::NetworkError& e);

}  // namespace news
