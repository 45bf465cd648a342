// The seed articles indexed by newsindex twice: as one database and as two shards, for tests that
// compare the two or search the shards one by one.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "tests/test_support.h"

namespace news::testing {

struct SeedDatabases {
  std::string dir;     // the scratch folder holding both
  std::string one;     // a single database
  std::string shards;  // a folder of shard-000 and shard-001 behind a stub
};

// Writes both under a fresh scratch folder named `name`; fails the calling test when newsindex does.
inline SeedDatabases index_seed_databases(const std::string& name) {
  std::string dir = scratch_dir(name);
  SeedDatabases dbs{dir, dir + "/one", dir + "/shards"};
  for (const auto& [db, shards] : {std::pair{dbs.one, "1"}, std::pair{dbs.shards, "2"}}) {
    CommandResult r = run(kBin + "/newsindex --quiet --shards " + shards + " --db " + quote(db) + " " + quote(kSeeds) + " 2>&1");
    EXPECT_EQ(r.status, 0) << r.out;
  }
  return dbs;
}

}  // namespace news::testing
