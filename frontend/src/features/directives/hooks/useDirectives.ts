import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type { Directive, DirectiveList, TaskTree } from '../../../api/types';

export function useDirectives() {
  const client = useApiClient();
  return useQuery<DirectiveList>({
    queryKey: ['directives'],
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/directives', { signal })),
    staleTime: 5 * 60 * 1000,
  });
}

export function useDirective(id: number | undefined) {
  const client = useApiClient();
  return useQuery<Directive>({
    queryKey: ['directive', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/directives/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}

/** The documents this one implements, root first: Nghị quyết → Kết luận → Chương trình. */
export function useDirectiveChain(id: number | undefined) {
  const client = useApiClient();
  return useQuery<Directive[]>({
    queryKey: ['directive-chain', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/directives/{id}/chain', {
          params: { path: { id: id as number } },
          signal,
        }),
      ).items ?? [],
    enabled: id !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}

/** The program's task tree with counts by timeliness (unit users: their branches only). */
export function useDirectiveTree(id: number | undefined) {
  const client = useApiClient();
  return useQuery<TaskTree>({
    queryKey: ['directive-tree', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/directives/{id}/tree', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}
