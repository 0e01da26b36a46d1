-- wrk script: GET the manager's view as the signed-in demo manager; prints p95 as well as wrk's own percentiles.
local cookie = os.getenv("KINDRED_COOKIE")
request = function()
  return wrk.format("GET", "/protection/due", { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.1f ms; requests: %d; errors (status/timeout): %d/%d\n",
    latency:percentile(95) / 1000, summary.requests, summary.errors.status, summary.errors.timeout))
end
