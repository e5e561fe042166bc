import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../config';
import { AuthContext, type AuthContextValue } from './AuthContext';
import { getKeycloak, initKeycloakOnce, isKeycloakReachable, tokenRoles } from './keycloak';

type State =
  | { status: 'initialising' }
  | { status: 'unreachable' }
  | { status: 'failed'; error: unknown }
  | { status: 'authenticated' };

/**
 * Owns keycloak-js: logs the user in (authorization code flow with PKCE S256) before anything
 * else is shown, keeps the token fresh, and offers the token and logout to the application.
 */
export function KeycloakProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const keycloak = getKeycloak(config);
  const [state, setState] = useState<State>(() =>
    keycloak.authenticated ? { status: 'authenticated' } : { status: 'initialising' },
  );

  useEffect(() => {
    let cancelled = false;
    const update = (next: State) => {
      if (!cancelled) setState(next);
    };
    (async () => {
      if (keycloak.authenticated) return update({ status: 'authenticated' });
      if (!(await isKeycloakReachable(config))) return update({ status: 'unreachable' });
      try {
        const authenticated = await initKeycloakOnce(keycloak, i18n.language);
        if (authenticated) update({ status: 'authenticated' });
        else await keycloak.login({ locale: i18n.language });
      } catch (error) {
        update({ status: 'failed', error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [config, keycloak, i18n]);

  const authenticated = state.status === 'authenticated';
  const value = useMemo<AuthContextValue | null>(() => {
    if (!authenticated) return null;
    const parsed = keycloak.tokenParsed as Record<string, unknown> | undefined;
    const username =
      typeof parsed?.preferred_username === 'string' ? parsed.preferred_username : '';
    const name = typeof parsed?.name === 'string' ? parsed.name : username;
    return {
      username,
      displayName: name,
      roles: tokenRoles(keycloak),
      async getToken() {
        try {
          await keycloak.updateToken(5);
        } catch (error) {
          await keycloak.login();
          throw error;
        }
        return keycloak.token;
      },
      login() {
        void keycloak.login({ locale: i18n.language });
      },
      async logout() {
        await keycloak.logout({ redirectUri: `${window.location.origin}/` });
      },
    };
  }, [authenticated, keycloak, i18n]);

  if (state.status === 'unreachable' || state.status === 'failed') {
    const unreachable = state.status === 'unreachable';
    return (
      <Result
        status={unreachable ? '500' : 'error'}
        data-testid="auth-error"
        title={unreachable ? t('auth.unreachableTitle') : t('auth.initFailedTitle')}
        subTitle={
          unreachable
            ? t('auth.unreachableDetail', { url: config.keycloakUrl })
            : t('auth.initFailedDetail')
        }
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('auth.retry')}
          </Button>
        }
      />
    );
  }
  if (!value) {
    return (
      <div
        style={{
          minHeight: '100vh',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        <Spin size="large" description={t('auth.loading')} data-testid="auth-loading">
          <div style={{ width: 240, height: 80 }} />
        </Spin>
      </div>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
