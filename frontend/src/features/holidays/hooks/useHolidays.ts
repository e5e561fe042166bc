import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  Holiday,
  HolidayConfirmationStatus,
  HolidayCreate,
  HolidayList,
  HolidayUpdate,
  HolidayYear,
  WorkingDayResult,
} from '../../../api/types';

export const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => ['holidays', year] as const,
  schedule: (year: number) => ['holidays', 'schedule', year] as const,
  confirmationStatus: ['holidays', 'confirmation-status'] as const,
  workingDays: (from: string, add: number) => ['calendar', 'working-days', from, add] as const,
};

/** The holiday table of one year, in date order. */
export function useHolidays(year: number) {
  const client = useApiClient();
  return useQuery<HolidayList>({
    queryKey: holidayKeys.year(year),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/holidays', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/**
 * The year as the backend counts working days: the days computed from the Labour Code and the
 * Vietnamese lunar calendar (source COMPUTED) and the stored decisions (DECIDED), and whether
 * the administrator has confirmed the year.
 */
export function useHolidayYear(year: number) {
  const client = useApiClient();
  return useQuery<HolidayYear>({
    queryKey: holidayKeys.schedule(year),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/holidays/years/{year}', { params: { path: { year } }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Whether next year is confirmed, and from 1 October the warning (administrators only). */
export function useConfirmationStatus(enabled: boolean) {
  const client = useApiClient();
  return useQuery<HolidayConfirmationStatus>({
    queryKey: holidayKeys.confirmationStatus,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/holidays/confirmation-status', { signal })),
    enabled,
  });
}

/** One day of the table as stored now (after a 409, to start again from it). */
export function useHolidayApi() {
  const client = useApiClient();
  return {
    get: async (id: number) =>
      unwrap(await client.GET('/api/v1/holidays/{id}', { params: { path: { id } } })),
  };
}

/**
 * The calendar changed: the table, the working-day answers and everything the backend computes
 * in working days (the due dates of periodic reports) are stale.
 */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [holidayKeys.all, ['calendar'], ['reports']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateHoliday() {
  const client = useApiClient();
  const invalidate = useInvalidateCalendar();
  return useMutation<Holiday, unknown, HolidayCreate>({
    mutationFn: async (body) => unwrap(await client.POST('/api/v1/holidays', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateHoliday() {
  const client = useApiClient();
  const invalidate = useInvalidateCalendar();
  return useMutation<Holiday, unknown, { id: number; body: HolidayUpdate }>({
    mutationFn: async ({ id, body }) =>
      unwrap(await client.PUT('/api/v1/holidays/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteHoliday() {
  const client = useApiClient();
  const invalidate = useInvalidateCalendar();
  return useMutation<unknown, unknown, number>({
    mutationFn: async (id) =>
      unwrap(await client.DELETE('/api/v1/holidays/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidate(),
  });
}

/** The N-th working day after a date, as the backend counts it (undefined: not asked yet). */
export function useWorkingDays(query: { from: string; add: number } | undefined) {
  const client = useApiClient();
  const { from, add } = query ?? { from: '', add: 0 };
  return useQuery<WorkingDayResult>({
    queryKey: holidayKeys.workingDays(from, add),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/calendar/working-days', {
          params: { query: { from, add } },
          signal,
        }),
      ),
    enabled: query !== undefined,
  });
}

/** The administrator confirms a year's schedule against the government's decision. */
export function useConfirmYear() {
  const client = useApiClient();
  const invalidate = useInvalidateCalendar();
  return useMutation<HolidayYear, unknown, number>({
    mutationFn: async (year) =>
      unwrap(
        await client.PUT('/api/v1/holidays/years/{year}/confirmation', {
          params: { path: { year } },
        }),
      ),
    onSuccess: () => invalidate(),
  });
}

/** Withdraws a confirmation: the year is provisional again. */
export function useWithdrawConfirmation() {
  const client = useApiClient();
  const invalidate = useInvalidateCalendar();
  return useMutation<unknown, unknown, number>({
    mutationFn: async (year) =>
      unwrap(
        await client.DELETE('/api/v1/holidays/years/{year}/confirmation', {
          params: { path: { year } },
        }),
      ),
    onSuccess: () => invalidate(),
  });
}
