#!/usr/bin/env bash
# A private PostgreSQL cluster for this project: loopback only, its own port, data under .local/pg.
#
#   deploy/pg.sh [start]   start it (create it first if needed); reuse it when already running
#   deploy/pg.sh stop      stop it
#   deploy/pg.sh status    say whether it runs
#   deploy/pg.sh url       print the connection string only
#   deploy/pg.sh replica start|stop|status|url
#                          the same for a streaming replica of that cluster (read-only, seconds behind):
#                          pg_basebackup from the running primary over loopback, then it follows it
#
# `start` prints the Npgsql connection string as its last line, so scripts can take it with
# `tail -n 1`. Installs Debian's postgresql package when no server binaries are found.
# Settings: MOTCUA_PG_PORT (55432), MOTCUA_PG_DIR (.local/pg), MOTCUA_PG_DB (motcua);
# for the replica MOTCUA_PG_REPLICA_PORT (55433), MOTCUA_PG_REPLICA_DIR (.local/pg-replica).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/pg-lib.sh
. "$root/deploy/pg-lib.sh"
port="$pg_port"
base="${MOTCUA_PG_DIR:-$root/.local/pg}"
base_told="${MOTCUA_PG_DIR:-}"
fallback_name="motcua-pg"
database="$pg_database"
user="$pg_user"
password="$pg_password"

say() { printf 'pg.sh: %s\n' "$*" >&2; }

# As root the cluster belongs to 'postgres', which must be able to walk into the data folder. A clone
# inside a private folder (mktemp -d makes them 0700) is not walkable: then use a folder under /var/tmp
# named after the clone, so every run from this clone finds the same cluster.
locate_cluster() {
  if [ "$(id -u)" -eq 0 ] && [ -z "$base_told" ] && id postgres >/dev/null 2>&1; then
    mkdir -p "$base"
    if ! runuser -u postgres -- test -x "$base"; then
      base="/var/tmp/$fallback_name-$(printf '%s' "$root" | md5sum | cut -c1-12)"
      mkdir -p "$base"
      chmod 755 "$base"
    fi
  fi
  data="$base/data"
  log="$data/server.log"
}

find_bindir() { pg_bindir_of initdb; }

