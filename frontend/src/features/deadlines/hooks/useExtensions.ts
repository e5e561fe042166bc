import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  ExtensionDecision,
  ExtensionRequest,
  ExtensionRequestCreate,
  ExtensionRequestPage,
  ExtensionStatus,
  TaskDueDates,
} from '../../../api/types';
import { DEADLINES_KEY, deadlineKeys } from './useDeadlines';

export interface ExtensionListQuery {
  status?: ExtensionStatus;
  unitId?: number;
  taskId?: number;
  page: number;
  size: number;
}

/** Extension requests, newest first, paged by the server (unit staff: their own unit's). */
export function useExtensionRequests(query: ExtensionListQuery, enabled = true) {
  const client = useApiClient();
  const params = Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  ) as ExtensionListQuery;
  return useQuery<ExtensionRequestPage>({
    queryKey: deadlineKeys.extensions(params),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/extension-requests', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
    enabled,
  });
}

/** Every due date each unit of a task has had: original, current, each change. */
export function useTaskDueDates(taskId: number | undefined) {
  const client = useApiClient();
  return useQuery<TaskDueDates>({
    queryKey: deadlineKeys.dueDates(taskId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/tasks/{id}/due-dates', {
          params: { path: { id: taskId as number } },
          signal,
        }),
      ),
    enabled: taskId !== undefined,
  });
}

/**
 * After a request, a withdrawal or a decision: the due dates, timeliness and counts shown
 * anywhere may have changed (the task, its lists, the tree, the calendar, the queues).
 */
export function useInvalidateAfterExtension() {
  const queryClient = useQueryClient();
  return (taskId?: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [DEADLINES_KEY] }),
      queryClient.invalidateQueries({
        queryKey: taskId !== undefined ? ['task', taskId] : ['task'],
      }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['task-counts'] }),
      queryClient.invalidateQueries({ queryKey: ['directive-tree'] }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
      queryClient.invalidateQueries({ queryKey: ['reports', 'obligations'] }),
    ]);
}

/** A unit asks for a later due date of its assignment. */
export function useRequestExtension() {
  const client = useApiClient();
  const invalidate = useInvalidateAfterExtension();
  return useMutation<
    ExtensionRequest,
    unknown,
    { assignmentId: number; taskId?: number; body: ExtensionRequestCreate }
  >({
    mutationFn: async ({ assignmentId, body }) =>
      unwrap(
        await client.POST('/api/v1/assignments/{id}/extension-requests', {
          params: { path: { id: assignmentId } },
          body,
        }),
      ) as unknown as ExtensionRequest,
    onSuccess: (_, { taskId }) => invalidate(taskId),
  });
}

/** A coordinator or leader approves or rejects, with the version they read. */
export function useDecideExtension() {
  const client = useApiClient();
  const invalidate = useInvalidateAfterExtension();
  return useMutation<ExtensionRequest, unknown, { id: number; body: ExtensionDecision }>({
    mutationFn: async ({ id, body }) =>
      unwrap(
        await client.POST('/api/v1/extension-requests/{id}/decision', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: (request) => invalidate(request?.taskId),
  });
}

/** The unit withdraws its pending request. */
export function useWithdrawExtension() {
  const client = useApiClient();
  const invalidate = useInvalidateAfterExtension();
  return useMutation<ExtensionRequest, unknown, { id: number; version: number }>({
    mutationFn: async ({ id, version }) =>
      unwrap(
        await client.POST('/api/v1/extension-requests/{id}/withdrawal', {
          params: { path: { id } },
          body: { version },
        }),
      ),
    onSuccess: (request) => invalidate(request?.taskId),
  });
}
