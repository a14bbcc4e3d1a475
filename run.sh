#!/usr/bin/env bash
# Installs what is missing, builds, fills an empty database and starts the API and the SPA.
# CONOCELES_SEED_DIR: folder with manifest.json (default ../shared/data/real).
# CONOCELES_DATA_DIR: folder of the embedded database (default ./data).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"

DATA_DIR="${CONOCELES_DATA_DIR:-$ROOT/data}"
SEED_DIR="${CONOCELES_SEED_DIR:-../shared/data/real}"
export Database__DataDirectory="$DATA_DIR"
export Catalogs__Directory="${CONOCELES_CATALOG_DIR:-$ROOT/../shared/data/catalogs}"

require_toolchains
build_api
build_spa

cd "$ROOT"
log "database in $DATA_DIR"
[ -d "$Catalogs__Directory" ] || log "WARNING: no INEGI catalogues in $Catalogs__Directory (set" \
  "CONOCELES_CATALOG_DIR): states, municipalities and districts will be empty and the ballot finder unusable"
[ -f "$SEED_DIR/manifest.json" ] || log "WARNING: no manifest.json in $SEED_DIR (set CONOCELES_SEED_DIR):" \
  "an empty database gets the invented demo data instead"
dotnet "$API_OUT/Conoceles.Api.dll" seed --seed-dir "$SEED_DIR"

pids=()
stop() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; exit 0; }
trap stop INT TERM EXIT

# Started from its own folder so that its appsettings.json (logging, CORS origins) is read.
(cd "$API_OUT" && ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" \
  exec dotnet Conoceles.Api.dll --urls "$API_URL") &
pids+=($!)
(cd web-client && exec node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port 5173 --strictPort >/dev/null) &
pids+=($!)

wait_for "$API_URL/health/ready" 240 "${pids[0]}"
wait_for "$SPA_URL/" 120 "${pids[1]}"
echo "API:  $API_URL  (Swagger UI: $API_URL/swagger)"
echo "SPA:  $SPA_URL"
echo "Press Ctrl-C to stop both."
wait -n "${pids[@]}"
