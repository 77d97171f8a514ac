-- wrk script for "overview, first view after an edit": every connection repeats
--   POST an edit of its plan (review rhythm, in place: the plan's Version moves on, the plan does not grow)
--   GET  the plan's overview (the first view of the new Version by this person)
-- Run with as many threads as connections (wrk -tN -cN): a thread then has exactly one connection,
-- so its requests and responses strictly alternate and each GET is timed on its own here (LuaJIT
-- FFI clock), apart from the POST. wrk's own latency figures mix both requests.
--
-- Usage: wrk -t32 -c32 ... -s bench/lua/edit_then_view.lua http://127.0.0.1:PORT -- SPEC.lua
-- SPEC.lua returns { editors = { {cookie=, token=, plan=}, ... } }; thread i edits editor ((i-1) % #editors)+1.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")
local function now_us()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
   return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_index", counter)
   table.insert(threads, thread)
end

local post_requests, get_request
local next_is_post = true
local last_was_post = true
local started = 0
get_us = {}
post_us = {}
unexpected = 0
posts_ok = 0
gets_ok = 0

function init(args)
   local spec = dofile(args[1])
   local editor = spec.editors[((thread_index or 1) - 1) % #spec.editors + 1]
   local headers = { ["Cookie"] = editor.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }
   local path = "/plans/" .. editor.plan .. "/calendar?handler=Cadence"
   -- Alternate between two values so each edit is a real change.
   post_requests = {
      wrk.format("POST", path, headers, "__RequestVerificationToken=" .. editor.token .. "&Cadence=Monthly"),
      wrk.format("POST", path, headers, "__RequestVerificationToken=" .. editor.token .. "&Cadence=Quarterly"),
   }
   get_request = wrk.format("GET", "/plans/" .. editor.plan, { ["Cookie"] = editor.cookie, ["Accept-Encoding"] = "gzip, deflate, br" })
end

local flip = 1

function request()
   last_was_post = next_is_post
   next_is_post = not next_is_post
   started = now_us()
   if last_was_post then
      flip = 3 - flip
      return post_requests[flip]
   end
   return get_request
end

function response(status, headers, body)
   local elapsed = now_us() - started
   if last_was_post then
      post_us[#post_us + 1] = elapsed
      if status == 302 then posts_ok = posts_ok + 1 else unexpected = unexpected + 1 end
   else
      get_us[#get_us + 1] = elapsed
      if status == 200 then gets_ok = gets_ok + 1 else unexpected = unexpected + 1 end
   end
end

local function percentile(sorted, p)
   if #sorted == 0 then return 0 end
   local rank = math.ceil(p / 100 * #sorted)
   if rank < 1 then rank = 1 end
   return sorted[rank]
end

function done(summary, latency, requests)
   local gets, posts = {}, {}
   local bad, ok_posts, ok_gets = 0, 0, 0
   for _, thread in ipairs(threads) do
      for _, v in ipairs(thread:get("get_us") or {}) do gets[#gets + 1] = v end
      for _, v in ipairs(thread:get("post_us") or {}) do posts[#posts + 1] = v end
      bad = bad + (thread:get("unexpected") or 0)
      ok_posts = ok_posts + (thread:get("posts_ok") or 0)
      ok_gets = ok_gets + (thread:get("gets_ok") or 0)
   end
   table.sort(gets)
   table.sort(posts)
   io.write(string.format("BENCH requests %d\n", summary.requests))
   io.write(string.format("BENCH duration_us %d\n", summary.duration))
   io.write(string.format("BENCH gets %d\n", #gets))
   io.write(string.format("BENCH posts %d\n", #posts))
   io.write(string.format("BENCH gets_ok %d\n", ok_gets))
   io.write(string.format("BENCH posts_ok %d\n", ok_posts))
   io.write(string.format("BENCH unexpected %d\n", bad))
   io.write(string.format("BENCH get_p50_us %d\n", percentile(gets, 50)))
   io.write(string.format("BENCH get_p99_us %d\n", percentile(gets, 99)))
   io.write(string.format("BENCH post_p50_us %d\n", percentile(posts, 50)))
   io.write(string.format("BENCH post_p99_us %d\n", percentile(posts, 99)))
   io.write(string.format("BENCH p50_us %d\n", latency:percentile(50)))
   io.write(string.format("BENCH p99_us %d\n", latency:percentile(99)))
end
