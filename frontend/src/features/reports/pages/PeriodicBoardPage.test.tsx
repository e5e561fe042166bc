import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { SCT, STTTT, leader } from '../testFixtures';
import type { PeriodicBoard } from '../types';
import { PeriodicBoardPage } from './PeriodicBoardPage';

// the chart itself is drawn by ECharts; here it only has to receive the counts
vi.mock('../components/BoardChart', () => ({
  default: ({ counts }: { counts: { onTime: number; late: number; missing: number } }) => (
    <div data-testid="board-chart">
      {counts.onTime}/{counts.late}/{counts.missing}
    </div>
  ),
}));

const SKHDT = { id: 2, code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT' };
const STC = { id: 3, code: 'STC', name: 'Sở Tài chính', shortName: 'Sở TC' };

const board = (period: string): PeriodicBoard => ({
  directiveId: 3,
  periodKey: period,
  periodLabel: period === '2026-Q3' ? 'Quý III/2026' : 'Quý IV/2026',
  dueDate: period === '2026-Q3' ? '2026-09-16' : '2026-12-16',
  onTime: 2,
  late: 1,
  missing: 1,
  rows: [
    {
      unit: SCT,
      submission: 'SUBMITTED_ON_TIME',
      reportStatus: 'ACCEPTED',
      reportId: 1,
      submittedOn: '2026-09-15',
    },
    {
      unit: STTTT,
      submission: 'SUBMITTED_ON_TIME',
      reportStatus: 'SUBMITTED',
      reportId: 2,
      submittedOn: '2026-09-16',
    },
    {
      unit: SKHDT,
      submission: 'SUBMITTED_LATE',
      reportStatus: 'SUBMITTED',
      reportId: 3,
      submittedOn: '2026-09-20',
    },
    { unit: STC, submission: 'NOT_SUBMITTED', reportStatus: 'DRAFT', reportId: 4 },
  ],
});

const periods = {
  directiveId: 3,
  items: [
    {
      period: { key: '2026-Q3', label: 'Quý III/2026', to: '2026-09-14' },
      unitDueDate: '2026-09-16',
    },
    {
      period: { key: '2026-Q4', label: 'Quý IV/2026', to: '2026-12-14' },
      unitDueDate: '2026-12-16',
    },
  ],
};

function renderBoard(entry: string) {
  const api = mockApi({
    'GET /api/v1/me': () => leader,
    'GET /api/v1/directives': () => ({
      items: [
        { id: 3, kind: 'ACTION_PROGRAM', numberSymbol: '15/CTr-UBND', title: 'CTr 57', version: 0 },
      ],
    }),
    'GET /api/v1/directives/3/reporting-periods': () => periods,
    'GET /api/v1/directives/3/periodic-reports/board': (url) =>
      board(url.searchParams.get('period') as string),
  });
  const view = renderWithApp(null, {
    fetch: api.fetch,
    auth: fakeAuth({ username: leader.username, roles: leader.roles ?? [] }),
    initialEntry: entry,
    routes: [
      { path: '/periodic-board', element: <PeriodicBoardPage /> },
      { path: '/directives/:id/periodic-board', element: <PeriodicBoardPage /> },
    ],
  });
  return { api, ...view };
}

describe('PeriodicBoardPage', () => {
  it('counts on time, late and missing, with green, gold and red tags', async () => {
    const { api } = renderBoard('/directives/3/periodic-board?period=2026-Q3');
    const rows = await screen.findAllByTestId('board-row');
    expect(
      api.urls('/api/v1/directives/3/periodic-reports/board')[0].searchParams.get('period'),
    ).toBe('2026-Q3');
    expect(screen.getByTestId('count-onTime').getAttribute('data-count')).toBe('2');
    expect(screen.getByTestId('count-late').getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('count-missing').getAttribute('data-count')).toBe('1');
    expect((await screen.findByTestId('board-chart')).textContent).toBe('2/1/1');
    expect(screen.getByTestId('board-due').textContent).toContain('16/09/2026');

    const tag = (code: string) =>
      within(
        rows.find((r) => r.getAttribute('data-unit-code') === code) as HTMLElement,
      ).getByTestId('submission');
    expect(tag('SCT').textContent).toBe('Đúng hạn');
    expect(tag('SCT').className).toContain('ant-tag-green');
    expect(tag('SKHDT').textContent).toBe('Muộn');
    expect(tag('SKHDT').className).toContain('ant-tag-gold');
    expect(tag('STC').textContent).toBe('Chưa nộp');
    expect(tag('STC').className).toContain('ant-tag-red');
    // a missing unit's draft is not opened from the board
    const stc = rows.find((r) => r.getAttribute('data-unit-code') === 'STC') as HTMLElement;
    expect(within(stc).queryByText('Xem')).toBeNull();
    expect(within(rows[0]).getByText('Xem').getAttribute('href')).toBe('/periodic-reports/1');
  });

  it('chooses the directive and the last period already due when the address has none', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T03:00:00Z'));
    try {
      const { router } = renderBoard('/periodic-board');
      await waitFor(() =>
        expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
          '/directives/3/periodic-board?period=2026-Q3',
        ),
      );
      expect(await screen.findAllByTestId('board-row')).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('switches the period from the selector', async () => {
    const { router } = renderBoard('/directives/3/periodic-board?period=2026-Q3');
    await screen.findAllByTestId('board-row');
    fireEvent.mouseDown(within(screen.getByTestId('board-period')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('Quý IV/2026'));
    await waitFor(() => expect(router.state.location.search).toBe('?period=2026-Q4'));
    await waitFor(() =>
      expect(screen.getByTestId('board-due').textContent).toContain('16/12/2026'),
    );
  });
});
