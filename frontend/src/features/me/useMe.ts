import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiContext';
import { unwrap } from '../../api/client';
import type { Me } from '../../api/types';

export const meQueryKey = ['me'] as const;

/** The signed-in user as the backend sees them: full name, roles and unit. */
export function useMe() {
  const client = useApiClient();
  return useQuery<Me>({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60 * 1000,
  });
}
