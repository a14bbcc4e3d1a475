#!/usr/bin/env bash
# Load benchmark of the public API; see bench/README.md. Reports, never gates: exits 0 when it ran,
# whatever the results, and non-zero only when it could not run.
# BENCH_DURATION (10s), BENCH_WARMUP (3s), BENCH_CONNECTIONS (64), BENCH_THREADS (2),
# BENCH_ROWS (100000), BENCH_API_PORT (5090), BENCH_STATIC_PORT (5091),
# BENCH_REAL_DIR (../shared/data/real; its manifest.json is imported first when present),
# BENCH_KEEP (set: keep the temp folder with the database, logs and wrk output).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$BENCH/../scripts/lib.sh"
source "$BENCH/lib.sh"
source "$BENCH/wrk.sh"

DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-3s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
ROWS="${BENCH_ROWS:-100000}"
API="http://127.0.0.1:${BENCH_API_PORT:-5090}"
STATIC="http://127.0.0.1:${BENCH_STATIC_PORT:-5091}"
REAL_DIR="${BENCH_REAL_DIR:-$ROOT/../shared/data/real}"
MAX_P99_MS=20
WORK="$(mktemp -d -t conoceles-bench.XXXXXX)"

trap cleanup INT TERM EXIT

prepare() {
  require_dotnet
  command -v curl >/dev/null || apt_install curl
  command -v wrk >/dev/null || apt_install wrk
  require_free_ports BENCH_API_PORT/BENCH_STATIC_PORT "$API" "$STATIC"
}

seed() {
  local manifest=()
  [ -f "$REAL_DIR/manifest.json" ] && manifest=(--manifest "$(cd "$REAL_DIR" && pwd)/manifest.json")
  [ "${#manifest[@]}" -eq 0 ] && log "no manifest in $REAL_DIR: synthetic rows only"
  log "seeding $ROWS synthetic candidacies into $WORK/data"
  local start=$SECONDS
  seed_rows "$ROWS" "$WORK/data" "$WORK/targets.env" "$WORK/seed.log" "${manifest[@]}"
  SEED_SECONDS=$((SECONDS - start))
  source "$WORK/targets.env"
}

start_api() {
  log "starting the API on $API"
  start_api_on "$API" "$WORK/data" "$WORK/api.log"
}

start_static() {
  log "starting the static server on $STATIC"
  local args=() n=0
  for path in "$@"; do args+=("--Bench:Paths:$n=$path"); n=$((n + 1)); done
  (cd "$WORK/Conoceles.Bench.StaticServer" && ASPNETCORE_ENVIRONMENT=Production exec dotnet \
    "$WORK/Conoceles.Bench.StaticServer/Conoceles.Bench.StaticServer.dll" \
    --urls "$STATIC" "--Bench:ApiBase=$API" "${args[@]}" >"$WORK/static.log" 2>&1) &
  pids+=($!)
  wait_for "$STATIC/ready" || { tail -20 "$WORK/static.log" >&2; exit 1; }
  grep '^/static/' "$WORK/static.log" >&2 || true
}

total_of() { curl -fsS "$API$1" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2; }

prepare
log "building the API, the seeder and the static server (Release)"
publish Conoceles.Api/Conoceles.Api.csproj bench/Seeder/Conoceles.Bench.Seeder.csproj \
  bench/StaticServer/Conoceles.Bench.StaticServer.csproj
export Database__DataDirectory="$WORK/data"
export Catalogs__Directory="${CONOCELES_CATALOG_DIR:-$ROOT/../shared/data/catalogs}"
seed
start_api
NAMES=("profile" "filtered search" "name search" "ballot")
PATHS=("$PROFILE" "$FILTERED" "$NAME" "$BALLOT")
MIN_RATIOS=(0.60 0.40 0.40 0.40)
# Before the static server fetches them: its fetch would be each URL's first answer.
firsts=()
for i in "${!PATHS[@]}"; do firsts+=("$(first_answer "$API${PATHS[$i]}")"); done
start_static "${PATHS[@]}"

# Static first, while the API is idle, so the API's backlog cannot slow the reference.
statics=()
for i in "${!PATHS[@]}"; do
  settle
  statics+=("$(measure "$STATIC/static/$i" | awk -v OFS='\t' '{ print $1, $2, $3 }')")
done

rows=()
for i in "${!PATHS[@]}"; do
  log "${NAMES[$i]}: ${PATHS[$i]}"
  rows+=("$(bench_row "${NAMES[$i]}" "$API${PATHS[$i]}" "${statics[$i]}" "${MIN_RATIOS[$i]}" "${firsts[$i]}")")
done

commit="$(commit_label)"
echo
echo "Conóceles API benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
echo "machine: $(nproc) cores, $(cpu_model); wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency" \
  "after a $WARMUP warm-up"
echo "data: $(total_of "/api/v1/candidacies?pageSize=1") published candidacies," \
  "$(total_of "/api/v1/candidacies?process=bench-2027&pageSize=1") of them synthetic (bench-2027);" \
  "seeding took ${SEED_SECONDS} s"
echo "targets: profile >= 60 % of static rps, searches >= 40 %, p99 <= $MAX_P99_MS ms (2 cores, 64 connections)"
echo
print_table "${rows[@]}"
