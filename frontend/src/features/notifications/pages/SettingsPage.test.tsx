import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CalendarFeed, Me, MySettings } from '../../../api/types';
import { SCT, coordinator, officer, STTTT } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { SettingsPage } from './SettingsPage';

const SECRET_URL = 'https://dondoc.example/api/v1/calendar-feeds/k3Jx9QwE2bSecretPart.ics';

const settingsOf = (me: Me, digestEmail = true): MySettings => ({
  username: me.username,
  fullName: me.fullName,
  email: `${me.username}@dondoc.local`,
  unit: me.unit,
  digestEmail,
});

function backend(me: Me) {
  let settings = settingsOf(me);
  let feed: CalendarFeed = { active: false };
  const api = mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/units': () => ({
      items: [SCT, STTTT].map((u) => ({ ...u, active: true })),
      page: 0,
      size: 100,
      totalItems: 2,
      totalPages: 1,
    }),
    'GET /api/v1/me/settings': () => settings,
    'PUT /api/v1/me/settings': async (_, request) => {
      settings = { ...settings, ...(await request.json()) };
      return settings;
    },
    'GET /api/v1/me/calendar-feed': () => feed,
    'POST /api/v1/me/calendar-feed': () => {
      feed = {
        active: true,
        unit: me.unit,
        tokenHint: 'k3Jx9QwE',
        createdAt: '2026-11-24T08:30:00Z',
        expiresAt: '2027-11-24T08:30:00Z',
        useCount: 0,
      };
      return new Response(
        JSON.stringify({
          unit: me.unit,
          url: SECRET_URL,
          webcalUrl: SECRET_URL.replace('https://', 'webcal://'),
          tokenHint: 'k3Jx9QwE',
          createdAt: '2026-11-24T08:30:00Z',
          expiresAt: '2027-11-24T08:30:00Z',
        }),
        { status: 201, headers: { 'Content-Type': 'application/json' } },
      );
    },
    'DELETE /api/v1/me/calendar-feed': () => {
      feed = { active: false };
      return new Response(null, { status: 204 });
    },
  });
  return api;
}

function renderSettings(me: Me, api: ReturnType<typeof mockApi>) {
  return renderWithApp(<SettingsPage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/settings',
  });
}

const sent = (api: ReturnType<typeof mockApi>, method: string, path: string) =>
  api.requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('SettingsPage', () => {
  it('shows the account and turns the daily digest off with a PUT', async () => {
    const api = backend(officer);
    renderSettings(officer, api);
    const account = await screen.findByTestId('settings-account');
    await waitFor(() => expect(account.textContent).toContain('chuyenvien.stttt@dondoc.local'));
    expect(account.textContent).toContain('Sở Thông tin và Truyền thông');
    const toggle = screen.getByTestId('digest-switch');
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));

    fireEvent.click(toggle);
    await waitFor(() => expect(sent(api, 'PUT', '/api/v1/me/settings')).toHaveLength(1));
    // MySettingsUpdate has no version: the digest flag is the whole body
    expect(await sent(api, 'PUT', '/api/v1/me/settings')[0].json()).toEqual({
      digestEmail: false,
    });
    expect(await screen.findByText('Đã tắt thư tổng hợp hằng ngày')).toBeTruthy();
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
  });

  it('chooses e-mails at once or gathered in the daily digest', async () => {
    const api = backend(officer);
    renderSettings(officer, api);
    const choice = await screen.findByTestId('delivery-choice');
    await waitFor(() =>
      expect(screen.getByTestId('digest-switch').getAttribute('aria-checked')).toBe('true'),
    );
    fireEvent.click(within(choice).getByText('Gộp vào thư tổng hợp hằng ngày'));
    await waitFor(() => expect(sent(api, 'PUT', '/api/v1/me/settings')).toHaveLength(1));
    expect(await sent(api, 'PUT', '/api/v1/me/settings')[0].json()).toEqual({
      digestEmail: true,
      emailDelivery: 'DIGEST',
    });
    expect(await screen.findByText('Đã lưu cách nhận thư thông báo')).toBeTruthy();
  });

  it('creates the calendar link, shows it once with copy and webcal, then revokes it', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const api = backend(officer);
    const first = renderSettings(officer, api);
    await screen.findByTestId('feed-inactive');
    // unit staff follow their own unit: no unit to choose
    expect(screen.queryByTestId('feed-unit-select')).toBeNull();

    fireEvent.click(screen.getByTestId('feed-create'));
    await waitFor(() => expect(sent(api, 'POST', '/api/v1/me/calendar-feed')).toHaveLength(1));
    expect(await sent(api, 'POST', '/api/v1/me/calendar-feed')[0].json()).toEqual({});
    const created = await screen.findByTestId('feed-created');
    expect((within(created).getByTestId('feed-url') as HTMLInputElement).value).toBe(SECRET_URL);
    expect(created.textContent).toContain('chỉ hiện một lần');
    expect(created.textContent).toContain('đường dẫn bí mật');
    expect(within(created).getByTestId('feed-webcal').getAttribute('href')).toBe(
      SECRET_URL.replace('https://', 'webcal://'),
    );
    fireEvent.click(within(created).getByTestId('feed-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(SECRET_URL));

    // the feed now in use, as GET tells
    const info = await screen.findByTestId('feed-info');
    expect(info.textContent).toContain('k3Jx9QwE');
    expect(info.textContent).toContain('Chưa tải lần nào');
    expect(screen.getByTestId('feed-create').textContent).toBe('Tạo đường dẫn mới');
    first.unmount();

    // opening the page again: the link in use is described, its secret URL is gone
    renderSettings(officer, api);
    await screen.findByTestId('feed-info');
    expect(screen.queryByTestId('feed-url')).toBeNull();

    fireEvent.click(screen.getByTestId('feed-revoke'));
    await screen.findByText(/Thu hồi đường dẫn lịch\?/);
    fireEvent.click(screen.getByTestId('feed-revoke-confirm'));
    await waitFor(() => expect(sent(api, 'DELETE', '/api/v1/me/calendar-feed')).toHaveLength(1));
    await screen.findByTestId('feed-inactive');
    expect(await screen.findByText('Đã thu hồi đường dẫn lịch')).toBeTruthy();
  });

  it('lets a reader of the whole province choose the unit of the calendar', async () => {
    const api = backend(coordinator);
    renderSettings(coordinator, api);
    await screen.findByTestId('feed-inactive');
    const select = screen.getByTestId('feed-unit-select');
    fireEvent.mouseDown(within(select).getByRole('combobox'));
    const options = await screen.findAllByTitle('Sở Thông tin và Truyền thông (Sở TT&TT)');
    fireEvent.click(options[options.length - 1]);
    fireEvent.click(screen.getByTestId('feed-create'));
    await waitFor(() => expect(sent(api, 'POST', '/api/v1/me/calendar-feed')).toHaveLength(1));
    expect(await sent(api, 'POST', '/api/v1/me/calendar-feed')[0].json()).toEqual({
      unitId: STTTT.id,
    });
  });
});
