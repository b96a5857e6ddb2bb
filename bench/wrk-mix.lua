-- wrk script: cycles through the /search paths of a query mix written by
--   java -jar warta-app/target/warta.jar bench api --url http://127.0.0.1:PORT --mix-out mix.txt
-- usage: wrk -t2 -c16 -d30s --latency -s bench/wrk-mix.lua http://127.0.0.1:PORT -- mix.txt
-- Each wrk thread walks the whole mix from its start, one path per request.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no path in " .. tostring(args[1]))
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
