import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiContext';
import { unwrap } from '../../api/client';
import type { HistoryEntry } from '../../api/types';

export type HistorySubject = 'tasks' | 'units' | 'directives';

/** The audit trail of a task, a unit or a directive (newest first after sorting). */
export function useHistory(subject: HistorySubject, id: number | undefined, enabled = true) {
  const client = useApiClient();
  return useQuery<HistoryEntry[]>({
    queryKey: ['history', subject, id],
    queryFn: async ({ signal }) => {
      const params = { path: { id: id as number } };
      switch (subject) {
        case 'tasks':
          return unwrap(await client.GET('/api/v1/tasks/{id}/history', { params, signal }));
        case 'units':
          return unwrap(await client.GET('/api/v1/units/{id}/history', { params, signal }));
        case 'directives':
          return unwrap(await client.GET('/api/v1/directives/{id}/history', { params, signal }));
      }
    },
    enabled: enabled && id !== undefined,
  });
}
