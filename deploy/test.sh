#!/usr/bin/env bash
# Build and test the whole solution against real PostgreSQL, the pages in Debian's Chromium.
#
# The database server, in this order of preference:
#   1. MOTCUA_TEST_DB, an Npgsql connection string to a server where the tests may create databases;
#   2. Testcontainers, when a Docker engine answers (MOTCUA_TEST_USE_DOCKER=0 skips it);
#   3. the project's private cluster (deploy/pg.sh), installed and started as needed, with its
#      streaming replica (deploy/pg.sh replica); otherwise MOTCUA_TEST_REPLICA_DB names a replica of
#      the MOTCUA_TEST_DB server, or the replica tests fail saying so.
# Every run creates and migrates a database of its own and drops it at the end.
#
# The last line printed is `tests: N passed, M failed`; the exit code is non-zero when anything failed.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/.local/test-results"
rm -rf "$results"
mkdir -p "$results"

summary() { printf 'tests: %s passed, %s failed\n' "$1" "$2"; }

if [ -z "${MOTCUA_TEST_DB:-}" ]; then
  if [ "${MOTCUA_TEST_USE_DOCKER:-1}" = "1" ] && timeout 10 docker info >/dev/null 2>&1; then
    echo "test.sh: using Testcontainers (Docker)"
  else
    # A cluster this run starts is stopped again at the end; one that was already running is left be.
    # The same for its streaming replica, which the replica tests read from (MOTCUA_TEST_REPLICA_DB).
    stops=()
    "$root/deploy/pg.sh" replica status >/dev/null 2>&1 || stops+=("replica stop")
    "$root/deploy/pg.sh" status >/dev/null 2>&1 || stops+=("stop")
    trap 'for s in "${stops[@]}"; do "$root/deploy/pg.sh" $s >/dev/null 2>&1; done' EXIT
    if ! connection="$("$root/deploy/pg.sh" start | tail -n 1)" \
        || ! replica="$("$root/deploy/pg.sh" replica start | tail -n 1)"; then
      echo "test.sh: could not start PostgreSQL or its replica" >&2
      summary 0 1
      exit 1
    fi
    # The tests connect to the server's maintenance database and create their own from there.
    export MOTCUA_TEST_DB="${connection/Database=motcua;/Database=postgres;}"
    export MOTCUA_TEST_REPLICA_DB="${replica/Database=motcua;/Database=postgres;}"
    echo "test.sh: using the private PostgreSQL cluster and its replica (deploy/pg.sh)"
  fi
fi

# The browser tests drive Debian's Chromium (a test tool's own browser download fails on these machines).
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo="sudo" || echo "test.sh: not root and no sudo: install the 'chromium' package" >&2
  fi
  echo "test.sh: installing Debian's chromium for the browser tests"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 || echo "test.sh: chromium could not be installed" >&2
fi

status=0
if dotnet build "$root/ThaiBinh.MotCua.sln" -c Release; then
  # One run per test project, each writing its own results file, so no two runs share a file name.
  for project in "$root"/tests/*.Tests/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" -c Release --no-build \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results" \
      || status=$?
  done
else
  status=$?
fi

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  count() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p="$(count passed)"; f="$(count failed)"; e="$(count error)"; t="$(count timeout)"; a="$(count aborted)"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build broke or a test host crashed before reporting: that is a failure too.
  echo "test.sh: dotnet test exited with $status without a failed test to show for it (build error or crashed test host)"
  failed=1
fi

summary "$passed" "$failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
