#!/usr/bin/env bash
# Run the web application and the API for development: private PostgreSQL, migrations, reference data and demo accounts,
# then the host (pages at /, API at /api) on http://127.0.0.1:5080, and the outside systems' simulators (SMS brandname,
# Zalo OA, SMTP) the development settings point at. Ctrl+C stops the API and the simulators; `deploy/pg.sh stop` stops the database.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
url="${MOTCUA_URL:-http://127.0.0.1:5080}"
# Fixed: src/ThaiBinh.MotCua.Api/appsettings.Development.json points the adapters here.
simulators_url="http://127.0.0.1:5090"
smtp_port=2525

connection="$("$root/deploy/pg.sh" start | tail -n 1)"

# The simulators first, in the background (their log in .local/simulators.log), stopped whenever this script ends.
mkdir -p "$root/.local"
dotnet build "$root/tests/ThaiBinh.MotCua.Simulators" -c "${CONFIGURATION:-Debug}" -v quiet -nologo >/dev/null
dotnet run --project "$root/tests/ThaiBinh.MotCua.Simulators" -c "${CONFIGURATION:-Debug}" --no-build --no-launch-profile \
  --urls "$simulators_url" -- --Simulators:SmtpPort=$smtp_port >"$root/.local/simulators.log" 2>&1 &
simulators_pid=$!
trap 'kill "$simulators_pid" 2>/dev/null || true; wait "$simulators_pid" 2>/dev/null || true' EXIT

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
  Simulators       $simulators_url/     (what the system sent: SMS, Zalo, email; log .local/simulators.log)
    SMS brandname  $simulators_url/sms/      (GET /sms/_sim/messages)
    Zalo OA        $simulators_url/zalo/     (GET /zalo/_sim/messages; POST /zalo/_sim/followers {"phone":"84…"})
    PayGov         $simulators_url/paygov/   (pay page /paygov/pay/{ref}; GET /paygov/_sim/transactions; POST /paygov/_sim/switches {"refuseInit":false,"dropCallbacks":false,"failPayments":false})
    SMTP           127.0.0.1:$smtp_port     (GET $simulators_url/smtp/_sim/messages)

MSG

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__MotCua="$connection"
# Not exec: the trap above must run when the API stops.
dotnet run --project "$root/src/ThaiBinh.MotCua.Api" -c "${CONFIGURATION:-Debug}" --no-launch-profile --urls "$url"
