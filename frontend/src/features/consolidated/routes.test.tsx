import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { Me } from '../../api/types';
import { buildRoutes } from '../../routes';
import { officer, supervisor } from '../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../test/utils';

afterEach(cleanup);

function api(me: Me) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/directives': () => ({ items: [] }),
    'GET /api/v1/consolidated-reports': () => [],
    'GET /api/v1/tasks': () => ({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    'GET /api/v1/tasks/counts': () => ({ total: 0, byTimeliness: {}, byStatus: {} }),
  });
}

describe('consolidated report routes', () => {
  it('gives a supervisor the menu entry and the reports, read-only, but not the import page', async () => {
    const calls = api(supervisor);
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['supervisor'] }),
      routes: buildRoutes(),
      initialEntry: '/consolidated-reports',
    });
    const nav = await screen.findByTestId('nav');
    expect(within(nav).getByTestId('nav-consolidated-reports').getAttribute('href')).toBe(
      '/consolidated-reports',
    );
    expect(await screen.findByText('Các báo cáo đã lập')).toBeTruthy();
    expect(screen.queryByTestId('consolidated-generate')).toBeNull();
    cleanup();
    renderWithApp(null, {
      fetch: api(supervisor).fetch,
      auth: fakeAuth({ roles: ['supervisor'] }),
      routes: buildRoutes(),
      initialEntry: '/tasks/import',
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });

  it('hides the entry from a unit officer, who still gets the export button on the task list', async () => {
    renderWithApp(null, {
      fetch: api(officer).fetch,
      auth: fakeAuth({ roles: ['unit_officer'] }),
      routes: buildRoutes(),
      initialEntry: '/tasks',
    });
    const nav = await screen.findByTestId('nav');
    expect(within(nav).queryByTestId('nav-consolidated-reports')).toBeNull();
    expect(await screen.findByTestId('export-tasks')).toBeTruthy();
    expect(screen.queryByTestId('import-tasks')).toBeNull();
  });
});
