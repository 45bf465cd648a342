// A database of several Xapian databases is a folder with a stub file (XAPIANDB) naming them, so
// that Xapian::Database opens the folder as one database (database_layout.h says which ones).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace news {

// The stub file inside a folder of databases.
inline constexpr char kStubName[] = "XAPIANDB";

// The shard an article id belongs to: stable, so re-indexing finds the same shard.
unsigned shard_of(const std::string& id, unsigned shard_count);

// The stub file of the database at `spec`: `spec` itself when it is a file, `spec`/XAPIANDB when
// it is a folder holding one, else empty.
std::string stub_file(const std::string& spec);

// The local databases a stub file names ("auto" or "glass" lines, relative to the stub's folder),
// or nothing when it names any other kind (remote ones, say), which only Xapian itself opens.
std::optional<std::vector<std::string>> local_stub_databases(const std::string& stub);

}  // namespace news
