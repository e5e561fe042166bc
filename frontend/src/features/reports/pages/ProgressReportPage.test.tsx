import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { fakeAuth, json, mockApi, problem, renderWithApp } from '../../../test/utils';
import {
  coordinator,
  draft,
  head,
  obligations,
  officer,
  returned,
  submitted,
  task,
} from '../testFixtures';
import type { ProgressReport } from '../types';
import { NewProgressReportPage, ProgressReportPage } from './ProgressReportPage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const AUTOSAVE_MS = 40;

type Handlers = Parameters<typeof mockApi>[0];

function backend(me: Me, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/me/obligations': () => obligations,
    'GET /api/v1/tasks/42': () => task,
    'GET /api/v1/assignments/301/reports': () => [],
    ...overrides,
  });
}

function renderAt(me: Me, api: ReturnType<typeof mockApi>, entry: string) {
  return renderWithApp(null, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    initialEntry: entry,
    routes: [
      { path: '/reports/new', element: <NewProgressReportPage autosaveMs={AUTOSAVE_MS} /> },
      { path: '/reports/:id', element: <ProgressReportPage autosaveMs={AUTOSAVE_MS} /> },
    ],
  });
}

/** The requests to a path with a method, in order. */
const calls = (api: ReturnType<typeof mockApi>, method: string, path: string) =>
  api.requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

/** The input of an antd Checkbox, whichever element carries the test id. */
const checkbox = (element: HTMLElement) =>
  (element instanceof HTMLInputElement
    ? element
    : element.querySelector('input')) as HTMLInputElement;

const bodyOf = async (request: Request) => JSON.parse(await request.clone().text());

/** A server that keeps one report: POST creates it, PUT checks and bumps the version. */
function reportServer(initial?: ProgressReport) {
  let stored: ProgressReport | undefined = initial;
  return {
    get: () => stored ?? problem(404, 'Không tìm thấy báo cáo.'),
    create: async (_: URL, request: Request) => {
      const body = await request.json();
      // as the server does: what the body leaves out is empty
      stored = {
        id: 15,
        assignmentId: 301,
        taskId: 42,
        taskCode: 'II.1.b',
        unit: draft.unit,
        role: 'LEAD',
        ...body,
        attachments: [],
        version: 0,
        status: 'DRAFT',
      };
      return json(stored, 201);
    },
    update: async (_: URL, request: Request) => {
      const body = await request.json();
      if (!stored || body.version !== stored.version) {
        return problem(409, 'Báo cáo đã được người khác cập nhật.');
      }
      stored = { ...stored, ...body, version: (stored.version ?? 0) + 1 };
      return stored;
    },
    current: () => stored,
  };
}

