-- wrk script of the analytics benchmark: every request a GET of a path drawn at random from the
-- file named by PATHS (one path a line, grouped by "# kind" lines: first a kind, then a path of it,
-- so a kind with few paths is asked as often as one with thousands), with the bearer token in TOKEN.
--   PATHS=paths.txt TOKEN=… wrk -t2 -c16 -d30s --latency -s deploy/bench/paths.lua http://localhost:8080
local kinds = {}

local function load()
  local current
  for line in io.lines(os.getenv("PATHS")) do
    if line:sub(1, 2) == "# " then
      current = {}
      kinds[#kinds + 1] = current
    elseif #line > 0 then
      current[#current + 1] = line
    end
  end
end

function init(args)
  load()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  local kind = kinds[math.random(#kinds)]
  return wrk.format("GET", kind[math.random(#kind)])
end
