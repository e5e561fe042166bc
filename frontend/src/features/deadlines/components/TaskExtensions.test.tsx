import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { coordinator, directive, officer } from '../../../test/fixtures';
import { fakeAuth, json, mockApi, renderWithApp } from '../../../test/utils';
import { TaskDetailPage } from '../../tasks/pages/TaskDetailPage';
import { dueDates, pendingRequest, task } from '../testFixtures';

type Handlers = Parameters<typeof mockApi>[0];

const page = (items: unknown[]) => ({
  items,
  page: 0,
  size: 200,
  totalItems: items.length,
  totalPages: 1,
});

function backend(me: Me, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/tasks/12': () => task,
    'GET /api/v1/tasks/12/history': () => [],
    'GET /api/v1/tasks/12/reports': () => [],
    'GET /api/v1/tasks/12/due-dates': () => dueDates,
    'GET /api/v1/directives/3': () => directive,
    'GET /api/v1/extension-requests': () => page([]),
    ...overrides,
  });
}

function renderPage(me: Me, api: ReturnType<typeof mockApi>) {
  renderWithApp(<TaskDetailPage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/tasks/:id',
    initialEntry: '/tasks/12',
  });
  return api;
}

const row = (testId: string, code: string) =>
  screen.getByTestId(testId).querySelector(`[data-unit-code="${code}"]`) as HTMLElement;
const REQUESTS = '/api/v1/assignments/102/extension-requests';
const posts = (api: ReturnType<typeof mockApi>, path: string) =>
  api.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path);
const formItem = (testId: string) =>
  screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

