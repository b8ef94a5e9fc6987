#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into a new database, then checks that the audit log is still
# append-only there.
#
#   deploy/restore.sh FILE --db NAME [--replace]
#
#   FILE       a backup written by deploy/backup.sh (pg_dump custom format)
#   --db NAME  the database to restore into; created when missing. Required: no default, so that
#              nothing is restored over the live database by a slip
#   --replace  drop NAME first when it exists and holds tables (refused otherwise); the drop fails
#              while anything is connected to it, e.g. a running API
#
# The server: libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass) when PGHOST is set, else the
# private cluster of deploy/pg.sh. The database is created from the server's `postgres` database.
# Objects belong to the restoring account and the source's grants are not replayed (--no-owner
# --no-privileges): the source's roles need not exist here. All or nothing: one transaction, and a
# database this run created is dropped again when the restore fails. The copy forgets the source's
# Hangfire servers and locks, which do not run against it. Exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/pg-lib.sh
. "$root/deploy/pg-lib.sh"

say() { printf 'restore.sh: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }
usage="usage: deploy/restore.sh FILE --db NAME [--replace]"

file="" database="" replace=0
while [ $# -gt 0 ]; do
  case "$1" in
    --db) database="${2:?--db needs a name}"; shift 2 ;;
    --replace) replace=1; shift ;;
    -*) fail "unknown option '$1' ($usage)" ;;
    *) [ -z "$file" ] || fail "one backup file only ($usage)"; file="$1"; shift ;;
  esac
done
[ -n "$file" ] && [ -n "$database" ] || fail "$usage"
[ -r "$file" ] || fail "cannot read $file"
# Plain names only: the name goes into CREATE/DROP DATABASE and needs no quoting then.
[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "database name '$database': lower-case letters, digits and _ only"

bindir="$(pg_bindir_of pg_restore)" || fail "pg_restore not found: install Debian's postgresql-client package"
use_private_cluster_unless_told
server="$PGHOST:${PGPORT:-5432}"
sql() { "$bindir/psql" --no-psqlrc --quiet --tuples-only --no-align --set ON_ERROR_STOP=1 --dbname="$1" --command="$2"; }

"$bindir/pg_restore" --list "$file" >/dev/null || fail "$file is not a pg_dump custom-format backup"

exists="$(sql postgres "SELECT count(*) FROM pg_database WHERE datname = '$database'")" \
  || fail "cannot reach the server $server"
if [ "$exists" = 1 ]; then
  relations="$(sql "$database" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")"
  if [ "$relations" != 0 ]; then
    [ "$replace" = 1 ] || fail "database $database on $server already holds $relations relations; choose a new name, or --replace"
    sql postgres "DROP DATABASE $database" || fail "could not drop $database (is something connected to it?)"
    say "dropped the existing $database"
    exists=0
  fi
fi

created=0
if [ "$exists" = 0 ]; then
  sql postgres "CREATE DATABASE $database" || fail "could not create $database on $server"
  created=1
fi
trap '[ "$created" = 1 ] && sql postgres "DROP DATABASE IF EXISTS $database" && say "dropped $database again"' EXIT

"$bindir/pg_restore" --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$database" "$file" \
  || fail "pg_restore of $file into $database failed"

# The guard must answer, not merely exist: its statement-level trigger fires even when no row matches.
for statement in "UPDATE audit_entries SET id = id WHERE false" "DELETE FROM audit_entries WHERE false"; do
  if refusal="$(sql "$database" "$statement" 2>&1)" || ! grep -q 'append-only' <<<"$refusal"; then
    fail "in the restored $database, '$statement' was not refused as append-only: ${refusal:-accepted}"
  fi
done

sql "$database" "DO \$\$ BEGIN
                   IF to_regclass('hangfire.server') IS NOT NULL THEN DELETE FROM hangfire.server; END IF;
                   IF to_regclass('hangfire.lock') IS NOT NULL THEN DELETE FROM hangfire.lock; END IF;
                 END \$\$; ANALYZE;" || fail "could not clear the source's Hangfire servers and locks"
trap - EXIT

counts="$(sql "$database" "SELECT (SELECT count(*) FROM dossiers) || ' dossiers, ' || (SELECT count(*) FROM audit_entries) || ' audit entries'")"
say "restored $file into $database on $server: $counts; audit_entries refuses UPDATE and DELETE"
