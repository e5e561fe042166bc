import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { AppConfig } from '../config';
import { useAuth } from './AuthContext';
import { KeycloakProvider } from './KeycloakProvider';

const { FakeKeycloak, instances } = vi.hoisted(() => {
  const instances: FakeKeycloak[] = [];
  class FakeKeycloak {
    authenticated = false;
    token: string | undefined;
    tokenParsed: Record<string, unknown> | undefined;
    onTokenExpired?: () => void;
    onAuthRefreshError?: () => void;
    init = vi.fn(async (_options: Record<string, unknown>) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      this.authenticated = true;
      this.token = 'access-1';
      this.tokenParsed = {
        preferred_username: 'chuyenvien.stttt',
        name: 'Nguyễn Thị Lan',
        realm_access: { roles: ['unit_officer', 'offline_access'] },
      };
      return true;
    });
    updateToken = vi.fn(async (_minValidity: number) => {
      this.token = 'access-2';
      return true;
    });
    login = vi.fn(async () => {});
    logout = vi.fn(async (_options: Record<string, unknown>) => {});
    readonly config: Record<string, unknown>;
    constructor(config: Record<string, unknown>) {
      this.config = config;
      instances.push(this);
    }
  }
  return { FakeKeycloak, instances };
});

vi.mock('keycloak-js', () => ({ default: FakeKeycloak }));

function Probe() {
  const auth = useAuth();
  return (
    <div data-testid="probe">
      {auth.username}|{auth.roles.join(',')}
      <button onClick={() => void auth.getToken().then((t) => (document.title = String(t)))}>
        token
      </button>
      <button onClick={() => void auth.logout()}>logout</button>
    </div>
  );
}

let n = 0;
const config = (): AppConfig => ({
  keycloakUrl: 'http://localhost:18080',
  realm: `dondoc-${++n}`,
  clientId: 'dondoc-web',
});

describe('KeycloakProvider', () => {
  beforeEach(() => {
    instances.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('initialises keycloak-js once under StrictMode, with PKCE S256 and login-required', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 200 })),
    );
    render(
      <StrictMode>
        <KeycloakProvider config={config()}>
          <Probe />
        </KeycloakProvider>
      </StrictMode>,
    );
    expect(screen.getByText('Đang kết nối máy chủ xác thực…')).toBeTruthy();
    const probe = await screen.findByTestId('probe');
    expect(probe.textContent).toContain('chuyenvien.stttt|unit_officer,offline_access');
    expect(instances).toHaveLength(1);
    const [kc] = instances;
    expect(kc.init).toHaveBeenCalledTimes(1);
    expect(kc.init.mock.calls[0][0]).toMatchObject({
      onLoad: 'login-required',
      pkceMethod: 'S256',
    });
    expect(kc.config).toMatchObject({ url: 'http://localhost:18080', clientId: 'dondoc-web' });

    screen.getByText('token').click();
    await waitFor(() => expect(document.title).toBe('access-2'));
    expect(kc.updateToken).toHaveBeenCalledWith(5);

    screen.getByText('logout').click();
    expect(kc.logout).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/` });
  });

  it('shows an error page when Keycloak cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    render(
      <KeycloakProvider config={config()}>
        <Probe />
      </KeycloakProvider>,
    );
    const page = await screen.findByTestId('auth-error');
    expect(page.textContent).toContain('Không kết nối được máy chủ xác thực');
    expect(page.textContent).toContain('http://localhost:18080');
    expect(screen.queryByTestId('probe')).toBeNull();
    expect(instances.every((kc) => kc.init.mock.calls.length === 0)).toBe(true);
  });
});
