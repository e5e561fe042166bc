import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildRoutes } from '../../../routes';
import { coordinator } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { dueReminder, extensionDecided, notificationPage, weeklyList } from '../testFixtures';
import { BELL_SIZE } from './NotificationBell';

function backend(overrides: Parameters<typeof mockApi>[0] = {}) {
  let unread = 2;
  const api = mockApi({
    'GET /api/v1/me': () => coordinator,
    'GET /api/v1/tasks': () => notificationPage([]),
    'GET /api/v1/tasks/12': () => ({ id: 12, code: 'II.4.c.2', content: 'Nhiệm vụ', version: 0 }),
    'GET /api/v1/deadlines/counts': () => ({ overdue: 0, dueSoon: 0, pendingExtensions: 0 }),
    'GET /api/v1/notifications/unread-count': () => ({ count: unread }),
    'GET /api/v1/notifications': () =>
      notificationPage([dueReminder, extensionDecided, weeklyList], 0, BELL_SIZE),
    'POST /api/v1/notifications/15/read': () => {
      unread = 1;
      return { ...dueReminder, read: true, readAt: '2026-12-28T02:00:00Z' };
    },
    'POST /api/v1/notifications/read-all': () => {
      unread = 0;
      return { updated: 2 };
    },
    ...overrides,
  });
  return api;
}

function renderApp(api: ReturnType<typeof mockApi>) {
  return renderWithApp(null, {
    fetch: api.fetch,
    auth: fakeAuth({ username: coordinator.username, roles: ['coordinator'] }),
    routes: buildRoutes(),
    initialEntry: '/tasks',
  });
}

const posts = (api: ReturnType<typeof mockApi>, path: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path);

describe('NotificationBell', () => {
  it('shows the unread count in the header', async () => {
    const api = backend();
    renderApp(api);
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('2'));
    expect(bell.getAttribute('aria-label')).toBe('Thông báo: 2 thông báo chưa đọc');
    // the badge shows the number
    await waitFor(() => expect(document.querySelector('.ant-badge-count')?.textContent).toBe('2'));
    expect(document.querySelector('sup.ant-badge-count')?.getAttribute('title')).toBe('2');
    // the list is only asked for when the bell is opened
    expect(api.urls('/api/v1/notifications')).toHaveLength(0);
  });

  it('shows a zero state without a number', async () => {
    const api = backend({ 'GET /api/v1/notifications/unread-count': () => ({ count: 0 }) });
    renderApp(api);
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('0'));
    expect(bell.getAttribute('aria-label')).toBe('Thông báo: Không có thông báo chưa đọc');
    expect(document.querySelector('.ant-badge-count')).toBeNull();
  });

  it('lists the latest, marks the chosen one read and opens its task', async () => {
    const api = backend();
    const { router } = renderApp(api);
    fireEvent.click(await screen.findByTestId('notification-bell'));
    const panel = await screen.findByTestId('notification-panel');
    const items = await within(panel).findAllByTestId('bell-item');
    expect(items).toHaveLength(3);
    const list = api.urls('/api/v1/notifications');
    expect(list[0].searchParams.get('size')).toBe(String(BELL_SIZE));
    expect(list[0].searchParams.get('page')).toBe('0');
    expect(items[0].getAttribute('data-read')).toBe('false');
    expect(items[1].getAttribute('data-read')).toBe('true');
    expect(items[0].textContent).toContain(dueReminder.title);
    expect(items[0].textContent).toContain('Nhắc việc sắp đến hạn');
    // created 01:00 UTC = 08:00 in Hà Tĩnh
    expect(items[0].textContent).toContain('28/12/2026 08:00');

    fireEvent.click(items[0]);
    await waitFor(() => expect(posts(api, '/api/v1/notifications/15/read')).toHaveLength(1));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/12'));
    // the count is asked again after marking it read
    await waitFor(() =>
      expect(screen.getByTestId('notification-bell').getAttribute('data-count')).toBe('1'),
    );
  });

  it('does not mark an already read one again; follows a link without a task inside the app', async () => {
    const api = backend();
    const { router } = renderApp(api);
    fireEvent.click(await screen.findByTestId('notification-bell'));
    const items = await screen.findAllByTestId('bell-item');
    fireEvent.click(items[2]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/deadlines'));
    expect(router.state.location.search).toBe('?view=list');
    expect(posts(api, '/api/v1/notifications/13/read')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('notification-bell'));
    const again = await screen.findAllByTestId('bell-item');
    fireEvent.click(again[1]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/40'));
    expect(posts(api, '/api/v1/notifications/14/read')).toHaveLength(0);
  });

  it('marks all read and leads to the notifications page', async () => {
    const api = backend();
    const { router } = renderApp(api);
    fireEvent.click(await screen.findByTestId('notification-bell'));
    await screen.findAllByTestId('bell-item');
    fireEvent.click(screen.getByTestId('bell-read-all'));
    await waitFor(() => expect(posts(api, '/api/v1/notifications/read-all')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('notification-bell').getAttribute('data-count')).toBe('0'),
    );
    fireEvent.click(screen.getByTestId('bell-view-all'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/notifications'));
  });
});
