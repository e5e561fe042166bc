import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, NetworkError, isProblem } from './problem';

export type ApiClient = ReturnType<typeof createClient<paths>>;

export interface ApiClientOptions {
  /** Returns a fresh access token (the caller refreshes it first, e.g. `updateToken(5)`). */
  getToken: () => Promise<string | undefined>;
  /** Called when the server answers 401 (the session ended): typically starts a new login. */
  onUnauthorized?: () => void;
  /** Same origin by default: the API lives under /api/v1 of the page's own origin. */
  baseUrl?: string;
  fetch?: (input: Request) => Promise<Response>;
}

/** The one API client of the application: every call carries a fresh bearer token. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl =
    options.baseUrl ??
    (typeof window !== 'undefined' ? window.location.origin : 'http://localhost');
  const client = createClient<paths>({
    baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const auth: Middleware = {
    async onRequest({ request }) {
      const token = await options.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      // JSON unless the call asks for something else (a file download names its own type)
      if (!request.headers.has('Accept'))
        request.headers.set('Accept', 'application/json, application/problem+json');
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorized?.();
      return undefined;
    },
    onError({ error }) {
      return new NetworkError(error);
    },
  };
  client.use(auth);
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns an openapi-fetch result into data, or throws an ApiError carrying the problem details. */
export function unwrap<T>(result: FetchResult<T>): T {
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, isProblem(error) ? error : undefined);
  }
  return data as T;
}
