import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type { Scorecard, Statistics } from '../types';

export interface StatisticsFilter {
  directiveId?: number;
  /** a reporting period ("2026-Q2"): figures at its cut-off */
  periodKey?: string;
  /** a past day (yyyy-MM-dd): figures as they stood then, by business dates */
  asOf?: string;
}

export const statisticsKeys = {
  statistics: (f: StatisticsFilter) => ['statistics', f.directiveId, f.periodKey, f.asOf] as const,
  scorecard: (f: StatisticsFilter) =>
    ['statistics', 'scorecard', f.directiveId, f.periodKey, f.asOf] as const,
};

export function useStatistics(filter: StatisticsFilter) {
  const client = useApiClient();
  return useQuery<Statistics>({
    queryKey: statisticsKeys.statistics(filter),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/statistics', {
          params: {
            query: {
              directiveId: filter.directiveId,
              periodKey: filter.periodKey,
              asOf: filter.asOf,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 30 * 1000,
  });
}

export function useScorecard(filter: StatisticsFilter) {
  const client = useApiClient();
  return useQuery<Scorecard>({
    queryKey: statisticsKeys.scorecard(filter),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/statistics/scorecard', {
          params: {
            query: {
              directiveId: filter.directiveId,
              periodKey: filter.periodKey,
              asOf: filter.asOf,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 30 * 1000,
  });
}
