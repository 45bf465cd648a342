// A sharded database is a folder holding N Xapian databases and a stub file (XAPIANDB) naming
// them, so that Xapian::Database opens the folder as one database.
#pragma once
#include <string>
#include <vector>

namespace news {

// The shard an article id belongs to: stable, so re-indexing finds the same shard.
unsigned shard_of(const std::string& id, unsigned shard_count);

// The databases to write for `path`: the path itself for a single database, or its shards. A new
// database gets `shards` shards; an existing one keeps the layout it has. Throws
// std::runtime_error when `shards` contradicts an existing layout.
std::vector<std::string> shard_paths_for_writing(const std::string& path, unsigned shards);

}  // namespace news
