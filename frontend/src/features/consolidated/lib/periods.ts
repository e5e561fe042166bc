/** The reporting periods of Decree 09/2019/NĐ-CP, as the API names them ("2026-Q4"). */
export const PERIOD_KINDS = [
  'MONTHLY',
  'QUARTERLY',
  'HALF_YEARLY',
  'NINE_MONTHS',
  'YEARLY',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** How many numbered periods a kind has in a year (months, quarters, or one). */
export function periodCount(kind: PeriodKind): number {
  if (kind === 'MONTHLY') return 12;
  if (kind === 'QUARTERLY') return 4;
  return 1;
}

/** The API's period key: 2026-M11, 2026-Q4, 2026-H1, 2026-9M, 2026-Y. */
export function periodKey(kind: PeriodKind, year: number, number = 1): string {
  switch (kind) {
    case 'MONTHLY':
      return `${year}-M${number}`;
    case 'QUARTERLY':
      return `${year}-Q${number}`;
    case 'HALF_YEARLY':
      return `${year}-H1`;
    case 'NINE_MONTHS':
      return `${year}-9M`;
    default:
      return `${year}-Y`;
  }
}

/**
 * The period a report is usually made for on a day: the month, quarter... whose cut-off (the 14th)
 * has just passed, or the running one before it. Monthly windows run from the 15th to the 14th.
 */
export function defaultPeriod(today: Date, kind: PeriodKind = 'QUARTERLY') {
  let year = today.getFullYear();
  // the reporting month: after the 14th the window of the next month has started
  let month = today.getMonth() + 1 + (today.getDate() > 14 ? 1 : 0);
  if (month > 12) {
    month = 1;
    year += 1;
  }
  const number = kind === 'MONTHLY' ? month : kind === 'QUARTERLY' ? Math.ceil(month / 3) : 1;
  return { kind, year, number };
}

/** A job that has not finished yet: the page keeps asking for its progress. */
export function isRunning(status: string | undefined): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** The share of a count in a total, as the Word document prints it ("7,5"). */
export function percentOf(value: number, total: number): string {
  if (!total) return '0';
  return ((value * 100) / total).toFixed(1).replace('.', ',');
}
