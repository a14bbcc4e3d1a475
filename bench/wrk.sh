# wrk runs and the results table of bench/run.sh. Sourced, not run.
# A row is tab-separated: name, status, api rps, p50, p99, errors, static rps, p50, p99, min ratio.

cpu_model() {
  local model
  model="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  [ -n "$model" ] || model="$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1)"
  echo "${model:-unknown CPU}"
}

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
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

# Warm-up, then the measured run; prints parse_wrk's fields.
measure() {
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" "$1" >/dev/null
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --latency "$1" | tee -a "$WORK/wrk.log" | parse_wrk
}

bench_row() {
  local name="$1" url="$2" static_url="$3" min_ratio="$4" status rps p50 p99 errors srps sp50 sp99
  status="$(curl -s -o /dev/null -w '%{http_code}' "$url")"
  if [ "$status" != 200 ]; then
    printf '%s\t%s\t\t\t\t\t\t\t\t%s\n' "$name" "$status" "$min_ratio"
    return
  fi

  read -r rps p50 p99 errors <<<"$(measure "$url")"
  read -r srps sp50 sp99 _ <<<"$(measure "$static_url")"
  printf '%s\t200\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$name" "$rps" "$p50" "$p99" "$errors" "$srps" "$sp50" "$sp99" "$min_ratio"
}

print_table() {
  printf '%s\n' "$@" | awk -F'\t' -v max_p99="$MAX_P99_MS" '
    BEGIN {
      fmt = "| %-15s | %8s | %7s | %7s | %10s | %10s | %10s | %6s | %-29s | %-6s |\n"
      printf fmt, "endpoint", "rps", "p50 ms", "p99 ms", "static rps", "static p50", "static p99",
        "ratio", "target", "result"
      printf fmt, "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---"
    }
    {
      target = sprintf(">= %.0f %% static, p99 <= %d ms", $10 * 100, max_p99)
      if ($2 != 200) {
        na = "n/a (" $2 ")"
        printf fmt, $1, na, "", "", "", "", "", "", target, "n/a"
        next
      }
      ratio = $7 > 0 ? $3 / $7 : 0
      result = (ratio >= $10 && $5 <= max_p99 && $6 == 0) ? "PASS" : "FAIL"
      if ($6 > 0) result = result " (" $6 " errors)"
      printf fmt, $1, $3, $4, $5, $7, $8, $9, sprintf("%.2f", ratio), target, result
    }'
}
