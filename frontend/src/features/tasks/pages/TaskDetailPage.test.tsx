import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { HistoryEntry, Me, TaskDetail } from '../../../api/types';
import { coordinator, directive, officer, supervisor, taskDetail } from '../../../test/fixtures';
import { fakeAuth, json, mockApi, renderWithApp, validationProblem } from '../../../test/utils';
import { TaskDetailPage } from './TaskDetailPage';

const history: HistoryEntry[] = [
  {
    revision: 5,
    at: '2026-03-01T02:05:00Z',
    by: 'theodoi.sct',
    action: 'CREATED',
    entity: 'Task',
    entityId: 12,
    changes: [],
  },
  {
    revision: 9,
    // 23:30 UTC on 31 March is 06:30 on 1 April in Hà Tĩnh
    at: '2026-03-31T23:30:00Z',
    by: 'chuyenvien.stttt',
    action: 'UPDATED',
    entity: 'Assignment',
    entityId: 102,
    changes: [
      { field: 'status', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
      { field: 'percentComplete', from: '0', to: '20' },
    ],
  },
  {
    revision: 5,
    at: '2026-03-01T02:05:00Z',
    by: 'theodoi.sct',
    action: 'CREATED',
    entity: 'Assignment',
    entityId: 103,
    changes: [
      { field: 'task', from: undefined, to: 'II.4.c.2' },
      { field: 'unit', from: undefined, to: 'SKHDT' },
      { field: 'role', from: undefined, to: 'COORDINATING' },
      { field: 'status', from: undefined, to: 'NOT_STARTED' },
      { field: 'note', from: undefined, to: 'Theo Kế hoạch 417/KH-UBND' },
    ],
  },
  {
    revision: 7,
    at: '2026-03-10T03:00:00Z',
    by: 'theodoi.sct',
    action: 'UPDATED',
    entity: 'Task',
    entityId: 12,
    changes: [{ field: 'dueDate', from: '2026-06-30', to: '2026-12-31' }],
  },
];

function backend(me: Me, overrides: Record<string, Parameters<typeof mockApi>[0][string]> = {}) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/tasks/12': () => taskDetail,
    'GET /api/v1/tasks/12/history': () => history,
    'GET /api/v1/directives/3': () => directive,
    ...overrides,
  });
}

function renderPage(me: Me, api = backend(me)) {
  renderWithApp(<TaskDetailPage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/tasks/:id',
    initialEntry: '/tasks/12',
  });
  return api;
}

const row = (group: HTMLElement, code: string) =>
  group.querySelector(`[data-unit-code="${code}"]`) as HTMLElement;

