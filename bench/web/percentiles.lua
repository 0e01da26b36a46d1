-- wrk script: after the run, print the latency percentiles the budgets are written in (p95 among them).
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx/3xx %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
