#!/usr/bin/env bash
# The delivery worker measured (issue 15). Not part of CI.
#
#   deploy/bench-outbox.sh [--backlog 1000] [--rate 10] [--seconds 30]
#
# A database of its own (motcua_bench_outbox, recreated each run) on the cluster of deploy/pg.sh;
# the API built in Release and started by the driver as separate processes in Development (demo
# accounts, migrations, the real clock: today's world, Phường Thái Bình's desk), the Hangfire server
# off, the simulators in the driver's process on free loopback ports (the portal's records are
# counted and timed where they arrive). First --backlog receipts with no worker running, then an API
# process with the worker: portal calls accepted per second from the first to the last; then, the
# worker running, --rate receipts a second for --seconds: the lag from a receipt's answer to the
# portal accepting its record, p50 / p95 / max. The summary goes to .local/bench-outbox/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
name="motcua_bench_outbox"
say() { printf '[%s] bench-outbox.sh: %s\n' "$(date +%H:%M:%S)" "$*"; }
mkdir -p .local/bench-outbox

# MOTCUA_BENCH_OUTBOX_SERVER: a connection string to a cluster already running (e.g. another clone's),
# in the form pg.sh prints; else this clone's own, started by pg.sh.
url="${MOTCUA_BENCH_OUTBOX_SERVER:-$(./deploy/pg.sh start | tail -n 1)}"
connection="${url/Database=motcua;/Database=$name;}"
field() { printf '%s' "$url" | tr ';' '\n' | sed -n "s/^$1=//p"; }
PGPASSWORD="$(field Password)" psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d postgres -q \
  -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null

say "building the API and the benchmarks in Release"
for project in src/ThaiBinh.MotCua.Api tests/ThaiBinh.MotCua.Benchmarks; do
  dotnet build -c Release "$project" -v quiet -nologo >.local/bench-outbox/build.log 2>&1 \
    || { grep -E " error " .local/bench-outbox/build.log | sort -u >&2; say "build of $project failed"; exit 1; }
done

export ASPNETCORE_ENVIRONMENT=Development Hangfire__ServerEnabled=false \
  Database__DemoUsersFile="$root/deploy/demo-users.json"
dotnet run -c Release --no-build --project tests/ThaiBinh.MotCua.Benchmarks -- outbox \
  --connection "$connection" --api-dll "$root/src/ThaiBinh.MotCua.Api/bin/Release/net10.0/ThaiBinh.MotCua.Api.dll" \
  --out .local/bench-outbox "$@"