/** Types a date into an Ant Design date picker and confirms it with Enter. */
function typeDate(testId: string, text: string) {
  const input = (formItem(testId).querySelector('input') ??
    screen.getByTestId(testId)) as HTMLElement;
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('extensions on the task page', () => {
  it('shows the original due date and the due-date history of each unit', async () => {
    renderPage(
      coordinator,
      backend(coordinator, {
        'GET /api/v1/tasks/12': () => ({ ...task, dueDate: '2026-06-30' }),
      }),
    );
    const due = await screen.findByTestId('task-due-date');
    expect(due.textContent).toContain('30/06/2026');
    expect(within(due).getByTestId('task-original-due-date').textContent).toBe(
      'Hạn ban đầu: 31/03/2026',
    );
    expect(
      within(row('assignments-coordinating', 'STTTT')).getByTestId('assignment-due-date')
        .textContent,
    ).toContain('30/06/2026');

    const history = await screen.findByTestId('due-date-history');
    const stttt = history.querySelector('[data-unit-code="STTTT"]') as HTMLElement;
    const change = within(stttt).getByTestId('due-date-change');
    expect(change.textContent).toContain('Gia hạn');
    expect(change.textContent).toContain('31/03/2026 → 30/06/2026');
    expect(change.textContent).toContain('Đồng ý gia hạn theo đề nghị của đơn vị');
    // dd/MM/yyyy HH:mm in Hà Tĩnh (the tests run in Los Angeles)
    expect(change.textContent).toContain('Trần Văn Hùng, 11/03/2026 00:15');
    const sct = history.querySelector('[data-unit-code="SCT"]') as HTMLElement;
    expect(sct.textContent).toContain('Chưa thay đổi');
  });

  it("offers unit staff a request on their own unit's open assignment only", async () => {
    renderPage(officer, backend(officer));
    await waitFor(() => expect(screen.getAllByTestId('request-extension')).toHaveLength(1));
    expect(
      within(row('assignments-coordinating', 'STTTT')).getByTestId('request-extension'),
    ).toBeTruthy();
    // the coordinator decides, never asks
    expect(within(row('assignments-lead', 'SCT')).queryByTestId('request-extension')).toBeNull();
  });

  it('checks the request form before sending it, then sends date and reason', async () => {
    const api = backend(officer, {
      [`POST ${REQUESTS}`]: () => json({ ...pendingRequest, requestedDueDate: '2026-07-15' }, 201),
    });
    renderPage(officer, api);
    fireEvent.click(await screen.findByTestId('request-extension'));
    const modal = await screen.findByTestId('extension-modal');
    expect(within(modal).getByTestId('extension-current-due').textContent).toBe('30/06/2026');

    fireEvent.click(within(document.body).getByTestId('extension-submit'));
    expect(await within(modal).findByText('Chọn ngày đề nghị gia hạn đến')).toBeTruthy();
    expect(within(modal).getByText('Nhập lý do đề nghị gia hạn')).toBeTruthy();
    expect(posts(api, REQUESTS)).toHaveLength(0);

    typeDate('extension-date', '15/07/2026');
    fireEvent.change(within(modal).getByTestId('extension-reason'), {
      target: { value: '  Chờ Bộ Công Thương hướng dẫn chuẩn dữ liệu  ' },
    });
    fireEvent.click(within(document.body).getByTestId('extension-submit'));
    await waitFor(() => expect(posts(api, REQUESTS)).toHaveLength(1));
    expect(JSON.parse(await posts(api, REQUESTS)[0].clone().text())).toEqual({
      requestedDueDate: '2026-07-15',
      reason: 'Chờ Bộ Công Thương hướng dẫn chuẩn dữ liệu',
    });
    await waitFor(() => expect(screen.queryByTestId('extension-modal')).toBeNull());
  });

  it("puts the server's field errors on the form's fields", async () => {
    const api = backend(officer, {
      [`POST ${REQUESTS}`]: () =>
        json(
          {
            type: 'urn:dondoc:problem:validation',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            detail: 'Yêu cầu có 1 trường dữ liệu không hợp lệ.',
            errors: [
              {
                field: 'requestedDueDate',
                message: 'Ngày đề nghị phải sau hạn hiện tại (31/07/2026)',
              },
            ],
          },
          400,
          'application/problem+json',
        ),
    });
    renderPage(officer, api);
    fireEvent.click(await screen.findByTestId('request-extension'));
    const modal = await screen.findByTestId('extension-modal');
    typeDate('extension-date', '15/07/2026');
    fireEvent.change(within(modal).getByTestId('extension-reason'), {
      target: { value: 'Chờ hướng dẫn' },
    });
    fireEvent.click(within(document.body).getByTestId('extension-submit'));
    await waitFor(() =>
      expect(formItem('extension-date').textContent).toContain(
        'Ngày đề nghị phải sau hạn hiện tại (31/07/2026)',
      ),
    );
    expect(within(modal).getByTestId('save-error').textContent).toContain(
      'Yêu cầu có 1 trường dữ liệu không hợp lệ.',
    );
  });

  it('shows a pending request on the assignment, which the unit may withdraw', async () => {
    const api = backend(officer, {
      'GET /api/v1/extension-requests': () => page([pendingRequest]),
      'POST /api/v1/extension-requests/21/withdrawal': () => ({
        ...pendingRequest,
        status: 'WITHDRAWN',
        version: 4,
      }),
    });
    renderPage(officer, api);
    const pending = await screen.findByTestId('extension-pending');
    expect(api.urls('/api/v1/extension-requests')[0].searchParams.get('taskId')).toBe('12');
    expect(row('assignments-coordinating', 'STTTT').contains(pending)).toBe(true);
    expect(pending.textContent).toContain('Chờ quyết định gia hạn đến 30/09/2026');
    expect(screen.queryByTestId('request-extension')).toBeNull();
    fireEvent.click(within(pending).getByTestId('withdraw-extension'));
    await screen.findByText('Rút đề nghị gia hạn đến 30/09/2026?');
    fireEvent.click(document.querySelector('.ant-popconfirm-buttons .ant-btn-primary')!);
    const path = '/api/v1/extension-requests/21/withdrawal';
    await waitFor(() => expect(posts(api, path)).toHaveLength(1));
    expect(JSON.parse(await posts(api, path)[0].clone().text())).toEqual({ version: 3 });
  });
});
