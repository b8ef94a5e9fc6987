#!/usr/bin/env bash
# File uploads measured (issue 16). Not part of CI.
#
#   deploy/bench-upload.sh [--count 20] [--size-mb 50] [--large-mb 500] [--heap-limit-mib 192]
#
# A database of its own (motcua_bench_upload, recreated each run) on the cluster of deploy/pg.sh; the
# API built in Release and started by the driver as a separate process in Development (demo accounts,
# migrations, the real clock: Phường Thái Bình's desk), the Hangfire server off, its GC heap capped
# with DOTNET_GCHeapHardLimit, its file store in .local/bench-upload/files (emptied each run). The
# driver makes the files up while sending them (a PDF header, then pseudo-random bytes): --count
# uploads of --size-mb one after the other, then one of --large-mb. It reports MB/s per round and the
# API process's memory (VmRSS sampled every 50 ms, VmHWM). The summary goes to .local/bench-upload/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
name="motcua_bench_upload"
say() { printf '[%s] bench-upload.sh: %s\n' "$(date +%H:%M:%S)" "$*"; }
mkdir -p .local/bench-upload

# MOTCUA_BENCH_UPLOAD_SERVER: a connection string to a cluster already running (e.g. another clone's),
# in the form pg.sh prints; else this clone's own, started by pg.sh.
url="${MOTCUA_BENCH_UPLOAD_SERVER:-$(./deploy/pg.sh start | tail -n 1)}"
connection="${url/Database=motcua;/Database=$name;}"
field() { printf '%s' "$url" | tr ';' '\n' | sed -n "s/^$1=//p"; }
PGPASSWORD="$(field Password)" psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d postgres -q \
  -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null

say "building the API and the benchmarks in Release"
for project in src/ThaiBinh.MotCua.Api tests/ThaiBinh.MotCua.Benchmarks; do
  dotnet build -c Release "$project" -v quiet -nologo >.local/bench-upload/build.log 2>&1 \
    || { grep -E " error " .local/bench-upload/build.log | sort -u >&2; say "build of $project failed"; exit 1; }
done

export ASPNETCORE_ENVIRONMENT=Development Hangfire__ServerEnabled=false Outbox__WorkerEnabled=false \
  Database__DemoUsersFile="$root/deploy/demo-users.json"
dotnet run -c Release --no-build --project tests/ThaiBinh.MotCua.Benchmarks -- upload \
  --connection "$connection" --api-dll "$root/src/ThaiBinh.MotCua.Api/bin/Release/net10.0/ThaiBinh.MotCua.Api.dll" \
  --out .local/bench-upload "$@"
