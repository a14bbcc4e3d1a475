#!/usr/bin/env bash
# Every test: .NET (unit, integration, functional, contract), the web client's, the bundle
# budget, and an end-to-end journey in Chromium against the product started by ./run.sh.
# Ends with one line "N passed, M failed[, K skipped]" over all suites.
set -uo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"
LOGS="$ROOT/artifacts/test-logs"
mkdir -p "$LOGS"
passed=0 failed=0 skipped=0 status=0

count() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + ${3:-0})); }
suite_failed() { log "FAILED: $1"; status=1; }

require_toolchains

log ".NET tests"
dotnet test Conoceles.sln --nologo --logger "console;verbosity=normal" >"$LOGS/dotnet.log" 2>&1
dotnet_rc=$?
grep -E -A20 '^\s+Failed [A-Z]' "$LOGS/dotnet.log" | head -n 200
grep -E 'error (CS|NU|MSB)' "$LOGS/dotnet.log" | sort -u | head -n 20
echo "skipped, with the reason:"
grep -oE '(OneTimeSetUp: )?[^:]*(skipped|absent)[^.]*' "$LOGS/dotnet.log" | sed -e 's/^ *//' -e 's/^OneTimeSetUp: //' \
  | sort | uniq -c | sed 's/^/  /'
read -r p f s < <(awk '/^ +Passed: [0-9]/{p=$2} /^ +Failed: [0-9]/{f=$2} /^ +Skipped: [0-9]/{s=$2}
  END{print p+0, f+0, s+0}' "$LOGS/dotnet.log")
echo ".NET: $p passed, $f failed, $s skipped"
[ "$dotnet_rc" -eq 0 ] || suite_failed ".NET tests"
[ "$((p + f))" -gt 0 ] || { suite_failed ".NET tests ran nothing"; f=1; }
count "$p" "$f" "$s"

log "contract lint (Spectral, .spectral.yaml)"
if (cd contract && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null; } \
    && npx spectral lint ../openapi.yaml --ruleset ../.spectral.yaml --fail-severity warn); then
  count 1 0
else
  count 0 1; suite_failed "contract lint"
fi

log "web-client tests"
install_spa
(cd web-client && NO_COLOR=1 npx vitest run 2>&1) | tee "$LOGS/vitest.log" | tail -n 6
[ "${PIPESTATUS[0]}" -eq 0 ] || suite_failed "web-client tests"
vp=$(grep -E '^\s+Tests ' "$LOGS/vitest.log" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)
vf=$(grep -E '^\s+Tests ' "$LOGS/vitest.log" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)
[ "$((vp + vf))" -gt 0 ] || { suite_failed "web-client tests ran nothing"; vf=1; }
count "${vp:-0}" "${vf:-0}"

log "web-client build and bundle budget"
if build_spa && (cd web-client && node scripts/check-bundle.mjs); then count 1 0; else count 0 1; suite_failed "bundle"; fi

log "end-to-end journey (Chromium against ./run.sh)"
apt_install chromium
E2E_DATA="$(mktemp -d)"
CONOCELES_DATA_DIR="$E2E_DATA" ./run.sh >"$LOGS/run.log" 2>&1 &
run_pid=$!
if wait_for "$API_URL/health/ready" 1200 "$run_pid" && wait_for "$SPA_URL/" 120 "$run_pid"; then
  (cd web-client && BASE_URL="$SPA_URL" API_URL="$API_URL" node e2e/journey.mjs) 2>&1 | tee "$LOGS/e2e.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || suite_failed "end-to-end"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$LOGS/e2e.log" | tail -n 1)
  ep=$(echo "$line" | awk '{print $1}'); ef=$(echo "$line" | awk '{print $3}')
  [ -n "$line" ] || { ep=0; ef=1; }
  count "$ep" "$ef"
else
  tail -n 30 "$LOGS/run.log"
  suite_failed "the product did not start"; count 0 1
fi
kill "$run_pid" 2>/dev/null; wait "$run_pid" 2>/dev/null
rm -rf "$E2E_DATA"

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] || status=1
exit "$status"
