#!/usr/bin/env bash
# Runs every Dondoc test on this machine, without Docker, against real servers:
#   1. backend tests (Quarkus, real MariaDB, real Keycloak tokens, the openapi.yaml drift check)
#   2. frontend checks and unit tests (generated API types up to date, OpenAPI lint, lint, types, Vitest)
#   3. end-to-end: the stack started by scripts/run.sh (with its GreenMail SMTP/IMAP server, whose
#      ports go to the tests: mails are read back over IMAP), a real login in Chromium (playwright-core)
#   4. docker-compose.yml validation
# Everything runs in the "test" environment (own ports and data) and is stopped at the end.
set -euo pipefail
export DONDOC_ENV=test
source "$(dirname "$0")/lib/env.sh"
source "$DONDOC_ROOT/scripts/lib/maven.sh"
source "$DONDOC_ROOT/scripts/lib/mariadb.sh"
source "$DONDOC_ROOT/scripts/lib/keycloak.sh"
source "$DONDOC_ROOT/scripts/lib/app.sh"

started=$(date +%s)
step() { log "==> $* ($(($(date +%s) - started))s)"; }
cleanup() { "$DONDOC_ROOT/scripts/stop.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "installing what is missing"
ensure_packages curl ca-certificates unzip openssl chromium fonts-noto-core
command -v docker-compose >/dev/null 2>&1 || ensure_packages docker-compose
ensure_maven
ensure_node

step "starting MariaDB and Keycloak"
mariadb_start
mariadb_create_database dondoc_test
# The end-to-end stack loads the demo program into a fresh database, so its expectations are exact.
mariadb_sql -e "DROP DATABASE IF EXISTS \`$DONDOC_DB_NAME\`"
mariadb_create_database "$DONDOC_DB_NAME"
keycloak_ensure_installed
keycloak_start
keycloak_add_test_client

step "backend: tests and package"
backend_mvn verify

step "frontend: generated API types, lint, type check, unit tests"
frontend_install
(
  cd "$DONDOC_ROOT/frontend"
  npm run --silent check:api
  npm run --silent lint:api
  npm run --silent lint
  npm run --silent typecheck
  npm test
)

step "end-to-end: the stack of scripts/run.sh and a real browser"
DONDOC_SKIP_BACKEND_BUILD=1 "$DONDOC_ROOT/scripts/run.sh"
curl -fsS "http://127.0.0.1:$DONDOC_BACKEND_PORT/q/health" | grep -q '"status": *"UP"' || die "health is not UP"
curl -fsS "http://127.0.0.1:$DONDOC_BACKEND_PORT/q/swagger-ui/" | grep -qi 'swagger' || die "Swagger UI is not served"
log "health is UP and Swagger UI is served"
expected="$DONDOC_OUT_DIR/e2e/expected-codes-skhcn.txt"
mkdir -p "$(dirname "$expected")"
# What the database says Sở KH&CN holds in force (with the demo's history it took over Sở TT&TT's open shares on
# 1/3/2025): the browser must show exactly these tasks.
mariadb_sql -N -D "$DONDOC_DB_NAME" -e "SELECT DISTINCT t.code FROM task t JOIN assignment a ON a.task_id = t.id
  JOIN unit u ON u.id = a.unit_id WHERE u.code = 'SKHCN' AND a.status <> 'CANCELLED' AND t.kind IS NOT NULL
  ORDER BY t.code" >"$expected"
[ -s "$expected" ] || die "no task assigned to SKHCN in the demo database"
(
  cd "$DONDOC_ROOT/frontend"
  DONDOC_FRONTEND_URL="http://localhost:$DONDOC_FRONTEND_PORT" \
    DONDOC_BACKEND_URL="http://localhost:$DONDOC_BACKEND_PORT" \
    DONDOC_E2E_USER=chuyenvien.skhcn DONDOC_E2E_PASSWORD=dondoc \
    DONDOC_E2E_EXPECTED_CODES_FILE="$expected" DONDOC_E2E_HIDDEN_CODE=II.1.c \
    DONDOC_E2E_IMAP_HOST=127.0.0.1 DONDOC_E2E_IMAP_PORT="$DONDOC_MAIL_IMAP_PORT" \
    DONDOC_E2E_SMTP_PORT="$DONDOC_MAIL_SMTP_PORT" DONDOC_E2E_MAIL_API_URL="http://127.0.0.1:$DONDOC_MAIL_API_PORT" \
    DONDOC_OUT_DIR="$DONDOC_OUT_DIR" npm run test:e2e
)

step "docker-compose.yml validation"
docker-compose -f "$DONDOC_ROOT/docker-compose.yml" config -q
log "docker-compose.yml is valid"

step "all tests passed"
