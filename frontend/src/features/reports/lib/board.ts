import type { Directive } from '../../../api/types';
import type { DuePeriod, PeriodicBoard, Submission } from '../types';
import { SUBMISSIONS } from '../types';

/** Chart colours of the submission states, matching the tags (green, gold, red). */
export const SUBMISSION_FILL: Record<Submission, string> = {
  SUBMITTED_ON_TIME: '#52c41a',
  SUBMITTED_LATE: '#faad14',
  NOT_SUBMITTED: '#ff4d4f',
};

/** Colour of a unit that has not sent yet while the deadline has not passed (blue: nothing wrong yet). */
export const NOT_YET_DUE_FILL = '#1677ff';

export interface BoardCounts {
  onTime: number;
  late: number;
  /** not sent, the deadline has passed */
  missing: number;
  /** not sent, the deadline has not passed (optional for callers that predate it) */
  notYetDue?: number;
  total: number;
}

/** The server's totals; counted from the rows when it sent none. */
export function boardCounts(board: PeriodicBoard | undefined): BoardCounts {
  const rows = board?.rows ?? [];
  const count = (s: Submission) => rows.filter((r) => r.submission === s).length;
  const early = rows.filter((r) => r.state === 'NOT_YET_DUE').length;
  const onTime = board?.onTime ?? count('SUBMITTED_ON_TIME');
  const late = board?.late ?? count('SUBMITTED_LATE');
  const notYetDue = board?.notYetDue ?? early;
  const missing = board?.missing ?? count('NOT_SUBMITTED') - early;
  return { onTime, late, missing, notYetDue, total: onTime + late + missing + notYetDue };
}

/** A donut of on time / late / missing, in the submission colours. */
export function boardChartOption(
  counts: BoardCounts,
  labels: Record<Submission, string>,
  ariaLabel: string,
) {
  const value: Record<Submission, number> = {
    SUBMITTED_ON_TIME: counts.onTime,
    SUBMITTED_LATE: counts.late,
    NOT_SUBMITTED: counts.missing + (counts.notYetDue ?? 0),
  };
  return {
    aria: { enabled: true, label: { description: ariaLabel } },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, left: 'center' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { show: true, formatter: '{c}' },
        data: SUBMISSIONS.map((s) => ({
          name: labels[s],
          value: value[s],
          itemStyle: { color: SUBMISSION_FILL[s] },
          // an empty slice gets no "0" label pointing at nothing
          ...(value[s] === 0 ? { label: { show: false }, labelLine: { show: false } } : {}),
        })),
      },
    ],
  };
}

export interface PeriodChoice {
  key: string;
  label: string;
  dueDate?: string;
  cutOff?: string;
}

/** One entry per period key (several schedules may set the same period), by data cut-off. */
export function uniquePeriods(items: readonly DuePeriod[] | undefined): PeriodChoice[] {
  const byKey = new Map<string, PeriodChoice>();
  for (const item of items ?? []) {
    const key = item.period?.key;
    if (!key) continue;
    const choice = {
      key,
      label: item.period?.label ?? key,
      dueDate: item.unitDueDate,
      cutOff: item.period?.to,
    };
    const known = byKey.get(key);
    // the earliest due date binds the unit
    if (!known || (choice.dueDate && (!known.dueDate || choice.dueDate < known.dueDate))) {
      byKey.set(key, choice);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => (a.cutOff ?? '').localeCompare(b.cutOff ?? '') || a.key.localeCompare(b.key),
  );
}

/** The period to show first: the last one already due, else the next one. */
export function defaultPeriod(periods: readonly PeriodChoice[], today: string): string | undefined {
  const due = periods.filter((p) => p.dueDate && p.dueDate <= today);
  return (due.at(-1) ?? periods.find((p) => !p.dueDate || p.dueDate > today) ?? periods[0])?.key;
}

/** The first directive that no other directive implements (the program, not the resolution). */
export function defaultDirective(directives: readonly Directive[] | undefined): number | undefined {
  const list = (directives ?? []).filter((d) => d.id != null);
  const implemented = new Set<number | undefined>(list.map((d) => d.parentId ?? undefined));
  return (list.find((d) => !implemented.has(d.id)) ?? list[0])?.id;
}
