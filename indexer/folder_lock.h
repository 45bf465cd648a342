// One indexer at a time per database folder, for the whole run: Xapian locks each database it
// writes, but a run also creates, merges and removes databases in the folder.
#pragma once
#include <string>

namespace news {

class FolderLock {
 public:
  // Creates `folder` when missing and locks it. Throws DatabaseOpenError when another process
  // holds the lock.
  explicit FolderLock(const std::string& folder);
  ~FolderLock();
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace news
