import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { coordinator, officer } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { deadlinePage } from '../testFixtures';
import { DeadlineCalendarPage } from './DeadlineCalendarPage';

function backend(me: Me) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/deadlines': () => deadlinePage,
    'GET /api/v1/deadlines/counts': () => ({ overdue: 4, dueSoon: 2, pendingExtensions: 1 }),
    'GET /api/v1/holidays': () => ({
      year: 2026,
      items: [{ day: '2026-03-08', name: 'Ngày nghỉ thử', kind: 'PUBLIC_HOLIDAY' }],
    }),
    'GET /api/v1/units': () => ({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
  });
}

function renderCalendar(me: Me, entry: string) {
  const api = backend(me);
  const utils = renderWithApp(null, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    initialEntry: entry,
    routes: [
      { path: '/deadlines', element: <DeadlineCalendarPage /> },
      { path: '/tasks/:id', element: <div data-testid="task-page-stub" /> },
    ],
  });
  return { api, ...utils };
}

describe('DeadlineCalendarPage', () => {
  it('shows the month grid of the visible weeks, each deadline in its colour', async () => {
    const { api, router } = renderCalendar(coordinator, '/deadlines?month=2026-03');
    const items = await screen.findAllByTestId('deadline-item');
    const query = api.urls('/api/v1/deadlines')[0].searchParams;
    // March 2026 in weeks from Monday: 23 February to 5 April
    expect(query.get('from')).toBe('2026-02-23');
    expect(query.get('to')).toBe('2026-04-05');
    expect(query.get('overdue')).toBeNull();
    // the same days as Ant Design's grid
    const cells = screen.getAllByTestId('deadline-day');
    expect(cells).toHaveLength(42);
    expect(cells[0].getAttribute('data-date')).toBe('2026-02-23');
    expect(cells[41].getAttribute('data-date')).toBe('2026-04-05');
    expect(query.get('unitId')).toBeNull();
    expect(items.map((i) => [i.getAttribute('data-date'), i.getAttribute('data-tone')])).toEqual([
      ['2026-03-05', 'overdue'],
      ['2026-03-20', 'dueSoon'],
      ['2026-03-20', 'periodic'],
      ['2026-03-31', 'onTrack'],
    ]);
    const day = document.querySelector('[data-testid="deadline-day"][data-date="2026-03-20"]')!;
    expect(day.textContent).toContain('Báo cáo định kỳ Quý I/2026');
    expect(day.textContent).toContain('II.2.a · Sở CT');
    const holiday = document.querySelector('[data-testid="deadline-day"][data-date="2026-03-08"]')!;
    expect(holiday.getAttribute('data-holiday')).toBe('true');

    // the badges
    await waitFor(() =>
      expect(screen.getByTestId('deadline-count-overdue').getAttribute('data-count')).toBe('4'),
    );
    expect(screen.getByTestId('deadline-count-dueSoon').textContent).toContain('Sắp đến hạn');
    expect(screen.getByTestId('deadline-count-pendingExtensions').textContent).toContain(
      'Đề nghị gia hạn chờ quyết định',
    );
    // a reader of every unit may choose one
    expect(screen.getByTestId('deadline-unit')).toBeTruthy();

    // a task's deadline leads to the task
    fireEvent.click(within(items[0]).getByRole('link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/12'));
  });

  it('lists the month by day, asking for earlier overdue deadlines too', async () => {
    const { api, router } = renderCalendar(officer, '/deadlines?month=2026-03&view=list');
    const rows = await screen.findAllByTestId('deadline-row');
    const query = api.urls('/api/v1/deadlines')[0].searchParams;
    expect(query.get('from')).toBe('2026-03-01');
    expect(query.get('to')).toBe('2026-03-31');
    expect(query.get('overdue')).toBe('true');
    expect(
      rows.map((r) => r.getAttribute('data-task-code') ?? r.getAttribute('data-kind')),
    ).toEqual(['II.4.c.2', 'II.2.a', 'PERIODIC_REPORT', 'II.3.b']);
    expect(rows[1].textContent).toContain('20/03/2026');
    // the second deadline of the day shares the date cell
    expect(rows[2].textContent).not.toContain('20/03/2026');
    expect(rows[3].textContent).toContain('Hạn ban đầu: 28/02/2026');
    // unit staff see their own unit, without a unit picker
    expect(await screen.findByTestId('own-unit-note')).toBeTruthy();
    expect(screen.queryByTestId('deadline-unit')).toBeNull();

    fireEvent.click(screen.getByTestId('month-next'));
    await waitFor(() => expect(router.state.location.search).toContain('month=2026-04'));
    await waitFor(() =>
      expect(api.urls('/api/v1/deadlines').at(-1)?.searchParams.get('from')).toBe('2026-04-01'),
    );
    expect(router.state.location.search).toContain('view=list');
  });
});
