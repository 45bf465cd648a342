#include "store/shards.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace news {
namespace fs = std::filesystem;
namespace {

constexpr char kStubName[] = "XAPIANDB";

std::string shard_name(unsigned i) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "shard-%03u", i);
  return buffer;
}

std::vector<std::string> read_stub(const fs::path& stub) {
  std::vector<std::string> shards;
  std::ifstream in(stub);
  std::string kind, name;
  while (in >> kind >> name) shards.push_back((stub.parent_path() / name).string());
  return shards;
}

}  // namespace

unsigned shard_of(const std::string& id, unsigned shard_count) {
  uint32_t hash = 2166136261u;  // FNV-1a: stable across runs and machines, unlike std::hash
  for (unsigned char c : id) {
    hash ^= c;
    hash *= 16777619u;
  }
  return shard_count ? hash % shard_count : 0;
}

std::vector<std::string> shard_paths_for_writing(const std::string& path, unsigned shards) {
  fs::path stub = fs::path(path) / kStubName;
  if (fs::exists(stub)) {
    std::vector<std::string> existing = read_stub(stub);
    if (shards > 1 && existing.size() != shards)
      throw std::runtime_error(path + ": database has " + std::to_string(existing.size()) +
                               " shards, not the " + std::to_string(shards) + " asked for");
    return existing;
  }
  if (shards <= 1) return {path};
  if (fs::exists(fs::path(path) / "iamglass"))
    throw std::runtime_error(path + ": is a single database; it cannot be re-opened as " + std::to_string(shards) + " shards");
  fs::create_directories(path);
  std::vector<std::string> paths;
  std::string stub_text;
  for (unsigned i = 0; i < shards; ++i) {
    paths.push_back((fs::path(path) / shard_name(i)).string());
    stub_text += "auto " + shard_name(i) + "\n";
  }
  // Written through a temporary file and a rename, so that no reader sees half a stub.
  fs::path tmp = fs::path(path) / (std::string(kStubName) + ".tmp");
  { std::ofstream(tmp) << stub_text; }
  fs::rename(tmp, stub);
  return paths;
}

}  // namespace news
