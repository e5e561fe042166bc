import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type { DuePeriodList, PeriodicBoard, PeriodicReport, PeriodicReportEdit } from '../types';
import { REPORTS_KEY } from './useReports';
import { useReviewMutation } from './useReview';

export const periodicKeys = {
  report: (id: number | undefined) => [REPORTS_KEY, 'periodic', id] as const,
  board: (directiveId: number | undefined, period: string | undefined) =>
    [REPORTS_KEY, 'board', directiveId, period] as const,
  periods: (directiveId: number | undefined, from: string, to: string) =>
    [REPORTS_KEY, 'periods', directiveId, from, to] as const,
};

export function usePeriodicReport(id: number | undefined) {
  const client = useApiClient();
  return useQuery<PeriodicReport>({
    queryKey: periodicKeys.report(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/periodic-reports/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

/** Opens the own unit's periodic report of a period (or returns the one already opened). */
export function useOpenPeriodicReport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<PeriodicReport, Error, { directiveId: number; periodKey: string }>({
    mutationFn: async ({ directiveId, periodKey }) =>
      unwrap(
        await client.POST('/api/v1/directives/{id}/periodic-reports', {
          params: { path: { id: directiveId } },
          body: { periodKey },
        }),
      ),
    onSuccess: (report) => queryClient.setQueryData(periodicKeys.report(report.id), report),
  });
}

/** The calls that change a periodic report, as plain async functions (used by autosave). */
export function usePeriodicReportApi() {
  const client = useApiClient();
  return {
    update: async (id: number, edit: PeriodicReportEdit) =>
      unwrap(
        await client.PUT('/api/v1/periodic-reports/{id}', {
          params: { path: { id } },
          body: edit,
        }),
      ),
    submit: async (id: number, idempotencyKey: string) =>
      unwrap(
        await client.POST('/api/v1/periodic-reports/{id}/submit', {
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
  };
}

export function useReviewPeriodicReport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useReviewMutation<PeriodicReport>({
    accept: async (id, body) =>
      unwrap(
        await client.POST('/api/v1/periodic-reports/{id}/accept', {
          params: { path: { id } },
          body,
        }),
      ),
    return: async (id, body) =>
      unwrap(
        await client.POST('/api/v1/periodic-reports/{id}/return', {
          params: { path: { id } },
          body,
        }),
      ),
    onReviewed: (report) => {
      queryClient.setQueryData(periodicKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: [REPORTS_KEY, 'board'] });
    },
  });
}

/** The submission board of a directive for one period: unit × on time / late / missing. */
export function usePeriodicBoard(directiveId: number | undefined, period: string | undefined) {
  const client = useApiClient();
  return useQuery<PeriodicBoard>({
    queryKey: periodicKeys.board(directiveId, period),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/directives/{id}/periodic-reports/board', {
          params: { path: { id: directiveId as number }, query: { period: period as string } },
          signal,
        }),
      ),
    enabled: directiveId !== undefined && !!period,
    placeholderData: keepPreviousData,
  });
}

/** The reporting periods of a directive whose data cut-off falls in [from, to]. */
export function useReportingPeriods(directiveId: number | undefined, from: string, to: string) {
  const client = useApiClient();
  return useQuery<DuePeriodList>({
    queryKey: periodicKeys.periods(directiveId, from, to),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/directives/{id}/reporting-periods', {
          params: { path: { id: directiveId as number }, query: { from, to } },
          signal,
        }),
      ),
    enabled: directiveId !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}
