import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me, TaskDetail, TaskPage, UnitRef } from '../../../api/types';
import { fakeAuth, mockApi, problem, renderWithApp } from '../../../test/utils';
import { TaskListPage } from './TaskListPage';

const unit = (id: number, code: string, name: string, shortName: string): UnitRef => ({
  id,
  code,
  name,
  shortName,
});
const STTTT = unit(7, 'STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT');
const SCT = unit(1, 'SCT', 'Sở Công Thương', 'Sở CT');
const SKHDT = unit(2, 'SKHDT', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT');
const STC = unit(3, 'STC', 'Sở Tài chính', 'Sở TC');
const SXD = unit(4, 'SXD', 'Sở Xây dựng', 'Sở XD');

const officer: Me = {
  username: 'chuyenvien.stttt',
  fullName: 'Nguyễn Thị Lan',
  email: 'chuyenvien.stttt@dondoc.local',
  roles: ['unit_officer', 'offline_access'],
  unit: STTTT,
};
const coordinator: Me = {
  username: 'theodoi.sct',
  fullName: 'Trần Văn Hùng',
  roles: ['coordinator'],
  unit: SCT,
};

const page: TaskPage = {
  items: [
    {
      id: 11,
      directiveId: 3,
      code: 'II.1.a',
      content: 'Tuyên truyền, phổ biến Kết luận số 57-KL/TU đến cán bộ, đảng viên và nhân dân',
      kind: 'ONGOING',
      dueDate: undefined,
      status: 'IN_PROGRESS',
      timeliness: 'NO_DEADLINE',
      percentComplete: 40,
      leadUnits: [STTTT],
      coordinatingUnits: [SCT, SKHDT, STC, SXD],
      version: 0,
    },
    {
      id: 12,
      directiveId: 3,
      code: 'II.4.c.2',
      content: 'Xây dựng cơ sở dữ liệu về công nghiệp, tiểu thủ công nghiệp',
      kind: 'DEADLINE',
      dueDate: '2026-12-31',
      status: 'NOT_STARTED',
      timeliness: 'OVERDUE',
      percentComplete: 0,
      leadUnits: [SCT],
      coordinatingUnits: [STTTT],
      version: 2,
    },
  ],
  page: 0,
  size: 20,
  totalItems: 2,
  totalPages: 1,
};

const detail: TaskDetail = {
  ...page.items![1],
  assignments: [
    { id: 101, unit: SCT, role: 'LEAD', status: 'IN_PROGRESS', percentComplete: 30, version: 0 },
    {
      id: 102,
      unit: STTTT,
      role: 'COORDINATING',
      status: 'COMPLETED',
      percentComplete: 100,
      version: 1,
    },
  ],
};

function backend(me: Me, tasks: () => Response | TaskPage = () => page) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/tasks': () => tasks(),
    'GET /api/v1/tasks/12': () => detail,
    'GET /api/v1/tasks/counts': () => ({
      total: 2,
      byTimeliness: { NO_DEADLINE: 1, OVERDUE: 1 },
      byStatus: { IN_PROGRESS: 1, NOT_STARTED: 1 },
    }),
    'GET /api/v1/directives': () => ({
      items: [{ id: 3, kind: 'ACTION_PROGRAM', numberSymbol: '15/CTr-UBND', version: 0 }],
    }),
    'GET /api/v1/directives/3/tree': () => ({
      directiveId: 3,
      nodes: [{ id: 40, code: 'II.4', content: 'Công nghiệp bền vững', children: [{ id: 12 }] }],
    }),
    'GET /api/v1/units': () => ({
      items: [STTTT, SCT].map((u) => ({ ...u, type: 'DEPARTMENT', active: true, version: 0 })),
      page: 0,
      size: 100,
      totalItems: 2,
      totalPages: 1,
    }),
  });
}

const rows = () => screen.findAllByTestId('task-row');

