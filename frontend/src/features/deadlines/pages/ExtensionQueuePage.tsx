import { useState, type HTMLAttributes } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { isConflict, userMessage } from '../../../api/problem';
import type { ExtensionDecisionKind, ExtensionRequest, ExtensionStatus } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { hasAnyRole, isUnitScoped } from '../../../auth/roles';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import { useMe } from '../../me/useMe';
import { UnitSelect } from '../../tasks/components/TaskFilterBar';
import { ExtensionDecisionModal } from '../components/ExtensionDecisionModal';
import { useExtensionRequests, useWithdrawExtension } from '../hooks/useExtensions';
import { EXTENSION_DECIDERS, canDecideExtension, canWithdrawExtension } from '../roles';

const PAGE_SIZES = [10, 20, 50, 100];
const STATUSES: ExtensionStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'];
const STATUS_COLORS: Record<ExtensionStatus, string> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};

type Tab = 'pending' | 'history';

function positiveId(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/**
 * `/extension-requests`: the decision queue of coordinators and leaders (pending requests,
 * oldest decisions out of the way in "Lịch sử đề nghị"); unit staff see their own unit's
 * requests and may withdraw a pending one.
 */
export function ExtensionQueuePage() {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const decider = hasAnyRole(roles, EXTENSION_DECIDERS);
  const unitScoped = isUnitScoped(roles);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'history' ? 'history' : 'pending';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const sizeParam = Number(params.get('size') ?? '20');
  const size = PAGE_SIZES.includes(sizeParam) ? sizeParam : 20;
  const statusParam = params.get('status') as ExtensionStatus | null;
  const status: ExtensionStatus | undefined =
    tab === 'pending'
      ? 'PENDING'
      : statusParam && STATUSES.includes(statusParam)
        ? statusParam
        : undefined;
  const unitId = unitScoped ? undefined : positiveId(params.get('unitId'));
  const list = useExtensionRequests({ status, unitId, page, size });
  const withdraw = useWithdrawExtension();
  const [deciding, setDeciding] = useState<{
    request: ExtensionRequest;
    decision: ExtensionDecisionKind;
  }>();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const doWithdraw = (request: ExtensionRequest) =>
    withdraw.mutate(
      { id: request.id as number, version: request.version ?? 0 },
      {
        onSuccess: () => void message.success(t('extension.withdrawn')),
        onError: (error) => {
          void message.error(userMessage(error, tc).message);
          if (isConflict(error)) void list.refetch();
        },
      },
    );

  const total = list.data?.totalItems ?? 0;
  const table = (
    <Table<ExtensionRequest>
      size="small"
      bordered
      rowKey={(r) => r.id ?? 0}
      loading={list.isFetching}
      dataSource={list.data?.items ?? []}
      data-testid="extension-table"
      aria-busy={list.isFetching}
      locale={{
        emptyText: (
          <Empty description={tab === 'pending' ? t('queue.empty') : t('queue.historyEmpty')} />
        ),
      }}
      onRow={(r) =>
        ({
          'data-testid': 'extension-row',
          'data-request-id': r.id,
          'data-task-code': r.taskCode,
          'data-unit-code': r.unit?.code,
          'data-status': r.status,
        }) as HTMLAttributes<HTMLElement>
      }
      pagination={{
        current: page + 1,
        pageSize: size,
        total,
        pageSizeOptions: PAGE_SIZES,
        showSizeChanger: true,
        onChange: (nextPage, nextSize) =>
          update({
            page: nextSize !== size ? undefined : String(nextPage - 1),
            size: String(nextSize),
          }),
      }}
      columns={[
        {
          key: 'task',
          title: t('queue.columns.task'),
          render: (_: unknown, r) => (
            <Flex vertical gap={2}>
              <Link to={`/tasks/${r.taskId}`} data-testid="extension-task-link">
                <strong>{r.taskCode}</strong>
              </Link>
              <Typography.Paragraph
                style={{ marginBottom: 0 }}
                ellipsis={{ rows: 2, tooltip: r.taskContent }}
              >
                {r.taskContent}
              </Typography.Paragraph>
            </Flex>
          ),
        },
        {
          key: 'unit',
          title: t('queue.columns.unit'),
          width: 200,
          render: (_: unknown, r) => (
            <>
              {r.unit?.name}
              {r.role && (
                <Typography.Text type="secondary">
                  {' '}
                  ({tc(`assignmentRole.${r.role}`)})
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          key: 'current',
          title: t('queue.columns.currentDueDate'),
          width: 110,
          render: (_: unknown, r) => formatDate(r.previousDueDate),
        },
        {
          key: 'requested',
          title: t('queue.columns.requestedDueDate'),
          width: 110,
          render: (_: unknown, r) => (
            <Typography.Text strong data-testid="extension-requested-date">
              {formatDate(r.requestedDueDate)}
            </Typography.Text>
          ),
        },
        {
          key: 'reason',
          title: t('queue.columns.reason'),
          render: (_: unknown, r) => (
            <Typography.Paragraph
              style={{ marginBottom: 0, whiteSpace: 'pre-line' }}
              ellipsis={{ rows: 3, tooltip: r.reason }}
            >
              {r.reason}
            </Typography.Paragraph>
          ),
        },
        {
          key: 'by',
          title: t('queue.columns.requested'),
          width: 170,
          render: (_: unknown, r) => (
            <Flex vertical>
              <span>{r.requestedByName || r.requestedBy}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTimestamp(r.requestedAt)}
              </Typography.Text>
            </Flex>
          ),
        },
        ...(tab === 'history'
          ? [
              {
                key: 'decision',
                title: t('queue.columns.decision'),
                width: 230,
                render: (_: unknown, r: ExtensionRequest) => (
                  <Flex vertical gap={2} align="flex-start">
                    {r.status && (
                      <Tag color={STATUS_COLORS[r.status]} data-testid="extension-status">
                        {t(`status.${r.status}`)}
                      </Tag>
                    )}
                    {r.approvedDueDate && (
                      <span>{t('queue.approvedTo', { date: formatDate(r.approvedDueDate) })}</span>
                    )}
                    {r.decisionNote && (
                      <Typography.Text style={{ whiteSpace: 'pre-line' }}>
                        {r.decisionNote}
                      </Typography.Text>
                    )}
                    {r.decidedAt && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('queue.by', {
                          name: r.decidedByName || r.decidedBy || '',
                          at: formatTimestamp(r.decidedAt),
                        })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
            ]
          : []),
        {
          key: 'actions',
          title: tc('common.actions'),
          width: 150,
          render: (_: unknown, r: ExtensionRequest) => (
            <Flex vertical gap={4} align="stretch">
              {canDecideExtension(roles, r) && (
                <>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setDeciding({ request: r, decision: 'APPROVE' })}
                    data-testid="approve-extension"
                  >
                    {t('queue.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setDeciding({ request: r, decision: 'REJECT' })}
                    data-testid="reject-extension"
                  >
                    {t('queue.reject')}
                  </Button>
                </>
              )}
              {canWithdrawExtension(roles, me.data?.unit?.id, r) && (
                <Popconfirm
                  title={t('extension.withdrawConfirm', {
                    date: formatDate(r.requestedDueDate),
                  })}
                  okText={t('extension.withdraw')}
                  cancelText={tc('common.cancel')}
                  onConfirm={() => doWithdraw(r)}
                >
                  <Button size="small" data-testid="withdraw-extension">
                    {t('extension.withdraw')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );

  return (
    <Flex vertical gap="middle" data-testid="extension-queue">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('queue.title')}
      </Typography.Title>
      {unitScoped && me.data?.unit && (
        <Alert
          type="info"
          showIcon
          data-testid="own-unit-note"
          title={t('queue.ownUnit', { unit: me.data.unit.name })}
        />
      )}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            update({
              tab: key === 'history' ? 'history' : undefined,
              page: undefined,
              status: undefined,
            })
          }
          tabBarExtraContent={
            <Flex gap="small" align="center" wrap>
              {tab === 'history' && (
                <Select<ExtensionStatus>
                  allowClear
                  aria-label={t('queue.statusFilter')}
                  placeholder={t('queue.allStatuses')}
                  style={{ width: 190 }}
                  value={status}
                  onChange={(value) => update({ status: value ?? undefined, page: undefined })}
                  options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                  data-testid="extension-status-filter"
                />
              )}
              {decider && !unitScoped && (
                <UnitSelect
                  value={unitId}
                  onChange={(id) =>
                    update({ unitId: id === undefined ? undefined : String(id), page: undefined })
                  }
                  testId="extension-unit"
                />
              )}
              <Typography.Text
                type="secondary"
                data-testid="extension-total"
                data-count={list.data ? total : undefined}
              >
                {t('queue.total', { count: total })}
              </Typography.Text>
            </Flex>
          }
          items={[
            { key: 'pending', label: t('queue.pendingTab'), children: tab === 'pending' && table },
            { key: 'history', label: t('queue.historyTab'), children: tab === 'history' && table },
          ]}
          data-testid="extension-tabs"
        />
      </Card>
      {deciding && (
        <ExtensionDecisionModal
          request={deciding.request}
          initialDecision={deciding.decision}
          onClose={() => setDeciding(undefined)}
        />
      )}
    </Flex>
  );
}
