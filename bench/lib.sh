# Steps shared by bench/run.sh and bench/exports.sh. Sourced, not run, after scripts/lib.sh; the
# caller sets WORK, its temporary folder, and installs the trap: trap cleanup INT TERM EXIT.

pids=()
cleanup() {
  local status=$?
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${BENCH_KEEP:-}" ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# require_free_ports HINT URL...: exits when a URL's port already answers.
require_free_ports() {
  local hint="$1" url
  shift
  for url in "$@"; do
    port_free "${url##*:}" || { echo "port ${url##*:} is in use; set $hint" >&2; exit 1; }
  done
}

require_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet not on PATH)." >&2; exit 1; }
}

# publish PROJECT...: Release builds into $WORK/<project name>, one folder each.
publish() {
  local project
  for project in "$@"; do
    dotnet publish "$ROOT/$project" -c Release -o "$WORK/$(basename "$project" .csproj)" --nologo -v quiet \
      >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; exit 1; }
  done
}

# seed_rows ROWS DATA_DIR TARGETS LOG [--manifest PATH]: the synthetic process (and the real
# exports of a manifest) into DATA_DIR; TARGETS receives the URLs the seeder chose.
seed_rows() {
  local rows="$1" data="$2" targets="$3" out="$4"
  shift 4
  (cd "$WORK" && Database__DataDirectory="$data" dotnet \
    "$WORK/Conoceles.Bench.Seeder/Conoceles.Bench.Seeder.dll" --rows "$rows" --targets "$targets" "$@") |
    tee "$out"
}

# start_api_on URL DATA_DIR LOG: the published API as deployed, rate limit lifted; sets API_PID.
start_api_on() {
  local url="$1" data="$2" out="$3"
  # From its own folder, as deployed: the content root is where appsettings.json is.
  (cd "$WORK/Conoceles.Api" && ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false \
    Database__DataDirectory="$data" exec dotnet "$WORK/Conoceles.Api/Conoceles.Api.dll" --urls "$url" \
    >"$out" 2>&1) &
  API_PID=$!
  pids+=("$API_PID")
  wait_for "$url/health/ready" 120 "$API_PID" || { tail -20 "$out" >&2; exit 1; }
}

# stop_server PID: stops one server this script started and forgets it.
stop_server() {
  local pid="$1" kept=() p
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  pids=("${kept[@]}")
}

cpu_model() {
  local model
  model="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  [ -n "$model" ] || model="$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1)"
  echo "${model:-unknown CPU}"
}

# Waits, at most 20 s, until the CPUs are mostly idle, so one run's backlog does not slow the next.
settle() {
  local _ user nice system idle rest busy1 total1 busy2 total2
  for _ in $(seq 40); do
    read -r _ user nice system idle rest < /proc/stat
    busy1=$((user + nice + system)); total1=$((busy1 + idle))
    sleep 0.5
    read -r _ user nice system idle rest < /proc/stat
    busy2=$((user + nice + system)); total2=$((busy2 + idle))
    [ $(( (busy2 - busy1) * 100 )) -le $(( (total2 - total1) * 20 )) ] && return 0
  done
  log "the CPUs stayed busy for 20 s (another process?): measuring anyway"
}

# The short commit, and whether the working tree had changes, for report headers.
commit_label() {
  local commit
  commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ] && commit="$commit (uncommitted changes)"
  echo "$commit"
}
