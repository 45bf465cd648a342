// How a database folder is laid out for writing. A database is either one Xapian database, or a
// folder with a stub file (XAPIANDB) naming the databases that are searched as one:
//   shard-NNN  shards asked for with --shards N, kept;
//   part-NNN   the parts of a new database written side by side, one a core, merged when the
//              indexer is done (a database in the making: readers already see every committed
//              article, and an interrupted build goes on from them);
//   index-NNN  what parts were merged into: one compact database.
#pragma once
#include <string>
#include <vector>

namespace news {

struct WriteLayout {
  std::vector<std::string> databases;  // one writer each
  bool parts = false;                  // merge them into one database when done (merge_parts)
};

// The databases to write at `path`. A new database gets `shards` shards when that is more than
// one, one database written directly for 1, and `parts` parts for 0 (the default). An existing
// one keeps its layout. Throws std::runtime_error when `shards` contradicts an existing layout.
WriteLayout layout_for_writing(const std::string& path, unsigned shards, unsigned parts);

// Merges the parts named by the stub at `path` into one compacted database, points the stub at it
// (readers that reopen see it; those still on the parts keep reading them until they do), and
// removes the parts. Returns the merged database's path.
std::string merge_parts(const std::string& path);

// Removes what an interrupted merge left: databases of ours in `path` that its stub does not name.
void remove_unlisted_databases(const std::string& path);

}  // namespace news
