#!/usr/bin/env bash
# Keycloak for the native (no Docker) stack. Sourced after env.sh.
#
#   keycloak_ensure_installed  fetch the server distribution (system Maven, Maven Central) into
#                              $DONDOC_TOOLS_DIR once, unpack it into $DONDOC_STATE_DIR/keycloak once
#   keycloak_start             start it in the background (realm keycloak/dondoc-realm.json imported;
#                              re-imported from scratch whenever that file changed)
#   keycloak_stop              stop it, leaving no Java process behind
#   keycloak_add_test_client   test env only: public client dondoc-tests with the password grant,
#                              then keycloak_verify_tokens
#   keycloak_verify_tokens     checks the claims of a user token and of the docsys service token
#   keycloak_token USER PASS   prints an access token (password grant through dondoc-tests)
#   keycloak_docsys_token      prints an access token of dondoc-docsys (client credentials)
#   keycloak_claims TOKEN      prints the decoded payload of a JWT as JSON
#
# The bootstrap admin of the master realm is admin / ${DONDOC_KC_ADMIN_PASSWORD:-admin}.

DONDOC_KC_HOME="$DONDOC_STATE_DIR/keycloak"
DONDOC_KC_REALM_FILE="$DONDOC_ROOT/keycloak/dondoc-realm.json"
DONDOC_KC_MGMT_PORT="${DONDOC_KC_MGMT_PORT:-$((DONDOC_KC_PORT + 1000))}"
DONDOC_KC_LOCAL_URL="http://127.0.0.1:$DONDOC_KC_PORT"
DONDOC_KC_TEST_CLIENT="dondoc-tests"
DONDOC_KC_DOCSYS_CLIENT="dondoc-docsys"
DONDOC_KC_DOCSYS_SECRET="${DONDOC_KC_DOCSYS_SECRET:-docsys-dev-secret}"

_kc_tarball() { printf '%s\n' "$DONDOC_TOOLS_DIR/keycloak-$DONDOC_KC_VERSION.tar.gz"; }
_kc_pidfile() { printf '%s\n' "$DONDOC_PID_DIR/keycloak.pid"; }
_kc_sumfile() { printf '%s\n' "$DONDOC_STATE_DIR/keycloak-realm.sha256"; }
_kc_realm_sum() { sha256sum "$DONDOC_KC_REALM_FILE" | cut -d' ' -f1; }
_kc_answering() { curl -s -o /dev/null --max-time 3 "$DONDOC_KC_LOCAL_URL/" 2>/dev/null; }
_kc_realm_ready() {
  curl -fsS -o /dev/null --max-time 3 "$DONDOC_KC_LOCAL_URL/realms/$DONDOC_REALM/.well-known/openid-configuration" 2>/dev/null
}
_kc_ensure_python() { command -v python3 >/dev/null 2>&1 || ensure_packages python3; }

