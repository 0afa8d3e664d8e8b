#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks, builds with warnings as errors,
# checks for model changes without a migration, runs every test project, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]} (Debian packages, for the browser tests)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null; fi
fi
if [ -f tests/Archive.Web.Tests/package.json ] && [ ! -d tests/Archive.Web.Tests/node_modules ]; then
  echo "== installing npm packages for the browser tests"
  (cd tests/Archive.Web.Tests && npm ci --no-audit --no-fund --silent)
fi

echo "== restore and build (warnings are errors)"
dotnet tool restore >/dev/null
dotnet build Archive.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

echo "== pending model changes (SQLite and PostgreSQL migrations)"
dotnet ef migrations has-pending-model-changes --project src/Archive.Storage.Sqlite --startup-project src/Archive.Storage.Sqlite --no-build --configuration Release >/dev/null \
  || { echo "the model has changes without a SQLite migration: dotnet ef migrations add <Name> --project src/Archive.Storage.Sqlite --startup-project src/Archive.Storage.Sqlite --output-dir Migrations"; exit 1; }
dotnet ef migrations has-pending-model-changes --project src/Archive.Storage.Postgres --startup-project src/Archive.Storage.Postgres --no-build --configuration Release >/dev/null \
  || { echo "the model has changes without a PostgreSQL migration: dotnet ef migrations add <Name> --project src/Archive.Storage.Postgres --startup-project src/Archive.Storage.Postgres --output-dir Migrations"; exit 1; }

results=$(mktemp -d)
pg_dir=""
cleanup() { [ -n "$pg_dir" ] && tests/pg-cluster.sh stop "$pg_dir"; rm -rf "$results"; }
trap cleanup EXIT

echo "== a throw-away PostgreSQL cluster for the data-layer, import and two-node tests"
eval "$(tests/pg-cluster.sh start)"
pg_dir=$ARCHIVE_PG_DIR
export ARCHIVE_TEST_POSTGRES ARCHIVE_REQUIRE_POSTGRES=1
status=0
for proj in tests/*/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  echo "== $name"
  dotnet test "$proj" -c Release --no-build --nologo --settings tests/full.runsettings --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*' || echo 0)
  f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p)); failed=$((failed + f))
done
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then status=1; fi
echo "$passed passed, $failed failed"
exit $status
