#!/usr/bin/env bash
# The API over HTTP, measured (issue 12). Not part of CI.
#
#   deploy/bench-http.sh [--dossiers 20000] [--reuse] [--only receive,reads,pages,mix,roundtrips] [--rounds 3]
#                        [--seconds 10] [--read-concurrency 8] [--mix-seconds 60] [--fraction 0.1]
#                        [--pgbench-mode simple|prepared] [--roundtrip-requests 50] [--timeout 5]
#
# Loads a year of history into a database of its own (motcua_bench_http) on the cluster of
# deploy/pg.sh with the scale generator (every desk of the province, the provincial centre receiving
# --dossiers of them: the generator gives it 30 % of the province's volume), unless --reuse; builds
# the API in Release and starts it in Production on 127.0.0.1 (MOTCUA_BENCH_HTTP_PORT, 5180) with a
# random signing key, the Hangfire server off (the flagging job would land in the middle of the
# measurements; bench-scale.sh measures it) and the citizen lookup's per-address limit lifted (every
# request comes from 127.0.0.1); then runs `http` of tests/ThaiBinh.MotCua.Benchmarks, the parts
# --only names (all by default): `receive` against pgbench replaying its captured statements, A/B
# interleaved over --rounds rounds at concurrency 1, 4, 16, 64 (pgbench -M as the API: prepared
# when the capture saw prepared statements, unless --pgbench-mode); `reads`, the five read paths at
# concurrency 1 and --read-concurrency over the rounds; `pages`, the officers' pages the same way
# (the work queue and a dossier as the centre's reception officer, the supervisor's screen as the
# province's supervisor, each signed in on the sign-in form with a cookie); `mix`, the peak mix at --fraction of the
# peak hour for --mix-seconds, open loop (`--mix-seconds 600 --fraction 1` is the issue's ten
# minutes at the full peak); `roundtrips`, round trips to PostgreSQL per request, counted by a
# relay in the driver in front of a second API process (same build and settings, another port; the
# main API stays direct). The officers are the demo accounts and the generated ones, written into
# the database by the generator (the Production API loads none). The APIs are stopped on exit; the
# database is kept for --reuse. The summary goes to .local/bench-http/.
#
# Against the 10-million-dossier set of deploy/bench-scale.sh: MOTCUA_BENCH_HTTP_DB_NAME=motcua_scale
# deploy/bench-http.sh --reuse --only pages (the generator writes the same officers there).
#
# Settings: MOTCUA_BENCH_HTTP_DB_NAME (motcua_bench_http), MOTCUA_BENCH_HTTP_PORT (5180),
# MOTCUA_BENCH_HTTP_SERVER (below), MOTCUA_BENCH_HTTP_NPGSQL (Npgsql settings appended to the API's
# connection string, e.g. 'Max Auto Prepare=20;Auto Prepare Min Usages=2'); the cluster's as in
# deploy/pg.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

dossiers=20000
reuse=0
driver=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --dossiers) dossiers="$2"; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --*) driver+=("$1" "$2"); shift 2 ;;
    *) printf 'usage: deploy/bench-http.sh [--dossiers N] [--reuse] [--only receive,reads,pages,mix,roundtrips] [--rounds R] [--seconds S] [--read-concurrency C] [--mix-seconds S] [--fraction F] [--pgbench-mode simple|prepared] [--roundtrip-requests N] [--timeout S]\n' >&2; exit 2 ;;
  esac
done
name="${MOTCUA_BENCH_HTTP_DB_NAME:-motcua_bench_http}"
case "$name" in
  motcua|postgres|template0|template1) printf 'bench-http.sh: refusing to use database %s\n' "$name" >&2; exit 2 ;;
esac
port="${MOTCUA_BENCH_HTTP_PORT:-5180}"
say() { printf '[%s] bench-http.sh: %s\n' "$(date +%H:%M:%S)" "$*"; }

command -v pgbench >/dev/null 2>&1 || { say "pgbench not found: install Debian's postgresql-client"; exit 1; }
# MOTCUA_BENCH_HTTP_SERVER: a connection string to a cluster already running (e.g. another clone's),
# in the form pg.sh prints; else this clone's own, started by pg.sh.
url="${MOTCUA_BENCH_HTTP_SERVER:-$(./deploy/pg.sh start | tail -n 1)}"
connection="${url/Database=motcua;/Database=$name;}"
mkdir -p .local/bench-http

say "building the API and the benchmarks in Release"
for project in src/ThaiBinh.MotCua.Api tests/ThaiBinh.MotCua.Benchmarks; do
  dotnet build -c Release "$project" -v quiet -nologo >.local/bench-http/build.log 2>&1 \
    || { grep -E " error " .local/bench-http/build.log | sort -u >&2; say "build of $project failed"; exit 1; }
done
bench=(dotnet run -c Release --no-build --project tests/ThaiBinh.MotCua.Benchmarks --)

if [ "$reuse" -eq 0 ]; then
  # The centre receives 30 % of the province's volume (ScaleModel.LevelShares); one year up to now.
  total=$(( dossiers * 10 / 3 ))
  say "loading a year of history: $total dossiers in the province, about $dossiers at the centre"
  "${bench[@]}" scale generate --connection "$connection" --dossiers "$total" --years 1 --anchor "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
fi

api_dir="src/ThaiBinh.MotCua.Api/bin/Release/net10.0"
# The API's settings, which the driver also gets: its second API process (the round trips) takes
# them from its environment, changing only its address and connection string (through the relay).
api_connection="$connection${MOTCUA_BENCH_HTTP_NPGSQL:+;$MOTCUA_BENCH_HTTP_NPGSQL}"
api_env=(
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__MotCua="$api_connection" Auth__SigningKey="$(openssl rand -base64 48)" Evaluations__LinkKey="$(openssl rand -base64 48)"
  AllowedHosts='127.0.0.1;localhost' Hangfire__ServerEnabled=false PublicLookup__PermitsPerMinute=100000000
)
say "starting the API in Production on 127.0.0.1:$port (log .local/bench-http/api.log)"
(
  cd "$api_dir"
  exec env "${api_env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet ThaiBinh.MotCua.Api.dll
) >.local/bench-http/api.log 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { say "the API stopped; see .local/bench-http/api.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { say "the API is not ready after 60 s"; exit 1; }

env "${api_env[@]}" "${bench[@]}" http --connection "$connection" --url "http://127.0.0.1:$port" --api-pid "$api_pid" \
  --api-dll "$root/$api_dir/ThaiBinh.MotCua.Api.dll" --out .local/bench-http "${driver[@]}"
