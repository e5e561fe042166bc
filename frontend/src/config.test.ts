import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config';
import committed from '../public/config.json';

describe('runtime configuration', () => {
  it('accepts the committed development defaults', () => {
    expect(parseConfig(committed)).toEqual({
      keycloakUrl: 'http://localhost:18080',
      realm: 'dondoc',
      clientId: 'dondoc-web',
    });
  });

  it('rejects missing fields and strips a trailing slash', () => {
    expect(() => parseConfig({ realm: 'dondoc', clientId: 'x' })).toThrow(ConfigError);
    expect(() => parseConfig(null)).toThrow(ConfigError);
    expect(parseConfig({ keycloakUrl: 'http://kc/', realm: 'r', clientId: 'c' }).keycloakUrl).toBe(
      'http://kc',
    );
  });

  it('fetches /config.json from the same origin', async () => {
    const calls: string[] = [];
    const config = await loadConfig(async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify(committed));
    });
    expect(calls).toEqual(['/config.json']);
    expect(config.realm).toBe('dondoc');
    await expect(loadConfig(async () => new Response('', { status: 404 }))).rejects.toThrow(
      ConfigError,
    );
  });
});
