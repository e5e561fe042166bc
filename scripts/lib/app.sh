#!/usr/bin/env bash
# The Dondoc backend (Quarkus jar) and frontend (built SPA served by Vite's preview server, which
# proxies /api to the backend) on the native stack.

ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ensure_packages nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20 or later is needed for the frontend (found $(node --version))"
}

backend_build() {
  log "building the backend"
  backend_mvn -q package -DskipTests
}

backend_start() {
  local jar="$DONDOC_ROOT/backend/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || die "backend not built: $jar is missing"
  if curl -fsS -o /dev/null "http://127.0.0.1:$DONDOC_BACKEND_PORT/q/health/ready" 2>/dev/null; then
    log "backend already running on port $DONDOC_BACKEND_PORT"
    return 0
  fi
  log "starting the backend on port $DONDOC_BACKEND_PORT"
  (
    cd "$DONDOC_ROOT/backend"
    QUARKUS_HTTP_PORT="$DONDOC_BACKEND_PORT" \
      DONDOC_OIDC_URL="$DONDOC_KC_URL/realms/$DONDOC_REALM" \
      DONDOC_DEMO_DATA_ENABLED="${DONDOC_DEMO_DATA_ENABLED:-true}" \
      DONDOC_MAIL_ENABLED="${DONDOC_MAIL_ENABLED:-true}" \
      DONDOC_SMTP_HOST="${DONDOC_SMTP_HOST:-127.0.0.1}" \
      DONDOC_SMTP_PORT="${DONDOC_SMTP_PORT:-$DONDOC_MAIL_SMTP_PORT}" \
      QUARKUS_MAILER_START_TLS="${QUARKUS_MAILER_START_TLS:-DISABLED}" \
      DONDOC_FRONTEND_URL="${DONDOC_FRONTEND_URL:-http://localhost:$DONDOC_FRONTEND_PORT}" \
      DONDOC_DEMO_DATA_HISTORY="${DONDOC_DEMO_HISTORY_ENABLED:-true}" \
      nohup java -Xmx512m -jar "$jar" >"$DONDOC_LOG_DIR/backend.log" 2>&1 &
    echo $! >"$DONDOC_PID_DIR/backend.pid"
  )
  # The demo history (reports 2023-2026, the 2025 reorganisation) is replayed at start-up: a minute or two on a busy machine.
  wait_for_http "http://127.0.0.1:$DONDOC_BACKEND_PORT/q/health/ready" 360 "backend"
}

frontend_install() {
  ensure_node
  local dir="$DONDOC_ROOT/frontend" stamp="$DONDOC_ROOT/frontend/node_modules/.dondoc-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    log "installing frontend packages (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

frontend_build() {
  frontend_install
  log "building the frontend"
  (cd "$DONDOC_ROOT/frontend" && npm run --silent build >"$DONDOC_LOG_DIR/frontend-build.log" 2>&1) \
    || { tail -30 "$DONDOC_LOG_DIR/frontend-build.log"; die "frontend build failed"; }
}

frontend_start() {
  local dist="$DONDOC_ROOT/frontend/dist"
  [ -f "$dist/index.html" ] || die "frontend not built: $dist/index.html is missing"
  if curl -fsS -o /dev/null "http://127.0.0.1:$DONDOC_FRONTEND_PORT/" 2>/dev/null; then
    log "frontend already running on port $DONDOC_FRONTEND_PORT"
    return 0
  fi
  # The built app reads where Keycloak is at run time, so one build serves every environment.
  printf '{"keycloakUrl":"%s","realm":"%s","clientId":"dondoc-web"}\n' "$DONDOC_KC_URL" "$DONDOC_REALM" >"$dist/config.json"
  log "starting the frontend on port $DONDOC_FRONTEND_PORT"
  (
    cd "$DONDOC_ROOT/frontend"
    DONDOC_BACKEND_URL="http://127.0.0.1:$DONDOC_BACKEND_PORT" \
      nohup node node_modules/vite/bin/vite.js preview --port "$DONDOC_FRONTEND_PORT" --strictPort >"$DONDOC_LOG_DIR/frontend.log" 2>&1 &
    echo $! >"$DONDOC_PID_DIR/frontend.pid"
  )
  wait_for_http "http://localhost:$DONDOC_FRONTEND_PORT/" 60 "frontend"
}
