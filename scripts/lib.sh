# Shared steps of run.sh and test.sh. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
API_URL="http://127.0.0.1:5080"
SPA_URL="http://127.0.0.1:5173"
API_OUT="$ROOT/artifacts/api"

log() { printf '==> %s\n' "$*" >&2; }

apt_install() {
  # Installs Debian packages that are missing; a no-op when all are present.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

require_toolchains() {
  command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet not on PATH)." >&2; exit 1; }
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then apt_install nodejs npm; fi
  command -v curl >/dev/null || apt_install curl
}

build_api() {
  log "building the API (Release)"
  local commit; commit="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"
  dotnet publish "$ROOT/Conoceles.Api/Conoceles.Api.csproj" -c Release -o "$API_OUT" --nologo -v quiet -clp:ErrorsOnly \
    -p:SourceRevisionId="$commit"
}

install_spa() {
  local stamp="$ROOT/web-client/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/web-client/package-lock.json" -nt "$stamp" ]; then
    log "installing web-client packages"
    (cd "$ROOT/web-client" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

build_spa() {
  install_spa
  log "building the SPA"
  (cd "$ROOT/web-client" && npm run --silent build >/dev/null)
}

wait_for() {
  # wait_for URL [TRIES] [PID]: polls every half second; gives up early when PID has exited.
  local url="$1" tries="${2:-120}" pid="${3:-}"
  for _ in $(seq "$tries"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "gave up waiting for $url: process $pid has exited" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "timed out waiting for $url" >&2
  return 1
}
