import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './problem';

/** Server state lives in TanStack Query; one client per signed-in session. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // client errors (403, 404, 400) will not get better by asking again
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 30 * 1000,
      },
    },
  });
}
