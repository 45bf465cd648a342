// Helpers shared by the tests: running the built commands and making scratch folders.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace news::testing {

inline const std::string kBin = NEWS_BIN_DIR;
inline const std::string kSource = NEWS_SOURCE_DIR;
inline const std::string kSeeds = kSource + "/samples/seeds";
// The shared development data, beside the project (tests that need it skip without it).
inline const std::string kCorpus = NEWS_CORPUS_DIR;

struct CommandResult {
  int status = -1;  // exit status
  std::string out;  // standard output (standard error too when asked)
};

// Runs a shell command and captures its output.
inline CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A fresh, empty folder under the build tree, named after the test and this process (ctest runs
// the cases of one executable in parallel processes).
inline std::string scratch_dir(const std::string& name) {
  std::filesystem::path dir =
      std::filesystem::path(NEWS_BUILD_DIR) / "test-scratch" / (name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

inline void write_file(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace news::testing
