import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type { TaskDetail, TaskPage } from '../../../api/types';
import { formatSort, type TaskFilters } from '../filters';

/** The query parameters of GET /api/v1/tasks for the given filters. */
export function taskListQuery(filters: TaskFilters) {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.unitId !== undefined ? { unitId: filters.unitId } : {}),
    ...(filters.q ? { q: filters.q } : {}),
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
