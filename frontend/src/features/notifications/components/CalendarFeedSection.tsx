import { useState } from 'react';
import { CopyOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import type { CalendarFeedCreated, UnitRef } from '../../../api/types';
import { formatTimestamp } from '../../../lib/dates';
import { UnitSelect } from '../../tasks/components/TaskFilterBar';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../hooks/useSettings';

const unitName = (unit: UnitRef | undefined) => unit?.name || unit?.shortName || unit?.code || '';

/**
 * The calendar feed (.ics) of the signed-in person: what is in use (GET), a new secret link
 * (shown once, with a copy button and the webcal:// link), the unit for readers of the whole
 * province, and revocation.
 */
export function CalendarFeedSection({ choosesUnit }: { choosesUnit: boolean }) {
  const { t } = useTranslation('notifications');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [unitId, setUnitId] = useState<number>();
  // the secret link lives only in this component's state: leaving the page forgets it
  const [created, setCreated] = useState<CalendarFeedCreated>();
  const active = feed.data?.active === true;

  const submit = () =>
    create.mutate(choosesUnit && unitId !== undefined ? { unitId } : {}, {
      onSuccess: (result) => setCreated(result),
    });
  const doRevoke = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setCreated(undefined);
        void message.success(t('feed.revoked'));
      },
      onError: (error) => void message.error(userMessage(error, tc).message),
    });

  const createButton = (onClick?: () => void) => (
    <Button type="primary" loading={create.isPending} onClick={onClick} data-testid="feed-create">
      {active ? t('feed.rotate') : t('feed.create')}
    </Button>
  );

  return (
    <Card title={t('feed.title')} data-testid="calendar-feed" data-active={String(active)}>
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ margin: 0 }}>{t('feed.intro')}</Typography.Paragraph>
        {feed.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : feed.isError ? (
          <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
        ) : active ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            bordered
            data-testid="feed-info"
            items={[
              {
                key: 'unit',
                label: t('feed.unit'),
                children: (
                  <Space>
                    <span data-testid="feed-unit">{unitName(feed.data?.unit)}</span>
                    <Tag color="green">{t('feed.active')}</Tag>
                  </Space>
                ),
              },
              {
                key: 'hint',
                label: t('feed.tokenHint'),
                children: <Typography.Text code>{feed.data?.tokenHint}…</Typography.Text>,
              },
              {
                key: 'created',
                label: t('feed.createdAt'),
                children: formatTimestamp(feed.data?.createdAt),
              },
              {
                key: 'expires',
                label: t('feed.expiresAt'),
                children: formatTimestamp(feed.data?.expiresAt),
              },
              {
                key: 'used',
                label: t('feed.lastUsedAt'),
                children: feed.data?.lastUsedAt
                  ? formatTimestamp(feed.data.lastUsedAt)
                  : t('feed.neverUsed'),
              },
              {
                key: 'count',
                label: t('feed.useCount'),
                children: <span data-testid="feed-use-count">{feed.data?.useCount ?? 0}</span>,
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary" data-testid="feed-inactive">
            {t('feed.inactive')}
          </Typography.Text>
        )}

        {created?.url && <CreatedLink created={created} />}

        {create.isError && <ErrorAlert error={create.error} title={t('feed.error')} />}

        {choosesUnit && (
          <Form.Item label={t('feed.pickUnit')} help={t('feed.pickUnitHelp')} style={{ margin: 0 }}>
            <UnitSelect
              value={unitId}
              onChange={setUnitId}
              testId="feed-unit-select"
              placeholder={t('feed.pickUnitHelp')}
              ariaLabel={t('feed.pickUnit')}
            />
          </Form.Item>
        )}

        <Flex gap="small" wrap>
          {active ? (
            <Popconfirm
              title={t('feed.rotateConfirm')}
              onConfirm={submit}
              okButtonProps={{
                ...({ 'data-testid': 'feed-rotate-confirm' } as Record<string, string>),
              }}
            >
              {createButton()}
            </Popconfirm>
          ) : (
            createButton(submit)
          )}
          {active && (
            <Popconfirm
              title={t('feed.revokeConfirm')}
              onConfirm={doRevoke}
              okButtonProps={{
                danger: true,
                ...({ 'data-testid': 'feed-revoke-confirm' } as Record<string, string>),
              }}
            >
              <Button danger loading={revoke.isPending} data-testid="feed-revoke">
                {t('feed.revoke')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

function CreatedLink({ created }: { created: CalendarFeedCreated }) {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const url = created.url ?? '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('feed.copied'));
    } catch {
      void message.warning(t('feed.copyFailed'));
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="feed-created"
      title={t('feed.createdTitle')}
      description={
        <Flex vertical gap="small">
          <Typography.Text>{t('feed.secret')}</Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              readOnly
              value={url}
              aria-label={t('feed.url')}
              data-testid="feed-url"
              onFocus={(event) => event.target.select()}
            />
            <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="feed-copy">
              {t('feed.copy')}
            </Button>
          </Space.Compact>
          {created.webcalUrl && (
            <Typography.Link href={created.webcalUrl} data-testid="feed-webcal">
              {t('feed.webcal')}
            </Typography.Link>
          )}
          {created.unit && (
            <Typography.Text type="secondary">
              {t('feed.unit')}: {unitName(created.unit)}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );
}
