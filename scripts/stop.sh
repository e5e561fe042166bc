#!/usr/bin/env bash
# Stops the native Dondoc stack started by scripts/run.sh (DONDOC_ENV=test for the test stack).
set -uo pipefail
source "$(dirname "$0")/lib/env.sh"
source "$DONDOC_ROOT/scripts/lib/mariadb.sh"
source "$DONDOC_ROOT/scripts/lib/keycloak.sh"
source "$DONDOC_ROOT/scripts/lib/mail.sh"
stop_pidfile frontend
stop_pidfile backend
mail_stop
keycloak_stop
mariadb_stop
log "stopped the $DONDOC_ENV stack"
