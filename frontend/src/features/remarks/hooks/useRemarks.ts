import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  Remark,
  RemarkAnswerCreate,
  RemarkCreate,
  RemarkUnitCount,
  RemarkUpdate,
} from '../../../api/types';

export const remarkKeys = {
  task: (taskId: number) => ['tasks', taskId, 'remarks'] as const,
  counts: (directiveId?: number) => ['remarks', 'counts-by-unit', directiveId ?? 'all'] as const,
};

/** The supervision remarks of a task the caller may read, oldest first, each with its answers. */
export function useTaskRemarks(taskId: number) {
  const client = useApiClient();
  return useQuery<Remark[]>({
    queryKey: remarkKeys.task(taskId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/tasks/{taskId}/remarks', {
          params: { path: { taskId } },
          signal,
        }),
      ),
  });
}

/** Remarks per unit (about its shares and the tasks it is assigned to), and how many it has not answered. */
export function useRemarkCounts(directiveId?: number) {
  const client = useApiClient();
  return useQuery<RemarkUnitCount[]>({
    queryKey: remarkKeys.counts(directiveId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/remarks/counts-by-unit', {
          params: { query: { directiveId } },
          signal,
        }),
      ),
  });
}

/** A supervisor's new remark on the task or on one unit's share of it. */
export function useCreateRemark(taskId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Remark, unknown, RemarkCreate>({
    mutationFn: async (body) =>
      unwrap(
        await client.POST('/api/v1/tasks/{taskId}/remarks', {
          params: { path: { taskId } },
          body,
        }),
      ) as Remark,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: remarkKeys.task(taskId) }),
  });
}

/** The unit's answer to a remark. */
export function useAnswerRemark(taskId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Remark, unknown, { remarkId: number } & RemarkAnswerCreate>({
    mutationFn: async ({ remarkId, text }) =>
      unwrap(
        await client.POST('/api/v1/remarks/{id}/answers', {
          params: { path: { id: remarkId } },
          body: { text },
        }),
      ) as Remark,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: remarkKeys.task(taskId) }),
  });
}

/** The author edits the text of a remark or an answer, with the version they read. */
export function useUpdateRemark(taskId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Remark, unknown, { id: number } & RemarkUpdate>({
    mutationFn: async ({ id, ...body }) =>
      unwrap(
        await client.PUT('/api/v1/remarks/{id}', { params: { path: { id } }, body }),
      ) as Remark,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: remarkKeys.task(taskId) }),
  });
}
