import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  CalendarFeed,
  CalendarFeedCreate,
  CalendarFeedCreated,
  MySettings,
  MySettingsUpdate,
} from '../../../api/types';

export const settingsKeys = {
  settings: ['me', 'settings'] as const,
  feed: ['me', 'calendar-feed'] as const,
};

/** My notification settings (the daily digest) and my account's name, e-mail and unit. */
export function useMySettings() {
  const client = useApiClient();
  return useQuery<MySettings>({
    queryKey: settingsKeys.settings,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/me/settings', { signal })),
  });
}

export function useUpdateSettings() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<MySettings, unknown, MySettingsUpdate>({
    mutationFn: async (body) => unwrap(await client.PUT('/api/v1/me/settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.settings, settings),
  });
}

/** My calendar feed as it is now: active or not, its unit, a hint of the secret, its use. */
export function useCalendarFeed() {
  const client = useApiClient();
  return useQuery<CalendarFeed>({
    queryKey: settingsKeys.feed,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/me/calendar-feed', { signal })),
    staleTime: 0,
  });
}

/** A new secret feed URL (the old one stops working); the answer is the only time it is shown. */
export function useCreateCalendarFeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<CalendarFeedCreated, unknown, CalendarFeedCreate>({
    mutationFn: async (body) =>
      unwrap(await client.POST('/api/v1/me/calendar-feed', { body })) as CalendarFeedCreated,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.feed }),
  });
}

/** Revokes my feed: its URL answers 404 from now on. */
export function useRevokeCalendarFeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, unknown, void>({
    mutationFn: async () => {
      unwrap(await client.DELETE('/api/v1/me/calendar-feed'));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.feed }),
  });
}
