import type { HTMLAttributes } from 'react';
import {
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Progress,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { formatTimestamp } from '../../../lib/dates';
import { ProgressReportView } from '../components/ProgressReportView';
import { ReportTaskHeader } from '../components/ReportTaskHeader';
import { ReportStatusTag } from '../components/Tags';
import { useProgressReport, useReportList } from '../hooks/useReports';
import { useViewer } from '../hooks/useViewer';
import { positiveId } from '../lib/ids';
import { canReviewReport } from '../roles';
import type { ProgressReport } from '../types';

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * `/reviews`: the tracking department's queue of submitted progress reports (newest first,
 * paged by the server). `?report=15` opens one beside the list to accept or return it.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation('reports');
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const sizeParam = Number(params.get('size') ?? '20');
  const size = PAGE_SIZES.includes(sizeParam) ? sizeParam : 20;
  const openId = positiveId(params.get('report'));
  const list = useReportList({ status: 'SUBMITTED', page, size });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  return (
    <Flex vertical gap="middle" data-testid="review-queue">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('review.queueTitle')}
      </Typography.Title>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Card size="small">
        <Typography.Paragraph
          type="secondary"
          data-testid="queue-total"
          data-count={list.data?.totalItems ?? ''}
        >
          {t('review.total', { count: list.data?.totalItems ?? 0 })}
        </Typography.Paragraph>
        <Table<ProgressReport>
          size="small"
          rowKey={(r) => r.id ?? 0}
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="queue-table"
          locale={{ emptyText: <Empty description={t('review.queueEmpty')} /> }}
          onRow={(r) =>
            ({
              'data-testid': 'queue-row',
              'data-report-id': r.id,
              'data-task-code': r.taskCode,
              'data-unit-code': r.unit?.code,
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page + 1,
            pageSize: size,
            total: list.data?.totalItems ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            onChange: (nextPage, nextSize) =>
              update({
                page: nextSize !== size ? '0' : String(nextPage - 1),
                size: String(nextSize),
              }),
          }}
          columns={[
            {
              key: 'task',
              title: t('common.task'),
              width: 120,
              render: (_: unknown, r) => <strong>{r.taskCode}</strong>,
            },
            {
              key: 'unit',
              title: t('common.unit'),
              render: (_: unknown, r) => (
                <>
                  {r.unit?.name}
                  {r.role && (
                    <Typography.Text type="secondary"> ({t(`role.${r.role}`)})</Typography.Text>
                  )}
                </>
              ),
            },
            {
              key: 'submitted',
              title: t('common.submittedOn'),
              width: 160,
              render: (_: unknown, r) => formatTimestamp(r.submittedAt),
            },
            {
              key: 'percent',
              title: t('form.percentComplete'),
              width: 160,
              render: (_: unknown, r) => <Progress percent={r.percentComplete ?? 0} size="small" />,
            },
            {
              key: 'claims',
              title: t('form.claimsCompletion'),
              width: 150,
              render: (_: unknown, r) =>
                r.claimsCompletion ? (
                  <Tag color="green">{t('form.yes')}</Tag>
                ) : (
                  <Tag>{t('form.no')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 110,
              render: (_: unknown, r) => (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => update({ report: String(r.id) })}
                  data-testid="open-review"
                >
                  {t('review.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={openId !== undefined}
        onClose={() => update({ report: undefined })}
        size="large"
        destroyOnHidden
        title={t('review.title')}
        data-testid="review-drawer"
        extra={
          openId !== undefined ? <Link to={`/reports/${openId}`}>{t('timeline.open')}</Link> : null
        }
      >
        {openId !== undefined && (
          <ReviewReport id={openId} onDone={() => update({ report: undefined })} />
        )}
      </Drawer>
    </Flex>
  );
}

function ReviewReport({ id, onDone }: { id: number; onDone: () => void }) {
  const report = useProgressReport(id);
  const viewer = useViewer();
  if (report.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (report.isError) {
    return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  const data = report.data;
  return (
    <Flex vertical gap="middle" data-testid="review-report" data-report-id={data.id}>
      <Flex gap="small" align="center">
        <ReportStatusTag status={data.status} />
      </Flex>
      <ReportTaskHeader
        taskId={data.taskId}
        taskCode={data.taskCode}
        unitName={data.unit?.name}
        role={data.role}
      />
      <ProgressReportView
        report={data}
        canReview={canReviewReport(viewer.roles, data)}
        onReviewed={onDone}
        onReload={async () => (await report.refetch()).data}
      />
    </Flex>
  );
}
