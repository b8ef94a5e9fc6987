#!/usr/bin/env bash
# How far the streaming replica of deploy/pg.sh runs behind its primary under a steady write load:
# pgbench writes into a database of its own (motcua_lag, dropped at the end) for --seconds while
# the primary's pg_stat_replication is sampled twice a second; prints the samples' replay lag
# (the time from a commit on the primary to its replay on the replica, as the server measures it).
# Not part of CI.
#
#   deploy/bench-replica-lag.sh [--seconds 20] [--clients 2]
#
# Settings: the clusters' own (MOTCUA_PG_PORT, MOTCUA_PG_REPLICA_PORT…) as in deploy/pg.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/pg-lib.sh
. "$root/deploy/pg-lib.sh"

seconds=20
clients=2
while [ "$#" -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    *) printf 'usage: deploy/bench-replica-lag.sh [--seconds N] [--clients N]\n' >&2; exit 2 ;;
  esac
done

"$root/deploy/pg.sh" start >/dev/null
"$root/deploy/pg.sh" replica start >/dev/null
bindir="$(pg_bindir_of pgbench)"
export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER="$pg_user" PGPASSWORD="$pg_password"
database=motcua_lag
"$bindir/psql" -qd postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" 2>/dev/null
trap '"$bindir/psql" -qd postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"' EXIT
"$bindir/pgbench" -q -i -s 1 "$database" >/dev/null 2>&1

samples="$(mktemp)"
"$bindir/pgbench" -n -c "$clients" -T "$seconds" "$database" >"$samples.pgbench" 2>&1 &
load=$!
while kill -0 "$load" 2>/dev/null; do
  # Null while the replica has nothing left to replay: that sample counts as no lag.
  "$bindir/psql" -tAd postgres -c "SELECT coalesce(extract(epoch FROM replay_lag) * 1000, 0) FROM pg_stat_replication" >>"$samples"
  sleep 0.5
done
wait "$load"

printf 'writes: %s\n' "$(grep -E '^tps' "$samples.pgbench" | head -n 1)"
sort -n "$samples" | awk '{ v[NR] = $1 } END {
  if (NR == 0) { print "no samples"; exit 1 }
  p95 = int(NR * 0.95); if (p95 < 1) p95 = 1
  printf "replay lag over %d samples (ms): min %.1f, median %.1f, p95 %.1f, max %.1f\n",
    NR, v[1], v[int((NR + 1) / 2)], v[p95], v[NR] }'
rm -f "$samples" "$samples.pgbench"