install_postgres() {
  say "no PostgreSQL server found; installing Debian's postgresql package"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { say "not root and no sudo: install the 'postgresql' package, then run me again"; exit 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# initdb refuses to run as root: as root the cluster belongs to the 'postgres' account.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    # From / because the caller's folder may be closed to 'postgres'.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s' "$port" "$database" "$user" "$password"
}

# The replica must allow as many connections as the primary (hot standby refuses fewer), so both
# start with the same options (the replica adds its own, see become_replica). jit is off: the
# statements are short OLTP ones, for which compiling a plan costs more than it saves (the
# flagging job turned it off for itself already); see docs/performance.md.
server_options() {
  printf '%s' "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c jit=off${standby_options:-}"
}

# A replica copies and then streams over a replication connection from 127.0.0.1. initdb's
# pg_hba.conf allows that already; a cluster whose file was edited gets the line back (a reload is
# enough, nothing restarts).
allow_replication() {
  local hba="$data/pg_hba.conf"
  if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+(all|'"$user"')[[:space:]]+127\.0\.0\.1/32[[:space:]]+scram-sha-256' "$hba"; then
    printf 'host    replication     %s          127.0.0.1/32            scram-sha-256\n' "$user" >>"$hba"
    is_running && as_owner "$bindir/pg_ctl" -D "$data" reload >/dev/null
    say "allowed replication connections from 127.0.0.1"
  fi
}

is_running() {
  [ -n "${bindir:-}" ] && [ -f "$data/PG_VERSION" ] && as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

create_cluster() {
  say "creating a cluster in $data"
  mkdir -p "$data"
  chmod 700 "$data"
  local pwfile
  pwfile="$(mktemp)"
  printf '%s\n' "$password" >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    if ! runuser -u postgres -- test -x "$base"; then
      say "the postgres account cannot reach $base (a parent folder is private); set MOTCUA_PG_DIR to a reachable folder"
      exit 1
    fi
    chown -R postgres:postgres "$data"
    chown postgres "$pwfile"
  fi
  as_owner "$bindir/initdb" -D "$data" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
}

start() {
  bindir="$(find_bindir)" || { install_postgres; bindir="$(find_bindir)"; }
  locate_cluster
  if is_running; then
    say "already running on 127.0.0.1:$port ($data)"
  else
    [ -f "$data/PG_VERSION" ] || create_cluster
    launch "MOTCUA_PG_PORT"
  fi
  allow_replication
  if ! PGPASSWORD="$password" "$bindir/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    PGPASSWORD="$password" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$database"
    say "created database $database"
  fi
  connection_string
  printf '\n'
}

# Starts the cluster in $data on $port; $1 names the setting that chooses another port.
launch() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "port $port is taken by another server; choose another with $1"
    exit 1
  fi
  # No Unix socket: the cluster listens on loopback TCP only, so nothing collides in /tmp or /run.
  as_owner "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$(server_options)" start >/dev/null
  say "started on 127.0.0.1:$port ($data)"
}

stop() {
  bindir="$(find_bindir)" || { say "no PostgreSQL installed; nothing to stop"; return 0; }
  locate_cluster
  if is_running; then
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    say "stopped"
  else
    say "not running"
  fi
}

status() {
  bindir="$(find_bindir)" || { say "PostgreSQL is not installed"; return 3; }
  locate_cluster
  if is_running; then say "running on 127.0.0.1:$port ($data)"; else say "not running"; return 3; fi
}

# The replica: a copy of the primary's data taken with pg_basebackup -R (which writes the
# primary_conninfo and standby.signal that make it follow the primary), started on a port of its own.
# Everything above then applies to it: is_running, stop, status, connection_string.
become_replica() {
  primary_port="$port"
  port="${MOTCUA_PG_REPLICA_PORT:-55433}"
  base="${MOTCUA_PG_REPLICA_DIR:-$root/.local/pg-replica}"
  base_told="${MOTCUA_PG_REPLICA_DIR:-}"
  fallback_name="motcua-pg-replica"
  # A long report on the replica would otherwise be cancelled when the primary vacuums away rows it
  # still reads; the feedback makes the primary keep them while the report runs.
  standby_options=" -c hot_standby_feedback=on"
}

copy_primary() {
  say "copying the primary on 127.0.0.1:$primary_port into $data"
  mkdir -p "$data"
  chmod 700 "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
  if ! as_owner env PGPASSWORD="$password" "$bindir/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U "$user" \
      -D "$data" -R -X stream -c fast; then
    rm -rf "$data"
    say "pg_basebackup failed: is the primary running (deploy/pg.sh start) and does it allow replication from 127.0.0.1?"
    exit 1
  fi
  # The primary's own log came along in the copy; the replica writes its own.
  rm -f "$log"
}

replica_start() {
  bindir="$(find_bindir)" || { say "no PostgreSQL server installed: run deploy/pg.sh start first"; exit 1; }
  locate_cluster
  if is_running; then
    say "already running on 127.0.0.1:$port ($data)"
  else
    [ -f "$data/PG_VERSION" ] || copy_primary
    launch "MOTCUA_PG_REPLICA_PORT"
  fi
  connection_string
  printf '\n'
}

command="${1:-start}"
if [ "$command" = replica ]; then
  become_replica
  command="replica-${2:-start}"
fi

case "$command" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) connection_string; printf '\n' ;;
  replica-start) replica_start ;;
  replica-stop) stop ;;
  replica-status) status ;;
  replica-url) connection_string; printf '\n' ;;
  *) say "usage: deploy/pg.sh [start|stop|status|url] | deploy/pg.sh replica [start|stop|status|url]"; exit 2 ;;
esac
