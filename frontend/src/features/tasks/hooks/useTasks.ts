import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  Assignment,
  AssignmentPlan,
  AssignmentUpdate,
  TaskCounts,
  TaskCreate,
  TaskDetail,
  TaskPage,
  TaskUpdate,
} from '../../../api/types';
import { formatSort, type TaskFilters, type TaskSelection } from '../filters';

/** The query parameters that choose tasks, shared by GET /tasks and GET /tasks/counts. */
export function taskSelectionQuery(filters: TaskSelection) {
  const query: {
    status?: NonNullable<TaskSelection['status']>;
    timeliness?: NonNullable<TaskSelection['timeliness']>;
    unitId?: number;
    role?: NonNullable<TaskSelection['role']>;
    directiveId?: number;
    subtreeOf?: number;
    dueFrom?: string;
    dueTo?: string;
    field?: string;
    q?: string;
  } = {};
  if (filters.status) query.status = filters.status;
  if (filters.timeliness) query.timeliness = filters.timeliness;
  if (filters.unitId !== undefined) query.unitId = filters.unitId;
  if (filters.role) query.role = filters.role;
  if (filters.directiveId !== undefined) query.directiveId = filters.directiveId;
  if (filters.subtreeOf !== undefined) query.subtreeOf = filters.subtreeOf;
  if (filters.dueFrom) query.dueFrom = filters.dueFrom;
  if (filters.dueTo) query.dueTo = filters.dueTo;
  if (filters.field) query.field = filters.field;
  if (filters.q) query.q = filters.q;
  return query;
}

/** The query parameters of GET /api/v1/tasks for the given filters. */
export function taskListQuery(filters: TaskFilters) {
  return {
    ...taskSelectionQuery(filters),
    ...(filters.sort ? { sort: formatSort(filters.sort) } : {}),
    page: filters.page,
    size: filters.size,
  };
}

export function useTasks(filters: TaskFilters, enabled = true) {
  const client = useApiClient();
  const query = taskListQuery(filters);
  return useQuery<TaskPage>({
    queryKey: ['tasks', query],
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/tasks', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Totals by timeliness and status for the same filters as the list. */
export function useTaskCounts(filters: TaskSelection, enabled = true) {
  const client = useApiClient();
  const query = taskSelectionQuery(filters);
  return useQuery<TaskCounts>({
    queryKey: ['task-counts', query],
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/tasks/counts', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: number | undefined) {
  const client = useApiClient();
  return useQuery<TaskDetail>({
    queryKey: ['task', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/tasks/{id}', { params: { path: { id: id as number } }, signal }),
      ),
    enabled: id !== undefined,
  });
}

/** After any change to tasks: lists, counts, trees, deadlines and the task itself are stale. */
function useInvalidateTasks() {
  const queryClient = useQueryClient();
  return (taskId?: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['task-counts'] }),
      queryClient.invalidateQueries({ queryKey: ['directive-tree'] }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
      // the deadline calendar, its counts and the due-date history (features/deadlines)
      queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ...(taskId !== undefined
        ? [queryClient.invalidateQueries({ queryKey: ['task', taskId] })]
        : []),
    ]);
}

export function useCreateTask() {
  const client = useApiClient();
  const invalidate = useInvalidateTasks();
  return useMutation<TaskDetail, unknown, TaskCreate>({
    mutationFn: async (body) => unwrap(await client.POST('/api/v1/tasks', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateTask(id: number) {
  const client = useApiClient();
  const invalidate = useInvalidateTasks();
  const queryClient = useQueryClient();
  return useMutation<TaskDetail, unknown, TaskUpdate>({
    mutationFn: async (body) =>
      unwrap(await client.PUT('/api/v1/tasks/{id}', { params: { path: { id } }, body })),
    onSuccess: (task) => {
      queryClient.setQueryData(['task', id], task);
      return invalidate(id);
    },
  });
}

export function usePlanAssignments(id: number) {
  const client = useApiClient();
  const invalidate = useInvalidateTasks();
  const queryClient = useQueryClient();
  return useMutation<TaskDetail, unknown, AssignmentPlan>({
    mutationFn: async (body) =>
      unwrap(
        await client.PUT('/api/v1/tasks/{id}/assignments', { params: { path: { id } }, body }),
      ),
    onSuccess: (task) => {
      queryClient.setQueryData(['task', id], task);
      return invalidate(id);
    },
  });
}

export function useUpdateAssignment(taskId: number) {
  const client = useApiClient();
  const invalidate = useInvalidateTasks();
  return useMutation<Assignment, unknown, { id: number; body: AssignmentUpdate }>({
    mutationFn: async ({ id, body }) =>
      unwrap(await client.PUT('/api/v1/assignments/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(taskId),
  });
}
