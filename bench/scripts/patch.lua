dofile(os.getenv("BENCH_SCRIPTS") .. "/common.lua")
request = function()
  return wrk.format("PATCH", "/heroes/" .. math.random(1, heroes), json_headers, '{"age":' .. math.random(1, 100) .. '}')
end
