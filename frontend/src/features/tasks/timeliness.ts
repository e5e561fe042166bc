import { TIMELINESS, type Timeliness } from '../../api/types';

/**
 * Ant Design tag colours of timeliness: red overdue, orange due soon, green completed on time,
 * gold completed late, blue on track, default without deadline, grey cancelled.
 */
export const TIMELINESS_TAG_COLORS: Record<Timeliness, string> = {
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  ON_TRACK: 'blue',
  NO_DEADLINE: 'default',
  COMPLETED_LATE: 'gold',
  COMPLETED_ON_TIME: 'green',
  CLOSED_WITH_TASK: 'cyan',
  CANCELLED: '#8c8c8c',
};

/** The same colours as solid fills (charts, the mark on a tree node). */
export const TIMELINESS_FILL: Record<Timeliness, string> = {
  OVERDUE: '#f5222d',
  DUE_SOON: '#fa8c16',
  ON_TRACK: '#1677ff',
  NO_DEADLINE: '#d9d9d9',
  COMPLETED_LATE: '#faad14',
  COMPLETED_ON_TIME: '#52c41a',
  CLOSED_WITH_TASK: '#5b8c8c',
  CANCELLED: '#8c8c8c',
};

/** A count per timeliness, read from either shape the API uses (a map or named properties). */
export function timelinessCount(
  counts: Partial<Record<Timeliness, number | null>> | null | undefined,
  timeliness: Timeliness,
): number {
  const value = counts?.[timeliness];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The non-zero counts, most urgent first. */
export function nonZeroCounts(
  counts: Partial<Record<Timeliness, number | null>> | null | undefined,
): { timeliness: Timeliness; count: number }[] {
  return TIMELINESS.map((timeliness) => ({
    timeliness,
    count: timelinessCount(counts, timeliness),
  })).filter((c) => c.count > 0);
}
