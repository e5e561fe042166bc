// Calling the API as a demo user, for the end-to-end steps that prepare data rather than test the
// pages: tokens from Keycloak's password grant through the test client dondoc-tests, which only
// the test environment has (scripts/lib/keycloak.sh keycloak_add_test_client).
//
// Environment:
//   DONDOC_BACKEND_URL  the running backend (default http://localhost:8090)
import assert from 'node:assert/strict';

export const backendUrl = (process.env.DONDOC_BACKEND_URL || 'http://localhost:8090').replace(
  /\/+$/,
  '',
);

const tokens = new Map();

export async function token(kcOrigin, username, password) {
  if (tokens.has(username)) return tokens.get(username);
  const response = await fetch(`${kcOrigin}/realms/dondoc/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'dondoc-tests',
      username,
      password,
    }),
  });
  const text = await response.text();
  assert.equal(response.status, 200, `no token for ${username}: ${text}`);
  const { access_token: accessToken } = JSON.parse(text);
  tokens.set(username, accessToken);
  return accessToken;
}

/** One API call as `username`; resolves with the parsed JSON (or null), failing on an unexpected status. */
export async function call(
  kcOrigin,
  username,
  password,
  method,
  path,
  body,
  expected = [200, 201],
) {
  const response = await fetch(`${backendUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token(kcOrigin, username, password)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(
    expected.includes(response.status),
    `${method} ${path} as ${username}: ${response.status} ${text}`,
  );
  return text ? JSON.parse(text) : null;
}
