import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { ApiClientProvider } from '../api/ApiContext';
import { createApiClient } from '../api/client';
import { LocalizedConfigProvider } from '../AppProviders';
import { AuthContext, type AuthContextValue } from '../auth/AuthContext';

export type Handler = (url: URL, request: Request) => Response | Promise<Response> | unknown;

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, detail: string, title = 'Lỗi'): Response {
  return json(
    { type: `urn:dondoc:problem:${status}`, title, status, detail, instance: '/api/v1/tasks' },
    status,
    'application/problem+json',
  );
}

/** A 400 problem with field errors, as the backend's validation sends it. */
export function validationProblem(
  errors: { field: string; message: string }[],
  detail = `Yêu cầu có ${errors.length} trường dữ liệu không hợp lệ.`,
): Response {
  return json(
    {
      type: 'urn:dondoc:problem:validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail,
      errors,
    },
    400,
    'application/problem+json',
  );
}

/** Opens the Ant Design select with the test id and clicks its option with the title. */
export async function chooseOption(testId: string, optionTitle: string) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  const options = await screen.findAllByTitle(optionTitle);
  fireEvent.click(options[options.length - 1]);
}

/** Types a date (dd/MM/yyyy) into an Ant Design date picker whose input has the test id. */
export function typeDate(testId: string, text: string) {
  const input = screen.getByTestId(testId);
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

/**
 * A fake backend: handlers keyed by "METHOD /path" (exact path, no query). Every request is
 * recorded so tests can check what the UI asked for.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request.clone());
    const url = new URL(request.url);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) return problem(404, `No mock for ${request.method} ${url.pathname}`);
    const result = await handler(url, request);
    return result instanceof Response ? result : json(result);
  });
  const urls = (path: string) =>
    requests.map((r) => new URL(r.url)).filter((url) => url.pathname === path);
  return { fetch, requests, urls };
}

export function fakeAuth(overrides: Partial<AuthContextValue> = {}): AuthContextValue {
  return {
    username: 'chuyenvien.stttt',
    displayName: 'Nguyễn Thị Lan',
    roles: ['unit_officer'],
    getToken: async () => 'test-token',
    login: vi.fn(),
    logout: vi.fn(async () => {}),
    ...overrides,
  };
}

/** Renders a page as the app does (i18n, Ant Design locale, auth, API client, query, router). */
export function renderWithApp(
  element: ReactNode,
  options: {
    fetch: (request: Request) => Promise<Response>;
    auth?: AuthContextValue;
    path?: string;
    initialEntry?: string;
    /** the whole route tree instead of one element at `path` */
    routes?: RouteObject[];
  },
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const client = createApiClient({
    baseUrl: 'http://localhost',
    getToken: async () => 'test-token',
    fetch: options.fetch,
  });
  const routes = options.routes ?? [{ path: options.path ?? '/tasks', element }];
  const router = createMemoryRouter(routes, {
    initialEntries: [options.initialEntry ?? options.path ?? '/tasks'],
  });
  const utils = render(
    <LocalizedConfigProvider>
      <AuthContext.Provider value={options.auth ?? fakeAuth()}>
        <ApiClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ApiClientProvider>
      </AuthContext.Provider>
    </LocalizedConfigProvider>,
  );
  return { ...utils, router, queryClient };
}
