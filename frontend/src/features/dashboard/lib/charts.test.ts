import { describe, expect, it } from 'vitest';
import type { StatMatrix, StatUnitRow } from '../types';
import {
  clickedLink,
  donutOption,
  monthLabel,
  percent,
  ranking,
  recentPeriods,
  taskLink,
  unitBarsOption,
} from './charts';

const fig = (count: number, query?: string) => ({ count, queries: query ? [query] : [] });

const matrix = (
  onTime: number,
  late: number,
  overdue: number,
  base: string | null,
): StatMatrix => ({
  total: fig(onTime + late + overdue, base ?? undefined),
  byTimeliness: {
    COMPLETED_ON_TIME: fig(onTime, base ? `${base}&timeliness=COMPLETED_ON_TIME` : undefined),
    COMPLETED_LATE: fig(late, base ? `${base}&timeliness=COMPLETED_LATE` : undefined),
    OVERDUE: fig(overdue, base ? `${base}&timeliness=OVERDUE` : undefined),
  },
  onTimeRate: onTime + late + overdue === 0 ? undefined : onTime / (onTime + late + overdue),
});

const row = (id: number, name: string, m: StatMatrix): StatUnitRow => ({
  unit: { id, code: `U${id}`, name, shortName: name },
  unitType: 'DEPARTMENT',
  counts: m,
});

describe('dashboard charts', () => {
  it('links a figure to the task list with its filters, and nothing when the list cannot show it', () => {
    expect(taskLink(fig(3, 'directiveId=3&timeliness=OVERDUE'))).toBe(
      '/tasks?directiveId=3&timeliness=OVERDUE',
    );
    expect(taskLink(fig(3))).toBeUndefined();
    expect(taskLink(undefined)).toBeUndefined();
  });

  it('puts each slice and bar link where the click handler reads it', () => {
    const m = matrix(1, 2, 3, 'directiveId=3');
    const donut = donutOption(m, {} as never, 'donut');
    const overdue = donut.series[0].data.find((d) => d.link?.endsWith('OVERDUE'));
    expect(overdue?.value).toBe(3);
    expect(clickedLink({ data: overdue })).toBe('/tasks?directiveId=3&timeliness=OVERDUE');
    expect(clickedLink({ data: 5 })).toBeUndefined();

    const bars = unitBarsOption([row(9, 'Sở A', matrix(1, 0, 0, 'unitId=9'))], {} as never, 'bars');
    const onTime = bars.series.find((s) => s.data[0].value === 1);
    expect(onTime?.data[0].link).toBe('/tasks?unitId=9&timeliness=COMPLETED_ON_TIME');
  });

  it('ranks units by on-time rate, leaving out those with nothing due', () => {
    const rows = [
      row(1, 'Sở B', matrix(1, 1, 0, null)),
      row(2, 'Sở A', matrix(3, 0, 1, null)),
      row(3, 'Sở C', matrix(0, 0, 0, null)),
    ];
    expect(ranking(rows).map((r) => r.unit?.name)).toEqual(['Sở A', 'Sở B']);
    expect(percent(0.75)).toBe('75%');
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(undefined)).toBe('–');
    expect(monthLabel('2026-05')).toBe('05/2026');
  });

  it('offers the periods whose cut-off has passed, newest first', () => {
    expect(recentPeriods('2026-11-24').map((p) => p.key)).toEqual([
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Y',
      '2024-Y',
    ]);
    // on the cut-off day itself the period is not over yet
    expect(recentPeriods('2026-12-14')[0].key).toBe('2026-Q3');
    expect(recentPeriods('2026-12-15').map((p) => p.key)).toContain('2026-Y');
    expect(recentPeriods('2026-12-15')[0]).toEqual({
      key: '2026-Q4',
      kind: 'QUARTER',
      roman: 'IV',
      year: 2026,
    });
  });
});
