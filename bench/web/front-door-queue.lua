-- wrk script: GET the front-door queue (first page) as a signed-in front-door worker, and report p50/p90/p95/p99.
-- The session cookie comes from the environment (front-door-queue.sh signs in first).
local cookie = os.getenv("KINDRED_COOKIE")
request = function()
  return wrk.format("GET", "/front-door", { ["Cookie"] = cookie })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
