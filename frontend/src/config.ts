/** Runtime configuration, read at startup from /config.json (same origin; rewritten at deploy). */
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

export function parseConfig(value: unknown): AppConfig {
  if (typeof value !== 'object' || value === null)
    throw new ConfigError('config.json is not an object');
  const v = value as Record<string, unknown>;
  for (const key of ['keycloakUrl', 'realm', 'clientId'] as const) {
    if (typeof v[key] !== 'string' || v[key] === '') {
      throw new ConfigError(`config.json: "${key}" must be a non-empty string`);
    }
  }
  return {
    keycloakUrl: (v.keycloakUrl as string).replace(/\/+$/, ''),
    realm: v.realm as string,
    clientId: v.clientId as string,
  };
}

export async function loadConfig(fetchFn: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchFn('/config.json', { cache: 'no-store' });
  } catch (cause) {
    throw new ConfigError('config.json could not be fetched', { cause });
  }
  if (!response.ok) throw new ConfigError(`config.json: HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new ConfigError('config.json is not valid JSON', { cause });
  }
  return parseConfig(body);
}
