#!/usr/bin/env bash
# Run the web application and the API for development: private PostgreSQL, migrations, reference data and demo accounts,
# then the host (pages at /, API at /api) on http://127.0.0.1:5080. Ctrl+C stops the API; `deploy/pg.sh stop` stops the database.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
url="${MOTCUA_URL:-http://127.0.0.1:5080}"

connection="$("$root/deploy/pg.sh" start | tail -n 1)"

cat <<MSG

ThaiBinh.MotCua starting (first start builds the solution and loads the reference data)
  Web application  $url/            (sign in as xa.tiepnhan, xa.chuyenvien, tinh.giamsat, admin…)
  Citizen lookup   $url/tra-cuu/<dossier code>
  API              $url/api
  OpenAPI UI       $url/scalar/v1      (document: $url/openapi/v1.json)
  Health           $url/health/ready
  Hangfire         $url/hangfire?access_token=<token of 'admin'>
  Sign in          curl -s -X POST $url/api/auth/token -H 'Content-Type: application/json' \\
                        -d '{"username":"admin","password":"MotCua@2026"}'
  Demo accounts    deploy/demo-users.json (password MotCua@2026 for all)

MSG

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__MotCua="$connection"
exec dotnet run --project "$root/src/ThaiBinh.MotCua.Api" -c "${CONFIGURATION:-Debug}" --no-launch-profile --urls "$url"
