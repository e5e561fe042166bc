import Keycloak from 'keycloak-js';
import type { AppConfig } from '../config';

/**
 * keycloak-js may be initialised only once per instance, and React's StrictMode mounts every
 * component twice in development: the instance and its init promise live here, outside React.
 */
let current: { key: string; keycloak: Keycloak; init?: Promise<boolean> } | undefined;

export function getKeycloak(config: AppConfig): Keycloak {
  const key = `${config.keycloakUrl}|${config.realm}|${config.clientId}`;
  if (!current || current.key !== key) {
    const keycloak = new Keycloak({
      url: config.keycloakUrl,
      realm: config.realm,
      clientId: config.clientId,
    });
    // Keep the session alive while the page is open; when refreshing fails, log in again.
    keycloak.onTokenExpired = () => {
      keycloak.updateToken(30).catch(() => keycloak.login());
    };
    keycloak.onAuthRefreshError = () => {
      void keycloak.login();
    };
    current = { key, keycloak };
  }
  return current.keycloak;
}

export function initKeycloakOnce(keycloak: Keycloak, locale: string): Promise<boolean> {
  if (!current || current.keycloak !== keycloak) throw new Error('Unknown Keycloak instance');
  current.init ??= keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // The session-status iframe needs third-party cookies, which browsers block.
    checkLoginIframe: false,
    locale,
  });
  return current.init;
}

/**
 * True when the Keycloak realm answers at all. An opaque (no-cors) request is enough to tell a
 * server that is down from one that is up, whatever its CORS settings.
 */
export async function isKeycloakReachable(
  config: AppConfig,
  timeoutMs = 10000,
  fetchFn: typeof fetch = fetch,
): Promise<boolean> {
  const url = `${config.keycloakUrl}/realms/${encodeURIComponent(config.realm)}/.well-known/openid-configuration`;
  try {
    await fetchFn(url, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/** Realm roles of the access token. */
export function tokenRoles(keycloak: Keycloak): string[] {
  const roles = keycloak.tokenParsed?.realm_access?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}
