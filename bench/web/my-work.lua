-- wrk script: GET "My work" (/) as a signed-in team manager, and print p95 (wrk --latency shows 50/75/90/99).
-- The session cookie comes from the environment (my-work.sh signs in first).
local cookie = os.getenv("KINDRED_COOKIE")
request = function()
  return wrk.format("GET", "/", { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d requests, %d errors (non-2xx %d)\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
