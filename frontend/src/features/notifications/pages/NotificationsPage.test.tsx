import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { coordinator } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { dueReminder, extensionDecided, notificationPage, weeklyList } from '../testFixtures';
import { NotificationsPage } from './NotificationsPage';

function backend() {
  const read = new Set<number>([14]);
  const all = [dueReminder, extensionDecided, weeklyList];
  const current = () => all.map((n) => ({ ...n, read: read.has(n.id as number) }));
  return mockApi({
    'GET /api/v1/me': () => coordinator,
    'GET /api/v1/notifications': (url) =>
      notificationPage(
        url.searchParams.get('unreadOnly') === 'true'
          ? current().filter((n) => !n.read)
          : current(),
      ),
    'GET /api/v1/notifications/unread-count': () => ({
      count: current().filter((n) => !n.read).length,
    }),
    'POST /api/v1/notifications/13/read': () => {
      read.add(13);
      return { ...weeklyList, read: true };
    },
    'POST /api/v1/notifications/read-all': () => {
      const updated = current().filter((n) => !n.read).length;
      all.forEach((n) => read.add(n.id as number));
      return { updated };
    },
  });
}

function renderPage(api: ReturnType<typeof mockApi>, entry = '/notifications') {
  return renderWithApp(<NotificationsPage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: coordinator.username, roles: ['coordinator'] }),
    path: '/notifications',
    initialEntry: entry,
  });
}

const posts = (api: ReturnType<typeof mockApi>, path: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path);

describe('NotificationsPage', () => {
  it('lists all notifications with the kinds in Vietnamese, unread ones marked', async () => {
    const api = backend();
    renderPage(api);
    await waitFor(() => expect(screen.getAllByTestId('notification-row')).toHaveLength(3));
    const rows = screen.getAllByTestId('notification-row');
    expect(rows.map((r) => r.getAttribute('data-read'))).toEqual(['false', 'true', 'false']);
    expect(rows[0].textContent).toContain('Nhắc việc sắp đến hạn');
    expect(rows[1].textContent).toContain('Kết quả xem xét gia hạn');
    expect(rows[2].textContent).toContain('Danh sách nhiệm vụ quá hạn');
    expect(rows[0].textContent).toContain('28/12/2026 08:00');
    expect(within(rows[0]).getByTestId('notification-link').getAttribute('href')).toBe('/tasks/12');
    expect(within(rows[1]).queryByTestId('notification-mark-read')).toBeNull();
    expect(rows[1].textContent).toContain('Đã đọc');
    const first = api.urls('/api/v1/notifications')[0];
    expect(first.searchParams.get('unreadOnly')).toBeNull();
    expect(first.searchParams.get('size')).toBe('20');
  });

  it('filters the unread ones on the server and remembers the filter in the address', async () => {
    const api = backend();
    const { router } = renderPage(api);
    await waitFor(() => expect(screen.getAllByTestId('notification-row')).toHaveLength(3));
    fireEvent.click(screen.getByText('Chưa đọc'));
    await waitFor(() => expect(screen.getAllByTestId('notification-row')).toHaveLength(2));
    expect(router.state.location.search).toBe('?filter=unread');
    const urls = api.urls('/api/v1/notifications');
    expect(urls[urls.length - 1].searchParams.get('unreadOnly')).toBe('true');
  });

  it('marks one read', async () => {
    const api = backend();
    renderPage(api, '/notifications?filter=unread');
    await waitFor(() => expect(screen.getAllByTestId('notification-row')).toHaveLength(2));
    const row = screen
      .getAllByTestId('notification-row')
      .find((r) => r.getAttribute('data-id') === '13')!;
    fireEvent.click(within(row).getByTestId('notification-mark-read'));
    await waitFor(() => expect(posts(api, '/api/v1/notifications/13/read')).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByTestId('notification-row')).toHaveLength(1));
  });

  it('marks all read', async () => {
    const api = backend();
    renderPage(api, '/notifications?filter=unread');
    await waitFor(() => expect(screen.getAllByTestId('notification-row')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('notifications-read-all'));
    await waitFor(() => expect(posts(api, '/api/v1/notifications/read-all')).toHaveLength(1));
    expect(await screen.findByText('Đã đánh dấu 2 thông báo là đã đọc')).toBeTruthy();
    expect(await screen.findByText('Không có thông báo chưa đọc')).toBeTruthy();
    expect(screen.queryAllByTestId('notification-row')).toHaveLength(0);
  });
});
