-- wrk script for the server load benchmark: every request is GET <path><URL-encoded query>, the
-- queries taken in turn from the file named by BENCH_QUERIES (qid<TAB>query or one query per
-- line); each thread starts at a different place in the list. BENCH_PATH is the request path up
-- to the query (default /api/search?q=). At the end prints "measure<TAB>value" lines.
local queries = {}
local next_query = 1

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local thread_count = 0
function setup(thread)
  thread:set("thread_number", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  local path = os.getenv("BENCH_QUERIES")
  local prefix = os.getenv("BENCH_PATH") or "/api/search?q="
  if not path then error("BENCH_QUERIES is not set") end
  for line in io.lines(path) do
    line = line:gsub("\r$", "")
    local query = line:match("^[^\t]*\t(.*)$") or line
    if query ~= "" then queries[#queries + 1] = prefix .. urlencode(query) end
  end
  if #queries == 0 then error(path .. ": no queries") end
  next_query = ((thread_number or 0) * 7919) % #queries + 1
end

function request()
  local path = queries[next_query]
  next_query = next_query % #queries + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("requests\t%d\n", summary.requests))
  io.write(string.format("seconds\t%.3f\n", seconds))
  io.write(string.format("requests_per_s\t%.1f\n", summary.requests / seconds))
  io.write(string.format("latency_p50_ms\t%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency_p99_ms\t%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("latency_max_ms\t%.2f\n", latency.max / 1000))
  io.write(string.format("errors_status\t%d\n", e.status))
  io.write(string.format("errors_socket\t%d\n", e.connect + e.read + e.write + e.timeout))
end
