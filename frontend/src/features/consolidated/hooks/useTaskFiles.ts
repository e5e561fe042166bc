import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { taskSelectionQuery } from '../../tasks/hooks/useTasks';
import { formatSort, type TaskFilters } from '../../tasks/filters';
import { fileNameOf } from '../../notifications/hooks/useUrgingLetter';
import { saveBlob } from '../../reports/lib/upload';
import type { TaskImportResult } from '../types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads the task list with the list's own filters (and scope) as XLSX or CSV. */
export function useExportTasks() {
  const client = useApiClient();
  return useMutation<string, unknown, { filters: TaskFilters; format: 'xlsx' | 'csv' }>({
    mutationFn: async ({ filters, format }) => {
      const query = {
        ...taskSelectionQuery(filters),
        ...(filters.sort ? { sort: formatSort(filters.sort) } : {}),
        format,
      };
      const result = await client.GET('/api/v1/tasks/export', {
        params: { query },
        headers: { Accept: `${format === 'csv' ? 'text/csv' : XLSX}, application/problem+json` },
        parseAs: 'blob',
      });
      const blob = unwrap(result) as unknown as Blob;
      const name = fileNameOf(
        result.response.headers.get('Content-Disposition'),
        `danh-sach-nhiem-vu.${format}`,
      );
      saveBlob(blob, name);
      return name;
    },
  });
}

/** Checks (dryRun) or imports a file of tasks into a directive. */
export function useImportTasks() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<
    TaskImportResult,
    unknown,
    { directiveId: number; file: File; dryRun: boolean }
  >({
    mutationFn: async ({ directiveId, file, dryRun }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        await client.POST('/api/v1/directives/{id}/task-import', {
          params: { path: { id: directiveId }, query: { dryRun } },
          // openapi-fetch sends FormData as is: the browser sets the multipart boundary
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: (result) => {
      if (!result.dryRun) {
        void queryClient.invalidateQueries({ queryKey: ['tasks'] });
        void queryClient.invalidateQueries({ queryKey: ['task-counts'] });
      }
    },
  });
}
