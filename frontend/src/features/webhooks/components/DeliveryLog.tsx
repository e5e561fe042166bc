import { useState } from 'react';
import { App, Button, Drawer, Empty, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import type {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookSubscription,
} from '../../../api/types';
import { formatTimestamp } from '../../../lib/dates';
import { useDeliveries, useDeliveryDetail, useReplayDelivery } from '../hooks/useWebhooks';

const STATUS_COLORS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'gold',
  SENDING: 'blue',
  DELIVERED: 'green',
  FAILED: 'red',
};

/** The attempts of one delivery, oldest first, shown when its row is expanded. */
function Attempts({ subscriptionId, deliveryId }: { subscriptionId: number; deliveryId: number }) {
  const { t } = useTranslation('webhooks');
  const detail = useDeliveryDetail(subscriptionId, deliveryId);
  if (detail.isError)
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const attempts = detail.data?.attempts ?? [];
  if (detail.isSuccess && attempts.length === 0)
    return <Typography.Text type="secondary">{t('deliveries.noAttempts')}</Typography.Text>;
  return (
    <Timeline
      data-testid={`attempts-${deliveryId}`}
      items={attempts.map((a) => ({
        color:
          a.statusCode !== undefined && a.statusCode !== null && a.statusCode < 300
            ? 'green'
            : 'red',
        children: `${formatTimestamp(a.attemptedAt)}: ${a.statusCode ?? ''} ${a.error ?? ''} (${a.durationMs} ms)`,
      }))}
    />
  );
}

/** The delivery log of one subscription, newest first, with a replay button on each delivery. */
export function DeliveryLog({
  subscription,
  onClose,
}: {
  subscription: WebhookSubscription;
  onClose: () => void;
}) {
  const { t } = useTranslation('webhooks');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const id = subscription.id as number;
  const [page, setPage] = useState(0);
  const deliveries = useDeliveries(id, page);
  const replay = useReplayDelivery();

  const onReplay = (delivery: WebhookDelivery) =>
    replay.mutate(
      { id, deliveryId: delivery.id as number },
      {
        onSuccess: () => void message.success(t('deliveries.replayed')),
        onError: (error) => void message.error(userMessage(error, tCommon).message),
      },
    );

  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={t('deliveries.title', { url: subscription.url })}
    >
      {deliveries.isError && (
        <ErrorAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      )}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        data-testid="delivery-log"
        loading={deliveries.isFetching}
        dataSource={deliveries.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('deliveries.empty')} /> }}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: deliveries.data?.totalItems ?? 0,
          onChange: (p) => setPage(p - 1),
          showSizeChanger: false,
        }}
        expandable={{
          expandedRowRender: (d) => <Attempts subscriptionId={id} deliveryId={d.id as number} />,
        }}
        columns={[
          {
            title: t('deliveries.event'),
            key: 'event',
            render: (_, d) => (
              <span>
                {d.eventType ? t(`eventType.${d.eventType}`) : ''}
                <br />
                <Typography.Text
                  type="secondary"
                  style={{ fontSize: 12 }}
                  copyable={{ text: d.eventId }}
                >
                  #{d.eventSequence}
                </Typography.Text>
              </span>
            ),
          },
          { title: t('deliveries.task'), dataIndex: 'taskId', key: 'task' },
          {
            title: t('deliveries.status'),
            key: 'status',
            render: (_, d) =>
              d.status && (
                <Tag color={STATUS_COLORS[d.status]} data-testid={`delivery-status-${d.id}`}>
                  {t(`deliveryStatus.${d.status}`)}
                </Tag>
              ),
          },
          { title: t('deliveries.attempts'), dataIndex: 'attempts', key: 'attempts' },
          {
            title: t('deliveries.error'),
            key: 'error',
            render: (_, d) => d.lastError ?? d.lastStatusCode ?? '',
          },
          {
            title: t('deliveries.last'),
            key: 'last',
            render: (_, d) => formatTimestamp(d.lastAttemptAt),
          },
          {
            title: t('deliveries.next'),
            key: 'next',
            render: (_, d) => (d.status === 'PENDING' ? formatTimestamp(d.nextAttemptAt) : ''),
          },
          {
            key: 'replay',
            render: (_, d) => (
              <Button
                size="small"
                onClick={() => onReplay(d)}
                disabled={d.status === 'SENDING'}
                loading={replay.isPending && replay.variables?.deliveryId === d.id}
                data-testid={`replay-${d.id}`}
              >
                {t('deliveries.replay')}
              </Button>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
