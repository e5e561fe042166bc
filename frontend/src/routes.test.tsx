import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from './i18n';
import type { Me } from './api/types';
import { buildRoutes } from './routes';
import { fakeAuth, mockApi, renderWithApp } from './test/utils';

const me: Me = {
  username: 'chuyenvien.stttt',
  fullName: 'Nguyễn Thị Lan',
  roles: ['unit_officer', 'unit_head', 'default-roles-dondoc'],
  unit: { id: 7, code: 'STTTT', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT' },
};

function api() {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/tasks': () => ({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
  });
}

describe('application routes and layout', () => {
  afterEach(() => {
    void i18n.changeLanguage('vi');
  });

  it('redirects / to /tasks and shows who is signed in, with roles in Vietnamese', async () => {
    const auth = fakeAuth({ roles: ['unit_officer', 'unit_head'] });
    const { router } = renderWithApp(null, {
      fetch: api().fetch,
      auth,
      routes: buildRoutes(),
      initialEntry: '/',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks'));
    expect(
      await screen.findByRole('link', { name: 'Dondoc — Theo dõi, đôn đốc nhiệm vụ' }),
    ).toBeTruthy();
    expect(screen.getByTestId('user-name').textContent).toBe('Nguyễn Thị Lan');
    await waitFor(() =>
      expect(screen.getByTestId('user-unit').textContent).toBe('Sở Thông tin và Truyền thông'),
    );
    expect(screen.getByTestId('user-roles').textContent).toBe(
      'Thủ trưởng đơn vịChuyên viên đơn vị',
    );

    fireEvent.click(screen.getByTestId('logout'));
    expect(auth.logout).toHaveBeenCalledTimes(1);
  });

  it('switches the interface to English and back', async () => {
    renderWithApp(null, { fetch: api().fetch, routes: buildRoutes(), initialEntry: '/tasks' });
    expect(await screen.findByText('Đăng xuất')).toBeTruthy();
    fireEvent.click(screen.getByTitle('English'));
    expect(await screen.findByText('Log out')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Lead units' })).toBeTruthy();
    fireEvent.click(screen.getByTitle('Tiếng Việt'));
    expect(await screen.findByText('Đăng xuất')).toBeTruthy();
  });

  it('shows a not-found page for unknown paths', async () => {
    renderWithApp(null, { fetch: api().fetch, routes: buildRoutes(), initialEntry: '/khong-co' });
    expect(await screen.findByTestId('not-found')).toBeTruthy();
    expect(screen.getByText('Không tìm thấy trang')).toBeTruthy();
  });

  it('shows a 403 page to a role that may not read tasks', async () => {
    const calls = api();
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['integration'] }),
      routes: buildRoutes(),
      initialEntry: '/tasks',
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.getByText('Bạn không có quyền truy cập trang này.')).toBeTruthy();
    expect(calls.urls('/api/v1/tasks')).toHaveLength(0);
  });

  it('shows the unit administration menu entry to an administrator only', async () => {
    renderWithApp(null, {
      fetch: api().fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      routes: buildRoutes(),
      initialEntry: '/tasks',
    });
    const nav = await screen.findByTestId('nav');
    expect(within(nav).getByText('Chương trình, văn bản')).toBeTruthy();
    expect(within(nav).getByText('Nhiệm vụ')).toBeTruthy();
    expect(within(nav).queryByText('Quản trị đơn vị')).toBeNull();
  });

  it('guards /admin/units: 403 for a coordinator, the page for an administrator', async () => {
    const calls = api();
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      routes: buildRoutes(),
      initialEntry: '/admin/units',
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(calls.urls('/api/v1/units')).toHaveLength(0);
  });

  it('opens unit administration for an administrator', async () => {
    const calls = mockApi({
      'GET /api/v1/me': () => ({ username: 'quantri', roles: ['admin'] }),
      'GET /api/v1/units': () => ({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    });
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['admin'] }),
      routes: buildRoutes(),
      initialEntry: '/admin/units',
    });
    expect(await screen.findByTestId('unit-admin')).toBeTruthy();
    expect(within(screen.getByTestId('nav')).getByText('Quản trị đơn vị')).toBeTruthy();
  });

  it('guards /admin/holidays: 403 for a coordinator, the page and its menu entry for an administrator', async () => {
    const denied = api();
    renderWithApp(null, {
      fetch: denied.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      routes: buildRoutes(),
      initialEntry: '/admin/holidays',
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(within(screen.getByTestId('nav')).queryByText('Lịch nghỉ lễ')).toBeNull();
    expect(denied.urls('/api/v1/holidays')).toHaveLength(0);
    cleanup();

    const calls = mockApi({
      'GET /api/v1/me': () => ({ username: 'quantri', roles: ['admin'] }),
      'GET /api/v1/holidays': () => ({ year: 2026, items: [] }),
    });
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['admin'] }),
      routes: buildRoutes(),
      initialEntry: '/admin/holidays?year=2026',
    });
    expect(await screen.findByTestId('holiday-admin')).toBeTruthy();
    expect(within(screen.getByTestId('nav')).getByText('Lịch nghỉ lễ')).toBeTruthy();
    expect(calls.urls('/api/v1/holidays')).toHaveLength(1);
  });

  it('guards /tasks/new: 403 for a unit officer', async () => {
    renderWithApp(null, {
      fetch: api().fetch,
      auth: fakeAuth({ roles: ['unit_officer'] }),
      routes: buildRoutes(),
      initialEntry: '/tasks/new',
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
