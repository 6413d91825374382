dofile(os.getenv("BENCH_SCRIPTS") .. "/common.lua")
request = function() return wrk.format("GET", "/heroes/" .. math.random(1, heroes)) end
