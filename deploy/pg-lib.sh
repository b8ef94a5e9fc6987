# Shared by deploy/pg.sh, backup.sh and restore.sh (sourced, not run): the private cluster's
# settings and where the PostgreSQL binaries are.

pg_port="${MOTCUA_PG_PORT:-55432}"
pg_database="${MOTCUA_PG_DB:-motcua}"
pg_user="motcua"
pg_password="motcua-dev"     # a development cluster reachable from 127.0.0.1 only

# The folder holding BINARY (initdb for the server, pg_dump… for the clients): pg_config's, else the
# newest of Debian's /usr/lib/postgresql/N/bin, else PATH (clients only; Debian's /usr/bin ones are
# wrappers that pick the version matching the server).
pg_bindir_of() {
  local binary="$1" dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    [ -x "$dir/$binary" ] && { printf '%s' "$dir"; return 0; }
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/$binary" ] && { printf '%s' "$dir"; return 0; }
  done
  [ "$binary" != initdb ] && dir="$(command -v "$binary" 2>/dev/null)" && { dirname "$dir"; return 0; }
  return 1
}

# The clients' connection: libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD when PGHOST is set, else the
# private cluster of deploy/pg.sh.
use_private_cluster_unless_told() {
  if [ -z "${PGHOST:-}" ]; then
    export PGHOST=127.0.0.1 PGPORT="${PGPORT:-$pg_port}" PGUSER="${PGUSER:-$pg_user}" PGPASSWORD="${PGPASSWORD:-$pg_password}"
  fi
}
