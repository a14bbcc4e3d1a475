# The results table of bench/exports.sh. Sourced, not run.
# A row is tab-separated: format, then for each of the two sizes: status, rows, median s, median
# first-byte s, bytes, idle MiB, peak MiB, RSS MiB after. Needs SIZES, MAX_SECONDS, MAX_RATIO.

print_exports_table() {
  printf '%s\n' "$@" | awk -F'\t' -v small="${SIZES[0]}" -v large="${SIZES[1]}" \
    -v max_s="$MAX_SECONDS" -v max_ratio="$MAX_RATIO" '
    function k(n) { return n % 1000 == 0 ? n / 1000 "k" : n }
    BEGIN {
      fmt = "| %-7s | %-16s | %8s | %8s | %10s | %8s | %8s | %9s | %9s | %9s | %5s | %-18s | %s |\n"
      printf fmt, "format", "rows", "s " k(small), "s " k(large), "1st byte s", "MB " k(large), "idle MiB",
        "peak " k(small), "peak " k(large), "RSS after", "ratio", "target", "result"
      printf fmt, "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---",
        "---"
    }
    {
      target = $1 == "csv" ? sprintf("<= %d s, <= %.2f x", max_s, max_ratio) : "none (same bar)"
      if ($2 != 200 || $10 != 200) {
        status = $2 != 200 ? k(small) ": " $2 : k(large) ": " $10
        printf fmt, $1, "", "", "", "", "", "", "", "", "", "", target, "n/a (HTTP " status ")"
        next
      }
      ratio = $8 > 0 ? $16 / $8 : 0
      misses = ""
      if ($12 > max_s) misses = misses sprintf(", time %.2f s > %d s", $12, max_s)
      if (ratio > max_ratio + 1e-9) misses = misses sprintf(", memory %.2f x > %.2f x", ratio, max_ratio)
      if ($3 != small || $11 != large) misses = misses ", rows differ from those seeded"
      if ($1 == "csv") result = misses == "" ? "PASS" : "FAIL (" substr(misses, 3) ")"
      else result = misses == "" ? "meets both" : "misses: " substr(misses, 3)
      printf fmt, $1, $3 " / " $11, sprintf("%.2f", $4), sprintf("%.2f", $12), sprintf("%.2f", $13),
        sprintf("%.1f", $14 / 1e6), $15, $8, $16, $17, sprintf("%.2f", ratio), target, result
    }'
}
