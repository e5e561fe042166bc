import type { ProgressReport } from '../types';

export interface UnitReports {
  key: string;
  unit: ProgressReport['unit'];
  role?: ProgressReport['role'];
  reports: ProgressReport[];
}

/** The reports of a task grouped by unit, each unit's in the order they were written. */
export function groupByUnit(reports: readonly ProgressReport[]) {
  const groups = new Map<string, UnitReports>();
  for (const report of reports) {
    const key = `${report.unit?.id ?? report.unit?.code ?? '?'}-${report.role ?? ''}`;
    const group = groups.get(key) ?? { key, unit: report.unit, role: report.role, reports: [] };
    group.reports.push(report);
    groups.set(key, group);
  }
  return [...groups.values()];
}
