import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  ProgressReport,
  ReportDraft,
  ReportPage,
  ReportStatus,
  ReportingObligations,
} from '../types';
import { useReviewMutation } from './useReview';

/** Every query of the reporting feature starts with this key: one invalidation refreshes all. */
export const REPORTS_KEY = 'reports' as const;

export const reportKeys = {
  all: [REPORTS_KEY] as const,
  obligations: () => [REPORTS_KEY, 'obligations'] as const,
  report: (id: number | undefined) => [REPORTS_KEY, 'report', id] as const,
  ofAssignment: (assignmentId: number | undefined) =>
    [REPORTS_KEY, 'assignment', assignmentId] as const,
  queue: (query: { status?: ReportStatus; page: number; size: number }) =>
    [REPORTS_KEY, 'queue', query] as const,
  ofTask: (taskId: number | undefined) => [REPORTS_KEY, 'task', taskId] as const,
};

/** What the own unit has to report: unreported assignments, periodic reports due, returns. */
export function useObligations(enabled = true) {
  const client = useApiClient();
  return useQuery<ReportingObligations>({
    queryKey: reportKeys.obligations(),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/me/obligations', { signal })),
    enabled,
    staleTime: 0,
  });
}

export function useProgressReport(id: number | undefined) {
  const client = useApiClient();
  return useQuery<ProgressReport>({
    queryKey: reportKeys.report(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/reports/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

/** The reports of one assignment (own unit: drafts too). */
export function useAssignmentReports(assignmentId: number | undefined) {
  const client = useApiClient();
  return useQuery<ProgressReport[]>({
    queryKey: reportKeys.ofAssignment(assignmentId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/assignments/{id}/reports', {
          params: { path: { id: assignmentId as number } },
          signal,
        }),
      ),
    enabled: assignmentId !== undefined,
    staleTime: 0,
  });
}

/** The review queue and other report lists, newest submission first, paged by the server. */
export function useReportList(query: { status?: ReportStatus; page: number; size: number }) {
  const client = useApiClient();
  return useQuery<ReportPage>({
    queryKey: reportKeys.queue(query),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/reports', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Reports of every unit on a task that the caller may see, oldest first. */
export function useTaskReports(taskId: number | undefined) {
  const client = useApiClient();
  return useQuery<ProgressReport[]>({
    queryKey: reportKeys.ofTask(taskId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/tasks/{id}/reports', {
          params: { path: { id: taskId as number } },
          signal,
        }),
      ),
    enabled: taskId !== undefined,
  });
}

/** The calls that change a progress report, as plain async functions (used by autosave). */
export function useProgressReportApi() {
  const client = useApiClient();
  return {
    /** POST a new draft; the key makes a retried request return the first report. */
    create: async (assignmentId: number, draft: ReportDraft, idempotencyKey: string) =>
      unwrap(
        await client.POST('/api/v1/assignments/{id}/reports', {
          params: { path: { id: assignmentId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: draft,
        }),
      ),
    update: async (id: number, draft: ReportDraft & { version: number }) =>
      unwrap(await client.PUT('/api/v1/reports/{id}', { params: { path: { id } }, body: draft })),
    submit: async (id: number, idempotencyKey: string) =>
      unwrap(
        await client.POST('/api/v1/reports/{id}/submit', {
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
  };
}

/** A coordinator accepts or returns a submitted report, with the version they read. */
export function useReviewReport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useReviewMutation<ProgressReport>({
    accept: async (id, body) =>
      unwrap(await client.POST('/api/v1/reports/{id}/accept', { params: { path: { id } }, body })),
    return: async (id, body) =>
      unwrap(await client.POST('/api/v1/reports/{id}/return', { params: { path: { id } }, body })),
    onReviewed: (report) => {
      queryClient.setQueryData(reportKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: [REPORTS_KEY, 'queue'] });
      void queryClient.invalidateQueries({ queryKey: reportKeys.ofTask(report.taskId) });
      // accepting moves the assignment and the task forward
      for (const key of ['task', 'tasks', 'task-counts', 'directive-tree', 'history']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    },
  });
}

/** Deletes an attachment of a draft or returned report. */
export function useDeleteAttachment(reportId: number | undefined) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, Error, number>({
    mutationFn: async (attachmentId) => {
      const result = await client.DELETE('/api/v1/reports/{id}/attachments/{attachmentId}', {
        params: { path: { id: reportId as number, attachmentId } },
      });
      unwrap(result);
    },
    onSuccess: (_, attachmentId) => {
      queryClient.setQueryData<ProgressReport>(reportKeys.report(reportId), (report) =>
        report
          ? { ...report, attachments: report.attachments?.filter((a) => a.id !== attachmentId) }
          : report,
      );
    },
  });
}
