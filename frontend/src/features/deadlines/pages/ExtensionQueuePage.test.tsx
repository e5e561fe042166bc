import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { coordinator, officer } from '../../../test/fixtures';
import { fakeAuth, mockApi, problem, renderWithApp } from '../../../test/utils';
import { pendingRequest } from '../testFixtures';
import { ExtensionQueuePage } from './ExtensionQueuePage';

type Handlers = Parameters<typeof mockApi>[0];

const page = (items: unknown[]) => ({
  items,
  page: 0,
  size: 20,
  totalItems: items.length,
  totalPages: 1,
});

function backend(me: Me, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/extension-requests': () => page([pendingRequest]),
    ...overrides,
  });
}

function renderQueue(me: Me, api: ReturnType<typeof mockApi>, entry = '/extension-requests') {
  return renderWithApp(<ExtensionQueuePage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/extension-requests',
    initialEntry: entry,
  });
}

const posts = (api: ReturnType<typeof mockApi>, path: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path);
const bodyOf = async (request: Request) => JSON.parse(await request.clone().text());
const DECISION = '/api/v1/extension-requests/21/decision';

describe('ExtensionQueuePage', () => {
  it('lists the pending requests with the task, unit, dates, reason and who asked', async () => {
    const api = backend(coordinator);
    renderQueue(coordinator, api);
    const row = await screen.findByTestId('extension-row');
    expect(api.urls('/api/v1/extension-requests')[0].searchParams.get('status')).toBe('PENDING');
    expect(row.getAttribute('data-task-code')).toBe('II.4.c.2');
    for (const text of [
      'Sở Thông tin và Truyền thông',
      '30/06/2026',
      '30/09/2026',
      'Chờ Bộ Công Thương hướng dẫn chuẩn dữ liệu',
      'Nguyễn Thị Lan',
      '02/04/2026 08:30',
    ])
      expect(row.textContent, text).toContain(text);
    expect(within(row).getByTestId('extension-task-link').getAttribute('href')).toBe('/tasks/12');
    expect(within(row).queryByTestId('withdraw-extension')).toBeNull();
  });

  it('rejects only with a note, sending the version read', async () => {
    const api = backend(coordinator, {
      [`POST ${DECISION}`]: () => ({ ...pendingRequest, status: 'REJECTED', version: 4 }),
    });
    renderQueue(coordinator, api);
    fireEvent.click(await screen.findByTestId('reject-extension'));
    const modal = await screen.findByTestId('decision-modal');
    fireEvent.click(within(document.body).getByTestId('decision-submit'));
    expect(await within(modal).findByText('Nhập lý do không chấp thuận')).toBeTruthy();
    expect(posts(api, DECISION)).toHaveLength(0);

    fireEvent.change(within(modal).getByTestId('decision-note'), {
      target: { value: 'Đề nghị đơn vị khẩn trương hoàn thành theo hạn đã giao' },
    });
    fireEvent.click(within(document.body).getByTestId('decision-submit'));
    await waitFor(() => expect(posts(api, DECISION)).toHaveLength(1));
    expect(await bodyOf(posts(api, DECISION)[0])).toEqual({
      decision: 'REJECT',
      note: 'Đề nghị đơn vị khẩn trương hoàn thành theo hạn đã giao',
      version: 3,
    });
    await waitFor(() => expect(screen.queryByTestId('decision-modal')).toBeNull());
  });

  it('approves the requested date without a note', async () => {
    const api = backend(coordinator, {
      [`POST ${DECISION}`]: () => ({
        ...pendingRequest,
        status: 'APPROVED',
        approvedDueDate: '2026-09-30',
        version: 4,
      }),
    });
    renderQueue(coordinator, api);
    fireEvent.click(await screen.findByTestId('approve-extension'));
    await screen.findByTestId('decision-modal');
    fireEvent.click(within(document.body).getByTestId('decision-submit'));
    await waitFor(() => expect(posts(api, DECISION)).toHaveLength(1));
    expect(await bodyOf(posts(api, DECISION)[0])).toEqual({
      decision: 'APPROVE',
      approvedDueDate: '2026-09-30',
      version: 3,
    });
    expect(await screen.findByText('Đã chấp thuận gia hạn đến 30/09/2026')).toBeTruthy();
  });

  it('explains a 409 in the server’s words and reloads the queue', async () => {
    let decided = false;
    const api = backend(coordinator, {
      'GET /api/v1/extension-requests': () => page(decided ? [] : [pendingRequest]),
      [`POST ${DECISION}`]: () => {
        decided = true;
        return problem(
          409,
          'Đề nghị gia hạn không còn chờ quyết định (trạng thái: đã chấp thuận).',
          'Xung đột dữ liệu',
        );
      },
    });
    renderQueue(coordinator, api);
    fireEvent.click(await screen.findByTestId('approve-extension'));
    const modal = await screen.findByTestId('decision-modal');
    fireEvent.click(within(document.body).getByTestId('decision-submit'));
    const conflict = await within(modal).findByTestId('extension-conflict');
    expect(conflict.textContent).toContain('Đề nghị gia hạn không còn chờ quyết định');
    expect(conflict.textContent).toContain('Danh sách đề nghị đã được tải lại.');
    // the queue was asked again and is now empty
    await waitFor(() => expect(screen.queryByTestId('extension-row')).toBeNull());
    expect(
      (within(document.body).getByTestId('decision-submit') as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("lets unit staff withdraw their unit's request, not decide it", async () => {
    const api = backend(officer, {
      'POST /api/v1/extension-requests/21/withdrawal': () => ({
        ...pendingRequest,
        status: 'WITHDRAWN',
        version: 4,
      }),
    });
    renderQueue(officer, api);
    const row = await screen.findByTestId('extension-row');
    await screen.findByTestId('own-unit-note');
    expect(within(row).queryByTestId('approve-extension')).toBeNull();
    fireEvent.click(within(row).getByTestId('withdraw-extension'));
    // the confirmation: "Rút đề nghị gia hạn đến 30/09/2026?"
    await screen.findByText('Rút đề nghị gia hạn đến 30/09/2026?');
    fireEvent.click(document.querySelector('.ant-popconfirm-buttons .ant-btn-primary')!);
    const path = '/api/v1/extension-requests/21/withdrawal';
    await waitFor(() => expect(posts(api, path)).toHaveLength(1));
    expect(await bodyOf(posts(api, path)[0])).toEqual({ version: 3 });
  });
});
