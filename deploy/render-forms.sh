#!/usr/bin/env bash
# Renders every printed form to PNG for people to look at: runs the form tests against real
# PostgreSQL with MOTCUA_FORMS_OUT set (they keep the PDFs they check), then pdftoppm.
# Output: docs/forms/*.pdf and docs/forms/*.png. Needs poppler-utils (installed when missing).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/forms"
cd "$root"

if ! command -v pdftoppm >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils
fi

if [ -z "${MOTCUA_TEST_DB:-}" ]; then
  connection="$("$root/deploy/pg.sh" start | tail -n 1)"
  export MOTCUA_TEST_DB="${connection/Database=motcua;/Database=postgres;}"
fi

rm -rf "$out"
mkdir -p "$out"
MOTCUA_FORMS_OUT="$out" dotnet test "$root/tests/ThaiBinh.MotCua.Api.Tests" -c Release --filter "FullyQualifiedName~FormPdfTests" >/dev/null

for pdf in "$out"/*.pdf; do
  pdftoppm -r 96 -png "$pdf" "${pdf%.pdf}"
done
ls -1 "$out"
