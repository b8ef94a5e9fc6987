#!/usr/bin/env bash
# The scale benchmark's data set: a province-sized ten-year history of dossiers in a database of its
# own (motcua_scale) on the dev cluster of deploy/pg.sh. Not part of CI.
#
#   deploy/bench-scale.sh generate [--dossiers 10000000] [--open 300000] [--anchor 2026-11-26T10:00:00+07:00] [--seed N]
#       drops and recreates motcua_scale, migrates and seeds it with the product's own code, loads
#       the history with set-based SQL (two months at a time: --workers 2), counts the processing
#       report's daily facts (their trigger is off during the load), rebuilds the indexes and
#       vacuums. On 2 cores: 100 k in 25 s, 1 M in 1.5 min (3.1 GB), 10 M in 13 min (30 GB) before
#       the ledger numbers and the report facts were added; at 10 M their backfills took another
#       25 and 8 min on 2026-12-02 (plus the facts' 0.7 GB), and a VACUUM of dossiers 11 min.
#   deploy/bench-scale.sh verify [--per-status 5]
#       reads generated dossiers through EF, checks them against the domain's rules, acts on open ones
#   deploy/bench-scale.sh <subcommand> [options]
#       any other subcommand goes to `scale <subcommand>` of tests/ThaiBinh.MotCua.Benchmarks
#
# Settings: MOTCUA_SCALE_DB_NAME (motcua_scale); the cluster's own (MOTCUA_PG_PORT…) as in deploy/pg.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

[ "$#" -gt 0 ] || { printf 'usage: deploy/bench-scale.sh generate|verify|<subcommand> [--name value]...\n' >&2; exit 2; }
name="${MOTCUA_SCALE_DB_NAME:-motcua_scale}"
case "$name" in
  motcua|postgres|template0|template1) printf 'bench-scale.sh: refusing to use database %s\n' "$name" >&2; exit 2 ;;
esac

# pg.sh start prints the connection string of database motcua last; the scale set lives beside it.
url="$(./deploy/pg.sh start | tail -n 1)"
export MOTCUA_SCALE_DB="${url/Database=motcua;/Database=$name;}"

exec dotnet run -c Release --project tests/ThaiBinh.MotCua.Benchmarks -- scale "$@"
