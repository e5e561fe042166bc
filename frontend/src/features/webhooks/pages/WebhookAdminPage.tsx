import { useState } from 'react';
import { App, Button, Empty, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import type { WebhookSubscription } from '../../../api/types';
import { DeliveryLog } from '../components/DeliveryLog';
import { SubscriptionFormModal } from '../components/SubscriptionFormModal';
import { useDeleteSubscription, useSubscriptions } from '../hooks/useWebhooks';

type Dialog =
  | { kind: 'form'; subscription?: WebhookSubscription }
  | { kind: 'log'; subscription: WebhookSubscription };

/**
 * `/admin/webhooks`: the system administrator's list of webhook subscriptions: add, edit, pause,
 * delete, and each one's delivery log with a replay button.
 */
export function WebhookAdminPage() {
  const { t } = useTranslation('webhooks');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const subscriptions = useSubscriptions();
  const remove = useDeleteSubscription();
  const [dialog, setDialog] = useState<Dialog>();

  const confirmDelete = (s: WebhookSubscription) =>
    remove.mutateAsync(s.id as number).then(
      () => void message.success(t('deleted')),
      (error: unknown) => void message.error(userMessage(error, tCommon).message),
    );

  return (
    <Flex vertical gap="middle" data-testid="webhook-admin">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      <Flex justify="flex-end">
        <Button
          type="primary"
          onClick={() => setDialog({ kind: 'form' })}
          data-testid="webhook-add"
        >
          {t('add')}
        </Button>
      </Flex>
      {subscriptions.isError && (
        <ErrorAlert error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
      )}
      <Table<WebhookSubscription>
        rowKey="id"
        data-testid="webhook-table"
        loading={subscriptions.isFetching}
        dataSource={subscriptions.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        columns={[
          {
            title: t('col.url'),
            key: 'url',
            render: (_, s) => (
              <span>
                <Typography.Text code>{s.url}</Typography.Text>
                {s.description && (
                  <>
                    <br />
                    <Typography.Text type="secondary">{s.description}</Typography.Text>
                  </>
                )}
              </span>
            ),
          },
          {
            title: t('col.eventTypes'),
            key: 'types',
            render: (_, s) => (
              <Space size={[0, 4]} wrap>
                {(s.eventTypes ?? []).map((type) => (
                  <Tag key={type}>{t(`eventType.${type}`)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('col.status'),
            key: 'status',
            render: (_, s) =>
              s.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('paused')}</Tag>,
          },
          {
            title: t('col.queue'),
            key: 'queue',
            render: (_, s) => (
              <span data-testid={`queue-${s.id}`}>
                {s.pendingDeliveries ?? 0} /{' '}
                {(s.failedDeliveries ?? 0) > 0 ? (
                  <Typography.Text type="danger">{s.failedDeliveries}</Typography.Text>
                ) : (
                  0
                )}
              </span>
            ),
          },
          {
            title: t('col.actions'),
            key: 'actions',
            render: (_, s) => (
              <Space wrap>
                <Button
                  size="small"
                  onClick={() => setDialog({ kind: 'log', subscription: s })}
                  data-testid={`log-${s.id}`}
                >
                  {t('log')}
                </Button>
                <Button
                  size="small"
                  onClick={() => setDialog({ kind: 'form', subscription: s })}
                  data-testid={`edit-${s.id}`}
                >
                  {t('edit')}
                </Button>
                <Popconfirm title={t('deleteConfirm')} onConfirm={() => confirmDelete(s)}>
                  <Button size="small" danger data-testid={`delete-${s.id}`}>
                    {t('delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'form' && (
        <SubscriptionFormModal
          subscription={dialog.subscription}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'log' && (
        <DeliveryLog subscription={dialog.subscription} onClose={() => setDialog(undefined)} />
      )}
    </Flex>
  );
}
