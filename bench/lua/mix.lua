-- wrk script: sends a fixed list of prepared requests round-robin (one list per wrk thread) and
-- counts the HTTP status of every response, so a 302 to the login page or a 200 "conflict" page
-- can be told from the status the measurement expects.
--
-- Usage: wrk ... -s bench/lua/mix.lua http://127.0.0.1:PORT -- SPEC.lua
-- SPEC.lua (written by bench.py) returns { requests = { {method=, path=, headers={}, body=}, ... } }.
-- Each thread starts at a different place in the list, so with one request in the list every
-- request is the same and with several they are spread over the connections.

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_index", counter)
   table.insert(threads, thread)
end

local prepared = {}
local position = 1
statuses = {}

function init(args)
   local spec = dofile(args[1])
   for i, r in ipairs(spec.requests) do
      prepared[i] = wrk.format(r.method, r.path, r.headers, r.body)
   end
   position = ((thread_index or 1) - 1) % #prepared + 1
end

function request()
   local r = prepared[position]
   position = position % #prepared + 1
   return r
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      local counts = thread:get("statuses") or {}
      for status, n in pairs(counts) do
         total[status] = (total[status] or 0) + n
      end
   end
   for status, n in pairs(total) do
      io.write(string.format("BENCH status %d %d\n", status, n))
   end
   io.write(string.format("BENCH requests %d\n", summary.requests))
   io.write(string.format("BENCH duration_us %d\n", summary.duration))
   io.write(string.format("BENCH p50_us %d\n", latency:percentile(50)))
   io.write(string.format("BENCH p99_us %d\n", latency:percentile(99)))
end
