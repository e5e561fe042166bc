import { Card, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { formatTimestamp } from '../../../lib/dates';
import { useTaskReports } from '../hooks/useReports';
import { groupByUnit } from '../lib/timeline';
import type { ProgressReport, ReportStatus } from '../types';
import { ReportStatusTag } from './Tags';

const DOT_COLORS: Record<ReportStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};

/**
 * "Báo cáo": the progress reports of every unit on a task that the viewer may see (GET
 * /tasks/{id}/reports), a timeline per unit. Rendered by the task detail.
 */
export function TaskReportsTimeline({ taskId }: { taskId: number | undefined }) {
  const { t } = useTranslation('reports');
  const reports = useTaskReports(taskId);
  if (taskId === undefined) return null;
  if (reports.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (reports.isError) {
    return <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />;
  }
  const groups = groupByUnit(reports.data);
  if (groups.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('timeline.empty')}
        data-testid="task-reports-empty"
      />
    );
  }
  return (
    <Flex vertical gap="middle" data-testid="task-reports">
      {groups.map((group) => (
        <Card
          key={group.key}
          size="small"
          type="inner"
          data-testid="task-reports-unit"
          data-unit-code={group.unit?.code}
          title={
            <>
              {group.unit?.name}
              {group.role === 'LEAD' || group.role === 'COORDINATING' ? (
                <Tag style={{ marginInlineStart: 8 }}>{t(`role.${group.role}`)}</Tag>
              ) : null}
            </>
          }
          extra={t('timeline.reports', { count: group.reports.length })}
        >
          <Timeline
            items={group.reports.map((report) => ({
              key: report.id,
              color: report.status ? DOT_COLORS[report.status] : 'gray',
              content: <TimelineEntry report={report} />,
            }))}
          />
        </Card>
      ))}
    </Flex>
  );
}

function TimelineEntry({ report }: { report: ProgressReport }) {
  const { t } = useTranslation('reports');
  const when = report.reviewedAt
    ? t('timeline.reviewed', { at: formatTimestamp(report.reviewedAt) })
    : report.submittedAt
      ? t('timeline.submitted', { at: formatTimestamp(report.submittedAt) })
      : null;
  return (
    <Flex
      vertical
      gap={2}
      data-testid="task-report"
      data-report-id={report.id}
      data-status={report.status}
    >
      <Flex gap="small" wrap align="center">
        <ReportStatusTag status={report.status} />
        <Typography.Text>
          {t('timeline.percent', { value: report.percentComplete ?? 0 })}
        </Typography.Text>
        {report.claimsCompletion && <Tag color="green">{t('timeline.claims')}</Tag>}
        {when && <Typography.Text type="secondary">{when}</Typography.Text>}
        <Link to={`/reports/${report.id}`} data-testid="task-report-open">
          {t('timeline.open')}
        </Link>
      </Flex>
      {report.workDone && (
        <Typography.Paragraph
          style={{ margin: 0 }}
          ellipsis={{ rows: 2, tooltip: report.workDone }}
        >
          {report.workDone}
        </Typography.Paragraph>
      )}
      {report.reviewerComment && (
        <Typography.Text type={report.status === 'RETURNED' ? 'warning' : 'secondary'}>
          {report.reviewerComment}
        </Typography.Text>
      )}
    </Flex>
  );
}
