import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { fakeAuth, mockApi, problem, renderWithApp } from '../../../test/utils';
import { SCT, coordinator, submitted, task } from '../testFixtures';
import type { ProgressReport } from '../types';
import { ReviewQueuePage } from './ReviewQueuePage';

type Handlers = Parameters<typeof mockApi>[0];

const second: ProgressReport = {
  ...submitted,
  id: 16,
  assignmentId: 302,
  taskCode: 'II.4.c.2',
  unit: SCT,
  claimsCompletion: false,
  percentComplete: 30,
};

function backend(overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/me': () => coordinator,
    'GET /api/v1/reports': (url) => ({
      items: url.searchParams.get('page') === '1' ? [second] : [submitted],
      page: Number(url.searchParams.get('page') ?? 0),
      size: Number(url.searchParams.get('size') ?? 20),
      totalItems: 11,
      totalPages: 2,
    }),
    'GET /api/v1/reports/15': () => submitted,
    'GET /api/v1/tasks/42': () => task,
    ...overrides,
  });
}

function renderQueue(
  api: ReturnType<typeof mockApi>,
  entry = '/reviews?size=10',
  me: Me = coordinator,
) {
  return renderWithApp(<ReviewQueuePage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/reviews',
    initialEntry: entry,
  });
}

const bodyOf = async (request: Request) => JSON.parse(await request.clone().text());
const posts = (api: ReturnType<typeof mockApi>, path: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path);

describe('ReviewQueuePage', () => {
  it('lists the submitted reports page by page', async () => {
    const api = backend();
    const { router } = renderQueue(api);
    const rows = await screen.findAllByTestId('queue-row');
    expect(rows.map((r) => r.getAttribute('data-task-code'))).toEqual(['II.1.b']);
    const first = api.urls('/api/v1/reports')[0];
    expect(first.searchParams.get('status')).toBe('SUBMITTED');
    expect(first.searchParams.get('size')).toBe('10');
    expect(screen.getByTestId('queue-total').textContent).toContain('11');

    fireEvent.click(document.querySelector('li.ant-pagination-next') as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toContain('page=1'));
    await waitFor(() =>
      expect(screen.getAllByTestId('queue-row')[0].getAttribute('data-task-code')).toBe('II.4.c.2'),
    );
  });

  it('returns a report only with a comment, sending the version read', async () => {
    const api = backend({
      'POST /api/v1/reports/15/return': () => ({ ...submitted, status: 'RETURNED', version: 5 }),
    });
    const { router } = renderQueue(api);
    fireEvent.click((await screen.findAllByTestId('open-review'))[0]);
    const panel = await screen.findByTestId('review-panel');
    expect(router.state.location.search).toContain('report=15');

    fireEvent.click(within(panel).getByTestId('review-return'));
    expect(await within(panel).findByText('Nhập ý kiến để đơn vị biết cần sửa gì')).toBeTruthy();
    expect(posts(api, '/api/v1/reports/15/return')).toHaveLength(0);

    fireEvent.change(within(panel).getByTestId('review-comment'), {
      target: { value: 'Đề nghị bổ sung số liệu tin, bài theo từng quý.' },
    });
    await waitFor(() =>
      expect(within(panel).queryByText('Nhập ý kiến để đơn vị biết cần sửa gì')).toBeNull(),
    );
    fireEvent.click(within(panel).getByTestId('review-return'));
    await waitFor(() => expect(posts(api, '/api/v1/reports/15/return')).toHaveLength(1));
    expect(await bodyOf(posts(api, '/api/v1/reports/15/return')[0])).toEqual({
      comment: 'Đề nghị bổ sung số liệu tin, bài theo từng quý.',
      version: 4,
    });
    await waitFor(() => expect(router.state.location.search).not.toContain('report='));
  });

  it('accepts without a comment', async () => {
    const api = backend({
      'POST /api/v1/reports/15/accept': () => ({ ...submitted, status: 'ACCEPTED', version: 5 }),
    });
    renderQueue(api, '/reviews?report=15');
    const panel = await screen.findByTestId('review-panel');
    fireEvent.click(within(panel).getByTestId('review-accept'));
    await waitFor(() => expect(posts(api, '/api/v1/reports/15/accept')).toHaveLength(1));
    expect(await bodyOf(posts(api, '/api/v1/reports/15/accept')[0])).toEqual({ version: 4 });
  });

  it('explains a 409 (reviewed by someone else meanwhile) and reloads the report', async () => {
    let current: ProgressReport = submitted;
    const api = backend({
      'GET /api/v1/reports/15': () => current,
      'POST /api/v1/reports/15/accept': () => {
        current = { ...submitted, status: 'ACCEPTED', reviewedBy: 'theodoi2.sct', version: 5 };
        return problem(409, 'Chỉ xem xét được báo cáo đã gửi (trạng thái hiện tại: ACCEPTED).');
      },
    });
    renderQueue(api, '/reviews?report=15');
    fireEvent.click(within(await screen.findByTestId('review-panel')).getByTestId('review-accept'));
    expect(await screen.findByTestId('conflict')).toBeTruthy();
    fireEvent.click(screen.getByTestId('conflict-reload'));
    // now accepted by someone else: no more review buttons
    await waitFor(() => expect(screen.queryByTestId('review-panel')).toBeNull());
    const drawer = screen.getByTestId('review-report');
    expect(within(drawer).getAllByTestId('report-status')[0].textContent).toContain('Đã tiếp nhận');
  });
});
