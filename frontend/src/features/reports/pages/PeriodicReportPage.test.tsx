import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { fakeAuth, json, mockApi, renderWithApp } from '../../../test/utils';
import { coordinator, head, officer, periodic } from '../testFixtures';
import type { PeriodicReport } from '../types';
import { PeriodicReportPage } from './PeriodicReportPage';

type Handlers = Parameters<typeof mockApi>[0];

function renderPage(me: Me, handlers: Handlers) {
  const api = mockApi({ 'GET /api/v1/me': () => me, ...handlers });
  renderWithApp(<PeriodicReportPage autosaveMs={30} />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/periodic-reports/:id',
    initialEntry: '/periodic-reports/5',
  });
  return api;
}

const requests = (api: ReturnType<typeof mockApi>, method: string, path: string) =>
  api.requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('PeriodicReportPage', () => {
  it('pre-fills a line per assignment and autosaves the edits with the version', async () => {
    let stored: PeriodicReport = periodic;
    const api = renderPage(officer, {
      'GET /api/v1/periodic-reports/5': () => stored,
      'PUT /api/v1/periodic-reports/5': async (_, request) => {
        const body = await request.json();
        stored = { ...stored, version: (stored.version ?? 0) + 1 };
        return { ...stored, ...body, items: stored.items, version: stored.version };
      },
    });
    const items = await screen.findAllByTestId('periodic-item');
    expect(items.map((i) => i.getAttribute('data-task-code'))).toEqual(['II.1.b', 'II.5.a']);
    const progress = within(items[0]).getByLabelText('Kết quả trong kỳ') as HTMLTextAreaElement;
    expect(progress.value).toBe('Đã đăng 12 tin, bài.');
    expect(screen.getByTestId('submit-hint')).toBeTruthy();
    expect(screen.queryByTestId('submit-report')).toBeNull();

    fireEvent.change(progress, { target: { value: 'Đã đăng 15 tin, bài và 3 phóng sự.' } });
    await waitFor(() => expect(requests(api, 'PUT', '/api/v1/periodic-reports/5')).toHaveLength(1));
    const body = JSON.parse(await requests(api, 'PUT', '/api/v1/periodic-reports/5')[0].text());
    expect(body).toEqual({
      summary: 'Đơn vị đã triển khai 9/10 nhiệm vụ được giao.',
      items: [
        { id: 88, progress: 'Đã đăng 15 tin, bài và 3 phóng sự.', percentComplete: 60 },
        { id: 89, percentComplete: 10 },
      ],
      version: 2,
    });
    await waitFor(() =>
      expect(screen.getByTestId('autosave').textContent).toMatch(/Đã lưu lúc \d\d:\d\d/),
    );

    fireEvent.change(screen.getByLabelText('Kết quả chung'), { target: { value: 'Tóm tắt mới' } });
    await waitFor(() => expect(requests(api, 'PUT', '/api/v1/periodic-reports/5')).toHaveLength(2));
    const next = JSON.parse(await requests(api, 'PUT', '/api/v1/periodic-reports/5')[1].text());
    expect(next.version).toBe(3);
    expect(next.summary).toBe('Tóm tắt mới');
  });

  it('stops autosaving on 409, reloads the latest version and saves on from it', async () => {
    let stored: PeriodicReport = periodic;
    const api = renderPage(officer, {
      'GET /api/v1/periodic-reports/5': () => stored,
      'PUT /api/v1/periodic-reports/5': async (_, request) => {
        const body = await request.json();
        if (body.version !== stored.version) {
          return json(
            { title: 'Xung đột', status: 409, detail: 'Đã được người khác cập nhật.' },
            409,
            'application/problem+json',
          );
        }
        stored = { ...stored, ...body, items: stored.items, version: body.version + 1 };
        return stored;
      },
    });
    const summary = (await screen.findByLabelText('Kết quả chung')) as HTMLTextAreaElement;
    // someone else saved meanwhile
    stored = { ...periodic, summary: 'Bản của người khác', version: 7 };
    fireEvent.change(summary, { target: { value: 'Bản của tôi' } });
    const conflict = await screen.findByTestId('conflict');
    expect(requests(api, 'PUT', '/api/v1/periodic-reports/5')).toHaveLength(1);

    fireEvent.click(within(conflict).getByTestId('conflict-reload'));
    await waitFor(() => expect(summary.value).toBe('Bản của người khác'));
    expect(screen.queryByTestId('conflict')).toBeNull();
    fireEvent.change(summary, { target: { value: 'Bản của người khác, bổ sung' } });
    await waitFor(() => expect(requests(api, 'PUT', '/api/v1/periodic-reports/5')).toHaveLength(2));
    const body = JSON.parse(await requests(api, 'PUT', '/api/v1/periodic-reports/5')[1].text());
    expect(body).toMatchObject({ summary: 'Bản của người khác, bổ sung', version: 7 });
    await waitFor(() =>
      expect(screen.getByTestId('autosave').getAttribute('data-status')).toBe('saved'),
    );
  });

  it('the head signs it off with an Idempotency-Key', async () => {
    let stored: PeriodicReport = periodic;
    const api = renderPage(head, {
      'GET /api/v1/periodic-reports/5': () => stored,
      'POST /api/v1/periodic-reports/5/submit': () => {
        stored = { ...periodic, status: 'SUBMITTED', submission: 'SUBMITTED_ON_TIME', version: 3 };
        return stored;
      },
    });
    fireEvent.click(await screen.findByTestId('submit-report'));
    fireEvent.click(await screen.findByTestId('submit-confirm'));
    expect(await screen.findByTestId('periodic-details')).toBeTruthy();
    const submit = requests(api, 'POST', '/api/v1/periodic-reports/5/submit');
    expect(submit).toHaveLength(1);
    expect(submit[0].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByTestId('submission').textContent).toBe('Đúng hạn');
  });

  it('the coordinator returns a submitted one with a comment', async () => {
    const submittedReport = { ...periodic, status: 'SUBMITTED' as const, version: 3 };
    const api = renderPage(coordinator, {
      'GET /api/v1/periodic-reports/5': () => submittedReport,
      'POST /api/v1/periodic-reports/5/return': () => ({ ...submittedReport, status: 'RETURNED' }),
    });
    const panel = await screen.findByTestId('review-panel');
    expect(within(panel).queryByTestId('review-claims')).toBeNull();
    expect(screen.queryByTestId('periodic-form')).toBeNull();
    fireEvent.change(within(panel).getByTestId('review-comment'), {
      target: { value: 'Bổ sung số liệu quý IV.' },
    });
    fireEvent.click(within(panel).getByTestId('review-return'));
    await waitFor(() =>
      expect(requests(api, 'POST', '/api/v1/periodic-reports/5/return')).toHaveLength(1),
    );
    expect(
      JSON.parse(await requests(api, 'POST', '/api/v1/periodic-reports/5/return')[0].text()),
    ).toEqual({ comment: 'Bổ sung số liệu quý IV.', version: 3 });
  });
});
