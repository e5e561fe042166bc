import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { DeadlineCounts, DeadlinePage } from '../../../api/types';

type HolidayList = components['schemas']['HolidayList'];

/** Every query of the deadline feature starts with this key: one invalidation refreshes all. */
export const DEADLINES_KEY = 'deadlines' as const;

export interface DeadlineQuery {
  unitId?: number;
  from: string;
  to: string;
  overdue?: boolean;
  page: number;
  size: number;
}

export const deadlineKeys = {
  all: [DEADLINES_KEY] as const,
  calendar: (query: DeadlineQuery) => [DEADLINES_KEY, 'calendar', query] as const,
  counts: (unitId: number | undefined) => [DEADLINES_KEY, 'counts', unitId ?? null] as const,
  holidays: (year: number) => [DEADLINES_KEY, 'holidays', year] as const,
  extensions: (query: object) => [DEADLINES_KEY, 'extensions', query] as const,
  dueDates: (taskId: number | undefined) => [DEADLINES_KEY, 'due-dates', taskId] as const,
};

/** The deadlines of a range of days: open assignments (paged) and periodic reports. */
export function useDeadlines(query: DeadlineQuery, enabled = true) {
  const client = useApiClient();
  const params = {
    from: query.from,
    to: query.to,
    page: query.page,
    size: query.size,
    ...(query.unitId !== undefined ? { unitId: query.unitId } : {}),
    ...(query.overdue ? { overdue: true } : {}),
  };
  return useQuery<DeadlinePage>({
    queryKey: deadlineKeys.calendar(query),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/deadlines', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The badges: overdue, due soon, extension requests waiting for a decision. */
export function useDeadlineCounts(unitId: number | undefined, enabled = true) {
  const client = useApiClient();
  return useQuery<DeadlineCounts>({
    queryKey: deadlineKeys.counts(unitId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/deadlines/counts', {
          params: { query: unitId !== undefined ? { unitId } : {} },
          signal,
        }),
      ),
    enabled,
  });
}

/** The public holidays of a year, to shade them in the calendar (nothing shaded if it fails). */
export function useHolidays(year: number, enabled = true) {
  const client = useApiClient();
  return useQuery<HolidayList>({
    queryKey: deadlineKeys.holidays(year),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/holidays', { params: { query: { year } }, signal })),
    staleTime: 60 * 60 * 1000,
    retry: false,
    enabled,
  });
}
