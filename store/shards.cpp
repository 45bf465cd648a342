#include "store/shards.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace news {
namespace fs = std::filesystem;

unsigned shard_of(const std::string& id, unsigned shard_count) {
  uint32_t hash = 2166136261u;  // FNV-1a: stable across runs and machines, unlike std::hash
  for (unsigned char c : id) {
    hash ^= c;
    hash *= 16777619u;
  }
  return shard_count ? hash % shard_count : 0;
}

std::string stub_file(const std::string& spec) {
  std::error_code error;
  if (fs::is_regular_file(spec, error)) return spec;
  fs::path inside = fs::path(spec) / kStubName;
  return fs::is_regular_file(inside, error) ? inside.string() : std::string();
}

std::optional<std::vector<std::string>> local_stub_databases(const std::string& stub) {
  std::vector<std::string> databases;
  std::ifstream in(stub);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string kind, name, extra;
    if (!(words >> kind) || kind[0] == '#') continue;
    if ((kind != "auto" && kind != "glass") || !(words >> name) || (words >> extra)) return std::nullopt;
    databases.push_back((fs::path(stub).parent_path() / name).lexically_normal().string());
  }
  if (!in.eof()) return std::nullopt;
  return databases;
}

}  // namespace news
