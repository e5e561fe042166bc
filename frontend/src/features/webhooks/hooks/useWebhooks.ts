import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import type {
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookSubscription,
  WebhookSubscriptionCreate,
  WebhookSubscriptionUpdate,
} from '../../../api/types';

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: ['webhooks', 'list'] as const,
  deliveries: (id: number, page: number) => ['webhooks', id, 'deliveries', page] as const,
  delivery: (id: number, deliveryId: number) => ['webhooks', id, 'delivery', deliveryId] as const,
};

export function useSubscriptions() {
  const client = useApiClient();
  return useQuery<WebhookSubscription[]>({
    queryKey: webhookKeys.list,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/webhook-subscriptions', { signal })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: webhookKeys.all });
}

export function useCreateSubscription() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation<WebhookSubscription, unknown, WebhookSubscriptionCreate>({
    mutationFn: async (body) =>
      unwrap(await client.POST('/api/v1/webhook-subscriptions', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateSubscription() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation<WebhookSubscription, unknown, { id: number; body: WebhookSubscriptionUpdate }>(
    {
      mutationFn: async ({ id, body }) =>
        unwrap(
          await client.PUT('/api/v1/webhook-subscriptions/{id}', {
            params: { path: { id } },
            body,
          }),
        ),
      onSuccess: () => invalidate(),
    },
  );
}

export function useDeleteSubscription() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation<unknown, unknown, number>({
    mutationFn: async (id) =>
      unwrap(
        await client.DELETE('/api/v1/webhook-subscriptions/{id}', { params: { path: { id } } }),
      ),
    onSuccess: () => invalidate(),
  });
}

/** The delivery log of a subscription, newest first (undefined: no subscription open). */
export function useDeliveries(id: number | undefined, page: number) {
  const client = useApiClient();
  return useQuery<WebhookDeliveryPage>({
    queryKey: webhookKeys.deliveries(id ?? 0, page),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/webhook-subscriptions/{id}/deliveries', {
          params: { path: { id: id as number }, query: { page, size: 20 } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDeliveryDetail(id: number | undefined, deliveryId: number | undefined) {
  const client = useApiClient();
  return useQuery<WebhookDeliveryDetail>({
    queryKey: webhookKeys.delivery(id ?? 0, deliveryId ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}', {
          params: { path: { id: id as number, deliveryId: deliveryId as number } },
          signal,
        }),
      ),
    enabled: id !== undefined && deliveryId !== undefined,
  });
}

export function useReplayDelivery() {
  const client = useApiClient();
  const invalidate = useInvalidate();
  return useMutation<WebhookDelivery, unknown, { id: number; deliveryId: number }>({
    mutationFn: async ({ id, deliveryId }) =>
      unwrap(
        await client.POST('/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/replay', {
          params: { path: { id, deliveryId } },
        }),
      ),
    onSuccess: () => invalidate(),
  });
}
