import type { PeriodicReport, PeriodicReportEdit } from '../types';

export interface PeriodicItemValues {
  id: number;
  progress: string;
  percentComplete: number;
}

export interface PeriodicValues {
  summary: string;
  difficulties: string;
  proposals: string;
  items: PeriodicItemValues[];
}

export const PERIODIC_FIELDS = ['summary', 'difficulties', 'proposals', 'items'] as const;

export function fromPeriodic(report: PeriodicReport): PeriodicValues {
  return {
    summary: report.summary ?? '',
    difficulties: report.difficulties ?? '',
    proposals: report.proposals ?? '',
    items: (report.items ?? []).map((item) => ({
      id: item.id as number,
      progress: item.progress ?? '',
      percentComplete: item.percentComplete ?? 0,
    })),
  };
}

/** Form values as periodic values; undefined while a percentage is empty or out of range. */
export function normalizePeriodic(values: {
  summary?: unknown;
  difficulties?: unknown;
  proposals?: unknown;
  items?: unknown;
}): PeriodicValues | undefined {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const items: PeriodicItemValues[] = [];
  for (const raw of Array.isArray(values.items) ? values.items : []) {
    const item = raw as Partial<PeriodicItemValues> | undefined;
    const percent = item?.percentComplete;
    if (typeof item?.id !== 'number') return undefined;
    if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
      return undefined;
    }
    items.push({ id: item.id, progress: text(item.progress), percentComplete: percent });
  }
  return {
    summary: text(values.summary),
    difficulties: text(values.difficulties),
    proposals: text(values.proposals),
    items,
  };
}

export function toPeriodicEdit(values: PeriodicValues, version: number): PeriodicReportEdit {
  const text = (v: string) => (v.trim() ? v : undefined);
  return {
    summary: text(values.summary),
    difficulties: text(values.difficulties),
    proposals: text(values.proposals),
    items: values.items.map((item) => ({
      id: item.id,
      progress: text(item.progress),
      percentComplete: item.percentComplete,
    })),
    version,
  };
}
