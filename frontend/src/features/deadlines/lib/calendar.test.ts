import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { Deadline } from '../../../api/types';
import {
  TONE_COLORS,
  deadlineTone,
  groupByDate,
  listRows,
  monthRange,
  parseMonth,
  visibleRange,
} from './calendar';

const assignment = (date: string, timeliness: Deadline['timeliness'], id: number): Deadline => ({
  kind: 'ASSIGNMENT',
  date,
  timeliness,
  assignmentId: id,
  taskId: id,
  taskCode: `T${id}`,
});
const report = (date: string, reportStatus?: Deadline['reportStatus']): Deadline => ({
  kind: 'PERIODIC_REPORT',
  date,
  directiveId: 3,
  periodKey: `P-${date}`,
  periodLabel: 'Quý I/2026',
  reportStatus,
});

describe('calendar colours', () => {
  it('colours task deadlines by timeliness: red overdue, orange due soon, blue on track', () => {
    const tones = (['OVERDUE', 'DUE_SOON', 'ON_TRACK'] as const).map((timeliness) =>
      deadlineTone({ kind: 'ASSIGNMENT', timeliness }),
    );
    expect(tones).toEqual(['overdue', 'dueSoon', 'onTrack']);
    expect(tones.map((tone) => TONE_COLORS[tone])).toEqual(['red', 'orange', 'blue']);
    expect(deadlineTone({ kind: 'ASSIGNMENT', timeliness: 'NO_DEADLINE' })).toBe('other');
    expect(deadlineTone({ kind: 'ASSIGNMENT' })).toBe('other');
  });

  it('colours periodic reports purple until sent, grey once sent or accepted', () => {
    expect(TONE_COLORS[deadlineTone(report('2026-03-20'))]).toBe('purple');
    expect(TONE_COLORS[deadlineTone(report('2026-03-20', 'DRAFT'))]).toBe('purple');
    expect(TONE_COLORS[deadlineTone(report('2026-03-20', 'RETURNED'))]).toBe('purple');
    expect(TONE_COLORS[deadlineTone(report('2026-03-20', 'SUBMITTED'))]).toBe('default');
    expect(TONE_COLORS[deadlineTone(report('2026-03-20', 'ACCEPTED'))]).toBe('default');
    // a report's own timeliness does not matter, only whether it was sent
    expect(deadlineTone({ ...report('2026-03-20'), timeliness: 'OVERDUE' })).toBe('periodic');
  });
});

describe('calendar ranges', () => {
  it("reads the month from the address, else the province's current month", () => {
    expect(parseMonth('2026-12').format('YYYY-MM-DD')).toBe('2026-12-01');
    // 17:30 UTC on 31 March is already 1 April in Hà Tĩnh
    const now = new Date('2026-03-31T17:30:00Z');
    expect(parseMonth(undefined, now).format('YYYY-MM-DD')).toBe('2026-04-01');
    expect(parseMonth('2026-13', now).format('YYYY-MM-DD')).toBe('2026-04-01');
    expect(parseMonth('tháng 3', now).format('YYYY-MM-DD')).toBe('2026-04-01');
  });

  it('covers the six weeks the month grid shows, from Monday in Vietnamese', () => {
    // 1 March 2026 is a Sunday
    const march = dayjs('2026-03-01');
    expect(visibleRange(march, 1)).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(visibleRange(march, 0)).toEqual({ from: '2026-03-01', to: '2026-04-11' });
    // 1 June 2026 is a Monday: the grid starts on the 1st
    expect(visibleRange(dayjs('2026-06-01'), 1)).toEqual({ from: '2026-06-01', to: '2026-07-12' });
  });

  it('covers the days of the month in the list view', () => {
    expect(monthRange(dayjs('2026-02-01'))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange(dayjs('2028-02-01'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('deadlines by day', () => {
  it('puts the most urgent first within a day, keeping the order otherwise', () => {
    const days = groupByDate([
      assignment('2026-03-20', 'ON_TRACK', 1),
      report('2026-03-20'),
      assignment('2026-03-20', 'OVERDUE', 2),
      assignment('2026-03-21', 'ON_TRACK', 3),
      assignment('2026-03-20', 'ON_TRACK', 4),
    ]);
    expect([...days.keys()]).toEqual(['2026-03-20', '2026-03-21']);
    expect(days.get('2026-03-20')!.map((d) => d.taskCode ?? d.kind)).toEqual([
      'T2',
      'T1',
      'T4',
      'PERIODIC_REPORT',
    ]);
  });

  it('groups the list rows by day, one date cell spanning the day', () => {
    const rows = listRows(
      [assignment('2026-02-10', 'OVERDUE', 1), assignment('2026-03-05', 'ON_TRACK', 2)],
      [report('2026-03-05'), report('2026-03-20')],
      { first: true, last: true },
    );
    expect(rows.map((r) => [r.deadline.date, r.deadline.kind, r.dateRowSpan])).toEqual([
      ['2026-02-10', 'ASSIGNMENT', 1],
      ['2026-03-05', 'ASSIGNMENT', 2],
      ['2026-03-05', 'PERIODIC_REPORT', 0],
      ['2026-03-20', 'PERIODIC_REPORT', 1],
    ]);
  });

  it('shows each periodic report on the page that covers its day', () => {
    const reports = [report('2026-03-02'), report('2026-03-10'), report('2026-03-25')];
    const first = [
      assignment('2026-03-01', 'ON_TRACK', 1),
      assignment('2026-03-05', 'ON_TRACK', 2),
    ];
    const middle = [
      assignment('2026-03-05', 'ON_TRACK', 3),
      assignment('2026-03-12', 'ON_TRACK', 4),
    ];
    const last = [assignment('2026-03-12', 'ON_TRACK', 5)];
    const reportsOn = (rows: ReturnType<typeof listRows>) =>
      rows.filter((r) => r.deadline.kind === 'PERIODIC_REPORT').map((r) => r.deadline.date);
    expect(reportsOn(listRows(first, reports, { first: true, last: false }))).toEqual([
      '2026-03-02',
    ]);
    expect(reportsOn(listRows(middle, reports, { first: false, last: false }))).toEqual([
      '2026-03-10',
    ]);
    expect(reportsOn(listRows(last, reports, { first: false, last: true }))).toEqual([
      '2026-03-25',
    ]);
  });
});