describe('TaskListPage', () => {
  it('renders the tasks of the page with codes, units, dates, statuses and the total', async () => {
    const api = backend(coordinator);
    renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
    });

    const found = await rows();
    expect(found.map((row) => row.getAttribute('data-task-code'))).toEqual(['II.1.a', 'II.4.c.2']);
    await waitFor(() =>
      expect(screen.getByTestId('task-total').getAttribute('data-count')).toBe('2'),
    );
    expect(screen.getByTestId('task-total').textContent).toBe('Tổng số: 2 nhiệm vụ');

    const [ongoing, deadline] = found;
    // lead unit by short name; more than three coordinating units collapse to "N đơn vị"
    expect(within(ongoing).getByText('Sở TT&TT')).toBeTruthy();
    expect(within(ongoing).getByTestId('unit-count').textContent).toBe('4 đơn vị');
    expect(within(ongoing).getByText('Thường xuyên')).toBeTruthy();
    expect(within(ongoing).getByText('Đang thực hiện')).toBeTruthy();
    expect(within(deadline).getByText('31/12/2026')).toBeTruthy();
    expect(within(deadline).getByText('Chưa thực hiện')).toBeTruthy();
    expect(within(deadline).getByText('Sở CT')).toBeTruthy();

    // column headers in Vietnamese
    for (const header of [
      'Mã',
      'Nội dung nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Hạn hoàn thành',
      'Trạng thái',
      'Tiến độ',
    ]) {
      expect(screen.getAllByText(header).length).toBeGreaterThan(0);
    }

    // a coordinator may filter by unit; the request carried the bearer token
    expect(screen.getByTestId('filter-unit')).toBeTruthy();
    expect(screen.queryByTestId('own-unit-note')).toBeNull();
    const taskRequest = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/tasks');
    expect(taskRequest?.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('sends the filters of the URL to the API (page 1-based in the URL, 0-based in the API)', async () => {
    const api = backend(coordinator);
    renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      initialEntry: '/tasks?status=IN_PROGRESS&unitId=7&q=cong+nghiep&page=2&sort=dueDate,desc',
    });
    await rows();
    const url = api.urls('/api/v1/tasks').at(-1)!;
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'IN_PROGRESS',
      unitId: '7',
      q: 'cong nghiep',
      sort: 'dueDate,desc',
      page: '1',
      size: '20',
    });
  });

  it('shows a unit officer only their unit: no unit filter, a note, and no unitId sent', async () => {
    const api = backend(officer);
    renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['unit_officer'] }),
      initialEntry: '/tasks?unitId=1',
    });
    await rows();
    const note = await screen.findByTestId('own-unit-note');
    expect(note.textContent).toContain('Nhiệm vụ của đơn vị: Sở Thông tin và Truyền thông');
    expect(screen.queryByTestId('filter-unit')).toBeNull();
    const urls = api.urls('/api/v1/tasks');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.searchParams.has('unitId')).toBe(false);
    expect(api.urls('/api/v1/units')).toHaveLength(0);
  });

  it('writes a status filter to the URL and asks the API again from the first page', async () => {
    const api = backend(coordinator);
    const { router } = renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      initialEntry: '/tasks?page=3',
    });
    await rows();
    const select = within(screen.getByTestId('filter-status')).getByRole('combobox');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByTitle('Hoàn thành'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=COMPLETED'));
    await waitFor(() =>
      expect(api.urls('/api/v1/tasks').at(-1)?.searchParams.get('status')).toBe('COMPLETED'),
    );
    expect(api.urls('/api/v1/tasks').at(-1)?.searchParams.get('page')).toBe('0');
  });

  it("shows the problem's detail when the API refuses", async () => {
    const api = backend(officer, () =>
      problem(403, 'Bạn chỉ được xem nhiệm vụ của đơn vị mình.', 'Không có quyền'),
    );
    renderWithApp(<TaskListPage />, { fetch: api.fetch });
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Bạn chỉ được xem nhiệm vụ của đơn vị mình.');
    expect(screen.queryAllByTestId('task-row')).toHaveLength(0);
  });

  it('shows an empty state in Vietnamese', async () => {
    const api = backend(coordinator, () => ({
      items: [],
      page: 0,
      size: 20,
      totalItems: 0,
      totalPages: 0,
    }));
    renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
    });
    await waitFor(() =>
      expect(screen.getByTestId('task-total').getAttribute('data-count')).toBe('0'),
    );
    expect(screen.getByText('Không có nhiệm vụ nào phù hợp')).toBeTruthy();
  });

  it('opens the task in a drawer with assignments grouped by role', async () => {
    const api = backend(coordinator);
    const { router } = renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
    });
    const [, second] = await rows();
    fireEvent.click(second);
    await waitFor(() => expect(router.state.location.search).toBe('?task=12'));
    const lead = await screen.findByTestId('assignments-lead');
    const coordinating = screen.getByTestId('assignments-coordinating');
    expect(within(lead).getByText('Sở Công Thương')).toBeTruthy();
    expect(within(lead).getByText('Đang thực hiện')).toBeTruthy();
    expect(within(coordinating).getByText('Sở Thông tin và Truyền thông')).toBeTruthy();
    expect(within(coordinating).getByText('Hoàn thành')).toBeTruthy();
    expect(screen.getByText('Nhiệm vụ II.4.c.2')).toBeTruthy();
  });

  it('sends every new filter of the URL to the list and to the counts', async () => {
    const api = backend(coordinator);
    renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      initialEntry:
        '/tasks?timeliness=OVERDUE&role=LEAD&unitId=1&directiveId=3&subtreeOf=40&dueFrom=2026-01-01&dueTo=2026-12-31&field=C%C3%B4ng+nghi%E1%BB%87p&page=2',
    });
    await rows();
    const selection = {
      timeliness: 'OVERDUE',
      role: 'LEAD',
      unitId: '1',
      directiveId: '3',
      subtreeOf: '40',
      dueFrom: '2026-01-01',
      dueTo: '2026-12-31',
      field: 'Công nghiệp',
    };
    expect(Object.fromEntries(api.urls('/api/v1/tasks').at(-1)!.searchParams)).toEqual({
      ...selection,
      page: '1',
      size: '20',
    });
    await waitFor(() => expect(api.urls('/api/v1/tasks/counts')).not.toHaveLength(0));
    // the counts answer for the same tasks, without paging, and for every timeliness
    const { timeliness: _chosen, ...others } = selection;
    expect(_chosen).toBe('OVERDUE');
    expect(Object.fromEntries(api.urls('/api/v1/tasks/counts').at(-1)!.searchParams)).toEqual(
      others,
    );
    // the date range is shown dd/MM/yyyy
    const due = screen.getByTestId('filter-due');
    const inputs = due.querySelectorAll('input');
    expect([...inputs].map((i) => i.value)).toEqual(['01/01/2026', '31/12/2026']);
    expect((screen.getByTestId('filter-field') as HTMLInputElement).value).toBe('Công nghiệp');
  });

  it('shows timeliness tags and the counts, and filters by a count when it is clicked', async () => {
    const api = backend(coordinator);
    const { router } = renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      initialEntry: '/tasks?page=2',
    });
    const [ongoing, deadline] = await rows();
    expect(within(ongoing).getByText('Không có thời hạn')).toBeTruthy();
    // The tag, and the due date's mark: both say what the API says.
    const overdue = within(deadline).getAllByText('Quá hạn');
    expect(overdue.some((e) => e.closest('[data-timeliness]'))).toBe(true);

    const counts = await screen.findByTestId('task-counts');
    expect(within(counts).getByTestId('counts-total').textContent).toBe('Tổng số: 2');
    expect(within(counts).getByTestId('counts-OVERDUE').textContent).toBe('1Quá hạn');
    expect(within(counts).getByTestId('counts-DUE_SOON').getAttribute('data-count')).toBe('0');

    fireEvent.click(within(counts).getByTestId('counts-OVERDUE'));
    await waitFor(() => expect(router.state.location.search).toBe('?timeliness=OVERDUE'));
    await waitFor(() =>
      expect(api.urls('/api/v1/tasks').at(-1)?.searchParams.get('timeliness')).toBe('OVERDUE'),
    );
    expect(
      within(screen.getByTestId('task-counts'))
        .getByTestId('counts-OVERDUE')
        .getAttribute('aria-checked'),
    ).toBe('true');
    for (const url of api.urls('/api/v1/tasks/counts'))
      expect(url.searchParams.has('timeliness')).toBe(false);
    fireEvent.click(within(screen.getByTestId('task-counts')).getByTestId('counts-OVERDUE'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('writes the timeliness and role filters to the URL', async () => {
    const api = backend(coordinator);
    const { router } = renderWithApp(<TaskListPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
    });
    await rows();
    fireEvent.mouseDown(within(screen.getByTestId('filter-timeliness')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('Sắp đến hạn'));
    await waitFor(() => expect(router.state.location.search).toBe('?timeliness=DUE_SOON'));
    fireEvent.mouseDown(within(screen.getByTestId('filter-role')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('Phối hợp'));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?timeliness=DUE_SOON&role=COORDINATING'),
    );
    await waitFor(() =>
      expect(api.urls('/api/v1/tasks').at(-1)?.searchParams.get('role')).toBe('COORDINATING'),
    );
  });

  it('offers "Giao nhiệm vụ mới" to a coordinator only', async () => {
    renderWithApp(<TaskListPage />, {
      fetch: backend(coordinator).fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
    });
    await rows();
    expect(screen.getByTestId('create-task').textContent).toBe('Giao nhiệm vụ mới');
  });

  it('hides "Giao nhiệm vụ mới" from a unit officer', async () => {
    renderWithApp(<TaskListPage />, {
      fetch: backend(officer).fetch,
      auth: fakeAuth({ roles: ['unit_officer'] }),
    });
    await rows();
    await screen.findByTestId('own-unit-note');
    expect(screen.queryByTestId('create-task')).toBeNull();
  });
});
