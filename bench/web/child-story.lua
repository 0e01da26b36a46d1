-- wrk script: GET the child's page of a child on a plan and in care (ids from child-story.sh), signed in.
local cookie = os.getenv("KINDRED_COOKIE")
local ids = {}
for id in string.gmatch(os.getenv("KINDRED_IDS") or "", "%d+") do ids[#ids + 1] = id end
math.randomseed(13)
request = function()
  return wrk.format("GET", "/children/" .. ids[math.random(1, #ids)], { ["Cookie"] = cookie })
end
