-- wrk script: GET a random child's summary page as a signed-in worker.
-- The session cookie comes from the environment (child-summary.sh signs in first).
local cookie = os.getenv("KINDRED_COOKIE")
local maxId = tonumber(os.getenv("KINDRED_MAX_ID") or "100000")
math.randomseed(42)
request = function()
  local id = math.random(1, maxId)
  return wrk.format("GET", "/children/" .. id, { ["Cookie"] = cookie })
end
