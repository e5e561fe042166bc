import { useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Empty, Flex, Popover, Skeleton, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import type { Notification } from '../../../api/types';
import { formatTimestamp } from '../../../lib/dates';
import {
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from '../hooks/useNotifications';
import { notificationPath } from '../lib/notifications';
import { NotificationKindIcon } from './NotificationKindIcon';

/** How many of the latest notifications the bell lists. */
export const BELL_SIZE = 8;

/**
 * The bell in the header: the unread count (polled every minute and on window focus), and on
 * click the latest notifications. Choosing one marks it read and opens its task.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  const count = useUnreadCount();
  const unread = count.data?.count ?? 0;
  const label = unread > 0 ? t('bell.unread', { count: unread }) : t('bell.none');

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={null}
      content={<BellPanel open={open} onDone={() => setOpen(false)} />}
      styles={{ container: { padding: 0 } }}
      destroyOnHidden
    >
      <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          aria-label={`${t('bell.label')}: ${label}`}
          title={label}
          data-testid="notification-bell"
          data-count={count.data ? unread : undefined}
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
        />
      </Badge>
    </Popover>
  );
}

function BellPanel({ open, onDone }: { open: boolean; onDone: () => void }) {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const list = useNotifications({ page: 0, size: BELL_SIZE }, open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.items ?? [];
  const anyUnread = items.some((n) => !n.read);

  const choose = (notification: Notification) => {
    if (!notification.read && notification.id !== undefined) markRead.mutate(notification.id);
    const path = notificationPath(notification);
    onDone();
    void navigate(path ?? '/notifications');
  };

  return (
    <Flex vertical style={{ width: 380, maxWidth: '90vw' }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ padding: '10px 12px 6px' }}>
        <Typography.Text strong>{t('bell.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={!anyUnread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
          data-testid="bell-read-all"
        >
          {t('bell.markAllRead')}
        </Button>
      </Flex>
      <Divider style={{ margin: 0 }} />
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {list.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} style={{ padding: 12 }} />
        ) : list.isError ? (
          <div style={{ padding: 12 }}>
            <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
          </div>
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('bell.empty')}
            style={{ padding: 12 }}
          />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('bell.title')}>
            {items.map((notification) => (
              <li key={notification.id}>
                <BellItem notification={notification} onChoose={choose} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <Divider style={{ margin: 0 }} />
      <Flex justify="center" style={{ padding: 8 }}>
        <Link to="/notifications" onClick={onDone} data-testid="bell-view-all">
          {t('bell.viewAll')}
        </Link>
      </Flex>
    </Flex>
  );
}

function BellItem({
  notification,
  onChoose,
}: {
  notification: Notification;
  onChoose: (notification: Notification) => void;
}) {
  const { t } = useTranslation('notifications');
  const unread = !notification.read;
  return (
    <button
      type="button"
      onClick={() => onChoose(notification)}
      data-testid="bell-item"
      data-id={notification.id}
      data-read={unread ? 'false' : 'true'}
      style={{
        display: 'flex',
        gap: 10,
        width: '100%',
        textAlign: 'start',
        border: 0,
        borderBottom: '1px solid #f0f0f0',
        padding: '10px 12px',
        cursor: 'pointer',
        font: 'inherit',
        background: unread ? '#fff7e6' : 'transparent',
      }}
    >
      <NotificationKindIcon kind={notification.kind} />
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong={unread} style={{ whiteSpace: 'normal' }}>
          {notification.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`kind.${notification.kind ?? 'GENERAL'}`)} · {formatTimestamp(notification.createdAt)}
        </Typography.Text>
      </Flex>
      {unread && (
        <Badge status="processing" aria-label={t('page.unreadTag')} style={{ marginTop: 4 }} />
      )}
    </button>
  );
}
