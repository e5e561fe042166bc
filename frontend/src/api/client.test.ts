import { describe, expect, it, vi } from 'vitest';
import { createApiClient, unwrap } from './client';
import { ApiError, NetworkError } from './problem';
import { json, problem } from '../test/utils';

describe('createApiClient', () => {
  it('asks for a fresh token before every call and sends it as a bearer token', async () => {
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}`);
    const seen: (string | null)[] = [];
    const client = createApiClient({
      baseUrl: 'http://localhost',
      getToken,
      fetch: async (request) => {
        seen.push(request.headers.get('Authorization'));
        return json({ username: 'u', roles: [] });
      },
    });
    await client.GET('/api/v1/me');
    await client.GET('/api/v1/me');
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('asks for JSON unless the call names another type (a file download)', async () => {
    const seen: (string | null)[] = [];
    const client = createApiClient({
      baseUrl: 'http://localhost',
      getToken: async () => 't',
      fetch: async (request) => {
        seen.push(request.headers.get('Accept'));
        return json({ username: 'u', roles: [] });
      },
    });
    await client.GET('/api/v1/me');
    await client.GET('/api/v1/me', { headers: { Accept: 'application/pdf' } });
    expect(seen).toEqual(['application/json, application/problem+json', 'application/pdf']);
  });

  it('turns problem details into an ApiError and reports 401', async () => {
    const onUnauthorized = vi.fn();
    const client = createApiClient({
      baseUrl: 'http://localhost',
      getToken: async () => 't',
      onUnauthorized,
      fetch: async (request) =>
        new URL(request.url).pathname === '/api/v1/me'
          ? new Response(null, { status: 401 })
          : problem(403, 'Bạn chỉ xem được nhiệm vụ của đơn vị mình.'),
    });
    const error = await client
      .GET('/api/v1/tasks', { params: { query: { unitId: 9 } } })
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect((error as ApiError).problem?.detail).toBe('Bạn chỉ xem được nhiệm vụ của đơn vị mình.');

    const unauthorized = await client
      .GET('/api/v1/me')
      .then(unwrap)
      .catch((e: unknown) => e);
    expect((unauthorized as ApiError).status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const client = createApiClient({
      baseUrl: 'http://localhost',
      getToken: async () => 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(client.GET('/api/v1/me')).rejects.toBeInstanceOf(NetworkError);
  });
});
