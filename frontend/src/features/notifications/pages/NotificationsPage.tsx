import { App, Button, Card, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import type { Notification } from '../../../api/types';
import { formatTimestamp } from '../../../lib/dates';
import { NotificationKindIcon } from '../components/NotificationKindIcon';
import { useMarkAllRead, useMarkRead, useNotifications } from '../hooks/useNotifications';
import { KIND_COLORS, notificationPath } from '../lib/notifications';

const PAGE_SIZES = [10, 20, 50, 100];
type Filter = 'all' | 'unread';

/**
 * `/notifications`: all my notifications, newest first, paged (`?page=&size=`), all or only the
 * unread ones (`?filter=unread`); mark one or all as read.
 */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get('filter') === 'unread' ? 'unread' : 'all';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const sizeParam = Number(params.get('size') ?? '20');
  const size = PAGE_SIZES.includes(sizeParam) ? sizeParam : 20;
  const list = useNotifications({ unreadOnly: filter === 'unread', page, size });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const readAll = () =>
    markAll.mutate(undefined, {
      onSuccess: (result) =>
        void message.success(t('page.markedAll', { count: result?.updated ?? 0 })),
      onError: (error) => void message.error(userMessage(error, tc).message),
    });
  const readOne = (id: number) =>
    markRead.mutate(id, { onError: (error) => void message.error(userMessage(error, tc).message) });

  const data = list.data;
  const total = data?.totalItems ?? 0;

  return (
    <Flex vertical gap="middle" data-testid="notifications-page" data-filter={filter}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('page.title')}
      </Typography.Title>
      <Flex wrap gap="small" align="center" justify="space-between">
        <Segmented<Filter>
          aria-label={t('page.filter')}
          value={filter}
          onChange={(value) =>
            update({ filter: value === 'unread' ? 'unread' : undefined, page: undefined })
          }
          options={[
            { value: 'all', label: t('page.all') },
            { value: 'unread', label: t('page.unread') },
          ]}
          data-testid="notification-filter"
        />
        <Button onClick={readAll} loading={markAll.isPending} data-testid="notifications-read-all">
          {t('page.markAllRead')}
        </Button>
      </Flex>

      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}

      <Card
        size="small"
        title={
          <Typography.Text
            type="secondary"
            style={{ fontWeight: 'normal' }}
            data-testid="notifications-total"
            data-count={data ? total : undefined}
          >
            {data ? t('page.total', { count: total }) : ''}
          </Typography.Text>
        }
      >
        <Table<Notification>
          rowKey={(n) => String(n.id)}
          size="middle"
          loading={list.isFetching}
          dataSource={data?.items ?? []}
          aria-busy={list.isFetching}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filter === 'unread' ? t('page.emptyUnread') : t('page.empty')}
              />
            ),
          }}
          onRow={(n) =>
            ({
              'data-testid': 'notification-row',
              'data-id': n.id,
              'data-read': n.read ? 'true' : 'false',
              style: n.read ? undefined : { background: '#fff7e6' },
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page + 1,
            pageSize: size,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: (next, nextSize) =>
              update({
                page: next > 1 && nextSize === size ? String(next - 1) : undefined,
                size: nextSize !== 20 ? String(nextSize) : undefined,
              }),
          }}
          columns={[
            {
              key: 'kind',
              title: t('page.columns.kind'),
              width: 220,
              render: (_, n) => (
                <Tag
                  color={KIND_COLORS[n.kind ?? 'GENERAL']}
                  icon={<NotificationKindIcon kind={n.kind} />}
                  data-kind={n.kind}
                  style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                >
                  {t(`kind.${n.kind ?? 'GENERAL'}`)}
                </Tag>
              ),
            },
            {
              key: 'content',
              title: t('page.columns.content'),
              render: (_, n) => {
                const path = notificationPath(n);
                const title = (
                  <Typography.Text strong={!n.read} data-testid="notification-title">
                    {n.title}
                  </Typography.Text>
                );
                return (
                  <Flex vertical gap={2}>
                    {path ? (
                      <Link
                        to={path}
                        onClick={() => {
                          if (!n.read && n.id !== undefined) readOne(n.id);
                        }}
                        data-testid="notification-link"
                      >
                        {title}
                      </Link>
                    ) : (
                      title
                    )}
                    {n.body && (
                      <Typography.Paragraph
                        type="secondary"
                        style={{ margin: 0, whiteSpace: 'pre-line' }}
                        ellipsis={{ rows: 3, expandable: 'collapsible' }}
                      >
                        {n.body}
                      </Typography.Paragraph>
                    )}
                  </Flex>
                );
              },
            },
            {
              key: 'time',
              title: t('page.columns.time'),
              width: 150,
              render: (_, n) => formatTimestamp(n.createdAt),
            },
            {
              key: 'status',
              title: t('page.columns.status'),
              width: 170,
              render: (_, n) =>
                n.read ? (
                  <Typography.Text type="secondary" title={formatTimestamp(n.readAt)}>
                    {t('page.read')}
                  </Typography.Text>
                ) : (
                  <Button
                    size="small"
                    onClick={() => n.id !== undefined && readOne(n.id)}
                    disabled={markRead.isPending && markRead.variables === n.id}
                    data-testid="notification-mark-read"
                  >
                    {t('page.markRead')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
