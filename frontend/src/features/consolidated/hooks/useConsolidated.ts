import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { fileNameOf } from '../../notifications/hooks/useUrgingLetter';
import { saveBlob } from '../../reports/lib/upload';
import { isRunning } from '../lib/periods';
import type { ConsolidatedReportJob, ConsolidatedReportRequest } from '../types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How often a running job is asked for its progress. */
export const POLL_MS = 1000;

export const consolidatedKeys = {
  all: ['consolidated-reports'] as const,
  list: (directiveId?: number) => ['consolidated-reports', 'list', directiveId ?? null] as const,
  one: (id?: number) => ['consolidated-reports', 'one', id ?? null] as const,
};

/** The history of generated reports (newest first), of one directive or all. */
export function useConsolidatedReports(directiveId?: number) {
  const client = useApiClient();
  return useQuery<ConsolidatedReportJob[]>({
    queryKey: consolidatedKeys.list(directiveId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/consolidated-reports', {
          params: { query: directiveId !== undefined ? { directiveId } : {} },
          signal,
        }),
      ),
  });
}

/** One job, asked again every second while it is queued or running. */
export function useConsolidatedReport(id: number | undefined) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useQuery<ConsolidatedReportJob>({
    queryKey: consolidatedKeys.one(id),
    queryFn: async ({ signal }) => {
      const job = unwrap(
        await client.GET('/api/v1/consolidated-reports/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      );
      if (!isRunning(job.status))
        void queryClient.invalidateQueries({ queryKey: ['consolidated-reports', 'list'] });
      return job;
    },
    enabled: id !== undefined,
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? POLL_MS : false),
  });
}

export function useCreateConsolidatedReport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ConsolidatedReportJob, unknown, ConsolidatedReportRequest>({
    mutationFn: async (body) => unwrap(await client.POST('/api/v1/consolidated-reports', { body })),
    onSuccess: (job) => {
      queryClient.setQueryData(consolidatedKeys.one(job.id), job);
      void queryClient.invalidateQueries({ queryKey: ['consolidated-reports', 'list'] });
    },
  });
}

/** Downloads the Word report or the spreadsheet annex of a finished job with the API client's token. */
export function useDownloadConsolidated() {
  const client = useApiClient();
  return useMutation<string, unknown, { id: number; file: 'docx' | 'xlsx' }>({
    mutationFn: async ({ id, file }) => {
      const type = file === 'docx' ? DOCX : XLSX;
      const options = {
        params: { path: { id } },
        headers: { Accept: `${type}, application/problem+json` },
        parseAs: 'blob' as const,
      };
      const result =
        file === 'docx'
          ? await client.GET('/api/v1/consolidated-reports/{id}/docx', options)
          : await client.GET('/api/v1/consolidated-reports/{id}/xlsx', options);
      const blob = unwrap(result) as unknown as Blob;
      const name = fileNameOf(
        result.response.headers.get('Content-Disposition'),
        `bao-cao-tong-hop-${id}.${file}`,
      );
      saveBlob(blob, name);
      return name;
    },
  });
}
