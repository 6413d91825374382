dofile(os.getenv("BENCH_SCRIPTS") .. "/common.lua")
request = function() return wrk.format("GET", "/heroes/?offset=0&limit=100") end
