-- The bench mix for wrk (--generator wrk of scripts/load-test.sh and cpu-per-decision.sh): the same requests as
-- LoadGenerator's saturation mode, each with a requestId of its own and one of 10,000 customers, and the same summary
-- line at the end (its KB an answer count the headers too). A C generator on epoll takes less of the two cores than
-- the Java one's thread a connection, so it also checks how much of a figure is the generator's. Environment: TRAIL
-- on|off|mixed, LABEL, CONNECTIONS, THREADS (wrk's -t), BENCH_DIR, OFFERS_APP_KEY.

local trail = os.getenv("TRAIL") or "on"
local label = os.getenv("LABEL") or "saturation"
local connections = tonumber(os.getenv("CONNECTIONS") or "0")
local run = string.format("%x", os.time())
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
  ["X-API-Key"] = os.getenv("OFFERS_APP_KEY") or "",
}

-- A body cut where the requestId (if it has one) and the customer id vary:
-- pre .. requestId .. mid .. customer .. post.
local function cut(text)
  local c1, c2 = text:find('"id": "C-', 1, true)
  local r1, r2 = text:find('"requestId": "bench-', 1, true)
  if not c1 or (r1 and r1 > c1) then
    error('a bench request needs a customer "id": "C-..." after its requestId, if any')
  end
  return {
    pre = r1 and text:sub(1, r2 - #"bench-") or "",
    id = r1 ~= nil,
    mid = text:sub(r1 and r2 + 1 or 1, c1 + 6),
    post = text:sub(c2 + 1),
  }
end

local function template(text)
  return { stored = cut(text), dry = cut((text:gsub("{", '{"dryRun": true, ', 1))) }
end

local bodies = {}
local listing = io.popen('ls "' .. (os.getenv("BENCH_DIR") or "src/main/resources/bench") .. '"/*.json')
for file in listing:lines() do
  local handle = assert(io.open(file))
  table.insert(bodies, template(handle:read("*a")))
  handle:close()
end
listing:close()
if #bodies == 0 then
  error("no *.json request in BENCH_DIR")
end

local thread_count = tonumber(os.getenv("THREADS") or "1")
local threads_set_up = 0

function setup(thread)
  thread:set("thread_index", threads_set_up)
  threads_set_up = threads_set_up + 1
end

local sent = 0

-- Request numbers interleave across threads, so that no two threads post the same customer at once.
function request()
  local i = sent * thread_count + (thread_index or 0)
  sent = sent + 1
  local dry = trail == "off" or (trail == "mixed" and math.floor(i / #bodies) % 2 == 0)
  local body = dry and bodies[i % #bodies + 1].dry or bodies[i % #bodies + 1].stored
  local request_id = body.id and ("load-" .. run .. "-" .. i .. "-") or ""
  return wrk.format("POST", "/v1/decisions", headers,
    body.pre .. request_id .. body.mid .. "C" .. (i % 10000) .. "-" .. body.post)
end

local function ms(micros)
  local millis = micros / 1000
  return millis < 10 and string.format("%.2fms", millis) or string.format("%.0fms", millis)
end

function done(summary, latency, requests)
  local n = summary.requests
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("%s: %.0f req/s p50=%s p99=%s p99.9=%s max=%s (n=%d, errors=%d%s, %.1f KB/answer, "
    .. "%d connections, %.0f s, generator %.0f us CPU a request, wrk)\n",
    label, n / seconds, ms(latency:percentile(50)), ms(latency:percentile(99)), ms(latency:percentile(99.9)),
    ms(latency.max), n, errors, e.status > 0 and (" first: " .. e.status .. " answers not 2xx") or "",
    n == 0 and 0 or summary.bytes / 1024 / n, connections, seconds, n == 0 and 0 or os.clock() * 1e6 / n))
end
