// A sharded database is a folder holding N Xapian databases and a stub file (XAPIANDB) naming
// them, so that Xapian::Database opens the folder as one database.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace news {

// The shard an article id belongs to: stable, so re-indexing finds the same shard.
unsigned shard_of(const std::string& id, unsigned shard_count);

// The databases to write for `path`: the path itself for a single database, or its shards. A new
// database gets `shards` shards; an existing one keeps the layout it has. Throws
// std::runtime_error when `shards` contradicts an existing layout.
std::vector<std::string> shard_paths_for_writing(const std::string& path, unsigned shards);

// The stub file of the database at `spec`: `spec` itself when it is a file, `spec`/XAPIANDB when
// it is a folder holding one, else empty.
std::string stub_file(const std::string& spec);

// The local databases a stub file names ("auto" or "glass" lines, relative to the stub's folder),
// or nothing when it names any other kind (remote ones, say), which only Xapian itself opens.
std::optional<std::vector<std::string>> local_stub_databases(const std::string& stub);

}  // namespace news
