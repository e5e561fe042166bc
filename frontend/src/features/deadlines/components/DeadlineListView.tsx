import type { HTMLAttributes } from 'react';
import type { Deadline } from '../../../api/types';
import { Empty, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { StatusTag } from '../../tasks/components/StatusTag';
import { TimelinessTag } from '../../tasks/components/TimelinessTag';
import { TONE_COLORS, deadlineTone, type DeadlineRow } from '../lib/calendar';

interface Props {
  rows: DeadlineRow[];
  loading: boolean;
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  reportLink?: (deadline: Deadline) => string | undefined;
}

/** The deadlines as a table, one date cell per day; overdue ones from earlier months first. */
export function DeadlineListView({ rows, loading, page, size, total, onPage, reportLink }: Props) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('reports');
  return (
    <Table<DeadlineRow>
      size="small"
      bordered
      rowKey="key"
      loading={loading}
      dataSource={rows}
      data-testid="deadline-list"
      locale={{ emptyText: <Empty description={t('calendar.empty')} /> }}
      onRow={({ deadline }) =>
        ({
          'data-testid': 'deadline-row',
          'data-kind': deadline.kind,
          'data-tone': deadlineTone(deadline),
          'data-timeliness': deadline.timeliness,
          'data-task-code': deadline.taskCode,
          'data-date': deadline.date,
        }) as HTMLAttributes<HTMLElement>
      }
      pagination={
        total > size
          ? {
              current: page + 1,
              pageSize: size,
              total,
              showSizeChanger: false,
              onChange: (next) => onPage(next - 1),
            }
          : false
      }
      columns={[
        {
          key: 'date',
          title: t('columns.date'),
          width: 130,
          onCell: (row) => ({ rowSpan: row.dateRowSpan }),
          render: (_: unknown, { deadline }) => (
            <Flex vertical>
              <Typography.Text strong>{formatDate(deadline.date)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {deadline.date ? dayjs(deadline.date).format('dddd') : ''}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'kind',
          title: t('columns.kind'),
          width: 190,
          render: (_: unknown, { deadline }) => (
            <Tag color={TONE_COLORS[deadlineTone(deadline)]}>
              {t(`kind.${deadline.kind ?? 'ASSIGNMENT'}`)}
            </Tag>
          ),
        },
        {
          key: 'task',
          title: t('columns.task'),
          render: (_: unknown, { deadline }) =>
            deadline.kind === 'PERIODIC_REPORT' ? (
              reportLink?.(deadline) ? (
                <Link to={reportLink(deadline) as string}>
                  {t('calendar.periodicReport', { period: deadline.periodLabel ?? '' })}
                </Link>
              ) : (
                t('calendar.periodicReport', { period: deadline.periodLabel ?? '' })
              )
            ) : (
              <Flex vertical gap={2}>
                <Link to={`/tasks/${deadline.taskId}`} data-testid="deadline-task-link">
                  <strong>{deadline.taskCode}</strong>
                </Link>
                <Typography.Paragraph
                  style={{ marginBottom: 0 }}
                  ellipsis={{ rows: 2, tooltip: deadline.taskContent }}
                >
                  {deadline.taskContent}
                </Typography.Paragraph>
                {deadline.originalDueDate && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('task.originalDueDate', { date: formatDate(deadline.originalDueDate) })}
                  </Typography.Text>
                )}
              </Flex>
            ),
        },
        {
          key: 'unit',
          title: t('columns.unit'),
          width: 230,
          render: (_: unknown, { deadline }) =>
            deadline.unit ? (
              <>
                {deadline.unit.name}
                {deadline.role && (
                  <Typography.Text type="secondary">
                    {' '}
                    ({tc(`assignmentRole.${deadline.role}`)})
                  </Typography.Text>
                )}
              </>
            ) : (
              <Typography.Text type="secondary">{t('calendar.wholeProvince')}</Typography.Text>
            ),
        },
        {
          key: 'status',
          title: t('columns.status'),
          width: 200,
          render: (_: unknown, { deadline }) =>
            deadline.kind === 'PERIODIC_REPORT' ? (
              deadline.reportStatus ? (
                <Tag>{tr(`status.${deadline.reportStatus}`)}</Tag>
              ) : null
            ) : (
              <Flex gap={4} wrap>
                <StatusTag status={deadline.status} />
                <TimelinessTag timeliness={deadline.timeliness} />
              </Flex>
            ),
        },
      ]}
    />
  );
}