describe('a new progress report', () => {
  it('is created by the first autosave (with an Idempotency-Key), then updated with its version', async () => {
    const server = reportServer();
    const api = backend(officer, {
      'POST /api/v1/assignments/301/reports': server.create,
      'GET /api/v1/reports/15': server.get,
      'PUT /api/v1/reports/15': server.update,
    });
    const { router } = renderAt(officer, api, '/reports/new?assignmentId=301&taskId=42');

    const workDone = await screen.findByLabelText('Công việc đã thực hiện');
    expect(await screen.findByText(task.content)).toBeTruthy();
    // nothing is saved before the user types
    await new Promise((r) => setTimeout(r, AUTOSAVE_MS * 3));
    expect(calls(api, 'POST', '/api/v1/assignments/301/reports')).toHaveLength(0);

    fireEvent.change(workDone, { target: { value: 'Đã ban hành Kế hoạch 120/KH-STTTT' } });
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/15'));
    const posts = calls(api, 'POST', '/api/v1/assignments/301/reports');
    expect(posts).toHaveLength(1);
    expect(posts[0].headers.get('Idempotency-Key')).toMatch(UUID);
    expect(await bodyOf(posts[0])).toMatchObject({
      workDone: 'Đã ban hành Kế hoạch 120/KH-STTTT',
      percentComplete: 0,
      claimsCompletion: false,
    });

    // the report's own page continues with the same text, saved by PUT with the version
    await waitFor(() =>
      expect(screen.getByTestId('report-page').getAttribute('data-report-id')).toBe('15'),
    );
    const again = await screen.findByLabelText('Công việc đã thực hiện');
    expect((again as HTMLTextAreaElement).value).toBe('Đã ban hành Kế hoạch 120/KH-STTTT');
    expect(screen.getByTestId('autosave').textContent).toMatch(/Đã lưu lúc \d\d:\d\d/);
    fireEvent.change(screen.getByLabelText('Khó khăn, vướng mắc'), {
      target: { value: 'Kinh phí còn hạn chế' },
    });
    await waitFor(() => expect(calls(api, 'PUT', '/api/v1/reports/15')).toHaveLength(1));
    const put = await bodyOf(calls(api, 'PUT', '/api/v1/reports/15')[0]);
    expect(put).toMatchObject({
      workDone: 'Đã ban hành Kế hoạch 120/KH-STTTT',
      difficulties: 'Kinh phí còn hạn chế',
      version: 0,
    });
    await waitFor(() =>
      expect(screen.getByTestId('autosave').textContent).toMatch(/Đã lưu lúc \d\d:\d\d/),
    );
    expect(calls(api, 'POST', '/api/v1/assignments/301/reports')).toHaveLength(1);
  });

  it('retries a failed creation with the same key and body, then saves what was typed since', async () => {
    const server = reportServer();
    let attempts = 0;
    const api = backend(officer, {
      'POST /api/v1/assignments/301/reports': (url, request) =>
        ++attempts === 1
          ? problem(503, 'Máy chủ tạm thời không phản hồi.')
          : server.create(url, request),
      'GET /api/v1/reports/15': server.get,
      'PUT /api/v1/reports/15': server.update,
    });
    const { router } = renderAt(officer, api, '/reports/new?assignmentId=301');

    const workDone = await screen.findByLabelText('Công việc đã thực hiện');
    fireEvent.change(workDone, { target: { value: 'Bản nháp đầu' } });
    expect(await screen.findByTestId('autosave-retry')).toBeTruthy();
    expect(screen.getByTestId('save-error').textContent).toContain(
      'Máy chủ tạm thời không phản hồi.',
    );

    // typed on after the failure, then asked to save again
    fireEvent.change(workDone, { target: { value: 'Bản nháp đầu, thêm ý' } });
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/15'));
    const posts = calls(api, 'POST', '/api/v1/assignments/301/reports');
    expect(posts).toHaveLength(2);
    const [first, second] = posts;
    expect(second.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'));
    expect(await bodyOf(second)).toEqual(await bodyOf(first));
    expect((await bodyOf(second)).workDone).toBe('Bản nháp đầu');

    await waitFor(() => expect(calls(api, 'PUT', '/api/v1/reports/15')).toHaveLength(1));
    expect(await bodyOf(calls(api, 'PUT', '/api/v1/reports/15')[0])).toMatchObject({
      workDone: 'Bản nháp đầu, thêm ý',
      version: 0,
    });
    expect(server.current()?.workDone).toBe('Bản nháp đầu, thêm ý');
  });

  it('continues the draft the assignment already has instead of starting another', async () => {
    const api = backend(officer, {
      'GET /api/v1/assignments/301/reports': () => [draft],
      'GET /api/v1/reports/15': () => draft,
    });
    const { router } = renderAt(officer, api, '/reports/new?assignmentId=301');
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/15'));
    expect(
      ((await screen.findByLabelText('Công việc đã thực hiện')) as HTMLTextAreaElement).value,
    ).toBe(draft.workDone);
  });
});

describe('the buttons follow the role', () => {
  it('a unit officer drafts but does not sign off', async () => {
    renderAt(officer, backend(officer, { 'GET /api/v1/reports/15': () => draft }), '/reports/15');
    expect(await screen.findByTestId('report-form')).toBeTruthy();
    expect(screen.getByTestId('submit-hint').textContent).toContain('Thủ trưởng đơn vị ký gửi');
    expect(screen.queryByTestId('submit-report')).toBeNull();
    expect((screen.getByTestId('upload-button') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('review-panel')).toBeNull();
  });

  it('the unit head signs off ("Ký gửi"), retrying with the same key, and then reads it only', async () => {
    let attempts = 0;
    let stored = draft;
    const api = backend(head, {
      'GET /api/v1/reports/15': () => stored,
      'POST /api/v1/reports/15/submit': () => {
        if (++attempts === 1) return problem(503, 'Máy chủ bận.');
        stored = submitted;
        return submitted;
      },
    });
    renderAt(head, api, '/reports/15');
    fireEvent.click(await screen.findByTestId('submit-report'));
    fireEvent.click(await screen.findByTestId('submit-confirm'));
    expect(await screen.findByText('Không ký gửi được báo cáo')).toBeTruthy();

    fireEvent.click(screen.getByTestId('submit-report'));
    fireEvent.click(await screen.findByTestId('submit-confirm'));
    expect(await screen.findByTestId('report-details')).toBeTruthy();
    expect(screen.queryByTestId('report-form')).toBeNull();
    expect(screen.getAllByTestId('report-status')[0].textContent).toContain('Đã gửi');

    const submits = calls(api, 'POST', '/api/v1/reports/15/submit');
    expect(submits).toHaveLength(2);
    expect(submits[0].headers.get('Idempotency-Key')).toMatch(UUID);
    expect(submits[1].headers.get('Idempotency-Key')).toBe(
      submits[0].headers.get('Idempotency-Key'),
    );
  });

  it('a submitted report is read only for its unit, with no sign-off and no upload', async () => {
    renderAt(head, backend(head, { 'GET /api/v1/reports/15': () => submitted }), '/reports/15');
    const details = await screen.findByTestId('report-details');
    expect(details.textContent).toContain(submitted.workDone as string);
    expect(screen.queryByTestId('report-form')).toBeNull();
    expect(screen.queryByTestId('submit-report')).toBeNull();
    expect(screen.queryByTestId('upload-button')).toBeNull();
    expect(screen.queryByTestId('attachment-delete')).toBeNull();
    expect(screen.getByTestId('attachment-download')).toBeTruthy();
    expect(screen.queryByTestId('review-panel')).toBeNull();
  });

  it('a returned report shows the reviewer comment and can be fixed and signed again', async () => {
    renderAt(head, backend(head, { 'GET /api/v1/reports/15': () => returned }), '/reports/15');
    const banner = await screen.findByTestId('returned-banner');
    expect(banner.textContent).toContain('Báo cáo bị trả lại');
    expect(banner.textContent).toContain(returned.reviewerComment as string);
    expect(banner.textContent).toContain('theodoi.sct');
    expect(screen.getByTestId('report-form')).toBeTruthy();
    expect((screen.getByTestId('submit-report') as HTMLButtonElement).disabled).toBe(false);
  });

  it('the coordinator reviews a submitted report and does not edit it', async () => {
    renderAt(
      coordinator,
      backend(coordinator, { 'GET /api/v1/reports/15': () => submitted }),
      '/reports/15',
    );
    const panel = await screen.findByTestId('review-panel');
    expect(within(panel).getByTestId('review-accept').textContent).toContain('Tiếp nhận');
    expect(within(panel).getByTestId('review-return').textContent).toContain('Trả lại');
    expect(checkbox(within(panel).getByTestId('review-claims')).checked).toBe(true);
    expect(screen.queryByTestId('report-form')).toBeNull();
    expect(screen.queryByTestId('submit-report')).toBeNull();
  });
});

describe('saving conflicts', () => {
  it('stops autosaving on 409 and offers to reload the latest version', async () => {
    let version = draft.version as number;
    const api = backend(officer, {
      'GET /api/v1/reports/15': () => ({ ...draft, version, workDone: 'Bản của người khác' }),
      'PUT /api/v1/reports/15': () => problem(409, 'Báo cáo đã được người khác cập nhật.'),
    });
    renderAt(officer, api, '/reports/15');
    const workDone = await screen.findByLabelText('Công việc đã thực hiện');
    version = 9;
    fireEvent.change(workDone, { target: { value: 'Bản của tôi' } });
    expect(await screen.findByTestId('conflict')).toBeTruthy();
    fireEvent.change(workDone, { target: { value: 'Bản của tôi, sửa tiếp' } });
    await new Promise((r) => setTimeout(r, AUTOSAVE_MS * 4));
    expect(calls(api, 'PUT', '/api/v1/reports/15')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('conflict-reload'));
    await waitFor(() =>
      expect((screen.getByLabelText('Công việc đã thực hiện') as HTMLTextAreaElement).value).toBe(
        'Bản của người khác',
      ),
    );
    expect(screen.queryByTestId('conflict')).toBeNull();
  });
});
