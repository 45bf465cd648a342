// One indexing run, as newsindex makes it: the input files read in order, their articles written
// (indexer/index_writer.h), what became of each counted and shown as progress, articles whose
// files are gone deleted when asked, and a database built in parts merged at the end.
#pragma once
#include <csignal>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/input_files.h"

namespace news {

struct IndexRunOptions {
  std::string db, lang, source;  // lang and source: for articles that give none
  InputFormat format = InputFormat::kAuto;
  unsigned shards = 0, parts = 0;  // see WriterOptions
  size_t batch = 1000, max_article_bytes = 8u << 20;
  bool delete_missing = false, quiet = false;
  std::vector<std::string> inputs;
};

// Runs it and returns newsindex's exit status: 0 every article indexed, 1 some rejected, 130
// interrupted (when `interrupted` became non-zero; what was committed is kept). Throws
// DatabaseOpenError and std::runtime_error for errors that stop the run.
int run_index(const IndexRunOptions& options, const Analyzer& analyzer, const volatile std::sig_atomic_t& interrupted);

}  // namespace news
