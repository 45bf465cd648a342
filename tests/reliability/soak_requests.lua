-- wrk script for soak.sh: GET /api/search with queries made from the titles of the indexed
-- articles (one word, two words, a phrase), some with a filter, a sort or a later page.
-- wrk runs one copy per thread; each walks the same list from a different place.

local function url_encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function words_of(title)
  local words = {}
  for w in title:gmatch("[^%s%p]+") do words[#words + 1] = w end
  return words
end

local paths = {}
local extras = {"", "&sort=newest", "&page=2", "&lang=en", "&limit=20", "&lang=zh&sort=oldest", "&year=1987"}

function init(args)
  local file = assert(io.open(args[1], "r"))
  local n = 0
  for line in file:lines() do
    local title = line:match('"title":"(.-)","body"')
    local words = title and words_of(title) or {}
    if #words > 0 then
      n = n + 1
      local first, second = words[1], words[math.min(2, #words)]
      local q
      if n % 3 == 0 then q = first
      elseif n % 3 == 1 then q = first .. " " .. second
      else q = '"' .. first .. " " .. second .. '"' end
      if #q <= 200 then paths[#paths + 1] = "/api/search?q=" .. url_encode(q) .. extras[n % #extras + 1] end
    end
  end
  file:close()
  assert(#paths > 0, "no queries made from " .. args[1])
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
