-- 80% reads (70% by id, 10% a page), 20% writes (10% creates, 10% patches).
dofile(os.getenv("BENCH_SCRIPTS") .. "/common.lua")
request = function()
  local r = math.random()
  if r < 0.7 then
    return wrk.format("GET", "/heroes/" .. math.random(1, heroes))
  elseif r < 0.8 then
    return wrk.format("GET", "/heroes/?offset=" .. math.random(0, math.max(0, heroes - 100)) .. "&limit=100")
  elseif r < 0.9 then
    return wrk.format("POST", "/heroes/", json_headers, '{"name":"Bench","secret_name":"Runner","age":30}')
  else
    return wrk.format("PATCH", "/heroes/" .. math.random(1, heroes), json_headers, '{"age":' .. math.random(1, 100) .. '}')
  end
end
