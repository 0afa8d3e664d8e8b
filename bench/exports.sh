#!/usr/bin/env bash
# Open-data downloads benchmark: starts the app (Release, Production settings) on an existing data folder (the kept
# archive of `dotnet run -c Release --project bench/Archive.Bench -- scale --clauses N --import-only --keep`), visits /
# (which starts making the downloads), downloads /export/archive.json, archive.csv and akn.zip one after the other, and
# prints each file's size and time and the app's peak resident set (VmHWM of /proc/<pid>/status) after each step.
# Figures and their reading: docs/performance.md ("The open-data downloads at 1,000,000 clauses").
#   DATA=<kept>/data bench/exports.sh
#   APP=path/to/published/app DATA=… bench/exports.sh    # an app published before (e.g. an older build, to compare)
#   KEEP=folder DATA=… bench/exports.sh                    # keep the downloaded files there (to compare two builds')
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATA:?DATA=the data folder of a kept archive (scale --keep prints it)}"
port=${PORT:-5198}
work=$(mktemp -d)
app_pid=""
cleanup() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

app=${APP:-}
if [ -z "$app" ]; then
  echo "publishing (Release)..."
  dotnet publish src/Archive.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
  app=$work/app
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), data $DATA"
ASPNETCORE_ENVIRONMENT=Production \
Archive__RootDirectory="$(dirname "$DATA")" \
Archive__DataDirectory="$DATA" \
ConnectionStrings__Archive="Data Source=$DATA/archive.db" \
Logging__LogLevel__Default=Warning \
  dotnet "$app/Archive.Web.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app_pid=$!

# shellcheck source=bench/app-ready.sh
source bench/app-ready.sh

peak() { awk '/VmHWM/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$app_pid/status"; }
echo "ready: peak resident $(peak)"
home=$(curl -s -o "$work/home.html" -w '%{http_code} %{time_total}' "http://127.0.0.1:$port/")
echo "GET /: $home s; peak resident $(peak)"
saved=${KEEP:-$work}
mkdir -p "$saved"
for file in archive.json archive.csv akn.zip; do
  got=$(curl -s -o "$saved/$file" -w '%{http_code} %{size_download} %{time_total}' "http://127.0.0.1:$port/export/$file")
  read -r code bytes seconds <<<"$got"
  echo "GET /export/$file: $code, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MiB", b / 1048576 }'), $seconds s; peak resident $(peak); load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "app log (warnings and errors):"
cat "$work/app.log"
