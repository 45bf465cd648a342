#include "web/static_files.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace news::web {
namespace fs = std::filesystem;

namespace {

// Whether the text of `relative` is a plain downward path: a/b/c.css.
bool is_plain_relative(const std::string& relative) {
  if (relative.empty() || relative.size() > 255 || relative.front() == '/') return false;
  if (relative.find_first_of("\\%:\0", 0, 4) != std::string::npos) return false;
  for (unsigned char c : relative)
    if (c < 0x20 || c == 0x7f) return false;
  size_t at = 0;
  while (at <= relative.size()) {
    size_t end = relative.find('/', at);
    if (end == std::string::npos) end = relative.size();
    std::string segment = relative.substr(at, end - at);
    if (segment.empty() || segment == "." || segment == ".." || segment.front() == '.') return false;  // no dot files
    at = end + 1;
  }
  return true;
}

}  // namespace

std::string content_type_for(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".gif") return "image/gif";
  if (ext == ".webp") return "image/webp";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".json") return "application/json; charset=utf-8";
  if (ext == ".html" || ext == ".htm") return "text/html; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const std::string& folder) {
  std::error_code ec;
  fs::path canonical = fs::canonical(folder, ec);
  if (ec || !fs::is_directory(canonical)) throw std::runtime_error(folder + ": asset folder not found");
  folder_ = canonical.string();
}

std::optional<std::string> StaticFiles::resolve(const std::string& relative) const {
  if (!is_plain_relative(relative)) return std::nullopt;
  std::error_code ec;
  fs::path file = fs::canonical(fs::path(folder_) / relative, ec);
  if (ec) return std::nullopt;
  std::string path = file.string();
  if (path.size() <= folder_.size() + 1 || path.compare(0, folder_.size(), folder_) != 0 || path[folder_.size()] != '/')
    return std::nullopt;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  return path;
}

void StaticFiles::handle(const httplib::Request& request, httplib::Response& response) const {
  std::string relative = request.matches.size() > 1 ? request.matches[1].str() : std::string();
  // The raw target must not smuggle a dot segment past the decoded check either.
  std::string target = request.target;
  for (char& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool suspicious = target.find("..") != std::string::npos || target.find("%2e") != std::string::npos ||
                    target.find("%2f") != std::string::npos || target.find("%5c") != std::string::npos;
  std::optional<std::string> file = suspicious ? std::nullopt : resolve(relative);
  if (!file) {
    response.status = 404;
    return;
  }
  std::ifstream in(*file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) {
    response.status = 404;
    return;
  }
  response.set_header("Cache-Control", "public, max-age=300");
  response.set_content(content.str(), content_type_for(*file).c_str());
}

}  // namespace news::web
