#!/usr/bin/env bash
# A backup of the whole database (application tables, the append-only audit log with its trigger, and
# the Hangfire schema) in pg_dump's custom format, for deploy/restore.sh.
#
#   deploy/backup.sh [--db NAME] [--out FILE]
#
#   --db NAME   the database to back up (MOTCUA_PG_DB, default motcua)
#   --out FILE  where to write it (default .local/backups/NAME-YYYYMMDD-HHMMSS.dump)
#
# The server: libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass) when PGHOST is set, else the
# private cluster of deploy/pg.sh (which must be running). Prints what it wrote; the file appears only
# complete. Exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/pg-lib.sh
. "$root/deploy/pg-lib.sh"

say() { printf 'backup.sh: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

database="$pg_database"
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) database="${2:?--db needs a name}"; shift 2 ;;
    --out) out="${2:?--out needs a file}"; shift 2 ;;
    *) fail "unknown argument '$1' (usage: deploy/backup.sh [--db NAME] [--out FILE])" ;;
  esac
done

bindir="$(pg_bindir_of pg_dump)" || fail "pg_dump not found: install Debian's postgresql-client package"
use_private_cluster_unless_told
[ -n "$out" ] || out="$root/.local/backups/$database-$(date +%Y%m%d-%H%M%S).dump"
mkdir -p "$(dirname "$out")"

# Written beside the target and renamed at the end, so a failed run leaves no partial backup behind.
partial="$out.partial"
trap 'rm -f "$partial"' EXIT
"$bindir/pg_dump" --format=custom --dbname="$database" --file="$partial" \
  || fail "pg_dump of $database on $PGHOST:${PGPORT:-5432} failed"

# Check the file before calling it a backup: the Hangfire schema and the audit log's guard are in it.
contents="$("$bindir/pg_restore" --list "$partial")" || fail "pg_restore cannot read what pg_dump wrote"
grep -q ' SCHEMA - hangfire ' <<<"$contents" || fail "the dump holds no hangfire schema"
grep -q ' TRIGGER public audit_entries audit_entries_append_only ' <<<"$contents" \
  || fail "the dump holds no append-only trigger on audit_entries"
mv "$partial" "$out"
trap - EXIT

tables="$(grep -c ' TABLE DATA ' <<<"$contents" || true)"
say "backed up $database on $PGHOST:${PGPORT:-5432}: $tables tables, the hangfire schema and the audit trigger included, $(du -h "$out" | cut -f1)"
printf '%s\n' "$out"
