#!/usr/bin/env bash
# Shared settings of the native (no Docker) stack. Sourced by every script.
# Two environments live side by side so that tests never touch the demo stack:
#   dev  - the stack started by scripts/run.sh for people
#   test - the stack started by scripts/test.sh (own data, own ports)
DONDOC_ROOT="${DONDOC_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
DONDOC_ENV="${DONDOC_ENV:-dev}"
if [ "$DONDOC_ENV" = "test" ]; then
  : "${DONDOC_DB_PORT:=33316}" "${DONDOC_KC_PORT:=18090}" "${DONDOC_BACKEND_PORT:=8090}" "${DONDOC_FRONTEND_PORT:=5183}"
  : "${DONDOC_MAIL_SMTP_PORT:=13025}" "${DONDOC_MAIL_IMAP_PORT:=13143}" "${DONDOC_MAIL_API_PORT:=18025}"
else
  : "${DONDOC_DB_PORT:=33306}" "${DONDOC_KC_PORT:=18080}" "${DONDOC_BACKEND_PORT:=8080}" "${DONDOC_FRONTEND_PORT:=5173}"
  : "${DONDOC_MAIL_SMTP_PORT:=3025}" "${DONDOC_MAIL_IMAP_PORT:=3143}" "${DONDOC_MAIL_API_PORT:=8025}"
fi
DONDOC_STATE_DIR="${DONDOC_STATE_DIR:-$DONDOC_ROOT/.run/$DONDOC_ENV}"
DONDOC_LOG_DIR="$DONDOC_STATE_DIR/logs"
DONDOC_PID_DIR="$DONDOC_STATE_DIR/pids"
DONDOC_TOOLS_DIR="${DONDOC_TOOLS_DIR:-$DONDOC_ROOT/.tools}"
DONDOC_OUT_DIR="${DONDOC_OUT_DIR:-$DONDOC_ROOT/out}"
DONDOC_DB_NAME="${DONDOC_DB_NAME:-dondoc}"
DONDOC_DB_USER="${DONDOC_DB_USER:-dondoc}"
DONDOC_DB_PASSWORD="${DONDOC_DB_PASSWORD:-dondoc}"
DONDOC_KC_VERSION="${DONDOC_KC_VERSION:-26.7.3}"
DONDOC_KC_URL="http://localhost:$DONDOC_KC_PORT"
DONDOC_REALM="dondoc"
export DONDOC_ROOT DONDOC_ENV DONDOC_DB_PORT DONDOC_KC_PORT DONDOC_BACKEND_PORT DONDOC_FRONTEND_PORT \
  DONDOC_MAIL_SMTP_PORT DONDOC_MAIL_IMAP_PORT DONDOC_MAIL_API_PORT \
  DONDOC_STATE_DIR DONDOC_LOG_DIR DONDOC_PID_DIR DONDOC_TOOLS_DIR DONDOC_OUT_DIR \
  DONDOC_DB_NAME DONDOC_DB_USER DONDOC_DB_PASSWORD DONDOC_KC_VERSION DONDOC_KC_URL DONDOC_REALM
mkdir -p "$DONDOC_LOG_DIR" "$DONDOC_PID_DIR" "$DONDOC_TOOLS_DIR" "$DONDOC_OUT_DIR"

log() { printf '\033[1;34m[dondoc]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[dondoc] %s\033[0m\n' "$*" >&2; exit 1; }

# Waits until a URL answers 2xx/3xx, or fails after N seconds.
wait_for_http() {
  local url="$1" seconds="${2:-120}" name="${3:-$1}" i
  for ((i = 0; i < seconds; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  die "$name did not answer at $url within ${seconds}s (logs: $DONDOC_LOG_DIR)"
}

# Stops the process recorded in a pid file, and its children.
stop_pidfile() {
  local file="$DONDOC_PID_DIR/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# Installs Debian packages that are missing (as root, or with sudo).
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
