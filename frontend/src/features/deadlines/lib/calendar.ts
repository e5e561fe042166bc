import dayjs, { type Dayjs } from 'dayjs';
import type { Deadline } from '../../../api/types';
import { todayInProvince } from '../../../lib/dates';

/**
 * How a deadline is shown in the calendar: red overdue, orange due soon, blue on track, purple a
 * periodic report still to send, grey a periodic report already sent (or anything else).
 */
export type DeadlineTone =
  'overdue' | 'dueSoon' | 'onTrack' | 'periodic' | 'periodicDone' | 'other';

/** Most urgent first: the order of the legend and of the deadlines of one day. */
export const TONES: readonly DeadlineTone[] = [
  'overdue',
  'dueSoon',
  'onTrack',
  'periodic',
  'periodicDone',
  'other',
];

/** Ant Design tag colours of the tones (the same as the task list's timeliness colours). */
export const TONE_COLORS: Record<DeadlineTone, string> = {
  overdue: 'red',
  dueSoon: 'orange',
  onTrack: 'blue',
  periodic: 'purple',
  periodicDone: 'default',
  other: 'default',
};

/** The same colours as solid marks (the dot before an item in a calendar cell). */
export const TONE_FILLS: Record<DeadlineTone, string> = {
  overdue: '#f5222d',
  dueSoon: '#fa8c16',
  onTrack: '#1677ff',
  periodic: '#722ed1',
  periodicDone: '#8c8c8c',
  other: '#bfbfbf',
};

/** A periodic report already sent (or accepted) no longer needs attention. */
const SENT_REPORT = new Set(['SUBMITTED', 'ACCEPTED']);

export function deadlineTone(deadline: Pick<Deadline, 'kind' | 'timeliness' | 'reportStatus'>) {
  if (deadline.kind === 'PERIODIC_REPORT') {
    return deadline.reportStatus && SENT_REPORT.has(deadline.reportStatus)
      ? 'periodicDone'
      : 'periodic';
  }
  switch (deadline.timeliness) {
    case 'OVERDUE':
      return 'overdue';
    case 'DUE_SOON':
      return 'dueSoon';
    case 'ON_TRACK':
      return 'onTrack';
    default:
      return 'other';
  }
}

/** A stable key of one deadline (an assignment, or a periodic report of a directive and period). */
export function deadlineKey(deadline: Deadline): string {
  return deadline.kind === 'PERIODIC_REPORT'
    ? `report-${deadline.directiveId}-${deadline.periodKey}-${deadline.unit?.id ?? 'all'}`
    : `assignment-${deadline.assignmentId}`;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** The month of the page (`?month=2026-12`), the province's current month by default. */
export function parseMonth(value: string | null | undefined, now: Date = new Date()): Dayjs {
  const match = value ? MONTH.exec(value) : null;
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return dayjs(`${value}-01`, 'YYYY-MM-DD', true);
  }
  return dayjs(todayInProvince(now), 'YYYY-MM-DD', true).startOf('month');
}

export function formatMonth(month: Dayjs): string {
  return month.format('YYYY-MM');
}

export interface DateRange {
  from: string;
  to: string;
}

/**
 * The days a month view shows: six weeks from the start of the week of the 1st (Monday in
 * Vietnamese, Sunday in English), so the days of the neighbouring months are filled in too.
 */
export function visibleRange(month: Dayjs, weekStart: number): DateRange {
  const first = month.startOf('month');
  const offset = (first.day() - weekStart + 7) % 7;
  const start = first.subtract(offset, 'day');
  return { from: start.format('YYYY-MM-DD'), to: start.add(41, 'day').format('YYYY-MM-DD') };
}

/** The days of the month itself, for the list view. */
export function monthRange(month: Dayjs): DateRange {
  return {
    from: month.startOf('month').format('YYYY-MM-DD'),
    to: month.endOf('month').format('YYYY-MM-DD'),
  };
}

/** The deadlines of one day in the order they are shown: most urgent first, stable otherwise. */
export function sortForDay(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines
    .map((deadline, index) => ({ deadline, index }))
    .sort(
      (a, b) =>
        TONES.indexOf(deadlineTone(a.deadline)) - TONES.indexOf(deadlineTone(b.deadline)) ||
        a.index - b.index,
    )
    .map((x) => x.deadline);
}

/** Deadlines by day ("yyyy-MM-dd"), each day in display order. */
export function groupByDate(deadlines: readonly Deadline[]): Map<string, Deadline[]> {
  const days = new Map<string, Deadline[]>();
  for (const deadline of deadlines) {
    if (!deadline.date) continue;
    days.set(deadline.date, [...(days.get(deadline.date) ?? []), deadline]);
  }
  for (const [day, list] of days) days.set(day, sortForDay(list));
  return days;
}

export interface DeadlineRow {
  key: string;
  deadline: Deadline;
  /** rows of the same day share one date cell: the first row spans them, the others 0 */
  dateRowSpan: number;
}

/**
 * The rows of the list view: assignment deadlines (one page of them, earliest first) with the
 * periodic report deadlines of the days that page covers, grouped by day. The first page takes
 * everything before its last day, the last page everything after its first day, so every
 * periodic deadline shows on some page (one on a day two pages share shows on both).
 */
export function listRows(
  assignments: readonly Deadline[],
  periodicReports: readonly Deadline[],
  page: { first: boolean; last: boolean },
): DeadlineRow[] {
  const dates = assignments.map((d) => d.date).filter((d): d is string => !!d);
  const low = page.first || dates.length === 0 ? undefined : dates[0];
  const high = page.last || dates.length === 0 ? undefined : dates[dates.length - 1];
  const reports = periodicReports.filter(
    (d) =>
      !!d.date && (low === undefined || d.date >= low) && (high === undefined || d.date <= high),
  );
  const days = groupByDate([...assignments, ...reports]);
  const rows: DeadlineRow[] = [];
  for (const day of [...days.keys()].sort()) {
    const list = days.get(day) ?? [];
    list.forEach((deadline, index) =>
      rows.push({
        key: deadlineKey(deadline),
        deadline,
        dateRowSpan: index === 0 ? list.length : 0,
      }),
    );
  }
  return rows;
}