# The server distribution, once per machine (tarball) and once per environment (unpacked copy).
keycloak_ensure_installed() {
  ensure_packages curl
  _kc_ensure_python
  local tarball tmp
  tarball=$(_kc_tarball)
  if [ ! -s "$tarball" ]; then
    ensure_packages maven default-jdk-headless
    log "fetching Keycloak $DONDOC_KC_VERSION (org.keycloak:keycloak-quarkus-dist, about 176 MB)"
    tmp=$(mktemp -d)
    # Run from an empty directory: the copy goal needs no project.
    (cd "$tmp" && mvn -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$DONDOC_KC_VERSION:tar.gz" \
      -DoutputDirectory="$tmp") || { rm -rf "$tmp"; die "could not fetch Keycloak $DONDOC_KC_VERSION with Maven"; }
    mv "$tmp/keycloak-quarkus-dist-$DONDOC_KC_VERSION.tar.gz" "$tarball.part" && mv "$tarball.part" "$tarball"
    rm -rf "$tmp"
  fi
  if [ ! -x "$DONDOC_KC_HOME/bin/kc.sh" ] || [ "$(cat "$DONDOC_KC_HOME/.dondoc-version" 2>/dev/null)" != "$DONDOC_KC_VERSION" ]; then
    if [ -f "$(_kc_pidfile)" ]; then keycloak_stop; fi
    log "unpacking Keycloak $DONDOC_KC_VERSION into $DONDOC_KC_HOME"
    rm -rf "$DONDOC_KC_HOME" "$DONDOC_KC_HOME.part" "$(_kc_sumfile)" "$DONDOC_STATE_DIR/kcadm.config"
    mkdir -p "$DONDOC_KC_HOME.part"
    tar -xzf "$tarball" -C "$DONDOC_KC_HOME.part" --strip-components=1 --no-same-owner
    echo "$DONDOC_KC_VERSION" >"$DONDOC_KC_HOME.part/.dondoc-version"
    mv "$DONDOC_KC_HOME.part" "$DONDOC_KC_HOME"
  fi
}

# Starts Keycloak on 127.0.0.1:$DONDOC_KC_PORT (issuer http://localhost:$DONDOC_KC_PORT/realms/dondoc).
keycloak_start() {
  local pidfile sum old_sum
  pidfile=$(_kc_pidfile)
  [ -f "$DONDOC_KC_REALM_FILE" ] || die "missing realm file $DONDOC_KC_REALM_FILE"
  sum=$(_kc_realm_sum)
  old_sum=$(cat "$(_kc_sumfile)" 2>/dev/null || true)
  if _kc_answering; then
    if [ "$sum" = "$old_sum" ] || [ ! -f "$pidfile" ]; then
      [ "$sum" = "$old_sum" ] || log "Keycloak on port $DONDOC_KC_PORT was not started by these scripts; realm file changes are not applied"
      log "Keycloak already answers on port $DONDOC_KC_PORT"
      return 0
    fi
    log "realm file changed: restarting Keycloak to re-import it"
    keycloak_stop
  fi
  keycloak_ensure_installed
  if [ -f "$pidfile" ]; then keycloak_stop; fi # a stale pid file of a server that died
  if [ "$sum" != "$old_sum" ]; then
    # A realm that exists is never imported again: start from an empty database.
    [ -z "$old_sum" ] || log "realm file changed since the last import: wiping Keycloak's data to re-import it"
    rm -rf "$DONDOC_KC_HOME/data/h2" "$DONDOC_KC_HOME/data/import" "$DONDOC_STATE_DIR/kcadm.config" "$(_kc_sumfile)"
  fi
  mkdir -p "$DONDOC_KC_HOME/data/import" "$DONDOC_LOG_DIR" "$DONDOC_PID_DIR"
  cp "$DONDOC_KC_REALM_FILE" "$DONDOC_KC_HOME/data/import/dondoc-realm.json"

  log "starting Keycloak $DONDOC_KC_VERSION on port $DONDOC_KC_PORT (management $DONDOC_KC_MGMT_PORT, log $DONDOC_LOG_DIR/keycloak.log)"
  local started=$SECONDS
  # setsid: kc.sh and its Java child get a process group of their own, whose id (the leader's pid)
  # goes into the pid file; keycloak_stop signals the whole group.
  # shellcheck disable=SC2016 # $$ is the new session leader's pid, expanded by the inner bash
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${DONDOC_KC_ADMIN_PASSWORD:-admin}" \
    setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" \
      "$DONDOC_KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$DONDOC_KC_PORT" \
      --hostname="http://localhost:$DONDOC_KC_PORT" \
      --http-management-port="$DONDOC_KC_MGMT_PORT" \
      --import-realm \
      </dev/null >"$DONDOC_LOG_DIR/keycloak.log" 2>&1 &
  local i pid=""
  for ((i = 0; i < 180; i++)); do
    [ -n "$pid" ] || pid=$(cat "$pidfile" 2>/dev/null || true)
    if _kc_realm_ready; then break; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$DONDOC_LOG_DIR/keycloak.log" >&2 || true
      rm -f "$pidfile"
      die "Keycloak exited during start (log: $DONDOC_LOG_DIR/keycloak.log)"
    fi
    sleep 1
  done
  if ! _kc_realm_ready; then
    tail -n 40 "$DONDOC_LOG_DIR/keycloak.log" >&2 || true
    keycloak_stop
    die "Keycloak did not serve realm $DONDOC_REALM within 180s (log: $DONDOC_LOG_DIR/keycloak.log)"
  fi
  echo "$sum" >"$(_kc_sumfile)"
  log "Keycloak ready in $((SECONDS - started))s: $DONDOC_KC_URL/realms/$DONDOC_REALM"
}

# Stops the Keycloak started by keycloak_start (the whole process group: kc.sh and Java).
keycloak_stop() {
  local pidfile pid i
  pidfile=$(_kc_pidfile)
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  # Signal the group only while it still runs this Keycloak (a stale pid may have been reused).
  if [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null && ! pgrep -g "$pid" -f -- "$DONDOC_KC_HOME/" >/dev/null; then
    log "process group $pid is not this Keycloak any more: removing the stale pid file"
    pid=""
  fi
  if [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null; then
    log "stopping Keycloak (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
      log "Keycloak did not stop within 30s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 1
    fi
  fi
  rm -f "$pidfile"
}

# The admin CLI, logged in as the bootstrap admin (its config file lives in the state dir).
_kcadm() {
  "$DONDOC_KC_HOME/bin/kcadm.sh" "$@" --config "$DONDOC_STATE_DIR/kcadm.config"
}
_kcadm_login() {
  local out
  out=$(_kcadm config credentials --server "$DONDOC_KC_LOCAL_URL" --realm master \
    --user admin --password "${DONDOC_KC_ADMIN_PASSWORD:-admin}" 2>&1) || die "kcadm login as admin failed: $out"
}

# Test environment only: a public client with the password grant, for API tests and scripts.
keycloak_add_test_client() {
  [ "$DONDOC_ENV" = "test" ] || die "keycloak_add_test_client is for DONDOC_ENV=test only (the password grant stays off in dev)"
  _kc_realm_ready || die "Keycloak does not answer on port $DONDOC_KC_PORT: run keycloak_start first"
  _kcadm_login
  local id
  id=$(_kcadm get clients -r "$DONDOC_REALM" -q clientId="$DONDOC_KC_TEST_CLIENT" --fields id --format csv --noquotes) \
    || die "kcadm could not list the clients of realm $DONDOC_REALM"
  id=${id%%$'\n'*}
  local settings=(-s enabled=true -s publicClient=true -s directAccessGrantsEnabled=true
    -s standardFlowEnabled=false -s implicitFlowEnabled=false -s serviceAccountsEnabled=false
    -s 'name=Dondoc API tests'
    -s 'description=Test environment only: password grant for automated API tests. Never in the realm file.')
  local out
  if [ -z "$id" ]; then
    log "creating client $DONDOC_KC_TEST_CLIENT in realm $DONDOC_REALM"
    out=$(_kcadm create clients -r "$DONDOC_REALM" -s clientId="$DONDOC_KC_TEST_CLIENT" "${settings[@]}" 2>&1) \
      || die "could not create client $DONDOC_KC_TEST_CLIENT: $out"
  else
    out=$(_kcadm update "clients/$id" -r "$DONDOC_REALM" "${settings[@]}" 2>&1) \
      || die "could not update client $DONDOC_KC_TEST_CLIENT: $out"
  fi
  keycloak_verify_tokens
}

# Prints the payload of a JWT as JSON.
keycloak_claims() {
  _kc_ensure_python
  python3 -c '
import base64, json, sys
p = sys.argv[1].split(".")[1]
print(json.dumps(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4))), ensure_ascii=False, indent=2, sort_keys=True))
' "$1"
}

