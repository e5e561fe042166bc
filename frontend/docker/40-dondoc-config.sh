#!/bin/sh
# Writes the front end's runtime configuration (read by src/config.ts) from the environment.
set -eu

json_string() {
  # JSON string literal of $1 (backslashes and double quotes escaped; control characters dropped).
  printf '"%s"' "$(printf '%s' "$1" | tr -d '\000-\037' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

target="${DONDOC_CONFIG_FILE:-/usr/share/nginx/html/config.json}"
{
  printf '{\n'
  printf '  "keycloakUrl": %s,\n' "$(json_string "${KEYCLOAK_URL:-http://localhost:8180}")"
  printf '  "realm": %s,\n' "$(json_string "${KEYCLOAK_REALM:-dondoc}")"
  printf '  "clientId": %s\n' "$(json_string "${KEYCLOAK_CLIENT_ID:-dondoc-web}")"
  printf '}\n'
} >"$target.tmp"
mv "$target.tmp" "$target"
echo "$0: wrote $target (Keycloak ${KEYCLOAK_URL:-http://localhost:8180}, realm ${KEYCLOAK_REALM:-dondoc}, client ${KEYCLOAK_CLIENT_ID:-dondoc-web})"