describe('TaskDetailPage', () => {
  it('shows the fields, the assignments by role and the history in Vietnam time', async () => {
    renderPage(coordinator);
    const fields = await screen.findByTestId('task-fields');
    for (const text of [
      'II.4.c.2',
      'Phát triển công nghiệp bền vững',
      'Cao',
      'Cơ sở dữ liệu',
      'UBND tỉnh',
      '31/12/2026',
      'Đang thực hiện trong hạn',
    ])
      expect(within(fields).getAllByText(text).length, text).toBeGreaterThan(0);
    expect(await within(fields).findByText('Chương trình hành động 15/CTr-UBND')).toBeTruthy();

    const lead = screen.getByTestId('assignments-lead');
    expect(within(lead).getByText('Sở Công Thương')).toBeTruthy();
    const coordinating = screen.getByTestId('assignments-coordinating');
    expect(within(coordinating).getByText('Sở Thông tin và Truyền thông')).toBeTruthy();
    expect(within(coordinating).getByText('Hoàn thành')).toBeTruthy();

    const entries = await screen.findAllByTestId('history-entry');
    // newest first, dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh (the tests run in Los Angeles)
    expect(entries.map((e) => within(e).getByTestId('history-at').textContent)).toEqual([
      '01/04/2026 06:30',
      '10/03/2026 10:00',
      '01/03/2026 09:05',
      '01/03/2026 09:05',
    ]);
    expect(entries[0].textContent).toContain(
      'chuyenvien.stttt đã cập nhật phần việc của Sở Thông tin và Truyền thông',
    );
    expect(entries[0].textContent).toContain('Trạng thái: Chưa thực hiện → Đang thực hiện');
    expect(entries[0].textContent).toContain('Tiến độ (%): 0 → 20');
    expect(entries[1].textContent).toContain('Hạn hoàn thành: 30/06/2026 → 31/12/2026');
    expect(entries[2].textContent).toContain('theodoi.sct đã tạo nhiệm vụ');
    // a new assignment: its unit and role in one line, only what is not said already
    expect(entries[3].textContent).toContain(
      'theodoi.sct đã tạo phần việc của Sở Kế hoạch và Đầu tư (Phối hợp)',
    );
    expect([...entries[3].querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Ghi chú: Theo Kế hoạch 417/KH-UBND',
    ]);
  });

  it('gives a coordinator the edit and assign buttons, and progress updates for every unit', async () => {
    renderPage(coordinator);
    expect(await screen.findByTestId('edit-task')).toBeTruthy();
    expect(screen.getByTestId('assign-task')).toBeTruthy();
    // open assignments (not the cancelled ones) may be updated by the coordinator
    expect(screen.getAllByTestId('update-progress')).toHaveLength(3);
  });

  it("lets a unit officer update only the own unit's assignment, and not edit the task", async () => {
    renderPage(officer);
    const coordinating = await screen.findByTestId('assignments-coordinating');
    await waitFor(() => expect(screen.getAllByTestId('update-progress')).toHaveLength(1));
    expect(within(row(coordinating, 'STTTT')).getByTestId('update-progress')).toBeTruthy();
    expect(within(row(coordinating, 'STTTT')).getByText('Đơn vị của bạn')).toBeTruthy();
    expect(within(row(coordinating, 'SKHDT')).queryByTestId('update-progress')).toBeNull();
    expect(screen.queryByTestId('edit-task')).toBeNull();
    expect(screen.queryByTestId('assign-task')).toBeNull();
  });

  it('gives a supervisor no button that changes anything', async () => {
    renderPage(supervisor);
    await screen.findByTestId('task-fields');
    await screen.findAllByTestId('history-entry');
    expect(screen.queryByTestId('edit-task')).toBeNull();
    expect(screen.queryByTestId('assign-task')).toBeNull();
    expect(screen.queryByTestId('update-progress')).toBeNull();
  });

  it('sends the version it read, and on 409 offers to reload the latest data', async () => {
    let current: TaskDetail = taskDetail;
    const puts: unknown[] = [];
    const api = backend(coordinator, {
      'GET /api/v1/tasks/12': () => current,
      'PUT /api/v1/tasks/12': async (_url, request) => {
        const body = (await request.json()) as { version: number };
        puts.push(body);
        if (body.version !== current.version)
          return json(
            {
              type: 'urn:dondoc:problem:conflict',
              title: 'Xung đột dữ liệu',
              status: 409,
              detail: 'Dữ liệu đã được người khác thay đổi.',
            },
            409,
            'application/problem+json',
          );
        current = { ...current, ...body, version: current.version! + 1 } as TaskDetail;
        return current;
      },
    });
    renderPage(coordinator, api);
    fireEvent.click(await screen.findByTestId('edit-task'));
    const modal = await screen.findByTestId('task-edit');
    // meanwhile someone else changed the task
    current = { ...taskDetail, content: 'Nội dung do người khác sửa', version: 3 };

    const content = within(modal).getByTestId('task-form-content') as HTMLTextAreaElement;
    expect(content.value).toBe(taskDetail.content);
    fireEvent.change(content, { target: { value: 'Nội dung mới của tôi' } });
    fireEvent.click(within(document.body).getByTestId('task-edit-save'));

    const conflict = await screen.findByTestId('conflict');
    expect(conflict.textContent).toContain('Dữ liệu đã được người khác thay đổi');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      version: 2,
      content: 'Nội dung mới của tôi',
      kind: 'DEADLINE',
    });

    fireEvent.click(within(conflict).getByTestId('conflict-reload'));
    await waitFor(() =>
      expect((within(modal).getByTestId('task-form-content') as HTMLTextAreaElement).value).toBe(
        'Nội dung do người khác sửa',
      ),
    );
    expect(screen.queryByTestId('conflict')).toBeNull();

    fireEvent.click(within(document.body).getByTestId('task-edit-save'));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ version: 3, content: 'Nội dung do người khác sửa' });
    await waitFor(() => expect(screen.queryByTestId('task-edit')).toBeNull());
  });

  it("shows the server's validation errors on the form fields", async () => {
    const api = backend(coordinator, {
      'PUT /api/v1/tasks/12': () =>
        validationProblem([
          { field: 'code', message: 'Mã nhiệm vụ đã có trong văn bản' },
          { field: 'dueDate', message: 'Hạn hoàn thành phải sau ngày ban hành văn bản' },
        ]),
    });
    renderPage(coordinator, api);
    fireEvent.click(await screen.findByTestId('edit-task'));
    const modal = await screen.findByTestId('task-edit');
    fireEvent.click(within(document.body).getByTestId('task-edit-save'));

    const codeItem = within(modal).getByTestId('task-form-code').closest('.ant-form-item')!;
    const dueItem = within(modal).getByTestId('task-form-due-date').closest('.ant-form-item')!;
    await waitFor(() => expect(codeItem.textContent).toContain('Mã nhiệm vụ đã có trong văn bản'));
    expect(dueItem.textContent).toContain('Hạn hoàn thành phải sau ngày ban hành văn bản');
    expect(within(modal).getByTestId('save-error').textContent).toContain(
      'Yêu cầu có 2 trường dữ liệu không hợp lệ.',
    );
  });

  it("updates the own unit's assignment with its version", async () => {
    const bodies: unknown[] = [];
    const api = backend(officer, {
      'PUT /api/v1/assignments/102': async (_url, request) => {
        bodies.push(await request.json());
        return { ...taskDetail.assignments![1], status: 'IN_PROGRESS', version: 5 };
      },
    });
    renderPage(officer, api);
    await waitFor(() => expect(screen.getAllByTestId('update-progress')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('update-progress'));
    const modal = await screen.findByTestId('progress-modal');
    fireEvent.change(within(modal).getByTestId('progress-percent'), { target: { value: '45' } });
    fireEvent.click(within(document.body).getByTestId('progress-save'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ status: 'NOT_STARTED', percentComplete: 45, version: 4 });
  });
});