# POSTs a form to the token endpoint and prints the access token (dies with the error otherwise).
_kc_token_request() {
  _kc_ensure_python
  local body
  body=$(curl -sS --max-time 20 "$DONDOC_KC_LOCAL_URL/realms/$DONDOC_REALM/protocol/openid-connect/token" "$@") \
    || die "Keycloak token endpoint did not answer on port $DONDOC_KC_PORT"
  python3 -c '
import json, sys
try:
    d = json.loads(sys.argv[1])
except ValueError:
    sys.exit("token endpoint answered: " + sys.argv[1][:300])
if "access_token" not in d:
    sys.exit("no token: " + d.get("error", "?") + ": " + d.get("error_description", ""))
print(d["access_token"])
' "$body"
}

# keycloak_token USER PASSWORD: an access token through the test client (password grant).
keycloak_token() {
  [ $# -eq 2 ] || die "usage: keycloak_token USERNAME PASSWORD"
  _kc_token_request -d grant_type=password -d client_id="$DONDOC_KC_TEST_CLIENT" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" -d scope=openid
}

# An access token of the document-management system's service account (client credentials).
keycloak_docsys_token() {
  _kc_token_request -d grant_type=client_credentials -d client_id="$DONDOC_KC_DOCSYS_CLIENT" \
    --data-urlencode "client_secret=$DONDOC_KC_DOCSYS_SECRET"
}

# Checks what the backend relies on: unit_code, the dondoc-api audience and realm roles.
keycloak_verify_tokens() {
  _kc_ensure_python
  local user_token docsys_token
  user_token=$(keycloak_token chuyenvien.stttt dondoc) || die "no token for chuyenvien.stttt"
  keycloak_claims "$user_token" | python3 -c '
import json, sys
c = json.load(sys.stdin)
aud = c.get("aud"); aud = aud if isinstance(aud, list) else [aud]
roles = c.get("realm_access", {}).get("roles", [])
errors = []
if c.get("unit_code") != "STTTT": errors.append("unit_code is %r, expected STTTT" % c.get("unit_code"))
if "dondoc-api" not in aud: errors.append("aud %r lacks dondoc-api" % aud)
if "unit_officer" not in roles: errors.append("realm roles %r lack unit_officer" % roles)
for k in ("preferred_username", "name", "email"):
    if not c.get(k): errors.append("claim %s missing" % k)
if errors: sys.exit("chuyenvien.stttt token: " + "; ".join(errors))
' || die "user token check failed"
  docsys_token=$(keycloak_docsys_token) || die "no token for $DONDOC_KC_DOCSYS_CLIENT"
  keycloak_claims "$docsys_token" | python3 -c '
import json, sys
c = json.load(sys.stdin)
aud = c.get("aud"); aud = aud if isinstance(aud, list) else [aud]
roles = c.get("realm_access", {}).get("roles", [])
errors = []
if "integration" not in roles: errors.append("realm roles %r lack integration" % roles)
if "dondoc-api" not in aud: errors.append("aud %r lacks dondoc-api" % aud)
if errors: sys.exit("dondoc-docsys token: " + "; ".join(errors))
' || die "service account token check failed"
  log "Keycloak tokens checked: unit_code, audience dondoc-api and realm roles are present"
}
