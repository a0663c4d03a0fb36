-- wrk script: each thread walks its own share of a path list (one path a line), round and round,
-- and done() prints one JSON line (requests, duration, p50/p99 latency, errors) for tilebench.py.
-- Usage: wrk ... -s paths.lua http://host:port -- /path/to/list
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local paths = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  -- Threads start apart so that they do not ask for the same tile at the same moment.
  i = (id - 1) * math.floor(#paths / 8)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "errors": %d, "non2xx": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status, e.status))
end
