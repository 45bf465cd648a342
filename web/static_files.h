// GET /assets/PATH : files from the asset folder and nowhere else. The path is checked twice:
// by its text (no "..", ".", empty or absolute segments, no backslashes, no percent sign left
// after decoding) and by where it really leads (the canonical path must stay inside the folder,
// so a symbolic link cannot lead out either). Anything else is a 404.
#pragma once
#include <httplib.h>

#include <optional>
#include <string>

namespace news::web {

class StaticFiles {
 public:
  // `folder` must exist; throws std::runtime_error naming it otherwise.
  explicit StaticFiles(const std::string& folder);

  // The file that `relative` (the decoded path after /assets/) names, or nothing.
  std::optional<std::string> resolve(const std::string& relative) const;

  void handle(const httplib::Request& request, httplib::Response& response) const;

  const std::string& folder() const { return folder_; }

 private:
  std::string folder_;  // canonical, without a trailing slash
};

// The Content-Type for a file name by its extension.
std::string content_type_for(const std::string& name);

}  // namespace news::web
