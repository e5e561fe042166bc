import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { coordinator, directive, pageOf, SCT, SKHDT, taskDetail } from '../../../test/fixtures';
import {
  chooseOption,
  fakeAuth,
  json,
  mockApi,
  renderWithApp,
  validationProblem,
} from '../../../test/utils';
import { TaskCreatePage } from './TaskCreatePage';

const units = [SCT, SKHDT].map((u) => ({ ...u, type: 'DEPARTMENT' as const, active: true }));
const groups = [
  {
    id: 5,
    code: 'DIA_PHUONG',
    name: 'UBND các huyện, thị xã, thành phố',
    dynamic: true,
    unitType: 'LOCALITY' as const,
    memberCount: 13,
  },
];

function backend(post: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/v1/me': () => coordinator,
    'GET /api/v1/directives': () => ({ items: [directive] }),
    'GET /api/v1/directives/3/tree': () => ({ directiveId: 3, nodes: [] }),
    'GET /api/v1/units': () => pageOf(units),
    'GET /api/v1/unit-groups': () => ({ items: groups }),
    'POST /api/v1/tasks': post,
  });
}

async function fillMinimalTask() {
  fireEvent.change(screen.getByTestId('task-form-code'), { target: { value: 'II.5.d' } });
  fireEvent.change(screen.getByTestId('task-form-content'), {
    target: { value: '  Rà soát thủ tục hành chính lĩnh vực công thương  ' },
  });
  fireEvent.click(screen.getByText('Thường xuyên'));
  await chooseOption('task-form-lead-units', 'Sở Công Thương (Sở CT)');
  await chooseOption('task-form-coordinating-groups', 'UBND các huyện, thị xã, thành phố');
}

describe('TaskCreatePage', () => {
  it('checks the form before sending: code, content and a lead unit or group', async () => {
    const api = backend(() => taskDetail);
    renderWithApp(<TaskCreatePage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/tasks/new',
      initialEntry: '/tasks/new?directiveId=3',
    });
    fireEvent.click(await screen.findByTestId('task-create-submit'));
    expect(await screen.findByText('Nhập mã nhiệm vụ')).toBeTruthy();
    expect(screen.getByText('Nhập nội dung nhiệm vụ')).toBeTruthy();
    expect(screen.getByText('Nhiệm vụ có thời hạn phải có hạn hoàn thành')).toBeTruthy();
    expect(screen.getByText('Chọn ít nhất một đơn vị hoặc nhóm đơn vị chủ trì')).toBeTruthy();
    expect(api.urls('/api/v1/tasks')).toHaveLength(0);
  });

  it('sends the task and shows the field errors of the problem detail on the fields', async () => {
    const bodies: unknown[] = [];
    const api = backend(async (_url, request) => {
      bodies.push(await request.json());
      return validationProblem([
        { field: 'code', message: 'Mã nhiệm vụ đã có trong văn bản' },
        { field: 'leadUnitIds[0]', message: 'Đơn vị đã ngừng hoạt động' },
      ]);
    });
    renderWithApp(<TaskCreatePage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/tasks/new',
      initialEntry: '/tasks/new?directiveId=3',
    });
    await screen.findByTestId('task-create');
    await fillMinimalTask();
    fireEvent.click(screen.getByTestId('task-create-submit'));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      directiveId: 3,
      code: 'II.5.d',
      content: 'Rà soát thủ tục hành chính lĩnh vực công thương',
      kind: 'ONGOING',
      priority: 'NORMAL',
      leadUnitIds: [1],
      leadGroupIds: [],
      coordinatingUnitIds: [],
      coordinatingGroupIds: [5],
    });

    const codeItem = screen.getByTestId('task-form-code').closest('.ant-form-item')!;
    const leadItem = screen.getByTestId('task-form-lead-units').closest('.ant-form-item')!;
    await waitFor(() => expect(codeItem.textContent).toContain('Mã nhiệm vụ đã có trong văn bản'));
    expect(leadItem.textContent).toContain('Đơn vị đã ngừng hoạt động');
    expect(screen.getByTestId('save-error').textContent).toContain(
      'Yêu cầu có 2 trường dữ liệu không hợp lệ.',
    );
  });

  it('opens the new task once it is created', async () => {
    const api = backend(() => json({ ...taskDetail, id: 77, code: 'II.5.d' }, 201));
    const { router } = renderWithApp(<TaskCreatePage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      routes: [
        { path: '/tasks/new', element: <TaskCreatePage /> },
        { path: '/tasks/:id', element: <div data-testid="opened" /> },
      ],
      initialEntry: '/tasks/new?directiveId=3',
    });
    await screen.findByTestId('task-create');
    await fillMinimalTask();
    fireEvent.click(screen.getByTestId('task-create-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/77'));
  });
});
