import type { HTMLAttributes } from 'react';
import { Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import type { AssignmentDueDates, DueDateChange } from '../../../api/types';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import { useTaskDueDates } from '../hooks/useExtensions';

const KIND_COLORS = { EXTENSION: 'purple', REPLAN: 'geekblue' } as const;

/**
 * "Lịch sử thời hạn": for each unit of the task, the original and the current due date and
 * every change (an approved extension, or the coordinator's adjustment of the task's date).
 */
export function DueDateHistory({ taskId }: { taskId: number | undefined }) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const dueDates = useTaskDueDates(taskId);
  if (taskId === undefined) return null;
  if (dueDates.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (dueDates.isError)
    return <ErrorAlert error={dueDates.error} onRetry={() => void dueDates.refetch()} />;
  const rows = (dueDates.data.assignments ?? []).filter(
    (a) => a.dueDate || a.originalDueDate || (a.changes?.length ?? 0) > 0,
  );
  if (rows.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('history.empty')}
        data-testid="due-date-history-empty"
      />
    );
  return (
    <Table<AssignmentDueDates>
      size="small"
      bordered
      pagination={false}
      rowKey={(a) => a.assignmentId ?? `${a.unit?.id}-${a.role}`}
      dataSource={rows}
      data-testid="due-date-history"
      onRow={(a) =>
        ({
          'data-testid': 'due-date-unit',
          'data-unit-code': a.unit?.code,
          'data-due-date': a.dueDate,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'unit',
          title: t('history.unit'),
          width: 220,
          render: (_: unknown, a) => (
            <>
              {a.unit?.name}
              {a.role && (
                <Typography.Text type="secondary">
                  {' '}
                  ({tc(`assignmentRole.${a.role}`)})
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          key: 'original',
          title: t('history.original'),
          width: 120,
          render: (_: unknown, a) => formatDate(a.originalDueDate) || tc('common.none'),
        },
        {
          key: 'current',
          title: t('history.current'),
          width: 120,
          render: (_: unknown, a) => (
            <Typography.Text strong={a.dueDate !== a.originalDueDate}>
              {formatDate(a.dueDate) || tc('common.none')}
            </Typography.Text>
          ),
        },
        {
          key: 'changes',
          title: t('history.changes'),
          render: (_: unknown, a) =>
            (a.changes?.length ?? 0) === 0 ? (
              <Typography.Text type="secondary">{t('history.noChanges')}</Typography.Text>
            ) : (
              <Flex vertical gap="small">
                {a.changes?.map((change, index) => (
                  <Change key={`${change.changedAt}-${index}`} change={change} />
                ))}
              </Flex>
            ),
        },
      ]}
    />
  );
}

function Change({ change }: { change: DueDateChange }) {
  const { t } = useTranslation('deadlines');
  return (
    <Flex vertical gap={0} data-testid="due-date-change" data-kind={change.kind}>
      <Flex gap="small" wrap align="center">
        {change.kind && (
          <Tag color={KIND_COLORS[change.kind]} style={{ marginInlineEnd: 0 }}>
            {t(`history.kind.${change.kind}`)}
          </Tag>
        )}
        <Typography.Text>
          {formatDate(change.previousDueDate)} → <strong>{formatDate(change.newDueDate)}</strong>
        </Typography.Text>
      </Flex>
      {change.reason && (
        <Typography.Text style={{ whiteSpace: 'pre-line' }}>{change.reason}</Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('history.by', {
          name: change.changedByName || change.changedBy || '',
          at: formatTimestamp(change.changedAt),
        })}
      </Typography.Text>
    </Flex>
  );
}
