#include "store/database_layout.h"

#include <xapian.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <stdexcept>

#include "store/shards.h"

namespace news {
namespace fs = std::filesystem;
namespace {

const char* const kOurPrefixes[] = {"shard-", "part-", "index-"};

std::string numbered(const char* prefix, unsigned i) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s%03u", prefix, i);
  return buffer;
}

// Replaces the stub through a temporary file and a rename: no reader sees half a stub.
void write_stub(const fs::path& folder, const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += "auto " + name + "\n";
  fs::path tmp = folder / (std::string(kStubName) + ".tmp");
  {
    std::ofstream out(tmp);
    out << text;
    out.flush();
    if (!out) throw std::runtime_error(tmp.string() + ": cannot be written");
  }
  fs::rename(tmp, folder / kStubName);
}

WriteLayout create(const fs::path& folder, const char* prefix, unsigned count, bool parts) {
  fs::create_directories(folder);
  WriteLayout layout;
  std::vector<std::string> names;
  for (unsigned i = 0; i < count; ++i) {
    names.push_back(numbered(prefix, i));
    layout.databases.push_back((folder / names.back()).string());
  }
  write_stub(folder, names);
  layout.parts = parts;
  return layout;
}

bool is_ours(const std::string& name) {
  for (const char* prefix : kOurPrefixes)
    if (name.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

WriteLayout layout_for_writing(const std::string& path, unsigned shards, unsigned parts) {
  fs::path folder(path), stub = folder / kStubName;
  if (fs::exists(stub)) {
    std::optional<std::vector<std::string>> listed = local_stub_databases(stub.string());
    if (!listed) throw std::runtime_error(stub.string() + ": names databases newsindex cannot write (remote ones?)");
    if (shards > 1 && listed->size() != shards)
      throw std::runtime_error(path + ": database has " + std::to_string(listed->size()) + " shards, not the " +
                               std::to_string(shards) + " asked for");
    WriteLayout layout{*listed, false};
    layout.parts = !listed->empty() && fs::path(listed->front()).filename().string().rfind("part-", 0) == 0;
    return layout;
  }
  bool exists = fs::exists(folder / "iamglass");
  if (exists && shards > 1)
    throw std::runtime_error(path + ": is a single database; it cannot be re-opened as " + std::to_string(shards) + " shards");
  if (exists || shards == 1) return WriteLayout{{path}, false};
  if (shards > 1) return create(folder, "shard-", shards, false);
  return create(folder, "part-", std::max(parts, 1u), true);
}

std::string merge_parts(const std::string& path) {
  fs::path folder(path);
  std::optional<std::vector<std::string>> listed = local_stub_databases((folder / kStubName).string());
  if (!listed || listed->empty()) throw std::runtime_error(path + ": no parts to merge");
  unsigned n = 0;
  while (fs::exists(folder / numbered("index-", n))) ++n;
  std::string name = numbered("index-", n);
  Xapian::Database all;
  for (const std::string& part : *listed) all.add_database(Xapian::Database(part));
  all.compact((folder / name).string(), Xapian::Compactor::FULL | Xapian::DBCOMPACT_MULTIPASS);
  write_stub(folder, {name});
  for (const std::string& part : *listed) fs::remove_all(part);
  return (folder / name).string();
}

void remove_unlisted_databases(const std::string& path) {
  fs::path folder(path);
  std::optional<std::vector<std::string>> listed = local_stub_databases((folder / kStubName).string());
  if (!listed) return;
  std::set<std::string> kept;
  for (const std::string& db : *listed) kept.insert(fs::path(db).filename().string());
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && is_ours(name) && !kept.count(name)) fs::remove_all(entry.path());
  }
}

}  // namespace news
