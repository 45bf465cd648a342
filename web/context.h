// What every route needs: the options it was started with and this thread's searcher.
#pragma once
#include "web/result_cache.h"
#include "web/search_params.h"
#include "web/server_options.h"
#include "web/thread_searchers.h"

namespace news::web {

struct WebContext {
  ServerOptions options;
  ThreadSearchers* searchers = nullptr;
  ResultCache* cache = nullptr;

  ParamLimits limits() const { return {options.max_query_bytes, options.max_limit, options.page_size}; }
  double time_limit_seconds() const { return static_cast<double>(options.time_limit_ms) / 1000.0; }
};

}  // namespace news::web
