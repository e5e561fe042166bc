import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../api/types';
import { buildRoutes } from '../../routes';
import { coordinator, supervisor } from '../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../test/utils';

function api(me: Me) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/tasks': () => ({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    'GET /api/v1/deadlines/counts': () => ({ overdue: 4, dueSoon: 2, pendingExtensions: 3 }),
  });
}

describe('deadline routes and menu', () => {
  it('gives a coordinator the calendar and the extension queue, with the pending count', async () => {
    renderWithApp(null, {
      fetch: api(coordinator).fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      routes: buildRoutes(),
      initialEntry: '/tasks',
    });
    const nav = await screen.findByTestId('nav');
    expect(within(nav).getByText('Lịch thời hạn')).toBeTruthy();
    expect(within(nav).getByText('Đề nghị gia hạn')).toBeTruthy();
    await waitFor(() =>
      expect(within(nav).getByTestId('nav-extension-pending').getAttribute('data-count')).toBe('3'),
    );
    expect(within(nav).getByTestId('nav-extension-requests').getAttribute('href')).toBe(
      '/extension-requests',
    );
  });

  it('gives a supervisor the calendar, not the extension queue', async () => {
    const calls = api(supervisor);
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['supervisor'] }),
      routes: buildRoutes(),
      initialEntry: '/extension-requests',
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    const nav = screen.getByTestId('nav');
    expect(within(nav).getByText('Lịch thời hạn')).toBeTruthy();
    expect(within(nav).queryByText('Đề nghị gia hạn')).toBeNull();
    expect(calls.urls('/api/v1/extension-requests')).toHaveLength(0);
  });
});
