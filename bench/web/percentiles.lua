-- wrk script: after the run, print the latency percentiles the budgets are written in (p95 among them).
-- With KINDRED_PATH set it GETs that path with the session cookie KINDRED_COOKIE or the header KINDRED_AUTH
-- (a bearer token); without, wrk's own URL and -H headers.
local path = os.getenv("KINDRED_PATH")
if path then
  local headers = {}
  if os.getenv("KINDRED_COOKIE") then headers["Cookie"] = os.getenv("KINDRED_COOKIE") end
  if os.getenv("KINDRED_AUTH") then headers["Authorization"] = os.getenv("KINDRED_AUTH") end
  request = function()
    return wrk.format("GET", path, headers)
  end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx/3xx %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
