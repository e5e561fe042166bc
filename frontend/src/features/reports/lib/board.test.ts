import { describe, expect, it } from 'vitest';
import type { PeriodicBoard } from '../types';
import {
  boardChartOption,
  boardCounts,
  defaultDirective,
  defaultPeriod,
  uniquePeriods,
} from './board';

const labels = {
  SUBMITTED_ON_TIME: 'Đúng hạn',
  SUBMITTED_LATE: 'Muộn',
  NOT_SUBMITTED: 'Chưa nộp',
};

describe('board', () => {
  it('takes the server counts, and counts the rows when there are none', () => {
    const rows: PeriodicBoard['rows'] = [
      { submission: 'SUBMITTED_ON_TIME' },
      { submission: 'NOT_SUBMITTED' },
      { submission: 'NOT_SUBMITTED' },
      { submission: 'SUBMITTED_LATE' },
    ];
    expect(boardCounts({ rows })).toEqual({
      onTime: 1,
      late: 1,
      missing: 2,
      notYetDue: 0,
      total: 4,
    });
    expect(boardCounts({ onTime: 14, late: 3, missing: 8, rows })).toEqual({
      onTime: 14,
      late: 3,
      missing: 8,
      notYetDue: 0,
      total: 25,
    });
    expect(boardCounts(undefined)).toEqual({
      onTime: 0,
      late: 0,
      missing: 0,
      notYetDue: 0,
      total: 0,
    });
  });

  it('tells a unit not yet due from a missing one', () => {
    const rows: PeriodicBoard['rows'] = [
      { submission: 'NOT_SUBMITTED', state: 'NOT_YET_DUE' },
      { submission: 'NOT_SUBMITTED', state: 'MISSING' },
      { submission: 'SUBMITTED_ON_TIME', state: 'SUBMITTED_ON_TIME' },
    ];
    expect(boardCounts({ rows })).toEqual({
      onTime: 1,
      late: 0,
      missing: 1,
      notYetDue: 1,
      total: 3,
    });
    expect(boardCounts({ onTime: 1, late: 0, missing: 0, notYetDue: 2, rows }).total).toBe(3);
  });

  it('draws on time green, late gold and missing red', () => {
    const option = boardChartOption({ onTime: 14, late: 3, missing: 8, total: 25 }, labels, 'x');
    expect(option.series[0].type).toBe('pie');
    expect(option.series[0].data).toEqual([
      { name: 'Đúng hạn', value: 14, itemStyle: { color: '#52c41a' } },
      { name: 'Muộn', value: 3, itemStyle: { color: '#faad14' } },
      { name: 'Chưa nộp', value: 8, itemStyle: { color: '#ff4d4f' } },
    ]);
    const none = boardChartOption({ onTime: 0, late: 0, missing: 5, total: 5 }, labels, 'x');
    expect(none.series[0].data[0]).toMatchObject({ value: 0, label: { show: false } });
    expect(none.series[0].data[2]).not.toHaveProperty('label');
  });

  it('lists each period once, by cut-off date, and starts on the last one due', () => {
    const period = (key: string, to: string) => ({ key, label: key, to });
    const periods = uniquePeriods([
      { period: period('2026-Q4', '2026-12-14'), unitDueDate: '2026-12-16' },
      { period: period('2026-Q1', '2026-03-14'), unitDueDate: '2026-03-17' },
      { period: period('2026-H1', '2026-06-14'), unitDueDate: '2026-06-16' },
      { period: period('2026-Q1', '2026-03-14'), unitDueDate: '2026-03-18' },
    ]);
    expect(periods.map((p) => p.key)).toEqual(['2026-Q1', '2026-H1', '2026-Q4']);
    expect(periods[0].dueDate).toBe('2026-03-17');
    expect(defaultPeriod(periods, '2026-07-01')).toBe('2026-H1');
    expect(defaultPeriod(periods, '2026-12-16')).toBe('2026-Q4');
    expect(defaultPeriod(periods, '2026-01-05')).toBe('2026-Q1');
    expect(defaultPeriod([], '2026-01-05')).toBeUndefined();
  });

  it('starts on the program rather than on the resolution it implements', () => {
    const resolution = { id: 1, kind: 'RESOLUTION' as const };
    const conclusion = { id: 2, kind: 'CONCLUSION' as const, parentId: 1 };
    const program = { id: 3, kind: 'ACTION_PROGRAM' as const, parentId: 2 };
    expect(defaultDirective([resolution, conclusion, program])).toBe(3);
    expect(defaultDirective([conclusion, resolution])).toBe(2);
    expect(defaultDirective([])).toBeUndefined();
  });
});
