#!/usr/bin/env bash
# Export benchmark: time and peak memory of each export format at two sizes; see bench/README.md.
# Reports, never gates: exits 0 when it ran, whatever the results, and non-zero only when it
# could not run.
# BENCH_SMALL_ROWS (10000), BENCH_ROWS (100000), BENCH_DOWNLOADS (3),
# BENCH_FORMATS ("csv xlsx json ndjson csv-ine"), BENCH_API_PORT (5090),
# BENCH_KEEP (set: keep the temp folder with both databases, the logs and the last downloads).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$BENCH/../scripts/lib.sh"
source "$BENCH/lib.sh"
source "$BENCH/exports-table.sh"

SIZES=("${BENCH_SMALL_ROWS:-10000}" "${BENCH_ROWS:-100000}")
DOWNLOADS="${BENCH_DOWNLOADS:-3}"
read -r -a FORMATS <<<"${BENCH_FORMATS:-csv xlsx json ndjson csv-ine}"
API="http://127.0.0.1:${BENCH_API_PORT:-5090}"
PROCESS=bench-2027
MAX_SECONDS=3
MAX_RATIO=1.20
WORK="$(mktemp -d -t conoceles-exports.XXXXXX)"

trap cleanup INT TERM EXIT

prepare() {
  require_dotnet
  command -v curl >/dev/null || apt_install curl
  command -v unzip >/dev/null || apt_install unzip
  [ "${SIZES[0]}" -lt "${SIZES[1]}" ] || { echo "BENCH_SMALL_ROWS must be below BENCH_ROWS" >&2; exit 1; }
  [ "$DOWNLOADS" -ge 1 ] || { echo "BENCH_DOWNLOADS must be at least 1" >&2; exit 1; }
  for format in "${FORMATS[@]}"; do
    path_of "$format" >/dev/null || { echo "unknown format '$format' in BENCH_FORMATS" >&2; exit 1; }
  done
  require_free_ports BENCH_API_PORT "$API"
}

path_of() {
  local base="/api/v1/exports/candidacies"
  case "$1" in
    csv | xlsx | json | ndjson) echo "$base.$1?process=$PROCESS" ;;
    csv-ine) echo "$base.csv?process=$PROCESS&layout=ine" ;;
    *) return 1 ;;
  esac
}

# Rows in a downloaded file, header excluded: CSV records (a newline inside quotes is no record
# end), JSON objects (the records are flat, and `{"` never occurs unescaped inside a string),
# NDJSON lines, and the rows of the workbook's first sheet.
rows_in() {
  local format="$1" file="$2"
  case "$format" in
    csv | csv-ine) awk '{ q += gsub(/"/, "&") } q % 2 == 0 { n++; q = 0 } END { print n - 1 }' "$file" ;;
    json) grep -o '{"' "$file" | wc -l ;;
    ndjson) wc -l <"$file" ;;
    xlsx) unzip -p "$file" xl/worksheets/sheet1.xml | grep -o '<\(x:\)\?row[ >]' | wc -l |
      awk '{ print $1 - 1 }' ;;
  esac
}

mib_of() { awk -v k="$(sed -n "s/^$2:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$1/status")" \
  'BEGIN { printf "%.1f", k / 1024 }'; }

median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One fresh API per size and format, so the peak belongs to that export alone. Sets MEASURED,
# tab-separated: status, rows, median s, median first-byte s, bytes, idle MiB, peak MiB, RSS MiB
# after. Not run in a subshell, so the exit trap knows the server it started.
measure_export() {
  local format="$1" rows="$2" url="$API$(path_of "$1")" out="$WORK/export-$1-$2" status=200 line
  local times=() firsts=() bytes=0 idle first total
  settle
  start_api_on "$API" "$WORK/data-$rows" "$WORK/api-$format-$rows.log"
  curl -fsS -o /dev/null "$API/health/ready"
  curl -sS -o /dev/null -H 'If-None-Match: *' "$url"
  idle="$(mib_of "$API_PID" VmRSS)"
  for _ in $(seq "$DOWNLOADS"); do
    line="$(curl -sS -o "$out" --max-time 600 -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
      "$url" || true)"
    read -r status first total bytes <<<"$line"
    [ "$status" = 200 ] || break
    times+=("$total"); firsts+=("$first")
  done

  if [ "$status" != 200 ]; then
    MEASURED="$(printf '%s\t\t\t\t\t\t\t' "${status:-000}")"
  else
    MEASURED="$(printf '200\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$(rows_in "$format" "$out")" \
      "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${firsts[@]}" | median)" "$bytes" \
      "$idle" "$(mib_of "$API_PID" VmHWM)" "$(mib_of "$API_PID" VmRSS)")"
  fi
  stop_server "$API_PID"
  [ -n "${BENCH_KEEP:-}" ] || rm -f "$out"
}

prepare
log "building the API and the seeder (Release)"
publish Conoceles.Api/Conoceles.Api.csproj bench/Seeder/Conoceles.Bench.Seeder.csproj
export Catalogs__Directory="${CONOCELES_CATALOG_DIR:-$ROOT/../shared/data/catalogs}"
seeding=()
for rows in "${SIZES[@]}"; do
  log "seeding $rows synthetic candidacies into $WORK/data-$rows"
  start=$SECONDS
  seed_rows "$rows" "$WORK/data-$rows" "$WORK/targets-$rows.env" "$WORK/seed-$rows.log" >&2
  seeding+=("$rows in $((SECONDS - start)) s")
done

results=()
for format in "${FORMATS[@]}"; do
  row="$format"
  for rows in "${SIZES[@]}"; do
    log "$format, $rows rows: $DOWNLOADS downloads of $(path_of "$format")"
    measure_export "$format" "$rows"
    row="$row	$MEASURED"
  done
  results+=("$row")
done

echo
echo "Conóceles export benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(commit_label)"
echo "machine: $(nproc) cores, $(cpu_model); a fresh API (Release, Production) per size and format;" \
  "times are the median of $DOWNLOADS download(s) with curl"
echo "data: process $PROCESS, synthetic candidacies only; seeding took $(IFS=,; echo "${seeding[*]}" | sed 's/,/, /g')"
echo "targets: csv at ${SIZES[1]} rows in <= $MAX_SECONDS s; peak RSS at ${SIZES[1]} <= $MAX_RATIO x peak at" \
  "${SIZES[0]}; the other formats are held to the same bar for information"
echo
print_exports_table "${results[@]}"
