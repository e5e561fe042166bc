import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { SCT, STTTT, coordinator, officer } from '../../../test/fixtures';
import type { Me } from '../../../api/types';
import type { Scorecard, Statistics, StatMatrix } from '../types';
import { DashboardPage } from './DashboardPage';

// the charts are drawn by ECharts; here each one only has to offer its links
vi.mock('../components/StatChart', () => ({
  default: ({
    option,
    onOpen,
    testId,
  }: {
    option: { series: { data: ({ link?: string } | number)[] }[] };
    onOpen: (link: string) => void;
    testId?: string;
  }) => {
    const links = option.series.flatMap((s) =>
      s.data.flatMap((d) => (typeof d === 'object' && d.link ? [d.link] : [])),
    );
    return (
      <div data-testid={testId}>
        {links.map((link) => (
          <button key={link} type="button" data-testid="chart-item" onClick={() => onOpen(link)}>
            {link}
          </button>
        ))}
      </div>
    );
  },
}));

afterEach(cleanup);

const fig = (count: number, query?: string) => ({ count, queries: query ? [query] : [] });

function matrix(base: string | null, counts: Record<string, number>): StatMatrix {
  const q = (t?: string) => (base === null ? undefined : t ? `${base}&timeliness=${t}` : base);
  const byTimeliness = Object.fromEntries(
    [
      'COMPLETED_ON_TIME',
      'COMPLETED_LATE',
      'ON_TRACK',
      'DUE_SOON',
      'OVERDUE',
      'NO_DEADLINE',
      'CANCELLED',
    ].map((t) => [t, fig(counts[t] ?? 0, q(t))]),
  );
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { total: fig(total, q()), byTimeliness, onTimeRate: 0.25 };
}

function statistics(live: boolean): Statistics {
  const base = live ? 'directiveId=3' : null;
  return {
    directiveId: 3,
    asOf: live ? '2026-11-24' : '2026-09-14',
    dueBasis: 'CURRENT',
    dueSoonDays: 3,
    totals: matrix(base, { COMPLETED_ON_TIME: 1, COMPLETED_LATE: 1, OVERDUE: 2, ON_TRACK: 4 }),
    byUnit: [
      {
        unit: SCT,
        unitType: 'DEPARTMENT',
        counts: matrix(live ? 'directiveId=3&unitId=1' : null, { OVERDUE: 2 }),
      },
      {
        unit: STTTT,
        unitType: 'DEPARTMENT',
        counts: matrix(live ? 'directiveId=3&unitId=7' : null, { ON_TRACK: 4 }),
      },
    ],
    byUnitType: [],
    byField: [],
    monthlyTrend: [],
    topOverdue: [
      {
        id: 42,
        directiveId: 3,
        code: 'II.4.c.2',
        content: 'Xây dựng cơ sở dữ liệu về công nghiệp',
        dueDate: '2026-10-01',
        daysOverdue: 54,
        leadUnits: [SCT],
      },
    ],
    topOverdueQuery: live ? 'directiveId=3&timeliness=OVERDUE&sort=dueDate,asc' : undefined,
  };
}

const scorecard: Scorecard = {
  formula: 'Điểm = 100 × (...)',
  rows: [
    {
      rank: 1,
      unit: STTTT,
      unitType: 'DEPARTMENT',
      score: 86.5,
      components: [
        {
          key: 'ON_TIME_COMPLETION',
          value: 0.8,
          weight: 0.5,
          numerator: 8,
          denominator: 10,
          points: 40,
        },
        {
          key: 'REPORTS_ON_TIME',
          value: undefined,
          weight: 0.3,
          numerator: 0,
          denominator: 0,
          points: 0,
        },
        { key: 'NO_OVERDUE', value: 1, weight: 0.2, numerator: 0, denominator: 10, points: 20 },
      ],
      explanation: '100 × (0,5 × 8/10 + 0,2 × (1 − 0/10)) / 0,7 = 85,7',
    },
  ],
};

function renderDashboard(me: Me, entry = '/dashboard?directiveId=3') {
  const api = mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/directives': () => ({
      items: [
        { id: 3, kind: 'ACTION_PROGRAM', numberSymbol: '15/CTr-UBND', title: 'CTr 57', version: 0 },
      ],
    }),
    'GET /api/v1/statistics': (url) => statistics(!url.searchParams.get('periodKey')),
    'GET /api/v1/statistics/scorecard': () => scorecard,
  });
  const view = renderWithApp(null, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    initialEntry: entry,
    routes: [
      { path: '/dashboard', element: <DashboardPage /> },
      { path: '/tasks', element: <div data-testid="task-list" /> },
    ],
  });
  return { api, ...view };
}

describe('DashboardPage', () => {
  it('shows the province figures, each opening the tasks behind it', async () => {
    const { api, router } = renderDashboard(coordinator);
    const overdue = await screen.findByTestId('figure-OVERDUE');
    expect(overdue.getAttribute('data-count')).toBe('2');
    expect(screen.getByTestId('figure-total').getAttribute('data-count')).toBe('8');
    expect(screen.getByTestId('figure-rate').textContent).toContain('25%');
    expect(api.urls('/api/v1/statistics')[0].searchParams.get('directiveId')).toBe('3');
    expect(screen.getByTestId('figure-OVERDUE-link').getAttribute('href')).toBe(
      '/tasks?directiveId=3&timeliness=OVERDUE',
    );
    expect(screen.getByTestId('overdue-all').getAttribute('href')).toBe(
      '/tasks?directiveId=3&timeliness=OVERDUE&sort=dueDate,asc',
    );
    expect(await screen.findByTestId('chart-units')).toBeTruthy();
    expect(screen.getByText('II.4.c.2').getAttribute('href')).toBe('/tasks/42');

    // a unit's overdue bar opens that unit's overdue tasks
    const bars = await screen.findByTestId('chart-units');
    const item = Array.from(bars.querySelectorAll('button')).find(
      (b) => b.textContent === '/tasks?directiveId=3&unitId=1&timeliness=OVERDUE',
    ) as HTMLElement;
    fireEvent.click(item);
    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        '/tasks?directiveId=3&unitId=1&timeliness=OVERDUE',
      ),
    );
  });

  it('shows the scorecard with each component and how the score was computed', async () => {
    renderDashboard(coordinator);
    const card = await screen.findByTestId('scorecard');
    await waitFor(() => expect(card.textContent).toContain('86.5'));
    expect(card.textContent).toContain('80%');
    expect(card.textContent).toContain('(8/10)');
    expect(card.textContent).toContain('Không tính');
    expect(screen.getByTestId('scorecard-formula').textContent).toContain('Điểm = 100');
  });

  it('gives unit staff their own unit, without the per-unit charts', async () => {
    renderDashboard(officer);
    await screen.findByTestId('figure-OVERDUE');
    expect(
      await screen.findByText('Tình hình thực hiện nhiệm vụ của Sở Thông tin và Truyền thông'),
    ).toBeTruthy();
    expect(screen.queryByTestId('chart-units')).toBeNull();
    expect(screen.queryByTestId('chart-ranking')).toBeNull();
  });

  it('a past period is shown without links, with a note saying why', async () => {
    const { api } = renderDashboard(coordinator, '/dashboard?directiveId=3&period=2026-Q3');
    await screen.findByTestId('dashboard-past');
    expect(api.urls('/api/v1/statistics')[0].searchParams.get('periodKey')).toBe('2026-Q3');
    expect(screen.getByTestId('dashboard-as-of').textContent).toContain('14/09/2026');
    expect(screen.queryByTestId('figure-OVERDUE-link')).toBeNull();
  });
});
