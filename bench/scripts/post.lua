dofile(os.getenv("BENCH_SCRIPTS") .. "/common.lua")
request = function()
  return wrk.format("POST", "/heroes/", json_headers, '{"name":"Bench","secret_name":"Runner","age":30}')
end
