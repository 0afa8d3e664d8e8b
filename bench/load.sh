#!/usr/bin/env bash
# Load benchmark: starts the app (Release, Production settings, fresh database from seeds/) on 127.0.0.1, drives it with
# wrk at 16 and 64 connections, and prints requests/s, p50/p99 latency and errors per endpoint, with /healthz as the
# ceiling measured in the same run. Figures and their reading: docs/performance.md.
#   bench/load.sh                      # the real archive
#   DURATION=20s bench/load.sh         # longer runs (default 10s per row)
#   DB=path/to/big.db bench/load.sh    # an existing SQLite database (e.g. the synthetic archive of bench/Archive.Bench)
#   DATA=path/to/data COLLECTION=synthetic bench/load.sh
#                                      # an existing data folder, database and search index (scale --keep prints it):
#                                      # no rebuild; COLLECTION names the collection the reader rows read (wpi-congress-12)
#   ROWS="healthz reader clause api/search search-nocache" bench/load.sh
#                                      # only these rows (default all; at 1,000,000 clauses the first visit of / starts
#                                      # the open-data export beside the rows that follow, see docs/performance.md)
#   PROVIDER=Postgres CONNECTION="Host=127.0.0.1;Port=5432;Database=archive_bench;Username=archive" bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
duration=${DURATION:-10s}
port=${PORT:-5199}

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq wrk >/dev/null; fi
fi

work=$(mktemp -d)
app_pid=""
cleanup() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

echo "publishing (Release)..."
dotnet publish src/Archive.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null

data=${DATA:-$work/data}
db=${DB:-$data/archive.db}
collection=${COLLECTION:-wpi-congress-12}
rows=${ROWS:-healthz reader clause home api/search search-nocache}
wanted() { [[ " $rows " == *" $1 "* ]]; }
mkdir -p "$(dirname "$db")" "$data"
provider=${PROVIDER:-Sqlite}
connection=${CONNECTION:-Data Source=$db}
echo "database: $provider"
echo "starting the app on 127.0.0.1:$port (Production; search rate limit OFF for this benchmark: Archive__Web__SearchPermitsPerMinute=0)"
ASPNETCORE_ENVIRONMENT=Production \
Archive__RootDirectory="$root" \
Archive__DataDirectory="$data" \
Database__Provider="$provider" \
ConnectionStrings__Archive="$connection" \
Archive__Web__SearchPermitsPerMinute=0 \
Logging__LogLevel__Default=Warning \
  dotnet "$work/app/Archive.Web.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app_pid=$!

# shellcheck source=bench/app-ready.sh
source bench/app-ready.sh

cat >"$work/search.lua" <<'LUA'
-- Rotates through Persian and English queries (URL-encoded), one per request.
local queries = {
  "%D8%A7%D8%B9%D8%AF%D8%A7%D9%85",
  "%D9%83%D8%A7%D8%B1%D8%AA%D9%88%D9%86%20%D8%AE%D9%88%D8%A7%D8%A8%E2%80%8C%D9%87%D8%A7",
  "31%20%D9%87%D8%B2%D8%A7%D8%B1%20%D8%AF%D8%AE%D8%AA%D8%B1",
  "%D8%AE%D8%B5%D9%88%D8%B5%DB%8C%E2%80%8C%D8%B3%D8%A7%D8%B2%DB%8C",
  "%D8%A7%D8%B9%D8%AA%D8%B5%D8%A7%D8%A8*",
  "%22%D9%85%D8%A7%D8%AF%D8%B1%D8%A7%D9%86%20%D8%AE%D8%A7%D9%88%D8%B1%D8%A7%D9%86%22",
  "execution", "Haft%20Tappeh", "refugees%20asylum", "women%20hijab", "Hinrichtung", "child*",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(i % #queries) + 1])
end
LUA
# The same queries, each made unique with an excluded nonsense word, so every request misses the output cache and runs
# the search itself (parse, Lucene query, snippets).
sed -e 's|queries\[(i % #queries) + 1\])|queries[(i % #queries) + 1] .. "%20-zq" .. i .. "x" .. math.random(1, 1000000000))|' "$work/search.lua" >"$work/search-uncached.lua"

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else if (v ~ /s$/) printf "%.2f", v*1000; else printf "%s", v }'; }

run() { # name path connections [lua]
  local name=$1 path=$2 conns=$3 script=${4:-}
  local out rps p50 p99 non2xx sockerr
  if [ -n "$script" ]; then
    out=$(wrk -t2 -c"$conns" -d"$duration" --latency -s "$script" "http://127.0.0.1:$port$path" 2>&1)
  else
    out=$(wrk -t2 -c"$conns" -d"$duration" --latency "http://127.0.0.1:$port$path" 2>&1)
  fi
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' <<<"$out"); sockerr=${sockerr:-0}
  printf "%-15s %5s %12s %9s %9s %7s\n" "$name" "$conns" "$rps" "$p50" "$p99" "$((non2xx + sockerr))"
}

# Warm-up (JIT, caches, connection pools): each endpoint for a few seconds, not reported.
for path in /healthz "/$collection/1?tr=en" "/$collection/6/p2"; do wrk -t2 -c16 -d3s "http://127.0.0.1:$port$path" >/dev/null 2>&1; done
if wanted home; then wrk -t2 -c16 -d3s "http://127.0.0.1:$port/" >/dev/null 2>&1; fi
wrk -t2 -c16 -d3s -s "$work/search-uncached.lua" "http://127.0.0.1:$port/api/search" >/dev/null 2>&1

echo
echo "duration per row: $duration; machine: $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
printf "%-15s %5s %12s %9s %9s %7s\n" "endpoint" "conns" "requests/s" "p50 ms" "p99 ms" "errors"
for conns in 16 64; do
  if wanted healthz; then run "healthz" "/healthz" "$conns"; fi
  if wanted reader; then run "reader" "/$collection/1?tr=en" "$conns"; fi
  if wanted clause; then run "clause" "/$collection/6/p2" "$conns"; fi
  if wanted home; then run "home" "/" "$conns"; fi
  if wanted api/search; then run "api/search" "/api/search" "$conns" "$work/search.lua"; fi
  if wanted search-nocache; then run "search-nocache" "/api/search" "$conns" "$work/search-uncached.lua"; fi
done
