#include "store/shards.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
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

}  // namespace

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

std::vector<std::string> shard_paths_for_writing(const std::string& path, unsigned shards) {
  fs::path stub = fs::path(path) / kStubName;
  if (fs::exists(stub)) {
    std::optional<std::vector<std::string>> listed = local_stub_databases(stub.string());
    if (!listed) throw std::runtime_error(stub.string() + ": names databases newsindex cannot write (remote ones?)");
    std::vector<std::string> existing = *listed;
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
