dofile(os.getenv("BENCH_SCRIPTS") .. "/common.lua")
request = function()
  return wrk.format("GET", "/heroes/?offset=" .. math.random(0, math.max(0, heroes - 100)) .. "&limit=100")
end
