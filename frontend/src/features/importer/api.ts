import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { useApiClient } from '../../api/ApiContext';
import { unwrap } from '../../api/client';
import { uploadMultipart, type MultipartUpload } from '../../api/upload';

type Schemas = components['schemas'];
export type ImportDraft = Schemas['ImportDraft'];
export type ImportTask = Schemas['ImportTask'];
export type ImportUnitMatch = Schemas['ImportUnitMatch'];
export type ImportEdit = Schemas['ImportEdit'];
export type ImportTaskEdit = Schemas['ImportTaskEdit'];
export type ImportAccepted = Schemas['ImportAccepted'];
export type ImportWarning = Schemas['ImportWarning'];
export type ImportObligation = Schemas['ImportReportingObligation'];
export type ImportSchedule = Schemas['ImportReportingSchedule'];

/** How often the review page asks for a draft still being read. */
export const READING_POLL_MS = 700;

/** The server is still reading the document (background job). */
export function isReading(draft: ImportDraft | undefined): boolean {
  return draft?.status === 'QUEUED' || draft?.status === 'RUNNING';
}

/** What the file picker offers; the server recognises the format by content. */
export const IMPORT_ACCEPT =
  '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface UploadImportOptions extends Omit<MultipartUpload, 'path' | 'fields'> {
  /** re-import into this directive */
  directiveId?: number;
}

/**
 * Sends the document with upload progress; the server answers 202 with the draft, which it then
 * reads in the background (poll the draft for its progress).
 */
export function uploadImport(options: UploadImportOptions): Promise<ImportDraft> {
  const { directiveId, ...upload } = options;
  return uploadMultipart<ImportDraft>({
    ...upload,
    path: '/api/v1/imports',
    fields: directiveId === undefined ? undefined : { directiveId: String(directiveId) },
  });
}

export function useImportDraft(id: number | undefined) {
  const client = useApiClient();
  return useQuery<ImportDraft>({
    queryKey: ['import', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/imports/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    refetchInterval: (query) => (isReading(query.state.data) ? READING_POLL_MS : false),
  });
}

export function useEditImport(id: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ImportDraft, unknown, ImportEdit>({
    mutationFn: async (body) =>
      unwrap(await client.PATCH('/api/v1/imports/{id}', { params: { path: { id } }, body })),
    onSuccess: (draft) => queryClient.setQueryData(['import', id], draft),
  });
}

export function useAcceptImport(id: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ImportAccepted, unknown, number>({
    mutationFn: async (version) =>
      unwrap(
        await client.POST('/api/v1/imports/{id}/accept', {
          params: { path: { id } },
          body: { version },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['import', id] });
      void queryClient.invalidateQueries({ queryKey: ['directives'] });
    },
  });
}

/** A match the reviewer must still decide: not in the catalogue, or not sure. */
export function isUnresolved(match: ImportUnitMatch): boolean {
  return match.status === 'UNKNOWN' || match.status === 'UNSURE';
}

/** Where the proposal's tasks sit: children by parent code, in document order. */
export function childrenByParent(tasks: ImportTask[]): Map<string | undefined, ImportTask[]> {
  const map = new Map<string | undefined, ImportTask[]>();
  for (const task of tasks) {
    const key = task.parentCode ?? undefined;
    map.set(key, [...(map.get(key) ?? []), task]);
  }
  return map;
}
