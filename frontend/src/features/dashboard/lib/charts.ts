import { TIMELINESS, type Timeliness } from '../../../api/types';
import { TIMELINESS_FILL } from '../../tasks/timeliness';
import type { StatFigure, StatMatrix, StatMonth, StatUnitRow } from '../types';

/**
 * The task list behind a figure: `/tasks?<filters>`. A figure whose tasks the list cannot show (a
 * past day, a count by unit type) has no link. A figure made of two lists (deadlines missed in a
 * month: still overdue + completed late) links to the first, the tasks still overdue.
 */
export function taskLink(figure: StatFigure | null | undefined): string | undefined {
  const query = figure?.queries?.[0];
  return query === undefined ? undefined : `/tasks?${query}`;
}

export function count(figure: StatFigure | null | undefined): number {
  return typeof figure?.count === 'number' ? figure.count : 0;
}

/** The figure of one timeliness in a matrix. */
export function cell(matrix: StatMatrix | null | undefined, t: Timeliness): StatFigure | undefined {
  return matrix?.byTimeliness?.[t];
}

/** "75%" (or "–" when nothing was due yet). */
export function percent(rate: number | null | undefined): string {
  return typeof rate === 'number' && Number.isFinite(rate)
    ? `${Math.round(rate * 1000) / 10}%`
    : '–';
}

/** A chart datum with the link of the tasks behind it, read back by the click handler. */
interface LinkedDatum {
  value: number;
  link?: string;
}

function datum(figure: StatFigure | undefined): LinkedDatum {
  return { value: count(figure), link: taskLink(figure) };
}

const aria = (label: string) => ({ enabled: true, label: { description: label } });

/** The status donut: one slice per timeliness (cancelled left out), in the tags' colours. */
export function donutOption(
  matrix: StatMatrix | undefined,
  labels: Record<Timeliness, string>,
  label: string,
) {
  return {
    aria: aria(label),
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, left: 'center' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['50%', '42%'],
        label: { show: true, formatter: '{c}' },
        data: TIMELINESS.filter((t) => t !== 'CANCELLED' && t !== 'CLOSED_WITH_TASK').map((t) => {
          const d = datum(cell(matrix, t));
          return {
            ...d,
            name: labels[t],
            itemStyle: { color: TIMELINESS_FILL[t] },
            ...(d.value === 0 ? { label: { show: false }, labelLine: { show: false } } : {}),
          };
        }),
      },
    ],
  };
}

/** The series of the per-unit bars: every timeliness but cancelled, most urgent first. */
export const BAR_TIMELINESS = TIMELINESS.filter((t) => t !== 'CANCELLED');

export function unitName(row: StatUnitRow): string {
  return row.unit?.shortName || row.unit?.name || '';
}

/** Horizontal bars, one per unit, stacked by timeliness. */
export function unitBarsOption(
  rows: readonly StatUnitRow[],
  labels: Record<Timeliness, string>,
  label: string,
) {
  return {
    aria: aria(label),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, left: 'center' },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map(unitName) },
    series: BAR_TIMELINESS.map((t) => ({
      type: 'bar',
      stack: 'tasks',
      name: labels[t],
      itemStyle: { color: TIMELINESS_FILL[t] },
      data: rows.map((r) => datum(cell(r.counts, t))),
    })),
  };
}

/** Units with tasks due, by on-time completion rate, best first (units with nothing due yet left out). */
export function ranking(rows: readonly StatUnitRow[]): StatUnitRow[] {
  return rows
    .filter((r) => typeof r.counts?.onTimeRate === 'number')
    .sort(
      (a, b) =>
        (b.counts?.onTimeRate ?? 0) - (a.counts?.onTimeRate ?? 0) ||
        unitName(a).localeCompare(unitName(b)),
    );
}

export function rankingOption(rows: readonly StatUnitRow[], label: string) {
  const ranked = ranking(rows);
  return {
    aria: aria(label),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => `${v}%`,
    },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: ranked.map(unitName) },
    series: [
      {
        type: 'bar',
        label: { show: true, position: 'right', formatter: '{c}%' },
        itemStyle: { color: TIMELINESS_FILL.COMPLETED_ON_TIME },
        data: ranked.map((r) => ({
          value: Math.round((r.counts?.onTimeRate ?? 0) * 1000) / 10,
          // the unit's completed-on-time tasks
          link: taskLink(cell(r.counts, 'COMPLETED_ON_TIME')),
        })),
      },
    ],
  };
}

/** Twelve months: completions on time and late (bars), deadlines missed (line, clickable). */
export function trendOption(
  months: readonly StatMonth[],
  labels: { onTime: string; late: string; missed: string },
  label: string,
) {
  return {
    aria: aria(label),
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, left: 'center' },
    grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        stack: 'done',
        name: labels.onTime,
        itemStyle: { color: TIMELINESS_FILL.COMPLETED_ON_TIME },
        data: months.map((m) => datum(m.completedOnTime)),
      },
      {
        type: 'bar',
        stack: 'done',
        name: labels.late,
        itemStyle: { color: TIMELINESS_FILL.COMPLETED_LATE },
        data: months.map((m) => datum(m.completedLate)),
      },
      {
        type: 'line',
        name: labels.missed,
        itemStyle: { color: TIMELINESS_FILL.OVERDUE },
        data: months.map((m) => datum(m.missedDeadline)),
      },
    ],
  };
}

/** "2026-05" → "05/2026". */
export function monthLabel(month: string | undefined): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  return match ? `${match[2]}/${match[1]}` : (month ?? '');
}

/** The link a clicked chart item carries, if any. */
export function clickedLink(params: unknown): string | undefined {
  const data = (params as { data?: unknown } | null)?.data;
  const link = (data as { link?: unknown } | null)?.link;
  return typeof link === 'string' ? link : undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export interface PeriodChoice {
  key: string;
  kind: 'QUARTER' | 'YEAR';
  /** the quarter in Roman numerals, for a quarter */
  roman?: string;
  year: number;
}

/**
 * Reporting periods whose cut-off (the 14th of the period's last month, Decree 09/2019) has passed,
 * newest first: the last four quarters and the last two years.
 */
export function recentPeriods(today: string): PeriodChoice[] {
  const [year, month, day] = today.split('-').map(Number);
  const quarters: PeriodChoice[] = [];
  // the last quarter whose cut-off (14th of its last month) is before today
  let q = Math.floor((month - 1) / 3) + 1;
  let y = year;
  const lastMonth = q * 3;
  if (month < lastMonth || (month === lastMonth && day <= 14)) {
    q -= 1;
  }
  for (let i = 0; i < 4; i++) {
    if (q < 1) {
      q = 4;
      y -= 1;
    }
    quarters.push({ key: `${y}-Q${q}`, kind: 'QUARTER', roman: ROMAN[q - 1], year: y });
    q -= 1;
  }
  const lastYear = month === 12 && day > 14 ? year : year - 1;
  const years: PeriodChoice[] = [lastYear, lastYear - 1].map((value) => ({
    key: `${value}-Y`,
    kind: 'YEAR',
    year: value,
  }));
  return [...quarters, ...years];
}
