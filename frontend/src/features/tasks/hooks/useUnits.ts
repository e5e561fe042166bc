import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type { Unit, UnitPage } from '../../../api/types';

/** Units for a picker, searched on the server (accent-insensitive) by `q`. */
export function useUnits(q: string | undefined, enabled = true, active?: boolean) {
  const client = useApiClient();
  const query = {
    ...(q ? { q } : {}),
    ...(active !== undefined ? { active } : {}),
    page: 0,
    size: 100,
  };
  return useQuery<UnitPage>({
    queryKey: ['units', query],
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/units', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
    enabled,
  });
}

/** One unit, e.g. to name the unit chosen in a shared link. */
export function useUnit(id: number | undefined) {
  const client = useApiClient();
  return useQuery<Unit>({
    queryKey: ['unit', id],
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/units/{id}', { params: { path: { id: id as number } }, signal }),
      ),
    enabled: id !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}
