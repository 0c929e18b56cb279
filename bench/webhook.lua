-- wrk script for bench/webhook_bench.py: replays pre-signed citizen messages, one file per wrk thread.
-- Usage: wrk -t N -c M -d Ds -s bench/webhook.lua http://127.0.0.1:PORT -- DIR CYCLE
--   DIR/thread-<k>.txt holds "signature<TAB>urlencoded form" lines in conversation order;
--   CYCLE=1 starts the list again when it runs out (the bare baseline), CYCLE=0 sends a cheap
--   GET /bench-end instead (never a repeated MessageSid), which is not counted as a message.

local threads, next_id = {}, 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local dir, cycle_flag = args[1], args[2]
  cycle = cycle_flag == "1"
  requests_list = {}
  for line in io.lines(dir .. "/thread-" .. id .. ".txt") do
    local signature, body = line:match("^([^\t]*)\t(.*)$")
    requests_list[#requests_list + 1] = wrk.format("POST", "/twilio/whatsapp", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = signature,
    }, body)
  end
  end_request = wrk.format("GET", "/bench-end")
  index, ok, errors, exhausted = 0, 0, 0, 0
end

function request()
  index = index + 1
  if index > #requests_list then
    if not cycle then
      exhausted = 1
      return end_request
    end
    index = 1
  end
  return requests_list[index]
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  elseif status ~= 404 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_errors, total_exhausted = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_errors = total_errors + thread:get("errors")
    total_exhausted = total_exhausted + thread:get("exhausted")
  end
  io.write(string.format(
    "WRK_RESULT ok=%d errors=%d exhausted=%d duration_us=%d socket_errors=%d p50_us=%d p99_us=%d\n",
    total_ok, total_errors, total_exhausted, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
