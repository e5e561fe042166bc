import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  Reorganization,
  ReorganizationResult,
  Unit,
  UnitCreate,
  UnitGroupCreate,
  UnitGroupDetail,
  UnitGroupList,
  UnitGroupUpdate,
  UnitPage,
  UnitType,
  UnitUpdate,
} from '../../../api/types';

export interface UnitPageQuery {
  q?: string;
  type?: UnitType;
  active?: boolean;
  page: number;
  size: number;
}

/** A page of units for the administration table (active and inactive). */
export function useUnitPage(query: UnitPageQuery) {
  const client = useApiClient();
  const params = {
    ...(query.q ? { q: query.q } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.active !== undefined ? { active: query.active } : {}),
    page: query.page,
    size: query.size,
  };
  return useQuery<UnitPage>({
    queryKey: ['units', params],
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/units', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Groups of units ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"...). */
export function useUnitGroups(enabled = true) {
  const client = useApiClient();
  return useQuery<UnitGroupList>({
    queryKey: ['unit-groups'],
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/unit-groups', { signal })),
    staleTime: 5 * 60 * 1000,
    enabled,
  });
}

/** One group with its active members. */
export function useUnitGroup(id: number | undefined) {
  const client = useApiClient();
  return useQuery<UnitGroupDetail>({
    queryKey: ['unit-groups', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/unit-groups/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['units'] }),
      queryClient.invalidateQueries({ queryKey: ['unit'] }),
      queryClient.invalidateQueries({ queryKey: ['unit-groups'] }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
}

export function useCreateUnit() {
  const client = useApiClient();
  const invalidate = useInvalidateUnits();
  return useMutation<Unit, unknown, UnitCreate>({
    mutationFn: async (body) => unwrap(await client.POST('/api/v1/units', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateUnit() {
  const client = useApiClient();
  const invalidate = useInvalidateUnits();
  return useMutation<Unit, unknown, { id: number; body: UnitUpdate }>({
    mutationFn: async ({ id, body }) =>
      unwrap(await client.PUT('/api/v1/units/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(),
  });
}

export function useReorganizeUnit() {
  const client = useApiClient();
  const invalidate = useInvalidateUnits();
  const queryClient = useQueryClient();
  return useMutation<ReorganizationResult, unknown, { id: number; body: Reorganization }>({
    mutationFn: async ({ id, body }) =>
      unwrap(
        await client.POST('/api/v1/units/{id}/reorganization', { params: { path: { id } }, body }),
      ),
    onSuccess: () =>
      Promise.all([
        invalidate(),
        // assignments moved: every task view is stale
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        queryClient.invalidateQueries({ queryKey: ['task'] }),
        queryClient.invalidateQueries({ queryKey: ['task-counts'] }),
        queryClient.invalidateQueries({ queryKey: ['directive-tree'] }),
      ]),
  });
}

export function useCreateGroup() {
  const client = useApiClient();
  const invalidate = useInvalidateUnits();
  return useMutation<UnitGroupDetail, unknown, UnitGroupCreate>({
    mutationFn: async (body) => unwrap(await client.POST('/api/v1/unit-groups', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateGroup() {
  const client = useApiClient();
  const invalidate = useInvalidateUnits();
  return useMutation<UnitGroupDetail, unknown, { id: number; body: UnitGroupUpdate }>({
    mutationFn: async ({ id, body }) =>
      unwrap(await client.PUT('/api/v1/unit-groups/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteGroup() {
  const client = useApiClient();
  const invalidate = useInvalidateUnits();
  return useMutation<unknown, unknown, number>({
    mutationFn: async (id) =>
      unwrap(await client.DELETE('/api/v1/unit-groups/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidate(),
  });
}
