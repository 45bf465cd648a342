#include "searcher/databases.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/shards.h"

namespace news {
namespace {

const std::string kTcp = "tcp://";

// A port is 1 to 65535, written in digits only; 0 when `text` is not one.
unsigned parse_port(const std::string& text) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  unsigned port = static_cast<unsigned>(std::stoul(text));
  return port <= 65535 ? port : 0;
}

Xapian::Database open_remote(const std::string& spec, const RemoteTimeouts& timeouts) {
  std::string address = spec.substr(kTcp.size());
  size_t colon = address.rfind(':');
  if (colon == std::string::npos || colon == 0) throw DatabaseError(spec + ": expected tcp://HOST:PORT");
  unsigned port = parse_port(address.substr(colon + 1));
  if (!port) throw DatabaseError(spec + ": bad port number (1 to 65535)");
  return Xapian::Remote::open(address.substr(0, colon), port, timeouts.reply_ms, timeouts.connect_ms);
}

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string describe_remote_failure(const Xapian::NetworkError& e) {
  const char* reason = e.get_error_string();
  std::string what = e.get_msg() + (reason ? std::string(": ") + reason : "");
  return e.get_context().empty() ? "(" + what + ")" : e.get_context() + " (" + what + ")";
}

DatabaseSet::DatabaseSet(std::vector<std::string> specs, RemoteTimeouts timeouts)
    : specs_(std::move(specs)), timeouts_(timeouts) {
  if (specs_.empty()) throw DatabaseError("no database given (use --db DB)");
  open();
}

void DatabaseSet::open() {
  all_ = Xapian::Database();
  local_.clear();
  stubs_.clear();
  opaque_ = false;
  members_.clear();
  for (const std::string& spec : specs_) open_spec(spec);
  read_length_norm();
}

void DatabaseSet::add(const Xapian::Database& db) {
  all_.add_database(db);
  members_.push_back(db);
}

// The databases are searched with one weighting scheme. Each article's length factor is in its
// wdfs, so databases of other pivots weigh alike, but not with databases written without one
// (they need Xapian to normalize): then none is assumed. A database without articles has no say.
void DatabaseSet::read_length_norm() {
  length_norm_.reset();
  bool without = false;
  for (const Xapian::Database& db : members_) {
    std::optional<LengthNorm> norm = LengthNorm::decode(db.get_metadata(kLengthNormKey));
    if (!norm) {
      without = without || db.get_doccount() > 0;
    } else if (length_norm_ && norm->scale != length_norm_->scale) {
      without = true;
    } else {
      length_norm_ = norm;
    }
  }
  if (without) length_norm_.reset();
}

void DatabaseSet::open_spec(const std::string& spec) {
  try {
    if (spec.rfind(kTcp, 0) == 0) {
      add(open_remote(spec, timeouts_));
      opaque_ = true;
      return;
    }
    if (!std::filesystem::exists(spec)) throw DatabaseError(spec + ": no database there (create it with newsindex --db " + spec + ")");
    std::string stub = stub_file(spec);
    std::optional<std::vector<std::string>> parts;
    if (!stub.empty()) {
      stubs_.emplace_back(stub, file_text(stub));
      parts = local_stub_databases(stub);
    } else {
      parts = std::vector<std::string>{spec};
    }
    if (!parts) {  // remote or other databases named in a stub: Xapian opens them
      add(Xapian::Database(spec));
      opaque_ = true;
      return;
    }
    for (const std::string& part : *parts) {
      local_.emplace_back(part);
      add(local_.back());
    }
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseError(spec + ": not a search database (" + e.get_msg() + ")");
  } catch (const Xapian::NetworkError& e) {
    throw DatabaseError(spec + ": cannot reach the remote database " + describe_remote_failure(e));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(spec + ": " + e.get_description());
  }
}

bool DatabaseSet::reopen() {
  for (const auto& [stub, text] : stubs_) {
    if (file_text(stub) != text) {
      open();
      return true;
    }
  }
  if (!all_.reopen()) return false;
  read_length_norm();  // a database's first commit records it
  return true;
}

std::string DatabaseSet::state_key() const {
  if (opaque_) return {};
  std::string key;
  try {
    for (const Xapian::Database& db : local_) key += db.get_uuid() + "@" + std::to_string(db.get_revision()) + ";";
  } catch (const Xapian::Error&) {
    return {};  // a stub inside a stub: several databases behind one name, no single revision
  }
  return key;
}

}  // namespace news
