import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  Notification,
  NotificationPage,
  ReadAllResult,
  UnreadCount,
} from '../../../api/types';

/** Every query of the notifications starts with this key: one invalidation refreshes all. */
export const NOTIFICATIONS_KEY = 'notifications' as const;

export interface NotificationQuery {
  unreadOnly?: boolean;
  page: number;
  size: number;
}

export const notificationKeys = {
  all: [NOTIFICATIONS_KEY] as const,
  unreadCount: [NOTIFICATIONS_KEY, 'unread-count'] as const,
  list: (query: NotificationQuery) => [NOTIFICATIONS_KEY, 'list', query] as const,
};

/** How often the bell asks for the unread count (and again whenever the window gets focus). */
export const UNREAD_POLL_MS = 60_000;

/** The number of my unread notifications: polled every minute and on window focus. */
export function useUnreadCount() {
  const client = useApiClient();
  return useQuery<UnreadCount>({
    queryKey: notificationKeys.unreadCount,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/notifications/unread-count', { signal })),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

/** My notifications, newest first, paged by the server. */
export function useNotifications(query: NotificationQuery, enabled = true) {
  const client = useApiClient();
  const params = {
    page: query.page,
    size: query.size,
    ...(query.unreadOnly ? { unreadOnly: true } : {}),
  };
  return useQuery<NotificationPage>({
    queryKey: notificationKeys.list(params),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/notifications', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
    enabled,
  });
}

/** Marks one notification read (again is harmless), then refreshes the count and the lists. */
export function useMarkRead() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Notification, unknown, number>({
    mutationFn: async (id) =>
      unwrap(await client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Marks all my notifications read. */
export function useMarkAllRead() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ReadAllResult, unknown, void>({
    mutationFn: async () => unwrap(await client.POST('/api/v1/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
