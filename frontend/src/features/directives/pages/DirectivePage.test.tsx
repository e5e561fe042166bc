import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { chain, coordinator, directive, officer, SCT } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { DirectivePage } from './DirectivePage';

const tree = {
  directiveId: 3,
  nodes: [
    {
      id: 10,
      code: 'II.1',
      content: 'Tuyên truyền, phổ biến',
      counts: { total: 2, OVERDUE: 2 },
      children: [
        {
          id: 11,
          code: 'II.1.a',
          content: 'Tuyên truyền Kết luận 57-KL/TU',
          kind: 'DEADLINE',
          dueDate: '2025-12-31',
          timeliness: 'OVERDUE',
          status: 'IN_PROGRESS',
          percentComplete: 50,
          leadUnits: [SCT],
          counts: { total: 1, OVERDUE: 1 },
          children: [],
        },
      ],
    },
    {
      id: 20,
      code: 'II.2',
      content: 'Quy hoạch',
      counts: { total: 3, ON_TRACK: 2, COMPLETED_ON_TIME: 1 },
      children: [],
    },
  ],
};

function backend(me = coordinator) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/directives/3': () => directive,
    'GET /api/v1/directives/3/chain': () => ({ items: chain }),
    'GET /api/v1/directives/3/tree': () => tree,
    'GET /api/v1/tasks/counts': () => ({
      total: 5,
      byTimeliness: { OVERDUE: 2, ON_TRACK: 2, COMPLETED_ON_TIME: 1 },
      byStatus: { IN_PROGRESS: 4, COMPLETED: 1 },
    }),
  });
}

describe('DirectivePage', () => {
  it('shows the chain root first, the counts, a bar per group and the task tree', async () => {
    const api = backend();
    const { router } = renderWithApp(<DirectivePage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/directives/:id',
      initialEntry: '/directives/3',
    });
    const steps = await screen.findAllByTestId('chain-step');
    expect(steps.map((s) => s.textContent)).toEqual([
      'Nghị quyết 08-NQ/TU',
      'Kết luận 57-KL/TU',
      'Chương trình hành động 15/CTr-UBND',
    ]);
    expect(steps[0].closest('a')?.getAttribute('href')).toBe('/directives/1');
    expect(screen.getByTestId('directive-title').textContent).toBe(
      'Chương trình hành động 15/CTr-UBND',
    );
    expect(screen.getAllByText(/Số 15\/CTr-UBND, ngày 20\/02\/2023/).length).toBeGreaterThan(0);

    const counts = await screen.findByTestId('task-counts');
    expect(within(counts).getByTestId('counts-total').textContent).toBe('Tổng số: 5');
    expect(within(counts).getByTestId('counts-OVERDUE').getAttribute('data-count')).toBe('2');
    expect(await screen.findAllByTestId('group-bar')).toHaveLength(2);
    expect(api.urls('/api/v1/tasks/counts')[0].searchParams.get('directiveId')).toBe('3');

    const links = await screen.findAllByTestId('tree-node-link');
    fireEvent.click(links.find((l) => l.textContent?.startsWith('II.1.a'))!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/11'));
  });

  it('offers "Giao nhiệm vụ mới" to a coordinator, not to a unit officer', async () => {
    renderWithApp(<DirectivePage />, {
      fetch: backend().fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/directives/:id',
      initialEntry: '/directives/3',
    });
    expect(await screen.findByTestId('create-task')).toBeTruthy();
  });

  it('tells a unit officer that only the own unit branches are shown', async () => {
    renderWithApp(<DirectivePage />, {
      fetch: backend(officer).fetch,
      auth: fakeAuth({ roles: ['unit_officer'] }),
      path: '/directives/:id',
      initialEntry: '/directives/3',
    });
    expect(
      await screen.findByText(
        'Chỉ hiển thị các nhánh có nhiệm vụ của đơn vị: Sở Thông tin và Truyền thông',
      ),
    ).toBeTruthy();
    await screen.findAllByTestId('tree-node');
    expect(screen.queryByTestId('create-task')).toBeNull();
  });
});
