# wrk runs and the results table of bench/run.sh. Sourced, not run, after bench/lib.sh.
# A row is tab-separated: name, status, alone ms, api rps, p50, p99, errors, static rps, p50, p99,
# min ratio, first ms.

# Prints "rps p50_ms p99_ms errors" from wrk's --latency output on stdin.
parse_wrk() {
  awk '
    function ms(v,   n) {
      n = v + 0
      if (v ~ /us$/) return n / 1000
      if (v ~ /ms$/) return n
      if (v ~ /m$/) return n * 60000
      if (v ~ /s$/) return n * 1000
      return n
    }
    /^Requests\/sec:/ { rps = $2 }
    /^[ \t]+50%/ { p50 = ms($2) }
    /^[ \t]+99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { for (i = 4; i <= NF; i += 2) errors += $i }
    /requests in/ { if ($1 == 0) errors = -1 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

# Warm-up, then the measured run; prints parse_wrk's fields.
measure() {
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" "$1" >/dev/null
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --latency "$1" | tee -a "$WORK/wrk.log" | parse_wrk
}

# "status seconds": the fastest of five requests one at a time, so start-up costs do not count.
alone() {
  for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}\n' "$1"; done |
    sort -k2 -n | head -1
}

# Milliseconds of the first request for a URL nobody asked for yet: the database's work, which the
# response cache spares the requests after it. Three requests of the same URL with an extra
# parameter come first: the same code and rows, other cache entries, so start-up does not count.
first_answer() {
  local url="$1" sep='?'
  [[ "$url" == *\?* ]] && sep='&'
  for n in 1 2 3; do curl -s -o /dev/null --max-time 30 "$url${sep}warm=$n"; done
  curl -s -o /dev/null --max-time 30 -w '%{time_total}\n' "$url" | awk '{ printf "%.1f", $1 * 1000 }'
}

bench_row() {
  local name="$1" url="$2" static="$3" min_ratio="$4" first="$5" status alone rps p50 p99 errors ms
  read -r status alone <<<"$(alone "$url")"
  if [ "$status" != 200 ]; then
    printf '%s\t%s\t\t\t\t\t\t\t\t\t%s\t%s\n' "$name" "$status" "$min_ratio" "$first"
    return
  fi

  settle
  read -r rps p50 p99 errors <<<"$(measure "$url")"
  ms="$(awk -v s="$alone" 'BEGIN { printf "%.1f", s * 1000 }')"
  printf '%s\t200\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$name" "$ms" "$rps" "$p50" "$p99" "$errors" "$static" "$min_ratio" "$first"
}

print_table() {
  printf '%s\n' "$@" | awk -F'\t' -v max_p99="$MAX_P99_MS" '
    BEGIN {
      fmt = "| %-15s | %8s | %8s | %8s | %7s | %7s | %10s | %10s | %10s | %5s | %-28s | %s |\n"
      printf fmt, "endpoint", "first ms", "alone ms", "rps", "p50 ms", "p99 ms", "static rps", "static p50",
        "static p99", "ratio", "target", "result"
      printf fmt, "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---"
    }
    {
      target = sprintf(">= %.0f %% static, p99 <= %d ms", $11 * 100, max_p99)
      if ($2 != 200) {
        printf fmt, $1, $12, "", "n/a (" $2 ")", "", "", "", "", "", "", target, "n/a"
        next
      }
      ratio = $8 > 0 ? $4 / $8 : 0
      result = (ratio >= $11 && $6 <= max_p99 && $7 == 0) ? "PASS" : "FAIL"
      if ($7 > 0) result = result " (" $7 " errors)"
      if ($7 < 0) result = result " (no answer within the run)"
      if ($5 == 0 && $7 != 0) { $5 = ">2000"; $6 = ">2000" }
      printf fmt, $1, $12, $3, $4, $5, $6, $8, $9, $10, sprintf("%.2f", ratio), target, result
    }'
}
